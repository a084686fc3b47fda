"""The custody report as a PDF, laid out by Qt's own rich-text engine and PDF writer.

Every value is escaped before it enters the HTML (a case title came from a user or a bundle, never
markup). Paragraphs take their direction from their text, so an Arabic title or excerpt is laid
out right to left by Qt's bidi algorithm and shaped by the system's fonts. Hashes and event ids
are set in a monospace font small enough that a 64-digit value never wraps, so a reader (or
``pdftotext``) finds each one whole. The PDF is made in memory and put in place atomically.
"""

from __future__ import annotations

import html
import unicodedata
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from humdoc.core import safefs
from humdoc.core.report import model

_CSS = """
body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; font-size: 9pt; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14px; } h3 { font-size: 10pt; }
.mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt; }
.muted { color: #555555; } .fail { color: #b00020; font-weight: bold; }
.ok { color: #1b5e20; font-weight: bold; }
td, th { padding: 2px 4px; vertical-align: top; } th { text-align: left; background: #eeeeee; }
"""

SECTIONS = (
    ("summary", "1. Summary"),
    ("case", "2. The case"),
    ("items", "3. Items: evidentiary and working copies"),
    ("consent", "4. Consent as recorded"),
    ("keys", "5. Devices and keys"),
    ("events", "6. Chain of custody"),
    ("withheld", "7. What was held back, and why"),
    ("verify", "8. Re-verifying with standard tools"),
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def direction(text: str) -> str:
    """``"rtl"`` if the first strongly directional character of ``text`` is right-to-left (as
    the Unicode bidi algorithm's rule P2 decides a paragraph's direction), else ``"ltr"``."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def _p(text: str, cls: str = "") -> str:
    # The paragraph's direction (and so its alignment) follows its own text: an Arabic excerpt
    # is set right to left, flush right, inside an English report.
    klass = f' class="{cls}"' if cls else ""
    return f'<p dir="{direction(text)}"{klass}>{_e(text)}</p>'


def _mono(text: str) -> str:
    return f'<p class="mono" style="white-space: pre;">{_e(text)}</p>'


def report_html(report: model.CustodyReport) -> str:
    """The report as the HTML subset ``QTextDocument`` lays out."""
    r = report
    parts = [f"<html><head><style>{_CSS}</style></head><body>"]
    parts.append("<h1>Custody report</h1>")
    parts.append(f'<h1 dir="{direction(r.case_title)}">{_e(r.case_title)}</h1>')
    parts.append(
        _p(
            f"Case {r.case_id} · made {r.generated_at} by the {r.role} device "
            f"{r.generated_by} · humdoc custody report version {r.version}",
            "muted",
        )
    )
    parts.append(
        _p(
            "Laid out along the Berkeley Protocol on Digital Open Source Investigations (chain of "
            "custody; evidentiary and working copies) and the Eurojust / ICC Office of the "
            "Prosecutor guidelines for civil society organisations on documenting international "
            "crimes (2022).",
            "muted",
        )
    )
    titles = dict(SECTIONS)
    failed = [e for e in r.events if e.signature != "verified" or e.problems]
    parts.append(f"<h2>{titles['summary']}</h2>")
    parts.append(
        _p(
            f"{len(r.items)} items, {len(r.events)} custody events, {len(r.keys)} keys, "
            f"{len(r.withheld)} things held back."
        )
    )
    if r.all_verified:
        parts.append('<p class="ok">Every custody event verified; every chain is intact.</p>')
    else:
        parts.append(
            f'<p class="fail">VERIFICATION FAILED: {len(failed)} custody event(s) did not verify '
            "(marked FAILED below).</p>"
        )

    parts.append(f"<h2>{titles['case']}</h2>")
    parts.append(_p(f"Status: {r.case_status} · created {r.case_created}"))
    if r.case_description:
        parts.append(_p(r.case_description))
    for inc in r.incidents:
        when = " – ".join(x for x in (inc.occurred_from, inc.occurred_to) if x) or "date unknown"
        where = f" · {inc.location}" if inc.location else ""
        parts.append(_p(f"Incident {inc.id}: {inc.title} ({when}){where}"))

    parts.append(f"<h2>{titles['items']}</h2>")
    parts.append(
        _p(
            "The evidentiary copy is the item as sealed at intake and never altered; a working "
            "copy is made from it under a metadata policy and linked to it by the original's "
            "SHA-256 (recorded in the chain of custody).",
            "muted",
        )
    )
    for it in r.items:
        parts.append(f"<h3>{_e(it.kind.capitalize())} {_e(it.id)}</h3>")
        parts.append(_p(it.description))
        if it.kind == "testimony":
            parts.append(_p("Statement SHA-256 (UTF-8 text):"))
            parts.append(_mono(it.sha256))
            if it.language:
                parts.append(_p(f"Language: {it.language}"))
            if it.pseudonym:
                parts.append(_p(f"Witness pseudonym: {it.pseudonym}"))
            if it.excerpt:
                parts.append(_p("Statement excerpt:"))
                parts.append(_p(it.excerpt))
        for c in it.copies:
            label = (
                "Evidentiary copy (sealed original)"
                if c.role == "evidentiary"
                else f"Working copy ({c.policy} policy{', converted' if c.converted else ''})"
            )
            parts.append(_p(f"{label}: {c.size} bytes, {c.mime}"))
            parts.append(_mono(c.sha256))
            if c.derived_from_sha256:
                parts.append(_p("made from the evidentiary copy:", "muted"))
                parts.append(_mono(c.derived_from_sha256))
            if c.removed:
                parts.append(_p("Removed: " + "; ".join(c.removed), "muted"))
        if not it.chain_verified:
            parts.append(_p("Chain of custody BROKEN: " + "; ".join(it.chain_problems), "fail"))

    parts.append(f"<h2>{titles['consent']}</h2>")
    for it in (i for i in r.items if i.kind == "testimony"):
        if not it.consent:
            parts.append(_p(f"Testimony {it.id}: no consent recorded."))
        for rec in it.consent:
            scopes = ", ".join(rec.scopes) or "none"
            parts.append(
                _p(
                    f"Testimony {it.id}: {scopes} "
                    f"(recorded by {rec.recorded_by}, {rec.recorded_at})"
                )
            )

    parts.append(f"<h2>{titles['keys']}</h2>")
    for k in r.keys:
        parts.append(_p(f"{k.role}: {k.name} · {k.status}"))
        parts.append(_mono(k.fingerprint))
        parts.append(_mono(k.key.strip()))

    parts.append(f"<h2>{titles['events']}</h2>")
    parts.append(
        _p(
            "Every event in each item's chain, in order. Its id is the SHA-256 of the signed "
            "entry; the signature is a minisign signature by the device named.",
            "muted",
        )
    )
    for e in r.events:
        verdict = (
            '<span class="ok">signature verified</span>'
            if e.signature == "verified" and not e.problems
            else f'<span class="fail">FAILED: {_e(e.signature)}'
            f"{_e(''.join('; ' + p for p in e.problems))}</span>"
        )
        parts.append(
            f"<p>{_e(e.item)} #{e.position} · {_e(e.action)} · {_e(e.at)} · "
            f"{_e(e.actor)} · device seq {e.device_seq} · {verdict}</p>"
        )
        parts.append(_mono(e.id))
        parts.append(_p(f"device {e.device} · details {e.details}", "muted"))

    parts.append(f"<h2>{titles['withheld']}</h2>")
    if not r.withheld:
        parts.append(_p("Nothing was held back."))
    for w in r.withheld:
        parts.append(_p(f"{w.kind} {w.id}: {w.reason}"))

    parts.append(f"<h2>{titles['verify']}</h2>")
    parts.append(
        _p(
            "Run in a protected folder, with humdoc for extraction only and standard tools "
            "(sha256sum, jq, minisign, base64) for every check; see docs/verify-by-hand.md.",
            "muted",
        )
    )
    for s in r.verification:
        parts.append(f"<h3>{_e(s.title)}</h3>")
        parts.extend(_mono(c) for c in s.commands)
    parts.append("</body></html>")
    return "".join(parts)


def render_pdf(report: model.CustodyReport) -> bytes:
    """The report as PDF bytes (A4). Needs a ``QGuiApplication`` (offscreen is enough)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("render_pdf needs a QGuiApplication")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("report_pdf", "humdoc custody report"))
    writer.setCreator("humdoc")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(report_html(report))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer  # flushes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def write_pdf(report: model.CustodyReport, out: Path) -> int:
    """Write the report's PDF to ``out`` atomically; return its size in bytes."""
    pdf = render_pdf(report)
    safefs.atomic_write(out, pdf, 0o600)
    return len(pdf)
