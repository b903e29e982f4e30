"""The command line: exit codes, formats, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from numcheck.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "numcheck", *args], input=stdin, capture_output=True, timeout=60)


def test_quantities_json_on_seed(seed_path: Path, capsys) -> None:
    assert main(["quantities", str(seed_path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1
    source = seed_path.read_text(encoding="utf-8")
    for q in data["files"][0]["quantities"]:
        assert source[q["start"] : q["end"]] == q["text"]


def test_missing_file_is_exit_2(tmp_path: Path) -> None:
    r = run("check", str(tmp_path / "nope.txt"))
    assert r.returncode == 2
    assert b"no such file" in r.stderr
    assert b"Traceback" not in r.stderr


def test_bad_inputs_exit_2_other_files_still_checked(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9 costs 5".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Headline\nSome 50 people came.\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    r = run("quantities", str(tmp_path), "--format", "json")
    assert r.returncode == 2
    err = r.stderr.decode()
    assert "empty" in err and "binary" in err and "UTF-8" in err and "Traceback" not in err
    data = json.loads(r.stdout)
    assert [f["path"] for f in data["files"]] == [str(good)]
    assert len(data["errors"]) == 3
    assert before == {p.name: p.read_bytes() for p in tmp_path.iterdir()}, "numcheck must never write to its inputs"


def test_empty_folder_is_exit_2(tmp_path: Path) -> None:
    r = run("check", str(tmp_path))
    assert r.returncode == 2 and b"no file to check" in r.stderr


def test_stdin() -> None:
    r = run("quantities", "-", "--format", "json", stdin=b"Headline\nIt cost $4m.\n")
    assert r.returncode == 0
    assert json.loads(r.stdout)["files"][0]["path"] == "-"


def test_usage_error_exit_2() -> None:
    r = run("check")
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    r = run("check", "x.txt", "--select", "XX9")
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    r = run("check", "x.txt", "--date", "2024-13-45")
    assert r.returncode == 2 and b"Traceback" not in r.stderr
