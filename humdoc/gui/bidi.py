"""Text that keeps its own direction, whatever the interface's.

An Arabic interface mirrors the whole layout; a statement, title or search snippet still runs in
the direction of its own first strong letter (Unicode's rule P2): an Arabic paragraph right to left
in an English window, an English one left to right in an Arabic window. Keys, fingerprints and
hashes always run left to right. Qt does most of this itself (QTextEdit, QLineEdit, plain QLabel);
these helpers cover what it does not: plain-text editors, list cells, HTML tables, splitters.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L"})


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text`` by its first strong letter (Unicode's rule P2): RightToLeft for
    Arabic or Hebrew, LeftToRight for Latin, Cyrillic, Myanmar…; None when it has no letter."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
        if kind in _LTR_CLASSES:
            return Qt.LayoutDirection.LeftToRight
    return None


def text_alignment(text: str) -> Qt.AlignmentFlag:
    """The horizontal alignment that starts ``text`` at its own side, whatever the interface
    direction (absolute: never mirrored again). Text without letters keeps the leading side."""
    direction = text_direction(text)
    if direction is None:
        return Qt.AlignmentFlag.AlignLeading
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight
    return Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft


def follow_text_direction(editor: QPlainTextEdit) -> None:
    """Lay out ``editor``'s text in the direction of its first strong letter, now and after every
    change: an Arabic statement starts at the right in an English interface, an English one at
    the left in an Arabic interface; without letters it follows the interface.

    Only a plain-text editor needs this: QTextEdit, QTextBrowser and QLineEdit already take each
    paragraph's direction from its text, and labels use ``set_directed_text``.
    """

    def update() -> None:
        text = editor.toPlainText()
        direction = text_direction(text)
        document = editor.document()
        option = document.defaultTextOption()
        alignment = text_alignment(text)
        wanted = direction if direction is not None else editor.layoutDirection()
        if option.textDirection() != wanted or option.alignment() != alignment:
            option.setTextDirection(wanted)
            option.setAlignment(alignment)
            document.setDefaultTextOption(option)

    editor.textChanged.connect(update)
    update()


def left_to_right(*widgets: QWidget) -> None:
    """Keep ``widgets`` left to right in every interface: keys, fingerprints and hashes are read
    group by group against another screen, and a fingerprint of digits alone would otherwise
    show its groups in reverse order in an Arabic window."""
    for widget in widgets:
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def facts_table(facts: list[tuple[str, str]]) -> str:
    """``(label, value HTML)`` rows as an HTML table that reads in the interface's direction:
    labels at the right in an Arabic window, values to their left, each starting at the right
    of its cell while its own text runs in its own direction.

    Qt's rich text does not mirror a table's columns (``dir`` on a table only turns its cells'
    text around, putting "02.01 Enforced disappearance" back to front), so the columns are
    written in the order they are to be seen.
    """
    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        rows = "".join(f"<tr><td class='k'>{k}</td><td>{v}</td></tr>" for k, v in facts)
        return f"<table>{rows}</table>"
    rows = "".join(
        f"<tr><td align='right'>{v}</td><td class='k' align='right'>{k}</td></tr>" for k, v in facts
    )
    return f"<table align='right'>{rows}</table>"


def isolate(text: str) -> str:
    """``text`` (a path, a name) as a unit of its own direction inside a translated sentence:
    Unicode's first-strong isolate, so that "/tmp/vault" stays "/tmp/vault" in an Arabic line
    instead of losing its slash to the other end."""
    return f"\u2068{text}\u2069"


def set_directed_text(label: QLabel, text: str) -> None:
    """Set ``label``'s (plain) text and lay it out in that text's own direction."""
    label.setText(text)
    _set_direction(label, text_direction(text))


def _set_direction(widget: QWidget, direction: Qt.LayoutDirection | None) -> None:
    if direction is None:
        widget.unsetLayoutDirection()  # follows its parent, i.e. the interface
    else:
        widget.setLayoutDirection(direction)


def mirror_splitter(splitter: QSplitter) -> None:
    """Lay a side-by-side ``splitter`` out right to left in a right-to-left interface: the first
    pane at the right. Call it once its panes, stretch factors and sizes are set.

    Qt mirrors a splitter itself, but places its first pane one pixel past the right edge (and
    the last one pixel in from the left); so instead the splitter stays left to right with its
    panes in reverse order, each pane itself right to left.
    """
    rtl = Qt.LayoutDirection.RightToLeft
    if splitter.orientation() != Qt.Orientation.Horizontal or splitter.layoutDirection() != rtl:
        return
    sizes = splitter.sizes()
    panes = [w for i in range(splitter.count()) if (w := splitter.widget(i)) is not None]
    splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for pane in panes:
        pane.setLayoutDirection(rtl)
        splitter.insertWidget(0, pane)
    splitter.setSizes(sizes[::-1])


class DirectedTextDelegate(QStyledItemDelegate):
    """Draws the text of each cell the model aligns by its text (``text_alignment``, absolute) in
    that text's own direction: an English excerpt in an Arabic window keeps its "…" at its end,
    an Arabic title in an English window reads right to left."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole)
        if not (
            isinstance(align, int | Qt.AlignmentFlag) and align & Qt.AlignmentFlag.AlignAbsolute
        ):
            return  # not text someone wrote (a check box, a code): the interface's direction
        direction = text_direction(option.text)
        if direction is None and align & Qt.AlignmentFlag.AlignLeft:
            direction = Qt.LayoutDirection.LeftToRight  # a code column (fingerprints, hashes)
        if direction is not None:
            option.direction = direction
