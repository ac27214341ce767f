"""Direct quotes: every cue position, titles and scare quotes left out (texts written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.quotes import find_quotes
from eventwire.records import Quote

PARA = "Mayor Anna Lindqvist visited the flooded district on Monday."


def direct(nlp: Language, text: str) -> list[Quote]:
    return [q for q in find_quotes(nlp(text), []) if q.direct]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (f'{PARA} "We will rebuild every bridge," she said.', "We will rebuild every bridge,", "said", "she"),
        (
            f"{PARA} “We will rebuild every bridge,” said Anna Lindqvist.",
            "We will rebuild every bridge,",
            "said",
            "Anna Lindqvist",
        ),
        (
            f"{PARA} “We will rebuild every bridge,” argued the mayor.",
            "We will rebuild every bridge,",
            "argued",
            "the mayor",
        ),
        (
            f"{PARA} “We will rebuild every bridge,” she told reporters.",
            "We will rebuild every bridge,",
            "told",
            "she",
        ),
        (f"{PARA} She said: “We will rebuild every bridge.”", "We will rebuild every bridge.", "said", "She"),
        (
            f"{PARA} Lindqvist told reporters, “We will rebuild every bridge.”",
            "We will rebuild every bridge.",
            "told",
            "Lindqvist",
        ),
        (
            f"{PARA} «We will rebuild every bridge», said Lindqvist.",
            "We will rebuild every bridge",
            "said",
            "Lindqvist",
        ),
        (
            f"{PARA} “We will rebuild every bridge,” according to Lindqvist.",
            "We will rebuild every bridge,",
            "according to",
            "Lindqvist",
        ),
    ],
)
def test_quotes_direct_cue_positions(nlp: Language, text: str, content: str, cue: str, speaker: str) -> None:
    [quote] = direct(nlp, text)
    assert quote.content.text == content
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.speaker_name == "Anna Lindqvist"


def test_quotes_direct_split_quote(nlp: Language) -> None:
    text = f"{PARA} “The water came in the night,” she said, “and the old bridge went with it.”"
    quotes = direct(nlp, text)
    assert [q.content.text for q in quotes] == [
        "The water came in the night,",
        "and the old bridge went with it.",
    ]
    assert {q.speaker_name for q in quotes} == {"Anna Lindqvist"}


def test_quotes_direct_cue_closing_the_sentence(nlp: Language) -> None:
    text = f"{PARA} “The river is still rising”, where the army had built a dyke last year, argued the mayor."
    [quote] = direct(nlp, text)
    assert quote.cue is not None and quote.cue.text == "argued"
    assert quote.speaker_name == "Anna Lindqvist"


def test_quotes_direct_spanning_sentences_and_paragraphs(nlp: Language) -> None:
    text = (
        f"{PARA}\n\n“The pumps are running day and night.\n\n“We expect the water to fall by Friday,” "
        "she said."
    )
    [quote] = direct(nlp, text)
    assert quote.content.text.startswith("The pumps") and quote.content.text.endswith("by Friday,")
    assert quote.speaker_name == "Anna Lindqvist"


def test_quotes_direct_unattributed_paragraph_continues_the_speaker(nlp: Language) -> None:
    text = f"{PARA} “The pumps are running,” she said. “We expect the water to fall by Friday.”"
    quotes = direct(nlp, text)
    assert len(quotes) == 2
    assert [q.speaker_name for q in quotes] == ["Anna Lindqvist", "Anna Lindqvist"]


@pytest.mark.parametrize(
    "text",
    [
        f'{PARA} She warned of a "resurgence" of looting.',
        f'{PARA} She spoke in the programme " Morning questions "on Radio North.',
        f"{PARA} Residents called it a “slow disaster” on social media.",
        f"{PARA} She read “The Long Winter” to the children.",
        f"{PARA} Lindqvist told “Morning Report,” that the dams would hold.",
        f"{PARA} She spoke on Radio North’s “Week in Review.”",
    ],
)
def test_quotes_direct_titles_and_scare_quotes_are_not_quotes(nlp: Language, text: str) -> None:
    assert direct(nlp, text) == []


def test_quotes_direct_short_quote_with_cue_is_kept(nlp: Language) -> None:
    [quote] = direct(nlp, f"{PARA} “Never,” she said.")
    assert quote.content.text == "Never,"


def test_quotes_direct_standalone_quote_after_a_sentence_about_a_person(nlp: Language) -> None:
    text = (
        "Councillor Maria Ruiz praised the rescue teams on Tuesday.\n\n"
        "“They worked through the night without a single break.”"
    )
    [quote] = direct(nlp, text)
    assert quote.cue is None
    assert quote.speaker_name == "Maria Ruiz"


def test_quotes_direct_new_sentence_after_quote_is_not_its_cue(nlp: Language) -> None:
    text = (
        "Maria Ruiz spoke first: “The shelters are full.” He says the army will send more tents, "
        "according to the notes."
    )
    quote = direct(nlp, text)[0]
    assert quote.speaker_name == "Maria Ruiz"


def test_quotes_direct_naming_verb_governs_a_quote(nlp: Language) -> None:
    text = "Maria Ruiz called the new dam “a failure of planning,” on Tuesday."
    [quote] = direct(nlp, text)
    assert quote.speaker_name == "Maria Ruiz"


def test_quotes_direct_exclamation_is_speech_even_in_capitals(nlp: Language) -> None:
    [quote] = direct(nlp, f"{PARA} The crowd chanted “Open The Gates!”")
    assert quote.content.text == "Open The Gates!"


def test_quotes_direct_quote_inside_a_clause_takes_its_subject(nlp: Language) -> None:
    text = f"{PARA} She was clear that the old dam was “never going to survive another flood like this one.”"
    [quote] = direct(nlp, text)
    assert quote.cue is None
    assert quote.speaker_name == "Anna Lindqvist"


def test_quotes_direct_apposition_before_cue_with_object(nlp: Language) -> None:
    text = "“We will rebuild every bridge,” Anna Lindqvist, mayor of the town, tells Radio North."
    [quote] = direct(nlp, text)
    assert quote.speaker_name == "Anna Lindqvist"
