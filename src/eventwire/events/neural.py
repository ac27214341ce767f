"""A fine-tuned MiniLM (all-MiniLM-L6-v2, 6 layers, int8) that reads a masked clause and gives the
probabilities of ACLED's 6 event types and 25 sub-event types, run on the CPU with ONNX Runtime.

``train/train_transformer.py`` fine-tunes it (on a GPU) and exports it; ``events.classify`` averages its
probabilities with the linear TF-IDF model's. The model file sits next to the linear model's bundle with the
same stem (``event_types.pkl`` → ``event_types.onnx``) and reads the WordPiece vocabulary of its base model
(``minilm-tokenizer.json`` in the same folder). Without ONNX Runtime or without the file, ``load`` returns
``None`` and the linear model decides alone.

Interface:
    load(bundle_path) -> NeuralTypeModel | None
    NeuralTypeModel.probabilities(masked_texts) -> (type_probs [n, 6], sub_probs [n, 25])
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import ModelError

__all__ = ["MAX_TOKENS", "TOKENIZER_NAME", "NeuralTypeModel", "load", "model_path"]

TOKENIZER_NAME = "minilm-tokenizer.json"
MAX_TOKENS = 128  # as in training; a longer reading keeps its first 128 word pieces
_LOCK = threading.Lock()
# per process: an ONNX Runtime session is not carried across a fork, each worker opens its own
_CACHE: dict[tuple[str, int], NeuralTypeModel | None] = {}


def model_path(bundle_path: Path) -> Path:
    """Where the neural model of a linear model bundle lives (same folder, same stem, ``.onnx``)."""
    return bundle_path.with_suffix(".onnx")


@dataclass
class NeuralTypeModel:
    session: Any  # onnxruntime.InferenceSession
    tokenizer: Any  # tokenizers.Tokenizer
    types: list[str]
    subs: list[str]

    def probabilities(self, masked: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Type and sub-event probabilities for each masked text, in the order of ``types`` / ``subs``.

        Each text is run on its own: the int8 model quantizes its activations per run, so in a batch a text's
        probabilities would depend on the texts beside it (up to 0.18 apart). Alone, the same text always gets
        the same codes, with no padding; on one core a batch of 8 is only about 20 % faster."""
        type_out = np.zeros((len(masked), len(self.types)), dtype=np.float32)
        sub_out = np.zeros((len(masked), len(self.subs)), dtype=np.float32)
        for row, encoding in enumerate(self.tokenizer.encode_batch(masked) if masked else []):
            ids = np.array([encoding.ids], dtype=np.int64)
            type_probs, sub_probs = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
            type_out[row], sub_out[row] = type_probs[0], sub_probs[0]
        return type_out, sub_out


def load(bundle_path: Path, types: list[str], subs: list[str]) -> NeuralTypeModel | None:
    """The neural model beside ``bundle_path`` (once per process), or ``None`` where there is none or
    ONNX Runtime is not installed. ``types`` / ``subs`` are the classes eventwire knows, in the order of the
    model's outputs unless the model's metadata names its own.

    Set ``EVENTWIRE_NEURAL=0`` to leave it out (the linear model alone, as before it existed)."""
    path = model_path(bundle_path)
    key = (str(path), os.getpid())
    with _LOCK:
        for stale in [k for k in _CACHE if k[1] != key[1]]:
            del _CACHE[stale]  # a forked worker lets the parent's session go (its pages were only shared)
        if key in _CACHE:
            return _CACHE[key]
        model = None
        if os.environ.get("EVENTWIRE_NEURAL", "1") != "0" and path.is_file():
            model = _open(path, types, subs)
        _CACHE[key] = model
        return model


def _open(path: Path, known_types: list[str], known_subs: list[str]) -> NeuralTypeModel | None:
    types, subs = known_types, known_subs
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer
    except ImportError:
        return None
    tokenizer_path = path.parent / TOKENIZER_NAME
    try:
        tokenizer = Tokenizer.from_file(str(tokenizer_path))
    except Exception as exc:
        raise ModelError(f"the neural type model needs its vocabulary at {tokenizer_path} ({exc})") from exc
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.no_padding()
    options = ort.SessionOptions()
    # one thread: the pipeline runs one process per core, and one document's clauses are a small batch
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    try:
        session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # a corrupt or truncated file
        raise ModelError(f"neural type model at {path} cannot be read ({exc}); retrain or reinstall it") from exc
    outputs = [o.name for o in session.get_outputs()]
    if outputs != ["type_probs", "sub_probs"]:
        raise ModelError(f"{path} is not an eventwire neural type model (outputs {outputs})")
    # the training script names its outputs' classes in the graph's metadata; a graph without them gives
    # the classes in the order ``events.classify`` lists them
    names = session.get_modelmeta().custom_metadata_map
    try:
        types = json.loads(names["eventwire.types"]) if "eventwire.types" in names else list(types)
        subs = json.loads(names["eventwire.sub_event_types"]) if "eventwire.sub_event_types" in names else list(subs)
    except ValueError as exc:
        raise ModelError(f"{path}: unreadable class names in its metadata ({exc})") from exc
    unknown = sorted(set(types) - set(known_types) | set(subs) - set(known_subs))
    if unknown:
        raise ModelError(f"{path} names classes eventwire does not know: {unknown}")
    return NeuralTypeModel(session, tokenizer, list(types), list(subs))


def unload() -> None:
    with _LOCK:
        _CACHE.clear()
