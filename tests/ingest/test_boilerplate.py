"""Teasers of other stories inside an article page ("Read more: <headline>") are not article text."""

from __future__ import annotations

import pytest

from eventwire.ingest.web import html_report

ARTICLE = (
    "<p>Gunmen stormed a police post in the hills outside Tabora late on Tuesday and killed two officers, "
    "a regional police commander told reporters on Wednesday.</p>"
    "<p>The commander said the attackers escaped with rifles and that a search was under way in the forest "
    "nearby, where residents reported hearing gunfire until dawn.</p>"
)


def _page(teaser: str) -> bytes:
    return (f"<!doctype html><html><head><title>Police post attacked</title></head><body><article>"
            f"<h1>Police post attacked</h1>{ARTICLE}{teaser}<p>No group has claimed the attack.</p>"
            f"</article></body></html>").encode()


@pytest.mark.parametrize("teaser", [
    '<p><strong>Read more:</strong> <a href="/a">Car bomb kills eleven outside a stadium in Kirkuk</a></p>',
    '<p>Related: <a href="/b">Militants overrun army outpost near the border, killing 14</a></p>',
    '<p><a href="/c">Five dead as drones hit fuel depot in coastal city</a></p>',
    '<div><p>MORE: <a href="/d">Riot police fire tear gas at marchers in the capital</a></p></div>',
    '<aside><a href="/e">See also: Twelve soldiers killed in ambush on supply convoy</a></aside>',
    '<ul><li><a href="/f">Bomb blast at bus stop wounds 30</a></li><li><a href="/g">Rebels seize airport</a></li></ul>',
])
def test_web_teaser_blocks_are_dropped(teaser: str) -> None:
    report = html_report(_page(teaser), "page.html")
    assert "two officers" in report.text
    assert "No group has claimed" in report.text
    for word in ("Kirkuk", "outpost", "fuel depot", "tear gas", "supply convoy", "Bomb blast", "airport"):
        assert word not in report.text


def test_web_paragraph_with_an_inline_link_is_kept() -> None:
    teaser = ('<p>The attack was the third on security forces in the district this month, according to '
              '<a href="/h">a tally kept by a local rights group</a>, which has urged the government to act.</p>')
    report = html_report(_page(teaser), "page.html")
    assert "third on security forces" in report.text
