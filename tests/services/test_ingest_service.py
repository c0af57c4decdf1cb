"""Ingest through the service layer on both store backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kronika.errors import Reason, Rejected
from kronika.services import Kronika
from kronika.services.ingest import Outcome
from kronika.store.repository import DocumentFilter
from kronika.store.tables import CopyRow, DocumentRow, MinhashBandRow

WIRE_STORY = """Baltic Wire
12.03.2024

Port of Odesa resumes grain loading after drone attack

Loading of grain ships resumed in the port of Odesa on Tuesday morning, two days after a drone attack damaged a grain terminal and a warehouse, the regional administration said.

"The terminal is working again, and three ships are being loaded right now," the head of the regional military administration told reporters in Odesa.

According to the port authority, about 20,000 tonnes of wheat were destroyed in the fire. Insurers said premiums for ships calling at Ukrainian ports would stay at their current level for now.

The attack was the third on port infrastructure in the region this month.
"""


def _write(path: Path, content: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


def _counts(service: Kronika) -> tuple[int, int, int]:
    with Session(service.engine) as session:
        return (
            session.execute(select(func.count()).select_from(DocumentRow)).scalar_one(),
            session.execute(select(func.count()).select_from(CopyRow)).scalar_one(),
            session.execute(select(func.count()).select_from(MinhashBandRow)).scalar_one(),
        )


def test_seeds_are_stored_with_their_header_metadata(service: Kronika, seeds: Path) -> None:
    report = service.ingest([str(seeds)])
    assert report.outcomes[Outcome.NEW] == 2
    assert report.rejected == []
    by_lang = {stored.document.lang: stored.document for stored in service.documents()}
    assert set(by_lang) == {"ru", "uk"}
    ru, uk = by_lang["ru"], by_lang["uk"]
    assert ru.title == "Россия и КНДР договорились о сотрудничестве"
    assert ru.published is not None and ru.published.date().isoformat() == "2023-09-15"
    assert ru.source is not None and "Interfax" in ru.source
    assert "Поделиться" not in ru.text
    assert ru.meta["site"] == "Российский институт стратегических исследований"
    first_line = (seeds / "004_533afb6d92cb3586.txt").read_text(encoding="utf-8").splitlines()[0].strip()
    assert uk.title == first_line
    assert uk.text.startswith(first_line)


def test_reingest_adds_nothing(service: Kronika, seeds: Path) -> None:
    service.ingest([str(seeds)])
    before = _counts(service)
    again = service.ingest([str(seeds)])
    assert again.outcomes == {Outcome.UNCHANGED: 2}
    assert _counts(service) == before


def test_syndicated_copy_is_stored_once_and_linked_to_each_outlet(service: Kronika, tmp_path: Path) -> None:
    # Files are read in name order, so the wire's own text becomes the stored one.
    _write(tmp_path / "a_wire.txt", WIRE_STORY)
    republished = WIRE_STORY.replace("Baltic Wire", "Meridian Post").replace("two days", "2 days")
    republished = republished.replace("The attack was", "Read also: Insurers count the cost\n\nThe attack was")
    _write(tmp_path / "b_republished.txt", republished)
    verbatim = WIRE_STORY.replace("Baltic Wire", "Harbour Times")
    _write(tmp_path / "c_verbatim.txt", verbatim)

    report = service.ingest([str(tmp_path)])

    assert report.outcomes == {Outcome.NEW: 1, Outcome.DUPLICATE: 2}
    [stored] = service.documents()
    outlets = {copy.source: copy.similarity for copy in stored.copies}
    assert set(outlets) == {"Baltic Wire", "Meridian Post", "Harbour Times"}
    assert outlets["Harbour Times"] == 1.0
    assert 0.8 <= outlets["Meridian Post"] < 1.0
    assert _counts(service)[:2] == (1, 3)


def test_different_articles_are_not_merged(service: Kronika, tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", WIRE_STORY)
    other = (
        "Meridian Post\n13.03.2024\n\nInsurers keep Black Sea premiums unchanged\n\n"
        "Marine insurers in London said on Wednesday that war-risk premiums for ships bound for Ukrainian ports "
        "would not rise after the latest strikes, citing the quick repair of the damaged terminal.\n\n"
        "Brokers expect traffic through the corridor to reach four million tonnes in March."
    )
    _write(tmp_path / "b.txt", other)
    report = service.ingest([str(tmp_path)])
    assert report.outcomes == {Outcome.NEW: 2}


def test_bad_inputs_cost_only_themselves(service: Kronika, tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", WIRE_STORY)
    empty = _write(tmp_path / "empty.txt", "")
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    lines = [
        json.dumps(
            {"url": "https://example.org/a", "title": "Kyiv talks", "text": "Delegations met in Kyiv on Monday. " * 5}
        ),
        '{"url": "https://example.org/broken", "text": ',
        json.dumps({"url": "https://example.org/empty", "title": "nothing"}),
    ]
    feed = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    missing = tmp_path / "missing.html"

    report = service.ingest([str(good), str(empty), str(binary), str(feed), str(missing)])

    reasons = {
        Path(r.item.split("#")[0]).name + ("#" + r.item.split("#")[1] if "#" in r.item else ""): r.reason
        for r in report.rejected
    }
    assert reasons == {
        "empty.txt": Reason.EMPTY,
        "photo.jpg": Reason.BINARY,
        "batch.jsonl#line=2": Reason.MALFORMED,
        "batch.jsonl#line=3": Reason.NO_TEXT,
        "missing.html": Reason.NOT_FOUND,
    }
    assert report.outcomes[Outcome.NEW] == 2
    urls = {stored.document.url for stored in service.documents()}
    assert "https://example.org/a" in urls


class _StopAfter:
    """Interrupts the ingest like Ctrl-C after a number of input items."""

    def __init__(self, items: int) -> None:
        self.left = items

    def start(self, total_items: int) -> None:
        pass

    def advance(self, item: str) -> None:
        self.left -= 1
        if self.left == 0:
            raise KeyboardInterrupt

    def rejected(self, rejection: Rejected) -> None:
        pass


def test_interrupted_ingest_leaves_a_consistent_store_and_a_rerun_completes(service: Kronika, tmp_path: Path) -> None:
    for number in range(6):
        body = WIRE_STORY.replace("20,000", f"{number + 1}0,000 tonnes of maize and {number}")
        body = body.replace("third", ["first", "second", "fourth", "fifth", "sixth", "seventh"][number])
        body += f"\nThe {number}-th follow-up covered {' '.join(f'w{number}x{i}' for i in range(40))}.\n"
        _write(tmp_path / f"article_{number}.txt", body)

    with pytest.raises(KeyboardInterrupt):
        service.ingest([str(tmp_path)], _StopAfter(3))

    documents, copies, bands = _counts(service)
    assert documents == 3
    assert copies == 3
    assert bands == 3 * 32
    report = service.ingest([str(tmp_path)])
    assert report.outcomes == {Outcome.UNCHANGED: 3, Outcome.NEW: 3}
    assert _counts(service)[:2] == (6, 6)


def test_filters_and_full_text_search(service: Kronika, seeds: Path, tmp_path: Path) -> None:
    _write(tmp_path / "wire.txt", WIRE_STORY)
    service.ingest([str(seeds), str(tmp_path)])

    def ids(**where: object) -> set[str | None]:
        return {stored.document.lang for stored in service.documents(DocumentFilter(**where))}  # type: ignore[arg-type]

    assert ids(lang="uk") == {"uk"}
    assert ids(query="Сеул") == set()
    assert ids(query="Пхеньян") == {"ru"}
    assert ids(query="кневичі") == {"uk"}
    assert ids(query="grain terminal") == {"en"}
    assert ids(source="interfax") == {"ru"}
    from datetime import datetime

    assert ids(since=datetime(2024, 1, 1)) == {"en"}
    assert ids(until=datetime(2023, 12, 31)) == {"ru"}
