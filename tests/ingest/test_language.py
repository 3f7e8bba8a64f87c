from eventwire.ingest.language import looks_english


def test_language_english_and_others() -> None:
    assert looks_english("Police said the attack on the market killed three people and injured ten.")
    assert not looks_english("La policía dijo que el ataque contra el mercado mató a tres personas y hirió a diez.")
    assert not looks_english("Полиция сообщила, что при нападении на рынок погибли три человека.")
    assert looks_english("Kyiv")
