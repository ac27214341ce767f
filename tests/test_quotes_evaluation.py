"""The PolNeAR scorer on a tiny hand-written file (its matching rules, not the model)."""

from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluation import quotes as evaluation

TEXT = (
    "Mayor Anna Lindqvist visited the district. “We will rebuild every bridge,” she said. "
    "Officials said the water had receded. The town held a “resurgence” festival."
)


def _span(words: str) -> list[list[int]]:
    start = TEXT.index(words)
    return [[start, start + len(words)]]


def _write(tmp_path: Path) -> Path:
    gold = [
        {
            "id": "T1",
            "source": {"spans": _span("she"), "text": "she"},
            "cue": {"spans": _span("said"), "text": "said"},
            "content": {"spans": _span("“We will rebuild every bridge,”"), "text": ""},
        },
        {
            "id": "T2",
            "source": {"spans": _span("Officials"), "text": "Officials"},
            "cue": {"spans": _span("said the"), "text": "said"},
            "content": {"spans": _span("the water had receded"), "text": ""},
        },
    ]
    path = tmp_path / "tiny.jsonl"
    record = {"article": "tiny", "text": TEXT, "attributions": gold}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_quotes_evaluation_is_direct() -> None:
    assert evaluation.is_direct(TEXT, _span("We will rebuild every bridge,"))
    assert evaluation.is_direct(TEXT, _span("“We will rebuild every bridge,”"))
    assert not evaluation.is_direct(TEXT, _span("the water had receded"))


def test_quotes_evaluation_token_f1() -> None:
    assert evaluation.token_f1("the water had receded", "that the water had receded") == 2 * 0.8 / 1.8
    assert evaluation.token_f1("abc", "xyz") == 0.0


def test_quotes_evaluation_end_to_end(tmp_path: Path) -> None:
    result = evaluation.evaluate(_write(tmp_path))
    assert result["gold_direct"] == 1
    assert result["direct_recall"] == 1.0
    assert result["precision"] == 1.0
    assert result["speaker_accuracy"] == 1.0
    text = evaluation.render(result)
    assert "direct-quote recall" in text
