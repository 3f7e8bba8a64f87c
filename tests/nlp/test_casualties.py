from eventwire.nlp.casualties import CasualtyMention, find_casualties


def summary(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.kind, m.value, m.qualifier) for m in find_casualties(text)]


def test_casualties_breakdown_including_and_of_them() -> None:
    text = "Officials said 14 people, including two babies, were killed and 40 were hurt, nine of them critically."
    killed, injured = find_casualties(text)
    assert (killed.kind, killed.value) == ("killed", 14)
    assert [(b.value, b.description) for b in killed.breakdowns] == [(2, "babies")]
    assert (injured.kind, injured.value) == ("injured", 40)
    assert [(b.value, b.description) for b in injured.breakdowns] == [(9, "critically")]


def test_casualties_numbers_in_words_with_verbs_before() -> None:
    assert summary("The blast killed seventeen and wounded thirty-two others.") == [
        ("killed", 17, "exact"), ("injured", 32, "exact")]


def test_casualties_qualifiers() -> None:
    assert summary("At least 9 were killed and more than 30 injured.") == [
        ("killed", 9, "at least"), ("injured", 30, "more than")]
    assert summary("Nearly 50 people died.") == [("killed", 50, "about")]
    assert summary("Up to 12 civilians were wounded.") == [("injured", 12, "up to")]
    assert summary("Forty people or more were injured.") == [("injured", 40, "at least")]


def test_casualties_range_has_low_and_high_and_no_single_value() -> None:
    (mention,) = find_casualties("Between 100 and 300 people were killed.")
    assert (mention.qualifier, mention.low, mention.high, mention.value) == ("range", 100, 300, None)


def test_casualties_vague_quantities_give_no_value() -> None:
    (mention,) = find_casualties("Dozens of people were injured in the raid.")
    assert (mention.kind, mention.value, mention.vague) == ("injured", None, "Dozens")


def test_casualties_no_casualties_is_zero_for_both_kinds() -> None:
    assert summary("The army reported no casualties.") == [("killed", 0, "exact"), ("injured", 0, "exact")]


def test_casualties_ages_years_and_times_are_not_figures() -> None:
    assert summary("A 19-year-old was arrested on 3 May 2021 at 10 am.") == []
    assert summary("The attack in 2015 was the worst.") == []


def test_casualties_weapons_downed_and_launched() -> None:
    assert summary("Air defences shot down 25 drones overnight.") == [("drones_downed", 25, "exact")]
    assert summary("The army launched 40 missiles at the port.") == [("missiles_launched", 40, "exact")]


def test_casualties_death_toll_rose_to() -> None:
    assert summary("The death toll has risen to 31.") == [("killed", 31, "exact")]


def test_casualties_offsets_cover_the_evidence() -> None:
    text = "Police said 3 people died."
    (mention,) = find_casualties(text)
    assert isinstance(mention, CasualtyMention)
    assert text[mention.start : mention.end] == "3 people died"
