"""Times stage: find temporal expressions and normalise them to TimeML values anchored on ``published``.

Interface (used by the orchestrator and the events stage):
    find_times(doc: Doc, published: date | None) -> list[TimeExpr]
    event_date(times, start, end, doc, published) -> EventDate

Modules, in the order the data flows: ``lexicon`` (words), ``anchor`` (calendar arithmetic), ``context``
(tense, the last date mentioned), ``base`` / ``dates`` / ``relative`` / ``amounts`` (normalisers by topic),
``grammar`` (the rule table and trigger words), ``find`` (matching and selection), ``event_date`` (ACLED
dates for events).
"""

from __future__ import annotations

from eventwire.times.event_date import event_date
from eventwire.times.find import find_times

__all__ = ["event_date", "find_times"]
