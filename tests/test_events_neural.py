"""The fine-tuned network beside the linear event type model (``events.neural``) and how ``classify`` mixes
the two. Sentences are written for the project."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import ModelError
from eventwire.events import neural
from eventwire.events.classify import EVENT_TYPES, MODEL_PATH, SUB_EVENT_TYPES, classify, load_model, mask

# the package re-exports the function under the module's name: import the module itself
classify_module = importlib.import_module("eventwire.events.classify")
TYPES, SUBS = list(EVENT_TYPES), list(SUB_EVENT_TYPES)
NETWORK_PATH = neural.model_path(MODEL_PATH)

pytestmark = pytest.mark.skipif(
    not (MODEL_PATH.is_file() and NETWORK_PATH.is_file()), reason="event type models not installed"
)

CLEAR = {
    "Protests": "Hundreds of nurses marched through the city centre to demand unpaid wages.",
    "Battles": "Soldiers and rebel fighters exchanged fire for hours near the border post.",
    "Explosions/Remote violence": "A roadside bomb tore through a minibus on the highway.",
    "Violence against civilians": "Gunmen abducted two teachers from their school and demanded a ransom.",
    "Riots": "Angry youths pelted the police with stones and burnt tyres on the main road.",
}


@pytest.fixture(autouse=True)
def _fresh_network_cache():
    neural.unload()
    yield
    neural.unload()


def _network() -> neural.NeuralTypeModel:
    network = neural.load(MODEL_PATH, TYPES, SUBS)
    assert network is not None, "onnxruntime and tokenizers are pinned dependencies"
    return network


def test_network_gives_two_probability_vectors_per_text() -> None:
    texts = [mask(t) for t in CLEAR.values()]
    type_probs, sub_probs = _network().probabilities(texts)
    assert type_probs.shape == (len(texts), 6) and sub_probs.shape == (len(texts), 25)
    assert np.allclose(type_probs.sum(1), 1.0, atol=1e-4) and np.allclose(sub_probs.sum(1), 1.0, atol=1e-4)
    empty_types, empty_subs = _network().probabilities([])
    assert empty_types.shape == (0, 6) and empty_subs.shape == (0, 25)


def test_network_reads_clear_sentences_right() -> None:
    type_probs, _ = _network().probabilities([mask(t) for t in CLEAR.values()])
    assert [TYPES[i] for i in type_probs.argmax(1)] == list(CLEAR)


def test_a_text_gets_the_same_probabilities_alone_or_with_others() -> None:
    """The int8 model quantizes activations per run: each text runs alone, so its batch cannot move it."""
    texts = [mask(t) for t in CLEAR.values()]
    together, _ = _network().probabilities(texts)
    alone = np.vstack([_network().probabilities([t])[0] for t in texts])
    assert np.array_equal(together, alone)


def test_long_texts_are_cut_to_the_model_length() -> None:
    long_text = mask(" ".join([CLEAR["Protests"]] * 40))
    assert len(_network().tokenizer.encode(long_text).ids) == neural.MAX_TOKENS
    type_probs, _ = _network().probabilities([long_text])
    assert TYPES[int(type_probs.argmax())] == "Protests"


def test_network_loads_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    first = _network()
    assert _network() is first
    # a forked worker (another process id) opens its own session instead of sharing the parent's
    monkeypatch.setattr(neural.os, "getpid", lambda: -1)
    assert _network() is not first
    assert all(pid == -1 for _, pid in neural._CACHE)  # and lets the parent's copy go


def test_no_network_beside_the_bundle_means_the_linear_model_alone(tmp_path: Path) -> None:
    copy = tmp_path / "linear-only.pkl"
    shutil.copy(MODEL_PATH, copy)
    assert neural.load(copy, TYPES, SUBS) is None
    texts = list(CLEAR.values())
    bundle = load_model(copy)
    expected = bundle["type_model"].predict_proba([mask(t) for t in texts]).argmax(1)
    classes = list(bundle["type_model"].classes_)
    assert [g.event_type for g in classify(texts, model=copy)] == [classes[i] for i in expected]


def test_switched_off_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_NEURAL", "0")
    assert neural.load(MODEL_PATH, TYPES, SUBS) is None


def test_corrupt_network_file_is_a_clear_error(tmp_path: Path) -> None:
    copy = tmp_path / "event_types.pkl"
    shutil.copy(MODEL_PATH, copy)
    shutil.copy(MODEL_PATH.parent / neural.TOKENIZER_NAME, tmp_path / neural.TOKENIZER_NAME)
    neural.model_path(copy).write_bytes(b"\x08\x01not an onnx graph")
    with pytest.raises(ModelError, match="cannot be read"):
        neural.load(copy, TYPES, SUBS)


def test_missing_vocabulary_is_a_clear_error(tmp_path: Path) -> None:
    copy = tmp_path / "event_types.pkl"
    shutil.copy(MODEL_PATH, copy)
    shutil.copy(NETWORK_PATH, neural.model_path(copy))
    with pytest.raises(ModelError, match="vocabulary"):
        neural.load(copy, TYPES, SUBS)


class _FixedNetwork:
    """A stand-in network that gives every text the same probabilities."""

    types, subs = TYPES, SUBS

    def __init__(self, type_row: list[float], sub_row: list[float]) -> None:
        self.type_row, self.sub_row = np.array(type_row), np.array(sub_row)
        self.seen: list[str] = []

    def probabilities(self, masked: list[str]) -> tuple[np.ndarray, np.ndarray]:
        self.seen.extend(masked)
        return np.tile(self.type_row, (len(masked), 1)), np.tile(self.sub_row, (len(masked), 1))


def test_mixing_averages_unsure_texts_and_leaves_sure_ones() -> None:
    protests = np.zeros(6)
    protests[TYPES.index("Protests")] = 1.0
    peaceful = np.zeros(25)
    peaceful[SUBS.index("Peaceful protest")] = 1.0
    network = _FixedNetwork(list(protests), list(peaceful))
    # the linear model knows two types and two sub-events, in its own order
    linear_types = ["Riots", "Battles"]
    linear_subs = ["Mob violence", "Armed clash"]
    type_probs = np.array([[0.6, 0.4], [0.95, 0.05]])
    sub_probs = np.array([[0.7, 0.3], [0.9, 0.1]])
    mixed_types, mixed_subs, type_names, sub_names = classify_module._with_network(
        network, ["unsure text", "sure text"], type_probs, sub_probs, linear_types, linear_subs  # type: ignore[arg-type]
    )
    assert network.seen == ["unsure text"]  # the sure text never reached the network
    w = classify_module.NEURAL_WEIGHT
    assert mixed_types[0, type_names.index("Riots")] == pytest.approx((1 - w) * 0.6)
    assert mixed_types[0, type_names.index("Protests")] == pytest.approx(w)
    assert mixed_subs[0, sub_names.index("Peaceful protest")] == pytest.approx(w)
    assert mixed_types[1, type_names.index("Riots")] == pytest.approx(0.95)
    assert mixed_types[1, type_names.index("Protests")] == 0.0
    assert np.allclose(mixed_types.sum(1), 1.0) and np.allclose(mixed_subs.sum(1), 1.0)
    assert set(TYPES) <= set(type_names) and set(SUBS) <= set(sub_names)


@given(
    top=st.floats(0.0, 1.0),
    rest=st.lists(st.floats(0.0, 1.0), min_size=5, max_size=5),
    net=st.lists(st.floats(0.0, 1.0), min_size=6, max_size=6),
)
def test_the_gate_only_skips_texts_whose_type_the_mean_could_not_change(
    top: float, rest: list[float], net: list[float]
) -> None:
    gate, w = classify_module.NEURAL_GATE, classify_module.NEURAL_WEIGHT
    p1 = gate + (1 - gate) * top  # a linear top at or above the gate
    others = np.array(rest) + 1e-9
    p = np.concatenate([[p1], (1 - p1) * others / others.sum()])
    q = np.array(net) + 1e-9
    q /= q.sum()
    mixed = (1 - w) * p + w * q
    assert mixed[0] >= mixed[1:].max() - 1e-9
    # the worst case: all the rest on one rival, and the network sure of that rival
    worst = (1 - w) * np.array([p1, 1 - p1]) + w * np.array([0.0, 1.0])
    assert worst[0] >= worst[1] - 1e-9


def test_the_model_names_its_classes_in_its_metadata() -> None:
    network = _network()
    names = network.session.get_modelmeta().custom_metadata_map
    assert json.loads(names["eventwire.types"]) == network.types and sorted(network.types) == sorted(TYPES)
    assert json.loads(names["eventwire.sub_event_types"]) == network.subs and sorted(network.subs) == sorted(SUBS)


def test_a_model_naming_unknown_classes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import onnxruntime

    real = onnxruntime.InferenceSession

    class Renamed(real):  # type: ignore[misc, valid-type]
        def get_modelmeta(self):  # noqa: ANN202
            meta = super().get_modelmeta()

            class Meta:
                renamed = json.dumps([*TYPES[:5], "Picnics"])
                custom_metadata_map = {**meta.custom_metadata_map, "eventwire.types": renamed}

            return Meta()

    monkeypatch.setattr(onnxruntime, "InferenceSession", Renamed)
    with pytest.raises(ModelError, match="Picnics"):
        neural.load(MODEL_PATH, TYPES, SUBS)
