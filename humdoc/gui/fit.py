"""Windows that fit the screen they open on: laptops at 1366×768 and 1280×720 minus a panel.

A window is sized from its screen's available area (``QScreen.availableGeometry``: the screen
less panels and docks), never from a fixed size alone, and a form that can grow longer than a
small screen (a long testimony form, a translation 40 % longer than English) scrolls inside the
window while its OK/Cancel row stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

#: Room kept free around a window for what the window manager draws (title bar, borders).
DECORATION = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The part of ``widget``'s screen (else its parent's, else the primary screen) that a window
    may cover, less ``DECORATION``."""
    screen = widget.screen()
    parent = widget.parentWidget()
    if parent is not None and parent.screen() is not None:
        screen = parent.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return QRect(
        area.x(),
        area.y(),
        max(area.width() - DECORATION.width(), 1),
        max(area.height() - DECORATION.height(), 1),
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width``×``height``, grown to what its layout needs to show everything
    at that width, and shrunk to its screen's available area.

    Call it once the window's layout is complete. What still does not fit must scroll (see
    ``scrolling``): a window is never made larger than the area, only its minimum size can be.
    """
    window.ensurePolished()
    area = available_area(window)
    hint = window.sizeHint()
    w = min(max(width, hint.width()), area.width())
    h = max(height, hint.height())
    if window.hasHeightForWidth():
        h = max(h, window.heightForWidth(w))
    window.resize(w, min(h, area.height()))
    # A form with word-wrapped labels needs more height at this width than its size hint says;
    # lay it out at the new size and grow the window by what its scrolling parts lack.
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    lacking = 0
    for scroller in window.findChildren(ScrollingArea):
        content = scroller.widget()
        if content is None or not scroller.isVisibleTo(window):
            continue
        inner = scroller.width() - 2 * scroller.frameWidth()
        need = max(content.sizeHint().height(), content.minimumSizeHint().height())
        if content.hasHeightForWidth():
            need = max(need, content.heightForWidth(inner))
        lacking += max(0, need - (scroller.height() - 2 * scroller.frameWidth()))
    if lacking:
        window.resize(w, min(window.height() + lacking, area.height()))


class ScrollingArea(QScrollArea):
    """A scroll area that asks for all of its content's size (``QScrollArea`` asks for at most
    36×24 lines), so that a window shows the whole form when the screen has room for it."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar + frame, hint.height() + frame)


def scrolling(content: QWidget | QLayout) -> ScrollingArea:
    """``content`` in a frameless scroll area that grows with the window and scrolls when the
    window is smaller than the content (a small screen, a long translation).

    A layout given is put on a widget of its own, without margins (the window's layout has them).
    """
    if isinstance(content, QLayout):
        holder = QWidget()
        content.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(content)
        content = holder
    area = ScrollingArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    # No Tab stop of its own: the fields inside take the focus, and it scrolls to each.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area
