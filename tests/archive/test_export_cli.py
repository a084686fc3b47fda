"""``humdoc archive report | export-uwazi | export-publication`` on the command line, against a
real archive a real receiver filled."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import psycopg
import pytest

from humdoc.cli.app import main
from humdoc.core.report.model import CustodyReport
from tests.archive.receiving import WITNESS_NAME, Intake, intake  # noqa: F401
from tests.archive.test_export import _custody_row, _flipped, _seed, _set_custody_row
from tests.conftest import PASSPHRASE


def _run(w: Intake, member: str, *argv: str) -> int:
    secret = w.tmp / "pass"
    secret.write_bytes(PASSPHRASE)
    return main(["archive", *argv, "--archive", w.archive.url(w.archive.role(member)),
                 "--passphrase-file", str(secret)])  # fmt: skip


def test_an_analyst_writes_the_report_as_json_and_pdf(
    w: Intake, capsys: pytest.CaptureFixture[str]
) -> None:
    _seed(w)
    out = w.tmp / "report.json"
    assert _run(w, "ana1", "report", w.case_id, "--out", str(out)) == 0, capsys.readouterr().err
    assert "every custody event verified" in capsys.readouterr().out
    report = CustodyReport.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert report.all_verified and report.case_id == w.case_id
    pdf = w.tmp / "report.pdf"
    assert _run(w, "ana1", "report", w.case_id, "--out", str(pdf)) == 0, capsys.readouterr().err
    assert pdf.read_bytes()[:5] == b"%PDF-"
    capsys.readouterr()
    _set_custody_row(w, w.media_id, *_flipped(_custody_row(w, w.media_id)))
    again = w.tmp / "again.json"
    assert _run(w, "ana1", "report", w.case_id, "--out", str(again)) == 0
    assert "VERIFICATION FAILED for 1 custody event" in capsys.readouterr().out
    assert json.loads(again.read_text(encoding="utf-8"))["all_verified"] is False


def test_the_exports_on_the_command_line_and_intake_is_refused_in_one_line(
    w: Intake, capsys: pytest.CaptureFixture[str]
) -> None:
    t2, photo = _seed(w)
    zip_out, csv_out = w.tmp / "uwazi.zip", w.tmp / "publish.json"
    code = _run(w, "ana1", "export-uwazi", w.case_id, "--out", str(zip_out), "--store",
                str(w.store))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    assert "2 rows, 1 file" in said and f"Held back testimony {w.testimony_id}" in said
    with zipfile.ZipFile(zip_out) as zf:
        assert f"{photo}.png" in zf.namelist()
    assert _run(w, "ana1", "export-publication", w.case_id, "--out", str(csv_out)) == 0
    assert "1 testimony" in capsys.readouterr().out
    doc = json.loads(csv_out.read_text(encoding="utf-8"))
    assert [r["record"] for r in doc["rows"]] == [t2]
    assert WITNESS_NAME not in csv_out.read_text(encoding="utf-8")
    refused = [
        ("report", w.case_id, "--out", str(w.tmp / "r.json")),
        ("export-publication", w.case_id, "--out", str(w.tmp / "p.csv")),
        ("export-uwazi", w.case_id, "--out", str(w.tmp / "u.zip"), "--store", str(w.store)),
    ]
    for argv in refused:
        assert _run(w, "intake1", *argv) != 0
        err = capsys.readouterr().err.strip()
        assert err and "\n" not in err and "Traceback" not in err
    assert not [p for p in w.tmp.iterdir() if p.name in ("r.json", "p.csv", "u.zip")]
    with psycopg.connect(w.archive.dba_url) as conn:
        actions = conn.execute(
            "SELECT action FROM access_log WHERE actor = %s", (w.archive.role("ana1"),)
        ).fetchall()
    assert {"export-uwazi", "export-publication"} <= {a[0] for a in actions}


def test_a_wrong_file_name_is_one_line_before_the_archive_is_opened(
    w: Intake, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(w, "ana1", "report", w.case_id, "--out", str(w.tmp / "r.txt")) != 0
    assert "FILE.pdf or FILE.json" in capsys.readouterr().err
    assert _run(w, "ana1", "report", w.case_id) != 0
    assert "--out" in capsys.readouterr().err
    assert not Path(w.tmp / "r.txt").exists()


def test_the_archive_reports_verification_commands_pass_with_standard_tools(
    w: Intake, tmp_path: Path
) -> None:
    """Every command the archive's report gives an outside expert runs against the archive and
    agrees with the report (the expert's own jq, sha256sum, base64 and minisign)."""
    import os
    import shlex
    import shutil
    import subprocess
    import sys

    from humdoc.core.archive import export

    _seed(w)
    with w.session("ana1") as ana:
        report = export.report(ana, w.case_id)
    work = tmp_path / "expert"
    work.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "humdoc"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m humdoc "$@"\n')
    wrapper.chmod(0o755)
    for key in report.keys:
        name = "key-" + key.fingerprint.replace(" ", "")[:16] + ".pub"
        (work / name).write_text(key.key)
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "HUMDOC_PASSPHRASE": PASSPHRASE.decode(),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    address = shlex.quote(w.archive.url(w.archive.role("ana1")))
    for tool in ("jq", "minisign", "sha256sum", "base64"):
        assert shutil.which(tool), f"{tool} is needed to check the report's commands"
    ran = 0
    for step in report.verification:
        for command in step.commands:
            if command.startswith("#"):
                continue
            line = command.split("  # ")[0].replace("ARCHIVE", address)
            line = line.replace("STORE", shlex.quote(str(w.store)))
            run = subprocess.run(["sh", "-c", line], cwd=work, env=env, capture_output=True,
                                 text=True, timeout=120)  # fmt: skip
            assert run.returncode == 0, (command, run.stderr)
            ran += 1
            if "  # must be " in command:
                assert command.split("  # must be ")[1] in run.stdout, command
            if "minisign" in command:
                assert "Signature and comment signature verified" in run.stdout + run.stderr
    assert ran > 10
