import pytest

from eventwire.ingest.language import looks_english


def test_language_english_and_others() -> None:
    assert looks_english("Police said the attack on the market killed three people and injured ten.")
    assert not looks_english("La policía dijo que el ataque contra el mercado mató a tres personas y hirió a diez.")
    assert not looks_english("Полиция сообщила, что при нападении на рынок погибли три человека.")
    assert looks_english("Kyiv")


@pytest.mark.parametrize("text", [
    "Gunmen kill 4 police officers in a northern border area. (Wire) (Daily Post)",
    "Militant attacks kill 4 civilians, wound 6 in a southwestern province's mountain district. (AP)",
    "Military clashes kill 57 people near the border. (CNN) (Al Jazeera)",
    "Rebels ambush a convoy near El Wak, killing five officers. (Los Angeles Times)",
])
def test_language_headline_style_english_is_english(text: str) -> None:
    assert looks_english(text)


@pytest.mark.parametrize("text", [
    "Le gouvernement a annoncé que trois soldats ont été tués dans une attaque contre la base.",
    "Il governo ha detto che tre soldati sono stati uccisi in un attacco alla base militare.",
    "O governo disse que três soldados foram mortos num ataque contra a base militar.",
    "De regering zei dat drie soldaten werden gedood bij een aanval op de basis.",
    "Serangan bom di pasar itu menewaskan tiga orang dan melukai sepuluh lainnya, kata polisi.",
    "Zamach bombowy na targu zabił trzy osoby i ranił dziesięć, powiedziała policja w poniedziałek.",
    "Hükümet, askeri üsse yapılan saldırıda üç askerin öldüğünü ve bir çok kişinin yaralandığını açıkladı.",
    "الشرطة قالت إن الهجوم على السوق أدى إلى مقتل ثلاثة أشخاص وإصابة عشرة آخرين",
])
def test_language_other_languages_are_refused(text: str) -> None:
    assert not looks_english(text)
