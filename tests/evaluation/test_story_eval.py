"""kronika eval stories on a small ECB+-shaped corpus written here: both levels scored, threads
against the topic, stories against the sub-topic."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

ARTICLES = {
    ("2", "2_1ecb.xml"): "A strong earthquake struck northern Chile on Tuesday , killing two people .",
    ("2", "2_2ecb.xml"): "Rescue teams searched the rubble after the Chilean earthquake killed two people on Tuesday .",
    ("2", "2_3ecbplus.xml"): "An earthquake hit central Italy in the night , damaging old churches in small towns .",
    ("7", "7_1ecb.xml"): "The central bank raised its main interest rate by half a point to fight inflation .",
}


def write_ecb(root: Path) -> Path:
    for (topic, name), text in ARTICLES.items():
        folder = root / "ECB+" / topic
        folder.mkdir(parents=True, exist_ok=True)
        tokens = "".join(f'<token t_id="{i}" sentence="0">{word}</token>' for i, word in enumerate(text.split(), 1))
        (folder / name).write_text(f'<Document doc_name="{name}">{tokens}</Document>', encoding="utf-8")
    return root / "ECB+"


def test_eval_stories_scores_stories_by_sub_topic_and_threads_by_topic(tmp_path: Path, kronika_command: str) -> None:
    result = subprocess.run(
        [kronika_command, "eval", "stories", "--ecb", str(write_ecb(tmp_path)), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {(row["corpus"], row["level"]): row for row in json.loads(result.stdout)}
    dev, other = "ECB+ dev topics", "ECB+ other topics"
    assert set(rows) == {(dev, "story"), (dev, "thread"), (other, "story"), (other, "thread")}
    # Topic 2 (development) has two sub-topics, the Chilean and the Italian earthquake: one topic.
    assert rows[dev, "story"]["gold_stories"] == 2 and rows[dev, "thread"]["gold_stories"] == 1
    assert rows[dev, "story"]["articles"] == 3 and rows[other, "story"]["articles"] == 1
    assert all(0.0 <= row["f1"] <= 1.0 for row in rows.values())
