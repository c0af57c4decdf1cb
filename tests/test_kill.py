"""An ingest killed with SIGKILL midway leaves a consistent store, and a re-run completes it."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

WORDS = [
    "уряд",
    "делегація",
    "переговори",
    "порт",
    "зерно",
    "судно",
    "санкції",
    "міністр",
    "заява",
    "обстріл",
    "енергетика",
    "місто",
    "область",
    "угода",
]


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as connection:
            return int(connection.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet


def test_sigkill_midway_then_rerun(tmp_path: Path, kronika_command: str) -> None:
    rng = random.Random(7)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = 400
    for number in range(total):
        body = " ".join(rng.choice(WORDS) for _ in range(120))
        (corpus / f"{number:04d}.txt").write_text(f"Новина номер {number}\n\n{body}.\n", encoding="utf-8")
    db = tmp_path / "k.db"

    process = subprocess.Popen(
        [kronika_command, "ingest", str(corpus), "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while _stored(db) < 20 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = _stored(db)
    assert 0 < partial < total, "the kill should land midway"

    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = connection.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM copies c WHERE c.document_id = d.id)"
            " OR (SELECT count(*) FROM minhash_bands b WHERE b.document_id = d.id) != 32"
        ).fetchone()[0]
        assert orphans == 0

    rerun = subprocess.run(
        [kronika_command, "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True, timeout=600
    )
    assert rerun.returncode == 0, rerun.stderr
    assert _stored(db) == total
