"""A wire dateline opening a paragraph is a sentence of its own (``annotate._dateline_end``): glued to the lead,
the parser makes the capital's name the subject of the lead's verb. Sentences written for the project."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.annotate import doc_sents
from eventwire.records import Article

LEAD = "Kenyan police fired tear gas at hundreds of nurses who marched on the ministry on Monday to demand pay."


@pytest.mark.parametrize(
    "dateline",
    ["NAIROBI, March 4 (Wire) - ", "NAIROBI (Wire) \u2014 ", "NAIROBI -- ", "\n\nNAIROBI, Kenya, March 4 - "],
)
def test_annotate_the_lead_after_a_dateline_is_its_own_sentence(nlp, dateline):
    doc = nlp(dateline + LEAD)
    sentences = [s.text.strip() for s in doc_sents(doc)]
    assert LEAD in sentences
    assert [t.text for t in doc if t.dep_ == "nsubj" and t.head.text == "fired"] == ["police"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said a bus, a truck and a car - a white saloon - were burnt.",
        "UN officials said that the talks would resume.",
        "NPP supporters in the Ejisu-Juaben area protested in Ejisu on Friday.",
    ],
)
def test_annotate_no_dateline_no_new_sentence(nlp, text):
    doc = nlp(text)
    assert len(list(doc_sents(doc))) == 1


def test_events_the_police_who_met_the_march_are_its_actor2_after_a_dateline(pipe):
    text = "NAIROBI, March 4 (Wire) - " + LEAD
    result = next(iter(pipe.process([Article("t", text, date(2025, 3, 4))])))
    marches = [e for e in result.events if e.kind == "specific" and e.event_type == "Protests"]
    assert len(marches) == 1 and marches[0].actor2 == "Police Forces of Kenya"
