"""A small store for the API and browser tests, written from hand-built records (no NLP model needed).

The articles are written for these tests. Spans are found with ``str.index`` so they are always valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.records import (
    Actor,
    Article,
    DocumentResult,
    Event,
    EventDate,
    EventLocation,
    Fatalities,
    Place,
    Quote,
    Span,
    TimeExpr,
)
from eventwire.store import Store

XSS_ACTOR = 'Militia <img src=x onerror="window.__pwned=1">'
XSS_TEXT = (
    "Fighters of the " + XSS_ACTOR + " attacked a market in Kidal on Friday, killing 4 traders. "
    "<script>window.__pwned = 2; alert('xss')</script> Residents said the town was calm by evening."
)


@dataclass(frozen=True)
class Report:
    """One test article about one event."""

    id: str
    text: str
    published: date
    source: str
    country: str
    admin1: str
    place: str
    lat: float
    lon: float
    event_type: str
    sub_event_type: str
    trigger: str
    actor1: str
    actor1_text: str
    actor2: str | None
    actor2_text: str | None
    date_text: str
    event_date: date
    toll_text: str | None
    toll: int
    quote: str | None = None
    speaker: str | None = None


REPORTS = (
    Report(
        "mali-convoy",
        "Gunmen ambushed a military convoy near Gao on Tuesday, killing 12 soldiers, the army "
        'said. "The attackers fled towards the border," said Colonel Diarra.',
        date(2024, 3, 7),
        "Sahel Wire",
        "ML",
        "Gao",
        "Gao",
        16.27,
        -0.04,
        "Battles",
        "Armed clash",
        "ambushed",
        "Unidentified Armed Group",
        "Gunmen",
        "Military Forces of Mali",
        "military convoy",
        "Tuesday",
        date(2024, 3, 5),
        "12 soldiers",
        12,
        "The attackers fled towards the border",
        "Colonel Diarra",
    ),
    Report(
        "kenya-protest",
        "Thousands of traders marched through Nairobi on Monday to protest against a new fuel "
        "tax, and police fired tear gas to disperse them.",
        date(2024, 4, 2),
        "Nairobi Daily",
        "KE",
        "Nairobi",
        "Nairobi",
        -1.29,
        36.82,
        "Protests",
        "Protest with intervention",
        "marched",
        "Protesters (Kenya)",
        "traders",
        "Police Forces of Kenya",
        "police",
        "Monday",
        date(2024, 4, 1),
        None,
        0,
    ),
    Report(
        "syria-attack-sohr",
        "Islamic State fighters attacked an army post in Deir ez-Zor on December 30, "
        "killing 39 soldiers, the Syrian Observatory for Human Rights said.",
        date(2021, 1, 1),
        "SOHR",
        "SY",
        "Deir ez-Zor",
        "Deir ez-Zor",
        35.33,
        40.14,
        "Battles",
        "Armed clash",
        "attacked",
        "Islamic State",
        "Islamic State",
        "Military Forces of Syria",
        "army post",
        "December 30",
        date(2020, 12, 30),
        "39 soldiers",
        39,
    ),
    Report(
        "syria-attack-state",
        "State media said 23 soldiers were killed on December 30 when Islamic State "
        "militants attacked a bus near Deir ez-Zor.",
        date(2020, 12, 31),
        "SANA",
        "SY",
        "Deir ez-Zor",
        "Deir ez-Zor",
        35.33,
        40.14,
        "Battles",
        "Armed clash",
        "attacked",
        "Islamic State",
        "Islamic State",
        "Military Forces of Syria",
        "a bus",
        "December 30",
        date(2020, 12, 30),
        "23 soldiers",
        23,
    ),
    Report(
        "mali-xss",
        XSS_TEXT,
        date(2024, 5, 4),
        "Test <b>Outlet</b>",
        "ML",
        "Kidal",
        "Kidal",
        18.44,
        1.41,
        "Violence against civilians",
        "Attack",
        "attacked",
        XSS_ACTOR,
        XSS_ACTOR,
        "Civilians (Mali)",
        "traders",
        "Friday",
        date(2024, 5, 3),
        "4 traders",
        4,
    ),
)


def _span(text: str, needle: str | None) -> Span | None:
    if not needle:
        return None
    start = text.index(needle)
    return Span(start, start + len(needle), needle)


def result(r: Report) -> DocumentResult:
    """The DocumentResult an extractor would produce for one report."""
    t = r.text
    place, when, toll = _span(t, r.place), _span(t, r.date_text), _span(t, r.toll_text)
    trigger, a1, a2 = _span(t, r.trigger), _span(t, r.actor1_text), _span(t, r.actor2_text)
    sentence_end = t.index(".", t.index(r.trigger)) + 1
    evidence = Span(0 if t.index(r.trigger) < 120 else t.rfind(".", 0, t.index(r.trigger)) + 2, sentence_end)
    evidence = Span(evidence.start, evidence.end, t[evidence.start : evidence.end])
    event = Event(
        kind="specific",
        event_type=r.event_type,
        sub_event_type=r.sub_event_type,
        evidence=(evidence,),
        trigger=trigger,
        actor1=r.actor1,
        actor2=r.actor2,
        actor1_span=a1,
        actor2_span=a2,
        inter1=2,
        inter2=1,
        date=EventDate(r.event_date, 1, when, r.event_date.isoformat()),
        location=EventLocation(r.place, r.country, r.admin1, None, r.lat, r.lon, 1, None, place),
        fatalities=Fatalities(r.toll, r.toll, r.toll, (toll,) if toll else (), (r.source,)),
        reported_by=(r.source,),
        confidence=0.9,
    )
    quotes = ()
    if r.quote and r.speaker:
        quotes = (Quote(_span(t, r.quote), _span(t, "said"), _span(t, r.speaker), r.speaker, None),)  # type: ignore[arg-type]
    actors = tuple(
        Actor(name.lower().replace(" ", "-"), name, 1, r.country, None, (span,))
        for name, span in ((r.actor1, a1), (r.actor2, a2))
        if name and span
    )
    return DocumentResult(
        article=Article(
            r.id,
            t,
            r.published,
            f"https://example.org/{r.id}",
            r.source,
            r.id.replace("-", " "),
            "en",
            "tests",
        ),
        times=(TimeExpr(when, "DATE", r.event_date.isoformat(), "day"),) if when else (),
        places=(Place(place, r.place, None, r.country, r.admin1, None, r.lat, r.lon, "PPLA", 0.9),)
        if place
        else (),
        quotes=quotes,
        actors=actors,
        events=(event,),
    )


def build_store(path: Path, reports: tuple[Report, ...] = REPORTS, clusters: bool = True) -> Path:
    """Write the reports into a new store at ``path``; with ``clusters``, run the merge step."""
    with Store.open(path) as store:
        store.write([result(r) for r in reports])
        if clusters:
            from eventwire import merge

            merge.assign_clusters(store)
    return path


def cluster_of(path: Path, doc_id: str) -> str | None:
    """The cluster id the merge step gave the event of article ``doc_id``."""
    with Store.open(path, read_only=True) as store:
        rows = store.rows(
            "SELECT e.cluster_id FROM events e JOIN articles a ON a.uid = e.article_uid WHERE a.doc_id = ?",
            [doc_id],
        )
    return rows[0]["cluster_id"] if rows else None


def make_client(app):  # noqa: ANN001
    """A TestClient for ``app``; starlette warns that it prefers httpx2, which we do not need."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app, raise_server_exceptions=False)


class FakePipeline:
    """Stands in for the spaCy pipeline in POST /ingest: known report texts get their hand-built results."""

    def process(self, articles):  # noqa: ANN001, ANN201
        import dataclasses

        by_text = {r.text: r for r in REPORTS}
        for article in articles:
            report = by_text.get(article.text)
            if report is None:
                yield DocumentResult(article=article)
            else:
                yield dataclasses.replace(result(report), article=article)
