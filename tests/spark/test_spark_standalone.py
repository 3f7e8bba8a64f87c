"""docs/spark.md's standalone cluster on this machine: a master, one worker, and
``eventwire spark extract --master spark://...`` run against them as a newcomer would."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.spark.conftest import spark_available

pytestmark = [pytest.mark.spark, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
START_SECONDS = 90


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for(log: Path, text: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if text in log.read_text(errors="replace"):
            return
        if process.poll() is not None:
            pytest.fail(f"{log.name} stopped: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.5)
    pytest.fail(f"no '{text}' in {log.name} after {START_SECONDS} s: {log.read_text(errors='replace')[-2000:]}")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """A standalone master and one worker (1 core, 2 GB), started with pyspark's spark-class."""
    spark_available()
    import pyspark

    home = Path(pyspark.__file__).parent
    folder = tmp_path_factory.mktemp("standalone")
    env = {**os.environ, "SPARK_HOME": str(home), "SPARK_LOCAL_IP": "127.0.0.1", "PYSPARK_PYTHON": sys.executable,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))}
    port = free_port()
    url = f"spark://127.0.0.1:{port}"
    started: list[subprocess.Popen[bytes]] = []
    try:
        with (folder / "master.log").open("wb") as log:
            started.append(subprocess.Popen(
                [str(home / "bin" / "spark-class"), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                 "--port", str(port), "--webui-port", str(free_port())], env=env, stdout=log, stderr=subprocess.STDOUT))
        wait_for(folder / "master.log", "I have been elected leader", started[0])
        with (folder / "worker.log").open("wb") as log:
            started.append(subprocess.Popen(
                [str(home / "bin" / "spark-class"), "org.apache.spark.deploy.worker.Worker", url, "--cores", "1",
                 "--memory", "2g", "--webui-port", str(free_port()), "--work-dir", str(folder / "work")],
                env=env, stdout=log, stderr=subprocess.STDOUT))
        wait_for(folder / "worker.log", "Successfully registered with master", started[1])
        yield url, env
    finally:
        for process in reversed(started):  # only the processes this fixture started
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_spark_standalone_extract_on_a_master_and_a_worker(cluster: tuple[str, dict[str, str]],
                                                           tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    url, env = cluster
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in [
        {"id": "strike", "published": "2024-02-10", "text": "A Russian missile strike on a residential building in "
         "Kharkiv on Saturday killed 4 people, regional governor Oleh Syniehubov said."},
        {"id": "broken"},
        {"id": "bomb", "published": "2024-03-05", "text": "A car bomb exploded at a market in Mogadishu on Tuesday, "
         "killing at least 9 people and wounding 20, police said."},
    ]) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "eventwire", "spark", "extract", str(batch), str(tmp_path / "out"),
                           "--master", url, "--partitions", "2"], env=env, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "3 reports, 2 events, 1 failed (2 partitions)" in done.stdout
    rows = sorted(pq.read_table(tmp_path / "out").to_pylist(), key=lambda row: row["report_index"])
    assert [(row["report_id"], row["country"], row["fatalities_best"], row["error_code"]) for row in rows] == [
        ("strike", "UA", 4, None), (None, None, None, "E105"), ("bomb", "SO", 9, None)]
