"""The compiled TF-IDF + logistic regression model (``events.linear``) predicts what scikit-learn predicts."""

from __future__ import annotations

import importlib
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from eventwire.events.linear import FORMAT, LinearTextModel, compile_pipeline, is_compiled

classify_module = importlib.import_module("eventwire.events.classify")

# Sentences written for this test: three rough classes of news clauses.
FIGHTING = [
    "Soldiers exchanged fire with rebels near the border post on Tuesday.",
    "Militants attacked an army base and the troops fought back for hours.",
    "Government forces clashed with an armed group outside the town.",
    "Heavy fighting broke out between the two militias overnight.",
    "The army repelled an assault by insurgents on a checkpoint.",
    "Gunmen and police traded gunfire in the market district.",
    "Rebel fighters battled soldiers for control of the bridge.",
    "An armed group ambushed a military convoy and a firefight followed.",
]
PROTEST = [
    "Hundreds of teachers marched to parliament to demand higher pay.",
    "Students staged a sit-in at the university gates over fees.",
    "Traders protested peacefully against the new market levy.",
    "Residents demonstrated outside the council offices over water cuts.",
    "Nurses held a rally calling for better working conditions.",
    "Farmers blocked a road in a peaceful protest over land rights.",
    "Demonstrators gathered in the square chanting slogans against the tax.",
    "Workers picketed the factory demanding unpaid wages.",
]
ARREST = [
    "Police arrested three suspects in connection with the robbery.",
    "Security officers detained a journalist at the airport.",
    "The suspect was taken into custody after a raid on his home.",
    "Authorities arrested an opposition politician on Friday.",
    "Two men were detained by police for questioning.",
    "Officers apprehended a suspected smuggler at the checkpoint.",
    "The police arrested several youths after the unrest.",
    "A court official was arrested on corruption charges.",
]
UNSEEN = [
    "Troops fought rebels near the bridge while police arrested two protesters.",
    "",
    "   ",
    "a",
    "Ok",
    "ÉCOLE   fermée\t\ttoday,  marchers   ",
    "x" * 300,
    "The the the the police police",
]


def _pipeline(binary: bool = False) -> Pipeline:
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)),
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)),
        ]
    )
    model = Pipeline([("features", features), ("classifier", LogisticRegression(C=8.0, max_iter=500))])
    texts = FIGHTING + PROTEST + ([] if binary else ARREST)
    labels = ["fight"] * len(FIGHTING) + ["protest"] * len(PROTEST) + ([] if binary else ["arrest"] * 8)
    return model.fit(texts, labels)


_FITTED = _pipeline()
_COMPILED = LinearTextModel(compile_pipeline(_FITTED))


@pytest.fixture(scope="module")
def fitted() -> Pipeline:
    return _FITTED


def test_probabilities_match_scikit_learn(fitted: Pipeline) -> None:
    texts = FIGHTING + PROTEST + ARREST + UNSEEN
    compiled = LinearTextModel(compile_pipeline(fitted))
    assert compiled.classes_ == list(fitted.classes_)
    np.testing.assert_allclose(compiled.predict_proba(texts), fitted.predict_proba(texts), rtol=0, atol=1e-12)


def test_binary_model_matches_scikit_learn() -> None:
    fitted = _pipeline(binary=True)
    compiled = LinearTextModel(compile_pipeline(fitted))
    probs = compiled.predict_proba(UNSEEN + PROTEST)
    assert probs.shape == (len(UNSEEN) + len(PROTEST), 2)
    np.testing.assert_allclose(probs, fitted.predict_proba(UNSEEN + PROTEST), rtol=0, atol=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_any_text_matches_scikit_learn(text: str) -> None:
    np.testing.assert_allclose(_COMPILED.predict_proba([text]), _FITTED.predict_proba([text]), rtol=0, atol=1e-12)


def test_compiled_model_is_plain_values(fitted: Pipeline) -> None:
    compiled = compile_pipeline(fitted)
    assert is_compiled(compiled) and compiled["format"] == FORMAT
    assert compiled["coef"].shape == (sum(len(b["vocabulary"]) for b in compiled["features"]), 3)


def test_unsupported_settings_are_refused() -> None:
    model = Pipeline(
        [
            ("features", TfidfVectorizer(stop_words=["the"])),
            ("classifier", LogisticRegression()),
        ]
    ).fit(FIGHTING + PROTEST, ["fight"] * 8 + ["protest"] * 8)
    with pytest.raises(ValueError, match="stop_words"):
        compile_pipeline(model)
    with pytest.raises(ValueError, match="features"):
        compile_pipeline(Pipeline([("classifier", LogisticRegression())]))
    with pytest.raises(ValueError, match="compiled"):
        LinearTextModel({"format": "something else"})


def test_saved_bundle_loads_and_classifies_without_scikit_learn(tmp_path, fitted: Pipeline) -> None:
    """save_model compiles the pipelines; a fresh process loads and uses the bundle without importing
    scikit-learn, SciPy or pandas (which cost about 1.7 s at start-up)."""
    path = tmp_path / "types.pkl"
    classify_module.save_model({"type_model": fitted, "sub_model": fitted, "version": 1}, path)
    code = (
        "import importlib, sys\n"
        "c = importlib.import_module('eventwire.events.classify')\n"
        f"b = c.load_model({str(path)!r})\n"
        "p = b['type_model'].predict_proba(['Police detained two men.'])\n"
        "assert p.shape == (1, 3), p.shape\n"
        "print(sorted(m for m in ('sklearn', 'scipy', 'pandas') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_older_bundle_with_pipelines_still_loads(tmp_path, fitted: Pipeline) -> None:
    """A bundle written before compilation (scikit-learn pipelines pickled as they are) still works."""
    import pickle

    path = tmp_path / "old.pkl"
    path.write_bytes(pickle.dumps({"type_model": fitted, "sub_model": fitted}))
    bundle = classify_module.load_model(path)
    try:
        assert isinstance(bundle["type_model"], LinearTextModel)
        np.testing.assert_allclose(
            bundle["type_model"].predict_proba(ARREST), fitted.predict_proba(ARREST), rtol=0, atol=1e-12
        )
    finally:
        classify_module._CACHE.pop(str(path), None)


def test_shipped_model_is_compiled() -> None:
    import pickle

    with classify_module.MODEL_PATH.open("rb") as fh:
        bundle = pickle.load(fh)  # noqa: S301 - the project's own model file
    assert is_compiled(bundle["type_model"]) and is_compiled(bundle["sub_model"])
