"""The annotate stage reads group acronyms spelt like English words as names (``acronym_norms``)."""

from __future__ import annotations


def test_annotate_is_before_fighters_is_a_name_not_the_verb(nlp):
    doc = nlp("Nine IS gunmen and two Kurdish fighters were killed near Hasakah.")
    acronym = doc[1]
    assert acronym.text == "IS"
    assert not acronym.tag_.startswith("VB")
    assert acronym.head.text == "gunmen"
    assert acronym.norm_ == "isis"
    assert doc.text[acronym.idx : acronym.idx + 2] == "IS"  # the text itself is unchanged


def test_annotate_is_as_subject_of_a_claim(nlp):
    doc = nlp("IS said it carried out the raid on the checkpoint.")
    assert doc[0].dep_ == "nsubj" and doc[0].head.text == "said"


def test_annotate_is_in_a_headline_in_capitals_stays_the_verb(nlp):
    doc = nlp("CEASEFIRE IS HOLDING IN THE NORTH")
    assert doc[1].norm_ == "is"


def test_annotate_lower_case_is_untouched(nlp):
    doc = nlp("The road is closed after the attack.")
    assert doc[2].norm_ == "is" and doc[2].tag_ == "VBZ"
