"""A toll told as the first count ("the governor initially reported three dead", "police first said
two people had died") gives way to the larger one the report gives later as the count now ("eight
people were now confirmed killed", "by evening officials put the toll at six"): ACLED and UCDP
code the latest toll.  A lead figure told before the earlier one it replaces ("fourteen died ...,
up from an earlier toll of seven") stays the lead, whatever larger number comes later."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire import Report, extract_report

pytestmark = pytest.mark.slow


def _figures(text: str) -> list[tuple[int | None, int | None]]:
    events = extract_report(Report("first-count", text, published=date(2025, 5, 21))).events
    return [(e.fatalities, e.injured) for e in events]


@pytest.mark.parametrize(("text", "figures"), [
    ("A missile hit an apartment block in Dnipro on Tuesday. The governor initially reported three dead and 12 "
     "wounded, but said on Wednesday that eight people were now confirmed killed and 35 injured.", (8, 35)),
    ("A bomb exploded at a market in Maiduguri on Tuesday. Police first said two people had died and five were "
     "hurt; by evening officials put the toll at six dead and 22 injured.", (6, 22)),
    ("Rebels shelled a camp near Goma on Tuesday. The preliminary toll of four dead rose overnight; on Wednesday "
     "a camp official said nine people had been killed.", (9, None)),
])
def test_a_first_count_gives_way_to_the_count_now(text: str, figures: tuple[int | None, int | None]) -> None:
    assert _figures(text) == [figures]


def test_a_lead_beside_the_toll_it_revises_stays() -> None:
    text = ("Fourteen policemen died when gunmen overran a post outside Menaka on Tuesday, the interior ministry "
            "said on Wednesday, up from an earlier toll of seven. About 40 of the gunmen were also killed, "
            "the ministry said.")
    # The earlier toll of seven gives way to nothing; the gunmen "also killed" are more dead of the
    # same incident (ACLED and UCDP count the attackers' dead too), so they add to the lead.
    assert _figures(text)[:1] == [(54, None)]
