"""Transcript turns: a paragraph opened by a speaker label and a colon ("WALLACE: Let's start ...").

A label is a name in capitals (``TAPPER``, ``MR. SMITH``), or a name the model tags as a person
("Maria Ruiz: ..."). Section words in capitals ("UPDATE:", "NOTE:") are not speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.quotes.index import text_of, token_after

TURN = re.compile(
    r"^[ \t\u00a0]*[\"“]?(?P<label>[A-Z][A-Za-z.'’\- ]{0,40}?):[ \t\u00a0]+(?P<content>\S[^\n]*)", re.M
)
WORD = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3
NOT_SPEAKERS = frozenset(
    "update note editor's note editor’s note correction watch read more related photos video q a "
    "transcript partial transcript source sources caption breaking warning exclusive analysis opinion "
    "live report review factbox explainer photo watch now".split(" ")
)


@dataclass(frozen=True, slots=True)
class Turn:
    start: int  # content characters
    end: int
    speaker: Token  # last token of the label


def _is_label(doc: Doc, label: str, start: int) -> Token | None:
    if label.lower() in NOT_SPEAKERS or len(label) < 2:
        return None
    first, last = token_after(doc, start), token_after(doc, start + len(label)) - 1
    if first > last:
        return None
    tokens = doc[first : last + 1]
    shouted = label.upper() == label and any(c.isalpha() for c in label) and len(tokens) <= 3
    if any(t.is_stop for t in tokens):
        return None  # a headline in capitals ("FIX IS IN: …"), not a name
    named = all(t.ent_type_ == "PERSON" for t in tokens if t.is_alpha)
    return doc[last] if shouted or named else None


def find_turns(doc: Doc) -> list[Turn]:
    """The transcript turns of ``doc``, in order."""
    turns = []
    for match in TURN.finditer(text_of(doc)):
        speaker = _is_label(doc, match.group("label"), match.start("label"))
        content = match.group("content").rstrip('"” \t\u00a0')
        if speaker is not None and len(WORD.findall(content)) >= MIN_WORDS:  # not "Sanders: 1,769"
            turns.append(Turn(match.start("content"), match.start("content") + len(content), speaker))
    return turns
