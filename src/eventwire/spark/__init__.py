"""The same stages, another executor: extraction and consolidation as Apache Spark jobs
(docs/spark.md). pyspark is the optional ``spark`` extra; nothing here imports it at import time,
and ``eventwire.spark.load`` (``eventwire import``) needs only pyarrow."""
