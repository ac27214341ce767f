"""Hand-built reports for the merge tests: our own sentences, one attack told by several outlets.

Every article is a DocumentResult with one specific event, as the events stage would produce it, so merge
is tested without depending on the extraction stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.records import (
    Article,
    DocumentResult,
    Event,
    EventDate,
    EventLocation,
    Fatalities,
    Span,
)

# Towns in one region: Tell Salma about 30 km from Qasr Hamra, Bir Ghazal about 75 km (made-up places).
TOWNS = {
    "Qasr Hamra": ("Homs", 34.56, 38.28),
    "Tell Salma": ("Homs", 34.70, 38.55),
    "Bir Ghazal": ("Homs", 34.88, 38.98),
    "Homs province": ("Homs", 34.60, 38.00),  # a region-level location (geo_precision 3)
}
ATTACK_DAY = date(2024, 3, 11)
IS, ARMY, HTS = "Islamic State", "Military Forces of Syria", "Hay'at Tahrir al-Sham"


@dataclass(frozen=True)
class Report:
    doc_id: str
    text: str
    toll: int | None
    source: str
    day: date = ATTACK_DAY
    town: str = "Qasr Hamra"
    actors: tuple[str | None, str | None] = (IS, ARMY)
    event_type: str = "Battles"
    sub_event_type: str = "Armed clash"
    published: date = date(2024, 3, 12)
    kind: str = "specific"
    precision: int = 1
    geo_precision: int = 1
    claimed_by: str | None = None


def document(r: Report) -> DocumentResult:
    """The DocumentResult the pipeline would give for ``r``: one event whose evidence is the whole text."""
    evidence = Span(0, len(r.text), r.text)
    toll_span = ()
    fat = Fatalities()
    if r.toll is not None:
        word = str(r.toll) if str(r.toll) in r.text else r.text.split()[0]
        start = r.text.find(word)
        toll_span = (Span(start, start + len(word), word),)
        fat = Fatalities(low=r.toll, best=r.toll, high=r.toll, spans=toll_span, sources=(r.source,))
    admin1, lat, lon = TOWNS[r.town]
    event = Event(
        kind=r.kind, event_type=r.event_type, sub_event_type=r.sub_event_type, evidence=(evidence,),
        actor1=r.actors[0], actor2=r.actors[1], inter1=2 if r.actors[0] else None,
        inter2=1 if r.actors[1] else None, date=EventDate(r.day, r.precision), fatalities=fat,
        reported_by=(r.source,), claimed_by=r.claimed_by, confidence=0.8,
        location=EventLocation(r.town, country="SY", admin1=admin1, lat=lat, lon=lon,
                               geo_precision=r.geo_precision))
    article = Article(id=r.doc_id, text=r.text, published=r.published, source=r.source, language="en")
    return DocumentResult(article=article, events=(event,))


# One attack, five outlets, five tolls (the last one approximate).
SAME_ATTACK = [
    Report("state-agency", "Militants stormed an army post near Qasr Hamra on Monday and killed 23 soldiers, "
           "the state news agency reported.", 23, "State news agency"),
    Report("monitor", "A war monitor said 28 troops died in Monday's assault by jihadists on a military "
           "position at Qasr Hamra.", 28, "War monitor"),
    Report("wire", "Jihadist fighters overran a government outpost at Qasr Hamra, leaving 37 soldiers dead, "
           "according to a medical source.", 37, "Medical source"),
    Report("claim", "In a statement on its channels the group claimed its fighters killed 39 soldiers in an "
           "assault on an army post at Qasr Hamra.", 39, "Islamic State statement", claimed_by=IS),
    Report("council", "About 40 soldiers were killed when militants attacked the army post outside "
           "Qasr Hamra, a local council official said.", 40, "Local council"),
]

# Attacks near the first one that are different events.
OTHER_ATTACKS = {
    "three days later": Report(
        "later", "Militants attacked the army post near Qasr Hamra again on Thursday, killing 6 soldiers.",
        6, "State news agency", day=date(2024, 3, 14), published=date(2024, 3, 15)),
    "other town, other group": Report(
        "tell-salma", "Rebel fighters ambushed an army patrol near Tell Salma on Monday, killing 4 soldiers.",
        4, "War monitor", town="Tell Salma", actors=(HTS, ARMY)),
    "town 75 km away": Report(
        "bir-ghazal", "Militants attacked an army checkpoint at Bir Ghazal on Monday, killing 9 soldiers.",
        9, "Medical source", town="Bir Ghazal"),
}
