"""find_actors on hand-built Docs: canonical actors, every mention span, country from places or demonyms."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.actors import ActorTable, find_actors
from eventwire.records import Place, Span


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


def make_doc(text: str) -> Doc:
    """A Doc whose text equals ``text`` (whitespace tokens; find_actors only reads ``doc.text``)."""
    words = text.split(" ")
    return Doc(Vocab(), words=words, spaces=[True] * (len(words) - 1) + [False])


def actors_of(text: str, table: ActorTable, places: list[Place] | None = None) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in find_actors(make_doc(text), table, places or [])}


def test_aliases_are_one_actor_with_every_mention(table: ActorTable) -> None:
    text = "Daesh claimed the attack. ISIS fighters and the Islamic State have grown; IS is back."
    found = actors_of(text, table)
    assert found["Islamic State"] == ["Daesh", "ISIS fighters", "Islamic State", "IS"]


def test_mention_spans_point_into_the_text(table: ActorTable) -> None:
    text = "On Monday, Al-Shabaab militants attacked a KDF camp in Lamu, Kenya."
    for actor in find_actors(make_doc(text), table, []):
        for span in actor.mentions:
            assert text[span.start : span.end] == span.text


def test_generic_actors_take_the_country_of_the_places(table: ActorTable) -> None:
    text = "Gunmen killed three villagers and protesters later blocked the road."
    places = [Place(Span(0, 0, "Mandera"), name="Mandera", country="KE", lat=3.9, lon=41.8)]
    found = actors_of(text, table, places)
    assert set(found) == {"Unidentified Armed Group (Kenya)", "Civilians (Kenya)", "Protesters (Kenya)"}


def test_generic_actors_take_the_country_of_a_demonym_or_country_name(table: ActorTable) -> None:
    found = actors_of("In Ghana, rioters torched a police station and officers fled.", table)
    assert set(found) == {"Rioters (Ghana)", "Police Forces of Ghana"}


def test_a_demonym_before_the_noun_wins(table: ActorTable) -> None:
    text = "Malian soldiers crossed into Burkina Faso, where soldiers of Burkina Faso met them."
    found = actors_of(text, table)
    assert "Military Forces of Mali" in found


def test_soldiers_with_syria_context(table: ActorTable) -> None:
    text = "Near Palmyra in Syria, militants ambushed a bus and killed 12 soldiers."
    found = actors_of(text, table)
    assert "Military Forces of Syria" in found


def test_coreference_to_the_single_armed_group(table: ActorTable) -> None:
    text = ("Daesh fighters raided a checkpoint. The organization later issued a statement, "
            "and the jihadist group posted photos.")
    found = actors_of(text, table)
    assert found["Islamic State"] == ["Daesh fighters", "The organization", "the jihadist group"]


def test_no_coreference_with_two_armed_groups(table: ActorTable) -> None:
    text = "Al Shabaab and the Islamic State fought each other. The group lost ten men."
    found = actors_of(text, table)
    assert "The group" not in found["Al Shabaab"] + found["Islamic State"]


def test_ethnic_militias(table: ActorTable) -> None:
    found = actors_of("Pokot raiders attacked Turkana herders in Kenya.", table)
    assert "Pokot Ethnic Militia (Kenya)" in found
    assert "Turkana Ethnic Militia (Kenya)" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group's name in lower case, and descriptors between the name and the militia noun
        ("In Kenya, turkana militia burnt a school.", {"Turkana Ethnic Militia (Kenya)": ["turkana militia"]}),
        (
            "In Kenya, Borana pastoralist militiamen raided a farm.",
            {"Borana Ethnic Militia (Kenya)": ["Borana pastoralist militiamen"]},
        ),
        (
            "In Kenya, Gabra cattle rustlers struck at night.",
            {"Gabra Ethnic Militia (Kenya)": ["Gabra cattle rustlers"]},
        ),
        # two groups sharing one militia noun
        (
            "In Kenya, Orma and Pokomo militants fought.",
            {"Orma Ethnic Militia (Kenya)": ["Orma"], "Pokomo Ethnic Militia (Kenya)": ["Pokomo militants"]},
        ),
    ],
)
def test_ethnic_militias_in_other_wordings(table: ActorTable, text: str, expected: dict[str, list[str]]) -> None:
    assert actors_of(text, table) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Ghana, the Tolon clan militia attacked a farm.", {"Tolon Clan Militia (Ghana)": ["Tolon clan militia"]}),
        (
            "In Ghana, Bole and Sawla militias clashed.",
            {"Bole Communal Militia (Ghana)": ["Bole"], "Sawla Communal Militia (Ghana)": ["Sawla militias"]},
        ),
        (
            "In Ghana, the Lomo ethnic militia struck.",
            {"Lomo Ethnic Militia (Ghana)": ["Lomo ethnic militia"]},
        ),
    ],
)
def test_named_local_militias_with_descriptors_or_coordinated(
    table: ActorTable, text: str, expected: dict[str, list[str]]
) -> None:
    assert actors_of(text, table) == expected


def test_ethnic_group_plurals_and_clan_militias(table: ActorTable) -> None:
    assert actors_of("In Kenya, Tugens militia raided a farm.", table) == {
        "Tugen Ethnic Militia (Kenya)": ["Tugens militia"]
    }
    assert actors_of("In Somalia, the Dir clan militia took the town.", table) == {
        "Dir Clan Militia (Somalia)": ["Dir clan militia"]
    }


def test_a_name_does_not_run_across_a_sentence_end(table: ActorTable) -> None:
    found = actors_of("Trouble returned to Ghana. Kanta militia attacked a farm.", table)
    assert found == {"Kanta Communal Militia (Ghana)": ["Kanta militia"]}


def test_descriptive_capitalised_words_are_not_militia_names(table: ActorTable) -> None:
    assert actors_of("Armed militia attacked a farm in Ghana.", table) == {}


@pytest.mark.parametrize("noun", ["prison guards", "park rangers", "forest guards", "warders"])
def test_custodial_and_wildlife_officers_are_police_forces(table: ActorTable, noun: str) -> None:
    assert set(actors_of(f"In Kenya, {noun} beat a man.", table)) == {"Police Forces of Kenya"}


def test_party_militias_are_the_party(table: ActorTable) -> None:
    found = actors_of("In Ghana, NDC militias attacked a polling station.", table)
    assert found == {"NDC: National Democratic Congress": ["NDC militias"]}


def test_actor_records_carry_inter_and_kind(table: ActorTable) -> None:
    actors = {
        a.name: a for a in find_actors(make_doc("Protesters and police met in Accra, Ghana."), table, [])
    }
    assert actors["Protesters (Ghana)"].inter == 6
    assert actors["Police Forces of Ghana"].inter == 1
    assert actors["Police Forces of Ghana"].kind == "state"


def test_text_without_actors(table: ActorTable) -> None:
    assert find_actors(make_doc("The weather was fine on Sunday."), table, []) == []


def test_named_local_militia_is_a_communal_militia(table: ActorTable) -> None:
    found = actors_of("In Ghana, members of the Kanta Warriors militia attacked a festival.", table)
    assert found == {"Kanta Warriors Communal Militia (Ghana)": ["Kanta Warriors militia"]}


def test_known_group_wins_over_the_local_militia_pattern(table: ActorTable) -> None:
    found = actors_of("The Mungiki militia attacked drivers in Kenya.", table)
    assert found == {"Mungiki Militia": ["Mungiki militia"]}


def test_private_security_takes_the_document_country(table: ActorTable) -> None:
    found = actors_of("Land guards attacked a chief near Kasoa, Ghana.", table)
    assert "Private Security Forces (Ghana)" in found
