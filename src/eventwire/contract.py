"""The document contract: one JSON object per input document (see the README).

All spans are ``[start, end)`` character offsets into the input text exactly as given. This module is the
only place that turns records into contract dicts, so the CLI, the store and the API agree.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import DocumentResult, Event, Place, Quote, Skipped, Span, TimeExpr


def span(s: Span | None, with_text: bool = True) -> dict[str, Any] | None:
    if s is None:
        return None
    out: dict[str, Any] = {"start": s.start, "end": s.end}
    if with_text:
        out["text"] = s.text
    return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def time_dict(t: TimeExpr) -> dict[str, Any]:
    return {**span(t.span), "type": t.type, "value": t.value, "precision": t.precision, "mod": t.mod,  # type: ignore[dict-item]
            "begin": _iso(t.begin), "end_date": _iso(t.end), "reason": t.reason}


def place_dict(p: Place) -> dict[str, Any]:
    return {**span(p.span), "name": p.name, "geonameid": p.geonameid, "country": p.country,  # type: ignore[dict-item]
            "admin1": p.admin1, "admin2": p.admin2, "lat": p.lat, "lon": p.lon, "feature": p.feature,
            "score": round(p.score, 3), "reason": p.reason}


def quote_dict(q: Quote) -> dict[str, Any]:
    speaker = span(q.speaker)
    if speaker is not None:
        speaker.update(name=q.speaker_name, actor=q.actor)
    elif q.speaker_name:
        speaker = {"start": None, "end": None, "text": None, "name": q.speaker_name, "actor": q.actor}
    return {"content": span(q.content), "cue": span(q.cue), "speaker": speaker, "direct": q.direct}


def event_dict(e: Event) -> dict[str, Any]:
    d, loc, f = e.date, e.location, e.fatalities
    return {
        "kind": e.kind,
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover": {"type": e.plover_type, "mode": e.plover_mode},
        "actor1": e.actor1,
        "actor2": e.actor2,
        "assoc_actor1": list(e.assoc_actor1),
        "assoc_actor2": list(e.assoc_actor2),
        "inter1": e.inter1,
        "inter2": e.inter2,
        "actor1_span": span(e.actor1_span),
        "actor2_span": span(e.actor2_span),
        "date": None if d is None else {"value": _iso(d.value), "precision": d.precision, "timex": d.timex,
                                        "span": span(d.span), "reason": d.reason},
        "location": None if loc is None else {
            "name": loc.name, "country": loc.country, "admin1": loc.admin1, "admin2": loc.admin2,
            "lat": loc.lat, "lon": loc.lon, "geo_precision": loc.geo_precision, "geonameid": loc.geonameid,
            "span": span(loc.span), "reason": loc.reason},
        "fatalities": {"low": f.low, "best": f.best, "high": f.high, "spans": [span(s) for s in f.spans],
                       "sources": list(f.sources)},
        "injuries": e.injuries,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "claimed_by": e.claimed_by,
        "reported_by": list(e.reported_by),
        "trigger": span(e.trigger),
        "evidence": [span(s) for s in e.evidence],
        "confidence": round(e.confidence, 3),
    }


def skipped_dict(s: Skipped) -> dict[str, Any]:
    return {"origin": s.origin, "line": s.line, "reason": s.reason, "detail": s.detail}


def document(result: DocumentResult | Skipped) -> dict[str, Any]:
    """The contract object for one input document (a skipped one has empty lists and ``skipped``)."""
    if isinstance(result, Skipped):
        return {"id": result.id, "published": None, "language": None, "entities": [], "times": [],
                "places": [], "quotes": [], "actors": [], "events": [], "removed": [],
                "skipped": skipped_dict(result)}
    a = result.article
    return {
        "id": a.id,
        "published": _iso(a.published),
        "language": a.language,
        "entities": [{**span(e.span), "label": e.label} for e in result.entities],  # type: ignore[dict-item]
        "times": [time_dict(t) for t in result.times],
        "places": [place_dict(p) for p in result.places],
        "quotes": [quote_dict(q) for q in result.quotes],
        "actors": [{"id": x.id, "name": x.name, "inter": x.inter, "country": x.country, "kind": x.kind,
                    "mentions": [[m.start, m.end] for m in x.mentions]} for x in result.actors],
        "events": [event_dict(e) for e in result.events],
        "removed": [span(s) for s in result.removed],
        "skipped": None,
    }
