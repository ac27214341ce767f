"""The source's country-code domain as country context (``places.source_countries``): what it reads from a
web address, and that it settles a bare namesake the text does not place."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from eventwire.places import Gazetteer, find_places, source_countries


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.open()


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.example.co.uk/news/local/123", "GB"),
    ("http://paper.example.ca/story?id=9", "CA"),
    ("https://www.example.com.lb/article/1", "LB"),
    ("www.example.ie/news", "IE"),
    ("example.ru", "RU"),
    ("https://EXAMPLE.DE./x", "DE"),
])
def test_places_source_country_code_domains_name_a_country(gazetteer, url, expected):
    assert source_countries(url, gazetteer) == Counter({expected: 1})


@pytest.mark.parametrize("url", [
    None, "", "https://www.example.com/world/1", "https://example.org/a", "https://news.example.io/b",
    "https://example.tv/c", "https://bit.ly/xyz", "https://example.eu/d", "not a url at all",
    "https://192.168.0.1/page", "file:///tmp/article.html",
])
def test_places_source_generic_and_vanity_domains_give_nothing(gazetteer, url):
    assert source_countries(url, gazetteer) == Counter()


TEXT = "Two teenagers were arrested after a shop window was smashed in Lancaster on Saturday night."


def test_places_source_country_settles_a_bare_namesake(nlp, gazetteer):
    british = find_places(nlp(TEXT), gazetteer, source_countries("https://www.example.co.uk/1", gazetteer))
    canadian = find_places(nlp(TEXT), gazetteer, source_countries("https://example.ca/1", gazetteer))
    assert [(p.span.text, p.country) for p in british] == [("Lancaster", "GB")]
    assert [(p.span.text, p.country) for p in canadian] == [("Lancaster", "CA")]


def test_places_source_country_does_not_override_the_text(nlp, gazetteer):
    text = "Two teenagers were arrested in Lancaster, Pennsylvania, on Saturday night, police said."
    found = find_places(nlp(text), gazetteer, source_countries("https://www.example.co.uk/1", gazetteer))
    assert {p.span.text: p.country for p in found}["Lancaster"] == "US"


def test_places_source_country_reaches_the_pipeline(pipe):
    from eventwire.records import Article

    article = Article(id="s1", text=TEXT, published=date(2024, 3, 4), url="https://www.example.co.uk/a/1")
    result = next(iter(pipe.process([article])))
    assert [(p.span.text, p.country) for p in result.places] == [("Lancaster", "GB")]
