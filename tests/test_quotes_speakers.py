"""Speakers resolved without coreference: pronouns, titles, appositions, actors.

Every text is written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.quotes import find_quotes
from eventwire.records import Actor, Quote, Span


def first_quote(nlp, text: str, actors: tuple[Actor, ...] = ()) -> Quote:
    quotes = [q for q in find_quotes(nlp(text), list(actors)) if q.direct]
    assert quotes, "no quote found"
    return quotes[-1]


def test_quotes_speakers_pronoun_skips_wrong_gender(nlp: Language) -> None:
    text = "Maria Santos met David Brown in the capital. “The talks went well,” she said."
    assert first_quote(nlp, text).speaker_name == "Maria Santos"


def test_quotes_speakers_he_prefers_the_subject(nlp: Language) -> None:
    text = "Peter Novak criticised Thomas Weber on Tuesday. “The plan is dead,” he said."
    assert first_quote(nlp, text).speaker_name == "Peter Novak"


def test_quotes_speakers_pronoun_chain(nlp: Language) -> None:
    text = (
        "Helen Carter arrived late. “The roads are closed,” she said. Paul Martin nodded.\n\n"
        "“We will wait,” she added."
    )
    assert first_quote(nlp, text).speaker_name == "Helen Carter"


def test_quotes_speakers_they_resolves_to_a_group(nlp: Language) -> None:
    text = "The Red Cross sent two convoys to the valley. “Access is still blocked,” they said."
    quote = first_quote(nlp, text)
    assert quote.speaker is not None and quote.speaker.text == "they"
    assert quote.speaker_name is not None and "Red Cross" in quote.speaker_name


@pytest.mark.parametrize(
    ("intro", "description"),
    [
        ("The Minister of Defence Karin Holm toured the base.", "the minister"),
        ("Swedish Minister of Defence Karin Holm toured the base.", "the Swedish minister"),
        ("Karin Holm, the Swedish defence minister, toured the base.", "the minister"),
    ],
)
def test_quotes_speakers_descriptions_link_to_the_named_person(
    nlp: Language, intro: str, description: str
) -> None:
    text = f"{intro} “Our troops are ready,” said {description}."
    assert first_quote(nlp, text).speaker_name == "Karin Holm"


def test_quotes_speakers_spokesman(nlp: Language) -> None:
    text = (
        "Army spokesman Colonel Ahmed Saleh spoke after the raid. "
        "“Three fighters were captured,” the spokesman said."
    )
    quote = first_quote(nlp, text)
    assert quote.speaker_name == "Ahmed Saleh"


def test_quotes_speakers_actor_from_role_and_nationality(nlp: Language) -> None:
    text = (
        "The French Minister of Foreign Affairs Jean Dumas spoke on Sunday. "
        "“The embassy stays open,” he said."
    )
    quote = first_quote(nlp, text)
    assert quote.speaker_name == "Jean Dumas"
    assert quote.actor == "Government of France"


def test_quotes_speakers_actor_from_of_country(nlp: Language) -> None:
    text = "The President of Kenya, William Otieno, spoke on Sunday. “We will not retreat,” Otieno said."
    assert first_quote(nlp, text).actor == "Government of Kenya"


def test_quotes_speakers_no_actor_without_support(nlp: Language) -> None:
    text = "Local farmer Jane Okoro watched the fields. “Everything is gone,” she said."
    assert first_quote(nlp, text).actor is None


def test_quotes_speakers_actor_from_actor_mentions(nlp: Language) -> None:
    text = "“We hold the bridge,” said the Northern Front."
    start = text.index("the Northern Front")
    actor = Actor("northern-front", "Northern Front", inter=2, mentions=(Span.of(text, start, start + 18),))
    assert first_quote(nlp, text, (actor,)).actor == "Northern Front"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("“The convoy was ambushed at dawn,” a Syrian military source said.", "Military Forces of Syria"),
        ("“The embassy will reopen next week,” a French diplomat said.", "Government of France"),
        ("“Two suspects were detained,” a Kenyan police spokesman said.", "Police Forces of Kenya"),
        ("“We saw the smoke from the hill,” a local farmer said.", None),
    ],
)
def test_quotes_speakers_actor_of_unnamed_speaker(nlp: Language, text: str, actor: str | None) -> None:
    assert first_quote(nlp, text).actor == actor


def test_quotes_speakers_official_with_police_word_is_police(nlp: Language) -> None:
    text = "“Roads into the city are closed,” a Kenyan police official said."
    assert first_quote(nlp, text).actor == "Police Forces of Kenya"
    text = "“Talks will resume on Monday,” a Kenyan official said."
    assert first_quote(nlp, text).actor == "Government of Kenya"
