"""Quote attribution scored against PolNeAR (JSONL: one article a line with ``text`` and gold
``attributions``, each ``{source, cue, content}`` with ``spans`` as ``[start, end)`` character offsets).

How predictions (``eventwire.quotes.find_quotes`` run on the raw ``text``, no actors) are matched:

overlap
    A predicted quote *overlaps* a gold attribution when its content span shares at least one
    non-space character with any span of the gold content.
gold direct quote
    A gold attribution whose content is in quotation marks: the content, stripped of surrounding
    spaces and of ``, . ; : ! ?``, starts with a quotation mark or has one immediately before it
    (spaces between allowed), and ends with one or has one immediately after it. Marks: ``" “ ” « » „``.
direct-quote recall
    gold direct quotes overlapped by at least one prediction (direct or indirect) / gold direct quotes.
    ``direct_recall_by_direct`` counts only direct predictions.
precision
    predictions that overlap any gold attribution (direct or not) / predictions. Reported for all
    predictions (``precision``), for direct ones (``precision_direct``) and indirect ones.
best gold
    For a prediction that overlaps gold, the gold attribution whose content fits it best: the largest
    Jaccard ratio of non-space characters (so a nested attribution is matched to the inner one when
    the prediction is the inner one).
speaker accuracy
    Over predictions whose best gold has a source span: correct when the predicted speaker span
    overlaps the gold source span, or the resolved ``speaker_name``'s last word (possessive stripped)
    is a word of the gold source text (the prediction said "he" and resolved it to Donald Trump, the
    gold source is "Trump"). A prediction without a speaker is wrong. Reported for direct
    predictions (``speaker_accuracy``, the acceptance figure) and for all (``speaker_accuracy_all``).
content F1
    Token F1 (``\\w+`` tokens, lower case, as bags) between a prediction's content and its best
    gold's content, averaged over predictions that overlap gold (direct and all).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.records import Quote

MARKS = set('"“”«»„')
STRIP = " \t\n\u00a0,.;:!?"
WORD = re.compile(r"\w+")
MAX_ERRORS = 300


def _articles(data: Path, limit: int | None) -> Iterator[dict[str, Any]]:
    with open(data, encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                return
            if line.strip():
                yield json.loads(line)


def _extent(spans: list[list[int]]) -> tuple[int, int]:
    return min(s for s, _ in spans), max(e for _, e in spans)


def is_direct(text: str, spans: list[list[int]]) -> bool:
    """The gold content is in quotation marks (see the module docstring)."""
    start, end = _extent(spans)
    while start < end and text[start] in STRIP:
        start += 1
    while end > start and text[end - 1] in STRIP:
        end -= 1
    if start >= end:
        return False
    before = text[:start].rstrip(" \t\u00a0")[-1:]
    after = text[end:].lstrip(STRIP)[:1]
    return (text[start] in MARKS or before in MARKS) and (text[end - 1] in MARKS or after in MARKS)


def _overlap(text: str, a: tuple[int, int], spans: list[list[int]]) -> int:
    total = 0
    for s, e in spans:
        lo, hi = max(a[0], s), min(a[1], e)
        if hi > lo:
            total += sum(1 for ch in text[lo:hi] if not ch.isspace())
    return total


def _jaccard(text: str, a: tuple[int, int], spans: list[list[int]]) -> float:
    """Shared non-space characters over the union of both spans' non-space characters."""
    shared = _overlap(text, a, spans)
    if not shared:
        return 0.0
    size = sum(1 for ch in text[a[0] : a[1]] if not ch.isspace())
    size += sum(1 for s, e in spans for ch in text[s:e] if not ch.isspace())
    return shared / (size - shared)


def _tokens(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text))


def token_f1(predicted: str, gold: str) -> float:
    p, g = _tokens(predicted), _tokens(gold)
    common = sum((p & g).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def speaker_correct(quote: Quote, source: dict[str, Any]) -> bool:
    if quote.speaker is None:
        return False
    span = (quote.speaker.start, quote.speaker.end)
    if any(s < span[1] and span[0] < e for s, e in source["spans"]):
        return True
    if not quote.speaker_name:
        return False
    last = re.sub(r"['’]s?$", "", quote.speaker_name.split()[-1]).lower()
    return last in {re.sub(r"['’]s?$", "", w).lower() for w in WORD.findall(source["text"])}


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.f1: dict[str, list[float]] = {"direct": [], "all": []}
        self.errors: list[dict[str, Any]] = []

    def error(self, **fields: Any) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(fields)


def _score_article(article: dict[str, Any], quotes: list[Quote], tally: Tally) -> None:
    text = article["text"]
    gold = [g for g in article["attributions"] if g.get("content")]  # a few have a cue but no content
    name = article.get("article", "")
    for g in gold:
        if is_direct(text, g["content"]["spans"]):
            _score_gold_direct(text, g, quotes, tally, name)
    for quote in quotes:
        _score_prediction(text, quote, gold, tally, name)


def _score_gold_direct(text: str, g: dict[str, Any], quotes: list[Quote], tally: Tally, name: str) -> None:
    """Recall: is this gold direct quote overlapped by a prediction?"""
    hits = [q for q in quotes if _overlap(text, (q.content.start, q.content.end), g["content"]["spans"])]
    tally.counts["gold_direct"] += 1
    tally.counts["gold_direct_found"] += bool(hits)
    tally.counts["gold_direct_found_by_direct"] += any(q.direct for q in hits)
    if not hits:
        source = (g["source"] or {}).get("text")
        tally.error(kind="missed-direct", article=name, content=g["content"]["text"][:200], source=source)


def _score_prediction(text: str, q: Quote, gold: list[dict[str, Any]], tally: Tally, name: str) -> None:
    """Precision, content F1 and speaker accuracy of one prediction against its best gold."""
    kind = "direct" if q.direct else "indirect"
    tally.counts[f"pred_{kind}"] += 1
    span = (q.content.start, q.content.end)
    scored = [(_jaccard(text, span, g["content"]["spans"]), g) for g in gold]
    fit, best = max(scored, key=lambda x: x[0], default=(0.0, None))
    if not fit or best is None:
        speaker = q.speaker_name or (q.speaker.text if q.speaker else None)
        tally.error(kind=f"false-{kind}", article=name, content=q.content.text[:200], speaker=speaker)
        return
    tally.counts[f"pred_{kind}_correct"] += 1
    f1 = token_f1(q.content.text, " ".join(text[s:e] for s, e in best["content"]["spans"]))
    tally.f1["all"].append(f1)
    if q.direct:
        tally.f1["direct"].append(f1)
    if best["source"] is None:
        return
    ok = speaker_correct(q, best["source"])
    tally.counts[f"speaker_{kind}"] += 1
    tally.counts[f"speaker_{kind}_correct"] += ok
    if not ok:
        predicted = q.speaker.text if q.speaker else None
        tally.error(
            kind=f"speaker-{kind}",
            article=name,
            content=q.content.text[:120],
            predicted=predicted,
            resolved=q.speaker_name,
            gold=best["source"]["text"],
        )


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def evaluate(data: Path, limit: int | None = None) -> dict[str, Any]:
    """Score ``find_quotes`` on a PolNeAR JSONL file (metrics plus an ``errors`` list)."""
    from eventwire.annotate import load_nlp
    from eventwire.config import load_settings
    from eventwire.quotes import find_quotes

    nlp = load_nlp(load_settings().get("nlp.model"))
    tally = Tally()
    articles = list(_articles(Path(data), limit))
    docs = nlp.pipe((a["text"] for a in articles), batch_size=16)
    for article, doc in zip(articles, docs, strict=True):
        _score_article(article, find_quotes(doc, []), tally)
    c = tally.counts
    pred = c["pred_direct"] + c["pred_indirect"]
    return {
        "data": str(data),
        "articles": len(articles),
        "gold_direct": c["gold_direct"],
        "predicted": pred,
        "predicted_direct": c["pred_direct"],
        "predicted_indirect": c["pred_indirect"],
        "direct_recall": _ratio(c["gold_direct_found"], c["gold_direct"]),
        "direct_recall_by_direct": _ratio(c["gold_direct_found_by_direct"], c["gold_direct"]),
        "precision": _ratio(c["pred_direct_correct"] + c["pred_indirect_correct"], pred),
        "precision_direct": _ratio(c["pred_direct_correct"], c["pred_direct"]),
        "precision_indirect": _ratio(c["pred_indirect_correct"], c["pred_indirect"]),
        "speaker_accuracy": _ratio(c["speaker_direct_correct"], c["speaker_direct"]),
        "speaker_accuracy_all": _ratio(
            c["speaker_direct_correct"] + c["speaker_indirect_correct"],
            c["speaker_direct"] + c["speaker_indirect"],
        ),
        "speaker_scored": c["speaker_direct"] + c["speaker_indirect"],
        "content_f1_direct": _ratio(sum(tally.f1["direct"]), len(tally.f1["direct"])),
        "content_f1": _ratio(sum(tally.f1["all"]), len(tally.f1["all"])),
        "errors": tally.errors,
    }


METRICS = (
    ("direct_recall", "direct-quote recall (any prediction)"),
    ("direct_recall_by_direct", "direct-quote recall (direct predictions)"),
    ("precision", "precision, all predictions"),
    ("precision_direct", "precision, direct predictions"),
    ("precision_indirect", "precision, indirect predictions"),
    ("speaker_accuracy", "speaker accuracy, direct"),
    ("speaker_accuracy_all", "speaker accuracy, all"),
    ("content_f1_direct", "content token F1, direct"),
    ("content_f1", "content token F1, all"),
)


def render(result: dict[str, Any], errors: int = 25) -> str:
    """A plain-text table of the metrics and the first ``errors`` errors."""
    lines = [
        f"quotes on {result['data']}: {result['articles']} articles, "
        f"{result['gold_direct']} gold direct quotes, "
        f"{result['predicted']} predictions ({result['predicted_direct']} direct, "
        f"{result['predicted_indirect']} indirect)",
        "",
    ]
    for key, label in METRICS:
        value = result.get(key)
        lines.append(f"  {label:<44} {'-' if value is None else f'{value:.3f}'}")
    shown = result["errors"][:errors]
    if shown:
        lines += ["", f"errors (first {len(shown)} of {len(result['errors'])}):"]
        for err in shown:
            detail = ", ".join(f"{k}={v!r}" for k, v in err.items() if k != "kind")
            lines.append(f"  [{err['kind']}] {detail}")
    return "\n".join(lines)
