"""The weekly report of one child: HTML to read, CSV for a spreadsheet, PDF to print or send.

It shows each day by category (a chart and a table), the programs used most against the week
before, and suggested reading for the child's age. The PDF is the HTML printed with QPrinter.
"""

from __future__ import annotations

import csv
import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    Qt,
    QUrl,
)
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from guardian.core.guidance import Article as GuidanceArticle
from guardian.storage.models import Child
from guardian.ui.countdown import category_name
from guardian.ui.dashboard import CATEGORY_ORDER, colour
from guardian.ui.dashboard_data import DashboardData
from guardian.ui.pdf import print_to_pdf
from guardian.ui.tray import duration_text

CHART_URL = "guardian://chart.png"


def chart(days: list[tuple[date, dict[str, int]]], width: int = 900, height: int = 300) -> QImage:
    """Stacked bars by category per day, drawn with QPainter (prints crisply, needs no screen)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    top = max((sum(c.values()) for _, c in days), default=0) or 1
    slot = width / max(1, len(days))
    bottom = height - 28
    for index, (day, categories) in enumerate(days):
        y = float(bottom)
        for category in CATEGORY_ORDER:
            seconds = categories.get(category, 0)
            if not seconds:
                continue
            bar = (bottom - 10) * seconds / top
            painter.fillRect(
                QRectF(index * slot + slot * 0.2, y - bar, slot * 0.6, bar),
                QColor(colour(category)),
            )
            y -= bar
        painter.setPen(QColor("#444"))
        painter.drawText(
            QRectF(index * slot, bottom + 4, slot, 20),
            Qt.AlignmentFlag.AlignCenter,
            day.strftime("%m-%d"),
        )
    painter.end()
    return image


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


class WeeklyReport:
    def __init__(
        self, data: DashboardData, child: Child, first: date, language: str = "en"
    ) -> None:
        self.data, self.child, self.first, self.language = data, child, first, language
        self.days, _, self.top = data.period(child, first, 7)
        self.total = sum(d.total for d in self.days)

    def html(self, chart_src: str = CHART_URL) -> str:
        last = self.first + timedelta(days=6)
        e = html.escape
        title = QCoreApplication.translate("Report", "Weekly report for %1").replace(
            "%1", self.child.name
        )
        rows = "".join(
            f"<tr><td>{d.day.isoformat()}</td><td>{duration_text(d.total)}</td><td>"
            + e(
                ", ".join(
                    f"{category_name(c)} {duration_text(s)}"
                    for c, s in sorted(d.categories.items(), key=lambda i: -i[1])
                )
            )
            + "</td></tr>"
            for d in self.days
        )
        top = "".join(
            f"<tr><td>{e(a.exe_name)}</td><td>{e(category_name(a.category))}</td><td>{duration_text(a.seconds)}</td>"
            f"<td>{duration_text(a.previous_seconds)}</td></tr>"
            for a in self.top
        )
        reading = "".join(
            f"<li><b>{e(a.title)}</b>: {e(a.summary)}"
            + (f" <i>({e(why)})</i>" if why else "")
            + "</li>"
            for why, a in self.suggested()
        )

        def table(headers: list[str], body: str) -> str:
            head = "".join(f"<th>{e(h)}</th>" for h in headers)
            return (
                f'<table border="1" cellspacing="0" cellpadding="4"><tr>{head}</tr>{body}</table>'
            )

        period = (
            QCoreApplication.translate("Report", "From %1 to %2")
            .replace("%1", self.first.isoformat())
            .replace("%2", last.isoformat())
        )
        total = QCoreApplication.translate("Report", "Total for the week: %1").replace(
            "%1", duration_text(self.total)
        )
        footer = QCoreApplication.translate(
            "Report", "Made by Guardian on this computer. Nothing in this report was sent anywhere."
        )
        by_day = QCoreApplication.translate("Report", "Day by day")
        most_used = QCoreApplication.translate("Report", "Programs used most")
        reading_title = QCoreApplication.translate("Report", "Suggested reading")
        parts = [
            f'<html><head><meta charset="utf-8"><title>{e(title)}</title></head><body>',
            f"<h1>{e(title)}</h1><p>{e(period)}</p><p><b>{e(total)}</b></p>",
            f'<img src="{chart_src}" width="640">',
            f"<h2>{e(by_day)}</h2>",
            table(
                [
                    QCoreApplication.translate("Report", "Day"),
                    QCoreApplication.translate("Report", "Total"),
                    QCoreApplication.translate("Report", "By category"),
                ],
                rows,
            ),
            f"<h2>{e(most_used)}</h2>",
            table(
                [
                    QCoreApplication.translate("Report", "Program"),
                    QCoreApplication.translate("Report", "Category"),
                    QCoreApplication.translate("Report", "This week"),
                    QCoreApplication.translate("Report", "Week before"),
                ],
                top,
            ),
            f"<h2>{e(reading_title)}</h2><ul>{reading}</ul>",
            f"<p><small>{e(footer)}</small></p>",
            "</body></html>",
        ]
        return "\n".join(parts)

    def suggested(self, count: int = 4) -> list[tuple[str, GuidanceArticle]]:
        """Reading for this week: first what the week's patterns call for (with the reason),
        then articles for parents of a child this age."""
        library = self.data.library(self.language)
        chosen: list[tuple[str, GuidanceArticle]] = []
        last_day = self.first + timedelta(days=6)
        for reason, articles in self.data.suggested_reading(self.child, self.language, last_day):
            for article in articles[:1]:
                if all(a.id != article.id for _, a in chosen):
                    chosen.append((reason, article))
        age = self.child.age or 10
        band = "under-8" if age < 8 else "8-12" if age < 12 else "12-16" if age < 16 else "16-18"
        for article in library.filtered(age=band, audience="parents"):
            if len(chosen) >= count:
                break
            if all(a.id != article.id for _, a in chosen):
                chosen.append(("", article))
        return chosen[:count]

    def chart_image(self) -> QImage:
        return chart([(d.day, d.categories) for d in self.days])

    def save_html(self, path: Path) -> None:
        import base64

        uri = "data:image/png;base64," + base64.b64encode(_png(self.chart_image())).decode()
        path.write_text(self.html(uri), encoding="utf-8")

    def save_csv(self, path: Path) -> None:
        with path.open(
            "w", newline="", encoding="utf-8-sig"
        ) as handle:  # a BOM so Excel reads Chinese
            writer = csv.writer(handle)
            writer.writerow(["child", "day", "category", "seconds"])
            for d in self.days:
                for category, seconds in sorted(d.categories.items()):
                    writer.writerow([self.child.name, d.day.isoformat(), category, seconds])

    def save_pdf(self, path: Path) -> None:
        document = QTextDocument()
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), self.chart_image()
        )
        document.setHtml(self.html())
        print_to_pdf(document, path, margin_points=15)

    def save(self, path: Path) -> None:
        """By the file's extension: .pdf, .html or .csv."""
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            self.save_pdf(path)
        elif suffix in (".html", ".htm"):
            self.save_html(path)
        elif suffix == ".csv":
            self.save_csv(path)
        else:
            raise ValueError(f"{path}: a report is saved as .pdf, .html or .csv")
