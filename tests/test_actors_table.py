"""The actor table: generated state actors, packaged aliases, user extensions and generic ACLED actors."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorTable, country_name, inter_for
from eventwire.errors import InputError
from eventwire.records import Actor


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return ActorTable.load()


@pytest.mark.parametrize(
    "name",
    [
        "Military Forces of Kenya",
        "Police Forces of Ghana",
        "Government of France",
        "Military Forces of the United States",
        "Military Forces of Syria",
        "Military Forces of the Democratic Republic of Congo",
        "Police Forces of Ivory Coast",
        "Government of Burkina Faso",
        "Military Forces of Afghanistan",
        "Police Forces of Somalia",
    ],
)
def test_state_actors_exist_for_every_country(table: ActorTable, name: str) -> None:
    actor = table.get(name)
    assert actor is not None and actor.inter == 1 and actor.country


def test_every_iso_country_has_three_state_actors(table: ActorTable) -> None:
    import pycountry

    for country in pycountry.countries:
        assert table.get(f"military-forces-{country.alpha_2.lower()}") is not None


@pytest.mark.parametrize(
    "alias",
    [
        "Daesh",
        "ISIS",
        "ISIL",
        "IS",
        "Islamic State",
        "Etat islamique",
        "État islamique",
        "EI",
        "Daech",
        "the Islamic State group",
        "Islamic State of Iraq and the Levant",
    ],
)
def test_islamic_state_aliases(table: ActorTable, alias: str) -> None:
    actor = table.match(alias)
    assert actor is not None and actor.name == "Islamic State" and actor.inter == 2


@pytest.mark.parametrize(
    ("text", "country", "name", "inter"),
    [
        ("regime soldiers", None, "Military Forces of Syria", 1),
        ("pro-regime fighters", None, "Military Forces of Syria", 1),
        ("soldiers", "SY", "Military Forces of Syria", 1),
        ("the police", "KE", "Police Forces of Kenya", 1),
        ("KDF", None, "Military Forces of Kenya", 1),
        ("Al-Shabaab", None, "Al Shabaab", 2),
        ("al Shabab fighters", None, "Al Shabaab", 2),
        ("JNIM", None, "JNIM: Group for Support of Islam and Muslims", 2),
        ("the Taliban", None, "Taliban", 2),
        ("French troops", None, "Military Forces of France", 1),
        ("the French Minister of the Armed Forces", None, "Government of France", 1),
        ("gunmen", "KE", "Unidentified Armed Group (Kenya)", 3),
        ("armed men", "GH", "Unidentified Armed Group (Ghana)", 3),
        ("bandits", "NG", "Unidentified Armed Group (Nigeria)", 3),
        ("militants", "SO", "Unidentified Armed Group (Somalia)", 3),
        ("protesters", "GH", "Protesters (Ghana)", 6),
        ("demonstrators", "ML", "Protesters (Mali)", 6),
        ("rioters", "KE", "Rioters (Kenya)", 5),
        ("an angry mob", "KE", "Rioters (Kenya)", 5),
        ("residents", "SY", "Civilians (Syria)", 7),
        ("villagers", "AF", "Civilians (Afghanistan)", 7),
        ("Malian soldiers", "BF", "Military Forces of Mali", 1),
        ("Kenyan protesters", None, "Protesters (Kenya)", 6),
        # no country in the text: no country in the name (not "International", ACLED's word for cross-border groups)
        ("gunmen", None, "Unidentified Armed Group", 3),
        ("villagers", None, "Civilians", 7),
        # rows of 2026.11.7, for regions the dev data lacks
        ("Israeli settlers", None, "Settlers (Israel)", 4),
        ("anti-Balaka militiamen", None, "Anti Balaka", 3),
        ("Mayi-Mayi fighters", None, "Mai-Mai Militia", 3),
        ("FARC dissidents", None, "FARC Dissidents", 2),
        ("Lashkar-e-Taiba militants", None, "LeT: Lashkar-e-Taiba", 2),
        ("the Moro Islamic Liberation Front", None, "MILF: Moro Islamic Liberation Front", 2),
        ("members of the Proud Boys", None, "Proud Boys", 3),
    ],
)
def test_match(table: ActorTable, text: str, country: str | None, name: str, inter: int) -> None:
    actor = table.match(text, country)
    assert actor is not None, text
    assert (actor.name, actor.inter) == (name, inter)


def test_match_unknown_phrase(table: ActorTable) -> None:
    assert table.match("the weather", "KE") is None
    assert table.match("", None) is None
    assert table.match("soldiers", None) is None  # a state actor needs a country


def test_short_capital_aliases_match_only_in_capitals(table: ActorTable) -> None:
    assert table.match("is") is None
    assert table.match("IS").name == "Islamic State"  # type: ignore[union-attr]


def test_user_table_adds_actors_and_aliases(tmp_path: Path) -> None:
    extra = tmp_path / "mine.csv"
    extra.write_text(
        "# my additions\n"
        "id,name,inter,country,kind,aliases\n"
        "river-boys,River Boys Militia,3,KE,militia,River Boys|the Boys of the River\n"
        "islamic-state,Islamic State,2,,rebel,Daesh al-Kubra\n",
        encoding="utf-8",
    )
    table = ActorTable.load(extra=extra)
    assert table.match("the Boys of the River").name == "River Boys Militia"  # type: ignore[union-attr]
    assert table.match("Daesh al-Kubra").name == "Islamic State"  # type: ignore[union-attr]
    assert table.match("ISIS").name == "Islamic State"  # packaged aliases are kept  # type: ignore[union-attr]


def test_user_table_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,inter,country,kind,aliases\nx,X,nine,,,\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.csv"):
        ActorTable.load(extra=bad)
    with pytest.raises(InputError, match="cannot read"):
        ActorTable.load(extra=tmp_path / "missing.csv")


def test_acled_country_names() -> None:
    assert country_name("SY") == "Syria"
    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("KE") == "Kenya"


def test_foreign_state_forces_are_external() -> None:
    ethiopian = Actor("military-forces-et", "Military Forces of Ethiopia", 1, "ET", "state")
    assert inter_for(ethiopian, "KE") == 8
    assert inter_for(ethiopian, "ET") == 1
    assert inter_for(ethiopian, None) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parties and police act at home: one vote per actor, however often named
        ("NPP and NDC supporters fought; NPP youths later burnt an office.", {"GH": 2}),
        ("Mungiki members clashed with ODM supporters.", {"KE": 2}),
        ("Ghana Police fired tear gas.", {"GH": 1}),
        # armed groups mostly fight at home ("NPA rebels clashed with troops in Samar": the Philippines' Samar,
        # not Russia's Samara); armies act abroad as often: no vote
        ("Al Shabaab militants attacked a convoy of the Ethiopian army.", {"SO": 1}),
        ("The Ethiopian army shelled the town; Kenyan police were deployed.", {"KE": 1}),
    ],
)
def test_home_countries_of_the_named_actors(table: ActorTable, text: str, expected: dict) -> None:
    assert dict(table.home_countries(text)) == expected


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # national intelligence and presidential guard bodies of the seeded countries are state forces
        ("officers of the Bureau of National Investigations", None, "Police Forces of Ghana"),
        ("NIS agents", None, "Police Forces of Kenya"),
        ("the Department of State Services", None, "Police Forces of Nigeria"),
        ("the Presidential Guards Directorate", None, "Military Forces of Ghana"),
        # generic security and intelligence operatives take the document's country
        ("plain-clothes security operatives", "GH", "Police Forces of Ghana"),
        ("two intelligence officers", "KE", "Police Forces of Kenya"),
        ("the presidential guards", "KE", "Military Forces of Kenya"),
        # private guards stay private security
        ("armed security guards", "GH", "Private Security Forces (Ghana)"),
    ],
)
def test_match_state_security_bodies(table: ActorTable, text: str, country: str | None, name: str) -> None:
    actor = table.match(text, country)
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("an election officer", "Civilians (Kenya)"),
        ("an agricultural extension officer", "Civilians (Kenya)"),
        ("the returning officers", "Civilians (Kenya)"),
        ("a police officer", "Police Forces of Kenya"),
        ("prison officers", "Police Forces of Kenya"),
        ("officers", "Police Forces of Kenya"),
    ],
)
def test_actors_table_civil_officers_are_not_the_police(phrase, expected):
    found = ActorTable.load().match(phrase, "KE")
    assert found is not None and found.name == expected
