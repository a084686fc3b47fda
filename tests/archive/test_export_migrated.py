"""A desktop centre vault moved into the archive gives, from the archive, the same custody
report (events, verdicts, consent history) and the same publication export as from the vault."""

from __future__ import annotations

from pathlib import Path

from humdoc.core.archive import export
from humdoc.core.archive.migrate import migrate
from humdoc.core.archive.receive import init_store, open_store
from humdoc.core.exchange.publication import export_publication
from humdoc.core.report.build import build_report
from humdoc.core.vault.kdf import KdfParams
from tests.archive.conftest import PG_PASSWORD, ArchiveFixture
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import make_pair


def test_a_migrated_case_reports_and_exports_as_the_vault_did(
    archive: ArchiveFixture, tmp_path: Path
) -> None:
    pair = make_pair(tmp_path)
    centre = pair.centre
    try:
        centre.receiver().receive(pair.export("1.humdoc"))
        pair.field.testimonies.record_consent(
            pair.testimony_id,
            ("record", "share-centre", "share-accountability", "publish-anonymised"),
            "documenter",
        )
        centre.receiver().receive(pair.export("2.humdoc"))
        centre.devices.revoke("Laptop 1", "seized at the border")
        with archive.open(archive.role("admin1")) as admin:
            for member, duty in (("intake1", "intake"), ("ana1", "analyst")):
                admin.add_member(archive.role(member), duty, PG_PASSWORD, PASSPHRASE,
                                 KdfParams.floor())  # fmt: skip
            init_store(admin, tmp_path / "store")
            with archive.open(archive.role("intake1")) as intake:
                migrate(centre, intake, open_store(intake, tmp_path / "store"), admin)
        vault_report = build_report(centre, pair.case_id)
        in_vault, in_archive = tmp_path / "vault.csv", tmp_path / "archive.csv"
        export_publication(centre.cases, centre.testimonies, [pair.case_id], in_vault)
        with archive.open(archive.role("ana1")) as ana:
            report = export.report(ana, pair.case_id)
            export.publication(ana, [pair.case_id], in_archive)
    finally:
        pair.close()
    # Every entry verifies: the device's (its key revoked since), and the centre vault's own
    # receipts and revocation (its key enrolled in the archive, revoked, at the move).
    assert report.all_verified and vault_report.all_verified
    assert [(e.item, e.id, e.signature) for e in report.events] == [
        (e.item, e.id, e.signature) for e in vault_report.events
    ]
    assert {"received", "device-revoked"} <= {e.action for e in report.events}
    testimony = next(i for i in report.items if i.id == pair.testimony_id)
    in_vault_item = next(i for i in vault_report.items if i.id == pair.testimony_id)
    assert testimony.consent == in_vault_item.consent and len(testimony.consent) == 2
    assert testimony.pseudonym == in_vault_item.pseudonym != ""
    assert [(w.kind, w.id) for w in report.withheld] == [
        (w.kind, w.id) for w in vault_report.withheld
    ]
    assert in_archive.read_bytes() == in_vault.read_bytes()
    assert pair.testimony_id.encode() in in_archive.read_bytes()
