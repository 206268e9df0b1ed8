"""The article panel never loads remote content and only opens http(s) links, in the system browser."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from carrousel.ui import article_panel
from carrousel.ui.article_panel import ArticlePanel, SafeTextBrowser, Source
from ui import sample


@pytest.fixture
def panel(qtbot):
    p = ArticlePanel()
    qtbot.addWidget(p)
    p.resize(420, 500)
    p.show()
    return p


def test_text_browser_loads_no_resources_and_follows_no_links(qtbot):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    assert not browser.openExternalLinks() and not browser.openLinks()
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("https://evil.example/x.png")) is None
    browser.setHtml('<img src="https://evil.example/x.png"><a href="https://evil.example">x</a>')
    assert browser.toPlainText().strip().endswith("x")


@pytest.mark.parametrize("url, opens", [
    ("https://www.voetbalkrant.com/a", True),
    ("http://example.org/b", True),
    ("file:///etc/passwd", False),
    ("javascript:alert(1)", False),
    ("ftp://example.org/c", False),
])
def test_only_http_links_open_in_the_system_browser(monkeypatch, url, opens):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u.toString()) or True)
    assert article_panel.open_external(url) is opens
    assert opened == ([url] if opens else [])


def test_article_shows_headline_estimated_date_and_highlighted_evidence(panel):
    docs = sample.documents()
    event = next(e for e in sample.events() if e.club == "Union" and e.person == "Blessin")
    panel.show_sources([Source(docs[event.doc], [event])])
    assert panel.headline.text().startswith("Blessin deelt opmerkelijke anekdote")
    assert "estimated" in panel.meta.text() and "Europa League" in panel.meta.text()
    assert panel.highlighted_text() == event.evidence.text
    assert panel.evidence_in_view(), "the evidence, near the end of the article, is scrolled into view"
    assert "Meest recent" not in panel.body.toPlainText(), "the site's sidebar is not part of the article"
    assert not panel.link.isVisible(), "no URL, no link"
    facts = panel.facts.text()
    assert "joined" in facts and "Union" in facts and "afgelopen zomer" in facts, "what was read, and from which words"


def test_article_with_url_offers_a_link_and_html_in_the_text_is_shown_as_text(panel, monkeypatch):
    docs = sample.documents()
    doc = docs["000_0039a61a383cf88f.txt"]
    doc.text = doc.text.replace("De Duitser", "<b>De Duitser</b>", 1)
    headline = doc.headline
    doc.text = doc.text.replace(headline, 'Still weg: "Resultaten <bleven> uit"'.ljust(len(headline)), 1)
    panel.show_sources([Source(doc, [])])
    assert panel.link.isVisible() and "voetbalkrant" in panel.link.text()
    assert "<b>De Duitser</b>" in panel.body.toPlainText()
    assert panel.headline.text() == 'Still weg: "Resultaten <bleven> uit"', "shown as written, no &quot;"
    assert panel.headline.textFormat() == Qt.TextFormat.PlainText
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda u: opened.append(u.toString()) or True)
    panel.link.linkActivated.emit(doc.url)
    assert opened == [doc.url]
