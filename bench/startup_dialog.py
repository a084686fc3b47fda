"""The peer of the start-up benchmark: the least a PySide6 program does to ask for a passphrase.

``python bench/startup_dialog.py`` shows a QDialog with a password QLineEdit and a button and runs
until it is closed; ``bench/startup_probe.py`` runs it as that script.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout


def bare_dialog() -> int:
    """Show the dialog; return the event loop's exit code."""
    app = QApplication(sys.argv)
    dialog = QDialog()
    dialog.setWindowTitle("Unlock")
    layout = QVBoxLayout(dialog)
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    layout.addWidget(field)
    layout.addWidget(QPushButton("Unlock"))
    dialog.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(bare_dialog())
