"""The REST API of a real ``eventwire serve`` process on loopback, over a store of invented reports."""

from __future__ import annotations

import csv
import http.client
import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from eventwire.store import Store
from tests.factories import IZIUM, ODESA, strike_report
from tests.web.server import SECRET, Server, running_server

WRITE_PATHS = [
    ("/api/v1/reports", {"text": "x"}),
    ("/api/v1/events/1/corrections", {"field": "fatalities_best", "value": 3, "reason": "r"}),
    ("/api/v1/claims/1/corrections", {"wrong": True, "reason": "r"}),
    ("/api/v1/events/1/merge", {"other_event_id": 2, "reason": "r"}),
    ("/api/v1/events/1/split", {"report_ids": [2], "reason": "r"}),
]


def fill(store: Store) -> None:
    strike_report(store, "a", "2024-02-10", "A missile strike on Kharkiv killed 4 people and injured 10.", 4,
                  "Governor Oleh Synehubov", injured=10)
    strike_report(store, "b", "2024-02-11", "The toll of the Kharkiv strike rose to 9.", 9, "Governor Oleh Synehubov",
                  day="2024-02-10")
    strike_report(store, "c", "2024-02-10", "A missile strike near Izium killed 6 people.", 6, None, place=IZIUM)
    strike_report(store, "d", "2024-03-02", "A drone strike on Odesa killed 12 people, officials said.", 12,
                  "officials", place=ODESA)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "events.db"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture
def server(store_path: Path) -> Iterator[Server]:
    """A server of its own, for tests that write."""
    with running_server(store_path) as running:
        yield running


@pytest.fixture
def intranet_server(store_path: Path) -> Iterator[Server]:
    """A server that may fetch URLs of loopback and private addresses (the test sites are on loopback)."""
    with running_server(store_path, "--allow-private-urls") as running:
        yield running


@pytest.fixture(scope="module")
def shared_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("read") / "events.db"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture(scope="module")
def reader(shared_store_path: Path) -> Iterator[Server]:
    """One server for the tests that only read (or whose writes must all be refused)."""
    with running_server(shared_store_path) as running:
        yield running


def counts(path: Path) -> dict[str, int]:
    with Store(path) as store:
        found = store.table_counts()
        found["corrections"] = int(store.db.execute("SELECT count(*) FROM corrections").fetchone()[0])
        return found


# -- reads ---------------------------------------------------------------------------------------------

def test_events_list_pages_and_filters(reader: Server) -> None:
    first = reader.call("GET", "/api/v1/events?limit=2").json()
    assert (first["total"], first["limit"], first["offset"], first["next_offset"]) == (3, 2, 0, 2)
    assert first["schema_version"] and len(first["events"]) == 2
    second = reader.call("GET", "/api/v1/events?limit=2&offset=2").json()
    assert second["next_offset"] is None and len(second["events"]) == 1
    assert {e["id"] for e in first["events"]} | {e["id"] for e in second["events"]} == {1, 2, 3}

    assert reader.call("GET", "/api/v1/events?min_fatalities=10").json()["total"] == 1
    assert reader.call("GET", "/api/v1/events?since=2024-03-01").json()["events"][0]["location"] == "Odesa"
    assert reader.call("GET", "/api/v1/events?country=ua&type=Shelling/artillery/missile%20attack").json()[
        "total"] == 3
    assert reader.call("GET", "/api/v1/events?bbox=36,49,38,51").json()["total"] == 2
    detailed = reader.call("GET", "/api/v1/events?detail=true&limit=1").json()["events"][0]
    assert detailed["claims"] and detailed["toll_history"]["killed"]


@pytest.mark.parametrize("query", ["limit=0", "limit=5000", "offset=-1", "since=yesterday", "country=UKR",
                                   "bbox=1,2,3", "min_fatalities=-3"])
def test_bad_list_parameters_are_422_with_a_message(reader: Server, query: str) -> None:
    answer = reader.call("GET", f"/api/v1/events?{query}")
    assert answer.status == 422
    error = answer.json()["error"]
    assert error["code"] in ("HTTP422", "E110") and error["message"]


def test_one_event_with_claims_history_reports(reader: Server) -> None:
    event = reader.call("GET", "/api/v1/events/1").json()
    assert event["location"] == "Kharkiv" and event["report_count"] == 2
    assert [point["value"] for point in event["toll_history"]["killed"]] == [4, 9]
    assert [report["batch_id"] for report in event["reports"]] == ["a", "b"]
    assert all("id" in claim and claim["wrong"] is False for claim in event["claims"])
    assert event["corrections"] == []
    missing = reader.call("GET", "/api/v1/events/999")
    assert missing.status == 404 and missing.json()["error"]["code"] == "E501"
    assert reader.call("GET", "/api/v1/events/abc").status == 422


def test_one_report_with_text_and_spans(reader: Server) -> None:
    report = reader.call("GET", "/api/v1/reports/1").json()
    assert report["text"].startswith("A missile strike on Kharkiv")
    assert [(span["kind"], report["text"][span["start"]:span["end"]]) for span in report["spans"]] == [
        ("killed", "4"), ("injured", "10")]
    assert report["events"][0]["event_id"] == 1
    assert reader.call("GET", "/api/v1/reports/99").status == 404


def test_timeline_and_facets(reader: Server) -> None:
    days = reader.call("GET", "/api/v1/timeline").json()["days"]
    assert days == [{"date": "2024-02-10", "counts": {"Explosions/Remote violence": 2}},
                    {"date": "2024-03-02", "counts": {"Explosions/Remote violence": 1}}]
    facets = reader.call("GET", "/api/v1/facets").json()
    assert facets["countries"] == [{"code": "UA", "events": 3}]
    assert facets["first_date"] == "2024-02-10" and "fatalities_best" in facets["correctable_fields"]


@pytest.mark.parametrize(("form", "media"), [("acled-csv", "text/csv"), ("csv", "text/csv"),
                                              ("json", "application/json"), ("geojson", "application/geo+json"),
                                              ("parquet", "application/vnd.apache.parquet")])
def test_export_in_every_format(reader: Server, form: str, media: str) -> None:
    answer = reader.call("GET", f"/api/v1/export?format={form}&country=UA")
    assert answer.status == 200 and answer.headers["content-type"].startswith(media)
    assert "attachment" in answer.headers["content-disposition"]
    if form == "parquet":
        import pandas

        assert len(pandas.read_parquet(io.BytesIO(answer.body))) == 3
    elif form in ("acled-csv", "csv"):
        assert len(list(csv.DictReader(io.StringIO(answer.body.decode())))) == 3
    elif form == "geojson":
        assert len(answer.json()["features"]) == 3
    else:
        assert len(answer.json()) == 3
    assert reader.call("GET", "/api/v1/export?format=xlsx").status == 422


def test_page_assets_and_api_docs_are_served_locally(reader: Server) -> None:
    page = reader.call("GET", "/")
    assert page.status == 200 and b'id="map"' in page.body
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/vendor/leaflet/leaflet.js", "/static/basemap/countries-50m.json"):
        assert reader.call("GET", asset).status == 200
    docs = reader.call("GET", "/api/v1/docs").body.decode()
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs
    paths = reader.call("GET", "/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/events", "/api/v1/events/{event_id}", "/api/v1/reports/{report_id}", "/api/v1/export",
            "/api/v1/reports", "/api/v1/events/{event_id}/corrections", "/api/v1/claims/{claim_id}/corrections",
            "/api/v1/events/{event_id}/merge", "/api/v1/events/{event_id}/split"} <= set(paths)


# -- tokens ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "body"), WRITE_PATHS)
def test_writes_need_a_valid_token(reader: Server, shared_store_path: Path, path: str, body: dict[str, object]) -> None:
    before = counts(shared_store_path)
    missing = reader.call("POST", path, body)
    assert missing.status == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert "token" in missing.json()["error"]["message"]
    wrong = reader.call("POST", path, body, token=SECRET + "x")
    assert wrong.status == 403 and wrong.json()["error"]["code"] == "HTTP403"
    assert counts(shared_store_path) == before


def test_reads_need_a_token_off_loopback_unless_open(store_path: Path) -> None:
    with running_server(store_path, host="0.0.0.0") as server:
        assert server.call("GET", "/api/v1/events").status == 401
        assert server.call("GET", "/api/v1/events", token=SECRET).status == 200
    with running_server(store_path, "--open-reads", host="0.0.0.0") as server:
        assert server.call("GET", "/api/v1/events").status == 200


# -- corrections --------------------------------------------------------------------------------------

def test_field_correction_over_http_is_attributed_and_kept(server: Server, store_path: Path) -> None:
    answer = server.call("POST", "/api/v1/events/1/corrections",
                         {"field": "fatalities_best", "value": 11, "reason": "Morgue count"}, token=SECRET)
    assert answer.status == 201
    correction = answer.json()["correction"]
    assert (correction["author"], correction["previous"], correction["value"]) == ("alice", 9, 11)
    event = server.call("GET", "/api/v1/events/1").json()
    assert event["fatalities_best"] == 11 and event["corrected"] == ["fatalities_best"]
    assert event["corrections"][0]["reason"] == "Morgue count"
    acled = server.call("GET", "/api/v1/export?format=acled-csv").body.decode()
    row = next(r for r in csv.DictReader(io.StringIO(acled)) if r["location"] == "Kharkiv")
    assert row["fatalities"] == "11" and row["corrected"] == "fatalities_best"


def test_claim_merge_and_split_over_http(server: Server) -> None:
    claim_id = next(c["id"] for c in server.call("GET", "/api/v1/events/1").json()["claims"] if c["value"] == 9)
    marked = server.call("POST", f"/api/v1/claims/{claim_id}/corrections", {"wrong": True, "reason": "Other strike"},
                         token=SECRET).json()
    assert marked["event"]["fatalities_best"] == 4

    merged = server.call("POST", "/api/v1/events/1/merge", {"other_event_id": 2, "reason": "Same strike"},
                         token=SECRET)
    assert merged.status == 201 and merged.json()["event"]["report_count"] == 3
    followed = server.call("GET", "/api/v1/events/2")  # merged away: redirected to its survivor
    assert followed.status == 200 and followed.json()["id"] == 1

    split = server.call("POST", "/api/v1/events/1/split", {"report_ids": [3], "reason": "Izium is separate"},
                        token=SECRET).json()
    assert split["new_event"]["location"] == "Izium" and split["event"]["report_count"] == 2
    kinds = [c["kind"] for c in server.call("GET", "/api/v1/events/1").json()["corrections"]]
    assert kinds == ["claim", "merge", "split"]


@pytest.mark.parametrize(("path", "body", "status", "fragment"), [
    ("/api/v1/events/1/corrections", {"field": "fatalities_best", "value": -4, "reason": "r"}, 422, "whole number"),
    ("/api/v1/events/1/corrections", {"field": "notes", "value": "x", "reason": "r"}, 422, "field"),
    ("/api/v1/events/1/corrections", {"field": "date", "value": "2024-02-10"}, 422, "reason"),
    ("/api/v1/events/1/corrections", {"field": "date", "value": "soon", "reason": "r"}, 422, "YYYY-MM-DD"),
    ("/api/v1/events/9/corrections", {"field": "date", "value": "2024-02-10", "reason": "r"}, 404, "no event"),
    ("/api/v1/events/1/corrections", {"field": "date", "value": "2024-02-10", "reason": "r", "extra": 1}, 422,
     "extra"),
    ("/api/v1/claims/999/corrections", {"wrong": True, "reason": "r"}, 404, "no claim"),
    ("/api/v1/events/1/merge", {"other_event_id": 1, "reason": "r"}, 422, "itself"),
    ("/api/v1/events/1/split", {"report_ids": [1, 2], "reason": "r"}, 422, "empty"),
    ("/api/v1/reports", {"text": "a", "url": "https://example.org/"}, 422, "exactly one"),
    ("/api/v1/reports", {"url": "ftp://example.org/"}, 422, "url"),
])
def test_invalid_write_bodies_are_refused_and_nothing_is_stored(server: Server, store_path: Path, path: str,
                                                                body: dict[str, object], status: int,
                                                                fragment: str) -> None:
    before = counts(store_path)
    answer = server.call("POST", path, body, token=SECRET)
    assert answer.status == status
    assert fragment in answer.json()["error"]["message"]
    assert counts(store_path) == before


def test_malformed_and_oversized_bodies(server: Server, store_path: Path) -> None:
    before = counts(store_path)
    broken = server.call("POST", "/api/v1/events/1/corrections", raw=b'{"field": "date", ', token=SECRET)
    assert broken.status == 422 and "JSON" in broken.json()["error"]["message"]
    huge = b'{"text": "' + b"a" * 7_000_000 + b'"}'
    too_big = server.call("POST", "/api/v1/reports", raw=huge, token=SECRET)
    assert too_big.status == 413 and "over" in too_big.json()["error"]["message"]

    # A streamed body without Content-Length is counted as it arrives.
    parts = urlsplit(server.base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    connection.request("POST", "/api/v1/reports", body=iter([huge[i:i + 65536] for i in range(0, len(huge), 65536)]),
                       headers={"Authorization": f"Bearer {SECRET}", "Content-Type": "application/json"},
                       encode_chunked=True)
    streamed = connection.getresponse()
    assert streamed.status == 413 and "over" in json.loads(streamed.read())["error"]["message"]
    connection.close()
    assert counts(store_path) == before


# -- ingest ----------------------------------------------------------------------------------------------

@pytest.mark.slow
def test_post_a_report_as_text_then_html_then_again(server: Server, store_path: Path) -> None:
    text = ("A car bomb exploded at a checkpoint in Mosul on Tuesday, killing 6 soldiers and wounding 9 others, "
            "police said.")
    first = server.call("POST", "/api/v1/reports", {"text": text, "published": "2024-05-08"}, token=SECRET)
    assert first.status == 201
    (added,) = first.json()["reports"]
    assert added["created"] and added["event_ids"]
    event = server.call("GET", f"/api/v1/events/{added['event_ids'][0]}").json()
    assert (event["location"], event["date"], event["fatalities_best"], event["injured_best"]) == (
        "Mosul", "2024-05-07", 6, 9)
    again = server.call("POST", "/api/v1/reports", {"text": text, "published": "2024-05-08"}, token=SECRET).json()
    assert again["reports"] == [{"report_id": added["report_id"], "created": False, "event_ids": []}]

    html = ("<html><head><title>Blast in Kirkuk</title></head><body><article><p>A roadside bomb struck a bus in "
            "Kirkuk on Monday, killing 3 passengers, officials said.</p></article></body></html>")
    from_html = server.call("POST", "/api/v1/reports", {"html": html, "published": "2024-05-08"}, token=SECRET)
    assert from_html.status == 201 and from_html.json()["reports"][0]["created"]

    before = counts(store_path)
    for bad in ({"text": ""}, {"text": "Der Anschlag in der Stadt hat viele Menschen getötet und die Polizei ist "
                                        "noch vor Ort, sagte ein Sprecher am Montag."}):
        refused = server.call("POST", "/api/v1/reports", bad, token=SECRET)
        assert refused.status == 422 and refused.json()["error"]["code"] in ("E101", "E104")
    assert counts(store_path) == before


@pytest.mark.slow
def test_post_a_report_by_url_and_correct_a_place_by_name(intranet_server: Server, store_path: Path) -> None:
    server = intranet_server
    page = (b"<html><head><title>Shelling in Kherson</title></head><body><article><p>Russian shelling hit a market "
            b"in Kherson on Sunday, killing 4 people and wounding 11, the regional governor said.</p></article>"
            b"</body></html>")

    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
            "<item><title>Blast in Kirkuk</title><link>https://wire.example/1</link>"
            "<description>A roadside bomb killed 2 soldiers near Kirkuk on Monday, police said.</description></item>"
            "<item><title>Anschlag</title><link>https://wire.example/2</link><description>Bei dem Anschlag in der "
            "Stadt wurden am Montag zwei Soldaten getötet, sagte die Polizei und es gibt noch keine Angaben."
            "</description></item></channel></rss>").encode()

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            is_feed = self.path.endswith(".xml")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml" if is_feed else "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(feed if is_feed else page)

        def log_message(self, *args: object) -> None:
            return

    site = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{site.server_address[1]}/kherson.html"
        answer = server.call("POST", "/api/v1/reports", {"url": url, "published": "2024-06-03"}, token=SECRET)
        assert answer.status == 201, answer.body
        (added,) = answer.json()["reports"]
        event = server.call("GET", f"/api/v1/events/{added['event_ids'][0]}").json()
        assert (event["location"], event["fatalities_best"], event["injured_best"]) == ("Kherson", 4, 11)
        assert event["reports"][0]["url"] == url

        # A feed is a batch: the English entry is stored, the German one is reported, the request succeeds.
        feed_url = f"http://127.0.0.1:{site.server_address[1]}/wire.xml"
        from_feed = server.call("POST", "/api/v1/reports", {"url": feed_url, "published": "2024-06-04"},
                                token=SECRET)
        assert from_feed.status == 201
        stored, refused = from_feed.json()["reports"]
        assert stored["created"] and stored["event_ids"]
        assert refused["error"]["code"] == "E104" and refused["name"].endswith("#2")
    finally:
        site.shutdown()

    before = counts(store_path)
    unreachable = server.call("POST", "/api/v1/reports", {"url": url}, token=SECRET)
    assert unreachable.status == 502 and unreachable.json()["error"]["code"] == "E108"
    assert counts(store_path) == before

    moved = server.call("POST", f"/api/v1/events/{event['id']}/corrections",
                        {"field": "location", "value": "Mykolaiv, Ukraine", "reason": "The market is in Mykolaiv"},
                        token=SECRET).json()["event"]
    assert moved["country"] == "UA" and abs(moved["lat"] - 46.97) < 0.1 and abs(moved["lon"] - 32.0) < 0.1
    assert moved["corrected"] == ["location"] and moved["geonameid"] is not None
