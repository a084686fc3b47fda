"""Lock when the screen locks or the computer is about to sleep (Linux, over D-Bus).

``LockWatch`` listens, on the system bus, to freedesktop login1's
``org.freedesktop.login1.Manager.PrepareForSleep(true)`` and to ``org.freedesktop.login1.Session.Lock``
for this login session; on the session bus, to ``ActiveChanged(true)`` of the screensavers that
desktops ship (freedesktop, GNOME, Cinnamon, MATE). Each emits ``lock_requested`` with a
``LockReason``.

Signals are accepted from any sender and any object path: screensavers live under different names
and paths on each desktop, and a forged signal can only lock humdoc, never unlock it. Only
``Session.Lock`` is narrowed to this process's login session once login1 has named it (until then,
or without login1, a Lock of any session locks humdoc: the safe side).

A bus that cannot be reached (no D-Bus, a container, Windows and macOS) is skipped quietly and
logged once per process; the inactivity timeout still applies. The Windows and macOS equivalents
are described in docs/threat-model.md.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusPendingCall,
    QDBusPendingCallWatcher,
)

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
#: Interfaces whose ``ActiveChanged(bool)`` says the screensaver (and so, usually, the lock
#: screen) came on.
SCREENSAVERS = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.mate.ScreenSaver",
)

# Buses already reported missing in this process: each is logged once, not at every window.
_reported: set[str] = set()


def _slot(signature: str) -> Any:
    # Qt's SLOT() code, "1name(args)". PySide6's stubs declare bytes, but its QtDBus bindings
    # accept only the str that SLOT() returns.
    return SLOT(signature)


class LockReason(enum.Enum):
    """Why the vault locked by itself (a lock the user asked for has no reason)."""

    IDLE = "idle"
    SCREEN = "screen"
    SLEEP = "sleep"


def watch_supported() -> bool:
    """True where login1 and the screensavers speak D-Bus (Linux and the BSDs)."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


class LockWatch(QObject):
    """Turns screen-lock and sleep signals on D-Bus into ``lock_requested``.

    ``system_bus`` and ``session_bus`` are D-Bus addresses (``unix:path=…``); None means the
    desktop's own buses. ``login_session`` is this process's login1 session object path; None
    asks login1 for it (asynchronously: the GUI thread never waits on D-Bus).
    """

    #: Emitted with a ``LockReason`` (SCREEN or SLEEP) each time the vault should lock now.
    lock_requested = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: str | None = None,
        session_bus: str | None = None,
        login_session: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.login_session = login_session
        #: Human-readable names of what is being listened to (for the log and the tests).
        self.listening: list[str] = []
        self._hooks: list[tuple[QDBusConnection, str, str, str]] = []
        self._pending: QDBusPendingCallWatcher | None = None
        system = self._connect("system", system_bus)
        if system is not None:
            self._listen(system, LOGIN1_MANAGER, "PrepareForSleep", "_prepare_for_sleep(bool)")
            self._listen(system, LOGIN1_SESSION, "Lock", "_session_lock(QDBusMessage)")
            if login_session is None:
                self._ask_login_session(system)
        session = self._connect("session", session_bus)
        if session is not None:
            for interface in SCREENSAVERS:
                self._listen(session, interface, "ActiveChanged", "_screensaver_active(bool)")

    def _connect(self, which: str, address: str | None) -> QDBusConnection | None:
        if address is None:
            bus = QDBusConnection.systemBus() if which == "system" else QDBusConnection.sessionBus()
        else:
            # Named by its address, so that every watcher on one address shares one connection
            # (Qt shares connections by name). It stays open for the process's life: closing
            # one from Python (disconnectFromBus) lets Qt's D-Bus thread destroy it while the
            # interpreter runs, which crashes PySide6 6.11.
            bus = QDBusConnection.connectToBus(address, f"humdoc-{which}-{address}")
        if bus.isConnected():
            return bus
        if which not in _reported:
            _reported.add(which)
            log.warning(
                "No D-Bus %s bus (%s): humdoc will not lock when the %s; the inactivity "
                "timeout still applies.",
                which,
                bus.lastError().message() or "not available",
                "computer sleeps" if which == "system" else "screen locks",
            )
        return None

    def _listen(self, bus: QDBusConnection, interface: str, member: str, slot: str) -> None:
        if bus.connect("", "", interface, member, self, _slot(slot)):
            self._hooks.append((bus, interface, member, slot))
            self.listening.append(f"{interface}.{member}")
        else:
            log.warning("Could not listen to %s.%s on D-Bus.", interface, member)

    def _ask_login_session(self, bus: QDBusConnection) -> None:
        # XDG_SESSION_ID names the session when the desktop exported it; "auto" (systemd 243+)
        # is the caller's session, or the user's graphical one for an app started outside it.
        session_id = os.environ.get("XDG_SESSION_ID") or "auto"
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        call.setArguments([session_id])
        pending: QDBusPendingCall = bus.asyncCall(call, 5000)
        self._pending = QDBusPendingCallWatcher(pending, self)
        self._pending.finished.connect(self._login_session_answered)

    def _login_session_answered(self, watcher: QDBusPendingCallWatcher) -> None:
        reply = watcher.reply()
        arguments = reply.arguments()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and arguments:
            path = arguments[0]
            self.login_session = path.path() if hasattr(path, "path") else str(path)
        else:
            log.info(
                "login1 did not name this session (%s); any session's Lock locks humdoc.",
                reply.errorMessage(),
            )
        watcher.deleteLater()
        self._pending = None

    @Slot(bool)
    def _prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit(LockReason.SLEEP)

    @Slot(QDBusMessage)
    def _session_lock(self, message: QDBusMessage) -> None:
        if self.login_session is None or message.path() == self.login_session:
            self.lock_requested.emit(LockReason.SCREEN)

    @Slot(bool)
    def _screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(LockReason.SCREEN)

    def close(self) -> None:
        """Stop listening (the bus connections stay open, shared, for the process's life)."""
        for bus, interface, member, slot in self._hooks:
            bus.disconnect("", "", interface, member, self, _slot(slot))
        self._hooks.clear()
        self.listening.clear()
