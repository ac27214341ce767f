"""Settings: the package defaults (``defaults.yaml``) with the user's file merged over them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.errors import ConfigError

USER_FILES = ("eventwire.yaml",)


def _merge(base: dict[str, Any], over: dict[str, Any], path: str = "") -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        where = f"{path}{key}"
        if key not in base:
            raise ConfigError(f"unknown setting {where!r}; see `eventwire config show` for the valid keys")
        if isinstance(base[key], dict):
            if not isinstance(value, dict):
                raise ConfigError(f"setting {where!r} must be a mapping")
            out[key] = _merge(base[key], value, where + ".")
        else:
            out[key] = value
    return out


def _read_yaml(text: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: the top level must be a mapping")
    return data


@dataclass(frozen=True)
class Settings:
    """The effective settings. ``get("limits.max_document_chars")`` reads one value."""

    data: dict[str, Any]
    sources: tuple[str, ...]

    def get(self, dotted: str) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                raise ConfigError(f"unknown setting {dotted!r}")
            node = node[part]
        return node

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        """Return settings with dotted-key overrides (CLI flags) applied; ``None`` values are ignored."""
        nested: dict[str, Any] = {}
        for dotted, value in overrides.items():
            if value is None:
                continue
            node = nested
            *parents, last = dotted.split(".")
            for part in parents:
                node = node.setdefault(part, {})
            node[last] = value
        return Settings(_merge(self.data, nested), self.sources + ("command line",) if nested else self.sources)


def load_settings(path: str | Path | None = None) -> Settings:
    """Load defaults, then merge the user file: ``path``, ``$EVENTWIRE_CONFIG`` or ``./eventwire.yaml``."""
    text = resources.files("eventwire").joinpath("defaults.yaml").read_text(encoding="utf-8")
    data = _read_yaml(text, "defaults.yaml")
    sources = ["defaults.yaml"]
    candidate = path or os.environ.get("EVENTWIRE_CONFIG")
    if candidate is None:
        candidate = next((p for p in USER_FILES if Path(p).is_file()), None)
    if candidate is not None:
        user = Path(candidate)
        if not user.is_file():
            raise ConfigError(f"config file {user} does not exist")
        data = _merge(data, _read_yaml(user.read_text(encoding="utf-8"), str(user)))
        sources.append(str(user))
    return Settings(data, tuple(sources))
