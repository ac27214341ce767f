"""Place phrases the parse misses ("X village", "X (district, region)"), the areas a parenthesis places a
name in, and event locations that stand in for a village the gazetteer lacks. Our own sentences; the
village names are made up so that no gazetteer has them."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer, event_location, find_places
from eventwire.places.resolve import area_name


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.open()


def places_of(nlp, gazetteer, text):
    return find_places(nlp(text), gazetteer)


def by_text(places, text):
    return next(p for p in places if p.span.text == text)


def locate(nlp, gazetteer, text):
    doc = nlp(text)
    return event_location(find_places(doc, gazetteer), 0, len(text), doc)


def test_places_parenthesis_village_before_its_areas_is_a_place(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Youths attacked a police post in Lubwaga village (Budaka, Eastern) on Monday.")
    village = by_text(places, "Lubwaga")
    assert not village.resolved and village.reason
    assert by_text(places, "Budaka").country == "UG"


def test_places_parenthesis_common_word_in_the_list_is_an_area(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Youths attacked a police post in Lubwaga village (Budaka, Eastern) on Monday.")
    eastern = by_text(places, "Eastern")
    assert eastern.feature == "ADM1" and eastern.country == "UG"


def test_places_parenthesis_places_the_name_in_its_areas(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Residents rallied in Lebanon (Pennsylvania) on Sunday against the plant.")
    lebanon = by_text(places, "Lebanon")
    assert lebanon.country == "US" and lebanon.admin1 == "Pennsylvania" and lebanon.feature.startswith("PPL")


def test_places_parenthesis_namesake_outside_the_areas_is_not_taken(nlp, gazetteer):
    # a village that shares its name with a town abroad is not that town when the text places it elsewhere
    places = places_of(nlp, gazetteer, "Two herders were shot dead in Paris village (Budaka, Uganda) at dawn.")
    paris = by_text(places, "Paris")
    assert not paris.resolved and "area" in (paris.reason or "")


def test_places_parenthesis_event_stands_in_with_the_first_known_area(nlp, gazetteer):
    loc = locate(nlp, gazetteer, "Youths attacked a police post in Lubwaga village (Budaka, Eastern) on Monday.")
    assert loc.name == "Budaka" and loc.country == "UG" and loc.geo_precision == 2
    assert "Lubwaga" in (loc.reason or "")


def test_places_parenthesis_event_falls_to_the_region_when_only_it_is_known(nlp, gazetteer):
    loc = locate(nlp, gazetteer, "Two farmers were killed in Kalonge (Mwanza) after a land dispute.")
    assert loc.country == "TZ" and loc.admin1 == "Mwanza" and loc.geo_precision >= 2


def test_places_parenthesis_lowercase_after_hyphen_is_one_name(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "A herder was killed in Ol-lenkai village (Narok, Kenya) overnight.")
    assert any(p.span.text == "Ol-lenkai" for p in places)
    assert not any(p.span.text == "Ol" and p.resolved for p in places)


def test_places_parenthesis_abbreviation_is_not_a_list_of_areas(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Officers of the Kenya Defence Forces (KDF) arrived on Monday.")
    assert not any(p.span.text == "KDF" for p in places)


def test_places_parenthesis_town_noun_makes_a_place(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Traders protested at the main market in Mubende town on Friday.")
    assert by_text(places, "Mubende").country == "UG"


def test_places_parenthesis_attached_place_beats_a_place_of_origin(nlp, gazetteer):
    text = "Herders from Mbale attacked farmers in Lubwaga village (Mwanza, Tanzania) on Monday."
    loc = locate(nlp, gazetteer, text)
    assert loc.admin1 == "Mwanza"


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Nairobi Area", "Nairobi"), ("Dhaka Division", "Dhaka"), ("Western Cape", "Western Cape"),
     ("Area", "Area"), (None, None)],
)
def test_places_parenthesis_area_names_drop_the_kind_word(name, expected):
    assert area_name(name) == expected


@pytest.mark.parametrize(
    ("text", "area"),
    [("Five people were shot in Pwani County during demonstrations.", "Pwani"),
     ("Four men were beheaded near a village in Gedo county.", "Gedo")],
)
def test_places_parenthesis_area_word_after_a_region_is_cut_when_only_loose_spellings_match(
    nlp, gazetteer, text, area
):
    places = places_of(nlp, gazetteer, text)
    assert any(p.span.text == area and p.feature == "ADM1" for p in places)


def test_places_parenthesis_name_repeated_as_its_area_keeps_its_own_town(nlp, gazetteer):
    # the district read apart from the town is no nearby support for a namesake the name also spells
    places = places_of(nlp, gazetteer, "Traders marched in Hohoe town (Hohoe, Volta) against new market fees.")
    assert by_text(places, "Hohoe").name == "Hohoe"


def test_places_parenthesis_after_a_capitalised_area_noun_places_the_name(nlp, gazetteer):
    # "Banda District (Bono)": the parenthesis places Banda, so India's Banda is not it (the district is
    # Ghana's Banda where the gazetteer knows it, else unresolved)
    text = "Gunmen raided a farm at Kwamekrom in Banda District (Bono) overnight."
    banda = by_text(places_of(nlp, gazetteer, text), "Banda")
    assert not banda.resolved or (banda.country, banda.admin1) == ("GH", "Bono")
    loc = locate(nlp, gazetteer, text)
    assert loc.country == "GH" and loc.admin1 == "Bono"


def test_places_parenthesis_community_before_areas_is_a_place(nlp, gazetteer):
    text = "Two clans of Sakai community (Tumbadi East, Upper West) fought over farmland."
    assert not by_text(places_of(nlp, gazetteer, text), "Sakai").resolved  # not the Japanese city
    loc = locate(nlp, gazetteer, text)
    assert loc.country == "GH" and loc.admin1 == "Upper West"


def test_places_parenthesis_community_alone_names_a_group_not_a_place(nlp, gazetteer):
    places = places_of(nlp, gazetteer, "Leaders of the Latino community met the mayor of Houston on Monday.")
    assert [p.span.text for p in places] == ["Houston"]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Aid workers flew into the Democratic Republic of the Congo (DRC) last week.",
     "Democratic Republic of the Congo", "CD"),
    ("Floods hit Myanmar (Burma) after the storm.", "Myanmar", "MM"),
])
def test_places_parenthesis_alias_of_the_name_does_not_place_it(nlp, gazetteer, text, name, country):
    # "X (Y)" where Y is another name for X: X is not placed inside Y, so X keeps its own reading
    place = by_text(places_of(nlp, gazetteer, text), name)
    assert place.resolved and place.country == country and place.feature == "PCLI"


def test_places_parenthesis_with_other_words_does_not_place_the_name(nlp, gazetteer):
    # a parenthesis that says more than where a place is ("including ...") lists no areas for it
    text = "The virus has spread across Asia (including neighbouring Thailand) this winter."
    asia = by_text(places_of(nlp, gazetteer, text), "Asia")
    assert asia.resolved and asia.feature == "CONT"


@pytest.mark.parametrize(("inside", "names", "expected"), [
    ("(Kolo West, Upper Reach)", ["Kolo", "Upper Reach"], True),  # a name's last word left out of its mention
    ("(Kolo district, Upper Reach region)", ["Kolo", "Upper Reach"], True),
    ("(including neighbouring Kolo)", ["Kolo"], False),
])
def test_places_parenthesis_names_only(inside, names, expected):
    from eventwire.places.resolve import Mention, _names_only

    mentions = [Mention(inside.index(n), inside.index(n) + len(n), n, "GPE", ()) for n in names]
    assert _names_only(inside, 1, len(inside) - 1, mentions) is expected


def test_places_parenthesis_area_with_its_kind_word_places_the_town(nlp, gazetteer):
    # "(Northern region)": the kind word does not hide the area; the namesake towns abroad are not the place
    text = "Ghanaian police dispersed a crowd at a durbar in Bole (Northern region) on Friday."
    places = places_of(nlp, gazetteer, text)
    bole = by_text(places, "Bole")
    assert not bole.resolved and "area" in (bole.reason or "")
    assert by_text(places, "Northern").country == "GH"
    loc = locate(nlp, gazetteer, text)
    assert (loc.name, loc.country, loc.geo_precision) == ("Northern", "GH", 3)


def test_places_parenthesis_kind_words_after_each_listed_area(nlp, gazetteer):
    text = "Youths attacked a police post in Lubwaga village (Budaka district, Eastern region) on Monday."
    places = places_of(nlp, gazetteer, text)
    assert by_text(places, "Eastern").country == "UG" and by_text(places, "Budaka").country == "UG"


def test_places_parenthesis_word_inside_an_unknown_name_needs_its_own_name(nlp, gazetteer):
    # the gazetteer lacks "Boni Forest"; its first word is only another spelling of a German city
    text = "Soldiers raided a camp in Boni Forest (Garissa county) on Monday."
    places = places_of(nlp, gazetteer, text)
    assert all(p.country in (None, "KE") for p in places)
    loc = locate(nlp, gazetteer, text)
    assert (loc.name, loc.country) == ("Garissa", "KE")
