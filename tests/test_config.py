"""Configuration files, selection by prefix, and clear errors for unknown keys and codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.config import Config, config_from_mapping, find_config, load_config
from numcheck.errors import ConfigError
from numcheck.rules.reference import render_reference

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_unknown_key_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown key"):
        config_from_mapping({"selekt": ["NC1"]})


def test_unknown_code_is_an_error() -> None:
    with pytest.raises(ConfigError, match="unknown rule"):
        config_from_mapping({"select": ["XX1"]})


def test_bad_severity_is_an_error() -> None:
    with pytest.raises(ConfigError):
        config_from_mapping({"min-severity": "loud"})


def test_nearest_config_wins(tmp_path: Path) -> None:
    (tmp_path / "numcheck.toml").write_text('min-severity = "error"\n', encoding="utf-8")
    sub = tmp_path / "drafts"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[tool.numcheck]\nfail-on = "error"\n', encoding="utf-8")
    (sub / "a.txt").write_text("Headline\nBody with 5 figures.\n", encoding="utf-8")
    found = find_config(sub / "a.txt")
    assert found == sub / "pyproject.toml"
    assert load_config(found).fail_on.name == "ERROR"
    assert find_config(tmp_path) == tmp_path / "numcheck.toml"


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path


def test_bad_config_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "numcheck.toml").write_text("select = [\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Headline\nBody.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.txt")]) == 2
    assert "cannot read config" in capsys.readouterr().err


def test_with_overrides_keeps_other_settings() -> None:
    c = Config(select=("NC1",)).with_overrides(ignore=("NC101",), fail_on=None)
    assert c.select == ("NC1",) and c.ignore == ("NC101",)


def test_rule_reference_is_up_to_date() -> None:
    assert DOCS.read_text(encoding="utf-8") == render_reference(), "run: python -m numcheck.rules.reference > docs/rules.md"
