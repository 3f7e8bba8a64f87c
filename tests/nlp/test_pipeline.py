import pytest
from spacy.language import Language

from eventwire.nlp.pipeline import COMPONENTS, annotate

pytestmark = pytest.mark.slow


def test_pipeline_registers_every_component_in_order(nlp: Language) -> None:
    names = nlp.pipe_names
    assert all(name in names for name in COMPONENTS)
    assert names.index("eventwire_line_breaks") < names.index("parser")
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values())


def test_pipeline_line_breaks_end_sentences() -> None:
    doc = annotate("Shelling hits Kharkiv\nTwo people were killed on Monday.", None)
    assert [s.text.strip() for s in doc.sents] == ["Shelling hits Kharkiv", "Two people were killed on Monday."]
    assert len(doc._.ew_casualties) == 2
