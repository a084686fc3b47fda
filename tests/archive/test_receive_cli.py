"""``humdoc centre receive|store-init|sweep`` in process: what a person at the centre sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from humdoc.cli.app import main
from tests.archive.receiving import Intake, intake  # noqa: F401
from tests.conftest import PASSPHRASE


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_receive_files_then_again(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = w.archive.url(w.archive.role("intake1"))
    one = w.export()
    code, out, err = run(capsys, monkeypatch, "centre", "receive", "--archive", url,
                         "--store", str(w.store), str(one))  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"Received {one}: bundle ") and "1 testimony, 1 media file" in out
    code, out, _ = run(capsys, monkeypatch, "centre", "receive", "--archive", url,
                       "--store", str(w.store), str(one))  # fmt: skip
    assert code == 0 and out.startswith(f"Already received {one}")
    assert w.count("bundles") == 1


def test_a_refused_bundle_is_one_line_and_a_failing_exit(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = w.archive.url(w.archive.role("intake1"))
    bad = w.tmp / "bad.humdoc"
    bad.write_bytes(b"age-encryption.org/v1\nnot really\n")
    code, out, err = run(capsys, monkeypatch, "centre", "receive", "--archive", url,
                         "--store", str(w.store), str(bad))  # fmt: skip
    assert code != 0 and err.startswith("humdoc: ") and err.count("\n") == 1
    good = w.export()
    code, out, err = run(capsys, monkeypatch, "--json", "centre", "receive", "--archive", url,
                         "--store", str(w.store), str(bad), str(good))  # fmt: skip
    assert code != 0 and '"received": true' in out and '"received": false' in out
    assert w.count("bundles") == 1


def test_wrong_store_folder_and_usage_are_refused(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    url = w.archive.url(w.archive.role("intake1"))
    other = tmp_path / "other"
    other.mkdir()
    one = w.export()
    code, _, err = run(capsys, monkeypatch, "centre", "receive", "--archive", url,
                       "--store", str(other), str(one))  # fmt: skip
    assert code != 0 and "is not this archive's blob store" in err and err.count("\n") == 1
    code, _, err = run(capsys, monkeypatch, "centre", "receive", "--archive", url,
                       "--store", str(w.store))  # fmt: skip
    assert code != 0 and "either bundle files or --watch" in err
    assert w.count("bundles") == 0


def test_store_init_and_sweep(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = w.archive.url(w.archive.role("admin1"))
    code, out, err = run(capsys, monkeypatch, "centre", "store-init", "--archive", admin,
                         "--store", str(w.store))  # fmt: skip
    assert code == 0 and "is the archive's blob store" in out, err
    intake_url = w.archive.url(w.archive.role("intake1"))
    code, out, err = run(capsys, monkeypatch, "centre", "sweep", "--archive", intake_url,
                         "--store", str(w.store))  # fmt: skip
    assert code == 0 and out.strip() == "Deleted 0 orphan blobs.", err
