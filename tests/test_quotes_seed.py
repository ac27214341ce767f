"""The seed article: exactly its three quotes, all Florence Parly's (skips without ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from eventwire.quotes import find_quotes


def test_quotes_seed_article(nlp: Language, shared_dir: Path) -> None:
    text = (shared_dir / "samples" / "seed-article.txt").read_text(encoding="utf-8")
    expected = json.loads((shared_dir / "samples" / "seed-article.expected.json").read_text(encoding="utf-8"))
    quotes = find_quotes(nlp(text), [])
    starts = [e["starts"] for e in expected["quotes"]]
    assert [q.content.text[: len(start)] for q, start in zip(quotes, starts, strict=False)] == starts
    assert len(quotes) == len(starts)
    assert {q.speaker_name for q in quotes} == {"Florence Parly"}
    assert {q.actor for q in quotes} == {"Government of France"}
    assert not any("Political questions" in q.content.text for q in quotes)
