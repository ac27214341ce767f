"""find_times on sentences written for the project: what is found and the TimeML value it gets."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.times import find_times

SUN = date(2021, 1, 10)  # a Sunday; ISO week 2021-W01 runs 4-10 January
WED = date(2022, 6, 15)  # a Wednesday; ISO week 2022-W24 runs 13-19 June

# (sentence, publication date, expression text, expected value, expected type)
PHRASES = [
    # explicit dates
    ("Rebels attacked the town on December 30.", SUN, "December 30", "2020-12-30", "DATE"),
    ("The ceasefire was signed on 4 March 2020.", SUN, "4 March 2020", "2020-03-04", "DATE"),
    ("The meeting took place on Jan. 3.", SUN, "Jan. 3", "2021-01-03", "DATE"),
    ("Police raided the camp on 2021-03-15.", WED, "2021-03-15", "2021-03-15", "DATE"),
    ("Protests began on 15/03/2020 in the north.", WED, "15/03/2020", "2020-03-15", "DATE"),
    ("Raiders struck the village on 23/04/2020.", WED, "23/04/2020", "2020-04-23", "DATE"),
    ("The council met on 4/30/2022 to vote.", WED, "4/30/2022", "2022-04-30", "DATE"),
    # both numbers can be the month: 6 July would be after publication, so day/month
    ("Gunmen attacked the post on 07/06/2022.", WED, "07/06/2022", "2022-06-07", "DATE"),
    # day and month alone after a preposition: the later reading on or before publication
    ("Vigilantes beat two suspected thieves on 29/12 in the market.", SUN, "29/12", "2020-12-29", "DATE"),
    ("The chief was attacked on 06/01 at his home.", SUN, "06/01", "2021-01-06", "DATE"),
    ("The council met on 5/30 to vote.", WED, "5/30", "2022-05-30", "DATE"),
    ("Talks resumed on Thursday, January 7, 2021.", SUN, "Thursday, January 7, 2021", "2021-01-07", "DATE"),
    ("The port reopened on the 2nd of May 2019.", WED, "the 2nd of May 2019", "2019-05-02", "DATE"),
    # month-day without a year: the tense picks the occurrence, a deadline looks ahead
    ("The talks will resume on February 2.", SUN, "February 2", "2021-02-02", "DATE"),
    ("The offer expires on January 20.", SUN, "January 20", "2021-01-20", "DATE"),
    ("Militia fighters stormed the depot on November 28.", SUN, "November 28", "2020-11-28", "DATE"),
    ("The detainees were freed last Oct. 5.", WED, "last Oct. 5", "2021-10-05", "DATE"),
    # months, seasons, quarters, years, decades
    ("The pullout is planned for mid-January.", SUN, "mid-January", "2021-01", "DATE"),
    ("The ceasefire collapsed in early March.", WED, "early March", "2022-03", "DATE"),
    ("The treaty was signed in April.", WED, "April", "2022-04", "DATE"),
    ("A vote is expected in September.", WED, "September", "2022-09", "DATE"),
    ("Food prices rose this summer.", WED, "this summer", "2022-SU", "DATE"),
    ("The camp was flooded last winter.", WED, "last winter", "2021-WI", "DATE"),
    ("The offensive began in the summer of 2019.", SUN, "the summer of 2019", "2019-SU", "DATE"),
    ("Profits fell in the third quarter of 2020.", SUN, "the third quarter of 2020", "2020-Q3", "DATE"),
    ("Growth slowed in the second quarter.", WED, "the second quarter", "2022-Q2", "DATE"),
    ("Exports recovered in Q3 2021.", WED, "Q3 2021", "2021-Q3", "DATE"),
    ("Inflation doubled in the first half of 2020.", WED, "the first half of 2020", "2020-H1", "DATE"),
    ("The state was founded in 1948.", WED, "1948", "1948", "DATE"),
    ("Fighting ended in late 2019.", WED, "late 2019", "2019", "DATE"),
    ("Violence peaked in the 1990s.", WED, "the 1990s", "199", "DATE"),
    ("The dispute dates from the 19th century.", WED, "the 19th century", "18", "DATE"),
    ("The mine closed in nineteen eighty-four.", WED, "nineteen eighty-four", "1984", "DATE"),
    # weekdays: the most recent such day unless the tense or "next" points ahead
    ("Police said 12 people died on Sunday.", SUN, "Sunday", "2021-01-10", "DATE"),
    ("The minister spoke on Friday.", SUN, "Friday", "2021-01-08", "DATE"),
    ("The summit will open on Tuesday.", SUN, "Tuesday", "2021-01-12", "DATE"),
    ("Elections are due next Monday.", SUN, "next Monday", "2021-01-11", "DATE"),
    ("Troops left last Friday.", SUN, "last Friday", "2021-01-08", "DATE"),
    ("Gunmen opened fire on Monday.", WED, "Monday", "2022-06-13", "DATE"),
    # deictic days and parts of days
    ("The bomb exploded yesterday.", SUN, "yesterday", "2021-01-09", "DATE"),
    ("The court rules today.", SUN, "today", "2021-01-10", "DATE"),
    ("Talks continue tomorrow.", SUN, "tomorrow", "2021-01-11", "DATE"),
    ("A curfew starts tonight.", SUN, "tonight", "2021-01-10TNI", "TIME"),
    ("Shelling resumed on Wednesday night.", SUN, "Wednesday night", "2021-01-06TNI", "TIME"),
    # "overnight" with a day named is that day's night, not the night before publication
    ("Raiders torched the market overnight on Friday.", SUN, "overnight on Friday", "2021-01-08TNI", "TIME"),
    ("Mortar rounds fell overnight Saturday.", SUN, "overnight Saturday", "2021-01-09TNI", "TIME"),
    ("The convoy was hit on Saturday morning.", SUN, "Saturday morning", "2021-01-09TMO", "TIME"),
    ("Gunfire was heard last night.", SUN, "last night", "2021-01-09TNI", "TIME"),
    ("The curfew begins at 10 p.m.", SUN, "10 p.m.", "2021-01-10T22:00", "TIME"),
    ("The blast happened at 7:30 a.m. on Friday.", SUN, "7:30 a.m. on Friday", "2021-01-08T07:30", "TIME"),
    ("Gunmen struck on the night of January 5.", SUN, "the night of January 5", "2021-01-05TNI", "TIME"),
    (
        "The raid came in the early hours of Saturday.",
        SUN,
        "the early hours of Saturday",
        "2021-01-09TMO",
        "TIME",
    ),
    ("Troops advanced at dawn on Tuesday.", SUN, "dawn on Tuesday", "2021-01-05TMO", "TIME"),
    ("The first shells fell at 0300 GMT.", SUN, "0300 GMT", "2021-01-10T03:00", "TIME"),
    ("Clashes resumed late on Friday.", SUN, "late on Friday", "2021-01-08", "DATE"),
    # relative periods
    ("Fighting broke out last week.", SUN, "last week", "2020-W53", "DATE"),
    ("Aid arrives next week.", SUN, "next week", "2021-W02", "DATE"),
    ("Prices rose this week.", WED, "this week", "2022-W24", "DATE"),
    ("Troops withdrew over the weekend.", SUN, "the weekend", "2021-W01-WE", "DATE"),
    ("Two soldiers were killed two days ago.", SUN, "two days ago", "2021-01-08", "DATE"),
    ("The strike began three weeks ago.", WED, "three weeks ago", "2022-W21", "DATE"),
    ("The group was founded five years ago.", SUN, "five years ago", "2016", "DATE"),
    ("The city was calm a decade ago.", SUN, "a decade ago", "2011", "DATE"),
    ("Protests spread earlier this month.", SUN, "earlier this month", "2021-01", "DATE"),
    ("He will step down later this year.", WED, "later this year", "2022", "DATE"),
    ("Inflation rose last year.", WED, "last year", "2021", "DATE"),
    (
        "The raid happened on March 3. He was released the next day.",
        WED,
        "the next day",
        "2022-03-04",
        "DATE",
    ),
    ("Celebrations were held on Christmas Eve.", SUN, "Christmas Eve", "2020-12-24", "DATE"),
    # ranges: the first day is the value, begin/end carry the range (tested below)
    ("Clashes took place between 3 and 5 May.", WED, "between 3 and 5 May", "2022-05-03", "DATE"),
    ("The rally lasted from 10 to 12 June.", WED, "from 10 to 12 June", "2022-06-10", "DATE"),
    ("Aid was cut in the first week of March.", WED, "the first week of March", "2022-W09", "DATE"),
    # a week named by a day: the calendar week it opens or lies in (a week opening on a Sunday is the next one)
    ("Raids went on during the week beginning 6 June.", WED, "the week beginning 6 June", "2022-W23", "DATE"),
    ("Talks stalled in the week of May 30.", WED, "the week of May 30", "2022-W22", "DATE"),
    ("Schools shut for the week starting Sunday, 5 June.", WED, "the week starting Sunday, 5 June", "2022-W23",
     "DATE"),
    ("Sales fell in the week ending June 12, 2022.", WED, "the week ending June 12, 2022", "2022-W23", "DATE"),
    # the first of two days that share a month: "17 and 21 May" (the second keeps its own expression)
    ("Herders clashed on 17 and 21 May near the river.", WED, "17", "2022-05-17", "DATE"),
    ("The drought of 2019-2020 displaced thousands.", WED, "2019-2020", "2019", "DATE"),
    # durations
    ("The siege lasted two weeks.", SUN, "two weeks", "P2W", "DURATION"),
    ("He served three years in prison.", SUN, "three years", "P3Y", "DURATION"),
    ("The blockade has lasted 18 months.", SUN, "18 months", "P18M", "DURATION"),
    ("Talks dragged on for several days.", SUN, "several days", "PXD", "DURATION"),
    ("The fighting lasted 36 hours.", SUN, "36 hours", "PT36H", "DURATION"),
    ("The offensive paused for about a fortnight.", SUN, "about a fortnight", "P2W", "DURATION"),
    ("Prices have soared in recent weeks.", SUN, "recent weeks", "PXW", "DURATION"),
    # the comparison span of a results story is a length, like "the first nine months"
    (
        "Net for the year-ago six months included a one-time gain.",
        date(2021, 10, 28),
        "the year-ago six months",
        "P6M",
        "DURATION",
    ),
    # years in a list
    ("Floods hit the delta in 2004, 2007 and 2011.", SUN, "2007", "2007", "DATE"),
    # a vague offset from an event is a length, like "three days later" (P3D)
    ("The envoy left. A few days later the truce broke.", SUN, "A few days later", "PXD", "DURATION"),
    ("Rebels took the town; some weeks earlier they had lost it.", SUN, "some weeks earlier", "PXW", "DURATION"),
    # sets
    ("Patrols are held every Monday.", SUN, "every Monday", "XXXX-WXX-1", "SET"),
    ("The council meets weekly.", SUN, "weekly", "P1W", "SET"),
    ("Convoys cross the border daily.", SUN, "daily", "P1D", "SET"),
    ("Elections are held every four years.", SUN, "every four years", "P4Y", "SET"),
    ("Aid trucks arrive twice a week.", SUN, "twice a week", "P1W", "SET"),
    # references to past, present, future
    ("Attacks have risen recently.", SUN, "recently", "PAST_REF", "DATE"),
    ("The army is now in control.", SUN, "now", "PRESENT_REF", "DATE"),
    ("Peace may return in the future.", SUN, "the future", "FUTURE_REF", "DATE"),
    ("The group has claimed many attacks in recent years.", SUN, "recent years", "PAST_REF", "DATE"),
    # fractions of units: the remainder in the next smaller unit (ISO 8601)
    ("Refugees waited in the camps for 3 1/2 years.", SUN, "3 1/2 years", "P3Y6M", "DURATION"),
    ("The hearing lasted about 4 1/2 hours.", SUN, "about 4 1/2 hours", "PT4H30M", "DURATION"),
    ("The strike went on for a month and a half.", SUN, "a month and a half", "P1M15D", "DURATION"),
    ("Talks ran two and a half days.", SUN, "two and a half days", "P2DT12H", "DURATION"),
    ("The ceasefire held for one and a half years.", SUN, "one and a half years", "P1Y6M", "DURATION"),
    ("A minute and a half later the roof collapsed.", SUN, "A minute and a half", "PT1M30S", "DURATION"),
    # spelled-out numbers of units are durations, not the year 2000
    ("The dynasty ruled for two thousand years.", SUN, "two thousand years", "P2000Y", "DURATION"),
    ("The temple stood for nearly a hundred years.", SUN, "nearly a hundred years", "P100Y", "DURATION"),
    ("Talks resume in the year two thousand.", SUN, "the year two thousand", "2000", "DATE"),
    # results stories: "the quarter", "a year earlier" refer to the quarter reported on, even after an
    # older quarter is mentioned in passing; a quarter still running is an outlook, not the topic
    (
        "Net rose 12% in the third quarter, after a weak second quarter. In the quarter, sales grew.",
        date(2021, 10, 28),
        "the quarter",
        "2021-Q3",
        "DATE",
    ),
    (
        "Third-quarter profit fell after a weak second quarter, compared with a gain a year earlier.",
        date(2021, 10, 28),
        "a year earlier",
        "2020-Q3",
        "DATE",
    ),
    (
        "Third-quarter net rose. The fourth quarter will be harder. The latest quarter was strong.",
        date(2021, 11, 2),
        "The latest quarter",
        "2021-Q3",
        "DATE",
    ),
    (
        "The insurer posted third-quarter earnings. This quarter's loss includes a charge.",
        date(2021, 11, 2),
        "This quarter",
        "2021-Q3",
        "DATE",
    ),
    (
        "Profit for its fiscal second quarter ended Oct. 1 doubled. The year-ago quarter was weak.",
        date(2021, 10, 20),
        "The year-ago quarter",
        "2020-Q2",
        "DATE",
    ),
    # tense of deadlines and plans: a pluperfect term has passed, a limit after a past verb is the
    # nearest day, a plan reported in a past clause may be over
    ("The offer was extended. It had been due to expire Friday.", WED, "Friday", "2022-06-10", "DATE"),
    ("The bid is due to expire Friday.", WED, "Friday", "2022-06-17", "DATE"),
    ("The court gave the family until Thursday to respond.", WED, "Thursday", "2022-06-16", "DATE"),
    ("The army has extended the curfew until Monday.", WED, "Monday", "2022-06-20", "DATE"),
    ("The protesters stayed until Monday.", WED, "Monday", "2022-06-13", "DATE"),
    ("A march planned for Tuesday was called off.", WED, "Tuesday", "2022-06-14", "DATE"),
    ("A march is planned for Friday.", WED, "Friday", "2022-06-17", "DATE"),
    # years said in words after a month or a season; halves of decades; "will one day"
    ("Riots broke out in March nineteen eighty-one.", SUN, "March nineteen eighty-one", "1981-03", "DATE"),
    (
        "The river froze in the winter of nineteen sixty-three.",
        SUN,
        "the winter of nineteen sixty-three",
        "1963-WI",
        "DATE",
    ),
    ("The law passed in May two thousand and four.", SUN, "May two thousand and four", "2004-05", "DATE"),
    (
        "The region boomed in the second half of the 1970s.",
        SUN,
        "the second half of the 1970s",
        "197",
        "DATE",
    ),
    ("Prices stagnated in the first half of the '90s.", SUN, "the first half of the '90s", "199", "DATE"),
    ("The rebels hope they will one day rule the valley.", SUN, "one day", "FUTURE_REF", "DATE"),
    ("The strike lasted one day.", SUN, "one day", "P1D", "DURATION"),
    # the comparison period of a results story
    (
        "Third-quarter net rose to $5 million from $4 million in the comparable period last year.",
        date(2021, 10, 28),
        "the comparable period last year",
        "2020-Q3",
        "DATE",
    ),
    (
        "Net rose in the second quarter. For the quarter a year earlier, it earned $3 million.",
        date(2021, 8, 2),
        "the quarter a year earlier",
        "2020-Q2",
        "DATE",
    ),
    # unquantified plural spans after "for"/"within", and "the weeks ahead"
    ("The valley was ruled by nomads for centuries.", SUN, "centuries", "PXCE", "DURATION"),
    ("Reinforcements will arrive within weeks.", SUN, "weeks", "PXW", "DURATION"),
    ("The hostage probably died within days or weeks.", SUN, "days or weeks", "PXD", "DURATION"),
    ("More clashes are feared in the months ahead.", SUN, "the months ahead", "PXM", "DURATION"),
    # "May 3 and 4" names two days; "today's" is the day itself unless it means nowadays
    ("Leaders meet in Geneva on July 8 and 9.", WED, "9", "2022-07-09", "DATE"),
    ("Leaders meet in Geneva on July 8 and 9.", WED, "July 8", "2022-07-08", "DATE"),
    ("The decree appears in today's edition of the gazette.", WED, "today", "2022-06-15", "DATE"),
    # a weekday or month modifying a noun dates a thing already known: the past one, unless near ahead
    (
        "Holders tendered 90% of the shares by the Tuesday deadline.",
        date(2021, 1, 14),
        "Tuesday",
        "2021-01-12",
        "DATE",
    ),
    ("Traders sold ahead of the Friday deadline.", date(2021, 1, 12), "Friday", "2021-01-15", "DATE"),
    ("Prosecutors are studying the September attack.", date(2021, 3, 20), "September", "2020-09", "DATE"),
    ("Candidates prepare for the November election.", date(2021, 10, 20), "November", "2021-11", "DATE"),
    # plural parts of named days are sets
    ("Ferries sail on Monday and Thursday evenings.", WED, "Thursday evenings", "XXXX-WXX-4TEV", "SET"),
    ("Ferries sail on Monday and Thursday evenings.", WED, "Monday", "XXXX-WXX-1TEV", "SET"),
    # parts of the day without a day name: the day the text is about
    ("Markets fell on Friday. Overnight losses in Tokyo weighed.", SUN, "Overnight", "2021-01-07TNI", "TIME"),
    (
        "Rebels shelled the port on Friday. In the morning, the navy replied.",
        SUN,
        "the morning",
        "2021-01-08TMO",
        "TIME",
    ),
    ("Voting ends at 8 in the evening.", SUN, "8 in the evening", "2021-01-10T20:00", "TIME"),
    (
        "The ferry leaves at 6 o'clock in the morning (0500 GMT Tuesday).",
        SUN,
        "6 o'clock in the morning",
        "2021-01-12T06:00",
        "TIME",
    ),
    # a bare clock time: the day named just after it, else the day the text is about
    ("The bomb went off at 9:15 a.m. (0615 GMT) Monday.", WED, "9:15 a.m.", "2022-06-13T09:15", "TIME"),
    ("Troops entered the village on June 2. They left at 4 p.m.", WED, "4 p.m.", "2022-06-02T16:00", "TIME"),
]

# Words that look like times but are not (sentence, publication date, forbidden text).
NEGATIVES = [
    ("We met the mayor near the burned market.", SUN, "We"),
    ("Guards are on 24/7 alert along the border.", SUN, "24/7"),
    ("Settlers took over 3/4 of the farmland.", SUN, "3/4"),
    ("The rebels won 3/5 of the seats.", SUN, "3/5"),
    ("The rebels may attack again.", SUN, "may"),
    ("May they rest in peace.", SUN, "May"),
    ("The Sunday Times reported the strike.", SUN, "Sunday"),
    ("Thousands joined the protest march in the capital.", SUN, "march"),
    ("They will march to parliament.", SUN, "march"),
    ("Veterans commemorated Bloody Sunday.", SUN, "Sunday"),
    ("After the fall of the city, the army regrouped.", SUN, "fall"),
    ("A 6-year-old boy was injured.", SUN, "6-year-old"),
    ("The Daily Mail published the story.", SUN, "Daily"),
    ("The weekly magazine ran a cover on the war.", SUN, "weekly"),
    ("The party won three-quarters of the vote.", SUN, "three-quarters"),
    ("The repairs cost $2,019.", SUN, "2,019"),
    ("April Smith said the talks failed.", SUN, "April"),
    ("Some 2000 troops were deployed.", SUN, "2000"),
    ("Two thousand soldiers were deployed.", SUN, "Two thousand"),
    ("Unemployment is near its quarter-century low.", SUN, "quarter"),
    ("The quarter-to-quarter comparison was flattered by charges.", SUN, "quarter"),
    ("Today's youth have never known peace.", SUN, "Today"),
    ("The chip runs 15 million instructions per second.", SUN, "per second"),
    ("The convoy moved at 40 kilometres per hour.", SUN, "per hour"),
    ("Turnout rose on March 3 and 25 percent voted early.", SUN, "25"),
]


def _found(nlp, sentence: str, published: date | None):
    return find_times(nlp(sentence), published)


@pytest.mark.parametrize(("sentence", "published", "text", "value", "type_"), PHRASES)
def test_times_phrase_value(nlp, sentence, published, text, value, type_):
    found = {t.span.text: t for t in _found(nlp, sentence, published)}
    assert text in found, f"{text!r} not found in {sentence!r}: {sorted(found)}"
    assert found[text].value == value
    assert found[text].type == type_


@pytest.mark.parametrize(("sentence", "published", "text"), NEGATIVES)
def test_times_negative_not_found(nlp, sentence, published, text):
    found = _found(nlp, sentence, published)
    assert all(text not in t.span.text for t in found), [t.span.text for t in found]


def test_times_table_is_large_enough():
    assert len(PHRASES) + len(NEGATIVES) >= 60


def test_times_spans_point_into_text(nlp):
    sentence = "Militants attacked on December 30 and again last week."
    for t in _found(nlp, sentence, SUN):
        assert sentence[t.span.start : t.span.end] == t.span.text


def test_times_since_is_a_period_to_publication(nlp):
    (t,) = _found(nlp, "More than 1,100 fighters have died since March 2019.", SUN)
    assert (t.value, t.signal, t.begin, t.end) == ("2019-03", "since", date(2019, 3, 1), SUN)


def test_times_range_keeps_begin_and_end(nlp):
    (t,) = _found(nlp, "Clashes took place between 3 and 5 May.", WED)
    assert (t.begin, t.end, t.precision) == (date(2022, 5, 3), date(2022, 5, 5), "range")


def test_times_start_of_year_since(nlp):
    (t,) = _found(nlp, "Prices have doubled since the start of the year.", WED)
    assert (t.value, t.mod, t.signal, t.end) == ("2022", "START", "since", WED)


def test_times_mid_month_has_mod(nlp):
    (t,) = _found(nlp, "Troops will withdraw in mid-January.", SUN)
    assert (t.value, t.mod, t.precision) == ("2021-01", "MID", "month")


def test_times_without_publication_date_gives_reason(nlp):
    found = {t.span.text: t for t in _found(nlp, "The town fell on Sunday, not in March 2019.", None)}
    assert found["Sunday"].value is not None and "X" in found["Sunday"].value
    assert found["Sunday"].reason
    assert found["March 2019"].value == "2019-03"


def test_times_empty_document(nlp):
    assert find_times(nlp(""), SUN) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "It began 100000 years ago.",
        "On 31 February 2020.",
        "2019-02-30",
        "13/13/2013",
        "every 0 days",
        "'90s",
    ],
)
def test_times_odd_input_does_not_fail(nlp, sentence):
    for published in (SUN, None):
        for t in find_times(nlp(sentence), published):
            assert sentence[t.span.start : t.span.end] == t.span.text


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The suspect was in his 30s.", "30s"),
        ("The film was called High Noon.", "Noon"),
        ("The party daily Granma printed the letter.", "daily"),
    ],
)
def test_times_not_a_time_in_context(nlp, sentence, text):
    assert all(text not in t.span.text for t in find_times(nlp(sentence), SUN))
