"""The language check: English news passes (fast path or py3langid), other languages are skipped."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import ingest
from eventwire.config import load_settings
from eventwire.records import Article, Skipped

ENGLISH = (
    "The regional governor said on Monday that the army had retaken the market town after two days of "
    "fighting, and that the roads to the north would be opened again by the end of the week. Residents who "
    "had fled to the hills were returning, according to aid workers, but many of their homes had been "
    "burned and the clinic was still closed. The governor's office has not said how many people were killed."
)
FRENCH = (
    "Le gouverneur de la région a déclaré lundi que l'armée avait repris la ville après deux jours de "
    "combats, et que les routes vers le nord seraient rouvertes d'ici la fin de la semaine. Les habitants "
    "qui avaient fui vers les collines rentraient chez eux, selon des travailleurs humanitaires."
)
SPANISH = (
    "El gobernador de la región dijo el lunes que el ejército había recuperado la ciudad tras dos días de "
    "combates, y que las carreteras hacia el norte volverían a abrirse antes del fin de semana. Los vecinos "
    "que habían huido a las colinas regresaban, según trabajadores humanitarios."
)
GERMAN = (
    "Der Gouverneur der Region sagte am Montag, die Armee habe die Stadt nach zwei Tagen heftiger Kämpfe "
    "zurückerobert und die Straßen nach Norden würden bis zum Ende der Woche wieder geöffnet. Bewohner, die "
    "in die Hügel geflohen waren, kehrten nach Angaben von Helfern zurück."
)


def _check(text: str, language: str | None = None) -> Article | Skipped:
    article = Article(id="a", text=text, published=date(2023, 5, 2), language=language)
    return ingest.check_article(article, load_settings())


def test_english_news_takes_the_fast_path_and_agrees_with_the_identifier() -> None:
    assert ingest.plainly_english(ENGLISH)
    assert ingest.detect_language(ENGLISH)[0] == "en"
    checked = _check(ENGLISH)
    assert isinstance(checked, Article) and checked.language == "en"


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (SPANISH, "es"), (GERMAN, "de")])
def test_other_languages_miss_the_fast_path_and_are_skipped(text: str, code: str) -> None:
    assert not ingest.plainly_english(text)
    checked = _check(text)
    assert isinstance(checked, Skipped)
    assert checked.reason == f"unsupported-language:{code}"


def test_short_english_goes_to_the_identifier() -> None:
    short = "Police said two men were arrested."
    assert not ingest.plainly_english(short)
    checked = _check(short)
    assert isinstance(checked, Article) and checked.language == "en"


def test_a_given_language_is_kept() -> None:
    checked = _check(FRENCH, language="en")
    assert isinstance(checked, Article) and checked.language == "en"
    assert isinstance(_check(ENGLISH, language="fr"), Skipped)
