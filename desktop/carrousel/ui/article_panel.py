"""The source-article panel: headline, publication date (and whether it is estimated), the text with the
evidence highlighted and scrolled into view, the list of articles behind a bar, and a safe link out.

The text browser never loads anything: article text is untrusted, so images, stylesheets and links
inside it are not fetched or followed; only the article's own http(s) URL opens, in the system browser.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QComboBox, QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget,
)

from carrousel.model import Document, Event, Evidence, Kind, Reason, SegmentKind
from carrousel.timeline import interval_text, role_text


@dataclass
class Source:
    """One article behind a selection and the events it gave for that selection."""

    document: Document
    events: list[Event]

    @property
    def evidence(self) -> list[Evidence]:
        return [e.evidence for e in self.events]


def fact_text(e: Event) -> str:
    """One extracted event in words, with the phrase its date came from: what the reader should check."""
    what = "dismissed" if e.kind is Kind.LEFT and e.reason is Reason.DISMISSED else e.kind.value
    if e.kind is Kind.LEFT and e.reason not in (None, Reason.DISMISSED, Reason.UNKNOWN):
        what += f" ({e.reason.value})"  # type: ignore[union-attr]
    when = interval_text(e.date)
    if e.date is not None and e.date.text:
        phrase = e.date.text if len(e.date.text) <= 60 else e.date.text[:59].rstrip() + "…"
        when += f" — “{phrase}”"
    return f"<b>{escape(what)}</b>: {escape(e.person)}, {escape(e.club)} ({escape(role_text(e))}) · {escape(when)}"


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that refuses every resource and follows no link by itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt naming)
        return None


def open_external(url: str) -> bool:
    """Open an article's URL in the system browser, only for http and https."""
    q = QUrl(url)
    if q.scheme().lower() not in ("http", "https") or not q.host():
        return False
    return QDesktopServices.openUrl(q)


class ArticlePanel(QWidget):
    """Shows the sources of the current selection, one at a time."""

    shown = Signal(object)  # the Document now displayed, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("article-panel")
        self.sources: list[Source] = []
        self.picker = QComboBox()
        self.picker.setToolTip("The articles this item is based on")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(24)  # long headlines must not widen the panel
        self.picker.currentIndexChanged.connect(self._show_index)
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)  # a headline's quotes and "<" are the article's own
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.headline.setFont(font)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setToolTip("What Carrousel read in this article (highlighted below)")
        self.link = QLabel()
        self.link.setOpenExternalLinks(False)
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(open_external)
        self.body = SafeTextBrowser()
        self.placeholder = QLabel(
            "Click a bar, a marker or a row of the events table to read the article behind it.<br><br>"
            "<small>Ctrl+wheel or +/− zooms, drag or wheel pans, Ctrl+0 fits all, double-click zooms to a bar, "
            "arrow keys step through the selection.</small>")
        self.placeholder.setWordWrap(True)
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for w in (self.picker, self.headline, self.meta, self.link, self.facts, self.body, self.placeholder):
            layout.addWidget(w)
        self.clear()

    def clear(self) -> None:
        self.sources = []
        for w in (self.picker, self.headline, self.meta, self.link, self.facts, self.body):
            w.hide()
        self.placeholder.show()
        self.shown.emit(None)

    def show_sources(self, sources: list[Source], index: int = 0) -> None:
        """Show the `index`-th of `sources`; with several, a picker lists them all."""
        if not sources:
            self.clear()
            return
        self.sources = sources
        self.placeholder.hide()
        for w in (self.headline, self.meta, self.facts, self.body):
            w.show()
        self.picker.blockSignals(True)
        self.picker.clear()
        for s in sources:
            self.picker.addItem(f"{_published(s.document)} — {s.document.headline}")
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self.picker.setVisible(len(sources) > 1)
        self._show_index(index)

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self.sources):
            return
        source = self.sources[index]
        doc = source.document
        self.headline.setText(doc.headline)
        published = doc.published
        meta = f"Published {escape(interval_text(published))}"
        if published.estimated and published.reason:
            meta += f" — {escape(published.reason)}"
        meta += f"<br><small>{escape(doc.path)}</small>"
        self.meta.setText(meta)
        if doc.url and QUrl(doc.url).scheme().lower() in ("http", "https"):
            self.link.setText(f'<a href="{escape(doc.url, quote=True)}">Open the original article in your browser</a>')
            self.link.setToolTip(doc.url)
            self.link.show()
        else:
            self.link.hide()
        self.facts.setText("<br>".join(fact_text(e) for e in source.events))
        self.body.setHtml(self._html(doc, source.evidence))
        self._scroll_to_evidence(source.evidence)
        self.shown.emit(doc)

    def _html(self, doc: Document, evidence: list[Evidence]) -> str:
        """The article as escaped paragraphs; evidence marked with the palette's highlight colours."""
        text = doc.text
        cut = min((s.start for s in doc.spans(SegmentKind.SIDEBAR)), default=len(text))
        if any(e.end > cut for e in evidence):
            cut = len(text)
        begin = min((s.start for s in doc.spans(SegmentKind.BODY)), default=0)  # the headline is shown above
        if any(e.start < begin for e in evidence):
            begin = 0
        spans = sorted((max(begin, e.start), min(cut, e.end)) for e in evidence if e.start < cut)
        hl = self.palette().color(QPalette.ColorRole.Highlight).name()
        hl_text = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        out, pos = [], begin
        for start, end in spans:
            if start < pos:
                start = pos
            if end <= start:
                continue
            out.append(escape(text[pos:start]))
            out.append(f'<span style="background-color:{hl}; color:{hl_text}">{escape(text[start:end])}</span>')
            pos = end
        out.append(escape(text[pos:cut]))
        body = "".join(out).replace("\n", "<br>")
        if cut < len(text):
            body += "<br><br><i>(the site's sidebar with other articles is not shown)</i>"
        return f"<div>{body}</div>"

    def _scroll_to_evidence(self, evidence: list[Evidence]) -> None:
        self.body.moveCursor(QTextCursor.MoveOperation.Start)
        if not evidence:
            return
        first = min(evidence, key=lambda e: e.start)
        cursor = self.body.document().find(first.text.strip()[:200])
        if cursor.isNull():
            return
        # put the end first, then the start, so the whole sentence (not just its last line) is in view
        end_cursor = QTextCursor(cursor)
        end_cursor.clearSelection()
        self.body.setTextCursor(end_cursor)
        self.body.ensureCursorVisible()
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        self.body.setTextCursor(start)
        self.body.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """The text shown with the highlight background (what the user's eye is drawn to)."""
        hl = self.palette().color(QPalette.ColorRole.Highlight)
        parts = []
        block = self.body.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().background().color() == hl:
                    parts.append(fragment.text())
                it += 1
            block = block.next()
        return "".join(parts)

    def evidence_in_view(self) -> bool:
        """Whether the text cursor (left at the evidence) lies inside the visible part of the text."""
        return self.body.viewport().rect().contains(self.body.cursorRect().center())


def _published(doc: Document) -> str:
    return interval_text(doc.published)
