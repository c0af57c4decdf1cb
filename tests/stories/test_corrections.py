"""An analyst's merges and splits of stories, stored with each story rebuilt from its articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.services import Kronika

SEEDS = ["000_ae8511903390671d.txt", "004_533afb6d92cb3586.txt"]


def test_a_split_and_a_merge_back_are_stored_with_the_stories_rebuilt(service: Kronika, seeds: Path) -> None:
    service.ingest([str(seeds / SEEDS[0]), str(seeds / SEEDS[1])])
    [story] = service.stories()
    records = {r["lang"]: r for r in service.records()}
    target, moved = service.split_story(story.id, [records["uk"]["id"][:8]])
    assert moved == 1
    after_split = {r["lang"]: r["story"] for r in service.records()}
    assert after_split == {"ru": story.id, "uk": target}
    assert sorted(s.articles for s in service.stories()) == [1, 1]
    # The thread holds the same articles: both parts stay in it.
    assert {s.thread for s in service.stories()} == {story.thread} and story.thread

    assert service.merge_stories(story.id, target) == 1
    assert {r["story"] for r in service.records()} == {story.id}
    [merged] = service.stories()
    assert merged.articles == 2 and merged.languages == {"ru": 1, "uk": 1}
    assert merged.thread == story.thread


def test_corrections_refuse_what_is_not_there(service: Kronika, seeds: Path) -> None:
    service.ingest([str(seeds / SEEDS[0])])
    [story] = service.stories()
    with pytest.raises(KeyError):
        service.merge_stories(story.id, "s:nonexistent")
    with pytest.raises(KeyError):
        service.split_story(story.id, ["ffffffff"])
