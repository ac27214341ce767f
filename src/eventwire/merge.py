"""Merge: one cluster per real-world event, across articles, with every competing figure kept per source.

Interface:
    assign_clusters(store, rebuild=False) -> int   # call after each ``Store.write``; returns events assigned
    merge_new(store) -> int                        # the same, never rebuilding
    get_cluster(store, cluster_id) -> EventCluster | None
    cluster_rows(store, filters) -> list[dict]     # event-shaped rows, one per cluster (export, trends, API)

Only ``specific`` mentions that are neither negated nor hypothetical are clustered; the other kinds keep
``cluster_id`` NULL. Assignment is incremental and idempotent: an event whose ``cluster_id`` is set is never
looked at again, a new one joins the best compatible cluster or starts one (id ``c-<first event id>``).

Two mentions are the same event when every gate holds (checked against *every* member of a cluster, so
clusters do not chain) and their score reaches ``threshold``:

    gate   date    both known; the days they can denote are at most 1 day apart (day precision: ±1 day,
                   week precision: the ISO week, month: the calendar month, coarser: the year)
    gate   place   same country; within ``DISTANCE_KM[precision]`` of each other when both have
                   coordinates (town 10 km, near a town 50 km); at region precision the same admin1
    gate   type    same ACLED event_type or a ``COMPATIBLE_TYPES`` pair (e.g. Battles ~ Explosions/Remote
                   violence); unknown is compatible
    gate   actors  no role names two different actors (a named actor1 or actor2 on each side that differ,
                   neither taking part in the other report); generic actors (civilians, unidentified
                   armed group ...) never count
    score  0.7 * mean(date, place, type, actor scores) + 0.3 * TF-IDF cosine of the evidence text

Mentions from the same article (a headline and the body restating it) merge on the same gates, with a
slightly higher ``same_article_threshold``: ACLED's unit is one event per day, location and actors, so two
incidents that pass every gate are one event in ACLED terms too. Each source's figure is its latest (or
highest) toll: tolls of different victim groups in one article are not summed here.

Fatalities (``summarise``): each source's most recent report stands for that source (tolls are revised as
bodies are found); across sources ACLED's rule gives ``low`` (the lowest figure) and UCDP's practice ``high``
(the highest credible figure); ``best`` is the figure reported by most sources when two or more agree, else
the lower median of the sources' figures (always a figure someone reported). An approximate figure
("about 40") counts at its stated value, as the events stage codes it: it can raise ``high`` to 40 but, being
above the lowest figure, never moves ``low``. A mention that states no figure is not a report of zero.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from eventwire.errors import QueryError
from eventwire.records import EventCluster, Fatalities
from eventwire.store import Store

SCHEMA = """
CREATE TABLE IF NOT EXISTS clusters (
    id VARCHAR PRIMARY KEY, event_type VARCHAR, sub_event_type VARCHAR,
    event_date DATE, time_precision INTEGER, date_min DATE, date_max DATE,
    country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, location VARCHAR, latitude DOUBLE, longitude DOUBLE,
    geo_precision INTEGER, actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER, actor2 VARCHAR,
    assoc_actor_2 VARCHAR, inter2 INTEGER, actors VARCHAR,
    fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
    n_mentions INTEGER, n_articles INTEGER, sources VARCHAR, per_source JSON, notes VARCHAR,
    updated_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS cluster_members (
    event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR NOT NULL, article_uid VARCHAR, source VARCHAR,
    claimed_by VARCHAR, published DATE, reports_toll BOOLEAN, fatalities_low INTEGER, fatalities_best INTEGER,
    fatalities_high INTEGER, score DOUBLE, joined_at TIMESTAMP DEFAULT current_timestamp);
"""

_WORD = re.compile(r"\b[^\W\d_][^\W\d_]+\b")  # two or more letters: no numbers (tolls differ by design)

# Type pairs that reports of one event often disagree on (a shelling reported as a clash, ...).
COMPATIBLE_TYPES = frozenset({
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
})
# Largest distance (km) between two reports of one event, by the coarser geo_precision of the two.
DISTANCE_KM = {1: 10.0, 2: 50.0}
# Actor names that say who, not which: they never make two reports the same event.
GENERIC_ACTORS = ("unidentified", "civilians", "protesters", "rioters", "unknown")
# Days either side of the new mentions' dates within which existing clusters are candidates.
WINDOW_DAYS = 35

_MENTION_SQL = """
SELECT e.id, e.article_uid, e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, e.inter1,
       e.actor2, e.assoc_actor_2, e.inter2, e.event_date, e.time_precision, e.country, e.admin1, e.admin2,
       e.location, e.latitude, e.longitude, e.geo_precision, e.fatalities, e.fatalities_best,
       e.fatalities_high, coalesce(e.reported_by, a.source, a.origin) AS source, e.claimed_by, e.notes,
       a.published, e.cluster_id,
       EXISTS (SELECT 1 FROM evidence v WHERE v.event_id = e.id AND v.field = 'fatalities') AS has_toll
FROM events e JOIN articles a ON a.uid = e.article_uid
WHERE e.kind = 'specific' AND NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false)
"""


@dataclass(frozen=True, slots=True)
class Mention:
    """One stored specific event mention, as merge sees it."""

    id: str
    article_uid: str
    event_type: str | None
    sub_event_type: str | None
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    event_date: date | None
    time_precision: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    low: int
    best: int
    high: int
    source: str
    claimed_by: str | None
    notes: str
    published: date | None
    cluster_id: str | None
    reports_toll: bool
    named_actors: frozenset[str] = field(init=False, compare=False)  # lower-cased, generic ones left out

    def __post_init__(self) -> None:
        named = frozenset(n.lower() for n in self.actors if not n.lower().startswith(GENERIC_ACTORS))
        object.__setattr__(self, "named_actors", named)

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> Mention:
        (eid, uid, etype, sub, a1, aa1, i1, a2, aa2, i2, d, prec, country, adm1, adm2, loc, lat, lon, gp,
         low, best, high, source, claimed, notes, published, cid, has_toll) = row
        low, best, high = low or 0, best or low or 0, high or 0
        return cls(eid, uid, etype, sub, a1, aa1, i1, a2, aa2, i2, d, prec, country, adm1, adm2, loc, lat,
                   lon, gp, low, best, max(high, best, low), source or "unknown", claimed, notes or "",
                   published, cid, bool(has_toll) or best > 0)

    @property
    def actors(self) -> frozenset[str]:
        names = [self.actor1, self.actor2]
        for assoc in (self.assoc_actor_1, self.assoc_actor_2):
            names += (assoc or "").split("; ")
        return frozenset(n for n in names if n)


@dataclass(frozen=True, slots=True)
class MergeSettings:
    threshold: float = 0.55
    same_article_threshold: float = 0.6
    text_weight: float = 0.3


# -- pairwise comparison -----------------------------------------------------------------------------------
@lru_cache(maxsize=16384)  # called for every pair compared; a run has few distinct (date, precision) pairs
def date_interval(d: date, precision: int | None) -> tuple[date, date]:
    """First and last day a date of ACLED ``time_precision`` can denote."""
    if precision is None or precision <= 1:
        return d, d
    if precision == 2:
        monday = d - timedelta(days=d.weekday())
        return monday, monday + timedelta(days=6)
    if precision == 3:
        first = d.replace(day=1)
        return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return date(d.year, 1, 1), date(d.year, 12, 31)


def date_score(a: Mention, b: Mention) -> float:
    """1.0 same day .. 0.1 same year; 0.0 means the dates are incompatible (or unknown)."""
    if a.event_date is None or b.event_date is None:
        return 0.0
    a0, a1 = date_interval(a.event_date, a.time_precision)
    b0, b1 = date_interval(b.event_date, b.time_precision)
    gap = max((b0 - a1).days, (a0 - b1).days, 0)
    if gap > 1:
        return 0.0
    coarse = max(a.time_precision or 1, b.time_precision or 1)
    if coarse <= 1:
        return 1.0 if gap == 0 else 0.8
    return {2: 0.5, 3: 0.3}.get(coarse, 0.1)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def place_score(a: Mention, b: Mention) -> float:
    """1.0 same place .. 0.25 same country; 0.0 means incompatible places."""
    if a.country and b.country and a.country != b.country:
        return 0.0
    coarse = max(a.geo_precision or 3, b.geo_precision or 3)
    if a.location and b.location and a.location.lower() == b.location.lower():
        return 1.0 if coarse in DISTANCE_KM else 0.5
    if coarse in DISTANCE_KM and None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        limit = DISTANCE_KM[coarse]
        return 0.0 if km > limit else 1.0 - 0.5 * km / limit
    if a.admin1 and b.admin1:
        return 0.5 if a.admin1.lower() == b.admin1.lower() else 0.0
    return 0.25 if a.country and b.country else 0.2


def type_score(a: Mention, b: Mention) -> float:
    if not a.event_type or not b.event_type:
        return 0.5
    if a.event_type == b.event_type:
        return 1.0 if a.sub_event_type == b.sub_event_type else 0.85
    return 0.5 if frozenset({a.event_type, b.event_type}) in COMPATIBLE_TYPES else 0.0


def _named(actor: str | None) -> str | None:
    return actor.lower() if actor and not actor.lower().startswith(GENERIC_ACTORS) else None


def _contradict(x: str | None, y: str | None, xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Two reports name different actors in one role, and neither actor takes part in the other report."""
    x, y = _named(x), _named(y)
    return bool(x and y and x != y and x not in ys and y not in xs)


def actor_score(a: Mention, b: Mention) -> float:
    """0.0 when the reports name different actors in the same role (actor1 or actor2), neither taking part
    in the other report; 0.5 when a side names no actor; 0.6..1.0 by the share of named actors in common;
    0.4 when both name actors, none in common but none contradicting (one names the attacker, one the
    victim)."""
    na, nb = a.named_actors, b.named_actors
    if not na or not nb:
        return 0.5
    if _contradict(a.actor1, b.actor1, na, nb) or _contradict(a.actor2, b.actor2, na, nb):
        return 0.0
    shared = na & nb
    return 0.6 + 0.4 * len(shared) / len(na | nb) if shared else 0.4


def structural_score(a: Mention, b: Mention) -> float:
    """Mean of the date, type, place and actor scores; 0.0 as soon as a gate fails (cheapest first)."""
    total = 0.0
    for part in (date_score, type_score, place_score, actor_score):
        score = part(a, b)
        if score == 0.0:
            return 0.0
        total += score
    return total / 4


def pair_score(a: Mention, b: Mention, text_sim: float, settings: MergeSettings = MergeSettings()) -> float:
    """Similarity of two mentions in [0, 1]; 0.0 when a gate fails."""
    structural = structural_score(a, b)
    if structural == 0.0:
        return 0.0
    return (1 - settings.text_weight) * structural + settings.text_weight * text_sim


class TextSimilarity:
    """TF-IDF cosine between the evidence texts of mentions (numbers ignored: tolls differ by design).

    The vectors are fitted on all the mentions of one merge run, on the first comparison (most batches
    have none that passes the gates). Words are runs of two or more letters, lower-cased, without spaCy's
    English stop words; weights are sublinear tf (1 + ln count) times smoothed idf
    (ln((1 + n) / (1 + df)) + 1), each vector scaled to unit length: the weighting scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)`` computes, in a few lines instead of a 1.7-second import at the end
    of every run.
    """

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        self.vectors: dict[str, dict[str, float]] | None = None

    def _fit(self) -> dict[str, dict[str, float]]:
        from spacy.lang.en.stop_words import STOP_WORDS

        counts = {m.id: Counter(w for w in _WORD.findall((m.notes or "").lower()) if w not in STOP_WORDS)
                  for m in self.mentions}
        df: Counter = Counter()
        for bag in counts.values():
            df.update(bag.keys())
        n = len(counts)
        idf = {w: math.log((1 + n) / (1 + k)) + 1.0 for w, k in df.items()}
        vectors: dict[str, dict[str, float]] = {}
        for ident, bag in counts.items():
            weights = {w: (1.0 + math.log(c)) * idf[w] for w, c in bag.items()}
            length = math.sqrt(sum(v * v for v in weights.values())) or 1.0
            vectors[ident] = {w: v / length for w, v in weights.items()}
        return vectors

    def __call__(self, a: Mention, b: Mention) -> float:
        if self.vectors is None:
            self.vectors = self._fit()
        va, vb = self.vectors[a.id], self.vectors[b.id]
        if len(va) > len(vb):
            va, vb = vb, va
        return sum(w * vb[k] for k, w in va.items() if k in vb)


# -- clusters in memory -------------------------------------------------------------------------------------
@dataclass
class _Cluster:
    id: str
    members: list[Mention]
    scores: dict[str, float] = field(default_factory=dict)
    touched: bool = False


def _days(m: Mention) -> list[int]:
    """Ordinals of the days a mention's candidates may be dated (its interval widened by one day)."""
    assert m.event_date is not None
    first, last = date_interval(m.event_date, m.time_precision)
    return list(range(first.toordinal() - 1, last.toordinal() + 2))


class _Index:
    """Clusters by (country, day). Mentions without a country look under "*", which holds every cluster;
    clusters with a country-less member are also filed under "" so that any country finds them."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, int], dict[str, _Cluster]] = {}

    def add(self, cluster: _Cluster, m: Mention) -> None:
        for day in _days(m):
            for country in (m.country or "", "*"):
                self.by_key.setdefault((country, day), {})[cluster.id] = cluster

    def candidates(self, m: Mention) -> list[_Cluster]:
        found: dict[str, _Cluster] = {}
        countries = (m.country, "") if m.country else ("*",)
        for day in _days(m):
            for country in countries:
                found.update(self.by_key.get((country, day), {}))
        return [found[k] for k in sorted(found)]


def _match(m: Mention, cluster: _Cluster, sim: TextSimilarity, settings: MergeSettings) -> float:
    """Score of ``m`` against ``cluster``: 0.0 unless every member passes the gates and threshold."""
    structural = []
    for other in cluster.members:  # gates first: they are cheap and usually fail
        score = structural_score(m, other)
        if score == 0.0:
            return 0.0
        structural.append(score)
    w = settings.text_weight
    best = max((1 - w) * s + w * sim(m, other) for s, other in zip(structural, cluster.members, strict=True))
    same_article = any(other.article_uid == m.article_uid for other in cluster.members)
    needed = settings.same_article_threshold if same_article else settings.threshold
    return best if best >= needed else 0.0


# -- the store side ----------------------------------------------------------------------------------------
def ensure_schema(store: Store) -> None:
    """Create the ``clusters`` and ``cluster_members`` tables if they are missing."""
    store.con.execute(SCHEMA)


def has_clusters(store: Store) -> bool:
    """True when the store has a ``clusters`` table with at least one row."""
    exists = store.con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'clusters'").fetchone()
    if not exists or not exists[0]:
        return False
    row = store.con.execute("SELECT count(*) FROM clusters").fetchone()
    return bool(row and row[0])


def _load_new(store: Store, limit: int) -> list[Mention]:
    """The first ``limit`` unclustered mentions, oldest first (most precise first on a day)."""
    rows = store.con.execute(
        _MENTION_SQL + " AND e.cluster_id IS NULL ORDER BY e.event_date NULLS LAST,"
        " coalesce(e.time_precision, 9), a.published NULLS LAST, e.id LIMIT ?", [limit]).fetchall()
    return [Mention.from_row(r) for r in rows]


def _load_clusters(store: Store, new: list[Mention]) -> list[_Cluster]:
    dated = [m.event_date for m in new if m.event_date is not None]
    if not dated:
        return []
    span = timedelta(days=370 if any((m.time_precision or 1) >= 4 for m in new) else WINDOW_DAYS)
    first, last = min(dated) - span, max(dated) + span
    ids = [r[0] for r in store.con.execute(
        "SELECT DISTINCT cluster_id FROM events WHERE cluster_id IS NOT NULL AND (event_date BETWEEN ? AND ?"
        " OR (time_precision >= 4 AND year(event_date) BETWEEN ? AND ?))",  # clusters dated by year only
        [first, last, first.year, last.year]).fetchall()]
    if not ids:
        return []
    rows = store.con.execute(_MENTION_SQL + " AND e.cluster_id IN (SELECT UNNEST(?)) ORDER BY e.id",
                             [ids]).fetchall()
    clusters: dict[str, _Cluster] = {}
    for row in rows:
        m = Mention.from_row(row)
        assert m.cluster_id is not None
        clusters.setdefault(m.cluster_id, _Cluster(m.cluster_id, [])).members.append(m)
    return [clusters[k] for k in sorted(clusters)]


def _best_cluster(m: Mention, index: _Index, sim: TextSimilarity,
                  settings: MergeSettings) -> tuple[float, _Cluster | None]:
    """The highest-scoring cluster ``m`` may join (ties: the lowest id), or (0.0, None)."""
    best: tuple[float, _Cluster | None] = (0.0, None)
    if m.event_date is None:
        return best
    for cluster in index.candidates(m):
        score = _match(m, cluster, sim, settings)
        if score > best[0]:
            best = (score, cluster)
    return best


def _assign(new: list[Mention], existing: list[_Cluster], settings: MergeSettings) -> list[_Cluster]:
    """Put every new mention in a cluster; return the clusters that changed or were created."""
    sim = TextSimilarity(new + [m for c in existing for m in c.members])
    index = _Index()
    for cluster in existing:
        for m in cluster.members:
            if m.event_date is not None:
                index.add(cluster, m)
    touched: list[_Cluster] = []
    for m in new:
        score, found = _best_cluster(m, index, sim, settings)
        cluster = found or _Cluster(f"c-{m.id}", [])
        if found is not None:
            cluster.scores[m.id] = round(score, 4)  # founders have no score
        cluster.members.append(m)
        if not cluster.touched:
            cluster.touched = True
            touched.append(cluster)
        if m.event_date is not None:
            index.add(cluster, m)
    return touched


def assign_clusters(store: Store, rebuild: bool = False, settings: MergeSettings | None = None,
                    chunk: int = 20_000) -> int:
    """Assign every unclustered specific event to a cluster; return how many events were assigned.

    Call it after ``Store.write``. Idempotent: a second call assigns nothing. ``rebuild=True`` drops all
    clusters and assigns every event again (after changing ``settings``, say). Events are taken oldest
    first, ``chunk`` at a time (bounded memory); the whole call is one transaction.
    """
    settings = settings or MergeSettings()
    ensure_schema(store)
    assigned = 0
    with store.transaction():
        if rebuild:
            store.con.execute("DELETE FROM cluster_members")
            store.con.execute("DELETE FROM clusters")
            store.con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
        while new := _load_new(store, chunk):
            touched = _assign(new, _load_clusters(store, new), settings)
            _write_clusters(store, touched, {m.id for m in new})
            assigned += len(new)
    return assigned


def merge_new(store: Store) -> int:
    """Incremental merge of the events written since the last call (``assign_clusters`` without rebuild)."""
    return assign_clusters(store)


CLUSTER_COLUMNS = (
    "id", "event_type", "sub_event_type", "event_date", "time_precision", "date_min", "date_max", "country",
    "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "actor1", "assoc_actor_1",
    "inter1", "actor2", "assoc_actor_2", "inter2", "actors", "fatalities_low", "fatalities_best",
    "fatalities_high", "n_mentions", "n_articles", "sources", "per_source", "notes",
)
MEMBER_COLUMNS = (
    "event_id", "cluster_id", "article_uid", "source", "claimed_by", "published", "reports_toll",
    "fatalities_low", "fatalities_best", "fatalities_high", "score",
)


def _insert(store: Store, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` in one statement, one list parameter per column (row-by-row inserts are slow)."""
    if not rows:
        return
    unnest = ", ".join(f"UNNEST(?) AS {c}" for c in columns)
    store.con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {unnest}",
                      [list(col) for col in zip(*rows, strict=True)])


def _write_clusters(store: Store, clusters: Sequence[_Cluster], new_ids: set[str]) -> None:
    """Replace the summary rows of ``clusters``; record the new members in cluster_members and events."""
    summaries = []
    for cluster in clusters:
        row = summarise(cluster.members)
        row.update(id=cluster.id, per_source=json.dumps(row["per_source"]))
        summaries.append([row[c] for c in CLUSTER_COLUMNS])
    store.con.execute("DELETE FROM clusters WHERE id IN (SELECT UNNEST(?))", [[c.id for c in clusters]])
    _insert(store, "clusters", CLUSTER_COLUMNS, summaries)
    members = [(m, c) for c in clusters for m in c.members if m.id in new_ids]
    _insert(store, "cluster_members", MEMBER_COLUMNS,
            [[m.id, c.id, m.article_uid, m.source, m.claimed_by, m.published, m.reports_toll, m.low, m.best,
              m.high, c.scores.get(m.id)] for m, c in members])
    store.con.execute("UPDATE events SET cluster_id = v.cid"
                      " FROM (SELECT UNNEST(?) AS eid, UNNEST(?) AS cid) v"
                      " WHERE events.id = v.eid", [[m.id for m, _ in members], [c.id for _, c in members]])


# -- cluster summary ---------------------------------------------------------------------------------------
def _mode(values: Iterable[Any]) -> Any:
    """Most frequent non-empty value; ties go to the first seen."""
    counts = Counter(v for v in values if v not in (None, ""))
    return max(counts, key=lambda v: counts[v]) if counts else None


def source_key(source: str) -> str:
    """Sources compared without case or a leading article: "the State news agency" = "state news agency"."""
    key = " ".join(source.lower().split())
    for article in ("the ", "a ", "an "):
        if key.startswith(article):
            return key[len(article):]
    return key


def per_source_figures(members: Sequence[Mention]) -> list[dict[str, Any]]:
    """Each source's most recent reported toll (ties: the higher), sorted by figure then source."""
    latest: dict[str, Mention] = {}
    for m in members:
        if not m.reports_toll:
            continue
        key = source_key(m.source)
        held = latest.get(key)
        if held is None or (m.published or date.min, m.best) > (held.published or date.min, held.best):
            latest[key] = m
    rows = [{"source": m.source, "low": m.low, "best": m.best, "high": m.high, "event_id": m.id,
             "claimed_by": m.claimed_by} for m in latest.values()]
    return sorted(rows, key=lambda r: (r["best"], r["source"]))


def cluster_fatalities(members: Sequence[Mention]) -> Fatalities:
    """low / best / high across sources (see the module docstring), with the sources that gave figures."""
    rows = per_source_figures(members)
    if not rows:
        return Fatalities()
    bests = [r["best"] for r in rows]
    counts = Counter(bests)
    top = counts.most_common(2)
    agreed = top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1])
    best = top[0][0] if agreed else statistics.median_low(bests)
    return Fatalities(low=min(r["low"] for r in rows), best=best, high=max(r["high"] for r in rows),
                      sources=tuple(r["source"] for r in rows))


def _most_precise(members: Sequence[Mention], precision: str, value: str) -> Mention | None:
    known = [m for m in members if getattr(m, value) is not None]
    if not known:
        return None
    top = min(getattr(m, precision) or 9 for m in known)
    tied = [m for m in known if (getattr(m, precision) or 9) == top]
    favourite = _mode(getattr(m, value) for m in tied)
    return next(m for m in tied if getattr(m, value) == favourite)


def summarise(members: Sequence[Mention]) -> dict[str, Any]:
    """The cluster's coded values: the most precise date and place, the most reported type and actors."""
    when = _most_precise(members, "time_precision", "event_date")
    where = _most_precise(members, "geo_precision", "location") or _most_precise(members, "geo_precision",
                                                                                   "country")
    named = [m.actor1 for m in members if m.actor1 and not m.actor1.lower().startswith(GENERIC_ACTORS)]
    actor1 = _mode(named) or _mode(m.actor1 for m in members)
    by_actor1 = next((m for m in members if m.actor1 == actor1), members[0])
    actor2 = _mode(m.actor2 for m in members if m.actor2 and m.actor2 != actor1)
    by_actor2 = next((m for m in members if m.actor2 == actor2), None)
    event_type = _mode(m.event_type for m in members)
    fat = cluster_fatalities(members)
    dates = [m.event_date for m in members if m.event_date]
    spelled: dict[str, str] = {}
    for m in members:
        for src in m.source.split("; "):
            if src:
                spelled.setdefault(source_key(src), src)
    sources = sorted(spelled.values(), key=source_key)
    notes, seen = [], set()
    for m in members:
        if m.notes and m.notes not in seen:
            seen.add(m.notes)
            notes.append(f"[{m.source}] {m.notes}")
    return {
        "event_type": event_type, "n_mentions": len(members),
        "sub_event_type": _mode(m.sub_event_type for m in members if m.event_type == event_type),
        "event_date": when.event_date if when else None,
        "time_precision": when.time_precision if when else None,
        "date_min": min(dates, default=None), "date_max": max(dates, default=None),
        "country": where.country if where else None, "admin1": where.admin1 if where else None,
        "admin2": where.admin2 if where else None, "location": where.location if where else None,
        "latitude": where.latitude if where else None, "longitude": where.longitude if where else None,
        "geo_precision": where.geo_precision if where else None,
        "actor1": actor1, "assoc_actor_1": by_actor1.assoc_actor_1, "inter1": by_actor1.inter1,
        "actor2": actor2, "assoc_actor_2": by_actor2.assoc_actor_2 if by_actor2 else None,
        "inter2": by_actor2.inter2 if by_actor2 else None,
        "actors": "; ".join(sorted({a for m in members for a in m.actors})) or None,
        "fatalities_low": fat.low, "fatalities_best": fat.best, "fatalities_high": fat.high,
        "per_source": per_source_figures(members),
        "n_articles": len({m.article_uid for m in members}), "sources": "; ".join(sources) or None,
        "notes": " | ".join(notes) or None,
    }


# -- reading -----------------------------------------------------------------------------------------------
def get_cluster(store: Store, cluster_id: str) -> EventCluster | None:
    """The stored cluster as an ``EventCluster`` (``per_source``: (source, best figure) pairs)."""
    if not has_clusters(store):
        return None
    rows = store.rows("SELECT * FROM clusters WHERE id = ?", [cluster_id])
    if not rows:
        return None
    c = rows[0]
    members = store.con.execute("SELECT event_id FROM cluster_members WHERE cluster_id = ? ORDER BY event_id",
                                [cluster_id]).fetchall()
    per_source = json.loads(c["per_source"] or "[]")
    return EventCluster(
        id=c["id"], event_type=c["event_type"], sub_event_type=c["sub_event_type"], date=c["event_date"],
        country=c["country"], mention_ids=tuple(r[0] for r in members),
        fatalities=Fatalities(low=c["fatalities_low"] or 0, best=c["fatalities_best"] or 0,
                              high=c["fatalities_high"] or 0, sources=tuple(r["source"] for r in per_source)),
        per_source=tuple((r["source"], r["best"]) for r in per_source))


# Filters on cluster rows (the keys of ``store.EVENT_FILTERS``).
CLUSTER_FILTERS = {
    "country": "country = ?",
    "type": "event_type = ?",
    "sub_type": "sub_event_type = ?",
    "actor": "actors ILIKE ?",
    "since": "event_date >= CAST(? AS DATE)",
    "until": "event_date <= CAST(? AS DATE)",
    "admin1": "admin1 = ?",
}

_CLUSTER_UNITS = """
SELECT id, 'cluster' AS unit, n_mentions, event_date, year(event_date) AS year, time_precision, event_type,
       sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, country, admin1, admin2,
       location, latitude, longitude, geo_precision, sources AS reported_by, notes,
       fatalities_low AS fatalities, fatalities_best, fatalities_high, actors
FROM clusters
"""
_EVENT_UNITS = """
SELECT id, 'event' AS unit, 1 AS n_mentions, event_date, year(event_date) AS year, time_precision, event_type,
       sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, country, admin1, admin2,
       location, latitude, longitude, geo_precision, reported_by, notes, fatalities, fatalities_best,
       fatalities_high, concat_ws('; ', actor1, actor2, assoc_actor_1, assoc_actor_2) AS actors
FROM events
WHERE cluster_id IS NULL AND kind = 'specific' AND NOT coalesce(negated, false)
  AND NOT coalesce(hypothetical, false)
"""


def units_query(store: Store, filters: dict[str, Any] | None = None) -> tuple[str, list[Any]]:
    """SQL (and parameters) selecting one row per cluster plus each specific event not clustered yet.

    The columns are those of ``events`` rows (so ``export.acled_row`` takes them) plus ``unit`` ('cluster'
    or 'event'), ``n_mentions`` and ``actors``; ``fatalities`` is a cluster's low figure, ``reported_by``
    its sources joined with '; ', ``notes`` its members' evidence, each prefixed by its source.
    Filters are the keys of ``CLUSTER_FILTERS``.
    """
    sql = _CLUSTER_UNITS + " UNION ALL " + _EVENT_UNITS if has_clusters(store) else _EVENT_UNITS
    clauses, params = [], []
    for key, value in (filters or {}).items():
        if value is None:
            continue
        if key not in CLUSTER_FILTERS:
            raise QueryError(f"unknown filter {key!r}; use one of {', '.join(CLUSTER_FILTERS)}")
        clauses.append(CLUSTER_FILTERS[key])
        params.append(f"%{value}%" if key == "actor" else str(value))
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return f"SELECT * FROM ({sql}) u {where}", params


def cluster_rows(store: Store, filters: dict[str, Any] | None = None, limit: int | None = None,
                 offset: int = 0) -> list[dict[str, Any]]:
    """One row per cluster plus each unclustered specific event, by date (columns: ``units_query``)."""
    sql, params = units_query(store, filters)
    sql += " ORDER BY event_date NULLS LAST, id"
    if limit is not None:
        sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
    return store.rows(sql, params)


__all__ = [
    "CLUSTER_FILTERS",
    "COMPATIBLE_TYPES",
    "DISTANCE_KM",
    "MergeSettings",
    "Mention",
    "assign_clusters",
    "cluster_fatalities",
    "cluster_rows",
    "ensure_schema",
    "get_cluster",
    "has_clusters",
    "merge_new",
    "pair_score",
    "structural_score",
    "summarise",
    "units_query",
]
