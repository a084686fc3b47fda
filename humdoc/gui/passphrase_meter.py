"""A strength meter under a new-passphrase field, and a "Suggest" button, as KeePassXC shows them.

The meter rates what is typed with zxcvbn (``humdoc.core.passphrases``) on every change: a bar
in four steps (Poor, Weak, Good, Excellent), the estimate in bits, and zxcvbn's warning. Below the
floor the bar is red and says humdoc will refuse it. "Suggest…" shows six random words from the
EFF long list in a dialog; "Use it" puts them in both fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from humdoc.core import passphrases
from humdoc.gui.i18n import join_sentences, locale_number

_STEP_NAMES = ("poor", "weak", "good", "excellent")


class StrengthMeter(QWidget):
    """A bar and a line rating the text of ``field``; ``rating`` is -1 for an empty field."""

    #: Emitted with the rating (0 Poor … 3 Excellent, -1 empty) whenever it changes.
    rating_changed = Signal(int)

    def __init__(
        self, field: QLineEdit, context: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.context = context
        self.rating = -1
        self.acceptable = False
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel()
        self.label.setObjectName("muted")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.bar)
        box.addWidget(self.label)
        field.textChanged.connect(self.update_rating)
        self.update_rating(field.text())

    def update_rating(self, text: str) -> None:
        """Rate ``text`` and redraw (called on every change of the field)."""
        if not text:
            self.rating, self.acceptable = -1, False
            self.bar.setValue(0)
            self.bar.setProperty("strength", "none")
            self.label.setText(self.tr("Use four or more random words; Suggest… gives six."))
        else:
            strength = passphrases.estimate(text, self.context)
            self.rating, self.acceptable = strength.rating, strength.acceptable
            self.bar.setValue(strength.rating + 1 if strength.acceptable else 1)
            self.bar.setProperty("strength", _STEP_NAMES[strength.rating])
            names = (self.tr("Poor"), self.tr("Weak"), self.tr("Good"), self.tr("Excellent"))
            line = self.tr("{rating}: about {bits} bits.").format(
                rating=names[strength.rating], bits=locale_number(round(strength.bits))
            )
            refused = (
                self.tr("Too easy to guess; humdoc will refuse it.")
                if not strength.acceptable
                else ""
            )
            # zxcvbn's own warning is in English only.
            self.label.setText(join_sentences(line, refused, strength.warning or ""))
        # A screen reader reads the bar's strength as the words shown under it.
        self.bar.setAccessibleDescription(self.label.text())
        # Re-polish so the style sheet's [strength=…] colour applies.
        self.bar.style().unpolish(self.bar)
        self.bar.style().polish(self.bar)
        self.rating_changed.emit(self.rating)


class SuggestDialog(QDialog):
    """Shows a suggested passphrase in large type; Another draws a new one; Use it accepts."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested passphrase"))
        self.setModal(True)
        explanation = QLabel(
            self.tr(
                "Six words chosen at random (about 77 bits). Learn them or write them down "
                "and keep the paper apart from the laptop: nobody can recover a lost passphrase."
            )
        )
        explanation.setWordWrap(True)
        self.words = QLabel()
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.words.setFont(font)
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAccessibleName(self.tr("Suggested passphrase"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(
            self.tr("&Use it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("primary")
        self.another_button = self.buttons.addButton(
            self.tr("&Another"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.another_button.clicked.connect(self.draw)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.words)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.draw()

    def draw(self) -> None:
        """Replace the shown words with a new suggestion."""
        self.passphrase = passphrases.suggest()
        self.words.setText(self.passphrase)


class NewPassphraseRow(QWidget):
    """The new-passphrase field with its Suggest button beside it and the meter below."""

    def __init__(
        self,
        field: QLineEdit,
        confirm: QLineEdit,
        context: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.confirm = confirm
        self.suggest_button = QPushButton(self.tr("Su&ggest…"))
        self.suggest_button.setToolTip(self.tr("Show six random words to use as the passphrase"))
        self.suggest_button.clicked.connect(self.suggest)
        self.meter = StrengthMeter(field, context)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        row.addWidget(self.suggest_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addLayout(row)
        box.addWidget(self.meter)
        self.dialog: SuggestDialog | None = None

    def order_tabs(self) -> None:
        """Tab goes from the passphrase straight to its confirmation, and on to Suggest… after
        it: typing the passphrase, Tab, and typing it again fills both fields (with Suggest…
        between them, the second typing went to the button and back into the first field).

        Call once the confirmation field is laid out in the same window as this row.
        """
        QWidget.setTabOrder(self.field, self.confirm)
        QWidget.setTabOrder(self.confirm, self.suggest_button)

    def suggest(self) -> SuggestDialog:
        """Open the suggestion dialog; accepting it fills both fields."""
        dialog = SuggestDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._use(dialog.passphrase))
        dialog.finished.connect(lambda _r: self.field.setFocus())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _use(self, words: str) -> None:
        self.field.setText(words)
        self.confirm.setText(words)
