"""The application file for ``spark-submit``: ``spark-submit [options] submit.py extract INPUT OUTPUT``
runs ``eventwire spark extract INPUT OUTPUT`` with spark-submit's master, resources and packed
environment (docs/spark.md). ``python -m eventwire.spark.submit --where`` prints this file's path."""

from __future__ import annotations

import sys


def run(arguments: list[str]) -> None:
    if arguments == ["--where"]:
        print(__file__)
        return
    from eventwire.cli import main

    main(["spark", *arguments], prog_name="eventwire spark")


if __name__ == "__main__":
    run(sys.argv[1:])
