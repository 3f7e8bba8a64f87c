"""The development/measurement split of the gold sets."""

from collections import Counter

from eventwire.evaluate.split import part_of


def test_split_is_stable_and_about_half() -> None:
    ids = [f"report-{number}" for number in range(1000)]
    parts = Counter(part_of(report_id) for report_id in ids)
    assert set(parts) == {"dev", "measure"}
    assert 400 < parts["measure"] < 600
    assert [part_of(report_id) for report_id in ids] == [part_of(report_id) for report_id in ids]



def test_split_follows_the_lowest_bit_of_the_sha1() -> None:
    # sha1("a") ends in b8 (even: development), sha1("e") in 7f (odd: measurement).
    assert part_of("a") == "dev"
    assert part_of("e") == "measure"
    assert part_of("seed-001") == "dev"
