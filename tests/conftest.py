"""Shared fixtures: the ../shared corpora (marked tests) and the loaded pipeline."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.records import ExtractionResult, Report

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the repository; absent is a skip, or a failure under CI=true."""
    if not (SHARED / "corpus").is_dir():
        message = f"the shared corpora are not at {SHARED}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: they must be there)")
        pytest.skip(message)
    return SHARED


@pytest.fixture(scope="session")
def nlp() -> Language:
    from eventwire.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract() -> Callable[..., ExtractionResult]:
    from eventwire.extract import extract_report

    def run(text: str, published: date | None = None, title: str | None = None) -> ExtractionResult:
        return extract_report(Report("test", text, published, title))

    return run
