"""Actors stage: canonical actors (ACLED names and inter codes) from the actor table in ``data/``.

Interface:
    ActorTable.load(extra: str | None = None) -> ActorTable
    find_actors(doc: Doc, table: ActorTable, places: list[Place]) -> list[Actor]
    ActorTable.match(text: str, country: str | None = None) -> Actor | None
    inter_for(actor: Actor, event_country: str | None) -> int | None

The table has three sources, merged in this order (later rows add aliases to, or replace, earlier ones):

1. state actors generated for every ISO 3166 country from ``pycountry``, with ACLED naming:
   ``Military Forces of <Country>``, ``Police Forces of <Country>``, ``Government of <Country>`` (inter 1);
2. ``data/actors.csv`` (versioned, curated): non-state groups with aliases in several languages and
   transliterations (Islamic State = IS = ISIS = ISIL = Daesh = EI = Etat islamique ...), and extra aliases
   of state actors ("regime forces" = Military Forces of Syria);
3. a user CSV with the same columns (``extra``).

Generic mentions become ACLED's generic actors, with the country of the document (from the places
stage, or from demonyms and country names in the text): "gunmen" -> ``Unidentified Armed Group
(Kenya)`` (inter 3), "protesters" -> ``Protesters (Kenya)`` (6), "rioters" -> ``Rioters (Kenya)`` (5),
"villagers" -> ``Civilians (Kenya)`` (7), "Pokot raiders" -> ``Pokot Ethnic Militia (Kenya)`` (4),
"soldiers" -> ``Military Forces of Kenya`` (1). A demonym right before the noun wins over the document's
country ("Malian soldiers"). "The jihadist group", "the organization", "the militants" refer to the named
armed group when exactly one is in the document.

CSV columns: ``id,name,inter,country,kind,aliases`` (aliases separated by ``|``; lines starting with ``#``
are comments). Aliases of up to five capital letters (IS, EI, KDF) match only when written in capitals.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from anyascii import anyascii
from spacy.tokens import Doc

from eventwire.annotate import doc_text
from eventwire.errors import InputError
from eventwire.records import Actor, Place, Span

__all__ = ["ActorTable", "TableRow", "country_name", "ethnic_group", "ethnic_group_aliases", "find_actors", "inter_for"]

# ACLED spells some countries differently from ISO 3166 / pycountry.
_ACLED_COUNTRY_NAMES = {
    "BN": "Brunei",
    "BO": "Bolivia",
    "BQ": "Caribbean Netherlands",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "MK": "North Macedonia",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VN": "Vietnam",
    "VG": "British Virgin Islands",
    "VI": "Virgin Islands, U.S.",
    "FK": "Falkland Islands",
    "SH": "Saint Helena",
    "GM": "Gambia",
    "BS": "Bahamas",
}
# "Military Forces of the United States", "... of the Democratic Republic of Congo".
_WITH_THE = {"US", "GB", "CD", "CF", "NL", "PH", "AE", "CG", "DO", "CZ", "BS", "SB", "MH", "KM", "MV"}
_EXTRA_COUNTRY_NAMES = {
    "US": ["USA", "U.S.", "United States of America", "America"],
    "GB": ["UK", "Britain", "Great Britain"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "SY": ["Syria"],
    "RU": ["Russia"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "PS": ["Gaza", "West Bank"],
}

_KIND_BY_INTER = {
    1: "state",
    2: "rebel",
    3: "militia",
    4: "militia",
    5: "rioters",
    6: "protesters",
    7: "civilians",
    8: "external",
}


@dataclass(frozen=True, slots=True)
class TableRow:
    """One actor of the table: canonical name, inter code, country (ISO 3166 alpha-2), kind, aliases."""

    id: str
    name: str
    inter: int | None
    country: str | None
    kind: str | None
    aliases: tuple[str, ...]

    def actor(self, mentions: tuple[Span, ...] = ()) -> Actor:
        return Actor(self.id, self.name, self.inter, self.country, self.kind, mentions)


# --- text normalisation shared by aliases and documents -----------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*\.?", re.UNICODE)


@lru_cache(maxsize=1 << 16)
@lru_cache(maxsize=1 << 16)
def _norm(token: str) -> str:
    """A token's lookup form (ASCII, lower case, no apostrophes or dots); memoised: the stage asks for the
    same words many times per document."""
    return anyascii(token).lower().replace("'", "").replace("’", "").replace(".", "")


@lru_cache(maxsize=256)
def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens as (start, end, text); hyphens, quotes and other punctuation separate words. Memoised
    (a document's text is scanned twice, for its actors' home countries and for its actors): callers must
    not change the list."""
    return [
        (m.start(), m.end() - (1 if m.group().endswith(".") else 0), m.group().rstrip("."))
        for m in _TOKEN.finditer(text)
    ]


def _key(text: str) -> str:
    return " ".join(_norm(t) for _, _, t in _tokens(text))


def _case_sensitive(alias: str) -> bool:
    letters = alias.replace("-", "").replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


# --- generated state actors ---------------------------------------------------------------------------


def country_name(iso2: str) -> str:
    """The ACLED spelling of a country's name ("Syria", "Democratic Republic of Congo")."""
    if iso2 in _ACLED_COUNTRY_NAMES:
        return _ACLED_COUNTRY_NAMES[iso2]
    import pycountry

    country = pycountry.countries.get(alpha_2=iso2)
    if country is None:
        return iso2
    return getattr(country, "common_name", None) or country.name


def _of(iso2: str) -> str:
    return ("the " if iso2 in _WITH_THE else "") + country_name(iso2)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, tuple[str, ...]]:
    rows = _read_rows(
        resources.files("eventwire").joinpath("data/demonyms.csv").read_text(encoding="utf-8"), ""
    )
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row["iso2"], []).extend(f for f in row["forms"].split("|") if f)
    return {k: tuple(v) for k, v in out.items()}


def _state_rows() -> Iterator[TableRow]:
    import pycountry

    demonyms = _demonyms()
    for country in pycountry.countries:
        iso2 = country.alpha_2
        names = {
            country_name(iso2),
            country.name,
            getattr(country, "common_name", country.name),
            *_EXTRA_COUNTRY_NAMES.get(iso2, []),
        }
        adjectives = [d for d in demonyms.get(iso2, ()) if not d.endswith("s") or d in {"Lebanese"}] or []
        of = _of(iso2)
        slug = iso2.lower()
        military = [
            f"Military Forces of {of}",
            *(f"{n} army" for n in names),
            *(f"{n} military" for n in names),
            *(
                f"{a} {w}"
                for a in adjectives
                for w in (
                    "army",
                    "military",
                    "troops",
                    "soldiers",
                    "armed forces",
                    "forces",
                    "air force",
                    "navy",
                )
            ),
        ]
        police = [
            f"Police Forces of {of}",
            *(f"{n} police" for n in names),
            *(
                f"{a} {w}"
                for a in adjectives
                for w in ("police", "policemen", "police officers", "gendarmes", "gendarmerie")
            ),
        ]
        government = [
            f"Government of {of}",
            *(f"{n} government" for n in names),
            *(
                f"{a} {w}"
                for a in adjectives
                for w in (
                    "government",
                    "authorities",
                    "administration",
                    "minister",
                    "ministry",
                    "president",
                    "officials",
                )
            ),
        ]
        yield TableRow(
            f"military-forces-{slug}", f"Military Forces of {of}", 1, iso2, "state", tuple(military)
        )
        yield TableRow(f"police-forces-{slug}", f"Police Forces of {of}", 1, iso2, "state", tuple(police))
        yield TableRow(f"government-{slug}", f"Government of {of}", 1, iso2, "government", tuple(government))


# --- CSV ------------------------------------------------------------------------------------------------


def _read_rows(text: str, origin: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines)]


def _parse_rows(text: str, origin: str) -> Iterator[TableRow]:
    for number, row in enumerate(_read_rows(text, origin), start=1):
        if not row.get("name"):
            raise InputError("actor row without a name", origin=origin, line=number)
        try:
            inter = int(row["inter"]) if row.get("inter") else None
        except ValueError as exc:
            raise InputError(
                f"inter must be a number 1..8, not {row['inter']!r}", origin=origin, line=number
            ) from exc
        if inter is not None and not 1 <= inter <= 8:
            raise InputError(f"inter must be 1..8, not {inter}", origin=origin, line=number)
        aliases = tuple(a.strip() for a in row.get("aliases", "").split("|") if a.strip())
        yield TableRow(
            id=row.get("id") or _slug(row["name"]),
            name=row["name"],
            inter=inter,
            country=(row.get("country") or "").upper() or None,
            kind=row.get("kind") or _KIND_BY_INTER.get(inter or 0),
            aliases=aliases,
        )


def _slug(name: str) -> str:
    return "-".join(_norm(t) for _, _, t in _tokens(name))


# --- the table ------------------------------------------------------------------------------------------

_MAX_ALIAS_TOKENS = 8


# Kinds of actor that act at home: their country is evidence for where the places a text names lie.
HOME_KINDS = frozenset({"party", "militia", "rebel"})


class ActorTable:
    """Canonical actors and an alias index (normalised token sequences -> actor ids)."""

    def __init__(self, rows: Iterable[TableRow]) -> None:
        self.rows: dict[str, TableRow] = {}
        for row in rows:
            self._add(row)
        self._index: dict[str, list[tuple[str, str | None]]] = {}
        self._by_name: dict[str, str] = {}
        self._first_words: set[str] = set()
        for row in self.rows.values():
            self._by_name[row.name.lower()] = row.id
            for alias in (row.name, *row.aliases):
                key = _key(alias)
                if key:
                    self._first_words.add(key.split(" ")[0])
                    exact = alias.replace(".", "") if _case_sensitive(alias) else None
                    entries = self._index.setdefault(key, [])
                    if (row.id, exact) not in entries:
                        entries.append((row.id, exact))

    def _add(self, row: TableRow) -> None:
        old = self.rows.get(row.id)
        if old is None:
            self.rows[row.id] = row
        else:  # a later row with the same id replaces the fields it gives and adds its aliases
            self.rows[row.id] = TableRow(
                row.id,
                row.name or old.name,
                row.inter if row.inter is not None else old.inter,
                row.country or old.country,
                row.kind or old.kind,
                tuple(dict.fromkeys(old.aliases + row.aliases)),
            )

    @classmethod
    def load(cls, extra: str | Path | None = None) -> ActorTable:
        """State actors generated for all countries, then ``data/actors.csv``, then the user CSV ``extra``."""
        packaged = resources.files("eventwire").joinpath("data/actors.csv").read_text(encoding="utf-8")
        rows = [*_state_rows(), *_parse_rows(packaged, "data/actors.csv")]
        if extra is not None:
            path = Path(extra)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot read actor table ({exc.strerror})", origin=str(path)) from exc
            rows.extend(_parse_rows(text, str(path)))
        return cls(rows)

    def __len__(self) -> int:
        return len(self.rows)

    def group_names(self) -> list[str]:
        """The names and aliases of several words of the armed groups and militias (inter 2 to 4): names that
        may hold a town's name ("Gran Grif" holds Gran, a Norwegian district) but never name a place."""
        return [alias for row in self.rows.values() if row.inter in (2, 3, 4)
                for alias in (row.name, *row.aliases) if len(alias.split()) > 1]

    def get(self, name_or_id: str) -> Actor | None:
        """The actor with this id or canonical name (case-insensitive), without mentions."""
        row = self.rows.get(name_or_id) or self.rows.get(self._by_name.get(name_or_id.lower(), ""))
        return row.actor() if row else None

    def lookup(self, tokens: list[tuple[int, int, str]], i: int) -> tuple[int, str] | None:
        """The longest alias starting at token ``i``: (number of tokens, actor id), or None."""
        if _norm(tokens[i][2]) not in self._first_words:
            return None
        for n in range(min(_MAX_ALIAS_TOKENS, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            entries = self._index.get(" ".join(_norm(t) for _, _, t in span))
            for actor_id, exact in entries or ():
                if exact is None or " ".join(t for _, _, t in span).replace(".", "") == exact:
                    return n, actor_id
        return None

    def home_countries(self, text: str) -> Counter:
        """ISO code -> number of the named actors in ``text`` that mostly act in their own country: political
        parties, local militias, rebel and armed groups, and police forces ("NPP supporters", "the Mungiki
        sect", "NPA rebels"). Armies and governments act abroad as often, and give no vote. One vote per
        actor, however often it is named. (Armed groups that also fight abroad, Al Shabaab in Kenya, give a
        vote too: on ACLED's Kenya notes it moved no event abroad and placed three better.)"""
        tokens = _tokens(text)
        found: set[str] = set()
        i = 0
        while i < len(tokens):
            hit = self.lookup(tokens, i)
            if hit is None:
                i += 1
                continue
            row = self.rows[hit[1]]
            if row.country and (row.kind in HOME_KINDS or row.id.startswith("police-forces-")):
                found.add(row.id)
            i += hit[0]
        return Counter(self.rows[actor_id].country for actor_id in found)

    def match(self, text: str, country: str | None = None) -> Actor | None:
        """The canonical actor a phrase refers to ("Daesh", "the regime soldiers", "armed men"), or None.

        ``country`` (ISO alpha-2) gives generic phrases their country. The whole phrase is tried first,
        then the longest alias inside it, then its generic head noun.
        """
        tokens = _tokens(text)
        if not tokens:
            return None
        whole = self.lookup(tokens, 0)
        if whole is not None and whole[0] == len(tokens):
            return self.rows[whole[1]].actor()
        found = [hit for i in range(len(tokens)) if (hit := self.lookup(tokens, i)) is not None]
        if found:
            return self.rows[max(found)[1]].actor()
        return _named_armed_group(tokens) or _generic_actor(self, tokens, country)


# --- generic actors -----------------------------------------------------------------------------------

_GENERIC_SPECS: tuple[tuple[str, str, int, str], ...] = (
    (
        "gunmen, gunman, armed men, armed man, bandits, bandit, militants, militant, attackers, attacker, "
        "assailants, assailant, insurgents, insurgent, jihadists, jihadist, terrorists, terrorist, raiders, "
        "armed group, armed groups, unknown gunmen, unidentified gunmen, criminals, thugs, gang, gangs, "
        "gangsters, robbers, cattle thieves, livestock thieves, cattle raiders, cattle rustlers, poachers",
        "Unidentified Armed Group ({c})",
        3,
        "unidentified-armed-group",
    ),
    (
        "protesters, protestors, protester, demonstrators, demonstrator, marchers",
        "Protesters ({c})",
        6,
        "protesters",
    ),
    ("rioters, rioter, mob, angry mob, irate youths, irate residents", "Rioters ({c})", 5, "rioters"),
    (
        "residents, villagers, civilians, civilian, villager, passengers, motorists, pupils, worshippers, "
        "farmers, traders",
        "Civilians ({c})",
        7,
        "civilians",
    ),
    (
        "communal militia, communal militias, clan militia, clan militias, vigilantes, vigilante group, "
        "local militia, local militias, communal groups",
        "Unidentified Communal Militia ({c})",
        4,
        "militia",
    ),
    (
        "ethnic militia, ethnic militias, tribal militia, tribal militias",
        "Unidentified Ethnic Militia ({c})",
        4,
        "militia",
    ),
    (
        "private security, private security guards, security guards, land guards, landguards",
        "Private Security Forces ({c})",
        8,
        "other",
    ),
    (
        "soldiers, soldier, troops, army, military, junta, armed forces, servicemen, presidential guard, "
        "presidential guards, air defences, air defenses, air defence, air defense, air force",
        "Military Forces of {of}",
        1,
        "state",
    ),
    (
        "police, policemen, policeman, police officers, police officer, officers, gendarmes, gendarmerie, "
        "security forces, security officers, anti-riot police, riot police, prison guards, prison warders, "
        "prison officers, warders, park rangers, wildlife rangers, game rangers, forest rangers, forest guards, "
        "security operatives, security operative, security agents, security agent, security personnel, "
        "security men, intelligence operatives, intelligence agents, intelligence officers",
        "Police Forces of {of}",
        1,
        "state",
    ),
    ("government, authorities, administration", "Government of {of}", 1, "government"),
)
_GENERIC_PHRASES: dict[str, tuple[str, int, str]] = {
    _key(phrase): (template, inter, kind)
    for phrases, template, inter, kind in _GENERIC_SPECS
    for phrase in phrases.split(", ")
}
# Nouns that, after an ethnic group's name, make it an ethnic militia ("Pokot raiders").
_MILITIA_NOUNS = frozenset(
    "raiders militia militias militiamen herders herdsmen bandits warriors gunmen fighters morans "
    "youths attackers cattle rustlers militants assailants clansmen tribesmen vigilantes".split()
)
# Words that may stand between a group's name and its militia noun ("Pokot ethnic militia", "Nandi
# community militias", "Samburu pastoralist militia"); the last one read also names the kind of militia.
_MILITIA_DESCRIPTORS = frozenset(
    "ethnic tribal clan communal community pastoralist pastoral armed youth local cattle livestock".split()
)
_MILITIA_KIND = {"clan": "Clan", "communal": "Communal", "community": "Communal", "ethnic": "Ethnic"}
# Nouns that, right after a named actor, still name it ("ISIS fighters", "KDF soldiers").
_MEMBER_NOUNS = frozenset(
    "fighters fighter members elements supporters commanders forces units militiamen rebels "
    "operatives cadres loyalists militia militias youths activists".split()
)
# Phrases that refer back to a single named armed group in the document.
_COREFERENT = frozenset(
    {
        "the jihadist group",
        "the jihadists",
        "the organization",
        "the organisation",
        "the group",
        "the militants",
        "the terrorist group",
        "the insurgents",
        "the militant group",
        "the armed group",
        "the extremist group",
        "the terror group",
        "the islamist group",
    }
)
# First words of the phrases above: most tokens start none of them, and need no n-gram joined.
_GENERIC_FIRST = frozenset(key.split(" ")[0] for key in _GENERIC_PHRASES)
_COREFERENT_FIRST = frozenset(key.split(" ")[0] for key in _COREFERENT)


# Nouns of a body of people sent out together: the force before them is the actor ("a police patrol team",
# "a military unit", "an army convoy").
UNIT_NOUNS = frozenset(
    "team teams patrol patrols unit units squad squads detachment detachments contingent contingents convoy "
    "convoys crew crews".split()
)


# Words before "officer" that make the officer a civil servant ("an election officer", "a health officer")
CIVIL_OFFICES = frozenset(
    "election electoral returning presiding polling extension agricultural health medical clinical education "
    "revenue tax customs immigration fisheries information press liaison executive "
    "welfare probation court land lands planning finance loans loan development veterinary".split()
)


# The last word of an armed group's own name, and the words that make a named army or front a rebel one
# ("the Zomi Revolutionary Army", "the Lord's Resistance Army"), not a state's ("the Libyan National Army").
ARMED_NAME_HEADS = frozenset({"army", "front", "movement", "brigade", "brigades", "forces", "militia"})
REBEL_NAME_WORDS = frozenset({"liberation", "revolutionary", "resistance", "independence", "republican",
                              "salvation", "patriotic", "people's", "peoples", "popular", "islamic", "mujahideen",
                              "jihad", "insurgent", "rebel"})
# a front or movement may be a party's ("the Popular Front", "the Islamic Movement"): only these words make it armed
HARD_REBEL_WORDS = frozenset({"liberation", "revolutionary", "resistance", "independence", "salvation",
                              "mujahideen", "jihad", "insurgent", "rebel"})


@lru_cache(maxsize=1)
def packaged_table() -> ActorTable:
    """The packaged actor table (without a user's extension), loaded once per process and shared by the
    pipeline, the events stage's default and the mention step (``names_armed_group``)."""
    return ActorTable.load()


def names_armed_group(text: str) -> bool:
    """Whether a phrase names an armed group or militia of the packaged table ("The Taliban", "Al-Shabaab"):
    for the mention step, which reads a sentence before any actor is resolved ("The Taliban took control of
    Kunduz" is a place taken by arms, as "Taliban fighters took control" is). Parties are no armed groups."""
    table = packaged_table()
    tokens = _tokens(text)
    for i in range(len(tokens)):
        hit = table.lookup(tokens, i)
        if hit is not None:
            row = table.rows[hit[1]]
            if row.inter in (2, 3, 4) and row.kind != "party":
                return True
    return False


def _named_armed_group(tokens: list[tuple[int, int, str]]) -> Actor | None:
    """An armed group the table does not know, named by its own capitalised name ("the Zomi Revolutionary
    Army"): a rebel group under that name, not a state's army or an unidentified group."""
    return next((hit[1] for i in range(len(tokens)) if (hit := _named_group_at(tokens, i)) is not None), None)


def _named_group_at(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, Actor] | None:
    """The unknown armed group whose capitalised name starts at token ``i`` and its length in tokens."""
    def name_word(t: str) -> bool:
        return t[:1].isupper() or t.lower() in ("'s", "s")

    if not tokens[i][2][:1].isupper() or _norm(tokens[i][2]) == "the" or (
            i > 0 and name_word(tokens[i - 1][2]) and _norm(tokens[i - 1][2]) != "the"):
        return None  # (a name starts after a sentence's "The": "The Lord's Resistance Army")
    end = i
    while end < len(tokens) and name_word(tokens[end][2]):
        end += 1
    for k in range(end - 1, i, -1):
        head = _norm(tokens[k][2])
        if head not in ARMED_NAME_HEADS:
            continue
        marks = REBEL_NAME_WORDS if head not in ("front", "movement") else HARD_REBEL_WORDS
        if any(_norm(t) in marks for _, _, t in tokens[i:k]):
            name = " ".join(t for _, _, t in tokens[i : k + 1])
            return k + 1 - i, Actor(_slug(name), name, 2, None, "rebel")
    return None


def _generic_actor(
    table: ActorTable, tokens: list[tuple[int, int, str]], country: str | None
) -> Actor | None:
    words = [_norm(t) for _, _, t in tokens]
    while len(words) > 1 and words[-1] in UNIT_NOUNS:
        words = words[:-1]  # "a police patrol team" is the police's
    if len(words) > 1 and words[-1] in ("officer", "officers") and words[-2] in CIVIL_OFFICES:
        # "an election officer", "an agricultural extension officer": a civil servant, not the police
        words = [*words[:-1], "civilians"]
    located = next((hit for i in range(len(tokens)) if (hit := _country_at(tokens, i)) is not None), None)
    for n in (3, 2, 1):
        spec = _GENERIC_PHRASES.get(" ".join(words[-n:])) if len(words) >= n else None
        if spec is not None:
            return _make_generic(table, spec, located[1] if located else country)
    return None


def _make_generic(table: ActorTable, spec: tuple[str, int, str], country: str | None) -> Actor | None:
    template, inter, kind = spec
    if "{of}" in template:
        if country is None:
            return None
        return table.get(template.format(of=_of(country)))
    # with no country in the text, no country in the name ("(International)" is ACLED's word for groups that
    # act across borders, not for an unknown one)
    name = template.format(c=country_name(country)) if country else template.replace(" ({c})", "")
    return Actor(_slug(name), name, inter, country, kind)


def inter_for(actor: Actor, event_country: str | None) -> int | None:
    """ACLED's inter code of ``actor`` in an event in ``event_country``: foreign state forces are 8."""
    if actor.inter == 1 and actor.country and event_country and actor.country != event_country:
        return 8
    return actor.inter


# --- document country ---------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Normalised country names and demonyms -> ISO alpha-2."""
    import pycountry

    out: dict[str, str] = {}
    for country in pycountry.countries:
        iso2 = country.alpha_2
        for name in (
            country.name,
            getattr(country, "common_name", ""),
            country_name(iso2),
            *_EXTRA_COUNTRY_NAMES.get(iso2, []),
        ):
            if name:
                out.setdefault(_key(name), iso2)
    for iso2, forms in _demonyms().items():
        for form in forms:
            out.setdefault(_key(form), iso2)
    out.pop("us", None)  # the pronoun; "US" in capitals is handled in _country_at
    return out


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset[str]:
    return frozenset(key.split(" ")[0] for key in _country_words())


def _country_at(tokens: list[tuple[int, int, str]], i: int) -> tuple[int, str] | None:
    """A country name or demonym starting at token ``i``: (number of tokens, ISO alpha-2)."""
    words = _country_words()
    if _norm(tokens[i][2]) not in _country_first_words() and tokens[i][2] not in {"US", "U.S", "USA"}:
        return None
    for n in (4, 3, 2, 1):
        if i + n <= len(tokens):
            span = tokens[i : i + n]
            if n == 1 and span[0][2].replace(".", "") in {"US", "USA"}:
                return 1, "US"
            iso2 = words.get(" ".join(_norm(t) for _, _, t in span))
            if iso2 and span[0][2][:1].isupper():
                return n, iso2
    return None


def document_country(text: str, places: Iterable[Place]) -> str | None:
    """The country most places of the document are in; else the most mentioned country name or demonym."""
    counts = Counter(p.country for p in places if p.country)
    if counts:
        return counts.most_common(1)[0][0]
    tokens = _tokens(text)
    found = Counter(hit[1] for i in range(len(tokens)) if (hit := _country_at(tokens, i)) is not None)
    return found.most_common(1)[0][0] if found else None


# --- the stage ------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def ethnic_group_aliases() -> tuple[tuple[str, str, str], ...]:
    """Every name of the groups in ``data/ethnic_groups.csv`` as (name or alias, canonical name, ISO country);
    read once, for the actor stage and for the places stage (a group's name used for the group is no place)."""
    text = resources.files("eventwire").joinpath("data/ethnic_groups.csv").read_text(encoding="utf-8")
    return tuple(
        (alias, row["group"], row["iso2"])
        for row in _read_rows(text, "data/ethnic_groups.csv")
        for alias in [row["group"], *row.get("aliases", "").split("|")]
        if alias
    )


@lru_cache(maxsize=1)
def _ethnic_groups() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for alias, group, country in ethnic_group_aliases():
        out[_key(alias)] = (group, country)
        if not alias.endswith("s"):  # the plural ("Pokots", "Tugens") names the same group
            out.setdefault(_key(alias) + "s", (group, country))
    return out


@lru_cache(maxsize=1)
def _ethnic_first_words() -> frozenset[str]:
    """The first word of every key of ``_ethnic_groups`` (a quick test before the two-word lookup)."""
    return frozenset(key.split(" ")[0] for key in _ethnic_groups())


def ethnic_group(text: str) -> tuple[str, str] | None:
    """The ethnic group a name denotes ("Fulani", "the Pokots") as (canonical name, usual ISO country)."""
    key = _key(text)
    return _ethnic_groups().get(key.removeprefix("the "))


def find_actors(doc: Doc, table: ActorTable, places: list[Place]) -> list[Actor]:
    """Canonical actors mentioned in ``doc``, each with all its mention spans, in order of first mention."""
    return list(_collect(doc_text(doc), table, places))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n\s*\n")


class _Countries:
    """The country a generic mention at a character offset belongs to: the nearest country named in its
    sentence (a preceding one first), else the document's country."""

    def __init__(self, text: str, tokens: list[tuple[int, int, str]], places: Iterable[Place]) -> None:
        places = list(places)
        self.default = document_country(text, places)
        marks = [(p.span.start, p.country) for p in places if p.country]
        marks += [(tokens[i][0], hit[1]) for i in range(len(tokens)) if (hit := _country_at(tokens, i))]
        self.marks = sorted(marks)
        self.positions = [pos for pos, _ in self.marks]
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]

    def at(self, offset: int) -> str | None:
        sentence = bisect.bisect_right(self.ends, offset)
        start = self.ends[sentence - 1] if sentence else 0
        end = self.ends[sentence] if sentence < len(self.ends) else self.ends[-1]
        first = bisect.bisect_left(self.positions, start)
        here = bisect.bisect_right(self.positions, offset)
        if here > first:  # the nearest country named before the offset in the sentence
            return self.marks[here - 1][1]
        if here < len(self.positions) and self.positions[here] < end:  # else the first one after it
            return self.marks[here][1]
        return self.default


def _collect(text: str, table: ActorTable, places: Iterable[Place] = ()) -> Iterator[Actor]:
    tokens = _tokens(text)
    countries = _Countries(text, tokens, places)
    mentions: dict[str, list[Span]] = {}
    actors: dict[str, Actor] = {}

    def add(actor: Actor, start: int, end: int) -> None:
        actors.setdefault(actor.id, actor)
        mentions.setdefault(actor.id, []).append(Span.of(text, start, end))

    pending_coref: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        n, actor = _mention_at(table, tokens, i, countries.at(tokens[i][0]))
        if actor is not None:
            add(actor, tokens[i][0], tokens[i + n - 1][1])
            i += n
            continue
        phrase = _coref_at(tokens, i)
        if phrase:
            pending_coref.append((tokens[i][0], tokens[i + phrase - 1][1]))
            i += phrase
            continue
        i += 1
    armed = [a for a in actors.values() if a.inter in (2, 3) and a.kind != "unidentified-armed-group"]
    if len(armed) == 1:
        for start, end in pending_coref:
            mentions[armed[0].id].append(Span.of(text, start, end))
    for actor_id, actor in actors.items():
        yield replace(actor, mentions=tuple(sorted(mentions[actor_id], key=lambda s: s.start)))


def _coref_at(tokens: list[tuple[int, int, str]], i: int) -> int:
    if _norm(tokens[i][2]) not in _COREFERENT_FIRST:
        return 0
    for n in (3, 2):
        if i + n <= len(tokens) and " ".join(_norm(t) for _, _, t in tokens[i : i + n]) in _COREFERENT:
            return n
    return 0


def _mention_at(
    table: ActorTable, tokens: list[tuple[int, int, str]], i: int, doc_country: str | None
) -> tuple[int, Actor | None]:
    """The actor mentioned at token ``i`` (named alias, ethnic militia or generic noun) and its length."""
    named = table.lookup(tokens, i)
    ethnic = _ethnic_at(tokens, i, doc_country)
    if ethnic is not None and (named is None or ethnic[0] >= named[0]):
        return ethnic
    if named is not None:
        n, actor_id = named
        # "Al Shabaab militants": a generic noun right after a named actor belongs to it
        following = _norm(tokens[i + n][2]) if i + n < len(tokens) else ""
        if (following in _GENERIC_PHRASES or following in _MEMBER_NOUNS) and table.rows[
            actor_id
        ].kind != "government":
            n += 1
        return n, table.rows[actor_id].actor()
    local = _local_militia_at(tokens, i, doc_country)
    if local is not None:
        # "Ethiopian Fano militias": a group the table knows, named after a word that only qualifies it
        known_at = next((k for k in range(1, local[0]) if table.lookup(tokens, i + k) is not None), None)
        return (known_at, None) if known_at is not None else local
    unknown = _named_group_at(tokens, i)  # "the Zomi Revolutionary Army": a rebel group, not a state's army
    if unknown is not None:
        return unknown
    country = doc_country
    start = i
    located = _country_at(tokens, i)
    if located is not None:  # "Malian soldiers", "Kenyan protesters"
        country = located[1]
        i += located[0]
    if i < len(tokens) and _norm(tokens[i][2]) in _GENERIC_FIRST:
        for n in (3, 2, 1):
            words = " ".join(_norm(t) for _, _, t in tokens[i : i + n])
            if i + n <= len(tokens) and words in _GENERIC_PHRASES:
                actor = _make_generic(table, _GENERIC_PHRASES[words], country)
                if actor is not None:
                    return i + n - start, actor
    return 1, None


_LOCAL_MILITIA_NOUNS = frozenset({"militia", "militias", "militiamen", "vigilantes", "vigilante"})
_ARTICLES = frozenset({"the", "a", "an", "on", "in", "at", "by", "members", "of"})
# Capitalised words that open a sentence or describe a militia without naming it ("Armed militia ...").
_NOT_NAMES = frozenset(
    "armed suspected unidentified unknown local rival two several some alleged heavily youth ethnic tribal "
    "clan communal community pastoralist government opposition party".split()
)


def _adjacent(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether token ``k`` follows token ``k - 1`` after a single space (no punctuation between)."""
    return tokens[k][0] - tokens[k - 1][1] == 1


def _militia_tail(tokens: list[tuple[int, int, str]], j: int, nouns: frozenset[str]) -> tuple[int, str] | None:
    """Descriptors and a militia noun from token ``j`` ("ethnic militia", "community militias",
    "militia"): (number of tokens, the kind its descriptors name: "Ethnic", "Clan", "Communal" or "")."""
    kind = ""
    for k in range(j, min(j + 3, len(tokens))):
        word = _norm(tokens[k][2])
        longer = k + 1 < len(tokens) and _norm(tokens[k + 1][2]) in nouns  # "cattle rustlers"
        if word in nouns and not longer:
            return k - j + 1, kind
        if word not in _MILITIA_DESCRIPTORS:
            return None
        kind = _MILITIA_KIND.get(word, kind)
    return None


def _coordinated_tail(
    tokens: list[tuple[int, int, str]], j: int, nouns: frozenset[str]
) -> tuple[int, str] | None:
    """The militia phrase after a coordinated name: "and Konkomba militias" from token ``j`` (at "and")."""
    if j + 2 >= len(tokens) or _norm(tokens[j][2]) not in ("and", "or") or not tokens[j + 1][2][:1].isupper():
        return None
    for n in (1, 2):
        tail = _militia_tail(tokens, j + 1 + n, nouns)
        if tail is not None:
            return tail
    return None


def _local_militia_at(
    tokens: list[tuple[int, int, str]], i: int, doc_country: str | None
) -> tuple[int, Actor] | None:
    """A capitalised name before "militia" ("the Nadu Warriors militia", "Kaya clan militia", "Kaya and
    Lomo militias"): a communal (clan, ethnic) militia, inter 4."""
    if _norm(tokens[i][2]) in _ARTICLES or _norm(tokens[i][2]) in _NOT_NAMES:
        return None
    n = 1 if tokens[i][2][:1].isupper() else 0
    while 0 < n < 4 and i + n < len(tokens) and tokens[i + n][2][:1].isupper() and _adjacent(tokens, i + n):
        n += 1  # a name's words are separated by one space only: "Ghana. Samburu" are two names
    if n == 0 or i + n >= len(tokens):
        return None
    tail = _militia_tail(tokens, i + n, _LOCAL_MILITIA_NOUNS)
    length = n + tail[0] if tail is not None else n
    if tail is None:
        tail = _coordinated_tail(tokens, i + n, _LOCAL_MILITIA_NOUNS)
    if tail is None:
        return None
    if i > 0 and _adjacent(tokens, i) and tokens[i - 1][2][:1].isupper() and _norm(tokens[i - 1][2]) not in _ARTICLES:
        return None  # inside a longer name
    words = " ".join(t for _, _, t in tokens[i : i + n])
    where = f" ({country_name(doc_country)})" if doc_country else ""
    name = f"{words} {tail[1] or 'Communal'} Militia{where}"
    return length, Actor(_slug(name), name, 4, doc_country, "militia")


def _ethnic_at(
    tokens: list[tuple[int, int, str]], i: int, doc_country: str | None
) -> tuple[int, Actor] | None:
    """A known ethnic group's name before a militia noun, in any case, with descriptors between ("Pokot
    raiders", "pokot ethnic militia", "Turkana cattle rustlers"), or coordinated with another group that
    has one ("Pokot and Turkana raiders"): that group's ethnic militia, inter 4."""
    groups = _ethnic_groups()
    if _norm(tokens[i][2]) not in _ethnic_first_words():
        return None  # most words open no group's name
    for n in (2, 1):
        if i + n >= len(tokens):
            continue
        group = groups.get(" ".join(_norm(t) for _, _, t in tokens[i : i + n]))
        if group is None:
            continue
        tail = _militia_tail(tokens, i + n, _MILITIA_NOUNS)
        length = n + tail[0] if tail is not None else n
        if tail is None and tokens[i][2][:1].isupper():
            tail = _coordinated_tail(tokens, i + n, _MILITIA_NOUNS)
        if tail is not None:
            country = doc_country or group[1]
            kind = "Clan" if tail[1] == "Clan" else "Ethnic"  # "Dir clan militia": a clan militia
            name = f"{group[0]} {kind} Militia ({country_name(country)})"
            return length, Actor(_slug(name), name, 4, country, "militia")
    return None
