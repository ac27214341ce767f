"""The orchestrator. Stages, in order (one module each):

    ingest    files / records  -> Article | Skipped
    clean     Article.text     -> cleaned text (same offsets) + removed boilerplate
    annotate  cleaned text     -> spaCy Doc (nlp.pipe batches)
    times     Doc, published   -> TimeExpr
    places    Doc, gazetteer   -> Place   (the actor table's home countries as context)
    actors    Doc, actor table -> Actor
    quotes    Doc, actors      -> Quote
    events    all of the above -> Event
    (merge, store, export and serve work on the results, outside this per-article function)
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from eventwire import actors as actors_stage
from eventwire import events as events_stage
from eventwire import places as places_stage
from eventwire import quotes as quotes_stage
from eventwire import times as times_stage
from eventwire.annotate import doc_ents, load_nlp, release
from eventwire.clean import Cleaned, clean
from eventwire.config import Settings, load_settings
from eventwire.ingest import check_article
from eventwire.places.normalize import normalize
from eventwire.records import Article, DocumentResult, Entity, Skipped, Span

log = logging.getLogger(__name__)


@dataclass
class Pipeline:
    """Loads the models once; ``process`` maps articles to results, in input order."""

    settings: Settings

    def __post_init__(self) -> None:
        self.nlp = load_nlp(self.settings.get("nlp.model"))
        self.gazetteer = places_stage.Gazetteer.open(self.settings.get("places.gazetteer"))
        self.actor_table = actors_stage.packaged_table()  # the one the mention step reads too
        # an armed group's name is never a place, whatever town it holds ("the Gran Grif gang")
        self.gazetteer.non_places.update(normalize(n) for n in self.actor_table.group_names())

    def warm_up(self) -> Pipeline:
        """Run one short made-up article through every stage, so that what the stages load or build on
        first use (the event type model, the language identifier, the name-gender table, lexicons) is
        loaded here: worker processes forked from this one inherit it instead of each building its own."""
        from datetime import date

        list(self.process([Article(id="warm-up", text=_WARM_UP_TEXT, published=date(2020, 6, 7))]))
        return self

    @staticmethod
    def unload_models() -> None:
        """Forget the models this process has loaded (they load again on next use): a parent that forked its
        workers only writes the store and should not keep a copy of them."""
        from eventwire.events.classify import unload_models
        from eventwire.ingest import unload_language_identifier

        load_nlp.cache_clear()
        unload_models()
        unload_language_identifier()

    @classmethod
    def default(cls) -> Pipeline:
        return cls(load_settings())

    def process(self, items: Iterable[Article | Skipped]) -> Iterator[DocumentResult | Skipped]:
        """Yield one result per input item, in order; skipped inputs pass through as ``Skipped``."""
        checked = (check_article(item, self.settings) if isinstance(item, Article) else item for item in items)
        pending: list[tuple[Article | Skipped, Cleaned | None]] = []
        batch = int(self.settings.get("nlp.batch_size"))
        for item in checked:
            pending.append((item, clean(item.text) if isinstance(item, Article) else None))
            if len(pending) >= batch:
                yield from self._run(pending)
                pending = []
        yield from self._run(pending)

    def _run(self, pending: list[tuple[Article | Skipped, Cleaned | None]],
             ) -> Iterator[DocumentResult | Skipped]:
        texts = [cleaned.text for _, cleaned in pending if cleaned is not None]
        docs = iter(self.nlp.pipe(texts, batch_size=len(texts) or 1))
        for item, cleaned in pending:
            if isinstance(item, Skipped):
                yield item
            else:
                yield self.analyse_safely(item, next(docs), cleaned.removed if cleaned else None)

    def analyse_safely(self, article: Article, doc,
                       removed: tuple[Span, ...] | None = None) -> DocumentResult | Skipped:
        """``analyse``, but a failure on one document becomes a ``Skipped`` (reason ``internal-error``) so the
        rest of the batch goes on; the traceback goes to the log."""
        try:
            return self.analyse(article, doc, removed)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            log.exception("internal error on %s", article.origin or article.id)
            return Skipped(article.origin or article.id, "internal-error",
                           f"{type(exc).__name__}: {exc} (please report this document)", id=article.id)

    def analyse(self, article: Article, doc, removed: tuple[Span, ...] | None = None) -> DocumentResult:
        """Run the resolution and event stages on one annotated article (``removed``: the boilerplate the
        clean stage blanked, when the caller has it already)."""
        try:
            return self._analyse(article, doc, removed)
        finally:
            release(doc)  # the per-Doc caches hold the Doc's tokens: free them with the document

    def _analyse(self, article: Article, doc, removed: tuple[Span, ...] | None) -> DocumentResult:
        text = article.text
        entities = tuple(Entity(Span.of(text, e.start_char, e.end_char), e.label_) for e in doc_ents(doc))
        times = times_stage.find_times(doc, article.published)
        countries = self.actor_table.home_countries(text) + places_stage.source_countries(article.url,
                                                                                           self.gazetteer)
        places = places_stage.find_places(doc, self.gazetteer, countries)
        actors = actors_stage.find_actors(doc, self.actor_table, places)
        quotes = quotes_stage.find_quotes(doc, actors)
        events = events_stage.find_events(doc, article, times, places, actors, quotes,
                                          historical_days=int(self.settings.get("events.historical_days")),
                                          actor_table=self.actor_table)
        events = places_stage.code_at_seats(events, self.gazetteer)
        return DocumentResult(
            article=article,
            entities=entities,
            times=tuple(times),
            places=tuple(places),
            quotes=tuple(quotes),
            actors=tuple(actors),
            events=tuple(events),
            removed=clean(text).removed if removed is None else removed,
        )


# Our own words; exercises places, actors, quotes (a named speaker), times and events.
_WARM_UP_TEXT = (
    "Gunmen attacked a police post near Garoua, Cameroon, on Friday, killing two officers, "
    "regional officials said.\n\n"
    '"We will find those responsible," said Governor Jean Abate, adding that residents had fled.'
)
