"""ACLED evaluation: run the pipeline on ACLED ``notes`` and compare the primary event with the coded record.

Interface (``eventwire eval acled --data FILE.csv [--limit N]``):
    evaluate(data: Path, limit: int | None = None, *, train_on=None, test_on=None, model=None,
             classifier_only=False) -> dict
    render(result: dict) -> str

Each ACLED row becomes one article: ``notes`` is the text and ``event_date`` the publication date (the
notes are written after the event, and usually name its date). The *primary event* of the result is the
first ``specific`` or ``generic`` event with an ACLED type, else the most confident event. Metrics:
event_type accuracy, sub_event_type weighted and macro F1, fatalities exact, date exact, location within
50 km, admin1 match, inter1 accuracy, a confusion table of event types, an ``errors`` list (type and
sub-type) and a ``location_errors`` list (no location, or over 50 km from ACLED's).

Both the current 31-column schema (lower-case names, ``event_date`` like "17 November 2021") and the
old upper-case schema (``EVENT_DATE`` like "01-January-2015", no sub-event type) are read.

Cross-country evaluation without leakage: ``test_on`` keeps only rows of the named countries and
``model`` points the event type classifier at a model trained on other countries only (written by
``train/train_types.py --cross-country DIR``). ``train_on`` names the countries that model was trained
on; rows from those countries are refused as test rows.
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventwire.errors import InputError, UnreadableInput

__all__ = ["AcledRecord", "evaluate", "read_acled", "render"]

_OLD_EVENT_TYPES = {
    "battle-no change of territory": "Battles",
    "battle-government regains territory": "Battles",
    "battle-non-state actors overtake territory": "Battles",
    "battle-non-state actor overtakes territory": "Battles",
    "remote violence": "Explosions/Remote violence",
    "violence against civilians": "Violence against civilians",
    "strategic development": "Strategic developments",
    "non-violent transfer of territory": "Strategic developments",
    "headquarters or base established": "Strategic developments",
    "riots": "Riots",
    "protests": "Protests",
}


@dataclass(frozen=True, slots=True)
class AcledRecord:
    """One ACLED event row, in the fields the evaluation (and training) use."""

    id: str
    country: str
    notes: str
    event_date: date | None
    event_type: str | None
    sub_event_type: str | None
    actor1: str = ""
    inter1: int | None = None
    actor2: str = ""
    inter2: int | None = None
    admin1: str = ""
    location: str = ""
    lat: float | None = None
    lon: float | None = None
    fatalities: int | None = None
    time_precision: int | None = None
    geo_precision: int | None = None
    raw_event_type: str = ""  # the event type exactly as the file gives it (old schema: "Riots/Protests")


def read_acled(path: Path | str) -> Iterator[AcledRecord]:
    """Yield the rows of an ACLED CSV (current or old schema); rows without notes are skipped."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8", errors="replace", newline="")
    except OSError as exc:
        raise UnreadableInput(f"cannot open ACLED file ({exc.strerror})", origin=str(path)) from exc
    with handle:
        sample = handle.read(4096)
        handle.seek(0)
        delimiter = ";" if sample.count(";") > sample.count(",") else ","
        reader = csv.DictReader(handle, delimiter=delimiter)
        fields = {name.lower() for name in reader.fieldnames or ()}
        if "notes" not in fields or "event_type" not in fields:
            raise InputError(
                "not an ACLED CSV: needs at least 'notes' and 'event_type' columns", origin=str(path)
            )
        for row in reader:
            record = _record({(k or "").lower(): (v or "").strip() for k, v in row.items()})
            if record.notes:
                yield record


def _record(row: dict[str, str]) -> AcledRecord:
    raw_type = row.get("event_type", "")
    sub = row.get("sub_event_type") or None
    inter1 = _int(row.get("inter1"))
    return AcledRecord(
        id=row.get("event_id_cnty") or row.get("data_id", ""),
        country=row.get("country", ""),
        notes=row.get("notes", ""),
        event_date=_date(row.get("event_date", "")),
        event_type=_event_type(raw_type, inter1),
        sub_event_type=sub,
        actor1=row.get("actor1", ""),
        inter1=inter1,
        actor2=row.get("actor2", ""),
        inter2=_int(row.get("inter2")),
        admin1=row.get("admin1", ""),
        location=row.get("location", ""),
        lat=_float(row.get("latitude")),
        lon=_float(row.get("longitude")),
        fatalities=_int(row.get("fatalities")),
        time_precision=_int(row.get("time_precision")),
        geo_precision=_int(row.get("geo_precision")),
        raw_event_type=raw_type,
    )


def _event_type(raw: str, inter1: int | None) -> str | None:
    """Current event types pass through; old ones are mapped (old "Riots/Protests" by actor1's inter)."""
    lowered = raw.lower()
    if lowered == "riots/protests":
        return {5: "Riots", 6: "Protests"}.get(inter1 or 0)
    if lowered in _OLD_EVENT_TYPES:
        return _OLD_EVENT_TYPES[lowered]
    return raw or None


def _date(text: str) -> date | None:
    for fmt in ("%d %B %Y", "%d-%B-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%b-%Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _int(text: str | None) -> int | None:
    try:
        return int(float(text)) if text not in (None, "") else None
    except ValueError:
        return None


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _select(
    records: Iterable[AcledRecord], train_on: Iterable[str] | None, test_on: Iterable[str] | None
) -> Iterator[AcledRecord]:
    trained = {c.lower() for c in train_on or ()}
    tested = {c.lower() for c in test_on or ()}
    if trained & tested:
        raise InputError(f"countries both trained and tested on: {sorted(trained & tested)}")
    for record in records:
        country = record.country.lower()
        if tested and country not in tested:
            continue
        if country in trained:
            continue
        yield record


# --- evaluation ---------------------------------------------------------------------------------------


def evaluate(
    data: Path,
    limit: int | None = None,
    *,
    train_on: Iterable[str] | None = None,
    test_on: Iterable[str] | None = None,
    model: str | Path | None = None,
    classifier_only: bool = False,
) -> dict[str, Any]:
    """Score the pipeline (or, with ``classifier_only``, just the event type classifier) on an ACLED file."""
    records = list(_select(read_acled(data), train_on, test_on))
    if limit is not None:
        records = records[:limit]
    if classifier_only:
        predictions = _classifier_predictions(records, model)
    else:
        predictions = _pipeline_predictions(records, model)
    result = score(records, predictions)
    if classifier_only:  # the classifier alone predicts no actors, dates, places or tolls
        result.update(dict.fromkeys(_PIPELINE_ONLY))
    result.update(
        data=str(data),
        mode="classifier" if classifier_only else "pipeline",
        model=str(model) if model else "default",
        train_on=sorted(train_on or ()),
        test_on=sorted(test_on or ()),
    )
    return result


_PIPELINE_ONLY = ("fatalities_exact", "date_exact", "location_within_50km", "admin1_match", "inter1_accuracy")


@dataclass(frozen=True, slots=True)
class Prediction:
    """The fields of a predicted primary event that the evaluation compares."""

    event_type: str | None = None
    sub_event_type: str | None = None
    inter1: int | None = None
    fatalities: int | None = None
    date: date | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    n_events: int = 0
    place: str | None = None  # the location's name, for the list of location errors


def _classifier_predictions(records: list[AcledRecord], model: str | Path | None) -> list[Prediction]:
    from eventwire.events.classify import classify

    guesses = classify([r.notes for r in records], model=model)
    return [Prediction(g.event_type, g.sub_event_type, n_events=1) for g in guesses]


def _pipeline_predictions(records: list[AcledRecord], model: str | Path | None) -> list[Prediction]:
    from eventwire.events.classify import use_model
    from eventwire.pipeline import Pipeline
    from eventwire.records import Article, DocumentResult

    use_model(model)
    articles = [
        Article(id=r.id or str(i), text=r.notes, published=r.event_date) for i, r in enumerate(records)
    ]
    out: list[Prediction] = []
    for result in Pipeline.default().process(articles):
        out.append(_from_result(result) if isinstance(result, DocumentResult) else Prediction())
    return out


# Kinds of event that an ACLED record's own event takes: told with its date (specific) or without one
# ("Clashes between two clans. Three killed.": generic). Intents, statements and history are other events.
PRIMARY_KINDS = frozenset({"specific", "generic"})


def primary_event(events: Iterable[Any]) -> Any | None:
    """The first ``specific`` or ``generic`` (not negated) event, else the most confident event, else None.
    Events with an ACLED type come first: a statement ("residents demanded ...") is no ACLED event of its own.
    A record reports one event, so a first sentence without a date ("Riots broke out in the town") is that
    event, not a habit, and the killings told after it are its toll."""
    events = list(events)
    events = [e for e in events if e.event_type is not None] or events
    for event in events:
        if event.kind in PRIMARY_KINDS and not event.negated:
            return event
    return max(events, key=lambda e: e.confidence, default=None)


def _from_result(result: Any) -> Prediction:
    event = primary_event(result.events)
    if event is None:
        return Prediction()
    location = event.location
    return Prediction(
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        inter1=event.inter1,
        fatalities=event.fatalities.low if event.fatalities is not None else None,
        date=event.date.value if event.date is not None else None,
        admin1=location.admin1 if location is not None else None,
        lat=location.lat if location is not None else None,
        lon=location.lon if location is not None else None,
        n_events=len(result.events),
        place=location.name if location is not None else None,
    )


# --- scoring ------------------------------------------------------------------------------------------


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def f1_scores(gold: list[str], pred: list[str | None]) -> tuple[float, float]:
    """(weighted F1, macro F1) over the gold labels' classes."""
    classes = sorted(set(gold))
    support = Counter(gold)
    weighted = macro = 0.0
    for label in classes:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        predicted = sum(1 for p in pred if p == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support[label]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        weighted += f1 * support[label] / len(gold)
        macro += f1 / len(classes)
    return weighted, macro


def _rate(hits: list[bool]) -> float | None:
    return round(sum(hits) / len(hits), 4) if hits else None


def score(records: list[AcledRecord], predictions: list[Prediction]) -> dict[str, Any]:
    """Compare predictions with ACLED records (same order); metrics, confusion table and errors."""
    typed = [(r, p) for r, p in zip(records, predictions, strict=True) if r.event_type]
    subbed = [(r, p) for r, p in typed if r.sub_event_type]
    sub_gold = [r.sub_event_type or "" for r, _ in subbed]
    weighted, macro = f1_scores(sub_gold, [p.sub_event_type for _, p in subbed]) if subbed else (0.0, 0.0)
    located = [(r, p, _distance(r, p)) for r, p in typed if r.lat is not None and r.lon is not None]
    confusion: dict[str, Counter[str]] = {}
    for r, p in typed:
        confusion.setdefault(r.event_type or "", Counter())[p.event_type or "(none)"] += 1
    errors = [
        {
            "id": r.id,
            "field": "event_type",
            "gold": r.event_type,
            "pred": p.event_type,
            "sub_gold": r.sub_event_type,
            "sub_pred": p.sub_event_type,
            "text": r.notes[:300],
        }
        for r, p in typed
        if r.event_type != p.event_type or (r.sub_event_type and r.sub_event_type != p.sub_event_type)
    ]
    return {
        "n": len(records),
        "n_with_events": sum(1 for p in predictions if p.n_events),
        "event_type_accuracy": _rate([r.event_type == p.event_type for r, p in typed]),
        "sub_event_weighted_f1": round(weighted, 4),
        "sub_event_macro_f1": round(macro, 4),
        "fatalities_exact": _rate(
            [r.fatalities == (p.fatalities or 0) for r, p in typed if r.fatalities is not None]
        ),
        "date_exact": _rate([r.event_date == p.date for r, p in typed if r.event_date is not None]),
        "location_within_50km": _rate(
            [km is not None and km <= 50 for _, _, km in located]
        ),
        "admin1_match": _rate([_same(r.admin1, p.admin1) for r, p in typed if r.admin1]),
        "inter1_accuracy": _rate([r.inter1 == p.inter1 for r, p in typed if r.inter1 is not None]),
        "confusion": {gold: dict(row) for gold, row in sorted(confusion.items())},
        "errors": errors,
        "location_errors": _location_errors(located),
    }


def _distance(r: AcledRecord, p: Prediction) -> float | None:
    """Kilometres from ACLED's point to the predicted one; None when the event got no coordinates."""
    if p.lat is None or p.lon is None:
        return None
    return km_between(r.lat, r.lon, p.lat, p.lon)  # type: ignore[arg-type]  # located records have a point


def _location_errors(located: list[tuple[AcledRecord, Prediction, float | None]]) -> list[dict[str, Any]]:
    """Records whose predicted location is missing or over 50 km from ACLED's, with the distance (None when
    the event got no coordinates), so that geolocation misses can be studied like type errors."""
    out = []
    for r, p, km in located:
        if km is None or km > 50:
            out.append({
                "id": r.id,
                "field": "location",
                "gold": r.location,
                "gold_admin1": r.admin1,
                "pred": p.place,
                "pred_admin1": p.admin1,
                "km": None if km is None else round(km),
                "text": r.notes[:300],
            })
    return out


def _same(a: str | None, b: str | None) -> bool:
    from anyascii import anyascii

    def norm(s: str) -> str:
        return "".join(ch for ch in anyascii(s).lower() if ch.isalnum())

    return bool(a and b) and norm(a or "") == norm(b or "")


def render(result: dict[str, Any]) -> str:
    """A plain-text report: the metrics, then the event type confusion table, then a few errors."""
    lines = [f"ACLED evaluation ({result.get('mode', 'pipeline')}): {result.get('data', '')}"]
    if result.get("test_on") or result.get("train_on"):
        lines.append(
            f"train on: {', '.join(result.get('train_on') or ['-'])}   "
            f"test on: {', '.join(result.get('test_on') or ['all'])}   model: {result.get('model')}"
        )
    lines.append(f"records: {result['n']}   with events: {result['n_with_events']}")
    for key in (
        "event_type_accuracy",
        "sub_event_weighted_f1",
        "sub_event_macro_f1",
        "fatalities_exact",
        "date_exact",
        "location_within_50km",
        "admin1_match",
        "inter1_accuracy",
    ):
        value = result.get(key)
        lines.append(f"  {key:<24} {'-' if value is None else f'{value:.3f}'}")
    confusion: dict[str, dict[str, int]] = result.get("confusion", {})
    columns = sorted({c for row in confusion.values() for c in row})
    if confusion:
        short = {c: c[:10] for c in columns}
        lines.append("")
        lines.append("confusion (rows gold, columns predicted)")
        lines.append(f"{'':<28}" + "".join(f"{short[c]:>12}" for c in columns))
        for gold, row in confusion.items():
            lines.append(f"{gold[:27]:<28}" + "".join(f"{row.get(c, 0):>12}" for c in columns))
    errors = result.get("errors", [])
    if errors:
        lines.append("")
        lines.append(f"errors: {len(errors)} (first 10)")
        for error in errors[:10]:
            lines.append(
                f"  {error['id']}: {error['gold']} / {error['sub_gold']} -> "
                f"{error['pred']} / {error['sub_pred']}: {error['text'][:120]}"
            )
    misplaced = result.get("location_errors", [])
    if misplaced:
        lines.append("")
        lines.append(f"location errors: {len(misplaced)} (first 5)")
        for error in misplaced[:5]:
            where = "no location" if error["km"] is None else f"{error['pred']} ({error['km']} km)"
            lines.append(f"  {error['id']}: {error['gold']} -> {where}: {error['text'][:100]}")
    return "\n".join(lines)
