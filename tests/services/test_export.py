"""Export formats carry the documented fields, on both backends."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq

from kronika.services import Kronika

REQUIRED = {
    "id",
    "url",
    "source",
    "title",
    "lang",
    "published",
    "text",
    "story",
    "mentions",
    "times",
    "events",
    "quotes",
    "citations",
}


def _ingest_sample(service: Kronika, tmp_path: Path) -> None:
    record = {
        "url": "https://example.org/news/1",
        "title": "Переговори в Анкарі",
        "published": "2024-03-12T09:30:00+02:00",
        "source": "Київський кур'єр",
        "text": "У вівторок у Анкарі відбулися переговори делегацій. Сторони домовилися продовжити консультації наступного тижня.",
    }
    (tmp_path / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    service.ingest([str(tmp_path / "in.jsonl")])


def test_jsonl_export_keeps_input_url_and_metadata(service: Kronika, tmp_path: Path) -> None:
    _ingest_sample(service, tmp_path)
    buffer = io.StringIO()
    assert service.export("jsonl", buffer) == 1
    [line] = buffer.getvalue().splitlines()
    item = json.loads(line)
    assert set(item) >= REQUIRED
    assert item["url"] == "https://example.org/news/1"
    assert item["source"] == "Київський кур'єр"
    assert item["lang"] == "uk"
    assert item["published"] == "2024-03-12T09:30:00+02:00"
    assert item["story"].startswith("s:")  # a first article starts its own story
    assert item["quotes"] == item["citations"] == []
    # "У вівторок у Анкарі відбулися переговори": a meeting on that Tuesday, in Ankara.
    talks = [e for e in item["events"] if e["trigger"] == "переговори" and e["date"] == "2024-03-12"]
    assert len(talks) == 1 and talks[0]["type"] == "CONSULT" and talks[0]["mode"] == "meet"
    assert talks[0]["location"]["name"] == "Анкара"
    assert talks[0]["date_approximate"] is False
    # "у вівторок" in an article published on Tuesday 12 March 2024 is that very day.
    assert [(t["text"], t["value"]) for t in item["times"]] == [
        ("У вівторок", "2024-03-12"),
        ("наступного тижня", "2024-W12"),
    ]
    assert item["copies"][0]["source"] == "Київський кур'єр"


def test_csv_and_parquet_hold_the_same_rows(service: Kronika, tmp_path: Path) -> None:
    _ingest_sample(service, tmp_path)
    csv_path, parquet_path = tmp_path / "out.csv", tmp_path / "out.parquet"
    assert service.export("csv", csv_path) == 1
    assert service.export("parquet", parquet_path) == 1
    [row] = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    table = pq.read_table(parquet_path).to_pylist()
    assert row["url"] == table[0]["url"] == "https://example.org/news/1"
    mentions = json.loads(row["mentions"])
    assert mentions == json.loads(table[0]["mentions"])
    assert {"text": "Анкарі", "type": "LOC", "lemma": "Анкара"}.items() <= mentions[0].items()
    assert row["title"] == table[0]["title"] == "Переговори в Анкарі"
