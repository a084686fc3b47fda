"""Receipts from the archive: a field device exports, an archive receiver imports, the archive
signs the receipt, and the field device checks it and frees itself; forgeries are refused."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import psycopg
import pytest

from humdoc.cli.app import main
from humdoc.core.archive.centre import make_receipt
from humdoc.core.archive.session import NotPermitted
from humdoc.core.bundle.minisign import SigningKey, sign
from humdoc.core.errors import InvalidInput, NotFound, ReceiptRefused
from humdoc.core.exchange.receipts import Receipt, read_receipt, read_receipt_text
from humdoc.core.session import Session
from tests.archive.receiving import Intake, intake  # noqa: F401
from tests.conftest import PASSPHRASE


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("HUMDOC_PASSPHRASE", PASSPHRASE.decode())
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def received(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, bundle: Path
) -> str:
    """Receive ``bundle`` with ``humdoc centre receive``; return its bundle id."""
    code, out, err = run(capsys, monkeypatch, "--json", "centre", "receive", "--archive",
                         w.archive.url(w.archive.role("intake1")), "--store", str(w.store),
                         str(bundle))  # fmt: skip
    assert code == 0, err
    return str(json.loads(out)["bundles"][0]["bundle_id"])


def add_archive_keys(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    """``centre keys --out`` on the archive; the field device adds its signing key."""
    keys = w.tmp / "archive-recipient.txt"
    code, out, err = run(capsys, monkeypatch, "centre", "keys", "--archive",
                         w.archive.url(w.archive.role("ana1")), "--out", str(keys))  # fmt: skip
    assert code == 0 and "Centre signing key" in out, err
    w.field.recipients.set_signing_key("Archive", keys.read_text())
    return keys


def test_the_whole_loop_field_archive_receipt_field(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = add_archive_keys(w, capsys, monkeypatch)
    bundle = w.tmp / "keep.humdoc"
    w.field.exporter.export([w.case_id], ["Archive"], bundle, "keep")
    bundle_id = received(w, capsys, monkeypatch, bundle)

    out = w.tmp / "usb" / "b.receipt"
    out.parent.mkdir()
    code, text, err = run(capsys, monkeypatch, "centre", "receipt", bundle_id, "--archive",
                          w.archive.url(w.archive.role("intake1")), "--out", str(out),
                          "--qr")  # fmt: skip
    assert code == 0, err
    assert f"Wrote the signed receipt of bundle {bundle_id} (2 items)" in text
    assert "QR code 1 of " in text
    # the minisign tool alone checks it, with the key the archive showed
    pub = w.tmp / "centre.pub"
    pub.write_text("".join(ln[2:] + "\n" for ln in keys.read_text().splitlines()[2:4]))
    subprocess.run(["minisign", "-Vm", str(out), "-p", str(pub)], check=True, capture_output=True)
    receipt = read_receipt(out)
    assert receipt.fields["bundle_id"] == bundle_id
    assert {i.id for i in receipt.items} == {w.testimony_id, w.media_id}
    # an administrator makes the same receipt, byte for byte
    with w.session("admin1") as admin:
        again = make_receipt(admin, bundle_id)
    assert (again.document, again.signature) == (receipt.document, receipt.signature)

    # the field device applies it (on its own command line) and frees itself of the photo
    w.field.close()
    code, text, err = run(capsys, monkeypatch, "--vault", str(w.tmp / "field"), "receipts",
                          "apply", str(out), "--remove")  # fmt: skip
    w.field = Session.open(w.tmp / "field", PASSPHRASE)
    assert code == 0, err
    assert "Marked safe at the centre: 2 items." in text
    assert "Removed from this device: 1 item" in text
    safe = {i.id: i for i in w.field.receipt_book().safe_items()}
    assert set(safe) == {w.testimony_id, w.media_id} and safe[w.media_id].removed
    actions = [e.fields["action"] for e in w.field.custody.chain(w.media_id)]
    assert actions[-2:] == ["safe-at-centre", "removed"]
    # the same receipt again (or its QR text) is a replay
    qr = "\n".join(receipt.qr_parts(200))
    with pytest.raises(ReceiptRefused) as caught:
        w.field.receipt_book().apply(read_receipt_text(qr))
    assert caught.value.reason == "replay"


def test_a_bundle_the_archive_does_not_hold_and_an_analyst_are_refused(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle_id = received(w, capsys, monkeypatch, w.export())
    out = w.tmp / "r.receipt"
    code, _, err = run(capsys, monkeypatch, "centre", "receipt", "b-" + "0" * 24, "--archive",
                       w.archive.url(w.archive.role("intake1")), "--out", str(out))  # fmt: skip
    assert code != 0 and err.count("\n") == 1
    assert err == f"humdoc: The archive holds no bundle {'b-' + '0' * 24!r}.\n"
    code, _, err = run(capsys, monkeypatch, "centre", "receipt", bundle_id, "--archive",
                       w.archive.url(w.archive.role("ana1")), "--out", str(out))  # fmt: skip
    assert code != 0 and err.count("\n") == 1 and "intake members and administrators" in err
    assert not out.exists()
    with w.session("intake1") as s, pytest.raises(NotFound):
        make_receipt(s, "not a bundle id")
    with w.session("prot1") as prot, pytest.raises(NotPermitted):
        make_receipt(prot, bundle_id)
    # a ledger row from before the archive kept what a receipt names
    with psycopg.connect(w.archive.dba_url, autocommit=True) as dba:
        dba.execute("UPDATE bundles SET receipt_ct = NULL")
    with w.session("intake1") as s, pytest.raises(InvalidInput, match="no receipt can be made"):
        make_receipt(s, bundle_id)


def test_forged_and_altered_receipts_are_refused_by_the_field(
    w: Intake, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add_archive_keys(w, capsys, monkeypatch)
    bundle_id = received(w, capsys, monkeypatch, w.export())
    with w.session("intake1") as s:
        real = make_receipt(s, bundle_id)
    book = w.field.receipt_book()
    doc = json.loads(real.document)

    # altered: an item's SHA-256 changed, the archive's signature kept
    doc["items"][0]["sha256"] = "0" * 64
    altered = Receipt(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode(),
                      real.signature)  # fmt: skip
    with pytest.raises(ReceiptRefused) as caught:
        book.apply(altered)
    assert caught.value.reason == "bad-signature"
    assert str(caught.value).count("\n") == 0

    # forged: the same document signed by a key of the forger's own
    forger = SigningKey.generate()
    forged = Receipt(real.document, sign(forger, real.document, real.trusted_comment()))
    with pytest.raises(ReceiptRefused) as caught:
        book.apply(forged)
    assert caught.value.reason == "unknown-key"

    assert book.safe_items() == [] and book.receipts() == []  # nothing was marked
    # the real one still applies
    assert sorted(book.apply(real).marked) == sorted([w.testimony_id, w.media_id])
