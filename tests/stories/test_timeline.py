"""Merging reports into timeline entries: one event however many articles, outlets and languages
report it, dated as precisely as any of them says, with disagreements flagged and sources counted once."""

from __future__ import annotations

from datetime import UTC, datetime

from kronika.doc import Citation, Document, Event, Mention, Span
from kronika.services.stories import merge_events

TEXT = "Kim met Putin. Ким встретился с Путиным."


def report(
    outlet: str,
    date: str | None,
    *,
    kind: str = "CONSULT",
    published: datetime | None = datetime(2023, 9, 15, tzinfo=UTC),
    modality: str = "asserted",
    cited: str | None = None,
) -> tuple[Document, list[str]]:
    """One article by ``outlet`` reporting Kim meeting Putin, dated ``date`` (None: its publication)."""
    document = Document(text=TEXT, raw_format="text", origin=f"{outlet}:{date}", id=f"{outlet}-{date}-{kind}")
    document.published, document.source = published, outlet
    document.mentions = [
        Mention(0, 3, "PER", "Kim Jong Un", "e:kim"),
        Mention(8, 13, "PER", "Vladimir Putin", "e:putin"),
    ]
    event = Event(0, 14, kind, "meet", 4, 7, actors=[0], targets=[1], modality=modality)
    published_on = published.date().isoformat() if published else None
    event.date, event.date_approximate = (date, False) if date else (published_on, True)
    if cited:
        document.citations = [Citation(0, 14, 0, 0, None, cited)]
        event.attribution = [0]
    document.events = [event]
    return document, [outlet]


def test_reports_of_one_meeting_merge_with_the_most_precise_date_and_sources_counted_once() -> None:
    [entry] = merge_events(
        [
            report("Interfax", "2023-09"),
            report("ТАСС", "2023-09-13"),
            report("Interfax", None),  # dated only by its publication: joins the dated entry
        ]
    )
    assert entry.date == "2023-09-13" and entry.type == "CONSULT"
    assert entry.outlets == ["ТАСС", "Interfax"] and len(entry.documents) == 3
    assert entry.sources == 2 and entry.conflicts == []


def test_close_but_different_days_are_one_event_with_a_conflict_and_distant_days_are_two() -> None:
    entries = merge_events(
        [report("Interfax", "2023-09-13"), report("ТАСС", "2023-09-12"), report("BBC", "2023-07-01")]
    )
    # Of equally precise dates the entry shows the earliest; the conflict names both.
    assert [e.date for e in entries] == ["2023-07-01", "2023-09-12"]
    meeting = entries[1]
    assert len(meeting.documents) == 2
    assert meeting.conflicts == ["date: 2023-09-12 (ТАСС) / 2023-09-13 (Interfax)"]


def test_claims_relayed_from_one_agency_count_as_one_source() -> None:
    [entry] = merge_events(
        [report("Outlet A", "2023-09-13", cited="Yonhap"), report("Outlet B", "2023-09-13", cited="yonhap")]
    )
    assert entry.outlets == ["Outlet A", "Outlet B"] and entry.sources == 1


def test_a_year_the_article_left_out_is_the_nearest_before_the_story_was_published() -> None:
    undated = report("Укрінформ", "XXXX-07", published=None)
    entry = merge_events([undated, report("Interfax", None, kind="AGREE")], party="e:kim")[0]
    assert entry.date == "2023-07" and entry.date_inferred
    # A day just after the others were published is this year's, not last year's.
    late = report("Укрінформ", "XXXX-09-16", published=None)
    assert merge_events([late, report("Interfax", None)])[1].date == "2023-09-16"
    winter = report("Укрінформ", "XXXX-12-30", published=None)
    assert merge_events([winter, report("Interfax", None)])[0].date == "2022-12-30"
    # A range's ends are read alike: "у липні-серпні".
    summer = report("Укрінформ", "XXXX-07/XXXX-08", published=None)
    entry = merge_events([summer, report("Interfax", None, kind="AGREE")], party="e:kim")[0]
    assert entry.date == "2023-07/2023-08" and entry.date_inferred


def test_a_report_dated_by_its_publication_joins_an_event_of_the_days_before_only() -> None:
    dated = report("ТАСС", "2023-09-13")
    assert len(merge_events([dated, report("Interfax", None)])) == 1
    month_later = report("Interfax", None, published=datetime(2023, 10, 20, tzinfo=UTC))
    assert len(merge_events([dated, month_later])) == 2


def test_plans_stay_apart_from_what_happened_and_an_entity_timeline_keeps_its_events() -> None:
    entries = merge_events([report("A", "2023-09-13"), report("B", "2023-09-13", modality="planned")])
    assert sorted(e.modality for e in entries) == ["asserted", "planned"]
    assert [e.involves for e in merge_events([report("A", "2023-09-13")], party="e:nobody")] == [False]
    assert [e.involves for e in merge_events([report("A", "2023-09-13")], party="e:kim")] == [True]


def test_a_party_that_names_no_entity_is_shown_by_its_words() -> None:
    document, outlets = report("Interfax", "2023-09-13")
    [event] = document.events
    event.targets, event.target_phrases = [], [Span(15, 18)]  # "Ким", read as a phrase
    [entry] = merge_events([(document, outlets)])
    assert entry.targets == ["Ким"] and entry.actors == ["Kim Jong Un"]


def test_reports_of_one_event_that_give_different_figures_are_flagged() -> None:
    told = []
    for outlet, figure in (("Interfax", "12"), ("ТАСС", "15"), ("BBC", "15")):
        document, outlets = report(outlet, "2023-09-13")
        document.text = f"Kim met Putin and {figure} aides."
        document.events[0].end = len(document.text)
        told.append((document, outlets))
    [entry] = merge_events(told)
    assert entry.conflicts == ["figures: 12 (Interfax) / 15 (BBC, ТАСС)"]


def test_a_day_carried_from_the_narrative_joins_the_event_of_the_days_after_it_only() -> None:
    def carried(day: str) -> tuple[Document, list[str]]:
        document, outlets = report("Укрінформ", day, published=None)
        document.events[0].date_approximate = document.events[0].date_carried = True
        return document, outlets

    # The meeting follows the day the narrative told before it: a report of the days after is the same event.
    [entry] = merge_events([carried("2023-09-12"), report("Interfax", "2023-09-13")])
    assert entry.date == "2023-09-13" and len(entry.documents) == 2
    [alone] = merge_events([carried("2023-09-12")])
    assert (alone.date, alone.granularity) == ("2023-09-12", "on or after")
    # Not an event before that day, nor one weeks after it.
    assert len(merge_events([carried("2023-09-12"), report("Interfax", "2023-09-10")])) == 2
    assert len(merge_events([carried("2023-09-12"), report("Interfax", "2023-10-20")])) == 2


def test_a_report_naming_only_countries_joins_the_meeting_of_their_leaders() -> None:
    leaders = report("Укрінформ", "2023-09-13")
    text = "Лидеры РФ и КНДР провели переговоры."
    countries_only = Document(text=text, raw_format="text", origin="interfax", id="interfax")
    countries_only.published, countries_only.source = datetime(2023, 9, 15, tzinfo=UTC), "Interfax"
    countries_only.mentions = [Mention(7, 9, "LOC", "РФ", "kb:cldr:RU"), Mention(12, 16, "LOC", "КНДР", "kb:cldr:KP")]
    # Both countries are actors and the publication dates it; meetings are one set of parties either way round.
    event = Event(0, len(text), "CONSULT", "meet", 17, 24, actors=[0, 1], date="2023-09-15", date_approximate=True)
    countries_only.events = [event]
    acting_for = {"e:kim": "KP", "e:putin": "RU", "kb:cldr:RU": "RU", "kb:cldr:KP": "KP"}
    [entry] = merge_events([leaders, (countries_only, ["Interfax"])], countries=acting_for)
    assert entry.date == "2023-09-13" and entry.outlets == ["Укрінформ", "Interfax"]
    # Without knowing whom the leaders act for, the two stay apart; so do leaders of other countries.
    assert len(merge_events([leaders, (countries_only, ["Interfax"])])) == 2
    elsewhere = {**acting_for, "e:kim": "CN"}
    assert len(merge_events([leaders, (countries_only, ["Interfax"])], countries=elsewhere)) == 2
