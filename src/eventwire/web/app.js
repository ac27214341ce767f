// eventwire web UI: map, timeline, table and article view over the REST API.
// Safety rule: data from the store (article text, actor names, sources) is only ever inserted as DOM text
// nodes (textContent / createTextNode), never as HTML. No innerHTML anywhere in this file.
"use strict";

(function () {
  const FIELD_CLASSES = [
    ["sel-evidence", "event evidence"], ["sel-trigger", "trigger"], ["sel-actor1", "actor 1"],
    ["sel-actor2", "actor 2"], ["sel-date", "date"], ["sel-location", "location"],
    ["sel-fatalities", "fatalities"], ["ann-event", "other event"], ["ann-time", "time"],
    ["ann-place", "place"], ["ann-actor", "actor"], ["ann-quote", "quote"], ["ann-speaker", "speaker"],
  ];
  const state = { limit: 50, offset: 0, sort: "-event_date", selected: null, total: 0 };
  const $ = (id) => document.getElementById(id);
  let map = null;
  let pointsLayer = null;
  let pointsRenderer = null;

  // -- DOM helpers ---------------------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function text(value) { return value === null || value === undefined ? "" : String(value); }
  const regionNames = (typeof Intl !== "undefined" && Intl.DisplayNames)
    ? new Intl.DisplayNames(["en"], { type: "region" }) : null;
  function countryName(code) {
    if (!code) return "";
    try { return regionNames ? `${regionNames.of(code)} (${code})` : code; } catch (e) { return code; }
  }
  function setStatus(message) { $("status").textContent = message || ""; }

  // -- API -----------------------------------------------------------------------------------------------
  async function api(path) {
    const response = await fetch(path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
    return body;
  }
  function filterParams() {
    const form = new FormData($("filters"));
    const params = new URLSearchParams();
    for (const [key, value] of form.entries()) if (value) params.set(key, value);
    return params;
  }
  function withParams(path, extra) {
    const params = filterParams();
    for (const [key, value] of Object.entries(extra || {})) params.set(key, value);
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  }

  // -- filters -------------------------------------------------------------------------------------------
  async function loadFacets() {
    const facets = await api("/facets");
    const counts = facets.counts || {};
    $("store-counts").textContent =
      `${text(counts.articles)} articles · ${text(counts.events)} event mentions`;
    const country = $("f-country");
    for (const c of facets.countries) {
      country.appendChild(el("option", { value: c.value }, `${countryName(c.value)} · ${c.events}`));
    }
    const type = $("f-type");
    for (const t of facets.types) type.appendChild(el("option", { value: t.value }, `${t.value} · ${t.events}`));
    const initial = new URLSearchParams(window.location.search);
    for (const [key, value] of initial.entries()) {
      const input = $("filters").elements.namedItem(key);
      if (input) input.value = value;
    }
  }
  function applyFilters() {
    state.offset = 0;
    const params = filterParams();
    const query = params.toString();
    window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
    for (const [id, format] of [["x-acled", "acled-csv"], ["x-jsonl", "jsonl"], ["x-geojson", "geojson"]]) {
      $(id).setAttribute("href", withParams("/export", { format }));
    }
    return Promise.all([loadTable(), loadMap(), loadTimeline()]);
  }

  // -- table ---------------------------------------------------------------------------------------------
  async function loadTable() {
    setStatus("loading…");
    try {
      const page = await api(withParams("/events", { limit: state.limit, offset: state.offset, sort: state.sort }));
      state.total = page.total;
      renderTable(page.items);
      const last = Math.min(page.offset + page.items.length, page.total);
      $("page-info").textContent = page.total
        ? `${page.offset + 1}–${last} of ${page.total.toLocaleString("en")}` : "no events match";
      $("prev").disabled = page.offset === 0;
      $("next").disabled = last >= page.total;
      setStatus("");
    } catch (err) { setStatus(err.message); }
  }
  function renderTable(items) {
    const body = clear($("events-body"));
    for (const e of items) {
      const row = el("tr", { tabindex: 0, dataset: { id: e.id }, class: e.id === state.selected ? "selected" : null },
        el("td", {}, text(e.event_date)), el("td", {}, text(e.event_type)), el("td", {}, text(e.sub_event_type)),
        el("td", {}, text(e.actor1)), el("td", {}, text(e.actor2)), el("td", {}, text(e.location)),
        el("td", {}, text(e.country)), el("td", { class: "num" }, text(e.fatalities)), el("td", {}, text(e.kind)));
      row.addEventListener("click", () => showEvent(e.id));
      row.addEventListener("keydown", (ev) => { if (ev.key === "Enter") showEvent(e.id); });
      body.appendChild(row);
    }
    for (const th of document.querySelectorAll("th[data-sort]")) {
      const key = th.dataset.sort;
      th.classList.toggle("sorted-asc", state.sort === key);
      th.classList.toggle("sorted-desc", state.sort === `-${key}`);
    }
  }

  // -- map -----------------------------------------------------------------------------------------------
  async function initMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Leaflet · Natural Earth (world-atlas)");
    map.setView([15, 20], 2);
    try {
      const world = await fetch("/static/vendor/world.geojson").then((r) => r.json());
      L.geoJSON(world, { interactive: false, renderer: L.svg(),
        style: { color: "#8a96a3", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    } catch (err) { setStatus("basemap not available"); }
    pointsLayer = L.layerGroup().addTo(map);
    pointsRenderer = L.canvas({ padding: 0.2 });  // many markers stay smooth on a canvas (few: SVG elements)
  }
  async function loadMap() {
    if (!map) return;
    try {
      const data = await api(withParams("/map", { limit: 3000 }));
      pointsLayer.clearLayers();
      const bounds = [];
      const renderer = data.points.length > 300 ? pointsRenderer : undefined;
      for (const p of data.points) {
        const marker = L.circleMarker([p.lat, p.lon], { renderer,
          radius: Math.min(4 + Math.sqrt(p.events) * 2.5, 28), color: "#a1271b", weight: 1,
          fillColor: "#e4572e", fillOpacity: 0.65 });
        marker.bindPopup(() => popupFor(p));
        marker.bindTooltip(() => el("span", {}, `${text(p.location)}: ${p.events}`));
        marker.addTo(pointsLayer);
        bounds.push([p.lat, p.lon]);
      }
      $("map-note").textContent = `${data.points.length} locations` +
        (data.truncated ? ` (the ${data.points.length} busiest of ${data.locations})` : "");
      if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 6 });
    } catch (err) { setStatus(err.message); }
  }
  function popupFor(p) {
    const box = el("div", {},
      el("div", { class: "popup-title" }, text(p.location)),
      el("div", {}, countryName(p.country)),
      el("div", {}, `${p.events} events · ${p.fatalities} fatalities · last ${text(p.last_date)}`));
    if (p.country) {
      box.appendChild(el("button", { type: "button", onclick: () => {
        $("f-country").value = p.country; applyFilters(); } }, "Filter to this country"));
    }
    return box;
  }

  // -- timeline (plain SVG) ------------------------------------------------------------------------------
  const SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, content) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    if (content !== undefined) node.textContent = content;
    return node;
  }
  function periodIndex(iso, by) {
    const d = new Date(`${iso}T00:00:00Z`);
    return by === "month" ? d.getUTCFullYear() * 12 + d.getUTCMonth() : Math.round(d.getTime() / 6048e5);
  }
  function periodEnd(iso, by) {
    const d = new Date(`${iso}T00:00:00Z`);
    if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + 7);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  }
  // The timeline counts real-world events (merged clusters) from /trends, with its rate-change test;
  // without trend support it falls back to /timeline (event mentions).
  async function loadTimeline() {
    const by = $("by").value;
    try {
      const data = await api(withParams("/trends", { by }));
      drawTimeline(data.periods.map((p) => ({ period: p.start, events: p.events, fatalities: p.fatalities })), by);
      $("trend-note").textContent = data.summary || "";
    } catch (err) {
      const data = await api(withParams("/timeline", { by })).catch((e) => { setStatus(e.message); return null; });
      if (data) drawTimeline(data.periods, by);
      $("trend-note").textContent = "";
    }
  }
  function drawTimeline(periods, by) {
    const chart = clear($("timeline"));
    const width = chart.clientWidth || 800, height = chart.clientHeight || 150;
    const left = 34, bottom = 20, top = 8, plotW = width - left - 8, plotH = height - top - bottom;
    chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
    if (!periods.length) { chart.appendChild(svg("text", { x: left, y: 40, class: "axis" }, "no dated events")); return; }
    const first = periodIndex(periods[0].period, by), lastIdx = periodIndex(periods[periods.length - 1].period, by);
    const span = lastIdx - first + 1, barW = Math.min(plotW / span, 48);
    const max = Math.max(1, ...periods.map((p) => p.events));
    chart.appendChild(svg("line", { x1: left, x2: left + plotW, y1: top + plotH, y2: top + plotH, class: "base" }));
    chart.appendChild(svg("text", { x: 2, y: top + 8, class: "axis" }, String(max)));
    chart.appendChild(svg("text", { x: 2, y: top + plotH, class: "axis" }, "0"));
    for (const p of periods.filter((q) => q.events > 0)) {
      const i = periodIndex(p.period, by) - first, h = Math.max(1, (p.events / max) * plotH);
      const bar = svg("rect", { x: left + i * barW, y: top + plotH - h, width: Math.max(1, barW - 1), height: h,
                                class: "bar" });
      bar.appendChild(svg("title", {}, `${by} of ${p.period}: ${p.events} events, ${p.fatalities} fatalities`));
      bar.addEventListener("click", () => {
        $("f-since").value = p.period; $("f-until").value = periodEnd(p.period, by); applyFilters();
      });
      chart.appendChild(bar);
    }
    const ticks = Math.min(6, periods.length);
    for (let t = 0; t < ticks; t++) {
      const p = periods[Math.round((t * (periods.length - 1)) / Math.max(1, ticks - 1))];
      const x = left + (periodIndex(p.period, by) - first) * barW;
      chart.appendChild(svg("text", { x, y: height - 4, class: "axis" }, by === "month" ? p.period.slice(0, 7) : p.period));
    }
    $("timeline-note").textContent = `${periods.filter((p) => p.events).length} ${by}s with events; ` +
      "click a bar to filter";
  }

  // -- event + article view ------------------------------------------------------------------------------
  async function showEvent(id) {
    state.selected = id;
    for (const row of document.querySelectorAll("#events-body tr")) row.classList.toggle("selected", row.dataset.id === id);
    try {
      const event = await api(`/events/${encodeURIComponent(id)}`);
      const article = await api(`/articles/${encodeURIComponent(event.article_uid)}`);
      $("detail").hidden = false;
      renderFields(event);
      renderArticle(article, event);
      renderCluster(event.cluster_id);
      $("detail").scrollIntoView({ block: "start" });
    } catch (err) { setStatus(err.message); }
  }
  function renderFields(event) {
    const dl = clear($("event-fields"));
    const evidenceOf = (field) => event.evidence.filter((s) => s.field === field).map((s) => s.text).join(" … ");
    const rows = [
      ["Kind", event.kind], ["Type", event.event_type], ["Sub-type", event.sub_event_type],
      ["Trigger", evidenceOf("trigger"), "trigger"],
      ["Actor 1", event.actor1, "actor1"], ["Actor 2", event.actor2, "actor2"],
      ["Date", `${text(event.event_date)} (precision ${text(event.time_precision)})`, "date"],
      ["Location", [event.location, event.admin1, countryName(event.country)].filter(Boolean).join(", "), "location"],
      ["Fatalities", `${text(event.fatalities)} (best ${text(event.fatalities_best)}, high ${text(event.fatalities_high)})`,
       "fatalities"],
      ["Confidence", event.confidence], ["Evidence", evidenceOf("evidence"), "evidence"],
    ];
    for (const [label, value, field] of rows) {
      dl.appendChild(el("dt", {}, label));
      const dd = el("dd", { dataset: field ? { field } : {} }, text(value));
      if (field && field !== "trigger" && field !== "evidence") {
        const quoted = evidenceOf(field);
        if (quoted) dd.appendChild(el("span", { class: "evidence" }, `“${quoted}”`));
      }
      if (field) {
        dd.prepend(el("span", { class: `swatch sel-${field}` }));
        dd.addEventListener("mouseenter", () => focusField(field, true));
        dd.addEventListener("mouseleave", () => focusField(field, false));
        dd.addEventListener("click", () => {
          const first = document.querySelector(`#article-text .sel-${field}`);
          if (first) first.scrollIntoView({ block: "center" });
        });
      }
      dl.appendChild(dd);
    }
    const sources = clear($("event-sources"));
    for (const s of event.sources) sources.appendChild(el("li", {}, `${s.role.replace("_", " ")}: ${s.name}`));
  }
  function focusField(field, on) {
    for (const node of document.querySelectorAll(`#article-text .sel-${field}`)) node.classList.toggle("focus", on);
  }

  function annotations(article, event) {
    const out = [];
    const add = (start, end, cls, label) => {
      if (Number.isInteger(start) && Number.isInteger(end) && end > start) out.push({ start, end, cls, label });
    };
    const r = article.result || {};
    for (const t of r.times || []) add(t.start, t.end, "ann-time", `time: ${text(t.value)} (${text(t.precision)})`);
    for (const p of r.places || []) add(p.start, p.end, "ann-place", `place: ${text(p.name)} ${text(p.country)}`);
    for (const a of r.actors || []) for (const [s, e] of a.mentions || []) add(s, e, "ann-actor", `actor: ${a.name}`);
    for (const q of r.quotes || []) {
      if (q.content) add(q.content.start, q.content.end, "ann-quote", "quote");
      if (q.speaker) add(q.speaker.start, q.speaker.end, "ann-speaker", `speaker: ${text(q.speaker.name || q.speaker.text)}`);
    }
    (r.events || []).forEach((e, i) => {
      if (article.event_ids[i] === event.id) return;
      for (const s of e.evidence || []) add(s.start, s.end, "ann-event", `event (${e.kind}): ${text(e.event_type)}`);
    });
    for (const s of event.evidence) add(s.start, s.end, `sel-${s.field}`, `${s.field}: ${text(s.text)}`);
    return out;
  }
  function renderArticle(article, event) {
    $("article-title").textContent = article.title || article.doc_id || article.uid;
    $("article-meta").textContent = [article.source, article.published, article.url].filter(Boolean).join(" · ");
    const legend = clear($("legend"));
    for (const [cls, label] of FIELD_CLASSES) legend.appendChild(el("span", { class: cls }, label));
    const body = clear($("article-text"));
    const content = text(article.text);
    const anns = annotations(article, event).map((a) => ({ ...a, start: Math.max(0, a.start), end: Math.min(content.length, a.end) }));
    const cuts = new Set([0, content.length]);
    for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
    const bounds = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const [start, end] = [bounds[i], bounds[i + 1]];
      if (end <= start) continue;
      const covering = anns.filter((a) => a.start <= start && a.end >= end);
      const piece = document.createTextNode(content.slice(start, end));
      if (!covering.length) { body.appendChild(piece); continue; }
      const span = el("span", { class: [...new Set(covering.map((a) => a.cls))].join(" "),
                                title: covering.map((a) => a.label).join("\n"),
                                dataset: { start, end } });
      span.appendChild(piece);
      body.appendChild(span);
    }
    const first = body.querySelector(".sel-evidence");
    if (first) first.scrollIntoView({ block: "nearest" });
  }

  async function renderCluster(clusterId) {
    const box = clear($("cluster"));
    box.hidden = !clusterId;
    if (!clusterId) return;
    try {
      const c = await api(`/clusters/${encodeURIComponent(clusterId)}`);
      if (c.members.length < 2) {
        box.appendChild(el("p", { class: "muted small" }, "Reported by this article only (no other reports merged)."));
        return;
      }
      box.appendChild(el("h3", {}, `Merged event: ${c.members.length} reports`));
      box.appendChild(el("p", {}, `Fatalities: low ${c.fatalities.low} · best ${text(c.fatalities.best)} · ` +
                                  `high ${c.fatalities.high} (${c.fatalities.reports} sources with a toll)`));
      const table = el("table", { id: "cluster-sources" },
        el("thead", {}, el("tr", {}, ["Source", "Low", "Best", "High", "Reports"].map((h) => el("th", {}, h)))));
      const tbody = el("tbody");
      for (const s of c.by_source) {
        tbody.appendChild(el("tr", {}, el("td", {}, s.source), el("td", { class: "num" }, text(s.low)),
          el("td", { class: "num" }, text(s.best)), el("td", { class: "num" }, text(s.high)),
          el("td", {}, s.events.map((id) => el("button", { type: "button", onclick: () => showEvent(id) }, id)))));
      }
      table.appendChild(tbody);
      box.appendChild(table);
    } catch (err) { box.appendChild(el("p", { class: "muted" }, err.message)); }
  }

  // -- wiring --------------------------------------------------------------------------------------------
  function wire() {
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); applyFilters(); });
    $("f-country").addEventListener("change", applyFilters);
    $("f-type").addEventListener("change", applyFilters);
    $("f-kind").addEventListener("change", applyFilters);
    $("f-reset").addEventListener("click", () => { $("filters").reset(); applyFilters(); });
    $("by").addEventListener("change", loadTimeline);
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadTable(); });
    $("next").addEventListener("click", () => { state.offset += state.limit; loadTable(); });
    $("page-size").addEventListener("change", (ev) => { state.limit = Number(ev.target.value); state.offset = 0; loadTable(); });
    for (const th of document.querySelectorAll("th[data-sort]")) {
      th.addEventListener("click", () => {
        const key = th.dataset.sort;
        state.sort = state.sort === `-${key}` ? key : `-${key}`;
        state.offset = 0;
        loadTable();
      });
    }
  }

  async function start() {
    wire();
    try { await loadFacets(); } catch (err) { setStatus(err.message); }
    if (typeof L !== "undefined") await initMap(); else setStatus("map library not loaded");
    await applyFilters();
    document.body.dataset.ready = "1";
  }
  start();
})();
