"""The seed article (in the shared development folder) resolves as an analyst reads it."""

from __future__ import annotations

from datetime import date

from eventwire.times import find_times

PUBLISHED = date(2021, 1, 10)


def test_times_seed_article(nlp, shared_dir):
    path = shared_dir / "samples" / "seed-article.txt"
    if not path.is_file():
        import pytest

        pytest.skip(f"{path} not found")
    times = find_times(nlp(path.read_text(encoding="utf-8")), PUBLISHED)
    by_text: dict[str, list] = {}
    for t in times:
        by_text.setdefault(t.span.text, []).append(t)
    assert {t.value for t in by_text["Sunday"]} == {"2021-01-10"}
    assert [t.value for t in by_text["December 30"]] == ["2020-12-30"]
    (mid,) = by_text["mid-January"]
    assert (mid.value, mid.mod) == ("2021-01", "MID")
    assert {t.value for t in by_text["March 2019"]} == {"2019-03"}
    since = [t for t in by_text["March 2019"] if t.signal == "since"]
    assert since and all(t.begin == date(2019, 3, 1) and t.end == PUBLISHED for t in since)
    assert [t.value for t in by_text["recent years"]] == ["PAST_REF"]
    assert "We" not in by_text
