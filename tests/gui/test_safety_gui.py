"""Bad days in the GUI: the duress passphrase, backup and restore, and panic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from humdoc.core.errors import WrongPassphrase
from humdoc.core.location import default_vault_path
from humdoc.core.session import Session
from humdoc.core.vault import duress
from humdoc.gui import file_dialogs
from humdoc.gui.main_window import MainWindow
from humdoc.gui.panic_restore import PanicDialog, RestoreDialog
from humdoc.gui.safety_dialogs import DuressDialog
from tests.conftest import PASSPHRASE
from tests.gui.conftest import session_of, unlock_through_ui, wait_job

DURESS = "blue heron at the crossing"
MARKER = "QZXV-backup-marker-5521"


def _unlock_fails(qtbot: QtBot, win: MainWindow, passphrase: str) -> str:
    """Type ``passphrase`` on the unlock screen and return the inline error it leads to."""
    screen = win.unlock_screen
    screen.passphrase.setText(passphrase)
    with qtbot.waitSignal(screen.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        screen.unlock_button.click()
    assert win.session is None
    assert screen.error.isVisible()
    return screen.error.text()


def _info_texts(win: MainWindow) -> list[str]:
    return [b.text() for b in win.findChildren(QMessageBox) if b.isVisible()]


def _files(root: Path) -> list[Path]:
    return [Path(d) / f for d, _dirs, names in os.walk(root) for f in names]


def _open_duress(win: MainWindow) -> DuressDialog:
    dialog = win.duress_passphrase()
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _open_duress_dialogs(win: MainWindow) -> list[DuressDialog]:
    return [d for d in win.findChildren(DuressDialog) if d.isVisible()]


# --- duress ----------------------------------------------------------------------------------


def test_duress_set_in_the_dialog_destroys_the_vault_when_typed_at_unlock(
    qtbot: QtBot, unlocked: MainWindow, closed_vault: Path
) -> None:
    dialog = _open_duress(unlocked)
    assert "Wrong passphrase." in dialog.explanation.text()
    dialog.vault_passphrase.setText(PASSPHRASE.decode())
    dialog.duress.setText(DURESS)
    dialog.again.setText(DURESS)
    changed: list[bool] = []
    left: list[str] = []
    dialog.changed.connect(changed.append)
    dialog.changed.connect(lambda _set: left.extend(f.text() for f in dialog._fields()))
    wait_job(qtbot, dialog.set_duress())
    assert changed == [True]
    assert left == ["", "", ""]  # nothing typed stays in the closed dialog
    assert not _open_duress_dialogs(unlocked)
    assert any("duress passphrase is set" in t for t in _info_texts(unlocked))

    unlocked.lock()
    assert _unlock_fails(qtbot, unlocked, DURESS) == "Wrong passphrase."
    # The keys are gone: the real passphrase answers exactly the same, now and for good.
    assert _unlock_fails(qtbot, unlocked, PASSPHRASE.decode()) == "Wrong passphrase."
    with pytest.raises(WrongPassphrase):
        Session.open(closed_vault, PASSPHRASE)


def test_duress_refusals_show_inline_and_keep_the_dialog_open(
    qtbot: QtBot, unlocked: MainWindow
) -> None:
    dialog = _open_duress(unlocked)

    dialog.vault_passphrase.setText(PASSPHRASE.decode())
    dialog.duress.setText(DURESS)
    dialog.again.setText("something else")
    assert dialog.set_duress() is None  # refused before any job
    assert dialog.error.text() == "The two duress passphrases differ; type them again."
    assert dialog.vault_passphrase.text() == ""

    # The same as the vault passphrase: core refuses it.
    for field in (dialog.vault_passphrase, dialog.duress, dialog.again):
        field.setText(PASSPHRASE.decode())
    wait_job(qtbot, dialog.set_duress())
    assert dialog.isVisible()
    assert "must differ from the vault passphrase" in dialog.error.text()

    dialog.vault_passphrase.setText("not the passphrase")
    dialog.duress.setText(DURESS)
    dialog.again.setText(DURESS)
    wait_job(qtbot, dialog.set_duress())
    assert dialog.isVisible()
    assert dialog.error.text() == "Wrong passphrase."

    assert dialog.remove_duress() is None
    assert dialog.error.text() == "Type the vault's passphrase."
    dialog.reject()
    unlocked.lock()
    unlock_through_ui(qtbot, unlocked)  # nothing was changed


def test_remove_duress_in_the_dialog(qtbot: QtBot, unlocked: MainWindow) -> None:
    session_of(unlocked).set_duress(PASSPHRASE, DURESS.encode())
    dialog = _open_duress(unlocked)
    dialog.vault_passphrase.setText(PASSPHRASE.decode())
    wait_job(qtbot, dialog.remove_duress())
    assert not _open_duress_dialogs(unlocked)
    assert any("No duress passphrase" in t for t in _info_texts(unlocked))

    unlocked.lock()
    assert _unlock_fails(qtbot, unlocked, DURESS) == "Wrong passphrase."
    unlock_through_ui(qtbot, unlocked)  # an ordinary wrong passphrase now: the keys are intact


def test_lock_closes_the_duress_dialog_and_clears_it(unlocked: MainWindow) -> None:
    dialog = _open_duress(unlocked)
    dialog.vault_passphrase.setText(PASSPHRASE.decode())
    dialog.duress.setText(DURESS)
    unlocked.lock()
    assert not dialog.isVisible()
    assert dialog.vault_passphrase.text() == dialog.duress.text() == ""


# --- backup and restore ----------------------------------------------------------------------


def test_backup_then_restore_through_the_unlock_screen(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path
) -> None:
    session_of(unlocked).cases.create(f"Case {MARKER}", f"Planted {MARKER}")
    unlocked.workspace.refresh()
    titles = sorted(
        unlocked.workspace.cases_model.record(r).title
        for r in range(unlocked.workspace.cases_model.rowCount())
    )
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    out = out_dir / "backup.tar"

    job_dialog = unlocked.backup_vault(out)
    assert job_dialog is not None
    assert job_dialog.cancel_button.isVisible()  # a backup can be cancelled
    progress: list[tuple[int, int]] = []
    job_dialog.job.signals.progress.connect(lambda d, t: progress.append((d, t)))
    wait_job(qtbot, job_dialog)
    assert out.is_file()
    assert progress and progress[-1][0] == progress[-1][1] > 0
    summary = [t for t in _info_texts(unlocked) if "backup.tar" in t]
    assert len(summary) == 1
    assert "same passphrase" in summary[0]
    unlocked.lock()

    # The backup, like everything else on disk, holds no plaintext.
    for path in _files(tmp_path):
        assert MARKER.encode() not in path.read_bytes(), path

    screen = unlocked.unlock_screen
    dialog = screen.restore_backup()
    assert isinstance(dialog, RestoreDialog)
    assert dialog.target_edit.text() == str(default_vault_path())  # no vault there yet
    restored = tmp_path / "restored"
    dialog.source_edit.setText(str(out))
    dialog.target_edit.setText(str(restored))
    dialog.passphrase.setText(PASSPHRASE.decode())
    changed: list[str] = []
    screen.vault_path_changed.connect(changed.append)
    wait_job(qtbot, dialog.restore())
    assert not [d for d in screen.findChildren(RestoreDialog) if d.isVisible()]
    assert screen.vault_path == restored
    assert changed == [str(restored)]
    assert not screen.is_creating()

    unlock_through_ui(qtbot, unlocked)
    assert session_of(unlocked).root == restored
    model = unlocked.workspace.cases_model
    assert sorted(model.record(r).title for r in range(model.rowCount())) == titles


def test_restore_refusals_show_inline(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    screen = window.unlock_screen
    dialog = screen.restore_backup()
    assert dialog is not None
    assert dialog.restore() is None
    assert dialog.error.text() == "Choose the backup file."

    bogus = tmp_path / "not-a-backup.tar"
    bogus.write_bytes(b"nothing like a tar archive" * 40)
    dialog.source_edit.setText(str(bogus))
    dialog.target_edit.setText(str(tmp_path / "restored"))
    dialog.passphrase.setText(PASSPHRASE.decode())
    wait_job(qtbot, dialog.restore())
    assert dialog.isVisible()
    assert "not an intact humdoc backup" in dialog.error.text()
    assert not (tmp_path / "restored").exists()

    # A folder that holds a vault is refused by core, and left alone.
    dialog.target_edit.setText(str(window.unlock_screen.vault_path))
    dialog.passphrase.setText(PASSPHRASE.decode())
    wait_job(qtbot, dialog.restore())
    assert "not an empty folder" in dialog.error.text()
    dialog.reject()
    unlock_through_ui(qtbot, window)


def test_backup_asks_where_and_adds_the_suffix(
    qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[Path] = []

    def save(_parent: object, _title: str, suggested: Path, _filters: str = "") -> Path:
        asked.append(suggested)
        return tmp_path / "chosen"

    monkeypatch.setattr(file_dialogs, "save_file_name", save)
    wait_job(qtbot, unlocked.backup_vault())
    assert asked and asked[0].parent == Path.home()
    assert (tmp_path / "chosen.tar").is_file()


# --- panic -----------------------------------------------------------------------------------


def _record_panics(monkeypatch: pytest.MonkeyPatch, win: MainWindow, events: list[str]) -> None:
    """Log "panic" (and whether a session was still open) each time core's panic runs."""

    def recorded(root: Path, wipe: bool = False) -> duress.PanicResult:
        events.append("panic" if win.session is None else "panic while unlocked")
        return duress.panic(root, wipe)

    monkeypatch.setattr(Session, "panic", staticmethod(recorded))


def _confirm_panic(qtbot: QtBot, win: MainWindow, dialog: PanicDialog | None) -> None:
    assert dialog is not None
    dialog.confirm_edit.setText("PANIC")
    screen = win.unlock_screen
    with qtbot.waitSignal(screen.busy_changed, timeout=10_000, check_params_cb=lambda b: not b):
        dialog.destroy_button.click()
    assert not _open_panic_dialogs(win)  # closed (and deleted) before the keys went


def _open_panic_dialogs(win: MainWindow) -> list[PanicDialog]:
    return [d for d in win.findChildren(PanicDialog) if d.isVisible()]


def test_panic_needs_panic_typed_locks_first_then_destroys_the_keys(
    qtbot: QtBot, unlocked: MainWindow, closed_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert unlocked.panic_action.shortcut().isEmpty()  # never one key press away
    events: list[str] = []
    unlocked.locked.connect(lambda: events.append("locked"))
    _record_panics(monkeypatch, unlocked, events)
    dialog = unlocked.panic()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.destroy_button.isEnabled()
    for text in ("panic", "PANI", "PANIC!", "P A N I C"):
        dialog.confirm_edit.setText(text)
        assert not dialog.destroy_button.isEnabled(), text
        dialog.accept()  # as Enter would: refused
        assert dialog.isVisible()
    dialog.confirm_edit.setText("PANIC")
    assert dialog.destroy_button.isEnabled()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)  # no default button: Enter is no click
    assert dialog.isVisible() and unlocked.session is not None
    assert events == []

    _confirm_panic(qtbot, unlocked, dialog)
    assert events == ["locked", "panic"]
    screen = unlocked.unlock_screen
    assert unlocked.stack.currentWidget() is screen
    assert screen.vault_path == closed_vault
    assert not screen.is_creating()  # the dead vault is still shown
    assert screen.status.text() == "Done."
    assert not screen.error.isVisible()
    assert (closed_vault / "vault.db").exists()  # without wipe the files stay, unreadable
    assert _unlock_fails(qtbot, unlocked, PASSPHRASE.decode()) == "Wrong passphrase."
    with pytest.raises(WrongPassphrase):
        Session.open(closed_vault, PASSPHRASE)


def test_panic_cancelled_or_interrupted_by_a_lock_changes_nothing(
    qtbot: QtBot, unlocked: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    _record_panics(monkeypatch, unlocked, events)
    dialog = unlocked.panic()
    assert dialog is not None
    dialog.confirm_edit.setText("PANIC")
    dialog.reject()
    assert unlocked.session is not None

    dialog = unlocked.panic()
    assert dialog is not None
    dialog.confirm_edit.setText("PANIC")
    unlocked.lock()  # the auto-lock, say: it closes the dialog, which destroys nothing
    assert not _open_panic_dialogs(unlocked)
    qtbot.wait(50)
    assert events == []
    unlock_through_ui(qtbot, unlocked)


def test_panic_with_wipe_removes_the_vault_files(
    qtbot: QtBot, unlocked: MainWindow, closed_vault: Path
) -> None:
    dialog = unlocked.panic()
    assert dialog is not None
    dialog.wipe_box.setChecked(True)
    assert "delete the files" in dialog.destroy_button.text()
    _confirm_panic(qtbot, unlocked, dialog)
    assert unlocked.session is None
    assert not closed_vault.exists() or not any(closed_vault.iterdir())
    assert unlocked.unlock_screen.status.text() == "Done."
    assert unlocked.unlock_screen.is_creating()  # nothing left to unlock


def test_panic_from_the_unlock_screen(qtbot: QtBot, window: MainWindow, closed_vault: Path) -> None:
    screen = window.unlock_screen
    assert screen.panic_link.isVisible()
    window._update_panic_action()
    assert window.panic_action.isEnabled()  # locked, a vault is shown: panic is reachable
    dialog = window.panic()  # the same confirmation, for the vault the screen shows
    assert isinstance(dialog, PanicDialog)
    assert dialog.parent() is screen
    assert not dialog.destroy_button.isEnabled()
    _confirm_panic(qtbot, window, dialog)
    assert screen.status.text() == "Done."
    assert _unlock_fails(qtbot, window, PASSPHRASE.decode()) == "Wrong passphrase."

    # No vault at all: nothing to offer.
    screen.set_vault_path(closed_vault.parent / "elsewhere")
    assert screen.request_panic() is None
    window._update_panic_action()
    assert not window.panic_action.isEnabled()
