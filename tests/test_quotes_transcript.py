"""Interview transcripts: "NAME: words" turns (texts written for these tests)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.quotes import find_quotes

TRANSCRIPT = (
    "Governor Maria Ruiz spoke to the host, Tom Becker, on Sunday.\n\n"
    "BECKER: Will the shelters stay open through the winter?\n\n"
    "RUIZ: I think we can keep every shelter open until March.\n\n"
    "UPDATE: The interview was recorded on Saturday.\n\n"
    "Results: 1,204."
)


def test_quotes_transcript_turns_are_quotes(nlp: Language) -> None:
    quotes = [q for q in find_quotes(nlp(TRANSCRIPT), []) if q.direct]
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["BECKER", "RUIZ"]
    assert [q.speaker_name for q in quotes] == ["Tom Becker", "Maria Ruiz"]
    assert quotes[1].content.text == "I think we can keep every shelter open until March."


def test_quotes_transcript_first_person_report_is_the_turn_speaker(nlp: Language) -> None:
    reported = [q for q in find_quotes(nlp(TRANSCRIPT), []) if not q.direct]
    assert reported and all(q.speaker_name == "Maria Ruiz" for q in reported)
