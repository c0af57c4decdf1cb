"""The bundled sample corpus, ingested whole, against its hand-written manifest."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kronika.services import Kronika
from kronika.services.ingest import Outcome
from kronika.store.tables import CopyRow, DocumentRow

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _manifest() -> list[dict[str, str]]:
    with (SAMPLES / "manifest.tsv").open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def test_every_sample_is_read_and_syndicated_copies_are_folded(service: Kronika) -> None:
    rows = _manifest()
    report = service.ingest([str(SAMPLES / "corpus")])

    assert report.rejected == []
    syndicated = sum(1 for row in rows if row["syndicated_from"])
    exact_copies = sum(1 for row in rows if "exact duplicate" in row["note"].lower())
    assert report.outcomes[Outcome.DUPLICATE] == syndicated + exact_copies
    assert report.outcomes[Outcome.NEW] == len(rows) - syndicated - exact_copies

    with Session(service.engine) as session:
        copies = session.execute(select(CopyRow.outlet, CopyRow.published, DocumentRow.lang).join(DocumentRow)).all()
    # Outlet names are kept as printed; a page in capitals names the same outlet.
    stored = Counter(
        (outlet.casefold() if outlet else None, (published or "")[:10], lang) for outlet, published, lang in copies
    )
    expected = Counter((row["outlet"].casefold(), row["published"][:10], row["lang"]) for row in rows)
    assert stored == expected


def test_summary_counts_copies_per_outlet_whatever_the_capitals(service: Kronika) -> None:
    service.ingest([str(SAMPLES / "corpus")])
    by_outlet = dict(service.summary().by_outlet)
    expected = Counter(row["outlet"] for row in _manifest())
    assert by_outlet == dict(expected)
    assert "BALTIC WIRE" not in by_outlet
