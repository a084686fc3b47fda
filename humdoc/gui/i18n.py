"""The interface language: which one, loading its translations, and numbers, dates and sizes in
its form.

The language is the one chosen in Vault ▸ Settings (kept in QSettings beside the window geometry
and the last vault folder, the only things humdoc stores outside the vault; "system" removes the
key), else the first language of the environment humdoc ships a translation for (``LANGUAGE``,
then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), else English. A choice takes
effect the next time humdoc starts.

Besides humdoc's own ``resources/translations/humdoc_<lang>.qm``, Qt's ``qtbase_<lang>.qm`` shipped
with PySide6 translates the standard buttons and dialogs. An Arabic interface mirrors the whole
layout (right to left); ``humdoc.gui.bidi`` gives text someone wrote its own direction.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from humdoc.core.resources import resources_dir
from humdoc.core.sizes import size_parts

#: The languages humdoc ships, by code, with their names in themselves (what a chooser shows).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ar": "العربية",
    "es": "Español",
    "fr": "Français",
    "my": "မြန်မာ",
    "uk": "Українська",
}
#: The language of the source strings (its translation file holds only the plural forms).
SOURCE_LANGUAGE = "en"
#: The QSettings key of the language chosen in Settings (absent: follow the system).
SETTINGS_LANGUAGE = "ui/language"
#: The environment variables that name the user's language, in gettext's order of precedence.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

#: Added to the style sheet of a right-to-left interface. Qt draws a line of Arabic a few pixels
#: wider than it measured it (marks, a Latin word in the line): without room at the sides, the
#: first and last letters of a wrapped label's lines, or of a combo box's text, are cut off.
RTL_STYLE = (
    "\n/* right to left */\n"
    "QLabel { padding-left: 6px; padding-right: 6px; }\n"
    "QComboBox { padding-left: 13px; padding-right: 13px; }\n"
)
#: The translators installed by ``install_translations`` (kept so a second call replaces them).
_installed: list[QTranslator] = []


@dataclass(frozen=True)
class UiLanguage:
    """The interface language (a code of ``LANGUAGES``) and the locale that formats numbers and
    dates (the system's own, e.g. ``ar_SA``, when it speaks that language; ``C``, ISO 8601
    dates, for English without an English locale)."""

    code: str
    locale_name: str


def _language_of(locale_name: str) -> str:
    """``ar`` of ``ar_SA.UTF-8@latin``; empty for ``C`` and ``POSIX``."""
    base = locale_name.split(".")[0].split("@")[0]
    if base in {"", "C", "POSIX"}:
        return ""
    return base.replace("-", "_").split("_")[0].lower()


def environment_languages(env: Mapping[str, str]) -> list[str]:
    """The locale names the environment asks for, most wanted first (gettext's rules).

    The first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set is the locale; ``LANGUAGE``
    (a colon-separated list) comes before it unless that locale is ``C`` or ``POSIX``.
    """
    locale_name = next((env[v] for v in LOCALE_VARIABLES if env.get(v)), "")
    names: list[str] = []
    if _language_of(locale_name) and env.get("LANGUAGE"):
        names += [n for n in env["LANGUAGE"].split(":") if n]
    if locale_name:
        names.append(locale_name)
    return names


def stored_choice() -> str | None:
    """The language chosen in Settings, or None (follow the system; also for an unknown code)."""
    value = QSettings().value(SETTINGS_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else None


def store_choice(code: str | None) -> None:
    """Remember ``code`` (a key of ``LANGUAGES``) for the next start; None: follow the system."""
    if code is None:
        QSettings().remove(SETTINGS_LANGUAGE)
    elif code in LANGUAGES:
        QSettings().setValue(SETTINGS_LANGUAGE, code)


def resolve_language(choice: str | None, env: Mapping[str, str]) -> UiLanguage:
    """The interface language for a Settings ``choice`` (None: the environment's) and ``env``.

    Unknown languages fall back to English. The formatting locale is the environment's own
    locale when it names the same language (``LANG=ar_SA.UTF-8`` formats as Saudi Arabia).
    """
    wanted = environment_languages(env)
    code = choice if choice in LANGUAGES else None
    if code is None:
        code = next(
            (_language_of(n) for n in wanted if _language_of(n) in LANGUAGES), SOURCE_LANGUAGE
        )
    # English with no English locale set (LANG=C, or a language humdoc does not speak) has no
    # regional habit to follow: the C locale, whose dates are ISO 8601, unambiguous everywhere.
    fallback = "C" if code == SOURCE_LANGUAGE else code
    locale_name = next(
        (n.split(".")[0].split("@")[0] for n in wanted if _language_of(n) == code), fallback
    )
    return UiLanguage(code, locale_name)


def install_translations(app: QApplication, language: UiLanguage) -> bool:
    """Load humdoc's and Qt's translations for ``language`` into ``app`` and set the layout
    direction, default locale and ``RTL_STYLE``; replaces what an earlier call installed.

    Returns True if humdoc's own translation was loaded. English has one too, of the plural
    forms only ("1 file", "2 files" for the source's "%n file(s)"). A missing ``.qm`` leaves
    that part in English.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language.locale_name)
    QLocale.setDefault(locale)
    own = QTranslator(app)
    qm = resources_dir() / "translations" / f"humdoc_{language.code}.qm"
    loaded = qm.is_file() and own.load(str(qm))
    if loaded:
        app.installTranslator(own)
        _installed.append(own)
    if language.code != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language.code}", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    rtl = locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    sheet = app.styleSheet().replace(RTL_STYLE, "")
    app.setStyleSheet(sheet + RTL_STYLE if rtl else sheet)
    return loaded


def load_interface_language(app: QApplication) -> UiLanguage:
    """Pick the language (Settings, else the environment) and install it; returns it."""
    language = resolve_language(stored_choice(), os.environ)
    install_translations(app, language)
    return language


def current_language() -> str:
    """The code of the interface language now installed (from the default locale)."""
    code = _language_of(QLocale().name())
    return code if code in LANGUAGES else SOURCE_LANGUAGE


# --- numbers, dates and sizes in the interface's locale ----------------------------------------


def locale_number(value: int) -> str:
    """``value`` with the locale's digits and grouping (١٢٬٣٤٥ in Arabic, 12,345 in English)."""
    return QLocale().toString(value)


def _iso() -> bool:
    return QLocale().language() == QLocale.Language.C


def _long_year(fmt: str) -> str:
    # A two-digit year is ambiguous in evidence (24: 1924 or 2024?): always four digits.
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def locale_date(iso: str | None) -> str:
    """An ISO date (or the date of an ISO date-time) in the locale's short form with a
    four-digit year; "—" when empty, the text itself when it is not a date."""
    if not iso:
        return "—"
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return iso
    if _iso():
        return date.toString("yyyy-MM-dd")
    locale = QLocale()
    return locale.toString(date, _long_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))


def locale_datetime(iso: str | None) -> str:
    """An ISO date-time in the locale's short form (four-digit year, to the minute, no zone
    conversion: a camera's clock time stays as the camera wrote it); "—" when empty, the text
    itself when it is not a date-time."""
    if not iso:
        return "—"
    moment = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not moment.isValid():
        return locale_date(iso) if len(iso) <= 10 else iso
    if _iso():
        return moment.toString("yyyy-MM-dd HH:mm")
    locale = QLocale()
    fmt = _long_year(locale.dateTimeFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(moment, fmt)


class SizeWords(QObject):
    """A QObject only so that the plural below is ``self.tr`` (lupdate records a plural's forms
    for that form only)."""

    def bytes(self, count: int) -> str:
        """``count`` (below 1000) bytes, in words."""
        return self.tr("%n byte(s)", "", count)


def locale_size(count: int) -> str:
    """``count`` bytes as ``humdoc.core.sizes`` rounds them, in the locale's digits and words."""
    value, unit = size_parts(count)
    if unit == "bytes":
        return SizeWords().bytes(count)
    number = QLocale().toString(value, "f", 1)
    return QCoreApplication.translate("sizes", "{number} {unit}").format(
        number=number,
        unit={
            "kB": QCoreApplication.translate("sizes", "kB"),
            "MB": QCoreApplication.translate("sizes", "MB"),
            "GB": QCoreApplication.translate("sizes", "GB"),
            "TB": QCoreApplication.translate("sizes", "TB"),
        }[unit],
    )


def join_sentences(*sentences: str) -> str:
    """Whole translated sentences, one after the other (empty ones left out).

    Only complete sentences may be joined so: a sentence is never built from translated pieces
    (word order, agreement and punctuation differ between languages); a list of items is joined
    by ``QLocale().createSeparatedList``.
    """
    return " ".join(s for s in sentences if s)
