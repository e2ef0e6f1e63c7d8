"""Writing the debrief to a file: HTML as ``lagaffektiv.report`` writes it, PDF printed from it.

The PDF is the same HTML laid out by QTextDocument and printed with QPdfWriter on A4 in the
bundled DejaVu Sans, so the PDF shows the same text as the HTML and needs no system fonts.
QTextDocument draws no SVG, so the curve goes in as a picture drawn by the same painter as on
screen.

Both files are for paper, so they stay in print colours, black on white, whatever the screen
theme (a high-contrast screen is white and yellow on black, which would print a black page): the
HTML's own style sheet comes from ``lagaffektiv.report`` and the curve is drawn with
``style.PRINT_COLOURS``, never with ``app.theme``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ... import report
from ..assets import FONT_FAMILY, FONT_FILES, assets_dir
from .charts import curve_image

CURVE_URL = "lagaffektiv-curve.png"
# QTextDocument.print_ lays out an unpaginated document inside a 2 cm margin of its own (and puts
# the page number in the bottom one), so the writer itself gets none.
PRINT_MARGIN_MM = 20.0
A4_WIDTH_MM = 210.0
BODY_POINTS = 10.0


def ensure_font() -> str:
    """The bundled DejaVu Sans, registered if the app has not done so yet; the family to use."""
    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    folder = assets_dir()
    if folder is not None:
        for name in FONT_FILES:
            path = folder / "fonts" / name
            if path.is_file():
                QFontDatabase.addApplicationFont(str(path))
    return FONT_FAMILY


def write_html(html: str, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(html, encoding="utf-8")
    return path


def pdf_document(debrief: dict, lang: str, *, reaction: str | None = None,
                 self_ratings: dict | None = None) -> QTextDocument:
    """The QTextDocument the PDF is printed from (the curve added as a picture)."""
    family = ensure_font()
    doc = QTextDocument()
    doc.setDefaultFont(QFont(family, BODY_POINTS))
    doc.setDocumentMargin(0)
    # print colours whatever the screen theme (curve_image never reads app.theme)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CURVE_URL), curve_image(debrief, lang))
    # the text column in the document's own units (logical pixels at the screen's dpi)
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInchX() if QGuiApplication.primaryScreen() else 96.0
    column = (A4_WIDTH_MM - 2 * PRINT_MARGIN_MM) / 25.4 * dpi
    doc.setHtml(report.debrief_html(debrief, lang, reaction=reaction, self_ratings=self_ratings,
                                    curve_image=CURVE_URL, curve_width=int(column * 0.97)))
    title = report.localized(debrief.get("scenario", {}).get("title"), lang)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def write_pdf(doc: QTextDocument, path: str | Path) -> Path:
    """Print ``doc`` to an A4 PDF at ``path``: 2 cm margins and page numbers at the foot, both from
    QTextDocument.print_."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("lagaffektiv")
    doc.print_(writer)
    del writer  # the file is complete when the writer is gone
    if not path.is_file():
        raise OSError(f"the PDF was not written: {path}")
    return path
