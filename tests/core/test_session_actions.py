"""The actions ``Session`` offers every shell: which metadata policy applies, custody reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from humdoc.core.errors import NotFound, RoleMismatch
from humdoc.core.media import Policy, applicable_policy
from humdoc.core.session import Session
from humdoc.core.vault.keyslots import KdfParams
from tests.conftest import PASSPHRASE
from tests.core.exchange_helpers import small_png


@pytest.mark.parametrize(
    ("chosen", "case_policy", "vault", "expected"),
    [
        (None, None, "evidence", (Policy.EVIDENCE, "vault")),
        (None, "", "strip", (Policy.STRIP, "vault")),
        (None, "keep", "evidence", (Policy.KEEP, "case")),
        ("strip", "keep", "evidence", (Policy.STRIP, "chosen")),
        ("keep", None, "strip", (Policy.KEEP, "chosen")),
    ],
)
def test_the_one_rule_chosen_then_case_then_vault(
    chosen: str | None, case_policy: str | None, vault: str, expected: tuple[Policy, str]
) -> None:
    assert applicable_policy(chosen, case_policy, vault) == expected


def test_policy_for_case_follows_the_case_and_the_vault_settings(session: Session) -> None:
    plain = session.cases.create("No override").id
    kept = session.cases.create("Keep everything", policy="keep").id
    assert session.policy_for_case(plain) == (Policy.EVIDENCE, "vault")
    assert session.policy_for_case(kept) == (Policy.KEEP, "case")
    session.update_settings(default_policy="strip")
    assert session.policy_for_case(plain) == (Policy.STRIP, "vault")
    assert session.policy_for_case(kept, "evidence") == (Policy.EVIDENCE, "chosen")
    with pytest.raises(NotFound):
        session.policy_for_case("c-nosuchcase")


def test_intake_and_export_plan_apply_the_same_rule(session: Session, tmp_path: Path) -> None:
    plain = session.cases.create("No override").id
    stripped = session.cases.create("Strip", policy="strip").id
    kept = session.cases.create("Keep", policy="keep").id
    items = {
        case: session.media.import_file(case, small_png(tmp_path / f"{case}.png")).id
        for case in (plain, stripped, kept)
    }
    for case, item_id in items.items():
        applies = session.policy_for_item(item_id)
        assert applies == session.policy_for_case(case)[0]
        made = [d.policy for d in session.media.get(item_id).derivatives]
        assert made == ([] if applies is Policy.KEEP else [applies.value])
        plan = session.exporter.plan([case])
        assert [rec["policy"] for rec, _ in plan.media] == [applies.value]
    assert session.policy_for_item(items[kept], "strip") is Policy.STRIP


def test_custody_report_verifies_and_names_what_broke(session: Session, tmp_path: Path) -> None:
    case = session.cases.create("Custody").id
    item_id = session.media.import_file(case, small_png(tmp_path / "a.png")).id
    report = session.custody_report(item_id)
    assert report.verified
    assert [e.fields["action"] for e in report.events] == ["intake", "derivative"]
    session.db.execute(
        "UPDATE custody_events SET entry = replace(entry, 'intake', 'intakE') WHERE item_id = ?",
        (item_id,),
    )
    broken = session.custody_report(item_id)
    assert not broken.verified
    assert broken.problems and "entry 1" in broken.problems[0]
    empty = session.custody_report("m-none")
    assert (empty.events, empty.problems, empty.verified) == ([], ["the chain is empty"], False)


def test_centre_only_actions_refuse_a_field_device(session: Session, tmp_path: Path) -> None:
    key = session.device_keys.public_key().to_text()
    for action in (
        lambda: session.enrol_device("Laptop 3", key),
        lambda: session.revoke_device("Laptop 3"),
        lambda: session.export_recipient(tmp_path / "centre.txt"),
    ):
        with pytest.raises(RoleMismatch, match="documentation centre"):
            action()
    assert session.devices.list() == [] and not (tmp_path / "centre.txt").exists()


def test_centre_enrols_revokes_and_exports_its_recipient(tmp_path: Path) -> None:
    with Session.create(tmp_path / "field", PASSPHRASE, "field", KdfParams.floor()) as field:
        key = field.device_keys.public_key().to_text()
    with Session.create(tmp_path / "centre", PASSPHRASE, "centre", KdfParams.floor()) as centre:
        device = centre.enrol_device("Laptop 3", key)
        assert centre.device_names() == {device.fingerprint: "Laptop 3"}
        assert centre.revoke_device("Laptop 3", "seized").device.revoked
        keys = centre.export_recipient(tmp_path / "centre.txt")
        assert keys.age_recipient and keys.age_recipient in (tmp_path / "centre.txt").read_text()
