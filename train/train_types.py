"""Train the ACLED event type / sub-event type classifier used by ``eventwire.events.classify``.

Data: the ``notes`` of ACLED records in ``<shared>/eval/acled-dev`` (Kenya and Ghana, current schema, both
codes; the old-schema Asia 2015 file adds event-type-only examples). The data is read in place and never
copied into the repository; only the fitted model is written.

Examples:
    # fit on everything and write the shipped model
    .venv/bin/python train/train_types.py --out src/eventwire/models/event_types.pkl
    # 5-fold cross-validation and both cross-country directions, with per-direction models in DIR
    .venv/bin/python train/train_types.py --report --cross-country /tmp/eventwire-xc

Cross-country models (``DIR/train-Kenya.pkl`` = trained without Ghana, etc.) are what
``eventwire.evaluation.acled.evaluate(..., model=..., test_on=[...])`` uses for leakage-free figures.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import FeatureUnion, Pipeline

from eventwire.evaluation.acled import AcledRecord, read_acled
from eventwire.events.classify import SUB_EVENT_TYPES, mask, save_model

REPO = Path(__file__).resolve().parent.parent
CURRENT = {"Kenya": "1900-01-01-2021-11-29-Kenya.csv", "Ghana": "1980-11-04-2021-11-13-Ghana.csv"}
OLD = "asia2015-old-schema/acled.csv"
OLD_WEIGHT = 0.3  # old-schema rows (news-like wording, coarser types) count less than current ones
SEED = 13


def shared_dir() -> Path:
    return Path(os.environ.get("EVENTWIRE_SHARED", REPO.parent / "shared")).resolve()


def load(countries: list[str], with_old: bool = True) -> tuple[list[AcledRecord], list[AcledRecord]]:
    """(current-schema records of ``countries``, old-schema records with a usable event type)."""
    base = shared_dir() / "eval" / "acled-dev"
    if not base.is_dir():
        sys.exit(f"development data not found at {base}; set EVENTWIRE_SHARED")
    current = [
        r for c in countries for r in read_acled(base / CURRENT[c]) if r.sub_event_type in SUB_EVENT_TYPES
    ]
    old = [r for r in read_acled(base / OLD) if r.event_type] if with_old else []
    return current, old


def text_model(c: float = 8.0) -> Pipeline:
    """TF-IDF over word 1-2-grams and character 2-5-grams of the masked text, then logistic regression."""
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=60000, sublinear_tf=True)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), min_df=3, max_features=60000, sublinear_tf=True
                ),
            ),
        ]
    )
    classifier = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def fit(current: list[AcledRecord], old: list[AcledRecord]) -> dict:
    """Fit the two classifiers: event type (current + weighted old rows) and sub-event type (current)."""
    texts = [mask(r.notes) for r in current]
    old_texts = [mask(r.notes) for r in old]
    type_model = text_model()
    weights = np.array([1.0] * len(texts) + [OLD_WEIGHT] * len(old_texts))
    type_model.fit(
        texts + old_texts, [r.event_type for r in current + old], classifier__sample_weight=weights
    )
    sub_model = text_model()
    sub_model.fit(texts, [r.sub_event_type for r in current])
    return {
        "version": 1,
        "type_model": type_model,
        "sub_model": sub_model,
        "trained_on": sorted({r.country for r in current}),
        "n_current": len(current),
        "n_old": len(old),
        "created": time.strftime("%Y-%m-%d"),
    }


def predict(
    bundle: dict, records: list[AcledRecord], path: Path
) -> tuple[list[str | None], list[str | None]]:
    """Predict through the shipped ``classify`` code path (so rules and masking are measured too)."""
    # the package re-exports the function under the module's name, so import the module itself
    classify_module = importlib.import_module("eventwire.events.classify")

    classify_module.save_model(bundle, path)
    classify_module._CACHE.pop(str(path), None)
    guesses = classify_module.classify([r.notes for r in records], model=path)
    return [g.event_type for g in guesses], [g.sub_event_type for g in guesses]


def scores(records: list[AcledRecord], types: list[str | None], subs: list[str | None]) -> dict:
    gold_types = [r.event_type for r in records]
    gold_subs = [r.sub_event_type for r in records]
    return {
        "n": len(records),
        "event_type_accuracy": round(accuracy_score(gold_types, types), 4),
        "event_type_macro_f1": round(f1_score(gold_types, types, average="macro", zero_division=0), 4),
        "sub_event_weighted_f1": round(f1_score(gold_subs, subs, average="weighted", zero_division=0), 4),
        "sub_event_macro_f1": round(
            f1_score(gold_subs, subs, average="macro", labels=sorted(set(gold_subs)), zero_division=0), 4
        ),
    }


def cross_validate(current: list[AcledRecord], old: list[AcledRecord], tmp: Path, folds: int = 5) -> dict:
    labels = [r.sub_event_type for r in current]
    counts = Counter(labels)
    strata = [label if counts[label] >= folds else "rare" for label in labels]
    types: list[str | None] = [None] * len(current)
    subs: list[str | None] = [None] * len(current)
    for i, (train, test) in enumerate(
        StratifiedKFold(folds, shuffle=True, random_state=SEED).split(current, strata)
    ):
        bundle = fit([current[j] for j in train], old)
        t, s = predict(bundle, [current[j] for j in test], tmp / f"cv-{i}.pkl")
        for j, tt, ss in zip(test, t, s, strict=True):
            types[j], subs[j] = tt, ss
        print(f"  fold {i + 1}/{folds} done", file=sys.stderr)
    return scores(current, types, subs)


def cross_country(train_country: str, test_country: str, out_dir: Path, with_old: bool) -> dict:
    train, old = load([train_country], with_old)
    test, _ = load([test_country], with_old=False)
    bundle = fit(train, old)
    path = out_dir / f"train-{train_country}.pkl"
    types, subs = predict(bundle, test, path)
    return {"train": train_country, "test": test_country, "model": str(path), **scores(test, types, subs)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, help="write the model fitted on all data here")
    parser.add_argument("--report", action="store_true", help="5-fold CV and both cross-country directions")
    parser.add_argument(
        "--cross-country",
        type=Path,
        default=Path("/tmp/eventwire-xc"),
        help="folder for per-direction models (never inside the package)",
    )
    parser.add_argument("--no-old", action="store_true", help="leave out the old-schema Asia 2015 records")
    args = parser.parse_args()
    with_old = not args.no_old
    if args.report:
        args.cross_country.mkdir(parents=True, exist_ok=True)
        report = {
            "kenya_to_ghana": cross_country("Kenya", "Ghana", args.cross_country, with_old),
            "ghana_to_kenya": cross_country("Ghana", "Kenya", args.cross_country, with_old),
        }
        print(json.dumps(report, indent=2))
        current, old = load(["Kenya", "Ghana"], with_old)
        report["cv5_kenya_ghana"] = cross_validate(current, old, args.cross_country)
        print(json.dumps(report, indent=2))
    if args.out:
        current, old = load(["Kenya", "Ghana"], with_old)
        bundle = fit(current, old)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        save_model(bundle, args.out)
        print(
            f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB), "
            f"{bundle['n_current']} current + {bundle['n_old']} old-schema records"
        )


if __name__ == "__main__":
    main()
