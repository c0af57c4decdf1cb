"""Events with parties that are no named entity, stored and read back; events stored before those fields
existed still load."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kronika.doc import Event, Span
from kronika.services import Kronika
from kronika.store.tables import DocumentRow

STORY = """Lawmakers reject bailout

Congressional lawmakers rejected the bailout proposal on Thursday. The government imposed sanctions on the airlines.
"""


def test_phrase_parties_survive_the_store_and_old_rows_still_load(service: Kronika, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    service.ingest([str(path)])
    [stored] = service.documents()
    document = stored.document
    phrases = [(e.type, [p.text_of(document.text) for p in e.actor_phrases]) for e in document.events]
    assert ("SANCTION", ["government"]) in phrases
    assert all(isinstance(p, Span) for e in document.events for p in e.actor_phrases + e.target_phrases)

    with Session(service.engine) as session:  # rows written before actor_phrases and target_phrases existed
        row = session.execute(select(DocumentRow)).scalar_one()
        old = [
            {k: v for k, v in event.items() if k not in ("actor_phrases", "target_phrases")}
            for event in row.annotations["events"]
        ]
        row.annotations = {**row.annotations, "events": old}
        session.commit()
    [reloaded] = service.documents()
    assert [e.type for e in reloaded.document.events] == [e.type for e in document.events]
    assert all(e.actor_phrases == [] and e.target_phrases == [] for e in reloaded.document.events)


def test_an_event_rebuilds_its_phrase_spans_from_its_stored_form() -> None:
    event = Event(0, 10, "PROTEST", None, 0, 5, actor_phrases=[Span(6, 10)], target_phrases=[Span(1, 2)])
    assert Event.from_record(asdict(event)) == event
    old = {k: v for k, v in asdict(event).items() if k not in ("actor_phrases", "target_phrases")}
    assert Event.from_record(old) == Event(0, 10, "PROTEST", None, 0, 5)
