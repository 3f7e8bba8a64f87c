"""Starting Spark for eventwire's jobs; pyspark is an optional extra, imported only here and in the jobs."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import SparkNotInstalledError, SparkOutputExistsError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

APP_NAME = "eventwire"


def require_pyspark() -> None:
    """pyspark and a Java runtime, or a SparkNotInstalledError saying how to get them."""
    try:
        import pyspark  # noqa: F401  (only checked for)
    except ImportError as error:
        raise SparkNotInstalledError(
            "pyspark is not installed: pip install 'eventwire[spark]' (docs/spark.md)") from error
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise SparkNotInstalledError("Spark needs Java 17 or later: install a JDK or set JAVA_HOME (docs/spark.md)")


@contextmanager
def spark_session(master: str | None) -> Iterator[SparkSession]:
    """A session for one command, stopped at its end.

    ``master`` None leaves the master to spark-submit's ``--master`` when run under spark-submit, and
    to pyspark's own default, ``local[*]``, otherwise.
    """
    require_pyspark()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(APP_NAME)
    if master is not None:
        builder = builder.master(master)
    if (master is None or master.startswith("local")) and not os.environ.get("PYSPARK_PYTHON"):
        # Spark's Python workers run "python3" from PATH unless told; on this machine they must run
        # this interpreter, whose environment has eventwire and spaCy. A cluster's executors get
        # theirs from PYSPARK_PYTHON (a packed environment, docs/spark.md).
        # (The RDD API reads the environment variable in the driver, not the spark.pyspark.python setting.)
        os.environ["PYSPARK_PYTHON"] = sys.executable
    # Dates are written as ISO strings, but Spark's own timestamps must not drift with the machine's zone.
    session = builder.config("spark.sql.session.timeZone", "UTC").getOrCreate()
    session.sparkContext.setLogLevel("ERROR")  # Spark's INFO and WARN lines would bury eventwire's one-line errors
    try:
        yield session
    finally:
        session.stop()


def is_uri(path: str) -> bool:
    """A Hadoop file system URI (``hdfs://``, ``s3a://``, ``gs://``, ``file://``), not a local path."""
    return "://" in path


def hadoop_files(spark: SparkSession, uri: str) -> list[str] | None:
    """The files under ``uri`` (itself when it is a file), through Spark's Hadoop file systems;
    None when nothing is there."""
    jvm, context = spark.sparkContext._jvm, spark.sparkContext._jsc
    assert jvm is not None
    path = jvm.org.apache.hadoop.fs.Path(uri)
    system = path.getFileSystem(context.hadoopConfiguration())
    if not system.exists(path):
        return None
    if system.getFileStatus(path).isFile():
        return [str(path.toString())]
    found, listing = [], system.listFiles(path, True)
    while listing.hasNext():
        found.append(str(listing.next().getPath().toString()))
    return sorted(found)


def exists(spark: SparkSession, path: str) -> bool:
    return hadoop_files(spark, path) is not None if is_uri(path) else Path(path).exists()


def child(path: str, name: str) -> str:
    """``path/name`` for a local path or a URI (pathlib would fold a URI's ``//``)."""
    return f"{path.rstrip('/')}/{name}" if is_uri(path) else str(Path(path) / name)


def check_output(spark: SparkSession, path: str) -> None:
    """Refuse an existing output: a Spark run never overwrites (nor appends to) a dataset."""
    if exists(spark, path):
        raise SparkOutputExistsError(f"{path}: already exists; remove it or give another output path")
