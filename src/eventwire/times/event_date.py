"""event_date: the date of an event mention, from the time expression attached to its clause.

ACLED codes one date per event with a ``time_precision``: 1 the day is known, 2 the week is known (the
value is the middle of the week), 3 only the month is known (the middle of the month). The mapping from
TimeML values (see ``to_acled``):

=====================  =====================================  =========
expression             value                                  precision
=====================  =====================================  =========
day, day + time        that day                               1
range of 2-7 days      its middle day ("between 3 and 5 May")  2
week                   its Wednesday (ACLED's middle)         2
weekend                its first day                          2
month                  the 15th (middle)                      3
month, mod START/END   first / last day ("early March")       3
range over a week      its middle day                         3
quarter, season, year  the middle day; the reason says so     3
=====================  =====================================  =========

"Early March" keeps precision 3: ACLED's 2 means "within a known week" and "early March" is not known to
a week, but the first day is a better point estimate than the 15th, so the value moves and the
precision does not. With no time expression in the clause, the event takes the publication date at
precision 2 (news reports what happened in the days before publication) and a reason that says so.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.records import EventDate, Span, TimeExpr
from eventwire.times.base import _date
from eventwire.times.context import _governing_verb

NO_TIME = "no time expression attached to the event: publication date, week precision"
NO_DATE = "no time expression attached to the event and no publication date"


def event_date(
    times: list[TimeExpr],
    start: int,
    end: int,
    doc: Doc | None,
    published: date | None,
    *,
    trigger: int | None = None,
) -> EventDate:
    """The date of the event whose clause (or sentence) is chars ``[start, end)`` of ``doc``.

    Prefers a time expression syntactically attached to the event's verb (``trigger``, a char offset,
    when given; else the head of the span, or the clause a reporting verb introduces: in "X attacked
    Wednesday, officials said Sunday" the attack is dated Wednesday), then any dated expression inside
    the span, nearest to that verb; falls back to ``published``.
    """
    chosen = _attached(times, start, end, doc, trigger)
    if chosen is not None and doc is not None:
        chosen = _restated(chosen, times, doc.text)
    if chosen is None:
        if published is None:
            return EventDate(None, None, reason=NO_DATE)
        return EventDate(published, 2, reason=NO_TIME)
    if chosen.value is None or chosen.begin is None:
        return EventDate(
            None,
            None,
            span=chosen.span,
            timex=chosen.value,
            reason=chosen.reason or "time expression without a calendar value",
        )
    value, precision, reason = to_acled(chosen)
    return EventDate(value, precision, span=chosen.span, timex=chosen.value, reason=reason)


_BRACKETS = {"(": ")", "[": "]"}


def _restated(chosen: TimeExpr, times: list[TimeExpr], text: str) -> TimeExpr:
    """The calendar date a bracket right after ``chosen`` restates it with ("on Monday (31 August)", "yesterday
    [14/02]"): the writer's own absolute date beats a relative one resolved against the publication date."""
    i = chosen.span.end
    while i < len(text) and text[i] == " ":
        i += 1
    close = _BRACKETS.get(text[i : i + 1])
    if close is None:
        return chosen
    end = text.find(close, i)
    if end < 0 or end - i > 40:
        return chosen
    inside = [
        t for t in times
        if i < t.span.start and t.span.end <= end and t.begin is not None and t.precision == "day"
        and t.type == "DATE" and not text[i + 1 : t.span.start].strip()
    ]
    if inside:
        return inside[0]
    return _bracketed_day_month(chosen, text, i + 1, end) or chosen


_DAY_MONTH = re.compile(r"\s*(\d{1,2})[/.](\d{1,2})\s*")


def _bracketed_day_month(chosen: TimeExpr, text: str, start: int, end: int) -> TimeExpr | None:
    """A bare "22/01" in the bracket after a relative date ("on Thursday (22/01)"), as South Asian papers
    date their reports: the reading (day/month or month/day) within a week of the relative date, in its
    year; None when neither is."""
    m = _DAY_MONTH.fullmatch(text, start, end)
    if m is None or chosen.begin is None:
        return None
    a, b = int(m[1]), int(m[2])
    anchor = chosen.begin
    years = range(anchor.year - 1, anchor.year + 2)
    readings = (_date(year, month, day) for day, month in ((a, b), (b, a)) for year in years)
    near = [d for d in readings if d is not None and abs((d - anchor).days) <= 7]
    if not near:
        return None
    d = min(near, key=lambda x: abs((x - anchor).days))
    span = Span(m.start(1), m.end(2), text[m.start(1) : m.end(2)])
    return TimeExpr(span, "DATE", d.isoformat(), "day", None, d, d)


def to_acled(t: TimeExpr) -> tuple[date, int, str | None]:
    """A dated time expression as (ACLED date, time_precision, reason when the date is an estimate)."""
    assert t.begin is not None
    begin, last = t.begin, t.end or t.begin
    if t.signal == "since" and t.precision is not None:
        last = _own_end(t) or last  # the period since X dates the event by X itself
    days = (last - begin).days + 1
    middle = begin + timedelta(days=(days - 1) // 2)
    if t.precision == "month":
        middle = begin.replace(day=15)
    if t.precision == "week" and days == 7:
        # ACLED dates a week by its Wednesday, the middle of the working week (the dev notes told "during the
        # week beginning <Monday>" are coded two days on, 7 of 9 times), not by the Thursday of Monday-Sunday
        middle = begin + timedelta(days=2)
    if days == 1:
        return begin, 1, None
    if t.precision == "month" and t.mod in ("START", "END"):
        edge = begin if t.mod == "START" else last
        return (
            edge,
            3,
            "beginning of the month: its first day" if t.mod == "START" else "end of the month: its last day",
        )
    if days <= 7:
        return middle, 2, f"{t.precision or 'range'} of {days} days: middle day"
    if t.precision == "month" or days <= 31:
        return middle, 3, "month: middle day"
    return middle, 3, f"{t.precision or 'period'} coarser than a month: middle day, month precision"


def _own_end(t: TimeExpr) -> date | None:
    from eventwire.times.anchor import period

    return period(t.value)[1]


REPORTING = {
    "say",
    "said",
    "says",
    "told",
    "tell",
    "tells",
    "reported",
    "reports",
    "announced",
    "added",
    "stated",
    "claimed",
    "confirmed",
    "according",
    "argued",
    "noted",
    "warned",
    "insisted",
}


# Signals of the day a period ends, not the day of the act that sets it: "extended the curfew until the end of
# the month", "detained until Friday".
TERM_END_SIGNALS = frozenset({"until", "till"})


def _event_head(doc: Doc, start: int, end: int, trigger: int | None) -> Token | None:
    if trigger is not None:
        span = doc.char_span(trigger, trigger + 1, alignment_mode="expand")
        if span is not None and len(span):
            return span[0]
    clause = doc.char_span(start, end, alignment_mode="expand")
    if clause is None or not len(clause):
        return None
    head = clause.root
    for _ in range(3):
        reported = [c for c in head.children if c.dep_ in ("ccomp", "parataxis") and start <= c.idx < end]
        if head.lower_ not in REPORTING or not reported:
            break
        head = reported[0]
    return head


def _attached(
    times: list[TimeExpr], start: int, end: int, doc: Doc | None, trigger: int | None = None
) -> TimeExpr | None:
    dated = [
        t
        for t in times
        if t.type in ("DATE", "TIME")
        and start <= t.span.start
        and t.span.end <= end
        and not (t.value or "").endswith("_REF")
        and t.signal not in TERM_END_SIGNALS
    ]
    if not dated:
        return None
    if doc is None:
        return dated[0]
    head = _event_head(doc, start, end, trigger)
    spans = {t.span.start: doc.char_span(t.span.start, t.span.end, alignment_mode="expand") for t in dated}
    if head is not None:
        dated = [t for t in dated if not _in_since_clause(spans[t.span.start], head)]
        # with no other date for it, the event takes the day the parser hung on a place of its phrase
        dated = ([t for t in dated if not _dates_other_noun(spans[t.span.start], head)]
                 or [t for t in dated if not _dates_other_noun(spans[t.span.start], head, through_places=True)])
        if not dated:
            return None

    def rank(t: TimeExpr) -> tuple[int, int, int]:
        span = spans[t.span.start]
        verb = _governing_verb(span.root) if span is not None and len(span) else None
        attached = verb is not None and head is not None and (verb == head or verb.head == head)
        # a date inside an event noun's own phrase is that event's ("against the killing of a reporter last
        # month", told in a sentence dated "on Sunday"): the verb above it has a date of its own
        attached = attached or (head is not None and head.pos_ == "NOUN" and span is not None and len(span) > 0
                                and head.left_edge.i <= span.start and span.end <= head.right_edge.i + 1)
        inside = verb is not None and start <= verb.idx < end
        distance = abs(t.span.start - head.idx) if head is not None else t.span.start - start
        return (0 if attached else 1 if inside else 2, 1 if t.signal == "since" else 0, distance)

    return min(dated, key=rank)


def _in_since_clause(span: SpacySpan | None, head: Token) -> bool:
    """The date lies in a clause that "since" opens and that does not hold the event's word: it dates the
    starting point of a period ("the worst fighting since a truce was agreed in November 2024"), not the
    event ("violence has surged since a ceasefire was signed in March")."""
    if span is None or not len(span):
        return False
    node = span.root
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            return not (node.left_edge.i <= head.i <= node.right_edge.i)
    return False


# Nouns that are themselves times: a date inside their phrase still dates the event ("on the morning of
# 3 May", "the week of 16 July").
TIME_NOUNS = frozenset(
    "day days night nights morning mornings afternoon evening evenings weekend week weeks month months year "
    "years date eve hours hour dawn dusk midnight noon period time".split()
    # occasions held on a day: "during Friday prayers", "at Sunday mass" date what happens at them
    + "prayers prayer mass service services worship sermon".split()
)
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Participles of demanding: a date in what they ask for dates the demand's object, not the act that voices it
DEMANDING = frozenset(
    "calling demanding urging asking pressing petitioning seeking pushing appealing insisting".split())


def _closes_subject(span: SpacySpan, head: Token) -> bool:
    """A time expression between a subject and its verb, which the parser hangs on the subject ("Troops of
    both armies on Sunday [6 September] resorted to firing"): it dates the verb, the event's word or one
    that governs it."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before not in ("on", "at", "in", "during") and span.root.dep_ != "npadvmod":
        return False  # a date inside the subject's own phrase ("angered by the decision of March 2")
    after = span.end
    while after < len(doc) and (doc[after].is_punct or doc[after].is_bracket or doc[after].like_num
                                or doc[after].ent_type_ == "DATE"):
        after += 1  # the restatement of a date in brackets: "on Sunday [6 September]"
    if after >= len(doc):
        return False
    verb = doc[after]
    if verb.dep_ in ("aux", "auxpass", "neg", "advmod") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or not (verb == head or verb.is_ancestor(head)):
        return False
    return any(c.dep_ in SUBJECTS and c.left_edge.i <= span.start < c.right_edge.i + 1 for c in verb.children)


# Prepositions of place: a noun after one of them, in a chain of such phrases hanging on the event's word, is
# where the event happened.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "along", "across", "into",
                                "off", "behind", "beside", "opposite"})


# and the side fought, on the way to the event: "killed in a gunfight with militants in the Doda district late on
# Monday"
PLACE_PATH_PREPOSITIONS = PLACE_PREPOSITIONS | {"with"}


def _place_chain(prep: Token, head: Token) -> bool:
    """``prep`` opens a place phrase that hangs, through place phrases only, on the event's word ``head``:
    "exploded near [a checkpoint in [Baidoa]]"."""
    node = prep
    for _ in range(6):
        parent = node.head
        if parent == head:
            return True
        if parent.i == node.i or parent.dep_ != "pobj" or parent.head.lower_ not in PLACE_PATH_PREPOSITIONS:
            return False
        node = parent.head
    return False


def _dates_other_noun(span: SpacySpan | None, head: Token, through_places: bool = False) -> bool:
    """True when the time expression dates a noun of the event's phrase rather than the event: on the way
    up from the expression to the event's word the tree passes through a noun that is neither that word,
    its subject, nor a time noun. "Nurses marched against the 2017 pay deal", "protested against the levy
    that was introduced in October": the deal and the levy have those dates, not the march. "Clashes on 17
    June killed four" keeps the date: the clashes are the subject of the killing. An infinitive of purpose
    dates its aim, not the event ("staged a march to call for peaceful elections in December")."""
    if span is None or not len(span):
        return False
    tok = span.root.head if span.root.head is not span.root else span.root
    inside = {t.i for t in span}
    relative = False  # the way up passed through a relative clause describing a noun
    # "on Sunday", "on 3 May", "late on Monday"
    on_day = (span.start > 0 and span.doc[span.start - 1].lower_ == "on") or any(t.lower_ == "on" for t in span)
    for _ in range(12):
        if tok == head:
            return False
        if tok.i in inside:
            pass  # the expression's own words ("the week of 16 July")
        elif tok.dep_ == "compound" and tok.pos_ in ("NOUN", "PROPN"):
            pass  # a word of the compound the date opens ("the 2015 Paris attacks"): the noun it modifies decides
        elif (through_places and on_day and tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PATH_PREPOSITIONS
              and _place_chain(tok.head, head)):
            pass  # the parser hangs the event's day on the place before it: "exploded near a checkpoint in
            # Baidoa on Sunday" (a place has no day of its own: "the market on Sunday" is where, not what)
        elif tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in TIME_NOUNS and tok.lemma_.lower() not in TIME_NOUNS:
            # the subject's own date ("Clashes on 17 June killed four") dates the event; a date in a clause
            # that describes the subject ("the man who was stabbed on 20/11 was shot") dates that clause
            return relative or not (tok.dep_ in SUBJECTS and tok.head == head or _closes_subject(span, head))
        elif tok.pos_ in ("VERB", "AUX") and tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            relative = relative or not tok.is_ancestor(head)  # (the event itself may be told in the clause)
            # a relative clause describing a noun ("the levy that was introduced in October"): go on up
            # (not a participle, "acl": the parser also hangs the event's own reduced clauses there, as in
            # "houses set on fire on Monday", "a vehicle carrying fighters ... on Thursday")
        elif tok.pos_ in ("VERB", "AUX"):
            # an infinitive of purpose ("marched to demand elections in May") is what the event is for
            # and dates that aim; any other verb: the rank decides (attached, inside, distance)
            # (unless the event's word lies inside that clause: "fired tear gas to disperse protesters on
            # Tuesday" dates the protesters' gathering)
            # ... and so does a demand told beside it ("staged a march calling for elections in 2016")
            # (the parser may hang the participle on a preposition before it: "outside the ministry demanding")
            purpose = tok.dep_ in ("advcl", "xcomp", "acl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                    for c in tok.children)
            demand = tok.dep_ in ("advcl", "xcomp", "acl", "pcomp") and tok.tag_ == "VBG" and tok.lower_ in DEMANDING
            # a gerund with a subject of its own inside a phrase ("in response to police killing a man the
            # previous day") is another act, and the date is that act's
            other = tok.dep_ == "pcomp" and any(c.dep_ in SUBJECTS for c in tok.children)
            return (purpose or demand or other) and not tok.is_ancestor(head)
        if tok.head is tok:
            return False
        tok = tok.head
    return False

