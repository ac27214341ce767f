"""A disk cache for objects that are slow to build from the files a library ships.

Two of the models eventwire loads at start-up are slow to build but fast to unpickle: the language
identifier (py3langid decompresses an LZMA archive, ~0.6-0.9 s) and the first-name gender table
(gender-guesser parses a 3 MB text file, ~0.5 s). The process that loads the models does so while the
other cores wait, so ``load_or_build`` builds each once and keeps a pickle of it in the user's cache
directory, keyed by the library version and the source file's size and modification time.

The cache is only an optimisation: an unreadable, corrupt or stale entry is rebuilt, and a cache directory
that cannot be written is ignored. The directory is ``$EVENTWIRE_CACHE_DIR`` (``off`` disables the cache),
else ``$XDG_CACHE_HOME/eventwire``, else ``~/.cache/eventwire``.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["cache_dir", "file_key", "load_or_build"]

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where cached objects live; None when caching is off."""
    configured = os.environ.get("EVENTWIRE_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "none", "0") else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def file_key(*parts: object) -> str:
    """A short key from versions and source files (a path contributes its size and modification time)."""
    items = []
    for part in parts:
        if isinstance(part, Path):
            try:
                stat = part.stat()
                items.append(f"{part}:{stat.st_size}:{stat.st_mtime_ns}")
            except OSError:
                items.append(f"{part}:missing")
        else:
            items.append(str(part))
    return hashlib.sha256("|".join(items).encode("utf-8")).hexdigest()[:16]


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The object cached under ``name`` with ``key``, else ``build()`` (then cached, when possible)."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.pkl"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]  # noqa: S301 - our own cache entry
    except Exception:  # noqa: BLE001 - missing, corrupt, truncated or from another version: rebuild it
        pass
    value = build()
    _store(folder, name, path, value)
    return value


def _store(folder: Path, name: str, path: Path, value: object) -> None:
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(f"{name}-*.pkl"):  # entries for other versions of the source
            if stale != path:
                stale.unlink(missing_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, prefix=f".{name}-", delete=False) as tmp:
            temporary = tmp.name
            pickle.dump(value, tmp, protocol=5)
        os.replace(temporary, path)  # atomic: a concurrent reader sees the old entry or the whole new one
    except (OSError, pickle.PicklingError):
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
