"""The interface language: which one, loading its translations, and text that sets its own
direction.

The language is the one chosen in Vault ▸ Settings (kept in QSettings beside the window geometry
and the last vault folder, the only things humdoc stores outside the vault; "system" removes the
key), else the first language of the environment humdoc ships a translation for (``LANGUAGE``,
then ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), else English. A choice takes
effect the next time humdoc starts.

Besides humdoc's own ``resources/translations/humdoc_<lang>.qm``, Qt's ``qtbase_<lang>.qm`` shipped
with PySide6 translates the standard buttons and dialogs. An Arabic interface mirrors the whole
layout (right to left). Text the user wrote (statements, titles, search snippets) takes its
direction from its own first strong letter, whatever the interface language: see
``text_direction`` and ``follow_text_direction``.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

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
#: The language of the source strings: needs no translation file.
SOURCE_LANGUAGE = "en"
#: The QSettings key of the language chosen in Settings (absent: follow the system).
SETTINGS_LANGUAGE = "ui/language"
#: The environment variables that name the user's language, in gettext's order of precedence.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L"})
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


# --- text that sets its own direction ---------------------------------------------------------


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
