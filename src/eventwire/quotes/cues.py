"""Where a quotation's speech cue is: after it, before it, around it, or further along its sentence.

A cue is a verb of saying (``lexicon.SPEECH_VERBS``) or "according to". Ways it attaches to a
quotation, tried in this order (a quotation ending in "." tries *before* first: '"…." He says …'
starts a new sentence):

    after     "…," she said / "…," said X / "…," the minister told reporters / "…," according to X
              (only punctuation between, same paragraph)
    before    X said: "…" / X told reporters, "…" / X said "…" / X said that "…" / according to X, "…"
              (a split quotation "A," she said, "B." gets its second part's cue this way; only a
              colon may introduce a quotation in the next paragraph)
    governed  He says Obama "knows full well …" / Trump called the plan "a disgrace,"
              (the quotation sits in the clause of a speech or naming verb, not behind a preposition)
    distant   "…", where …, argued the French minister.   (an inverted cue closing the sentence)
              "…", with …, she said.                       (subject + cue closing the sentence)
    colon     Trump put it this way: "…"                 (a person's clause ending in a colon)

With no cue, a quotation inside a clause takes the nearest person-like subject above it in the
parse ('she was clear the dam was "never going to hold"'), and one standing alone takes the subject
of the sentence before it when that sentence quotes no one ('X praised Y.\n\n"…"').

Subjects come from the parse, with fall-backs read off the text (an inverted "said X", a name just
before the verb past a parenthesis or apposition). Positions come from the text, which is what makes
"…" where the group claimed …, argued the minister pick the minister and not the group.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.quotes.index import sentence, text_of, token_after
from eventwire.quotes.lexicon import ROLE_NOUNS, SPEAKER_NOUNS, SPEAKER_PRONOUNS, naming_base, speech_base
from eventwire.quotes.marks import MARKS, Region

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOMINAL = frozenset({"PROPN", "PRON", "NOUN", "DET", "ADJ", "NUM"})
NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON", "ADJ", "X"})
MUTE_PRONOUNS = frozenset({"it", "this", "there", "what"})  # relative "who"/"which" resolve later
CLAUSE_PUNCT = frozenset({",", "—", "–", "-", "--", "("})
CLOSING_PUNCT = frozenset({",", ".", ";", "!", "?", ")", "—", "–", ":"})


@dataclass(frozen=True, slots=True)
class Attachment:
    kind: str  # after | before | distant | colon
    cue: Span
    speaker: Token | None  # head token of the speaker's noun phrase


def is_speech_verb(token: Token) -> bool:
    return token.tag_.startswith("VB") and speech_base(token.text) is not None


def cue_span(doc: Doc, verb: Token) -> Span:
    end = verb.i + 1
    if end < len(doc) and doc[end].dep_ == "prt" and doc[end].head is verb:
        end += 1
    return doc[verb.i : end]


def subject_of(verb: Token, quote: tuple[int, int] | None = None) -> Token | None:
    """The verb's subject (never a token of ``quote``, a token range): from the parse, else from
    the words next to it: an inverted "said Florence Parly", or "Paul Ryan (R-WI) said"."""

    def ok(token: Token) -> bool:
        return _may_speak(token) and not (quote and quote[0] <= token.i <= quote[1])

    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and ok(c)]
    if subjects:
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    head = verb.head
    if verb.dep_ == "pcomp" and head.head.tag_.startswith("VB"):
        head = head.head  # "ended by saying …"
    elif not (verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        head = verb
    if head is not verb and head.tag_.startswith("VB"):
        found = subject_of(head, quote)
        if found is not None and person_like(found):
            return found
    starts_clause = verb.i == 0 or verb.nbor(-1).is_punct
    inverted = _inverted_subject(verb, ok) if verb.tag_ in ("VBD", "VBZ", "VBP") else None
    if starts_clause:
        return inverted or _left_subject(verb, ok)
    return _left_subject(verb, ok) or inverted


def person_like(token: Token) -> bool:
    """A token that can head a speaker's name or description (not "his taxes", "the first incident")."""
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return token.lower_ in SPEAKER_PRONOUNS or token.lower_ in ROLE_NOUNS or token.lower_ in SPEAKER_NOUNS


def _inverted_subject(verb: Token, ok) -> Token | None:  # type: ignore[no-untyped-def]
    """The noun phrase right after the verb: "said Florence Parly", "argued the French minister"."""
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.pos_ not in NOMINAL or nxt.lower_ in ("that", "it"):
        return None
    head = _head_of(nxt)
    return head if ok(head) and person_like(head) else None


def _left_subject(verb: Token, ok) -> Token | None:  # type: ignore[no-untyped-def]
    """The noun just before the verb, past auxiliaries, a parenthesis or a short apposition."""
    doc, i = verb.doc, verb.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    elif i >= 0 and doc[i].text == ",":
        j = i - 1
        while j > i - 7 and j >= 0 and doc[j].text != "," and doc[j].pos_ != "VERB":
            j -= 1
        i = j - 1 if j >= 0 and doc[j].text == "," else -1
    if i < 0:
        return None
    token = doc[i]
    if token.dep_ in ("dobj", "pobj", "iobj", "dative", "attr"):
        return None  # "emailed supporters saying …": an object, not the one who speaks
    if token.pos_ in ("PROPN", "NOUN") or token.lower_ in ("he", "she", "they", "i", "we"):
        return token if ok(token) else None
    return None


def _may_speak(token: Token) -> bool:
    """A noun or pronoun that can speak: not a date, time or number ("6:50 p.m. …"), not "it" or
    "that", and not across a paragraph from its verb."""
    if token.ent_type_ in NOT_SPEAKERS and token.lower_ != "old":  # "the 46-year-old" is a person
        return False
    if token.pos_ not in SPEAKER_POS or token.lower_ in MUTE_PRONOUNS:
        return False
    lo, hi = sorted((token.i, token.head.i))
    return not any("\n" in t.text for t in token.doc[lo:hi])


def _head_of(token: Token) -> Token:
    while token.dep_ in ("compound", "det", "amod", "poss", "nummod") and token.head.i > token.i:
        token = token.head
    return token


def according_to(doc: Doc, i: int) -> Attachment | None:
    """``according to X`` starting at token ``i``."""
    if i + 2 >= len(doc) or doc[i].lower_ != "according" or doc[i + 1].lower_ != "to":
        return None
    to = doc[i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    speaker = objects[0] if objects else _head_of(doc[i + 2])
    return Attachment("after", doc[i : i + 2], speaker)


def _skip_punct(doc: Doc, i: int, stop: int) -> int:
    while i < stop and (doc[i].is_punct or doc[i].is_space) and doc[i].text not in MARKS:
        i += 1
    return i


def after(doc: Doc, region: Region, limit: int) -> Attachment | None:
    """A cue following the closing mark, before the next quotation (``limit``, a char offset)."""
    first = token_after(doc, region.close + 1)
    if first >= len(doc):
        return None
    stop = min(sentence(doc[first]).end, token_after(doc, limit), _paragraph_end(doc, first))
    start = _skip_punct(doc, first, stop)
    if start >= stop:
        return None
    found = according_to(doc, start)
    if found:
        return found
    distant: Attachment | None = None
    quote = (token_after(doc, region.open), first - 1)
    ended = text_of(doc)[region.close - 1 : region.close] in (".", "…")
    for verb in doc[start:stop]:
        if not is_speech_verb(verb) or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        if ended and any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children):
            break  # '"…." He says he …': a new sentence with its own report, not this quote's cue
        subj = subject_of(verb, quote)
        if subj is not None and start < verb.i < subj.i:
            # '"…," Brent Bozell, founder of X, tells Breitbart News': the name before the verb
            left = _left_subject(verb, lambda t: _may_speak(t) and t.i >= start)
            subj = left if left is not None and left.left_edge.i <= start else subj
        if subj is None:
            continue
        if min(subj.left_edge.i, verb.i) == start or (verb.i == start and subj.i > verb.i):
            return Attachment("after", cue_span(doc, verb), subj)
        if distant is None and _closes_sentence(doc, verb, subj, stop):
            distant = Attachment("distant", cue_span(doc, verb), subj)
    return distant


def in_relative_clause(verb: Token) -> bool:
    return any(t.dep_ in ("relcl", "acl") for t in [verb, *verb.ancestors])


def _closes_sentence(doc: Doc, verb: Token, subj: Token, stop: int) -> bool:
    """ ", said X." or ", X said." at the end of a clause, after a comma."""
    first, last = min(verb.i, subj.left_edge.i), max(verb.i, subj.right_edge.i)
    if first == 0 or doc[first - 1].text not in CLAUSE_PUNCT:
        return False
    if in_relative_clause(verb):
        return False
    return last + 1 >= stop or doc[last + 1].text in CLOSING_PUNCT


def _paragraph_end(doc: Doc, i: int) -> int:
    while i < len(doc) and not (doc[i].is_space and "\n" in doc[i].text):
        i += 1
    return i


def before(doc: Doc, region: Region, floor: int) -> Attachment | None:
    """A cue ending just before the opening mark, after the previous quotation (``floor``)."""
    i = token_after(doc, region.open) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].idx < floor:
        return None
    last = doc[i]
    if not (last.text in (":", ",", "—") or last.lower_ == "that" or is_speech_verb(last)):
        return None
    if last.text != ":" and "\n" in text_of(doc)[last.idx : region.open]:
        return None  # only a colon introduces a quotation in the next paragraph
    low = max(token_after(doc, floor), sentence(last).start, i - 12)
    for j in range(i, low - 1, -1):
        tok = doc[j]
        if tok.text in MARKS:
            break
        found = according_to(doc, j)
        if found:
            return Attachment("before", found.cue, found.speaker)
        if is_speech_verb(tok) and not in_relative_clause(tok):
            subj = subject_of(tok, (i + 1, token_after(doc, region.close)))
            return Attachment("before", cue_span(doc, tok), subj)
        if tok.pos_ == "VERB" and j < i - 1 and last.text != ":":
            break
    if last.text == ":":
        return _colon(doc, last)
    return None


BLOCKING = frozenset({"prep", "pobj", "agent", "appos", "npadvmod", "poss", "compound"})


def governed(doc: Doc, region: Region) -> Attachment | None:
    """A quotation inside the reported clause of a cue: He says Obama "knows full well …"."""
    first, last = token_after(doc, region.open + 1), token_after(doc, region.close) - 1
    for tok in doc[first : last + 1]:
        if first <= tok.head.i <= last and tok.head is not tok:
            continue
        child, cur = tok, tok.head
        for _ in range(8):
            if child.dep_ in BLOCKING or cur is child:
                break
            quotative = cur.tag_.startswith("VB") and naming_base(cur.text) is not None
            if quotative and not first <= cur.i <= last and not _across_paragraph(doc, cur, region):
                subj = subject_of(cur, (first, last))
                if subj is not None and subj.i != child.i:
                    return Attachment("governed", cue_span(doc, cur), subj)
                break
            child, cur = cur, cur.head
    return None


def _across_paragraph(doc: Doc, token: Token, region: Region) -> bool:
    lo, hi = sorted((token.idx, region.open if token.idx < region.open else region.close))
    return "\n" in text_of(doc)[lo:hi]


def _colon(doc: Doc, colon: Token) -> Attachment | None:
    root = sentence(colon).root
    root = root if root.i < colon.i else colon.head
    if not root.tag_.startswith("VB"):
        return None
    subj = subject_of(root)
    if subj is None or subj.i > root.i or not person_like(subj):
        return None
    return Attachment("colon", doc[root.i : root.i + 1], subj)


def preceding_subject(doc: Doc, region: Region, regions: list[Region]) -> Token | None:
    """The subject of the sentence just before a quotation that has no cue, when it is a person or
    group and that sentence quotes no one itself: 'Valastro praised Christie.\n\n"We need …"'."""
    i = token_after(doc, region.open) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return None
    sent = sentence(doc[i])
    if any(r.open < sent.end_char and sent.start_char <= r.close for r in regions):
        return None
    if text_of(doc)[sent.end_char : region.open].count("\n") > 2:
        return None
    subj = subject_of(sent.root) if sent.root.tag_.startswith("VB") else None
    if subj is None or not person_like(subj) or subj.lower_ in ("i", "you", "who"):
        return None
    return subj


def clause_subject(doc: Doc, region: Region) -> Token | None:
    """For a quotation inside a sentence with no cue ('he was "refining some practices"'), the
    nearest person-like subject of a verb above it in the parse, in the same paragraph."""
    first, last = token_after(doc, region.open + 1), token_after(doc, region.close) - 1
    if first > last or first == sentence(doc[first]).start:
        return None
    heads = [t for t in doc[first : last + 1] if not first <= t.head.i <= last or t.head is t]
    for cur in heads[0].ancestors if heads else ():
        if _across_paragraph(doc, cur, region):
            return None
        if not cur.tag_.startswith(("VB", "MD")):
            continue
        subj = subject_of(cur, (first, last))
        if subj is not None and person_like(subj) and subj.lower_ not in ("i", "you", "we"):
            return subj
    return None
