"""The event type classifier on sentences written for the project (never taken from the development data)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.errors import ModelError
from eventwire.events.classify import (
    EVENT_TYPES,
    MODEL_PATH,
    SUB_EVENT_TYPES,
    TypeGuess,
    classify,
    load_model,
    mask,
    plover_for,
    save_model,
)

pytestmark = pytest.mark.skipif(not MODEL_PATH.is_file(), reason="event type model not built")

SENTENCES: dict[str, list[str]] = {
    "Battles": [
        "Government troops clashed with rebel fighters on Monday, leaving four soldiers dead.",
        "Heavy fighting broke out between the army and insurgents near the border crossing.",
        "Militants attacked an army base overnight and soldiers returned fire, killing six of the attackers.",
        "Two rival armed groups exchanged gunfire for several hours in the hills north of the capital.",
        "Police officers engaged a gang of armed bandits in a shootout, killing two of them.",
        "Security forces repulsed an assault by jihadist fighters on an army outpost.",
        "The army recaptured the town from the rebels after two days of fighting.",
        "Rebel fighters seized control of the district headquarters after soldiers withdrew under fire.",
        "Members of two clan militias fought over grazing land, and three militiamen were killed.",
        "Soldiers ambushed a column of insurgents, and a firefight followed in which several fighters died.",
        "Armed herders and a local militia clashed near the river, leaving five fighters dead on both sides.",
    ],
    "Explosions/Remote violence": [
        "A roadside bomb struck a military convoy, killing three soldiers.",
        "An improvised explosive device exploded under a police vehicle on the highway.",
        "Militants lobbed a grenade into a crowded bar, wounding twelve people.",
        "A landmine blast killed two herders who were grazing their animals near the border.",
        "Mortar shells fell on a residential neighbourhood, killing a child.",
        "An airstrike hit a rebel position in the mountains, killing at least ten fighters.",
        "A drone strike targeted a vehicle carrying suspected militants.",
        "A suicide bomber blew himself up at the entrance of a mosque, killing nine worshippers.",
        "Artillery fire pounded the outskirts of the city throughout the night.",
        "An explosive device planted on the road detonated as a bus passed, killing four passengers.",
        "Warplanes bombed a village held by the insurgents.",
    ],
    "Violence against civilians": [
        "Gunmen shot dead a shopkeeper in his store and fled on a motorcycle.",
        "Armed men stormed a village at night and killed seven residents.",
        "Unknown attackers hacked a farmer to death with machetes in his field.",
        "Bandits abducted three teachers from a school and demanded a ransom.",
        "Militants kidnapped an aid worker travelling to the camp.",
        "A woman was raped by armed men while fetching firewood.",
        "Police officers shot and killed an unarmed man at a checkpoint.",
        "Attackers set fire to houses in the village, killing an elderly couple inside.",
        "Suspected militants beheaded two villagers accused of informing for the army.",
        "Gunmen opened fire on a passenger bus, killing five travellers.",
        "A local chief was assassinated by unidentified gunmen outside his home.",
    ],
    "Protests": [
        "Hundreds of teachers marched to the ministry demanding payment of salary arrears.",
        "Traders staged a peaceful demonstration against the new market levy.",
        "Students held a sit-in at the university to protest the increase in fees.",
        "Residents demonstrated outside the county offices over the poor state of the road.",
        "Nurses protested in the capital, demanding better working conditions.",
        "Police fired tear gas to disperse protesters who had gathered outside parliament.",
        "Opposition supporters held a rally to protest against the election results.",
        "Farmers protested in front of the governor's office over delayed payments for their crops.",
        "Police arrested twenty demonstrators during a march against corruption.",
        "Workers downed their tools and demonstrated at the factory gate over unpaid wages.",
        "Security forces opened fire on peaceful protesters, killing two of them.",
    ],
    "Riots": [
        "Angry youths blocked the highway with burning tyres and pelted police with stones.",
        "Rioters looted shops and torched vehicles after the announcement of the results.",
        "A mob lynched a suspected thief in the market.",
        "Irate residents set ablaze a police post after a boy was killed in a road accident.",
        "Protesters threw stones at police, who responded with tear gas, and several shops were vandalised.",
        "A mob beat a man to death after accusing him of witchcraft.",
        "Supporters of rival candidates fought with clubs and stones at the polling station.",
        "Students went on the rampage, smashing windows and burning the administration block.",
        "Angry villagers attacked and burnt the house of a man suspected of stealing a motorbike.",
        "Demonstrators barricaded roads with rocks and burned tyres, clashing with riot police.",
        "Residents stoned a suspected kidnapper to death before the police arrived.",
    ],
    "Strategic developments": [
        "Police arrested a prominent opposition leader at his home in the capital.",
        "Security forces defused a bomb planted near the main bus station.",
        "The army seized a large cache of weapons and ammunition from a hideout.",
        "The two rival factions signed a peace agreement in the presence of elders.",
        "The rebel group announced that it had appointed a new leader.",
        "The militants established a new base in the forest near the border.",
        "Government troops took over the town after the rebels withdrew without a fight.",
        "Unknown people looted the warehouse of the aid agency and destroyed its vehicles.",
        "Officers recovered an improvised explosive device before it could detonate.",
        "The armed group released twelve hostages following negotiations.",
        "Arsonists destroyed a school building at night, with no injuries reported.",
    ],
}


def test_classify_returns_one_guess_per_text_in_order() -> None:
    texts = [SENTENCES["Battles"][0], "", SENTENCES["Protests"][0]]
    guesses = classify(texts)
    assert len(guesses) == 3
    assert guesses[1] == TypeGuess(None, None)
    assert all(isinstance(g, TypeGuess) for g in guesses)
    assert classify([]) == []


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_classify_recognises_each_event_type(event_type: str) -> None:
    sentences = SENTENCES[event_type]
    assert len(sentences) >= 10
    guesses = classify(sentences)
    right = [g.event_type == event_type for g in guesses]
    wrong = [(s, g.event_type) for s, g, ok in zip(sentences, guesses, right, strict=True) if not ok]
    assert sum(right) >= len(sentences) * 0.7, wrong


def test_classify_codes_agree_and_confidence_is_a_probability() -> None:
    for guess in classify([s for group in SENTENCES.values() for s in group]):
        assert guess.sub_event_type in SUB_EVENT_TYPES
        assert SUB_EVENT_TYPES[guess.sub_event_type] == guess.event_type
        assert 0.0 <= guess.confidence <= 1.0


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "A suicide bomber detonated his explosive vest at a checkpoint, killing six people.",
            "Suicide bomb",
        ),
        ("An airstrike destroyed a house in the village, killing a family of five.", "Air/drone strike"),
        (
            "Regime forces dropped barrels of chlorine gas on the town, and dozens of people choked.",
            "Chemical weapon",
        ),
        ("A drone strike killed a senior commander of the group in his car.", "Air/drone strike"),
    ],
)
def test_classify_weapon_words_pick_remote_violence_sub_events(text: str, sub_event_type: str) -> None:
    guess = classify([text])[0]
    assert guess.sub_event_type == sub_event_type
    assert guess.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested five demonstrators.", ("Arrests", "COERCE", "arrest")),
        ("Teachers marched peacefully to the ministry.", ("Peaceful protest", "PROTEST", "demo")),
        ("Gunmen kidnapped two engineers.", ("Abduction/forced disappearance", "ASSAULT", "abduct")),
    ],
)
def test_plover_second_coding(text: str, expected: tuple[str, str, str]) -> None:
    sub_event_type, plover_type, plover_mode = expected
    assert plover_for(sub_event_type, text) == (plover_type, plover_mode)


def test_plover_mode_follows_the_weapon() -> None:
    assert plover_for("Attack", "they shot him dead") == ("ASSAULT", "firearms")
    assert plover_for("Attack", "he was hacked with a machete") == ("ASSAULT", "primitive")
    assert plover_for("Violent demonstration", "youths burned tyres") == ("PROTEST", "riot")
    assert plover_for("Peaceful protest", "workers went on a hunger strike") == ("PROTEST", "strike-hun")
    assert plover_for(None) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March 2021, protesters marched in Nairobi.", "on zdate , protesters marched in zname ."),
        ("Police arrested 25 people (Kisumu, Nyanza). [size=around 50]", "police arrested znum people ."),
        ("Gunmen from the Tana Delta killed two people.", "gunmen from the zname killed two people ."),
    ],
)
def test_mask_hides_dates_numbers_and_names(text: str, expected: str) -> None:
    assert mask(text) == expected


def test_missing_model_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "absent.joblib")


def test_model_loads_once() -> None:
    assert load_model() is load_model()


def test_corrupt_model_file_raises_model_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pkl"
    broken.write_bytes(b"\x80\x05not a pickle at all")
    with pytest.raises(ModelError, match="cannot be read"):
        load_model(broken)


def test_saved_bundle_loads_and_classifies_the_same(tmp_path: Path) -> None:
    path = tmp_path / "copy.pkl"
    save_model(load_model(), path)
    for beside in (MODEL_PATH.with_suffix(".onnx"), MODEL_PATH.parent / "minilm-tokenizer.json"):
        if beside.is_file():  # the fine-tuned network the bundle is mixed with (events.neural)
            shutil.copy(beside, tmp_path / beside.name.replace(MODEL_PATH.stem, path.stem))
    texts = ["Soldiers clashed with rebels near the border.", "Traders marched to demand lower taxes."]
    assert classify(texts, model=path) == classify(texts)
