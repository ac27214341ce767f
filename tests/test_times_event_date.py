"""event_date: the ACLED date and time_precision of an event from the time expressions of its clause."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Span, TimeExpr
from eventwire.times import event_date, find_times
from eventwire.times.event_date import to_acled

SUN = date(2021, 1, 10)


def _timex(value: str, begin: date, end: date, precision: str, mod: str | None = None) -> TimeExpr:
    return TimeExpr(Span(0, 4, "text"), "DATE", value, precision, mod, begin, end)


@pytest.mark.parametrize(
    ("timex", "expected"),
    [
        (_timex("2020-12-30", date(2020, 12, 30), date(2020, 12, 30), "day"), (date(2020, 12, 30), 1)),
        # a week is dated by its Wednesday, as ACLED codes it (not the Thursday of Monday to Sunday)
        (_timex("2020-W53", date(2020, 12, 28), date(2021, 1, 3), "week"), (date(2020, 12, 30), 2)),
        # a seven-day range that is not a calendar week keeps its middle day
        (_timex("2022-05-03", date(2022, 5, 3), date(2022, 5, 9), "range"), (date(2022, 5, 6), 2)),
        (_timex("2021-W01-WE", date(2021, 1, 9), date(2021, 1, 10), "week"), (date(2021, 1, 9), 2)),
        (_timex("2021-01", date(2021, 1, 1), date(2021, 1, 31), "month"), (date(2021, 1, 15), 3)),
        (_timex("2021-01", date(2021, 1, 1), date(2021, 1, 31), "month", "MID"), (date(2021, 1, 15), 3)),
        (_timex("2021-03", date(2021, 3, 1), date(2021, 3, 31), "month", "START"), (date(2021, 3, 1), 3)),
        (_timex("2021-03", date(2021, 3, 1), date(2021, 3, 31), "month", "END"), (date(2021, 3, 31), 3)),
        (_timex("2022-05-03", date(2022, 5, 3), date(2022, 5, 5), "range"), (date(2022, 5, 4), 2)),
        (_timex("2019", date(2019, 1, 1), date(2019, 12, 31), "year"), (date(2019, 7, 2), 3)),
        (_timex("2020-Q3", date(2020, 7, 1), date(2020, 9, 30), "quarter"), (date(2020, 8, 15), 3)),
    ],
)
def test_times_event_date_acled_mapping(timex, expected):
    value, precision, _ = to_acled(timex)
    assert (value, precision) == expected


def test_times_event_date_coarse_says_so():
    _, _, reason = to_acled(_timex("2019", date(2019, 1, 1), date(2019, 12, 31), "year"))
    assert reason and "coarser than a month" in reason


def _date_of(nlp, sentence: str, published: date | None = SUN):
    doc = nlp(sentence)
    return event_date(find_times(doc, published), 0, len(sentence), doc, published)


def test_times_event_date_day(nlp):
    d = _date_of(nlp, "Gunmen killed 39 soldiers on December 30.")
    assert (d.value, d.precision, d.timex, d.span.text) == (
        date(2020, 12, 30),
        1,
        "2020-12-30",
        "December 30",
    )


def test_times_event_date_week(nlp):
    d = _date_of(nlp, "Protesters blocked the road last week.")
    assert (d.value, d.precision) == (date(2020, 12, 30), 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "During the week beginning 8 March, raiders stole cattle from two villages.",
        "In the week of March 8 the council offices were set on fire.",
        "Traders held sit-ins all through the week starting Monday, March 8, 2021.",
    ],
)
def test_times_event_date_a_named_week(nlp, sentence):
    d = _date_of(nlp, sentence, published=date(2021, 3, 20))
    assert (d.value, d.precision, d.timex) == (date(2021, 3, 10), 2, "2021-W10")


def test_times_event_date_beginning_of_month(nlp):
    d = _date_of(nlp, "The army shelled the town early this month.")
    assert (d.value, d.precision) == (date(2021, 1, 1), 3)


def test_times_event_date_reported_clause_wins(nlp):
    d = _date_of(nlp, "Militants attacked the base on Wednesday, officials said on Sunday.")
    assert d.value == date(2021, 1, 6)


def test_times_event_date_trigger_offset(nlp):
    sentence = "Officials said on Sunday that militants attacked the base on Wednesday."
    doc = nlp(sentence)
    times = find_times(doc, SUN)
    said = event_date(times, 0, len(sentence), doc, SUN, trigger=sentence.index("said"))
    attacked = event_date(times, 0, len(sentence), doc, SUN, trigger=sentence.index("attacked"))
    assert (said.value, attacked.value) == (date(2021, 1, 10), date(2021, 1, 6))


def test_times_event_date_falls_back_to_publication(nlp):
    d = _date_of(nlp, "Rebels attacked the base.")
    assert (d.value, d.precision, d.span) == (SUN, 2, None)
    assert d.reason and "publication date" in d.reason


def test_times_event_date_ignores_vague_references(nlp):
    d = _date_of(nlp, "Rebels have recently attacked the base.")
    assert (d.value, d.precision) == (SUN, 2)


def test_times_event_date_without_publication(nlp):
    d = _date_of(nlp, "Rebels attacked the base.", None)
    assert (d.value, d.precision) == (None, None)
    assert d.reason


def test_times_event_date_unanchored_expression(nlp):
    d = _date_of(nlp, "Rebels attacked the base on Friday.", None)
    assert d.value is None and d.span is not None and d.reason


def test_times_event_date_only_inside_the_span(nlp):
    sentence = "The town fell on Friday. Rebels attacked the base."
    doc = nlp(sentence)
    start = sentence.index("Rebels")
    d = event_date(find_times(doc, SUN), start, len(sentence), doc, SUN)
    assert (d.value, d.precision) == (SUN, 2)


def _date_at(nlp, sentence: str, trigger: str, published: date = SUN):
    doc = nlp(sentence)
    return event_date(find_times(doc, published), 0, len(sentence), doc, published,
                      trigger=sentence.index(trigger))


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the date belongs to a noun the event is about, not to the event
        ("Hundreds of nurses marched in the capital against the 2019 pay deal.", "marched"),
        ("Traders protested against the levy that was introduced in October.", "protested"),
        # an infinitive of purpose dates the aim, not the march
        ("A church group staged a march to call for peaceful elections in March.", "march"),
        # ... and so does a demand voiced beside it
        ("Nurses held a sit-in outside the ministry demanding a pay rise in April.", "sit-in"),
        # a gerund with its own subject inside a phrase of cause is another act, with its own date
        ("In response to soldiers beating a trader the day before, shop owners closed the market.", "closed"),
    ],
)
def test_times_event_date_a_date_of_the_topic_is_not_the_events(nlp, sentence, trigger):
    d = _date_at(nlp, sentence, trigger)
    assert (d.value, d.precision, d.span) == (SUN, 2, None)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("Clashes on 3 January killed four herders near the river.", "killed", date(2021, 1, 3)),
        ("On the morning of 3 January, gunmen killed four herders.", "killed", date(2021, 1, 3)),
        ("The attack on 3 January left four herders dead.", "attack", date(2021, 1, 3)),
        ("Police fired tear gas to disperse protesters on Tuesday.", "protesters", date(2021, 1, 5)),
        ("Gunmen who stormed the village on Friday killed three people.", "stormed", date(2021, 1, 8)),
        # a reduced clause the parser hangs on a noun still dates the event
        ("Two men were killed and several huts set on fire on Friday when clans clashed.", "clashed",
         date(2021, 1, 8)),
        ("A drone hit a truck carrying fighters near the border on Friday, killing two.", "hit", date(2021, 1, 8)),
        # an event noun's own date beats the date of the verb it hangs on
        ("Hundreds of traders marched in Kisumu on Friday against the shooting of a hawker on Tuesday.",
         "shooting", date(2021, 1, 5)),
        ("Students protested on Friday against the killing of a classmate last month.", "killing",
         date(2020, 12, 15)),
    ],
)
def test_times_event_date_a_date_of_the_event_phrase_is_kept(nlp, sentence, trigger, expected):
    assert _date_at(nlp, sentence, trigger).value == expected


def test_times_event_date_a_day_the_parser_hangs_on_a_place_is_the_events(nlp):
    """The model hangs "on Sunday" on "checkpoint" here (and "on Friday" on the verb): with no other date for
    the event, a day after a place of its phrase is its day."""
    sentence = "A car bomb exploded near a checkpoint in Baidoa on Sunday, killing six soldiers."
    doc = nlp(sentence)
    assert doc[10].text == "Sunday" and doc[9].text == "on"
    assert doc[9].head.text == "checkpoint"  # the parse this case pins
    tuesday = date(2021, 1, 12)
    d = _date_at(nlp, sentence, "exploded", published=tuesday)
    assert (d.value, d.precision) == (date(2021, 1, 10), 1)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a date between the subject and its verb dates the verb, though the parser hangs it on the subject
        ("Border guards of both countries on Friday exchanged fire across the river.", "exchanged",
         date(2021, 1, 8)),
        ("Fighters of the two clans on Wednesday clashed near the wells.", "clashed", date(2021, 1, 6)),
    ],
)
def test_times_event_date_a_date_closing_the_subject_dates_the_verb(nlp, sentence, trigger, expected):
    assert _date_at(nlp, sentence, trigger).value == expected


def test_times_event_date_a_date_inside_the_subject_phrase_is_not_the_events(nlp):
    d = _date_at(nlp, "Workers angered by the decision of 2 January went on strike.", "strike")
    assert d.span is None or d.value != date(2021, 1, 2)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # the writer's own calendar date in brackets restates a relative one
        ("Gunmen killed four herders on Monday [4 January] near the river.", "killed", date(2021, 1, 4)),
        ("Traders protested outside the assembly yesterday (8/1).", "protested", date(2021, 1, 8)),
    ],
)
def test_times_event_date_a_bracketed_date_restates_the_relative_one(nlp, sentence, trigger, expected):
    d = _date_at(nlp, sentence, trigger)
    assert (d.value, d.precision) == (expected, 1)
    assert d.span is not None and d.span.text[0].isdigit()


def test_times_event_date_a_bracket_without_a_date_changes_nothing(nlp):
    d = _date_at(nlp, "Gunmen killed four herders on Friday (the second attack this month).", "killed")
    assert (d.value, d.span.text) == (date(2021, 1, 8), "Friday")


def test_times_event_date_not_from_a_clause_describing_the_subject(nlp):
    # the stabbing has its date; the shooting, told without one, takes the publication date
    d = _date_of(nlp, "The trader who was stabbed on 4/1 was shot at by unknown gunmen.")
    assert d.value == SUN


def test_times_event_date_the_subjects_own_date_stays(nlp):
    d = _date_of(nlp, "Clashes on 3 January killed four herders.")
    assert d.value == date(2021, 1, 3)


def test_times_event_date_an_event_told_inside_the_relative_clause_keeps_its_date(nlp):
    # "in May 2019" hangs on "wounded", the relative clause that tells the ambush itself
    d = _date_at(nlp, "The mayor, who was wounded in the ambush near the port in May 2019, spoke on Sunday.", "ambush")
    assert (d.value.year, d.value.month) == (2019, 5)


@pytest.mark.parametrize("sentence", [
    "Violence has surged in the north since a ceasefire was signed in March 2020.",
    "Rebels have not been seen in the town since the army withdrew on December 28.",
])
def test_times_event_date_a_date_in_a_since_clause_dates_the_period_start_not_the_event(nlp, sentence):
    # the date opens the period; the event of the main clause has none of its own (publication date)
    d = _date_of(nlp, sentence)
    assert d.span is None and d.value == SUN


def test_times_event_date_a_since_clause_keeps_its_own_date(nlp):
    doc = nlp("Violence has surged in the north since a ceasefire was signed in March 2020.")
    start = doc.text.index("a ceasefire")
    d = event_date(find_times(doc, SUN), start, len(doc.text), doc, SUN, trigger=doc.text.index("ceasefire"))
    assert d.timex == "2020-03"
