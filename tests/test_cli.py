"""The installed command, run as a user runs it, against a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def run(kronika_command: str) -> Callable[..., subprocess.CompletedProcess[str]]:
    def run_command(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [kronika_command, *args], cwd=cwd, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL
        )

    return run_command


@pytest.fixture
def seeded(tmp_path: Path, seeds: Path, run: Callable[..., subprocess.CompletedProcess[str]]) -> Path:
    """A folder whose k.db holds both seeds, ingested by the command."""
    assert run("ingest", str(seeds), "--db", "k.db", cwd=tmp_path).returncode == 0
    return tmp_path


def test_ingest_reports_bad_items_in_one_line_each_and_stores_the_rest(
    tmp_path: Path, seeds: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("ingest", str(seeds), str(tmp_path / "empty.txt"), "--db", "k.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert skipped == [f"skipped {tmp_path / 'empty.txt'}: empty file [K001]"]
    assert "ru 1, uk 1" in result.stdout

    exported = run("export", "--format", "jsonl", "--db", "k.db", cwd=tmp_path)
    items = [json.loads(line) for line in exported.stdout.splitlines()]
    assert sorted(item["lang"] for item in items) == ["ru", "uk"]

    [russian] = [item for item in items if item["lang"] == "ru"]
    listing = run("docs", "--lang", "ru", "--source", "interfax", "--db", "k.db", cwd=tmp_path)
    assert russian["id"] in listing.stdout and "1 document(s)" in listing.stdout
    shown = run("show", items[0]["id"][:8], "--db", "k.db", cwd=tmp_path)
    assert items[0]["title"] in shown.stdout


def test_default_store_is_kronika_db_in_the_working_directory(
    tmp_path: Path, seeds: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    result = run("ingest", str(seeds / "000_ae8511903390671d.txt"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "kronika.db").is_file()


@pytest.mark.parametrize("fmt", ["parquet"])
def test_binary_export_needs_an_output_file(
    tmp_path: Path, fmt: str, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    result = run("export", "--format", fmt, "--db", "k.db", cwd=tmp_path)
    assert result.returncode == 2
    assert "--output" in result.stderr


def test_quotes_by_speaker_lists_document_date_and_outlet(
    seeded: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    tmp_path = seeded
    result = run("quotes", "--speaker", "Роман Лобов", "--format", "json", "--db", "k.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    quotes = json.loads(result.stdout)
    assert len(quotes) >= 4
    assert {q["speaker"] for q in quotes} == {"Роман Лобов"}
    assert all(q["published"].startswith("2023-09-15") and q["document"] for q in quotes)
    assert {q["outlet"] for q in quotes} <= {"Интерфакс", "Interfax"}
    missing = run("quotes", "--speaker", "Nobody Atall", "--db", "k.db", cwd=tmp_path)
    assert missing.returncode == 1 and "no entity named" in missing.stderr


def test_stories_and_a_timeline_from_the_command_line(
    seeded: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    tmp_path = seeded
    listed = run("stories", "--format", "json", "--db", "k.db", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    [story] = json.loads(listed.stdout)
    assert story["articles"] == 2 and set(story["languages"]) == {"ru", "uk"}
    shown = run("timeline", story["id"], "--format", "json", "--db", "k.db", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    entries = json.loads(shown.stdout)
    assert entries and all(entry["sources"] >= 1 for entry in entries)
    assert [e["date"] for e in entries if e["date"]] == sorted(e["date"] for e in entries if e["date"])
    compared = run("compare", story["id"], "--format", "json", "--db", "k.db", cwd=tmp_path)
    assert compared.returncode == 0, compared.stderr
    outlets = json.loads(compared.stdout)["outlets"]
    [russian] = [o for o in outlets if o["outlet"] == "Interfax"]
    assert russian["only_here"]["speakers"] == ["Роман Лобов"] and russian["speakers"]["Роман Лобов"] >= 4


def test_an_entity_timeline_in_csv_gives_the_seed_chronology_in_date_order(
    seeded: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    tmp_path = seeded
    shown = run("timeline", "--entity", "Kim Jong Un", "--format", "csv", "--db", "k.db", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    rows = list(csv.DictReader(io.StringIO(shown.stdout)))
    dated = [(row["date"], row["type"], row["modality"]) for row in rows]
    # In date order; what nothing dates (the Ukrainian seed gives no publication date) comes last.
    assert [d for d, _, _ in dated] == sorted((d for d, _, _ in dated), key=lambda d: d or "9999")
    # The Ukrainian seed's chronology, its years inferred from the Russian seed's publication.
    expected = [
        ("2023-07", "CONSULT", "asserted"),  # Shoigu in the DPRK
        ("2023-08-18", "CONSULT", "hypothetical"),  # Biden ready to meet Kim
        ("2023-08-31", "SANCTION", "asserted"),
        ("2023-09-08", "CONSULT", "asserted"),  # Kim and the Chinese delegation
        ("2023-09-12", "CONSULT", "asserted"),  # Kim arrives in Russia
        ("2023-09-16", "CONSULT", "asserted"),  # Knevichi
    ]
    assert all(item in dated for item in expected), dated
    assert any(d.startswith("2023-08") and t == "ACCUSE" for d, t, _ in dated)
    kim = {row["date"]: row["involves"] for row in rows if row["type"] == "CONSULT"}
    assert kim["2023-09-16"] == "True" and kim["2023-07"] == "False"
    parties = run("timeline", "--entity", "Kim Jong Un", "--as-party", "--format", "json", "--db", "k.db", cwd=tmp_path)
    assert all(entry["involves"] for entry in json.loads(parties.stdout))
    stories = run("stories", "--format", "csv", "--db", "k.db", cwd=tmp_path)
    [story] = list(csv.DictReader(io.StringIO(stories.stdout)))
    assert story["articles"] == "2" and story["thread"].startswith("t:")
    coverage = list(
        csv.DictReader(io.StringIO(run("compare", story["id"], "-f", "csv", "--db", "k.db", cwd=tmp_path).stdout))
    )
    assert coverage and {"event", "sources", "Interfax"} <= set(coverage[0])
    missing = run("timeline", "--entity", "Nobody Atall", "--db", "k.db", cwd=tmp_path)
    assert missing.returncode == 1 and "no entity named" in missing.stderr
