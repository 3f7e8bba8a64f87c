"""HTML pages and RSS/Atom feeds as reports; URLs fetched over HTTP(S)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.errors import EmptyInputError, FeedError, FetchError, InputError, InvalidDateError
from eventwire.ingest.batch import parse_date
from eventwire.ingest.text import MAX_BYTES, check_text
from eventwire.records import Report
from eventwire.time.bounds import check_date

USER_AGENT = "eventwire/0.1 (+offline conflict event coder)"
FETCH_TIMEOUT = 20
MIN_ARTICLE_WORDS = 5
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_HTML_START = re.compile(rb"^\s*(?:<!doctype html|<html|<head|<body|<!--)", re.I)


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


def sniff(content: bytes, hint: str = "") -> str:
    """"feed", "html" or "text", from the content type or name and the first bytes."""
    hint = hint.lower()
    if _FEED_START.match(content[:2000]) or any(word in hint for word in ("rss", "atom", ".xml", "feed")):
        return "feed"
    if _HTML_START.match(content[:2000]) or "html" in hint:
        return "html"
    return "text"


def fetch(url: str) -> Fetched:
    """GET a URL (no more than the size limit of a report)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            content = response.read(MAX_BYTES * 4 + 1)
            return Fetched(response.geturl(), content, response.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as error:
        raise FetchError(f"{url}: the server answered HTTP {error.code} {error.reason}") from error
    except (urllib.error.URLError, TimeoutError, ValueError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError(f"{url}: cannot fetch ({reason}); check the address and the network") from error


def html_report(content: bytes, name: str, url: str | None = None) -> Report:
    """The main text, title and date of an HTML page (trafilatura)."""
    import trafilatura

    document = trafilatura.bare_extraction(_without_link_blocks(content), url=url, with_metadata=True,
                                           include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        raise EmptyInputError(f"{name}: no article text found in the HTML page")
    title = getattr(document, "title", None)
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    check_text(text, name)
    published = _safe_date(getattr(document, "date", None))
    return Report(url or name, text, published, title, url, name)


# A block whose words are mostly link text is navigation or a teaser of another story ("Read more:
# <headline>", "Related: ..."), not the article: the link-density cue of boilerplate detection
# (jusText; Kohlschütter et al., "Boilerplate detection using shallow text features", WSDM 2010).
MAX_LINK_DENSITY = 0.5
MAX_TEASER_WORDS = 40  # a teaser is a headline or two; a long paragraph with links is text
_BLOCKS = ("p", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "figcaption", "aside")


def _without_link_blocks(content: bytes) -> bytes:
    """The page without text blocks made mostly of link text; the page as given if it does not parse."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(content)
    except (etree.ParserError, ValueError):
        return content  # trafilatura reports a page it cannot read
    removed = False
    for block in list(tree.iter(*_BLOCKS)):
        words = len(block.text_content().split())
        if not words or words > MAX_TEASER_WORDS or block.getparent() is None:
            continue
        linked = sum(len(link.text_content().split()) for link in block.iter("a"))
        if linked and linked / words > MAX_LINK_DENSITY:
            block.drop_tree()
            removed = True
    return lxml_html.tostring(tree, encoding="utf-8") if removed else content


def feed_reports(content: bytes, name: str) -> list[Report | InputError]:
    """Each entry of an RSS or Atom feed as a report (its content or summary, link and date), or
    the error that keeps that one entry from being read (a date that is no calendar day)."""
    import feedparser

    parsed = feedparser.parse(content)
    entries = [e for e in parsed.entries if e.get("title") or e.get("summary") or e.get("content")]
    if not entries:
        problem = getattr(parsed, "bozo_exception", None)
        raise FeedError(f"{name}: no entries in the feed" + (f" (malformed: {problem})" if problem else ""))
    reports: list[Report | InputError] = []
    for index, entry in enumerate(entries):
        where = f"{name}#{index + 1}"
        body = ""
        if entry.get("content"):
            body = " ".join(part.get("value", "") for part in entry["content"])
        body = body or entry.get("summary", "") or ""
        text = _strip_tags(body)
        title = _strip_tags(entry.get("title", "")) or None
        if title and not text.startswith(title):
            text = f"{title}\n{text}" if text else title
        try:
            published = _entry_date(entry, where)
        except InvalidDateError as error:
            reports.append(error)
            continue
        link = entry.get("link")
        reports.append(Report(str(entry.get("id") or link or where), text, published, title, link, where))
    return reports


def _entry_date(entry: Any, where: str) -> date | None:
    """The entry's publication (else update) day, checked: feedparser passes year 0 and 9999 through."""
    for key in ("published_parsed", "updated_parsed"):
        if entry.get(key):
            year, month, day = entry[key][:3]
            try:
                found = date(year, month, day)
            except ValueError as error:
                raise InvalidDateError(f"{where}: the entry's date {year:04d}-{month:02d}-{day:02d} is not a "
                                       "calendar day; correct the feed or give the date with --published") from error
            return check_date(found, where, "the entry's date")
    return None


def _strip_tags(html: str) -> str:
    if "<" not in html:
        return html.strip()
    from lxml import html as lxml_html

    try:
        return " ".join(lxml_html.fromstring(html).text_content().split())
    except (ValueError, TypeError):
        return re.sub(r"<[^>]+>", " ", html).strip()


def _safe_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_date(value[:10], "html")
    except InputError:
        return None
