"""Places decided by the words around a name (issue 10, kind 2), on sentences written for these tests.

Each kind has several sentences of other countries, word orders and registers: a demonym or
"city of" decides the country; an outlet's seat, a launch origin, a capital standing for its
government and a wire dateline are not where the incident happened; a village the gazetteer
lacks keeps its name at its container; regions, districts and water bodies are places; a name
that is a country and another country's state follows the text's cues; a place carries the
name as written.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extract.core import extract_report
from eventwire.extract.units import build_units
from eventwire.geo.gazetteer import load_gazetteer
from eventwire.geo.geocode import geocode
from eventwire.geo.matcher import find_place_mentions
from eventwire.geo.names import normalize_name
from eventwire.geo.resolve import resolve_mentions
from eventwire.nlp.pipeline import annotate
from eventwire.records import Location, Report

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 5, 8)


def resolved(text: str) -> list[Location]:
    doc = annotate(text, None)
    gazetteer = load_gazetteer()
    return [r.location for r in resolve_mentions(find_place_mentions(doc, gazetteer), gazetteer)]


def unit_places(text: str) -> list[Location]:
    """The places the sentence units keep as where the acts happened (actors' places set aside)."""
    doc = annotate(text, PUBLISHED)
    gazetteer = load_gazetteer()
    places = resolve_mentions(find_place_mentions(doc, gazetteer), gazetteer)
    return [p.location for unit in build_units(doc, places, PUBLISHED, []) for p in unit.places]


def event_places(text: str, published: date = PUBLISHED) -> list[Location]:
    """The places of the report's events, in order."""
    result = extract_report(Report("t", text, published))
    return [location for event in result.events for location in event.locations]


def place_named(found: list[Location], name: str) -> Location:
    matches = [loc for loc in found if normalize_name(name) in normalize_name(loc.name)]
    assert matches, (name, [(loc.name, loc.country) for loc in found])
    return matches[0]


# --- a demonym, a possessive country or "city of" decides the country -------------------------

@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Gunmen killed four shopkeepers in the Pakistani city of Hyderabad on Monday.", "Hyderabad", "PK"),
     ("A car bomb wounded six police officers in the Venezuelan city of Valencia.", "Valencia", "VE"),
     ("Clashes between rival militias in the Lebanese port city of Tripoli left two dead.", "Tripoli", "LB"),
     ("Masked men shot dead a councillor in the southern Spanish city of Cordoba.", "Cordoba", "ES"),
     ("Police said a man stabbed three people in the Canadian city of London late on Friday.", "London", "CA"),
     ("Army shelling killed a child in Lebanon's northern city of Tripoli, residents said.", "Tripoli", "LB"),
     ("Gunmen killed three fighters in the Lebanese Sunni city of Tripoli.", "Tripoli", "LB"),
     ("Rebels shelled the Venezuelan Andean city of Merida, wounding four.", "Merida", "VE")],
)
def test_place_context_kinds_demonym_decides_the_country(text: str, name: str, country: str) -> None:
    assert place_named(resolved(text), name).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Russian-occupied Melitopol was hit by drones overnight; the Russian-held city of Melitopol lost power.",
      "Melitopol", "UA"),
     ("Russian forces shelled Kharkiv on Monday, killing two.", "Kharkiv", "UA"),
     ("Israeli strikes on the city of Rafah killed 12.", "Rafah", "PS")],
)
def test_place_context_kinds_a_demonym_of_the_attacker_is_no_hint(text: str, name: str, country: str) -> None:
    assert place_named(resolved(text), name).country == country


@pytest.mark.parametrize(
    "text",
    ["Militia fighters killed 14 villagers in the east of the Democratic Republic of Congo on Tuesday.",
     "The Democratic Republic of Congo said rebels had seized two towns.",
     "Fighting spread across the Democratic Republic of the Congo's Ituri province.",
     "Refugees fled from the Democratic Republic of Congo into Uganda.",
     "Aid agencies in Democratic Republic of Congo warned of famine."],
)
def test_place_context_kinds_the_democratic_republic_is_cd(text: str) -> None:
    countries = {loc.country for loc in resolved(text) if loc.feature == "country"}
    assert "CD" in countries and "CG" not in countries


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("A bomb exploded at a bus stop in Hyderabad on Monday, killing five. Pakistan's interior minister "
      "condemned the attack.", "Hyderabad", "PK"),
     ("Gunmen killed three border guards near Rafah, Egypt's army said.", "Rafah", "EG"),
     ("Troops clashed with gunmen near Tripoli. Lebanon's army said two soldiers died.", "Tripoli", "LB"),
     ("A car bomb exploded in Valencia on Sunday. Venezuela's interior minister blamed gangs.", "Valencia",
      "VE"),
     ("Police in Nigeria said gunmen killed nine people in Kaura. Niger's army denied any role.", "Kaura", "NG")],
)
def test_place_context_kinds_the_country_the_report_names_beats_a_namesake(text: str, name: str,
                                                                            country: str) -> None:
    assert place_named(resolved(text), name).country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [("Rebels attacked a camp near Goma in eastern Congo, killing 12.", "CD"),
     ("Militia fighters killed nine villagers in Ituri province, Congo's army said.", "CD"),
     ("Protesters clashed with police in Brazzaville, Congo, on Monday.", "CG"),
     ("Shelling hit a village near Paju, and Korea's army was put on alert.", "KR"),
     ("A Congo army spokesman said 14 people died in clashes in Beni.", "CD")],
)
def test_place_context_kinds_a_short_name_two_states_share(text: str, country: str) -> None:
    named = [loc for loc in resolved(text) if loc.feature == "country"]
    assert named and named[0].country == country


# --- the seat of an outlet or a speaker is not the incident's place --------------------------

@pytest.mark.parametrize(
    ("text", "place", "seat"),
    [("A Dubai-based television channel said an air strike killed nine people in Marib.", "Marib", "Dubai"),
     ("Shelling killed 11 fighters near Idlib, the London-based monitoring group said.", "Idlib", "London"),
     ("Twelve soldiers were killed in an ambush in Maiduguri, a Paris-based research group said.",
      "Maiduguri", "Paris"),
     ("Police shot dead four protesters in Kampala, according to a Nairobi-based rights group.",
      "Kampala", "Nairobi"),
     ("According to the Istanbul-based broadcaster, a bomb killed two people in Afrin on Sunday.",
      "Afrin", "Istanbul"),
     ("A roadside bomb killed seven soldiers near Kidal, the group, which is based in Dakar, said.", "Kidal",
      "Dakar")],
)
def test_place_context_kinds_an_outlets_seat_is_not_the_place(text: str, place: str, seat: str) -> None:
    found = event_places(text)
    assert place_named(found, place)
    assert all(normalize_name(seat) not in normalize_name(loc.name) for loc in found)


# --- a launch origin, a capital standing for its government, a dateline city -----------------

@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [("Rockets fired from Lebanon hit Kiryat Shmona on Tuesday, injuring two people.", "Kiryat Shmona",
      "Lebanon"),
     ("Missiles launched from Belarus struck Zhytomyr overnight, killing three.", "Zhytomyr", "Belarus"),
     ("A rocket fired from Gaza killed a man in Ashkelon on Monday.", "Ashkelon", "Gaza"),
     ("A drone that took off from Iraq exploded at a base in Irbid, wounding four soldiers.", "Irbid", "Iraq"),
     ("Artillery shells fired from Kursk killed two civilians in Sumy on Friday.", "Sumy", "Kursk")],
)
def test_place_context_kinds_a_launch_origin_is_not_the_place(text: str, place: str, not_place: str) -> None:
    found = event_places(text)
    assert place_named(found, place)
    assert all(normalize_name(not_place) not in normalize_name(loc.name) for loc in found)


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [("A car bomb claimed by the Islamic State of Iraq and Syria killed 12 people in Tikrit.", "Tikrit", "Syria"),
     ("The Armed Forces of Ukraine said a missile killed two people in Belgorod on Monday.", "Belgorod",
      "Ukraine"),
     ("Rebels of the National Liberation Front of Tripura bombed a market in Agartala, killing four.",
      "Agartala", "Tripura"),
     ("Militants loyal to the Islamic Emirate of Afghanistan bombed a mosque in Peshawar, killing 9.",
      "Peshawar", "Afghanistan"),
     ("A drone strike claimed by the Liberation Army of Kosovo hit a patrol near Presevo, wounding two.",
      "Presevo", "Kosovo")],
)
def test_place_context_kinds_a_place_closing_an_organisations_name(text: str, place: str,
                                                                   not_place: str) -> None:
    found = event_places(text)
    assert place_named(found, place)
    assert all(normalize_name(not_place) not in normalize_name(loc.name) for loc in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [("Soldiers took 20 prisoners from Kupiansk after an assault that killed six.", "Kupiansk"),
     ("Russian troops now threaten Pokrovsk after shelling killed four there.", "Pokrovsk"),
     ("Ukrainian forces still hold Kupiansk despite shelling that killed two.", "Kupiansk"),
     ("Shelling killed four people who had fled from Avdiivka to Pokrovsk.", "Avdiivka")],
)
def test_place_context_kinds_other_from_phrases_keep_the_place(text: str, place: str) -> None:
    doc = annotate(text, None)
    mentions = find_place_mentions(doc, load_gazetteer())
    assert [m.role for m in mentions if normalize_name(place) in normalize_name(m.text)] == ["place"]
    assert place_named(unit_places(text), place)


@pytest.mark.parametrize(
    ("text", "place", "capitals"),
    [("A bomb killed five people in Kandahar on Monday, hours after Washington and London announced new "
      "sanctions.", "Kandahar", ("Washington", "London")),
     ("Beijing and Moscow condemned the air strike, which killed eight people in Homs.", "Homs",
      ("Beijing", "Moscow")),
     ("Kyiv accused Russian forces of shelling Kherson on Sunday, killing two civilians.", "Kherson", ("Kyiv",)),
     ("Moscow said its air defences shot down drones over Belgorod, where a woman was killed.", "Belgorod",
      ("Moscow",)),
     ("Two soldiers were killed in clashes in Tillaberi after Niamey and Paris agreed to end their "
      "cooperation.", "Tillaberi", ("Niamey", "Paris")),
     ("Russian missiles killed five in Odesa on Tuesday; Kyiv has accused Moscow of targeting ports.", "Odesa",
      ("Moscow", "Kyiv")),
     ("A car bomb killed nine people in Benghazi, and Tripoli blamed Cairo for arming the bombers.",
      "Benghazi", ("Cairo",))],
)
def test_place_context_kinds_capitals_standing_for_governments(text: str, place: str,
                                                               capitals: tuple[str, ...]) -> None:
    found = event_places(text)
    assert place_named(found, place)
    for capital in capitals:
        assert all(normalize_name(capital) not in normalize_name(loc.name) for loc in found), capital


@pytest.mark.parametrize(
    ("text", "place", "dateline", "day"),
    [("KHARTOUM, Jan 12 (Wirenews) - Shelling killed nine people in Omdurman on Saturday, medics said.",
      "Omdurman", "Khartoum", date(2025, 1, 11)),
     ("ISLAMABAD, Sept. 30 (Agency) – A roadside bomb killed four soldiers in Bannu on Sunday.",
      "Bannu", "Islamabad", date(2024, 9, 29)),
     ("KYIV, Ukraine (AP) — A Russian missile killed three people in Dnipro on Tuesday, officials said.",
      "Dnipro", "Kyiv", date(2024, 5, 7)),
     ("BAGHDAD, 4 June (Press Service) - A suicide bomber killed 11 people at a market in Kirkuk on Monday.",
      "Kirkuk", "Baghdad", date(2024, 6, 3)),
     ("NAIROBI, March 3 (Eastern Wire) -- A roadside bomb killed six police officers in Mandera on Saturday.",
      "Mandera", "Nairobi", date(2024, 3, 2))],
)
def test_place_context_kinds_the_dateline_city_is_not_the_place(text: str, place: str, dateline: str,
                                                                day: date) -> None:
    published = {"Khartoum": date(2025, 1, 12), "Islamabad": date(2024, 9, 30), "Kyiv": date(2024, 5, 8),
                 "Baghdad": date(2024, 6, 4), "Nairobi": date(2024, 3, 3)}[dateline]
    result = extract_report(Report("t", text, published))
    assert len(result.events) == 1
    (event,) = result.events
    assert place_named(event.locations, place)
    assert all(normalize_name(dateline) not in normalize_name(loc.name) for loc in event.locations)
    assert event.date == day


# --- a place the gazetteer lacks keeps its name, placed at its container ---------------------

@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [("Shelling killed a woman in Pryvilnohirka, a village in the Kherson region, on Monday.", "Pryvilnohirka",
      "UA", "Kherson Oblast"),
     ("Gunmen killed 11 farmers in the village of Dankolo in Zamfara state on Sunday.", "Dankolo", "NG",
      "Zamfara State"),
     ("Militants attacked Kabarwe village in Ituri province, killing seven people.", "Kabarwe", "CD", "Ituri"),
     ("Soldiers clashed with rebels in Mbulemvo, North Kivu, on Tuesday, leaving four dead.", "Mbulemvo", "CD",
      "Kivu"),
     ("Jihadists killed 20 civilians in the village of Tangabe in northern Burkina Faso.", "Tangabe", "BF",
      None),
     ("Insurgents ambushed a convoy in the Kharwandi District of Paktika Province, Afghanistan.", "Kharwandi",
      "AF", "Paktika"),
     # An appositive that names a part of the container ("a mountainous area of", "a remote locality in").
     ("A drone strike killed three militants in Gacan Dheer, a mountainous area of Somalia's Bari region.",
      "Gacan Dheer", "SO", "Bari"),
     ("Gunmen killed four herders at Ruwan Kaya, a remote locality in Katsina state, on Friday.", "Ruwan Kaya",
      "NG", "Katsina"),
     ("Troops clashed with rebels in Kabindi, a forested area in the Ituri province of Congo.", "Kabindi", "CD",
      "Ituri"),
     # Set off by commas before its state, whatever label the model gives the name.
     ("Gunmen hacked nine people to death in Zangon Kataf, Kaduna state, on Saturday night.", "Zangon Kataf", "NG",
      "Kaduna")],
)
def test_place_context_kinds_an_unknown_village_keeps_its_name(text: str, name: str, country: str,
                                                               admin1: str | None) -> None:
    location = place_named(resolved(text), name)
    assert location.name.startswith(name)  # "Kharwandi District" keeps its unit word
    assert location.country == country
    assert location.precision in (2, 3)
    assert location.geonameid is None
    if admin1 is not None:
        assert location.admin1 is not None and normalize_name(admin1).split()[0] in normalize_name(location.admin1)


@pytest.mark.parametrize(
    ("text", "name", "country", "precision"),
    [("Troops retook Pryvilnohirka, a suburb near Kherson, on Friday.", "Pryvilnohirka", "UA", 2),
     ("Separatists burned a school in Bamenda, the capital of the Northwest Region.", "Bamenda", "CM", 1),
     ("The Ukrainian city of Pokrovsk, Donetsk Oblast, was hit by missiles.", "Pokrovsk", "UA", 1),
     ("Gunfire was heard in the Burkinabé capital of Ouagadougou.", "Ouagadougou", "BF", 1)],
)
def test_place_context_kinds_containers_that_are_towns_or_misread(text: str, name: str, country: str,
                                                                  precision: int) -> None:
    found = resolved(text)
    location = place_named(found, name)
    assert (location.country, location.precision) == (country, precision)
    assert all(loc.name not in ("Ukrainian", "Burkinabé") for loc in found)
    if precision == 2:
        assert location.admin1 is None


@pytest.mark.parametrize(
    ("text", "region"),
    [("A mass grave was found near the village of Buzova, Kyiv Oblast.", "Kyiv Oblast"),
     ("Shelling hit Borodianka in Kyiv Oblast overnight.", "Kyiv Oblast"),
     ("Drones struck villages across the Kyiv region on Sunday.", "Kyiv Oblast")],
)
def test_place_context_kinds_the_oblast_is_not_the_city_with_region_status(text: str, region: str) -> None:
    regions = [loc.name for loc in resolved(text) if loc.feature == "region"]
    assert region in regions and "Kyiv City" not in regions


@pytest.mark.parametrize(
    "text",
    ["Eleven gendarmes were killed in an attack in Seytenga Department, Seno Province.",
     "Militants raided a market in Loroum Province, killing five.",
     "Gunmen attacked a convoy in Komondjari Province on Monday."],
)
def test_place_context_kinds_a_region_the_gazetteer_lacks_is_no_foreign_hamlet(text: str) -> None:
    found = resolved(text)
    assert all(loc.country in (None, "BF") for loc in found), [(loc.name, loc.country) for loc in found]


def test_place_context_kinds_an_unknown_name_without_a_container_stays_unknown() -> None:
    found = resolved("Gunmen killed 11 farmers in the village of Dankolo on Sunday.")
    assert all(loc.name != "Dankolo" for loc in found)


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1"),
    [("Militants attacked Kalaba, a town in Kasai province, killing nine.", "Kalaba", "CD", "Kasai"),
     ("Two people were killed when a drone hit Novoselivka, a village in Kharkiv region.", "Novoselivka", "UA",
      "Kharkiv"),
     ("Gunmen raided Valencia, a village in Colombia's Cauca department, on Sunday.", "Valencia", "CO", None),
     ("A mortar round hit Tripoli, a town in Libya's west, wounding three.", "Tripoli", "LY", None),
     ("Russian glide bombs struck Ivanivka, a village in the Kherson region, killing a man.", "Ivanivka", "UA",
      "Kherson")],
)
def test_place_context_kinds_a_known_name_placed_by_its_apposition(text: str, name: str, country: str,
                                                                   admin1: str | None) -> None:
    location = place_named(resolved(text), name)
    assert location.name == name
    assert location.country == country
    if admin1 is not None:
        assert location.admin1 is not None and admin1.lower() in normalize_name(location.admin1)


# --- regions, provinces, districts, departments and counties ---------------------------------

@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Gunmen killed 20 villagers in the Tillaberi region on Sunday.", "Tillaberi", "NE"),
     ("Fighters from a rebel group attacked a gold mine in Ituri province, killing 9.", "Ituri", "CD"),
     ("Dissident guerrillas killed three soldiers in the Caqueta department of Colombia.", "Caqueta", "CO"),
     ("Sectarian clashes in Pakistan's Kurram district killed 30 people this week.", "Kurram", "PK"),
     ("Two deputies were shot dead in Harris County, Texas, on Thursday.", "Harris", "US"),
     ("Militants stormed a police post in Kenya's Lamu county, killing three officers.", "Lamu", "KE")],
)
def test_place_context_kinds_regions_and_districts_are_places(text: str, name: str, country: str) -> None:
    location = place_named(resolved(text), name)
    assert location.country == country
    assert location.precision == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [("Houthi missiles struck a cargo ship in the Red Sea on Tuesday, killing two sailors.", "Red Sea"),
     ("Pirates attacked a tanker in the Gulf of Aden, wounding three crew members.", "Gulf of Aden"),
     ("A Ukrainian sea drone hit a Russian patrol boat in the Black Sea overnight, killing five.", "Black Sea"),
     ("A drone strike hit a merchant vessel in the Arabian Sea, injuring one crew member.", "Arabian Sea"),
     ("Coastguards said gunmen on a speedboat killed two fishermen in the Gulf of Guinea.", "Gulf of Guinea"),
     ("A migrant boat was fired on in the Mediterranean, the charity said; three people died.",
      "Mediterranean Sea"),
     ("A missile boat was sunk in the Sea of Azov on Monday, the navy said, with 4 sailors killed.",
      "Sea of Azov")],
)
def test_place_context_kinds_water_bodies_are_places(text: str, name: str) -> None:
    location = place_named(resolved(text), name)
    assert location.name == name
    assert location.country is None
    assert location.lat is not None and location.lon is not None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Protesters clashed with police in Port Sudan, in Sudan's Red Sea state.", "Red Sea", "SD"),
     ("Two migrants were shot near Palermo as Mediterranean ports closed.", "Palermo", "IT")],
)
def test_place_context_kinds_water_words_naming_land(text: str, name: str, country: str) -> None:
    found = resolved(text)
    place = place_named(found, name)
    assert place.country == country
    assert place.admin1 is not None  # a region or a town, not the sea


def test_place_context_kinds_a_water_body_takes_a_coastal_state_the_text_names() -> None:
    (sea, *_) = resolved("A missile hit a freighter in the Red Sea off the coast of Eritrea.")
    assert (sea.name, sea.country) == ("Red Sea", "ER")


# --- a country and another country's state: the text's cues decide --------------------------

@pytest.mark.parametrize(
    ("text", "country"),
    [("A gunman killed three worshippers at a church in rural Georgia on Sunday, the FBI said.", "US"),
     ("Two people were shot dead at a campaign rally in Savannah, Georgia, on Saturday.", "US"),
     ("A bomb exploded outside a county courthouse in Georgia, the sheriff's office said.", "US"),
     ("A congressional candidate was shot at a town hall meeting in Georgia on Friday.", "US"),
     ("Russian troops shelled villages in Georgia near the South Ossetian boundary on Friday.", "GE"),
     ("Riot police clashed with protesters in Tbilisi, Georgia, on Thursday.", "GE")],
)
def test_place_context_kinds_georgia_by_context(text: str, country: str) -> None:
    location = place_named(resolved(text), "Georgia")
    assert location.country == country


# --- the name English news uses ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "name"),
    [("An air strike killed three people in Nabatieh on Sunday.", "Nabatieh"),
     ("Shelling hit residential areas in Hodeidah overnight.", "Hodeidah"),
     ("A drone strike killed four men in Khan Younis on Friday.", "Khan Younis"),
     ("Rockets hit Kiryat Shmona on Monday.", "Kiryat Shmona"),
     ("Turkish drones struck Afrin on Tuesday.", "Afrin")],
)
def test_place_context_kinds_the_name_as_written(text: str, name: str) -> None:
    assert next(loc.name for loc in resolved(text)) == name


def test_place_context_kinds_geocode_shows_water_and_unknown_places() -> None:
    found = geocode("Missiles hit a ship in the Red Sea and Kabarwe village in Ituri province.")
    chosen = {result.chosen.name: result for result in found}
    assert chosen["Red Sea"].chosen.country is None and chosen["Red Sea"].candidates == []
    assert chosen["Kabarwe"].chosen.country == "CD"
    assert chosen["Ituri"].candidates


# --- the object of an act on a place, with its container right after it --------------------------

@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("Boko Haram fighters raided Gajiram in Borno State on Monday, killing five soldiers.", "Gajiram", "NG"),
     ("Jihadists attacked Djibasso in Burkina Faso on Sunday, killing 12 soldiers.", "Djibasso", "BF"),
     ("Rebels overran Kibirizi in North Kivu on Tuesday, residents said.", "Kibirizi", "CD"),
     ("Boko Haram fighters raided Ngamdu-Kaje in Borno State on Monday, killing four civilians.", "Ngamdu-Kaje",
      "NG")],
)
def test_place_context_kinds_the_place_an_act_was_done_to_in_a_named_container(text: str, name: str,
                                                                                country: str) -> None:
    location = place_named(resolved(text), name)
    assert location.country == country


def test_place_context_kinds_a_persons_two_word_name_is_no_place() -> None:
    names = [location.name for location in resolved("Police attacked Musa Bello in Kano on Monday.")]
    assert "Musa Bello" not in names and "Kano" in names


# --- a town a distance is measured from is a landmark, not the place of the act ----------------

@pytest.mark.parametrize(
    ("text", "place"),
    [("MOGADISHU, March 3 (Reuters) - Al-Shabaab fighters attacked a police post in the town of Balcad, about "
      "30 km north of Mogadishu, late on Saturday, residents said.", "Balcad"),
     ("A car bomb killed five people in Tarmiyah, 50 km north of Baghdad, on Monday, police said.", "Tarmiyah"),
     ("Gunmen killed six farmers in a village some 60 kilometres south of Jos on Sunday, police said.", "Jos")],
)
def test_place_context_kinds_a_distance_landmark_comes_after_the_place(text: str, place: str) -> None:
    (event,) = extract_report(Report("r", text, date(2024, 3, 4))).events
    assert event.locations[0].name == place


@pytest.mark.parametrize(
    ("text", "place"),
    [("Jihadist fighters ambushed an army convoy on the road between Damboa and Biu on Tuesday, killing nine "
      "soldiers, officers said. They opened fire as the convoy slowed at a bridge about 20 km south of Damboa.",
      "Damboa"),
     ("Gunmen attacked a bus near Kaura on Sunday, killing six passengers, police said. The bus was stopped "
      "about 10 km from Kaura and 40 km from Kafanchan.", "Kaura")],
)
def test_place_context_kinds_a_place_named_as_the_place_stays_first_when_later_measured_from(
        text: str, place: str) -> None:
    (event,) = extract_report(Report("r", text, date(2024, 3, 4))).events
    assert event.locations[0].name == place


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [("A police station in Strabane, Northern Ireland, was attacked with a pipe bomb on Friday.", "Strabane", "GB"),
     ("Clashes in Southern Kordofan killed 12 people on Monday, residents said.", "Southern Kordofan", "SD")],
)
def test_place_context_kinds_a_region_whose_name_starts_with_a_compass_adjective(text: str, name: str,
                                                                                  country: str) -> None:
    location = place_named(resolved(text), name)
    assert location.country == country


@pytest.mark.parametrize(
    ("text", "place"),
    [("Jihadists killed 12 civilians in the commune of Gorom-Gorom in northern Burkina Faso on Sunday, a local "
      "official said.", "Gorom-Gorom"),
     ("Gunmen attacked the township of Kani in Sagaing on Friday, killing four people, residents said.", "Kani"),
     ("Militants raided the locality of Bourzanga on Monday, killing three traders, officials said.", "Bourzanga")],
)
def test_place_context_kinds_a_settlement_noun_of_the_lexicon_frames_the_name(text: str, place: str) -> None:
    # "the commune of X": every settlement noun of place_frames.json, not only "town" or "village".
    (event,) = extract_report(Report("r", text, date(2024, 3, 4))).events
    assert event.locations[0].name == place
