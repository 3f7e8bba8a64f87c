"""HTML pages and RSS/Atom feeds as reports; URLs fetched over HTTP(S)."""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
import urllib.parse
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.errors import EmptyInputError, FeedError, FetchError, InputError, InvalidDateError, UrlRefusedError
from eventwire.ingest.batch import parse_date
from eventwire.ingest.text import MAX_BYTES, check_text
from eventwire.records import Report
from eventwire.time.bounds import check_date

USER_AGENT = "eventwire/0.1 (+offline conflict event coder)"
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


# Limits of one fetch: the whole exchange (every redirect, the headers, the body) ends by the
# deadline, however slowly a server drips its bytes; the body is at most FETCH_MAX_BYTES.
FETCH_DEADLINE = 30.0
FETCH_MAX_BYTES = MAX_BYTES * 4  # a page's HTML, of which the article text is a part
MAX_REDIRECTS = 5
_READ_SIZE = 65536


def fetch(url: str, *, allow_private: bool = False, deadline: float = FETCH_DEADLINE) -> Fetched:
    """GET an http(s) URL with the guards of a server that fetches what others name (SSRF).

    The host is resolved once and every address it resolves to must be public (no loopback,
    private, link-local, shared, multicast, unspecified or reserved address) unless
    ``allow_private`` (a desk's own intranet); the connection goes to the address that was checked,
    so DNS cannot answer differently the second time. Redirects are followed by hand, each checked
    the same way. Errors name the refusal or say only that the fetch failed, never why a connection
    failed, so they cannot be used to tell open ports from closed ones.
    """
    end = time.monotonic() + deadline
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        status, headers, content = _get(current, allow_private, end, deadline)
        if status in (301, 302, 303, 307, 308):
            location = headers.get("Location")
            if not location:
                raise FetchError(f"{url}: the server answered HTTP {status} without a Location; nothing fetched")
            current = urllib.parse.urljoin(current, location)
            continue
        if status >= 400:
            raise FetchError(f"{url}: the server answered HTTP {status}")
        return Fetched(current, content, headers.get("Content-Type", ""))
    raise UrlRefusedError(f"{url}: more than {MAX_REDIRECTS} redirects; give the final address")


def _public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # "::ffff:127.0.0.1" is 127.0.0.1
    return address.is_global and not address.is_multicast


def _address(url: str, allow_private: bool, end: float, deadline: float) -> tuple[urllib.parse.SplitResult, str, int]:
    """The URL's parts and the one checked address and port to connect to."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UrlRefusedError(f"{url}: only http:// and https:// URLs with a host are fetched")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise UrlRefusedError(f"{url}: the port is not a number from 0 to 65535") from error
    if time.monotonic() >= end:
        raise FetchError(f"{url}: no answer within {deadline:g} s; nothing fetched")
    try:
        found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"{url}: the host name {parts.hostname!r} does not resolve; check the address") from error
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in found]
    if not allow_private:
        refused = sorted({str(address) for address in addresses if not _public(address)})
        if refused:
            raise UrlRefusedError(f"{url}: {parts.hostname} resolves to a non-public address ({', '.join(refused)}); "
                             "eventwire fetches public addresses only (--allow-private-urls for an intranet)")
    return parts, str(addresses[0]), port


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a checked address, with the certificate checked for the URL's host name."""

    def __init__(self, address: str, port: int, hostname: str, timeout: float) -> None:
        super().__init__(address, port, timeout=timeout, context=ssl.create_default_context())
        self._hostname = hostname

    def connect(self) -> None:
        sock = socket.create_connection((self.host, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self._hostname)  # type: ignore[attr-defined]


def _get(url: str, allow_private: bool, end: float, deadline: float) -> tuple[int, http.client.HTTPMessage, bytes]:
    parts, address, port = _address(url, allow_private, end, deadline)
    hostname = parts.hostname or ""
    remaining = max(end - time.monotonic(), 0.001)
    connection: http.client.HTTPConnection = (
        _PinnedHTTPSConnection(address, port, hostname, remaining) if parts.scheme == "https"
        else http.client.HTTPConnection(address, port, timeout=remaining))
    # The deadline is the whole exchange's: a timer closes the connection when it passes, so a
    # server sending a byte a second cannot keep it open.
    timer = threading.Timer(remaining, _abort, (connection,))
    timer.start()
    target = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    host = hostname if parts.port is None else f"{hostname}:{parts.port}"
    try:
        connection.request("GET", target, headers={"Host": host, "User-Agent": USER_AGENT,
                                                   "Accept-Encoding": "identity"})
        response = connection.getresponse()
        body = bytearray()
        while response.status < 300 and (chunk := response.read1(_READ_SIZE)):
            body += chunk
            if len(body) > FETCH_MAX_BYTES:
                raise FetchError(f"{url}: more than {FETCH_MAX_BYTES:,} bytes; eventwire reads pages up to that size")
            if time.monotonic() >= end:
                raise TimeoutError
        return response.status, response.headers, bytes(body)
    except (OSError, http.client.HTTPException) as error:
        if time.monotonic() >= end or isinstance(error, TimeoutError):
            raise FetchError(f"{url}: no complete answer within {deadline:g} s; nothing fetched") from error
        # Why a connection failed (refused, reset) is not said: it would tell open ports from closed ones.
        raise FetchError(f"{url}: cannot fetch (no answer from the server); check the address and the network"
                         ) from error
    finally:
        timer.cancel()
        connection.close()


def _abort(connection: http.client.HTTPConnection) -> None:
    if connection.sock is not None:
        with contextlib.suppress(OSError):  # already closed: nothing left to stop
            connection.sock.shutdown(socket.SHUT_RDWR)


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
