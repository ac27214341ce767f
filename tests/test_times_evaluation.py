"""The TempEval-style evaluation: scoring on a tiny data set written for the test, and the real one."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import EventwireError
from eventwire.evaluation import times as evaluation


def _write(folder, documents, gold):
    (folder / "documents.jsonl").write_text("\n".join(json.dumps(d) for d in documents), encoding="utf-8")
    (folder / "timex3_gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")


def _gold(doc_id, text, phrase, value, type_="DATE"):
    start = text.index(phrase)
    return {
        "doc_id": doc_id,
        "type": type_,
        "value": value,
        "text": phrase,
        "start": start,
        "end": start + len(phrase),
    }


def test_times_evaluation_scores_and_errors(tmp_path, nlp):
    text = "Rebels shelled the town on Friday. The siege lasted two weeks. We met them."
    doc = {"doc_id": "d1", "subset": "mine", "dct": "2021-01-10", "text": text}
    gold = [
        _gold("d1", text, "Friday", "2021-01-08"),
        _gold("d1", text, "two weeks", "P3W", "DURATION"),  # wrong on purpose: one value error
        _gold("d1", text, "town", "2021", "DATE"),  # not a time: one miss
    ]
    _write(tmp_path, [doc], gold)
    result = evaluation.evaluate(tmp_path)
    assert (result["gold"], result["system"], result["matched"]) == (3, 2, 2)
    assert result["precision"] == 1.0 and result["recall"] == pytest.approx(2 / 3, abs=1e-3)
    assert result["value_accuracy"] == 0.5
    assert result["value_f1"] == pytest.approx(result["f1"] * 0.5, abs=1e-3)
    kinds = sorted(e["kind"] for e in result["errors"])
    assert kinds == ["missed", "value"]
    table = evaluation.render(result)
    assert "mine" in table and "total" in table


def test_times_evaluation_needs_both_files(tmp_path):
    with pytest.raises(EventwireError):
        evaluation.evaluate(tmp_path)


def test_times_evaluation_same_value_week_numbers():
    assert evaluation.same_value("2000-W7", "2000-W07")
    assert not evaluation.same_value("2000-W07", "2000-W08")


def test_times_evaluation_on_development_data(shared_dir):
    data = shared_dir / "eval" / "tempeval3-dev"
    if not (data / "documents.jsonl").is_file():
        pytest.skip(f"{data} not found")
    result = evaluation.evaluate(data, limit=12)
    assert result["documents"] == 12 and result["f1"] > 0.8
