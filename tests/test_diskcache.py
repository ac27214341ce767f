"""The disk cache of slow-to-build library objects: hits, rebuilds, and failures that must not matter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire import diskcache


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_builds_once_then_loads_from_disk(folder: Path) -> None:
    calls: list[int] = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"answer": 42}

    assert diskcache.load_or_build("thing", "k1", build) == {"answer": 42}
    assert diskcache.load_or_build("thing", "k1", build) == {"answer": 42}
    assert len(calls) == 1
    assert [p.name for p in folder.iterdir()] == ["thing-k1.pkl"]


def test_a_new_key_rebuilds_and_removes_the_stale_entry(folder: Path) -> None:
    diskcache.load_or_build("thing", "old", lambda: 1)
    assert diskcache.load_or_build("thing", "new", lambda: 2) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["thing-new.pkl"]


def test_a_corrupt_entry_is_rebuilt(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "thing-k.pkl").write_bytes(b"\x80\x05 not a pickle at all")
    assert diskcache.load_or_build("thing", "k", lambda: [1, 2, 3]) == [1, 2, 3]
    assert diskcache.load_or_build("thing", "k", lambda: "not called") == [1, 2, 3]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_an_unwritable_folder_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(locked / "cache"))
    assert diskcache.load_or_build("thing", "k", lambda: "built") == "built"


def test_a_folder_that_is_a_file_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", str(blocker / "cache"))
    assert diskcache.load_or_build("thing", "k", lambda: "built") == "built"


def test_off_disables_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_CACHE_DIR", "off")
    assert diskcache.cache_dir() is None
    calls: list[int] = []
    for _ in range(2):
        diskcache.load_or_build("thing", "k", lambda: calls.append(1))
    assert len(calls) == 2


def test_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("EVENTWIRE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert diskcache.cache_dir() == tmp_path / "eventwire"


def test_file_key_changes_with_the_file(tmp_path: Path) -> None:
    source = tmp_path / "data.txt"
    source.write_text("one", encoding="utf-8")
    first = diskcache.file_key("1.0", source)
    source.write_text("three", encoding="utf-8")
    assert diskcache.file_key("1.0", source) != first
    assert diskcache.file_key("1.1", source) != diskcache.file_key("1.0", source)
    assert diskcache.file_key("1.0", tmp_path / "missing") == diskcache.file_key("1.0", tmp_path / "missing")


def test_cached_language_identifier_and_gender_table_work(folder: Path) -> None:
    from eventwire import ingest
    from eventwire.quotes import speakers

    for _ in range(2):  # built, then loaded from the cache
        ingest.unload_language_identifier()
        speakers._gender_detector.cache_clear()
        assert ingest.detect_language("The soldiers returned to their barracks after the parade.")[0] == "en"
        assert speakers.first_name_gender("Margaret") == "female"
    assert sorted(p.name.split("-")[0] for p in folder.iterdir()) == ["gender", "py3langid"]
    ingest.unload_language_identifier()
    speakers._gender_detector.cache_clear()
