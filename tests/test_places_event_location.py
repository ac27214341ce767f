"""event_location: the place where the clause's event happened, with ACLED geo_precision."""

from __future__ import annotations

import pytest

from eventwire.places import Gazetteer, event_location, find_places


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.open()


def locate(nlp, gazetteer, text, clause=None):
    doc = nlp(text)
    places = find_places(doc, gazetteer)
    start = text.index(clause) if clause else 0
    end = start + len(clause) if clause else len(text)
    return event_location(places, start, end, doc)


def test_places_event_location_town_in_clause(nlp, gazetteer):
    loc = locate(nlp, gazetteer, "Syrian officials said a car bomb exploded in Aleppo on Monday.")
    assert (loc.name, loc.geo_precision) == ("Aleppo", 1)
    assert loc.country == "SY" and loc.lat is not None


def test_places_event_location_near_town_is_precision_2(nlp, gazetteer):
    loc = locate(nlp, gazetteer, "Gunmen ambushed a patrol near Kirkuk, Iraqi police said.")
    assert (loc.name, loc.geo_precision) == ("Kirkuk", 2)


def test_places_event_location_province_is_precision_3(nlp, gazetteer):
    loc = locate(nlp, gazetteer, "Airstrikes hit villages in the province of Idlib.")
    assert loc.geo_precision == 3 and loc.admin1 == "Idlib"


def test_places_event_location_prefers_the_attached_place(nlp, gazetteer):
    text = "A Turkish drone struck a car in Qamishli, Syria, killing two."
    loc = locate(nlp, gazetteer, text)
    assert loc.name in ("Al Qāmishlī", "Qamishli") and loc.geo_precision == 1


def test_places_event_location_falls_back_to_main_place_with_reason(nlp, gazetteer):
    text = "Clashes continued in Mosul. Two soldiers were killed on Friday."
    loc = locate(nlp, gazetteer, text, clause="Two soldiers were killed on Friday.")
    assert loc.name == "Mosul" and "main place" in loc.reason


def test_places_event_location_nothing_resolved():
    loc = event_location([], 0, 10, None)
    assert loc.name is None and loc.reason


def test_places_event_location_named_region_is_precision_3(nlp, gazetteer):
    loc = locate(nlp, gazetteer, "Militia fighters burned two villages in Darfur on Sunday, aid workers said.")
    assert (loc.name, loc.country, loc.geo_precision) == ("Darfur", "SD", 3)


@pytest.mark.parametrize(("text", "name"), [
    ("Youths of Kasoa clashed with police in Winneba on Monday.", "Winneba"),  # "in" another town first
    ("Residents of Kasoa blocked the main road on Monday.", "Kasoa"),
    ("The chief of Kasoa was attacked by youths from Winneba.", "Kasoa"),  # over "from"
])
def test_places_event_location_people_of_a_town_are_where_they_act(nlp, gazetteer, text, name):
    assert locate(nlp, gazetteer, text).name == name


def test_places_event_location_a_first_level_area_spelt_with_single_vowels_is_found(gazetteer):
    assert [(c.name, c.country, c.feature) for c in gazetteer.lookup("Hiraan")] == [("Hiiraan", "SO", "ADM1")]


def test_places_event_location_a_namesake_abroad_gives_way_to_the_areas_in_the_bracket(nlp, gazetteer):
    # "Selm" is also a German town; the bracket places the village in Lebanon
    loc = locate(nlp, gazetteer, "An Israeli drone struck a car in Khirbet Selm (Bint Jbeil, Nabatiyeh), killing a "
                                 "Hezbollah commander.")
    assert loc.country == "LB" and loc.geo_precision >= 2


def test_places_event_location_part_of_a_misspelt_area_overrules_nothing(nlp, gazetteer):
    # "Gushu" (a Chinese town) read inside the misspelt "Uasin Gushu" is no evidence against Eldoret
    loc = locate(nlp, gazetteer, "Residents stormed a police station near Eldoret (Kapsoya, Ainabkoi, Uasin Gushu).")
    assert (loc.name, loc.country) == ("Eldoret", "KE")
