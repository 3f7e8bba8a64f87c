"""Kind (issue 10 kind 6, splitting): after a lead with two incidents, a sentence with no place of its
own that names the first incident's site again ("The checkpoint attack began late Sunday night")
takes the story back to that incident, and the sentences after it with it: "Two attackers were
also killed, he said" is the checkpoint attack's figure, not the last-named incident's. Sentences
written for this test (a user-role helper found the kind)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "tolls"), [
    ("Militants attacked a police checkpoint in Bannu on Sunday, killing three policemen, while two soldiers died "
     "in a roadside bombing near Miranshah on Monday, officials said.\n\nThe checkpoint attack began late Sunday "
     "night, a police official said. Two attackers were also killed, he said.", {"Bannu": 5, "Miranshah": 2}),
    ("Gunmen stormed an army post near Djibo on Friday, killing four soldiers, and a roadside bomb killed two "
     "civilians near Arbinda on Saturday, security sources said.\n\nThe post came under fire at dawn. Three more "
     "soldiers died later, a source said.", {"Djibo": 7, "Arbinda": 2}),
    # the head of a two-word site ("a police station" ... "The station")
    ("Gunmen killed three officers at a police station in Afgooye and five soldiers at a camp in Balcad on "
     "Tuesday, officials said. The station was attacked before dawn. Two attackers were also killed, an official "
     "said.", {"Afgooye": 5, "Balcad": 5}),
])
def test_a_placeless_sentence_naming_an_earlier_site_takes_the_story_back(text: str,
                                                                          tolls: dict[str, int]) -> None:
    events = extract_report(Report("back", text, published=dt.date(2024, 6, 12))).events
    assert {event.locations[0].name: event.fatalities for event in events} == tolls
