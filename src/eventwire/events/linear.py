"""A TF-IDF + logistic-regression text classifier as plain arrays: prediction without scikit-learn.

The event type classifier is trained with scikit-learn (``train/train_types.py``): a ``Pipeline`` of a
``FeatureUnion`` of ``TfidfVectorizer``s (word and ``char_wb`` n-grams) and a ``LogisticRegression``.
Unpickling that pipeline imports scikit-learn, SciPy and pandas (about 1.7 s before the first document,
paid by the process that loads the models while the other cores wait), and each ``predict_proba`` call
goes through input validation and joblib dispatch that cost more than the arithmetic on one clause.

``compile_pipeline`` turns the fitted pipeline into a dict of plain values (vocabularies, idf weights,
coefficients: ``str``/``int``/``float`` and NumPy arrays, picklable without any class of ours), and
``LinearTextModel`` computes the same probabilities from it: the same analyzers (lower-casing, the token
pattern, word n-grams joined by a space, ``char_wb`` n-grams padded with a space), sublinear tf, idf,
L2 normalisation per vectorizer, then the decision function and softmax (sigmoid for two classes).
``tests/test_events_linear.py`` checks it against scikit-learn on a model trained on our own sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import numpy as np

__all__ = ["FORMAT", "LinearTextModel", "compile_pipeline", "is_compiled"]

FORMAT = "eventwire.linear-tfidf/1"
_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's whitespace normalisation before char_wb n-grams


def is_compiled(model: Any) -> bool:
    return isinstance(model, dict) and model.get("format") == FORMAT


def compile_pipeline(pipeline: Any) -> dict[str, Any]:
    """A fitted scikit-learn ``Pipeline([("features", FeatureUnion([... TfidfVectorizer ...])),
    ("classifier", LogisticRegression)])`` (or a single ``TfidfVectorizer`` instead of the union) as plain
    values. Raises ``ValueError`` for any setting this module does not reproduce exactly."""
    steps = dict(pipeline.named_steps)
    features, classifier = steps.get("features"), steps.get("classifier")
    if features is None or classifier is None:
        raise ValueError("expected a Pipeline with 'features' and 'classifier' steps")
    union = hasattr(features, "transformer_list")
    vectorizers = [v for _, v in features.transformer_list] if union else [features]
    if getattr(features, "transformer_weights", None):
        raise ValueError("FeatureUnion transformer_weights are not supported")
    blocks, offset = [], 0
    for vectorizer in vectorizers:
        blocks.append(_vectorizer_block(vectorizer, offset))
        offset += len(vectorizer.vocabulary_)
    coef = np.asarray(classifier.coef_, dtype=np.float64)
    if coef.shape[1] != offset:
        raise ValueError(f"classifier has {coef.shape[1]} features, the vectorizers {offset}")
    return {
        "format": FORMAT,
        "classes": [str(c) for c in classifier.classes_],
        "features": blocks,
        # one row per feature: the row of coefficients a feature adds to the decision of every class
        "coef": np.ascontiguousarray(coef.T),
        "intercept": np.asarray(classifier.intercept_, dtype=np.float64),
    }


def _vectorizer_block(vectorizer: Any, offset: int) -> dict[str, Any]:
    params = vectorizer.get_params()
    unsupported = {
        "analyzer": params["analyzer"] not in ("word", "char_wb"),
        "preprocessor": params["preprocessor"] is not None,
        "tokenizer": params["tokenizer"] is not None,
        "stop_words": params["stop_words"] is not None,
        "strip_accents": params["strip_accents"] is not None,
        "binary": bool(params["binary"]),
        "norm": params["norm"] not in ("l2", None),
        "input": params["input"] != "content",
    }
    bad = [name for name, flag in unsupported.items() if flag]
    if bad:
        raise ValueError(f"TfidfVectorizer settings not supported: {', '.join(bad)}")
    use_idf = bool(params["use_idf"])
    return {
        "analyzer": params["analyzer"],
        "ngram_range": tuple(int(n) for n in params["ngram_range"]),
        "lowercase": bool(params["lowercase"]),
        "token_pattern": params["token_pattern"],
        "sublinear_tf": bool(params["sublinear_tf"]),
        "norm": params["norm"],
        "vocabulary": {str(term): int(index) + offset for term, index in vectorizer.vocabulary_.items()},
        "idf": np.asarray(vectorizer.idf_, dtype=np.float64) if use_idf else None,
        "offset": offset,
    }


class LinearTextModel:
    """Predicts class probabilities from a compiled model; ``classes_`` and ``predict_proba`` as in
    scikit-learn, so callers need not know which kind of model they hold."""

    def __init__(self, compiled: dict[str, Any]) -> None:
        if not is_compiled(compiled):
            raise ValueError("not a compiled eventwire linear text model")
        self.compiled = compiled
        self.classes_ = list(compiled["classes"])
        self._coef: np.ndarray = compiled["coef"]
        self._intercept: np.ndarray = compiled["intercept"]
        self._blocks = [_Block(block) for block in compiled["features"]]

    def decision_function(self, texts: list[str]) -> np.ndarray:
        out = np.tile(self._intercept, (len(texts), 1))
        for row, text in enumerate(texts):
            for block in self._blocks:
                indices, values = block.features(text)
                if indices:
                    out[row] += values @ self._coef[indices]
        return out

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        scores = self.decision_function(texts)
        if scores.shape[1] == 1:  # binary: scikit-learn keeps one row of coefficients
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores


class _Block:
    """One vectorizer: text -> (feature indices, tf-idf values normalised over this vectorizer)."""

    def __init__(self, block: dict[str, Any]) -> None:
        self.vocabulary: dict[str, int] = block["vocabulary"]
        self.idf: np.ndarray | None = block["idf"]
        self.offset = int(block["offset"])
        self.low, self.high = block["ngram_range"]
        self.lowercase, self.sublinear = block["lowercase"], block["sublinear_tf"]
        self.norm = block["norm"]
        self.char_wb = block["analyzer"] == "char_wb"
        self.token = re.compile(block["token_pattern"])

    def features(self, text: str) -> tuple[list[int], np.ndarray]:
        if self.lowercase:
            text = text.lower()
        grams = self._char_grams(text) if self.char_wb else self._word_grams(text)
        vocabulary = self.vocabulary
        counts = Counter(index for index in map(vocabulary.get, grams) if index is not None)
        if not counts:
            return [], np.empty(0)
        indices = list(counts)
        tf = [float(c) for c in counts.values()]
        if self.sublinear:
            tf = [1.0 + math.log(c) for c in tf]
        values = np.asarray(tf)
        if self.idf is not None:
            values *= self.idf[np.asarray(indices) - self.offset]
        if self.norm == "l2":
            length = math.sqrt(float(values @ values))
            if length > 0.0:
                values /= length
        return indices, values

    def _word_grams(self, text: str) -> list[str]:
        tokens = self.token.findall(text)
        grams = list(tokens) if self.low == 1 else []
        for n in range(max(self.low, 2), min(self.high, len(tokens)) + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    def _char_grams(self, text: str) -> list[str]:
        grams: list[str] = []
        append = grams.append
        for word in _WHITE_SPACES.sub(" ", text).split():
            padded = f" {word} "
            length = len(padded)
            for n in range(self.low, self.high + 1):
                if length <= n:  # a short word counts once, whole (scikit-learn's rule)
                    append(padded)
                    break
                for start in range(length - n + 1):
                    append(padded[start : start + n])
        return grams
