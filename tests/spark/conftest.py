"""A Spark session per test module (the JVM starts once per module, not per test)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def spark_available() -> None:
    """pyspark and Java, or a skip (a failure under CI=true, where .ci/run installs the spark extra)."""
    missing = []
    try:
        import pyspark  # noqa: F401
    except ImportError:
        missing.append("pyspark (pip install 'eventwire[spark]')")
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        missing.append("Java 17")
    if missing:
        message = "Spark tests need " + " and ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: make setup installs the spark extra)")
        pytest.skip(message)


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    """local[2], as CI runs; stopped when the module's tests are done."""
    spark_available()
    from eventwire.spark.session import spark_session

    with spark_session("local[2]") as session:
        yield session
