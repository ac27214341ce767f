"""Read side of the offline gazetteer: name -> candidate places, demonym -> country.

The file is the SQLite database written by ``places.build``; it opens in milliseconds and answers a lookup
from its ``name`` index (an in-memory cache serves repeated names). ``Gazetteer.open()`` builds the file on
first use when it is missing, so a fresh checkout works without ``make``.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from anyascii import anyascii

from eventwire.errors import GazetteerError
from eventwire.places.build import BUILD_VERSION, SKELETON, STRIPPED, build_gazetteer, default_path
from eventwire.places.normalize import abbreviation_key, normalize, single_letters, skeleton, strip_articles

__all__ = ["Candidate", "Gazetteer", "GazetteerError"]

_CACHE_SIZE = 50_000
# Last words of the names of natural features, which no county drops its word after ("Red River", "Bear Lake")
NATURAL_WORDS = frozenset({"river", "lake", "creek", "bay", "mountain", "mountains", "island", "islands", "valley",
                           "hills", "forest", "park", "springs", "falls", "beach", "sea", "gulf"})
# A dotted initialism ("L.A.", "N.Y.", "D.C."): it names a place whose words have those initials, or one that
# GeoNames lists under that very dotted form; a one-word state's postal code written with dots ("L.A." is not
# Louisiana, whose newspaper abbreviation is "La.") is not one.
_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")
_NAME_LINKS = frozenset({"of", "and", "the", "de", "du", "des", "del", "da", "do"})

# Words that follow a first-level area's name in news ("Central Region", "Western Province", "Borno State")
# while the gazetteer may file the area without them.
FIRST_LEVEL_WORDS = frozenset({"region", "province", "governorate", "state", "oblast"})
# Words of place names that news and GeoNames write either in full or abbreviated ("St. Paul" / "Saint Paul",
# "Mt. Pleasant" / "Mount Pleasant", "Ft. Worth" / "Fort Worth"); either spelling is the place's own name.
NAME_WORD_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_FULL_NAME_WORDS = {full: short for short, full in NAME_WORD_ABBREVIATIONS.items()}


def initials(name: str) -> str:
    """Capital initials of a name's words, linking words left out: "District of Columbia" -> "DC"."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", anyascii(name)) if w.lower() not in _NAME_LINKS).upper()


def _spellings(key: str) -> set[str]:
    """The other spellings of a normalised name whose words before the last are written in full or
    abbreviated: "st paul" -> {"saint paul"}, "mount pleasant" -> {"mt pleasant"}. A last word is left alone
    ("Main St" is a street, "Pleasant Mount" no saint)."""
    words = key.split()
    if len(words) < 2:
        return set()
    out = set()
    for table in (NAME_WORD_ABBREVIATIONS, _FULL_NAME_WORDS):
        other = [table.get(w, w) for w in words[:-1]] + words[-1:]
        if other != words:
            out.add(" ".join(other))
    return out


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to; ``quality`` is how the name matched (build.PRIMARY ...)."""

    id: int
    geonameid: int | None
    name: str
    feature: str
    country: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    population: int
    quality: int


def _candidate(row: tuple, quality: int) -> Candidate:
    """A Candidate from a place row (its first ten columns) and a match quality."""
    return Candidate(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], quality)


_QUERY = (
    "SELECT p.id, p.geonameid, p.name, p.feature, p.country, p.admin1, p.admin2, p.lat, p.lon, p.population, "
    "n.quality, n.key FROM name n JOIN place p ON p.id = n.place WHERE n.key IN ({marks})"
)


class Gazetteer:
    """Offline gazetteer backed by a read-only SQLite file."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._demonyms: dict[str, str] | None = None
        self._neighbours: dict[str, list[str]] | None = None
        self._countries: dict[str, Candidate | None] = {}
        self._seats: dict[str, dict[str, Candidate]] = {}
        self.non_places: set[str] = set()  # normalised names known to be actors, never places (extendable)
        self._firsts: tuple[int, frozenset[str]] = (0, frozenset())

    @classmethod
    def open(cls, path: str | Path | None = None) -> Gazetteer:
        """Open the gazetteer file (default: ``build.default_path()``), building it first if it is missing."""
        target = Path(path) if path else default_path()
        if not target.exists():
            build_gazetteer(target)
        gazetteer = cls(target)
        try:
            meta = gazetteer.meta()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"cannot read gazetteer {target}: {exc}; rebuild it with "
                                 "`eventwire gazetteer build`") from exc
        stale = meta.get("build") != BUILD_VERSION and not any(k.startswith("imported_") for k in meta)
        if stale and os.access(target.parent, os.W_OK):  # built by an older build: rebuild it once
            build_gazetteer(target)
            gazetteer = cls(target)
        return gazetteer

    def __getstate__(self) -> dict:
        return {"path": self.path, "non_places": self.non_places}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["path"])  # type: ignore[misc]
        self.non_places = set(state["non_places"])

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            db.execute("PRAGMA mmap_size = 268435456")  # read pages straight from the mapped file
            self._local.db = db
        return db

    def non_place_firsts(self) -> frozenset[str]:
        """The first words of ``non_places`` (recomputed when names were added)."""
        if self._firsts[0] != len(self.non_places):
            self._firsts = (len(self.non_places), frozenset(n.split()[0] for n in self.non_places if n))
        return self._firsts[1]

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Candidates for a name by its normalised, article-stripped and skeleton keys (best per place); a
        name ending in a word for a first-level area ("Central Region", "Eastern Province") also matches the
        first-level areas named without the word (Ghana's "Central"), as a stripped form."""
        cached = self._cache.get(name)
        if cached is not None:
            return cached
        best = self._match(name)
        words = name.split()
        if len(words) > 1 and words[-1].lower() in FIRST_LEVEL_WORDS:
            for cand in self._match(" ".join(words[:-1])).values():
                if cand.feature == "ADM1" and cand.id not in best:
                    best[cand.id] = replace(cand, quality=max(cand.quality, STRIPPED))
        result = tuple(sorted(best.values(), key=lambda c: -c.population))
        if len(self._cache) >= _CACHE_SIZE:
            self._cache.clear()
        self._cache[name] = result
        return result

    def _match(self, name: str) -> dict[int, Candidate]:
        """The best match of each place for the name's keys, by place id."""
        floors: dict[str, int] = {}
        if "." in name:
            floors[abbreviation_key(name)] = 0
        for key, floor in ((normalize(name), 0), (strip_articles(name), 2), (single_letters(name), 2)):
            floors.setdefault(key, floor)
        # "St. Paul" is Saint Paul's own name, written with the abbreviation's period; without one ("St Mary's"
        # school) no other spelling is looked up (the British "St Albans" is GeoNames' own name already)
        for key in _spellings(normalize(name)) if "." in name else ():
            floors.setdefault(key, 0)
        if " " in name.strip():  # one-word skeletons match too many unrelated names (Americas, Americus);
            floors.setdefault(skeleton(name), SKELETON)  # multi-word ones catch article spellings
        key = normalize(name)
        last = key.rsplit(" ", 1)[-1]
        county = f"{key} county" if key and last != "county" and last not in NATURAL_WORDS else ""
        if county:  # "Henrico" for Henrico County: a county is often named without its word (not "Red River")
            floors.setdefault(county, STRIPPED)
        floors.pop("", None)
        best: dict[int, Candidate] = {}
        if floors:
            marks = ",".join("?" * len(floors))
            rows = self._db().execute(_QUERY.format(marks=marks), tuple(floors)).fetchall()
            if _INITIALISM.match(name.strip()):
                dotted, letters = abbreviation_key(name), name.replace(".", "").strip().upper()
                rows = [row for row in rows if row[11] == dotted or initials(row[2]) == letters]
            exact = [row for row in rows if row[10] == 0 and floors[row[11]] == 0]
            # a county named without its word is still meant where the exact name is only a listed town with
            # no population ("Henrico": Henrico County, Virginia, not a hamlet of North Carolina)
            listed_only = all(row[1] is None and not row[9] for row in exact)
            for row in rows:
                if row[11] == county and row[3] != "ADM2":
                    continue  # the county key names counties only ("Oxford County" the town is no county)
                floor = floors[row[11]]
                if exact and floor > 0 and not (row[11] == county and listed_only):
                    continue  # an exact name: looser keys would only add noise
                quality = max(row[10], floor)
                if row[0] not in best or best[row[0]].quality > quality:
                    best[row[0]] = _candidate(row, quality)
        return best

    def demonym(self, word: str) -> str | None:
        """Country code for a demonym (``Syrian`` -> ``SY``), or None."""
        if self._demonyms is None:
            self._demonyms = dict(self._db().execute("SELECT key, country FROM demonym"))
        return self._demonyms.get(normalize(word))

    def country(self, code: str) -> Candidate | None:
        """The country entry for an ISO code (cached), or None."""
        if not self._countries:  # one scan for all countries (a lookup by code would scan the table each time)
            rows = self._db().execute(
                "SELECT id, geonameid, name, feature, country, admin1, admin2, lat, lon, population, 0 "
                "FROM place WHERE feature = 'PCLI'").fetchall()
            for row in rows:
                self._countries.setdefault(row[4], _candidate(row, 0))
        return self._countries.get(code)

    def seat(self, country: str, admin1: str) -> Candidate | None:
        """The town a first-level area's events are coded at, as ACLED codes an event known only by its
        province at the provincial capital: the town named like the area ("Mandera" for Mandera county),
        else the national capital when it lies in the area, else the area's most populous town; None when
        the gazetteer knows no town with a population there. The area is matched by its full name: an
        area reported without its kind word ("Nairobi" for "Nairobi Area") keeps its own point (measured:
        matching those too put some districts' events at a town farther from them than their centre)."""
        return self._country_seats(country).get(strip_articles(admin1)) if admin1 else None

    def capital(self, code: str) -> Candidate | None:
        """A country's capital (its most populous PPLC town), or None."""
        return self._country_seats(code).get("")

    def _country_seats(self, country: str) -> dict[str, Candidate]:
        """Area key -> seat for one country's first-level areas, and "" -> its capital (cached; one query)."""
        if country not in self._seats:
            rows = self._db().execute(
                "SELECT id, geonameid, name, feature, country, admin1, admin2, lat, lon, population, 0 FROM place "
                "WHERE country = ? AND feature LIKE 'PPL%' AND population > 0", (country,)).fetchall()
            best: dict[str, tuple] = {}
            for row in rows:
                area = strip_articles(row[5] or "")
                rank = (strip_articles(row[2]) == area, row[3] == "PPLC", row[9])
                if area and (area not in best or rank > best[area][0]):
                    best[area] = (rank, row)
            seats = {key: _candidate(row, 0) for key, (_, row) in best.items()}
            capital = max((row for row in rows if row[3] == "PPLC"), key=lambda row: row[9], default=None)
            if capital is not None:
                seats[""] = _candidate(capital, 0)
            self._seats[country] = seats
        return self._seats[country]

    def neighbours(self, code: str) -> list[str]:
        """ISO codes of the countries bordering ``code``."""
        if self._neighbours is None:
            row = self._db().execute("SELECT value FROM meta WHERE key = 'neighbours'").fetchone()
            self._neighbours = json.loads(row[0]) if row else {}
        return self._neighbours.get(code, [])

    def meta(self) -> dict[str, str]:
        return dict(self._db().execute("SELECT key, value FROM meta"))
