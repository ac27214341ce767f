"""Fatality and injury figures of one event mention, by ACLED's rules.

Numbers in digits and words ("39", "thirty-nine", "1,100"), vague quantities ("a dozen" = 12, "dozens" = 12,
"scores" = 20, "hundreds" = 100), qualifiers ("at least N" = N, "more than N" = N + 1, "between N and M" and
"N to M" ranges). All figures reported for the event are kept: ``low`` (what ACLED codes), ``best`` and
``high``. Subsets ("including five children") are not separate figures. No figure -> 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.lexicon import (
    BODY_NOUNS,
    CASUALTY_DEATH,
    CASUALTY_INJURY,
    CLAIM_WORDS,
    EXECUTED_THINGS,
    FORMS,
    LETHAL_ADVERBS,
    LETHAL_FOR_PEOPLE,
    LETHAL_LEMMAS,
    PROPERTY_NOUNS,
    SPEECH_VERBS,
    TOLL_NOUNS,
)
from eventwire.numbers import ONES, SCALES, TENS
from eventwire.records import Fatalities, Span

# "no one was killed" = 0, "a soldier was killed" = 1
UNITS = {**ONES, "no": 0, "a": 1, "an": 1, "single": 1}
# Vague quantities, as ACLED codes them.
VAGUE = {
    "dozen": 12,
    "dozens": 12,
    "scores": 20,
    "score": 20,
    "hundreds": 100,
    "thousands": 1000,
    "several": 10,
    "many": 10,
    "numerous": 10,
    "couple": 2,
    "few": 3,
    "both": 2,  # "killing both"
}
QUANTITY_NOUNS = frozenset({"number", "amount", "total", "toll", "count"})
SUBSET_WORDS = frozenset({"including", "among", "includes", "include", "included", "of", "whom"})
UPPER_WORDS = frozenset({"up", "as", "nearly", "almost", "under", "fewer", "less"})
_DIGITS = re.compile(r"^\d{1,3}(?:[,.]\d{3})+$|^\d+$")
INTRANSITIVE = frozenset(
    {"died", "die", "dies", "dying", "dead", "death", "deaths", "succumbed", "succumb", "succumbs"}
)
ATTEMPT_WORDS = frozenset(
    {"attempted", "attempt", "attempts", "attempting", "tried", "try", "tries", "trying", "plot", "plotted",
     "plotting", "foiled", "nearly", "almost"}
)
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
TIME_UNITS = frozenset(
    {
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "hour",
        "hours",
        "minutes",
        "decade",
        "decades",
        "percent",
        "%",
        "km",
        "kilometres",
        "kilometers",
        "miles",
        "dollars",
        "shillings",
        "naira",
    }
)
# Victims that are not people: ACLED counts human deaths only.
ANIMALS = frozenset(
    "animal animals livestock cattle cow cows bull bulls goat goats sheep camel camels donkey donkeys dog dogs "
    "horse horses pig pigs chicken chickens herd herds elephant elephants".split()
)


def _animals(tok: Token) -> bool:
    """Victims that are animals: "30 goats", "200 head of cattle" (not "the head of the party")."""
    if tok.lower_ == "head":
        return any(g.lower_ in ANIMALS for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children)
    return tok.lower_ in ANIMALS
NON_COUNT_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
VICTIM_DEPS = frozenset({"nsubjpass", "dobj", "nsubj", "attr", "npadvmod", "appos", "conj"})


@dataclass(frozen=True, slots=True)
class Figure:
    low: int
    high: int
    span: tuple[int, int]
    unknown: bool = False  # "an unknown number": counted only where the report gives no figure at all


def number_value(tok: Token) -> int | None:
    """The integer a single token denotes ("39", "1,100", "thirty-nine", "dozens"), or None."""
    text = tok.lower_
    if _DIGITS.match(text):
        return int(re.sub(r"[,.]", "", text))
    if text in UNITS and text not in ("a", "an", "no"):
        return UNITS[text]
    if text in TENS:
        return TENS[text]
    if "-" in text:
        tens, _, unit = text.partition("-")
        if tens in TENS and unit in UNITS:
            return TENS[tens] + UNITS[unit]
    if text in VAGUE:
        return VAGUE[text]
    if text in SCALES:
        return SCALES[text]
    return None


# "An unknown number of people are feared dead": ACLED's notes code a toll told without a figure as 3.
UNKNOWN_NUMBER = 3
UNKNOWN_WORDS = frozenset({"unknown", "unspecified", "undisclosed", "undetermined", "unconfirmed", "uncertain"})


def _unknown_number(tok: Token) -> bool:
    """"an unknown number", "an unspecified number": a toll reported without its figure."""
    return tok.lower_ == "number" and any(c.lower_ in UNKNOWN_WORDS for c in tok.children if c.dep_ == "amod")


def _figure(tok: Token) -> Figure | None:
    """Read the figure whose head number is ``tok``, with its qualifiers and range partner."""
    if tok.ent_type_ in NON_COUNT_ENTS and not _counts_things(tok):
        return None
    if _in_date(tok):
        return None  # a day or year of a date the parser did not mark: "Around 5 July 2020"
    value = UNKNOWN_NUMBER if _unknown_number(tok) else number_value(tok)
    if value is None:
        return None
    start, end = tok.idx, tok.idx + len(tok.text)
    doc = tok.doc
    if (
        tok.lower_ in TENS
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and doc[tok.i + 2].lower_ in UNITS
    ):
        return None  # read from its unit word: "thirty - nine"
    if tok.lower_ in UNITS and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in TENS:
        value += TENS[doc[tok.i - 2].lower_]
        start = doc[tok.i - 2].idx
    left = tok.doc[max(tok.i - 3, tok.sent.start) : tok.i]
    words = [t.lower_ for t in left]
    # "a dozen", "two hundred", "1.5 million": multiply by a following scale word
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in SCALES and value < 1000:
        value *= SCALES[nxt.lower_]
        end = nxt.idx + len(nxt.text)
    if tok.lower_ == "dozen" and words[-1:] in (["a"], ["one"]):
        value = 12
    low = high = value
    if words[-2:] in (["more", "than"], ["over"]) or words[-1:] == ["over"]:
        low = high = value + 1
    elif any(w in UPPER_WORDS for w in words[-2:]):
        low = high = value
    # ranges: "between 23 and 28", "23 to 28", "23-28"
    for partner in tok.children:
        if (
            partner.dep_ in ("quantmod", "conj")
            and number_value(partner) is not None
            and not any(casualty_kind(c) for c in partner.children)  # "One dead and three injured"
        ):
            other = number_value(partner) or value
            low, high = min(value, other), max(value, other)
            start, end = min(start, partner.idx), max(end, partner.idx + len(partner.text))
    if tok.head.i != tok.i and tok.dep_ == "conj" and number_value(tok.head) is not None:
        return None  # the range was read from its first number
    return Figure(low, high, (start, end), unknown=_unknown_number(tok))


def _in_date(tok: Token) -> bool:
    """A day or a year next to a month name: "5 July", "December 29, 2019" (not "12 Sep. 4 killed")."""
    doc = tok.doc

    def month(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].lower_.rstrip(".") in MONTHS

    def year(j: int) -> bool:
        return 0 <= j < len(doc) and len(doc[j].text) == 4 and doc[j].text.isdigit()

    after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
    if month(tok.i + 1) or (month(tok.i - 1) and (after == "," or year(tok.i + 1))):
        return True
    return year(tok.i) and any(month(tok.i - k) for k in (1, 2, 3))


def _counts_things(tok: Token) -> bool:
    """A number that counts people or things ("between 23 and 28 people"), even inside a DATE entity."""
    node = tok
    while node.dep_ in ("conj", "quantmod", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("dobj", "nsubjpass") and len(node.text) < 4:
        return True  # "Bandits kill 80 and steal cattle": a bare number done to is a count, not a year
    return node.dep_ == "nummod" and node.head.lower_ not in TIME_UNITS


def _is_subset(tok: Token, stop: Token) -> bool:
    """True when ``tok`` sits under "including" / "among them" below ``stop``."""
    node = tok
    while node.i != stop.i and node.head.i != node.i:
        if node.lower_ in SUBSET_WORDS and node.i != tok.i and not _whole_of(node):
            return True
        if node.dep_ == "appos" and any(
            c.dep_ == "prep" and c.lower_ in SUBSET_WORDS and c.i < node.i for c in node.children
        ):  # "seven people, among them two children": the parser hangs "among them" on the apposition
            return True
        node = node.head
    return False


def _in_clause(tok: Token, stop: Token) -> bool:
    """A number inside a clause that describes the victims ("a man suspected to be behind the killing of two
    children", "a man who had robbed three shops"): it counts something else."""
    node = tok
    while node.i != stop.i and node.head.i != node.i:
        if node.dep_ in ("acl", "relcl") and node.tag_.startswith("VB"):
            return True
        node = node.head
    return False


def _indefinite(tok: Token) -> bool:
    """A singular noun with "a"/"an": one item of a list of victims."""
    return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _label_number(tok: Token) -> bool:
    """A number that names a class or grade after its noun ("a grade four pupil", "Form Two students"): a
    label of the victim, not a count of victims."""
    if tok.i == 0 or tok.dep_ not in ("nummod", "compound"):
        return False
    before = tok.doc[tok.i - 1]
    return before.pos_ in ("NOUN", "PROPN") and before.dep_ in ("compound", "nmod") and before.head.i == tok.head.i


def _whole_of(prep: Token) -> bool:
    """An "of" that tells who a death noun counts ("the death of 3 people") or how many a group is ("a family
    of five"), not a part of a group ("two of them", "one of the victims")."""
    return prep.lower_ == "of" and (
        prep.head.lower_ in ("death", "deaths", "killing", "killings", "murder")
        or prep.head.lower_ in HEADCOUNT_NOUNS and any(c.dep_ == "pobj" and c.like_num for c in prep.children)
    )


# Groups that "of" and a number count whole ("a family of five").
HEADCOUNT_NOUNS = frozenset({"family", "household", "group", "gang", "band", "crew"})


def _partitive_conjuncts(root: Token) -> list[Token]:
    """Victims the parser joined to the group a number counts part of: in "eight of the attackers and one
    soldier", "one soldier" hangs on "attackers" but adds to "eight"."""
    if not root.like_num:
        return []
    return [
        c
        for prep in root.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for group in prep.children
        if group.dep_ == "pobj"
        for c in group.children
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN")
        and (any(n.dep_ == "nummod" and n.like_num for n in c.children) or _one(c))
    ]


def _group_figures(root: Token, skip: frozenset[int], casualty: Token) -> list[Figure]:
    """Figures of one victim phrase of ``casualty``; coordinated groups add up ("one officer and one civilian"
    = 2)."""
    other = _other_kind(root)
    if other:  # "one death and two injuries": the injuries are no deaths
        skip = skip | {t.idx for c in other for t in c.subtree}
    # "left 23 people dead and 40 injured", parsed with "40" beside "people" and "injured" as their verb: the
    # bare number after "and" is the count of the other casualty word
    if casualty_kind(root.head) not in (None, casualty_kind(casualty)) and root.head.i != casualty.i:
        skip = skip | {t.idx for c in root.children if c.dep_ == "conj" and c.like_num for t in c.subtree}
    parts = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))]
    parts += _partitive_conjuncts(root)
    for c in root.children:  # "a boy, a pregnant woman, and a teacher", parsed as an apposition with a conjunct
        if c.dep_ == "appos" and _indefinite(c) and any(g.dep_ == "conj" and _indefinite(g) for g in c.children):
            parts += [c, *(g for g in c.children if g.dep_ == "conj" and g.pos_ in ("NOUN", "PROPN"))]
    # "a soldier was killed and six others injured": a conjunct with a casualty word of its own is another count
    counted_apart = [p for p in parts[1:] if _own_casualty(p, casualty)]
    skip = skip | {t.idx for p in counted_apart for t in p.subtree}
    parts = [p for p in parts if p is root or p.idx not in skip]
    if len(parts) == 1:
        return _figures_under(root, skip)
    cut = {t.i for p in parts[1:] for t in p.subtree}
    own = [
        f
        for f in _figures_under(root, skip)
        if not any(t.idx == f.span[0] and t.i in cut for t in root.subtree)
    ]
    groups = [own] + [_figures_under(p, skip) for p in parts[1:]]
    groups = [g or _one(p) for g, p in zip(groups, parts, strict=True)]  # "three women and a man" = 4
    if not all(groups):
        return _figures_under(root, skip)
    return [_added_up(groups)]


def _joined_by_and(roots: list[Token]) -> bool:
    """Victim phrases the parser hung side by side on one verb that the text joins with "and" ("Twelve IS
    militants and three YPG fighters were killed", read as two passive subjects): one list, not two reports."""
    ordered = sorted(roots, key=lambda r: r.i)
    for first, second in zip(ordered, ordered[1:], strict=False):
        # the parser may hang the "and" on the first phrase
        end = max(t.i for t in first.subtree if not (t.dep_ == "cc" and t.head.i == first.i))
        between = first.doc[end + 1 : second.left_edge.i]
        if [t.lower_ for t in between if not t.is_punct] != ["and"]:
            return False
    return True


def _added_up(groups: list[list[Figure]]) -> Figure:
    """The figure of a list of victim groups: each group's lowest and highest reading, added up (a group of
    "an unknown number" only where no group has a figure: "two soldiers and an unspecified number" is 2)."""
    known = [g for g in groups if not all(f.unknown for f in g)]
    groups = known or groups
    spans = [f.span for g in groups for f in g]
    return Figure(
        sum(min(f.low for f in g) for g in groups),
        sum(max(f.high for f in g) for g in groups),
        (min(s[0] for s in spans), max(s[1] for s in spans)),
    )


INJURY_NOUNS = frozenset({"injury", "injuries"})


def _kind(tok: Token) -> str | None:
    return "injury" if tok.lower_ in INJURY_NOUNS else casualty_kind(tok)


def _own_casualty(noun: Token, casualty: Token) -> bool:
    """A noun counted by a casualty word of its own of another kind than ``casualty`` ("killed ... and six
    others injured"); never the noun of ``casualty`` itself ("One dead and several injured")."""
    own = [c for c in noun.children if c.dep_ in ("acl", "amod") and casualty_kind(c)]
    if any(c.i == casualty.i for c in own):
        return False
    return any(casualty_kind(c) != casualty_kind(casualty) for c in own)


def _other_kind(root: Token) -> list[Token]:
    """Conjuncts of a casualty word that count other casualties: "one death and two injuries"."""
    kind = _kind(root)
    if kind is None:
        return []
    return [c for c in root.children if c.dep_ == "conj" and _kind(c) not in (None, kind)]


def _one(part: Token) -> list[Figure]:
    """One person named by a singular noun in a list of victims: "a man", "his son"; never a quantity ("an
    unknown number of assailants", read as a figure of its own)."""
    if part.tag_ == "NN" and part.lower_ not in QUANTITY_NOUNS and any(
            c.dep_ in ("det", "poss") for c in part.children):
        return [Figure(1, 1, (part.idx, part.idx + len(part.text)))]
    return []


def _figures_under(root: Token, skip: frozenset[int]) -> list[Figure]:
    figures = []
    for tok in root.subtree:
        if tok.idx in skip or not (tok.like_num or tok.lower_ in VAGUE or _unknown_number(tok)):
            continue
        if tok.dep_ not in (
            "nummod",
            "quantmod",
            "nsubjpass",
            "nsubj",
            "dobj",
            "pobj",
            "conj",
            "amod",
            "appos",
            "attr",
            "npadvmod",
            "compound",
            "meta",
            "ROOT",
        ):
            continue
        if _is_subset(tok, root) or _in_clause(tok, root) or _label_number(tok):
            continue
        fig = _figure(tok)
        if fig is not None:
            figures.append(fig)
    return figures


def to_death(tok: Token) -> Token | None:
    """The verb of "hacked to death", "beat two men to death" when ``tok`` is its "death"."""
    if tok.lower_ == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.dep_ == "prep":
        verb = tok.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


# How an attempt qualifies the act itself ("nearly killed", "attempted murder"); a clause beside it ("were
# killed as they tried to storm the post") is another act.
ATTEMPT_DEPS = frozenset({"advmod", "amod", "aux", "compound", "nsubj", "dobj", "npadvmod"})


def attempted(tok: Token) -> bool:
    """An act only tried or foiled: "nearly killed", "an attempted murder", "tried to kill" (the attempt word
    governs the act), not "two were killed as they tried to flee"."""
    if any(c.dep_ in ATTEMPT_DEPS and c.lower_ in ATTEMPT_WORDS for c in tok.children):
        return True
    return tok.head.lower_ in ATTEMPT_WORDS


SENTENCING_WORDS = frozenset({"sentenced", "sentence", "sentences", "sentencing", "condemned", "condemn", "condemns"})
# Words that charge someone with an act told after "of" or "for": the act is the charge, not this event.
CHARGED_WORDS = frozenset(
    {"accused", "accusing", "suspected", "convicted", "charged", "guilty", "jailed", "sentenced", "arrested",
     "detained", "wanted", "blamed", "responsible"}
)


def backstory(tok: Token) -> bool:
    """A killing told about one of the participants, before the event: "a man who had killed his
    father", "a man suspected to have murdered a child"; not a death reported that way: "three people were
    reported to have died", "two are feared to have been killed")."""
    charge = tok.head.head
    if tok.lower_ == "death" and tok.head.lower_ == "to" and charge.lower_ in SENTENCING_WORDS:
        return True  # "sentenced 75 people to death": a court's sentence, nobody killed here
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and charge.lower_ in CHARGED_WORDS:
        # "two fighters accused of killing five people", "a man jailed for murdering his wife"; not the report
        # itself ("Members of a gang are suspected of killing a trader")
        return charge.dep_ in ("acl", "relcl", "amod")
    node = tok
    for _ in range(6):
        aux = {c.lower_ for c in node.children if c.dep_ == "aux"}
        if "had" in aux:
            # the past of reported speech is no backstory: "the army said it had killed 20 militants" reports
            # the killing ("a man who had killed his father" describes a participant)
            return not reported_speech(node)
        if {"to", "have"} <= aux:  # "claimed to have killed two soldiers" is the claim of this event's toll
            return not (node.i == tok.i and (_suffered(tok) or node.head.lower_ in CLAIM_WORDS))
        if node.dep_ in ("relcl", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def reported_speech(clause: Token) -> bool:
    """``clause`` is what a speech verb reports: "said (that) it had killed", "told reporters gunmen had
    attacked" (the pluperfect there is the tense of reported speech, not an earlier time)."""
    return clause.dep_ == "ccomp" and clause.head.lower_ in SPEECH_VERBS


def _in_question(tok: Token) -> bool:
    """A casualty verb in a clause of "if" or "whether" ("it is not clear if the victim survived or died",
    "whether anyone was killed"): an open question, no toll."""
    node = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in node.children):
            return True
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _suffered(verb: Token) -> bool:
    """A death verb whose subject died: "died", "succumbed", a passive "been killed"."""
    if verb.lower_ in INTRANSITIVE:
        return True
    return any(c.dep_ == "auxpass" for c in verb.children) and "kill" in FORMS.get(verb.lower_, ())


def lethal(tok: Token) -> bool:
    """A violent act whose own words say its victims died: "lynched a thief", "beheaded a man", "the murder
    of two traders", "fatally shot", "beat him to death" (not "attempted murder")."""
    if attempted(tok):
        return False
    if (tok.dep_ == "pcomp" and tok.head.lower_ == "of") or backstory(tok):
        return False  # what someone is accused of: "three men suspected of murdering a chief"
    lemmas = FORMS.get(tok.lower_, ())
    if any(lemma in LETHAL_LEMMAS for lemma in lemmas):
        return True
    if any(lemma in LETHAL_FOR_PEOPLE for lemma in lemmas) and executed_people(tok):
        return True
    if gunned_down(tok):
        return True
    return any(
        (c.dep_ == "advmod" and c.lower_ in LETHAL_ADVERBS)
        or (c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
        for c in tok.children
    )


def executed_people(verb: Token) -> bool:
    """An execution of people ("executed 12 farmers", "a hostage was executed"), not of a plan or a search
    warrant; with no object told, of people ("the two men were executed")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    done_to = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "relcl"):
        done_to.append(verb.head)  # "the prisoners executed", "a clause to be executed"
    return not any(t.lower_ in EXECUTED_THINGS for t in done_to)


def gunned_down(verb: Token) -> bool:
    """ "gunned down", "gun down": shot dead."""
    return verb.lower_ in ("gun", "guns", "gunned", "gunning") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children
    )


def _patients(verb: Token) -> list[Token]:
    """Who a violent act was done to: its object or passive subject, or the noun it describes ("the man
    lynched by residents")."""
    deps = ("dobj", "nsubjpass", "nsubj") if elliptic_passive(verb) else ("dobj", "nsubjpass")
    # a headline's passive has its victims as subject: "One trader hacked to death in a village"
    roots = [c for c in verb.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")]
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod") and not roots:
        roots.append(verb.head)  # "the man lynched by residents" (not "a group stoned to death two thieves")
    if not roots:  # "lynched and burned three men": coordinated verbs share their object
        roots = [g for c in verb.children if c.dep_ == "conj" and c.tag_.startswith("VB") for g in c.children
                 if g.dep_ == "dobj" and g.pos_ in ("NOUN", "PROPN", "NUM", "PRON")]
    return roots


def complement_victims(verb: Token) -> list[Token]:
    """The counted victims of a killing that the parse made the subject of the verb's complement ("killing 11
    people sheltering there", read as "killing [people sheltering there]"): they are its object."""
    return [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ in ("VBG", "VBN")
            for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")
            and any(n.dep_ == "nummod" or n.like_num for n in g.children)]


def _victim_roots(casualty: Token) -> list[Token]:
    """Where the victims of a casualty word are: its object / passive subject / subject, or the noun it
    modifies ("39 dead", "the dead"), or the toll noun ("the death toll rose to 12"); for "to death", the
    victims of its verb ("hacked two men to death")."""
    verb = to_death(casualty)
    if verb is not None:
        return _patients(verb)
    if casualty.lower_ in BODY_NOUNS:  # "the bodies of two herders", "two bodies", "the body of a chief"
        of = [c for c in casualty.children if c.dep_ == "prep" and c.lower_ == "of"]
        return [g for c in of for g in c.children if g.dep_ == "pobj"] or [casualty]
    toll_word = any(lemma in CASUALTY_DEATH | CASUALTY_INJURY for lemma in FORMS.get(casualty.lower_, ()))
    if lethal(casualty) and not toll_word:
        if casualty.pos_ == "NOUN":  # "the murder of two traders"
            of = [c for c in casualty.children if c.dep_ == "prep" and c.lower_ == "of"]
            # a headline's verb read as a noun: "Police gun down 11 suspects", "Militia lynch 7 criminals"
            return [g for c in of for g in c.children if g.dep_ == "pobj"] or [
                c for c in casualty.children if c.dep_ in ("dobj", "appos")
            ]
        patients = _patients(casualty)  # "lynched two men", "a man was lynched", "fatally shot a trader"
        if not patients and casualty.dep_ == "conj" and casualty.head.tag_.startswith("VB"):
            # "a man was abducted and beheaded": the coordinated verbs share their passive subject or object
            patients = [c for c in casualty.head.children if c.dep_ in ("nsubjpass", "dobj")]
        return patients
    active = casualty.tag_.startswith("VB") and not elliptic_passive(casualty) and casualty.lower_ not in INTRANSITIVE
    deps = VICTIM_DEPS - {"nsubj"} if active else VICTIM_DEPS  # the subject of "killed" is the killer
    other = _other_kind(casualty)
    roots = [
        c
        for c in casualty.children
        if c.dep_ in deps
        and (c.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or c.like_num or _noun_read_as_adjective(c))
        and c not in other
        and not _when_word(c)
        and not (c.dep_ == "npadvmod" and c.pos_ == "PROPN")  # a name the parser hung there ("... leader Odinga")
    ]
    if not roots and active:
        roots = complement_victims(casualty)
    if not roots and casualty.tag_ == "VBN":
        # "4 people were last night killed", parsed with the subject on the passive auxiliary
        roots = [g for c in casualty.children if c.dep_ in ("auxpass", "aux") for g in c.children
                 if g.dep_ in ("nsubj", "nsubjpass")]
    if casualty.tag_ == "VBN" and casualty.dep_ in ("acl", "amod"):
        # "soldiers killed in the attack"; "four rangers and two poachers killed": the whole coordination
        roots.append(_whole_coordination(casualty.head, casualty))
    if not roots and casualty.tag_ == "VBN" and casualty.dep_ != "relcl":
        # "A farmer was on Friday killed", parsed with the participle hanging on "was": its subject
        roots = _copula_subjects(casualty)
    if not roots and casualty.dep_ in ("xcomp", "oprd") and casualty.head.tag_ == "VBN":
        # "four people were reported killed", "two herders are feared killed": the report's passive subject
        roots = [c for c in casualty.head.children if c.dep_ == "nsubjpass"]
        if not roots and casualty.head.dep_ not in ("relcl", "acl"):
            # "Four people were on Wednesday confirmed dead", parsed with the report hanging on "were"
            roots = _copula_subjects(casualty.head)
    if not roots and casualty.dep_ in ("xcomp", "oprd") and headline_passive(casualty.head):
        # a headline's "Two women found killed in a market": the counted subject of the finding
        roots = [c for c in casualty.head.children if c.dep_ == "nsubj"]
    if any(c.dep_ in ("meta", "nummod") and c.like_num for c in casualty.children):
        roots.append(casualty)  # a terse toll, "5 killed." / "3 dead.", or "kills 5" misparsed: the figure
        # hangs on the word
    if not roots and casualty.dep_ == "conj" and casualty.head.tag_.startswith("VB"):
        # "a farmer was shot and killed": the coordinated verbs share their passive subject or object
        roots = [c for c in casualty.head.children if c.dep_ in ("nsubjpass", "dobj")]
        if not roots and casualty.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in casualty.children):
            # a headline's "A priest dragged from his car and killed": the participle's subject died
            roots = [c for c in casualty.head.children if c.dep_ == "nsubj"]
    if casualty.pos_ == "ADJ" and casualty.dep_ in ("amod", "acomp", "oprd", "advcl", "xcomp", "ccomp", "advmod"):
        verb = casualty.head
        if not verb.tag_.startswith("VB") and verb.dep_ not in ("nsubj", "nsubjpass") and verb.head.lemma_ == "be":
            verb = verb.head  # "A trader was on Saturday shot dead", parsed with "shot" as a noun under "was"
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if casualty.dep_ == "oprd" and any(c.dep_ == "nummod" for c in casualty.children):
            roots.append(casualty)  # "left 9 dead": the figure hangs on the adjective
        if casualty.dep_ == "amod" and casualty.i > verb.i:
            # "leaving three soldiers and five militants dead", parsed with "dead" on the last conjunct: the
            # whole coordination died
            verb = _whole_coordination(verb, casualty)
        if casualty.dep_ == "amod" or not verb.tag_.startswith("VB"):
            roots.append(verb)  # "12 dead" (not a verb's whole phrase: "were confirmed dead after the clash
            # between two clans" counts the people, not the clans)
        # "shot dead a trader", "shot two men dead": the object; the subject only when there is none
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not objects and not subjects and verb.dep_ in ("advcl", "xcomp", "conj"):
            subjects = _copula_subjects(verb)  # "... were on Wednesday confirmed dead", the report on "were"
        own_figure = casualty.dep_ == "oprd" and any(c.dep_ == "nummod" for c in casualty.children)
        roots.extend(objects or ([] if own_figure else subjects))  # "... between two clans left six dead": 6
        if not objects and verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
            roots.append(verb.head)  # "nine cattle thieves shot dead by police"
        if not objects and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
            # "Two policemen deployed at the gate were shot dead", parsed with "shot" as a conjunct of
            # "deployed": the passive shares its subject
            roots.extend(c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    if casualty.pos_ == "ADJ" and casualty.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        roots.append(casualty)  # "left 12 dead": the adjective stands for the dead
    if casualty.pos_ == "NOUN":  # "deaths", "death toll"
        roots.append(casualty)
        if casualty.head.lower_ in TOLL_NOUNS or casualty.dep_ == "compound":
            toll = casualty.head
            roots.append(toll)
            roots.extend(c for c in toll.head.children if c.dep_ in ("prep", "attr", "dobj"))
    antecedent = casualty.head
    if (
        casualty.dep_ == "relcl"
        and antecedent.dep_ in ("dobj", "nsubjpass")
        and antecedent.head.lower_ not in SUBSET_WORDS
    ):  # "shot one gang member, who died later": the relative pronoun stands for the act's victim (not for
        # "the body of a man who was killed", nor a part of a toll: "the dead included four men who ...")
        roots = [antecedent if r.lower_ in RELATIVE_PRONOUNS else r for r in roots]
    return roots


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _whole_coordination(noun: Token, casualty: Token) -> Token:
    """The first conjunct of the coordination whose last noun a casualty word after it hangs on ("four rangers
    and two poachers killed"), not past a conjunct counted by a casualty word of its own ("nine officers
    injured and one officer killed")."""
    head = noun
    while (
        head.dep_ == "conj"
        and head.head.i != head.i
        and head.head.pos_ in ("NOUN", "PROPN")
        and not _own_casualty(head.head, casualty)
    ):
        head = head.head
    return head


def _copula_subjects(tok: Token) -> list[Token]:
    """The subjects of the "be" that ``tok`` hangs on (the parser's reading of "X was on Friday killed"), or
    none when its head is no form of "be"."""
    if tok.head.lemma_ != "be":
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def elliptic_passive(verb: Token) -> bool:
    """A casualty verb whose subject (if any) are its victims: a participle with no perfect auxiliary ("two
    people were killed", "Five killed") or a headline's past tense with a counted subject."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "having") for c in verb.children)
    return (verb.tag_ == "VBN" and not perfect) or headline_passive(verb)


def headline_passive(verb: Token) -> bool:
    """A past-tense casualty verb with a counted subject or an agent and no object, as headlines write a
    passive: "Seven soldiers and two police officers killed", "Policeman killed by rebels" (the subject are
    the victims)."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    # a bare singular noun is a headline's ("Police reservist killed when raiders attack"): prose gives it a
    # determiner ("a reservist"); "police" and other collectives act as well as suffer, and stay as they are
    bare = (subject.tag_ == "NN" and subject.lower_ not in COLLECTIVES and casualty_kind(verb) is not None
            and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children))
    return any(c.dep_ == "nummod" for c in subject.children) or subject.like_num or bare


# Singular nouns for a body of people, never a headline's victim on their own ("Police killed two")
COLLECTIVES = frozenset({"police", "military", "army", "security", "government", "mob", "crowd", "gang", "group",
                         "militia", "youth", "public", "community", "family", "staff", "personnel", "team"})


SINGLE_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _single(root: Token, subject_died: bool = False) -> bool:
    """A victim phrase that denotes one person: a singular noun or a person's name, not a group (the
    subject of "died" is its victim: "the man later died"; ``subject_died``: so is that of a headline's
    participle, "A priest dragged from his car and killed")."""
    if root.lower_ in SINGLE_PRONOUNS:
        return True
    victim_deps: tuple[str, ...] = ("dobj", "nsubjpass")
    if root.head.lower_ in INTRANSITIVE or subject_died:
        victim_deps = ("dobj", "nsubjpass", "nsubj")
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in BODY_NOUNS:
        victim_deps = ("pobj",)  # "the body of a chief"
    if root.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in root.children):
        victim_deps = ("ROOT",)  # a headline: "Village chief killed by gunmen"
    one = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
    # a headline's capitalised first word is a common noun when no name is recognised: "Policeman killed"
    headline_noun = root.tag_ == "NNP" and root.i == root.sent.start and not root.ent_type_
    # a title with "the": "killed the Chief of the Gonja", "the Senior Pastor of ..." (not "the Taliban")
    title = root.tag_ == "NNP" and root.ent_type_ in ("", "PERSON") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in root.children
    )
    if (  # "a farmer", "a Briton", "Policeman killed", "kills civilian"
        (root.tag_ == "NN" or (root.tag_ == "NNP" and (one or headline_noun or title))
         or _noun_read_as_adjective(root))
        and root.dep_ in victim_deps
        and not any(c.dep_ == "conj" for c in root.children)
    ):
        return root.lower_ not in QUANTITY_NOUNS and root.lower_ not in (
            "one",
            "no",
            "death",
            "nobody",
            "none",
            "police",
            "army",
            "military",
        )
    return root.ent_type_ == "PERSON" and root.dep_ in victim_deps


def _noun_read_as_adjective(tok: Token) -> bool:
    """A singular object the tagger read as an adjective: a headline's "kills civilian" (no article)."""
    return tok.tag_ == "JJ" and tok.dep_ in ("dobj", "nsubjpass") and tok.n_lefts + tok.n_rights == 0


PARTS_OF_DAY = frozenset({"night", "morning", "evening", "afternoon", "dawn", "overnight", "weekend"})
WHEN_WORDS = PARTS_OF_DAY | TIME_UNITS


def _when_word(tok: Token) -> bool:
    """A noun that says when ("were last night killed"), not who."""
    return tok.dep_ == "npadvmod" and (tok.lower_ in WHEN_WORDS or tok.ent_type_ in ("DATE", "TIME"))


def _adjacent_figure(casualty: Token) -> list[Figure]:
    """The number right before a participle or "dead" in a terse toll ("6 killed", "two dead"), when the
    parse gives the casualty word no victims of its own."""
    if casualty.i == casualty.sent.start or not (casualty.tag_ in ("VBN", "VBD") or casualty.lower_ == "dead"):
        return []
    before = casualty.doc[casualty.i - 1]
    if not before.like_num or before.ent_type_ in NON_COUNT_ENTS or _in_date(before):
        return []
    fig = _figure(before)
    return [fig] if fig is not None else []


def _is_dead(root: Token, casualty: Token) -> bool:
    """ "X was ... dead": the subject of the copula that "dead" is told of died."""
    return casualty.pos_ == "ADJ" and root.dep_ == "nsubj" and root.head.lemma_ == "be"


def casualty_kind(tok: Token) -> str | None:
    """'death' | 'injury' | None for a token that reports casualties."""
    if tok.lower_ in TOLL_NOUNS or tok.lower_ in BODY_NOUNS or lethal(tok):
        return "death"
    lemmas = FORMS.get(tok.lower_, ())
    if any(lemma in CASUALTY_DEATH for lemma in lemmas):
        return "death"
    if any(lemma in CASUALTY_INJURY for lemma in lemmas):
        return "injury"
    return None


def _own_clause(casualty: Token, root: Token) -> set[int]:
    """Where a victim phrase holds the casualty word's own clause ("Three killed in clashes between two
    clans", parsed with "killed" under "Three"), the figures of that clause count other things."""
    if root.i == casualty.i or root not in casualty.ancestors:
        return set()
    return {t.idx for c in casualty.children if c.dep_ in ("prep", "advcl", "agent") for t in c.subtree}


def _no_one(roots: list[Token]) -> bool:
    for root in roots:
        if root.lower_ in ("nobody", "none") or (
            root.lower_ == "one" and any(c.lower_ == "no" for c in root.children)
        ):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
            return True
    return False


# Victim nouns that name no group of their own: a figure of them may be the whole toll or any part of it.
UNSPECIFIC_VICTIMS = frozenset(
    {"people", "person", "persons", "others", "other", "victims", "victim", "dead", "lives", "bodies", "body",
     "individuals", "individual", "casualties", "casualty", "fatalities", "fatality", "deaths", "death", "toll",
     "total", "who", "those", "them", "they", "he", "she", "one", "ones", "some", "many", "all"}
)


# Words above a killing that make it a charge, a belief or a claim about someone, or what the event followed,
# not a toll of the event told as fact: "lynched a man accused of killing his brother", "burnt to death for
# killing", "Al Shabaab claims it killed 25", "This followed the herder killing a member of the family".
ALLEGING = frozenset(
    {"accused", "accusing", "accusation", "suspected", "suspicion", "alleged", "allegedly", "believed", "believe",
     "believing", "thought", "for", "over", "claims", "claimed", "claim", "claiming", "followed", "follows",
     # another report of the same toll: "conflicting reports suggest that three policemen were killed"
     "suggest", "suggests", "suggested", "indicate", "indicates", "indicated"}
)


def governed_by(tok: Token, words: frozenset[str], levels: int) -> bool:
    """Whether one of the ``levels`` heads above ``tok`` is one of ``words`` (lower-cased)."""
    node = tok
    for _ in range(levels):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in words:
            return True
    return False


def singular(tok: Token) -> str:
    """A noun's singular by its last "s" (the pipeline has no lemmatizer: "raiders" ... "the raider")."""
    word = tok.lower_
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _alleged(tok: Token) -> bool:
    """A casualty word under a charge, a belief or a claim within four heads ("accused of hacking his uncle to
    death")."""
    return governed_by(tok, ALLEGING, 4)


def _victim_group(roots: list[Token]) -> str | None:
    """The group a figure's victims are named as ("herders", "bandit": "two of the bandits"), None when the
    victims are named as no group of their own ("people", "others") or several ways."""
    names = set()
    for root in roots:
        head = root
        if head.pos_ == "NUM" or number_value(head) is not None:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if obj is None:
                return None
            head = obj
        word = singular(head)
        if head.lower_ in UNSPECIFIC_VICTIMS or word in UNSPECIFIC_VICTIMS or head.pos_ != "NOUN":
            return None  # a named victim may be one a noun named before ("a businessman ... Robert Barasa")
        names.add(word)
    return names.pop() if len(names) == 1 else None


def count(casualties: list[Token], text: str) -> tuple[Fatalities, int | None]:
    """Fatalities and injuries (None when no injury figure) reported by the casualty words of a mention."""
    deaths: list[Figure] = []
    injuries: list[Figure] = []
    seen: set[int] = set()
    victim_groups: dict[tuple[int, int], str | None] = {}
    for tok in casualties:
        # "shot dead 30 goats"; property is never a victim ("7 killed/ 400 houses set alight", misparsed)
        roots = [r for r in _victim_roots(tok) if not _animals(r) and r.lower_ not in PROPERTY_NOUNS]
        # a victim phrase with a casualty word of its own is that word's count ("and six others injured")
        roots = [r for r in roots if not _own_casualty(r, tok)]
        if _no_one(roots) or any(c.dep_ == "neg" for c in tok.children) or attempted(tok) or _in_question(tok):
            continue  # "no one was killed", "nearly killed a man", "unclear whether he survived or died"
        target = deaths if casualty_kind(tok) == "death" else injuries
        found = [
            fig for root in roots for fig in _group_figures(root, frozenset(seen | _own_clause(tok, root)), tok)
        ]
        listed = list({r.i: r for r in roots}.values())  # a root can be reached twice ("shot dead")
        if (
            len(listed) > 1
            and len({(r.dep_, r.head.i) for r in listed}) == 1
            and listed[0].dep_ == "nsubjpass"
            # single people ("a boy", "his son"), not "Riots ... 5 people"; or groups joined by "and"
            and (all(_one(r) for r in listed) or _joined_by_and(listed))
        ):
            # "A boy, a woman and a teacher were killed", parsed as two passive subjects: one list, added up
            groups = [_group_figures(r, frozenset(seen), tok) or _one(r) for r in listed]
            if all(groups):
                found = [_added_up(groups)]
        if not found and not roots:
            found = _adjacent_figure(tok)  # a terse list the parser could not read: "6 killed/ 70 houses razed"
        if not found:  # one named or singular victim: "killed a farmer", "he was shot dead"
            bare = (
                tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            ) or headline_passive(tok)
            found = [
                Figure(1, 1, (r.idx, r.idx + len(r.text))) for r in roots if _single(r, bare or _is_dead(r, tok))
            ][:1]
        for fig in found:
            if fig.span[0] not in seen:
                seen.add(fig.span[0])
                target.append(fig)
                if target is deaths:
                    victim_groups[fig.span] = None if _alleged(tok) else _victim_group(roots)
    fatalities = Fatalities()
    deaths = [f for f in deaths if not f.unknown] or deaths
    if deaths:
        low = min(f.low for f in deaths)
        high = max(f.high for f in deaths)
        named = [victim_groups.get(f.span) for f in deaths]
        if len(deaths) > 1 and all(named) and len(set(named)) == len(named):
            # figures of different victims ("killing three herders ... shot dead two of the bandits") add up;
            # figures of the same victims are reports of one toll, and ACLED takes the lowest
            low, high = sum(f.low for f in deaths), sum(f.high for f in deaths)
        fatalities = Fatalities(
            low=low,
            best=low,
            high=high,
            spans=tuple(Span.of(text, *f.span) for f in sorted(deaths, key=lambda f: f.span)),
        )
    hurt = min(f.low for f in injuries) if injuries else None
    return fatalities, hurt
