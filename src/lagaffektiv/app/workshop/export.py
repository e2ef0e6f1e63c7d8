"""Writing the workshop summary: the core's HTML as it is, and a PDF printed from it with
QTextDocument and QPdfWriter as the single-learner debrief is (app/debrief/export.py).

File names carry the scenario id and the date only: no personal data (none is ever collected).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument

from ..debrief.export import A4_WIDTH_MM, BODY_POINTS, CURVE_URL, PRINT_MARGIN_MM, ensure_font, write_pdf
from ..debrief.charts import curve_image


def default_name(debrief: dict, suffix: str, today: date | None = None) -> str:
    sid = str(debrief.get("scenario", {}).get("id") or "scenario")
    return f"workshop-{sid}-{(today or date.today()).isoformat()}.{suffix}"


def html(debrief: dict, lang: str, *, curve_image: str | None = None, curve_width: int = 640) -> str:
    from ...workshop import summary_html

    return summary_html(debrief, lang, curve_image=curve_image, curve_width=curve_width)


def write_html(debrief: dict, lang: str, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(html(debrief, lang), encoding="utf-8")
    return path


def pdf_html(debrief: dict, lang: str, width: int) -> str:
    """The summary as printed: the curve as the picture CURVE_URL (QTextDocument draws no SVG)."""
    return html(debrief, lang, curve_image=CURVE_URL, curve_width=width)


def pdf_document(debrief: dict, lang: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(QFont(ensure_font(), BODY_POINTS))
    doc.setDocumentMargin(0)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CURVE_URL), curve_image(debrief, lang))
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchX() if screen else 96.0
    column = (A4_WIDTH_MM - 2 * PRINT_MARGIN_MM) / 25.4 * dpi
    doc.setHtml(pdf_html(debrief, lang, int(column * 0.97)))
    from ... import report

    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                           report.localized(debrief.get("scenario", {}).get("title"), lang))
    return doc


def write_summary_pdf(debrief: dict, lang: str, path: str | Path) -> Path:
    return write_pdf(pdf_document(debrief, lang), path)
