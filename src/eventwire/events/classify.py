"""Event type classifier: ACLED event_type / sub_event_type and PLOVER type / mode from a clause's text.

Interface:
    classify(texts: list[str]) -> list[TypeGuess]

The model is a scikit-learn pipeline (TF-IDF word and character n-grams, linear classifiers) trained by
``train/train_types.py`` on masked ACLED notes and stored in ``eventwire/models/event_types.pkl``
(see ``models/MODEL_CARD.md``). Two classifiers are combined: one for the 6 event types (trained on more
data, including old-schema ACLED records) and one for the 25 sub-event types; the sub-event type is the
most probable one *inside* the chosen event type, so the two codes always agree. A few sub-event types
that the training data hardly contains (chemical weapons, suicide bombs, air/drone strikes) are
recognised from their defining words, as the ACLED codebook defines them.

Texts are masked before both training and prediction (``mask``): dates, numbers, bracketed size tags
and capitalised names become placeholders, so the model learns event language rather than the places,
dates and groups of the training countries.
"""

from __future__ import annotations

import pickle
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.errors import ModelError
from eventwire.events import neural
from eventwire.events.linear import LinearTextModel, compile_pipeline, is_compiled

__all__ = [
    "EVENT_TYPES",
    "MODEL_PATH",
    "SUB_EVENT_TYPES",
    "TypeGuess",
    "classify",
    "load_model",
    "mask",
    "plover_for",
    "use_model",
]

# Weight of the fine-tuned network's probabilities against the linear model's (``events.neural``). The
# network is better on notes of a country it was not trained on (classifier alone, type accuracy 0.820 ->
# 0.845 and 0.756 -> 0.801, see models/MODEL_CARD.md) but over-sure on wordings ACLED notes lack: it reads a
# curfew imposed as a protest (0.91) and shelling by a rebel movement as an armed clash (0.97). At 0.3 the
# mean keeps most of its gain on notes (0.856 and 0.799) and lets a sure linear model overrule it.
NEURAL_WEIGHT = 0.3
# Texts whose top linear event type is at least this keep the linear model's probabilities; the network is
# not run for them. With the top at p the others share at most 1 - p, so a mean at weight w can move the
# top only where (1 - w)(2p - 1) < w, p < 1 / (2 (1 - w)) = 0.714: above the gate the network could only
# change the sub-event type and the confidence. Gating at that bound saved 0.2 s per 100 articles over 0.9
# and lost 0.2-0.4 points of type accuracy on both cross-country directions (the confidence decides whether
# the actor rules may overturn a guess), so the gate is higher.
NEURAL_GATE = 0.9

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "event_types.pkl"

# ACLED codebook: the 25 sub-event types and the event type each belongs to.
SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(SUB_EVENT_TYPES.values()))


@dataclass(frozen=True, slots=True)
class TypeGuess:
    event_type: str | None
    sub_event_type: str | None
    plover_type: str | None = None
    plover_mode: str | None = None
    confidence: float = 0.0


# --- masking -----------------------------------------------------------------------------------------

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_RE_SIZE = re.compile(r"\[[^\]]{0,80}\]")
_RE_PAREN = re.compile(r"\([^()]{0,80}\)")
_RE_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:,?\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}[-/]\d{{1,2}}[-/]\d{{2,4}}|(?:{_WEEKDAYS}))\b",
    re.IGNORECASE,
)
_RE_NUMBER = re.compile(r"\b\d[\d,.]*\b")
_RE_TOKEN = re.compile(r"[A-Za-z][\w'’\-]*|\S")
# Capitalised words that carry event meaning, not names: kept (lower-cased) by the mask.
_KEEP_CAPITALISED = frozenset(
    """on in at the a an this that these those they he she it we his her their its after before during
    about around some several dozens hundreds unknown unidentified suspected armed police military army
    soldiers security forces troops protesters demonstrators rioters residents villagers civilians youths
    students workers traders teachers doctors nurses farmers herders members supporters gunmen militants
    bandits attackers assailants raiders also however meanwhile later earlier following according
    islamic state government""".split()
)


def mask(text: str) -> str:
    """Return ``text`` with dates, numbers, bracketed tags and capitalised names replaced by placeholders.

    A pure ``str -> str`` function used by training and prediction alike. Placeholders are
    ``zdate``, ``znum`` and ``zname``; the result is lower-cased.
    """
    text = _RE_SIZE.sub(" ", text)
    text = _RE_PAREN.sub(_mask_paren, text)
    text = _RE_DATE.sub(" zdate ", text)
    text = _RE_NUMBER.sub(" znum ", text)
    out: list[str] = []
    sentence_start = True
    for match in _RE_TOKEN.finditer(text):
        token = match.group()
        if token[0].isupper() and token.lower() not in _KEEP_CAPITALISED and not sentence_start:
            if not out or out[-1] != "zname":
                out.append("zname")
        else:
            out.append(token.lower())
        sentence_start = token in {".", "!", "?", ":", ";", '"', "“"}
    return " ".join(out)


def _mask_paren(match: re.Match[str]) -> str:
    inner = match.group()[1:-1]
    return " " if "," in inner or inner[:1].isupper() else match.group()


# --- keyword rules for sub-event types that training data hardly has (ACLED codebook definitions) ----

_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"\b(chemical (weapon|attack|agent)s?|sarin|chlorine gas|mustard gas|nerve agent)"),
        "Chemical weapon",
    ),
    (
        re.compile(
            r"\bsuicide (bomb|attack|car bomb|vest|belt)|\bsuicide bomber"
            r"|\bblew (himself|herself|themselves) up"
        ),
        "Suicide bomb",
    ),
    (
        re.compile(
            r"\b(air ?strikes?|airstrikes?|drone strikes?|air raids?|warplanes?|fighter jets?"
            r"|helicopter gunships?"
            r"|bombed from the air|aerial (bombardment|bombing|attack))"
        ),
        "Air/drone strike",
    ),
)


_RULED_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})


# Weapon words that pick the sub-event of remote violence when the model knows none of that type.
_WEAPON_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bgrenades?\b"), "Grenade"),
    (
        re.compile(r"\b(shell(s|ed|ing)|artillery|mortars?|rockets?|missiles?)\b"),
        "Shelling/artillery/missile attack",
    ),
)
# Strategic developments by the codebook's definitions, for clauses that report no violence or protest.
# (Arrests and property destruction are left to the model: on the development data they are more often
# part of a protest, riot or attack.)
_CASUALTY = re.compile(
    r"\b(kill|dead|died|death|injur|wound|shot|hacked|stabbed|beat|lynch|clash|attack|fight|fought|assault"
    r"|storm|invad)"
)
_PROTEST_CUE = re.compile(r"\b(protest|demonstrat|march|riot|mob|rally|picket|strike)")
_DEVELOPMENT_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(defus|diffus|seiz|recover|confiscat|foil|intercept|impound|found)\w*\b[^.]{0,60}\b(weapons?|arms|"
            r"ammunition|explosives?|bombs?|ieds?|grenades?|devices?|rifles?|guns?|firearms?|cache)"
        ),
        "Disrupted weapons use",
    ),
    (
        re.compile(
            r"\b(signed|reached|agreed|concluded|brokered)\b[^.]{0,40}\b(agreement|accord|deal|ceasefire|"
            r"cease-fire|truce|peace)"
        ),
        "Agreement",
    ),
    (
        re.compile(r"\b(established|set up|opened|built)\b[^.]{0,30}\b(base|camp|headquarters|outpost)"),
        "Headquarters or base established",
    ),
    (
        re.compile(
            r"\b(without (a fight|resistance|fighting)|handed over control|peacefully took (over|control))"
        ),
        "Non-violent transfer of territory",
    ),
    (
        re.compile(
            r"\b(appointed|named|elected|chose)\b[^.]{0,20}\b(leader|commander|chief|head|emir)\b|"
            r"\b(merged|split|defected|disbanded|rebranded|pledged allegiance)\b"
        ),
        "Change to group/activity",
    ),
    (
        re.compile(r"\b(released|freed|exchanged)\b[^.]{0,30}\b(hostages?|captives?|prisoners?|detainees?)"),
        "Other",
    ),
)


def _development(text: str) -> str | None:
    lowered = text.lower()
    if _CASUALTY.search(lowered) or _PROTEST_CUE.search(lowered):
        return None
    return next((sub_event for pattern, sub_event in _DEVELOPMENT_RULES if pattern.search(lowered)), None)


# The most common sub-event of each type: the fallback when the model knows no sub-event of the type.
_DEFAULT_SUB = {
    "Battles": "Armed clash",
    "Explosions/Remote violence": "Remote explosive/landmine/IED",
    "Violence against civilians": "Attack",
    "Protests": "Peaceful protest",
    "Riots": "Violent demonstration",
    "Strategic developments": "Other",
}


def _rule(text: str, rules: tuple[tuple[re.Pattern[str], str], ...] = _RULES) -> str | None:
    lowered = text.lower()
    for pattern, sub_event in rules:
        if pattern.search(lowered):
            return sub_event
    return None


# --- PLOVER second coding --------------------------------------------------------------------------

_PLOVER: dict[str, tuple[str | None, str | None]] = {
    "Armed clash": ("ASSAULT", "firearms"),
    "Government regains territory": ("ASSAULT", "firearms"),
    "Non-state actor overtakes territory": ("ASSAULT", "firearms"),
    "Chemical weapon": ("ASSAULT", "heavy-weapons"),
    "Air/drone strike": ("ASSAULT", "heavy-weapons"),
    "Suicide bomb": ("ASSAULT", "suicide-attack"),
    "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", None),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Peaceful protest": ("PROTEST", "demo"),
    "Protest with intervention": ("PROTEST", "demo"),
    "Excessive force against protesters": ("ASSAULT", "firearms"),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "beat"),
    "Agreement": ("AGREE", None),
    "Arrests": ("COERCE", "arrest"),
    "Change to group/activity": ("MOBILIZE", None),
    "Disrupted weapons use": ("COERCE", "confiscate"),
    "Headquarters or base established": ("MOBILIZE", "troops"),
    "Looting/property destruction": ("ASSAULT", "destroy"),
    "Non-violent transfer of territory": ("RETREAT", "withdraw"),
    "Other": (None, None),
}
# Mode refinements from the clause's words, tried in order; the first that matches wins.
_MODE_WORDS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "ASSAULT": (
        (re.compile(r"\b(kidnap|abduct|hijack|hostage)"), "abduct"),
        (re.compile(r"\b(rape|raped|sexual(ly)? (assault|abuse|violence)|defiled)"), "sexual"),
        (re.compile(r"\b(tortur)"), "torture"),
        (re.compile(r"\b(assassinat)"), "assassinate"),
        (re.compile(r"\bexecut(ed|ion)"), "execute"),
        (re.compile(r"\b(suicide bomb|suicide attack|blew (him|her|them)sel(f|ves) up)"), "suicide-attack"),
        (re.compile(r"\b(ied|bomb|explosive|landmine|mine|grenade|explosion|blast)"), "explosives"),
        (
            re.compile(r"\b(shell|artillery|mortar|rocket|missile|air ?strike|drone|warplane)"),
            "heavy-weapons",
        ),
        (
            re.compile(r"\b(shot|shoot|gun|fire[ds]? (at|on)|opened fire|rifle|firearm|ak-?47|bullet)"),
            "firearms",
        ),
        (
            re.compile(
                r"\b(machete|knife|knives|stabb|hacked|arrows?|spears?|stones?|rocks?|burn(ed|t)|set ablaze"
                r"|torched|clubs?|sticks?|panga)"
            ),
            "primitive",
        ),
        (re.compile(r"\b(beat|beaten|lynch|assault|thrash|flog|whip)"), "beat"),
        (re.compile(r"\b(destroy|demolish|vandali[sz]|loot)"), "destroy"),
    ),
    "PROTEST": (
        (re.compile(r"\bhunger strike"), "strike-hun"),
        (re.compile(r"\bgeneral strike|nationwide strike"), "strike-gen"),
        (re.compile(r"\b(strike|downed tools|walked off)"), "strike-lim"),
        (re.compile(r"\bboycott"), "boycott"),
        (
            re.compile(r"\b(block(ed|ing)? (the |a )?(road|highway|street|access)|barricad|roadblock)"),
            "obstruct",
        ),
    ),
    "COERCE": (
        (re.compile(r"\b(arrest|detain|custody|apprehend)"), "arrest"),
        (re.compile(r"\b(curfew)"), "curfew"),
        (re.compile(r"\b(state of emergency|martial law)"), "martial-law"),
        (re.compile(r"\b(deport|expel)"), "deport"),
        (re.compile(r"\b(ban|banned|prohibit)"), "ban"),
        (re.compile(r"\b(seiz|confiscat|recover)"), "confiscate"),
    ),
    "RETREAT": (
        (re.compile(r"\b(releas|freed)"), "release"),
        (re.compile(r"\b(withdr|pull(ed)? out|handed over|retreat)"), "withdraw"),
        (re.compile(r"\b(ceasefire|cease-fire|truce)"), "ceasefire"),
        (re.compile(r"\b(disarm|surrender(ed)? (their )?weapons)"), "disarm"),
    ),
    "MOBILIZE": (
        (re.compile(r"\b(police|officers|gsu|constabulary)"), "police"),
        (re.compile(r"\b(troops|soldiers|army|military|deploy)"), "troops"),
    ),
}
_OTHER_PLOVER: tuple[tuple[re.Pattern[str], tuple[str, str | None]], ...] = (
    (re.compile(r"\b(releas|freed)"), ("RETREAT", "release")),
    (re.compile(r"\b(curfew)"), ("COERCE", "curfew")),
    (re.compile(r"\b(threat|warn)"), ("THREATEN", None)),
    (re.compile(r"\b(accus|blame)"), ("ACCUSE", None)),
)


def plover_for(sub_event_type: str | None, text: str = "") -> tuple[str | None, str | None]:
    """PLOVER (type, mode) for an ACLED sub-event type, refined by the clause's words."""
    if sub_event_type is None:
        return None, None
    lowered = text.lower()
    ptype, mode = _PLOVER.get(sub_event_type, (None, None))
    if ptype is None:
        return next((code for pattern, code in _OTHER_PLOVER if pattern.search(lowered)), (None, None))
    fixed = sub_event_type in {"Sexual violence", "Abduction/forced disappearance", "Suicide bomb", "Grenade"}
    if not fixed:
        for pattern, word_mode in _MODE_WORDS.get(ptype, ()):
            if pattern.search(lowered):
                return ptype, word_mode
    return ptype, mode


# --- the model ---------------------------------------------------------------------------------------

_LOCK = threading.Lock()
_CACHE: dict[str, dict[str, Any]] = {}


_DEFAULT: list[Path] = [MODEL_PATH]


def use_model(path: str | Path | None) -> None:
    """Make ``path`` the model that ``classify`` uses by default (``None``: the packaged model).

    Cross-country evaluation uses this to run the whole pipeline with a model trained on other countries.
    """
    _DEFAULT[0] = Path(path) if path is not None else MODEL_PATH


def load_model(path: str | Path | None = None) -> dict[str, Any]:
    """Load (once per process and path) the model bundle written by ``train/train_types.py``."""
    target = Path(path) if path is not None else _DEFAULT[0]
    key = str(target)
    with _LOCK:
        if key not in _CACHE:
            if not target.is_file():
                raise ModelError(
                    f"event type model not found at {target}; train it with "
                    "`python train/train_types.py --out src/eventwire/models/event_types.pkl` "
                    "or reinstall eventwire"
                )
            try:
                bundle = _read_bundle(target)
            except Exception as exc:  # a corrupt or incompatible file
                raise ModelError(f"event type model at {target} cannot be read ({exc}); retrain it") from exc
            if not isinstance(bundle, dict) or "type_model" not in bundle or "sub_model" not in bundle:
                raise ModelError(f"{target} is not an eventwire event type model; retrain it")
            _CACHE[key] = {**bundle, "type_model": _runnable(bundle["type_model"]),
                           "sub_model": _runnable(bundle["sub_model"])}
        return _CACHE[key]


def unload_models() -> None:
    """Forget every loaded model bundle (a process that forked its workers gives the memory back)."""
    with _LOCK:
        _CACHE.clear()
    neural.unload()


def save_model(bundle: dict[str, Any], path: str | Path) -> None:
    """Write a model bundle as a plain pickle (protocol 5, uncompressed) with its scikit-learn pipelines
    compiled to plain arrays (``events.linear``): loading it imports neither scikit-learn nor SciPy, and the
    C unpickler reads it far faster than ``joblib.load`` reads a compressed joblib file."""
    plain = {key: _plain(value) if key in ("type_model", "sub_model") else value for key, value in bundle.items()}
    with Path(path).open("wb") as fh:
        pickle.dump(plain, fh, protocol=5)


def _plain(model: Any) -> Any:
    """The compiled form of a model: as it is, from a loaded ``LinearTextModel``, or compiled from a
    scikit-learn pipeline."""
    if is_compiled(model):
        return model
    if isinstance(model, LinearTextModel):
        return model.compiled
    return compile_pipeline(model)


def _runnable(model: Any) -> Any:
    """A compiled model (or a scikit-learn pipeline from an older bundle, compiled now) ready to predict;
    a pipeline with settings ``events.linear`` does not reproduce is used as it is."""
    if is_compiled(model):
        return LinearTextModel(model)
    try:
        return LinearTextModel(compile_pipeline(model))
    except (ValueError, AttributeError, KeyError):
        return model


def _read_bundle(path: Path) -> Any:
    if path.suffix == ".joblib":  # bundles written by earlier versions of the training script
        import joblib

        return joblib.load(path)
    with path.open("rb") as fh:
        return pickle.load(fh)  # noqa: S301 - our own model file, as trusted as the code that ships it


def classify(texts: list[str], model: str | Path | None = None) -> list[TypeGuess]:
    """Classify a batch of clause or sentence texts; one ``TypeGuess`` per text, in order.

    ``model`` is an optional path to another model bundle (cross-country evaluation uses this).
    Empty texts get an empty guess.
    """
    if not texts:
        return []
    bundle = load_model(model)
    masked = [mask(text) for text in texts]
    type_probs = bundle["type_model"].predict_proba(masked)
    sub_probs = bundle["sub_model"].predict_proba(masked)
    type_classes = list(bundle["type_model"].classes_)
    sub_classes = list(bundle["sub_model"].classes_)
    network = neural.load(Path(model) if model is not None else _DEFAULT[0], list(EVENT_TYPES), list(SUB_EVENT_TYPES))
    if network is not None:
        type_probs, sub_probs, type_classes, sub_classes = _with_network(
            network, masked, type_probs, sub_probs, type_classes, sub_classes
        )
    return [
        _guess(text, type_row, sub_row, type_classes, sub_classes) if text.strip() else TypeGuess(None, None)
        for text, type_row, sub_row in zip(texts, type_probs, sub_probs, strict=True)
    ]


def _with_network(
    network: neural.NeuralTypeModel,
    masked: list[str],
    type_probs: Any,
    sub_probs: Any,
    type_classes: list[str],
    sub_classes: list[str],
) -> tuple[Any, Any, list[str], list[str]]:
    """The linear model's probabilities averaged with the network's (weight ``NEURAL_WEIGHT``), over the
    classes of either (a class one of them never saw counts 0 there).

    Texts the linear model is sure of (top event type at least ``NEURAL_GATE``, where the mean could not
    change the type) keep its probabilities: the network is most of the stage's time."""
    type_mixed, types = _widen(type_probs, type_classes, network.types)
    sub_mixed, subs = _widen(sub_probs, sub_classes, network.subs)
    unsure = [i for i, row in enumerate(type_probs) if float(row.max()) < NEURAL_GATE and masked[i].strip()]
    if unsure:
        net_types, net_subs = network.probabilities([masked[i] for i in unsure])
        for mixed, names, net, net_names in ((type_mixed, types, net_types, network.types),
                                             (sub_mixed, subs, net_subs, network.subs)):
            mixed[unsure] *= 1 - NEURAL_WEIGHT
            for j, name in enumerate(net_names):
                mixed[unsure, names.index(name)] += NEURAL_WEIGHT * net[:, j]
    return type_mixed, sub_mixed, types, subs


def _widen(probs: Any, classes: list[str], more: list[str]) -> tuple[Any, list[str]]:
    """``probs`` over ``classes`` and then ``more`` (at 0 where ``classes`` lacks them)."""
    names = list(dict.fromkeys([*classes, *more]))
    wide = np.zeros((len(probs), len(names)))
    wide[:, : len(classes)] = np.asarray(probs)
    return wide, names


def _guess(
    text: str, type_row: Any, sub_row: Any, type_classes: list[str], sub_classes: list[str]
) -> TypeGuess:
    best = int(type_row.argmax())
    event_type = type_classes[best]
    type_confidence = float(type_row[best])
    inside = [
        (float(p), sub)
        for p, sub in zip(sub_row, sub_classes, strict=True)
        if SUB_EVENT_TYPES[sub] == event_type
    ]
    mass = sum(p for p, _ in inside) or 1.0
    sub_p, sub_event = max(inside) if inside else (1.0, None)
    if sub_event is None:
        weapon = _rule(text, _WEAPON_RULES)
        sub_event = weapon if weapon and SUB_EVENT_TYPES[weapon] == event_type else _DEFAULT_SUB[event_type]
    developed = _development(text)
    if developed is not None:
        event_type, sub_event, sub_p, mass = "Strategic developments", developed, type_confidence, 1.0
    ruled = _rule(text)
    # The weapon defines the sub-event of remote violence, also against civilians; inside a battle or a
    # disrupted attack (Strategic developments) ACLED keeps the battle / development codes.
    if ruled is not None and event_type in _RULED_TYPES:
        event_type, sub_event, sub_p, mass = SUB_EVENT_TYPES[ruled], ruled, 1.0, 1.0
    plover_type, plover_mode = plover_for(sub_event, text)
    return TypeGuess(
        event_type=event_type,
        sub_event_type=sub_event,
        plover_type=plover_type,
        plover_mode=plover_mode,
        confidence=round(type_confidence * (sub_p / mass), 4),
    )
