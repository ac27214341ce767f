"""Resolution ranking on hand-built mentions: feature and admin level, population, country context."""

from __future__ import annotations

from collections import Counter

import pytest
import spacy

from eventwire.places.build import ALTERNATE, PRIMARY, SKELETON
from eventwire.places.gazetteer import Candidate
from eventwire.places.resolve import Mention
from eventwire.places.resolve import resolve_mentions as resolve


def cand(id, name, feature, country, pop, admin1=None, quality=PRIMARY, lat=0.0, lon=0.0):
    return Candidate(id, id, name, feature, country, admin1, None, lat, lon, pop, quality)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def mention(doc, word, cands, **kw):
    start = doc.text.index(word)
    return Mention(start, start + len(word), word, kw.pop("label", "GPE"), tuple(cands), **kw)


GEORGIA = [cand(1, "Georgia", "ADM1", "US", 10_000_000, "Georgia"),
           cand(2, "Georgia", "PCLI", "GE", 3_700_000)]
ATLANTA = [cand(3, "Atlanta", "PPLA", "US", 500_000, "Georgia")]
TBILISI = [cand(4, "Tbilisi", "PPLC", "GE", 1_100_000, "Tbilisi")]


@pytest.mark.parametrize(
    ("text", "other", "other_cands", "country"),
    [("Atlanta, Georgia", "Atlanta", ATLANTA, "US"), ("Tbilisi, Georgia", "Tbilisi", TBILISI, "GE")],
)
def test_places_resolve_co_occurring_places_pick_the_country(blank, text, other, other_cands, country):
    doc = blank(text)
    places = resolve(doc, [mention(doc, other, other_cands), mention(doc, "Georgia", GEORGIA)], [], Counter())
    georgia = next(p for p in places if p.span.text == "Georgia")
    assert georgia.country == country


def test_places_resolve_demonym_context(blank):
    doc = blank("Troops entered Tripoli, Libyan officials said.")
    tripoli = [cand(5, "Tripoli", "PPLC", "LY", 1_150_000), cand(6, "Tripoli", "PPLA", "LB", 230_000)]
    places = resolve(doc, [mention(doc, "Tripoli", tripoli)], [], Counter({"LB": 1}))
    assert places[0].country == "LB"


def test_places_resolve_country_beats_same_named_town(blank):
    doc = blank("Talks in Jordan resumed.")
    jordan = [cand(7, "Jordan", "PCLI", "JO", 10_000_000), cand(8, "Jordan", "PPL", "US", 1_500)]
    assert resolve(doc, [mention(doc, "Jordan", jordan)], [], Counter())[0].feature == "PCLI"


def test_places_resolve_admin_cue_prefers_the_province(blank):
    doc = blank("the province of Homs")
    homs = [cand(9, "Homs", "PPLA", "SY", 775_000, "Homs"), cand(10, "Homs", "ADM1", "SY", 1_000_000, "Homs")]
    m = mention(doc, "Homs", homs, hint="admin")
    assert resolve(doc, [m], [], Counter())[0].feature == "ADM1"


def test_places_resolve_region_after_the_is_not_forced_onto_a_town(blank):
    doc = blank("attacks in the Levant")
    m = mention(doc, "Levant", [cand(11, "Levant", "PPL", "US", 1_500)], hint="region")
    place = resolve(doc, [m], [], Counter())[0]
    assert not place.resolved and "region" in place.reason


def test_places_resolve_skeleton_match_needs_country_context(blank):
    doc = blank("fighting near Bagoz")
    loose = [cand(12, "Bağgöze", "PPL", "TR", 2_000, quality=SKELETON)]
    place = resolve(doc, [mention(doc, "Bagoz", loose)], [], Counter({"SY": 2}))[0]
    assert not place.resolved and place.reason


def test_places_resolve_unknown_place_reports_reason(blank):
    doc = blank("the fall of Baghouz")
    place = resolve(doc, [], [mention(doc, "Baghouz", [])], Counter())[0]
    assert not place.resolved and "not in the gazetteer" in place.reason


def test_places_resolve_score_in_unit_interval(blank):
    doc = blank("Paris")
    paris = [cand(13, "Paris", "PPLC", "FR", 2_100_000), cand(14, "Paris", "PPL", "US", 25_000, "Texas",
                                                                quality=ALTERNATE)]
    place = resolve(doc, [mention(doc, "Paris", paris)], [], Counter())[0]
    assert place.country == "FR" and 0.5 < place.score <= 1.0


def test_places_resolve_primary_name_of_a_far_larger_city_beats_an_alternate_name(blank):
    # a capital with an old alternate spelling that is the main name of a much larger city elsewhere
    doc = blank("Protesters marched in Varnapur on Sunday.")
    varnapur = [cand(15, "Verna", "PPLC", "XA", 150_000, "Verna", quality=ALTERNATE),
                cand(16, "Verna", "ADM1", "XA", 170_000, "Verna", quality=ALTERNATE),
                cand(17, "Varnapur", "PPL", "XB", 9_000_000, "Capital"),
                cand(18, "Varnapur", "PPL", "US", 3_000, "Ohio")]
    assert resolve(doc, [mention(doc, "Varnapur", varnapur)], [], Counter())[0].country == "XB"


def test_places_resolve_alternate_name_of_a_capital_beats_small_primary_namesakes(blank):
    doc = blank("Talks opened in Oldtown.")
    oldtown = [cand(19, "Newcap", "PPLC", "XA", 900_000, "Newcap", quality=ALTERNATE),
               cand(20, "Oldtown", "PPL", "US", 90_000, "Ohio")]
    assert resolve(doc, [mention(doc, "Oldtown", oldtown)], [], Counter())[0].country == "XA"


def test_places_resolve_area_without_towns_places_a_name_in_its_country(blank):
    # a newer area the gazetteer has with no towns: its towns are still filed under the older area
    doc = blank("Youths rioted in Mankrong (Newland).")
    town = mention(doc, "Mankrong", [cand(21, "Mankrong", "PPL", "XA", 20_000, "Oldland"),
                                     cand(22, "Mankrong", "PPL", "XB", 30_000, "Elsewhere")])
    area = mention(doc, "Newland", [cand(23, "Newland", "ADM1", "XA", 0, "Newland")])
    places = {p.span.text: p for p in resolve(doc, [town, area], [], Counter())}
    assert places["Mankrong"].resolved and places["Mankrong"].country == "XA"


def test_places_resolve_variant_name_of_a_far_small_town_is_not_forced(blank):
    # the other places point at one country; the only reading is a small town abroad that bears the name
    # only as a variant spelling: no reading is better than that one
    doc = blank("Raiders struck Lomara near Kitale")
    lomara = [cand(21, "Lomarra", "PPL", "XA", 4_000, quality=ALTERNATE)]
    kitale = [cand(22, "Kitale", "PPL", "KE", 100_000)]
    places = resolve(doc, [mention(doc, "Lomara", lomara), mention(doc, "Kitale", kitale)], [], Counter())
    assert not places[0].resolved and "outside" in places[0].reason
    assert places[1].country == "KE"


def test_places_resolve_own_name_of_a_far_small_town_is_kept_without_a_clear_country(blank):
    doc = blank("Raiders struck Lomara near Kitale")
    lomara = [cand(23, "Lomara", "PPL", "XA", 4_000)]
    kitale = [cand(24, "Kitale", "PPL", "KE", 100_000)]
    places = resolve(doc, [mention(doc, "Lomara", lomara), mention(doc, "Kitale", kitale)], [], Counter())
    assert places[0].country == "XA"


def test_places_resolve_variant_name_of_a_hamlet_needs_a_country_in_the_text(blank):
    doc = blank("Members of the Tobias group protested")
    hamlet = [cand(25, "Tobiasville", "PPL", "XA", 900, quality=ALTERNATE)]
    place = resolve(doc, [mention(doc, "Tobias", hamlet)], [], Counter())[0]
    assert not place.resolved and "no country" in place.reason


def test_places_resolve_area_word_at_one_mention_makes_every_mention_the_area(blank):
    # one sense per discourse: "the province of Brenmoor" once is enough for the bare "Brenmoor" before it
    doc = blank("Brenmoor schools reopen. The province of Brenmoor pays for buses. Brenmoor families agree.")
    brenmoor = [cand(30, "Brenmoor", "ADM1", "XA", 900_000, "Brenmoor"),
                cand(31, "Brenmoor", "PPL", "XB", 60_000, "Otherland")]
    starts = [i for i in range(len(doc.text)) if doc.text.startswith("Brenmoor", i)]
    mentions = [Mention(s, s + 8, "Brenmoor", "GPE", tuple(brenmoor), hint="admin" if k == 1 else None)
                for k, s in enumerate(starts)]
    # context that favours the town's country, which the area word must outweigh
    places = resolve(doc, mentions, [], Counter({"XB": 1}))
    assert [p.feature for p in places] == ["ADM1", "ADM1", "ADM1"]


def test_places_resolve_named_first_level_area_outweighs_scattered_namesakes(blank):
    # the text names one state; its other names have namesakes there and in a second state, and one name
    # exists only in the second state: the named state is where the ambiguous towns are
    doc = blank("Officials in Alderton and Bexley met Corwin leaders. Westmark police said Alderton was calm.")
    westmark = [cand(40, "Westmark", "ADM1", "US", 4_000_000, "Westmark")]
    alderton = [cand(41, "Alderton", "PPL", "US", 20_000, "Eastvale"),
                cand(42, "Alderton", "PPL", "US", 12_000, "Westmark")]
    bexley = [cand(43, "Bexley", "PPL", "US", 25_000, "Eastvale"), cand(44, "Bexley", "PPL", "US", 9_000, "Westmark")]
    corwin = [cand(45, "Corwin", "PPL", "US", 8_000, "Eastvale")]
    mentions = [mention(doc, "Alderton", alderton), mention(doc, "Bexley", bexley), mention(doc, "Corwin", corwin),
                mention(doc, "Westmark", westmark)]
    places = {p.span.text: p for p in resolve(doc, mentions, [], Counter())}
    assert places["Alderton"].admin1 == "Westmark" and places["Bexley"].admin1 == "Westmark"


@pytest.mark.parametrize(("hint", "feature"), [(None, "PPL"), ("admin", "ADM1")])
def test_places_resolve_small_area_abroad_does_not_outrank_a_larger_town_of_its_name(blank, hint, feature):
    # a parish of 20,000 people abroad named like a city of 600,000: the city, unless the text says "parish"
    doc = blank("Council members in Harborton voted on Tuesday.")
    harborton = [cand(50, "Harborton", "ADM1", "XA", 20_000, "Harborton"),
                 cand(51, "Harborton", "PPL", "US", 600_000, "Oregon")]
    place = resolve(doc, [mention(doc, "Harborton", harborton, hint=hint)], [], Counter())[0]
    assert place.feature == feature


def test_places_resolve_populous_state_name_beats_a_small_town_of_that_name(blank):
    # a text full of places in one state names another, populous state: not the hamlet named after it
    doc = blank("Growers from Millburg and Oakdale shipped fruit to Fremontia last spring.")
    millburg = [cand(60, "Millburg", "PPL", "US", 9_000, "Keystone")]
    oakdale = [cand(61, "Oakdale", "PPL", "US", 7_000, "Keystone")]
    fremontia = [cand(62, "Fremontia", "ADM1", "US", 30_000_000, "Fremontia"),
                 cand(63, "Fremontia", "PPL", "US", 3_000, "Keystone")]
    mentions = [mention(doc, "Millburg", millburg), mention(doc, "Oakdale", oakdale),
                mention(doc, "Fremontia", fremontia)]
    places = {p.span.text: p for p in resolve(doc, mentions, [], Counter())}
    assert places["Fremontia"].feature == "ADM1"


def test_places_resolve_province_abroad_does_not_take_a_village_name_from_its_region(blank):
    # the text names the village's own region; a populous province of that name in a country the text does
    # not name is not what it means
    doc = blank("Farmers in Serrano, a village in Altiplano, blamed the mine.")
    serrano = [cand(64, "Serrano", "ADM1", "XB", 20_000_000, "Serrano"),
               cand(65, "Serrano", "PPL", "XA", 900, "Altiplano")]
    altiplano = [cand(66, "Altiplano", "ADM1", "XA", 1_500_000, "Altiplano")]
    mentions = [mention(doc, "Serrano", serrano), mention(doc, "Altiplano", altiplano)]
    places = {p.span.text: p for p in resolve(doc, mentions, [], Counter())}
    assert places["Serrano"].country == "XA" and places["Serrano"].feature == "PPL"


def test_places_resolve_repeated_demonym_grows_like_a_repeated_name(blank):
    # a text set in one country mentions another country's people four times: a demonym's say grows with the
    # log of its mentions, as a place name's does, so the big city of the named place's country stays
    doc = blank("Surgeons in Lakemont, Brightwater and Fernvale say fewer clients cross over for treatment.")
    lakemont = [cand(70, "Lakemont", "PPLA", "XA", 2_500_000, "North"),
                cand(71, "Lakemont", "PPL", "XB", 5_000, "Upland")]
    brightwater = [cand(72, "Brightwater", "PPLA", "XA", 1_200_000, "West")]
    fernvale = [cand(73, "Fernvale", "PPLA", "XA", 900_000, "East")]
    mentions = [mention(doc, "Lakemont", lakemont), mention(doc, "Brightwater", brightwater),
                mention(doc, "Fernvale", fernvale)]
    places = {p.span.text: p for p in resolve(doc, mentions, [], Counter({"XB": 4}))}
    assert places["Lakemont"].country == "XA"


def _states(doc, names, extra=None):
    """Mentions of first-level areas (one US state each, plus the given extra readings)."""
    out = []
    for k, name in enumerate(names):
        cands = [cand(100 + k, name, "ADM1", "US", 5_000_000, name)] + (extra or {}).get(name, [])
        out.append(mention(doc, name, cands))
    return out


def test_places_resolve_list_of_states_is_not_a_town_placed_in_a_state(blank):
    # "Wexford, Keystone and Lakeland": three states, not a town called Wexford in the state of Keystone
    doc = blank("Cases were found in Wexford, Keystone and Lakeland this week.")
    extra = {"Wexford": [cand(90, "Wexford", "PPL", "US", 4_000, "Keystone")]}
    places = {p.span.text: p for p in resolve(doc, _states(doc, ["Wexford", "Keystone", "Lakeland"], extra),
                                              [], Counter())}
    assert places["Wexford"].feature == "ADM1"


def test_places_resolve_name_in_a_list_of_states_is_the_state(blank):
    # a state named like the capital city: among other states' names it is the state
    doc = blank("Cases were found in Keystone, Fairhaven, Lakeland and Ridgeway this week.")
    extra = {"Fairhaven": [cand(91, "Fairhaven", "PPLC", "US", 700_000, "Capital District")]}
    places = {p.span.text: p for p in resolve(doc, _states(doc, ["Keystone", "Fairhaven", "Lakeland", "Ridgeway"],
                                                             extra), [], Counter())}
    assert places["Fairhaven"].feature == "ADM1"


def test_places_resolve_list_of_countries_keeps_the_country_reading(blank):
    # a list of countries is no list of areas: a country named like a state abroad stays the country
    doc = blank("Polio cases fell in Solvaria, Dunmark and Ostland last year.")
    mentions = [mention(doc, "Solvaria", [cand(92, "Solvaria", "PCLI", "XA", 20_000_000),
                                          cand(93, "Solvaria", "ADM1", "XB", 4_000_000, "Solvaria")]),
                mention(doc, "Dunmark", [cand(94, "Dunmark", "PCLI", "XD", 190_000_000)]),
                mention(doc, "Ostland", [cand(95, "Ostland", "PCLI", "XC", 8_000_000)])]
    places = {p.span.text: p for p in resolve(doc, mentions, [], Counter())}
    assert places["Solvaria"].feature == "PCLI"


def test_places_resolve_town_placed_in_the_area_of_its_own_name(blank):
    # "Maruna (Tobe, Maruna)" places the town in the county of its name; only a lone name in a parenthesis
    # can be another name for the place before it ("Myanmar (Burma)")
    from eventwire.places.resolve import _qualifiers

    doc = blank("Traders protested in Maruna (Tobe, Maruna) on Friday.")
    county = cand(110, "Maruna", "ADM1", "XA", 600_000, "Maruna")
    head = mention(doc, "Maruna", [county, cand(111, "Maruna", "PPL", "XA", 30_000, "Maruna")], hint="city")
    tobe = mention(doc, "Tobe", [cand(113, "Tobe", "ADM2", "XA", 80_000, "Maruna")])
    start = doc.text.rindex("Maruna")
    area = Mention(start, start + 6, "Maruna", "GPE", (county,), hint="admin", listed=True)
    within, strict = _qualifiers(doc, [head, tobe, area])
    assert "maruna" in strict and ("XA", "Maruna") in within["maruna"]
