import json
from datetime import date
from pathlib import Path

from eventwire.ingest import read_batch


def test_batch_reads_text_and_text_file_and_reports_bad_lines(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Shelling killed two people in the town on Monday, officials said.")
    lines = [
        json.dumps({"id": "a", "text_file": "one.txt", "published": "2024-01-02", "title": "Shelling"}),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "text": "Two soldiers were wounded in a clash on Friday, the army said."}),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    items = list(read_batch(str(batch)))
    assert [item.line for item in items] == [1, 2, 3, 4]
    assert items[0].report is not None and items[0].report.published == date(2024, 1, 2)
    assert items[0].report.title == "Shelling"
    assert items[1].error is not None and "broken JSON" in str(items[1].error)
    assert items[2].error is not None and "empty" in str(items[2].error)
    assert items[3].report is not None and items[3].report.id == "d"


def test_batch_bad_date_is_an_item_error(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"id": "x", "text": "The army said a bomb exploded.", "published": "soon"}))
    (item,) = read_batch(str(batch))
    assert item.error is not None and "YYYY-MM-DD" in str(item.error)


def test_batch_id_with_a_line_break_stays_on_one_error_line(tmp_path: Path) -> None:
    batch = tmp_path / "ids.jsonl"
    batch.write_text(json.dumps({"id": "evil\n[E000] forged line", "text": ""}) + "\n")
    (item,) = read_batch(str(batch))
    assert item.error is not None and "\n" not in str(item.error)
    assert "evil\\x0a[E000] forged line" in str(item.error)
