"""Speakers without a coreference model: people named in the text, their roles, gender and country.

``PersonTable.build(doc)`` collects the PERSON entities into people (``Parly`` and ``Florence Parly``
are one person: same surname), each with

- a gender from an honorific (Mr, Mrs, Ms), a gendered role noun (spokeswoman), or the first name in
  the gender-guesser name dictionary (only its firm ``male``/``female`` answers are used);
- roles and a country from the words around the name: the noun phrase before it ("French Minister of
  the Armed Forces Florence Parly": role minister, country FR) and an apposition after it
  ("Florence Parly, the French defence minister,").

``PersonTable.resolve(head, at)`` maps a speaker's head token to a person or a name:

- a name: the person with that surname (or that first name, when only one person has it);
- ``he``/``she``: the nearest earlier person of compatible gender, searching back sentence by
  sentence; within a sentence the grammatical subject first, then left to right (Hobbs-like);
  names inside quotation marks are never candidates;
- ``the minister``, ``the French minister``, ``the spokesman``: the nearest earlier person whose
  roles include that role (and whose country, when both are known, agrees);
- ``they``, ``the group``: the nearest earlier organisation (ORG/NORP entity or actor mention).
Resolved mentions become mentions of the person, so chains of pronouns follow the speaker, and a
person of unknown gender takes the gender of the first he/she resolved to them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.annotate import doc_ents
from eventwire.quotes import lexicon as lx
from eventwire.quotes.index import sentence
from eventwire.records import Actor

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
TRAILING = frozenset({"'s", "’s", "'", "’"})


@lru_cache(maxsize=1)
def _gender_detector():  # type: ignore[no-untyped-def]
    """gender-guesser's detector; kept in the disk cache (parsing its name list takes half a second)."""
    from importlib.metadata import version
    from pathlib import Path

    import gender_guesser.detector as gd

    from eventwire.diskcache import file_key, load_or_build

    source = Path(gd.__file__).with_name("data") / "nam_dict.txt"
    return load_or_build(
        "gender-guesser", file_key(version("gender-guesser"), source), lambda: gd.Detector(case_sensitive=False)
    )


def first_name_gender(name: str) -> str | None:
    """``male``/``female`` from the gender-guesser dictionary; None when unknown or only 'mostly'."""
    answer = _gender_detector().get_gender(name)
    return answer if answer in ("male", "female") else None


@lru_cache(maxsize=4096)
def country_code(words: str) -> str | None:
    """ISO alpha-2 code for a country name or nationality adjective ("French", "Iraq"), else None."""
    key = words.lower().strip()
    if key in lx.DEMONYMS:
        return lx.DEMONYMS[key]
    if len(key) < 4 or not words[:1].isupper():
        return None
    import pycountry

    try:
        return pycountry.countries.lookup(words).alpha_2  # type: ignore[no-any-return]
    except LookupError:
        return None


def country_name(code: str) -> str:
    import pycountry

    if code in lx.COUNTRY_NAMES:
        return lx.COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@dataclass
class Person:
    name: str
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    country: str | None = None
    military: bool = False
    police: bool = False
    actor: str | None = None

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()

    @property
    def first(self) -> str:
        return self.name.split()[0].lower()


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # token index
    person: Person
    subject: bool


@dataclass(frozen=True, slots=True)
class Resolution:
    """What a speaker expression refers to: a person, or just a name (organisations, sources)."""

    name: str | None
    person: Person | None = None


def name_tokens(ent: Span) -> list[Token]:
    tokens = [t for t in ent if t.text not in TRAILING and t.text.lower() not in lx.HONORIFIC_GENDER]
    return [
        t
        for t in tokens
        if t.text.lower() not in lx.ROLE_ABBREVIATIONS and t.text.lower() not in lx.ROLE_NOUNS
    ]


def role_of(token: Token) -> tuple[str, str | None] | None:
    word = token.text.lower()
    if word in lx.ROLE_ABBREVIATIONS:
        return lx.ROLE_ABBREVIATIONS[word], None
    return lx.ROLE_NOUNS.get(word)


def describe(person: Person, tokens: list[Token]) -> Person:
    """Add the roles, gender and country that ``tokens`` (a role phrase) give to ``person``."""
    words = [t.text.lower() for t in tokens]
    for token in tokens:
        role = role_of(token)
        if role:
            person.roles.add(role[0])
            person.gender = person.gender or role[1]
        code = country_code(token.text) if token.pos_ in ("ADJ", "PROPN") else None
        person.country = person.country or code
    person.military = person.military or any(w in lx.MILITARY_WORDS for w in words)
    person.police = person.police or any(w in lx.POLICE_WORDS for w in words)
    return person


def left_phrase(doc: Doc, ent: Span) -> list[Token]:
    """The role words before a name: "the French Minister of the Armed Forces [Florence Parly]",
    or a role the name is in apposition to: "The President of Kenya, [William Otieno],"."""
    root = ent.root
    if root.dep_ == "appos" and root.head.i < ent.start and role_of(root.head):
        return [t for t in root.head.subtree if t.i < ent.start and not t.is_punct]
    out: list[Token] = []
    i = ent.start - 1
    while i >= 0 and len(out) < 10:
        tok = doc[i]
        if tok.ent_type_ == "PERSON" or tok.pos_ in ("VERB", "AUX", "PRON") or tok.text in ',;:()"“”':
            break
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "ADP", "PART", "PUNCT", "CCONJ"):
            break
        out.insert(0, tok)
        i -= 1
    return out


def apposition(doc: Doc, ent: Span) -> list[Token]:
    """ ", the French defence minister," after a name (no verb, at most 12 tokens)."""
    i = ent.end
    if i >= len(doc) or doc[i].text != ",":
        return []
    out: list[Token] = []
    for tok in doc[i + 1 : i + 13]:
        if tok.text in ",;:.)" or tok.is_sent_start:
            break
        if tok.pos_ in ("VERB", "AUX") or tok.ent_type_ == "PERSON" or tok.lower_ in ("who", "which", "that"):
            return []
        out.append(tok)
    return out if any(role_of(t) for t in out) else []


def _name_at_end(ent: Span) -> Span | None:
    """ "the Armed Forces Florence Parly" (tagged ORG): a first name + surname closing a longer name."""
    if ent.label_ not in ("ORG", "FAC", "WORK_OF_ART") or len(ent) < 3:
        return None
    first, last = ent[-2], ent[-1]
    if not (first.pos_ == "PROPN" and last.pos_ == "PROPN" and first.is_title and last.is_title):
        return None
    return ent[-2:] if first_name_gender(first.text) else None


def _has_person(ent: Span) -> bool:
    return _name_at_end(ent) is not None


def person_spans(doc: Doc) -> list[Span]:
    """PERSON entities, plus names the model folded into a longer ORG entity with their title."""
    out = []
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON":
            out.append(ent)
        elif (name := _name_at_end(ent)) is not None:
            out.append(name)
    return out


def is_subject(span: Span) -> bool:
    root = span.root
    while root.dep_ in ("compound", "appos", "poss") and root.head is not root:
        root = root.head
    return root.dep_ in SUBJECT_DEPS


class PersonTable:
    """The people of one document and their mentions (token positions), in text order."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]], actors: list[Actor]) -> None:
        self.doc = doc
        self.quoted = quoted
        self.people: list[Person] = []
        self.names: list[Span] = []
        self.mentions: list[Mention] = []
        self.orgs: list[tuple[int, str]] = []
        self._actor_spans = sorted((m.start, m.end, a.name) for a in actors for m in a.mentions)

    @classmethod
    def build(cls, doc: Doc, quoted: list[tuple[int, int]], actors: list[Actor]) -> PersonTable:
        table = cls(doc, quoted, actors)
        table.names = person_spans(doc)
        for ent in table.names:
            table._add_person(ent)
        for ent in doc_ents(doc):
            if ent.label_ in ("ORG", "NORP") and not table.in_quote(ent.start_char) and not _has_person(ent):
                table.orgs.append((ent.start, ent.text))
        for start, _end, name in table._actor_spans:
            tok = doc.char_span(start, start + 1, alignment_mode="expand")
            if tok is not None and not table.in_quote(start):
                table.orgs.append((tok.start, name))
        table.orgs.sort()
        return table

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self.quoted, (char, 1 << 62)) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def actor_at(self, start: int, end: int) -> str | None:
        for a_start, a_end, name in self._actor_spans:
            if a_start < end and start < a_end:
                return name
        return None

    def find(self, name: str) -> Person | None:
        words = name.split()
        if not words:
            return None
        surname = words[-1].lower()
        for person in reversed(self.people):
            if person.surname == surname:
                return person
        if len(words) == 1:
            firsts = [p for p in self.people if p.first == surname and len(p.name.split()) > 1]
            if len(firsts) == 1:
                return firsts[0]
        return None

    def _add_person(self, ent: Span) -> None:
        tokens = name_tokens(ent)
        if not tokens:
            return
        name = " ".join(t.text for t in tokens)
        person = self.find(name)
        if person is None:
            person = Person(name)
            self.people.append(person)
        elif len(name) > len(person.name) and name.split()[-1].lower() == person.surname:
            person.name = name
        if len(tokens) > 1 and person.gender is None:
            person.gender = first_name_gender(tokens[0].text)
        before = ent.start - 1
        if before >= 0 and self.doc[before].lower_ in lx.HONORIFIC_GENDER:
            person.gender = lx.HONORIFIC_GENDER[self.doc[before].lower_]
        describe(person, left_phrase(self.doc, ent) + apposition(self.doc, ent))
        person.actor = person.actor or self.actor_at(ent.start_char, ent.end_char)
        if not self.in_quote(ent.start_char):
            self.mentions.append(Mention(ent.start, person, is_subject(ent)))

    def note(self, token: Token, person: Person) -> None:
        """Record that ``token`` (a pronoun or description) refers to ``person``."""
        mention = Mention(token.i, person, token.dep_ in SUBJECT_DEPS)
        bisect.insort(self.mentions, mention, key=lambda m: m.start)

    # -- resolution -------------------------------------------------------------------------------

    def resolve(self, head: Token) -> Resolution:
        """What the speaker expression headed by ``head`` refers to."""
        if (
            head.lower_ in ("who", "that", "which")
            and head.head.dep_ == "relcl"
            and head.head.head.pos_ in ("PROPN", "NOUN")
        ):
            return self.resolve(head.head.head)  # "X, who said …": the relative clause's antecedent
        word = head.lower_
        ent = next((e for e in self.names if e.start <= head.i < e.end), None)
        if ent is not None:
            person = self.find(" ".join(t.text for t in name_tokens(ent)))
            return Resolution(person.name, person) if person else Resolution(head.text)
        capitalised = head.is_alpha and (head.is_title or head.is_upper) and word not in lx.PRONOUN_GENDER
        if capitalised and (
            self.find(head.text) or (head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON"))
        ):
            return self._named(head)  # a name the model did not tag as a person here
        if word in ("he", "she"):
            person = self.antecedent(head, lambda p: p.gender in (None, lx.PRONOUN_GENDER[word]))
            return self._resolved(head, person)
        if word in ("they", "we"):
            return Resolution(self.organisation(head.i))
        if word == "i":
            return Resolution(None)
        if role_of(head) and not self._indefinite(head):
            return self._resolved(head, self.by_role(head))
        if word in lx.GROUP_NOUNS and not self._indefinite(head):
            return Resolution(self.organisation(head.i) or self.phrase(head).text)
        return Resolution(self.phrase(head).text)

    def _named(self, head: Token) -> Resolution:
        """A speaker named by a proper noun: a known person, or a new one the quote introduces."""
        person = self.find(head.text)
        if person is None:
            words = [t.text for t in self.phrase(head) if t.pos_ == "PROPN" and not role_of(t)]
            person = Person(" ".join(words) or head.text)
            self.people.append(person)
        self.note(head, person)
        return Resolution(person.name, person)

    def _resolved(self, head: Token, person: Person | None) -> Resolution:
        if person is None:
            return Resolution(None)
        person.gender = person.gender or lx.PRONOUN_GENDER.get(head.lower_)  # "she" tells later pronouns
        self.note(head, person)
        return Resolution(person.name, person)

    @staticmethod
    def _indefinite(head: Token) -> bool:
        return any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one", "some") for c in head.children
        )

    def phrase(self, head: Token) -> Span:
        """The speaker's noun phrase: from its left edge to its head (relative clauses dropped)."""
        start = head.left_edge.i
        for tok in self.doc[start : head.i]:
            if tok.is_space or tok.is_sent_end:
                start = tok.i + 1  # never across a paragraph or sentence
        while start < head.i and (self.doc[start].is_punct or self.doc[start].text in '"“”'):
            start += 1
        end = head.i + 1
        while (
            end < len(self.doc) and self.doc[end].dep_ in ("compound", "flat") and self.doc[end].head is head
        ):
            end += 1
        return self.doc[start:end]

    def antecedent(self, head: Token, fits) -> Person | None:  # type: ignore[no-untyped-def]
        """Nearest earlier person that ``fits``: sentence by sentence back, subject first."""
        sent = sentence(head)
        for _ in range(6):
            found = [
                m for m in self.mentions if sent.start <= m.start < min(sent.end, head.i) and fits(m.person)
            ]
            if found:
                subjects = [m for m in found if m.subject]
                return (subjects or found)[0].person
            if sent.start == 0:
                return None
            sent = sentence(self.doc[sent.start - 1])
        return None

    def by_role(self, head: Token) -> Person | None:
        role = role_of(head)
        assert role is not None
        words = [t for t in head.subtree if t.i != head.i]
        wanted = next((c for t in words if (c := country_code(t.text)) and t.pos_ in ("ADJ", "PROPN")), None)
        candidates = [
            m.person
            for m in self.mentions
            if m.start < head.i
            and role[0] in m.person.roles
            and (wanted is None or m.person.country in (None, wanted))
        ]
        person = candidates[-1] if candidates else None
        if person is not None and wanted and person.country is None:
            person.country = wanted
        return person

    def organisation(self, before: int) -> str | None:
        orgs = [name for start, name in self.orgs if start < before]
        return orgs[-1] if orgs else None

    def actor_of_description(self, phrase: Span) -> str | None:
        """The actor an unnamed speaker speaks for: "a Syrian military source", "a French diplomat"."""
        if not any(role_of(t) or t.lower_ in lx.MILITARY_WORDS | lx.POLICE_WORDS for t in phrase):
            return None
        return self.actor_for(describe(Person(phrase.text), list(phrase)))

    def actor_for(self, person: Person) -> str | None:
        """The canonical actor a person speaks for, when the text supports one."""
        if person.actor:
            return person.actor
        if person.country is None:
            return None
        country = country_name(person.country)
        if person.roles & lx.GOVERNMENT_ROLES:
            return f"Government of {country}"
        if person.police:
            return f"Police Forces of {country}"
        if person.military or person.roles & lx.MILITARY_ROLES:
            return f"Military Forces of {country}"
        if person.roles & lx.OFFICIAL_ROLES:
            return f"Government of {country}"
        return None
