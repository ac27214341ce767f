"""What the normaliser knows besides the words: the publication date, the tense of the clause, and the
last time the text referred to (for anaphoric expressions: "a year earlier", "that day", "the quarter").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from eventwire.annotate import doc_text, irregular_past_forms

FUTURE_AUX = {"will", "wo", "'ll", "ll", "shall", "would", "'d"}
PAST_AUX = {"has", "have", "had", "'ve", "'s", "did", "was", "were", "been"}
# Verbs and nouns whose complements point forward ("plans to", "scheduled for", "payable", "due").
FUTURE_WORDS = {
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "schedule",
    "expected",
    "expect",
    "expects",
    "due",
    "set",
    "intend",
    "intends",
    "intended",
    "going",
    "deadline",
    "payable",
    "effective",
    "expire",
    "expires",
    "until",
    "till",
    "by",
    "upcoming",
    "begin",
    "begins",
    "start",
    "starts",
    "resume",
    "resumes",
    "aims",
    "hopes",
    "hope",
    "prepare",
    "prepares",
    "preparing",
    "slated",
    "next",
    "tomorrow",
    "soon",
    "convene",
    "reconvenes",
    "await",
    "awaiting",
    "vote",
    "ballot",
}
VERBAL = {"VERB", "AUX"}
# Verbs whose own tense does not date their complement: "was planned for March" is about March ahead.
FUTURE_VERBS = {
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "schedule",
    "schedules",
    "expected",
    "expect",
    "expects",
    "intend",
    "intends",
    "intended",
    "slated",
    "aims",
    "aimed",
    "hopes",
    "hoped",
    "prepare",
    "prepares",
    "preparing",
    "postponed",
    "postpone",
    "delayed",
    "adjourned",
    "due",
}


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above ``tok`` in the dependency tree (itself if it is one)."""
    for _ in range(8):
        if tok.pos_ in VERBAL and tok.dep_ not in ("aux", "auxpass"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


MODALS = {"should", "must", "can", "could", "may", "might", "ca", "need"}
REPORTING = {"say", "says", "tell", "tells", "report", "reports", "announce", "announces", "claim", "claims"}


# Words just before a date that make it a deadline or a term, whatever the tense of the clause:
# "payable Dec. 7", "effective Feb. 1", "extended until Nov. 16", "set to expire Nov. 6".
_CUE_TAIL = r"\s+(?:the\s+|on\s+|mid-?\s*|early\s+|late\s+)?$"
FORWARD_CUES = re.compile(
    r"\b(?:payable|effective|expire[sd]?|expiring|deadline|due|record|scheduled\s+for|set\s+for|"
    r"planned\s+for)" + _CUE_TAIL
)
# Weaker cues look ahead unless the clause is in the past ("by Wednesday, 20 had died").
LIMIT_CUES = re.compile(r"\b(?:until|till|through|by|starting)" + _CUE_TAIL)


def tense(doc: Doc, start: int, end: int, text: str | None = None) -> str | None:
    """'past', 'future', 'present' or None (no verb) for the clause that governs chars [start, end).

    'forward' marks a deadline or term ("payable Dec. 7", "until Nov. 16"): it looks ahead whatever the
    tense of the clause."""
    text = doc_text(doc) if text is None else text
    before = text[max(0, start - 24) : start].lower()
    if re.search(r"\b(?:since|ago)\s*$", before):
        return "past"
    if FORWARD_CUES.search(before):
        span = doc.char_span(start, end, alignment_mode="expand")
        verb = _governing_verb(span.root) if span is not None and len(span) else None
        if verb is not None and _pluperfect(verb):
            return "past"  # "it had been due to expire Friday": a term that has passed
        if verb is not None and _plan_reported_past(verb):
            return "present"
        return "forward"
    if re.search(
        r"\bas\s+(?:soon|early)\s+as\s*$|\b(?:next|this coming)\s*$|\bahead\s+of\s+(?:the\s+)?$", before
    ):
        return "future"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if text[end : end + 2] in ("'s", "’s"):
        return None  # "Wednesday's ruling": names a day, the clause's tense is about something else
    root = span.root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= span.end:
        # "the Tuesday deadline", "a June agreement", "the October slaying": the date of a thing the text
        # refers to as known, most often past (a near occurrence ahead still wins, see base.choose_past)
        return "past"
    if LIMIT_CUES.search(before):
        verb = _governing_verb(span.root)
        if verb is not None and _verb_tense(verb) == "past":
            # "by Wednesday, 20 had died" looks back, "extended its deadline until Tuesday" ahead: with a
            # past verb the limit is the nearest such day, whichever side of publication it falls
            if _pluperfect(verb):
                return "past"
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            return "forward" if aux & {"has", "have", "'ve"} else "present"  # "has extended it until"
        return "forward"
    verb = _governing_verb(span.root)
    if verb is None:
        return _sentence_hint(span)
    return _verb_tense(verb) or _sentence_hint(span)


def _pluperfect(verb: Token) -> bool:
    """ "had" on the verb or on the verb it depends on ("had been due to expire", "had planned to")."""
    for _ in range(3):
        if "had" in {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}:
            return True
        if verb.head is verb:
            return False
        verb = verb.head
    return False


def _plan_reported_past(verb: Token) -> bool:
    """A plan named by a participle inside a past-tense clause ("the rally planned for Saturday was
    cancelled", "the attack began as previously planned"): the plan may be over, so no direction."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not (verb.lower_ in FUTURE_VERBS and verb.tag_ in ("VBN", "VBD") and not aux):
        return False
    if verb.dep_ not in ("acl", "relcl", "advcl") or verb.head is verb:
        return False
    main = _governing_verb(verb.head)
    if main is None or main is verb:
        return False
    main_aux = {c.lower_ for c in main.children if c.dep_ in ("aux", "auxpass")}
    return main.tag_ == "VBD" or bool(main_aux & {"was", "were", "had", "did"})


def _verb_tense(verb: Token, depth: int = 0) -> str | None:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if _plan_reported_past(verb):
        return "present"  # "the service planned for Saturday was cancelled": the nearest such day
    if aux & FUTURE_AUX or (verb.lower_ in FUTURE_VERBS and "had" not in aux):
        return "future"
    if aux & MODALS:
        return "present"  # "could be located Wednesday": a modal says nothing about when
    if verb.tag_ == "VB" and "to" in aux:
        outer = _governing_verb(verb.head) if verb.head is not verb else None
        if outer is None or outer is verb or depth > 2:
            return "future"
        if "had" in {c.lower_ for c in outer.children if c.dep_ in ("aux", "auxpass")}:
            return "past"  # "had been due to expire Friday": a plan that has passed
        if outer.lower_ in FUTURE_VERBS | {"set"}:
            return "future"
        return "past" if _verb_tense(outer, depth + 1) == "past" else "future"
    if verb.tag_ == "VBG":
        if aux & {"is", "are", "'s", "'re", "am"}:
            return "future"  # "is meeting Monday": present progressive with a date reads as planned
        if aux & {"was", "were"}:
            return "past"
    if verb.tag_ == "VBD" or aux & PAST_AUX:
        return "past"
    if verb.tag_ == "VBN":
        if "be" in aux:
            return "future"  # "(to) be completed by Dec. 15"
        return "past"  # passive participle or reduced relative: "the deal announced Friday"
    if verb.tag_ in ("VBZ", "VBP"):
        if verb.lower_ in REPORTING or verb.lower_ in irregular_past_forms(verb.vocab):
            return "past"  # "said"; "Troops retook the town", tagged as a present
        return "present"
    return None


def _sentence_hint(span) -> str | None:
    """Without a governing verb, look at words just before the expression ("payable Jan. 2", "by March")."""
    doc = span.doc
    window = doc[max(span.start - 4, span.sent.start) : span.start]
    words = {t.lower_ for t in window}
    if words & FUTURE_WORDS or words & FUTURE_AUX:
        return "future"
    if words & {"ago", "since", "last", "earlier"}:
        return "past"
    return None


@dataclass
class Context:
    """Per-document state for normalisation."""

    doc: Doc
    published: date | None
    text: str = ""  # doc.text, computed once (spaCy rebuilds it on every access)
    last_value: str | None = None  # last absolute DATE value seen ("1989-Q3", "2020-12-30")
    last_date: date | None = None  # and the first day it covers
    last_quarter: str | None = (
        None  # last quarter mentioned ("1989-Q3"): financial results compare by quarter
    )
    # the latest recent quarter the text has named: what a results story reports on ("the quarter", "a year
    # earlier"), even after it mentions an older quarter in passing ("after a flat second quarter")
    topic_quarter: str | None = None
    first_quarter: str | None = None  # the first quarter named, the topic when none named has ended
    _tense: dict[tuple[int, int], str | None] = field(default_factory=dict)

    @property
    def report_quarter(self) -> str | None:
        """The quarter a results story is about: the latest ended one it names, else the first named."""
        return self.topic_quarter or self.first_quarter

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self._tense:
            self._tense[key] = tense(self.doc, start, end, self.text)
        return self._tense[key]
