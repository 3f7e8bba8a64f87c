"""The spaCy pipeline and eventwire's own components, registered by name."""

from eventwire.nlp.pipeline import COMPONENTS, load_pipeline

__all__ = ["COMPONENTS", "load_pipeline"]
