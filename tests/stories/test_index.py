"""Story assignment on vectors and entities made up here, and the clustering scores."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import numpy as np

from kronika.evaluation.stories import Assigned, adjusted_rand_index, purity
from kronika.stories.features import DIMENSIONS, Features, language_mean
from kronika.stories.index import Gatherer, Story, StoryIndex, StoryParameters


def unit(seed: int, near: np.ndarray | None = None, noise: float = 0.0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    vector = rng.standard_normal(DIMENSIONS).astype(np.float32)
    if near is not None:
        vector = near + noise * vector / np.linalg.norm(vector)
    return vector / np.linalg.norm(vector)


def features(vector: np.ndarray, entities: Iterable[str] = (), day: int | None = None) -> Features:
    return Features(vector, frozenset(entities), datetime(2024, 3, day) if day else None)


def test_close_articles_share_a_story_and_a_distant_one_starts_its_own() -> None:
    index = StoryIndex(StoryParameters(threshold=0.8, entity_weight=0.1))
    summit = unit(1)
    first = index.assign(features(summit), "Summit")
    second = index.assign(features(unit(2, summit, 0.3)))
    other = index.assign(features(unit(3)))
    assert first.id == second.id and second.size == 2
    assert other.id != first.id and other.size == 1
    assert index.stories[first.id].title == "Summit"


def test_shared_entities_tip_a_borderline_article_into_the_story() -> None:
    parameters = StoryParameters(threshold=0.9, entity_weight=0.2)
    summit = unit(1)
    borderline = unit(4, summit, 0.55)
    cosine = float(borderline @ summit)
    assert 0.7 < cosine < 0.9  # on its own it would not join
    alone, together = StoryIndex(parameters), StoryIndex(parameters)
    alone.assign(features(summit, {"e:kim"}))
    together.assign(features(summit, {"e:kim", "e:putin"}))
    assert alone.assign(features(borderline)).size == 1
    assert together.assign(features(borderline, {"e:kim", "e:putin"})).size == 2


def test_articles_far_apart_in_time_pay_a_penalty() -> None:
    parameters = StoryParameters(threshold=0.9, time_window_days=3, time_weight=0.5)
    index = StoryIndex(parameters)
    summit = unit(1)
    story = index.assign(features(summit, day=1))
    near = features(unit(5, summit, 0.2), day=2)
    late = features(unit(6, summit, 0.2), day=30)
    assert index.score(near, story) > parameters.threshold > index.score(late, story)


def test_a_stored_index_is_rebuilt_from_its_stories() -> None:
    index = StoryIndex()
    story = index.assign(features(unit(1), {"e:kim"}))
    rebuilt = StoryIndex(stories=index.stories.values())
    assert rebuilt.candidates(features(unit(9), {"e:kim"})) == [story.id]


def test_ari_and_purity() -> None:
    perfect = [Assigned("a", "x", "ru"), Assigned("a", "x", "uk"), Assigned("b", "y", "ru"), Assigned("b", "y", "uk")]
    assert adjusted_rand_index(perfect) == 1.0 and purity(perfect) == 1.0
    merged = [Assigned("a", g, "ru") for g in ("x", "x", "y", "y")]
    assert adjusted_rand_index(merged) == 0.0 and purity(merged) == 0.5


def test_a_story_in_another_language_gets_the_cross_language_allowance() -> None:
    parameters = StoryParameters(threshold=0.9, cross_language_bonus=0.1)
    index = StoryIndex(parameters)
    summit = unit(1)
    story = index.assign(Features(summit, frozenset(), None, "ru"))
    translated = unit(7, summit, 0.5)
    assert float(translated @ summit) < 0.9
    same_language = Features(translated, frozenset(), None, "ru")
    other_language = Features(translated, frozenset(), None, "uk")
    assert index.score(same_language, story) + 0.1 == index.score(other_language, story)


def test_stories_of_one_topic_share_a_thread_and_a_story_keeps_the_thread_it_started_in() -> None:
    gatherer = Gatherer(parameters=StoryParameters(threshold=0.97, entity_weight=0.0))
    mean = language_mean("ru")

    def article(topic: np.ndarray, seed: int) -> Features:
        # As e5 embeds: the language's common direction, the topic, and what the article alone says.
        vector = mean + 0.35 * topic + 0.25 * unit(seed)
        return Features(vector / np.linalg.norm(vector), frozenset(), None, "ru")

    brexit, pipeline = unit(100), unit(200)
    first = gatherer.assign(article(brexit, 1), "May's deal")
    second = gatherer.assign(article(brexit, 2), "Johnson resigns")
    third = gatherer.assign(article(pipeline, 3), "Nord Stream")
    assert first.story.id != second.story.id, "two events of a topic are two stories"
    assert second.thread.id == first.thread.id and first.story.parent == second.story.parent == first.thread.id
    assert third.thread.id != first.thread.id and third.story.parent == third.thread.id
    assert first.thread.size == 2 and first.thread.id.startswith("t:")


def test_two_clusters_that_turn_out_one_topic_are_merged() -> None:
    index = StoryIndex(StoryParameters(threshold=0.5, entity_weight=0.0, hashed=False, merge_threshold=0.4))
    merged = gather_one_topic_in_two_clusters(index)
    assert len(index.stories) == 1 and merged.size == 8


def gather_one_topic_in_two_clusters(index: StoryIndex) -> Story:
    """Two pairs of articles on either side of a topic, then articles on the topic itself."""
    topic = unit(7)
    aside = unit(0, unit(8) - float(unit(8) @ topic) * topic)  # orthogonal to the topic
    # The pairs start two clusters (their cosine is 0).
    before = len(index.stories)
    for vector in (topic + aside, topic + aside, topic - aside, topic - aside):
        index.assign(features(unit(0, vector)))
    assert len(index.stories) == before + 2
    # Articles on the topic join one cluster and pull its centroid towards the other's, until they are
    # one (without the merge they stay two: the other's centroid is still 0.71 from the topic).
    for _ in range(4):
        merged = index.assign(features(topic))
    return merged


def test_centroid_rows_follow_removals() -> None:
    parameters = StoryParameters(threshold=0.5, entity_weight=0.0, hashed=False, merge_threshold=0.4)
    index = StoryIndex(parameters)
    far = index.assign(features(unit(30)))
    gather_one_topic_in_two_clusters(index)
    # After a merge removed a row, every stored story's row still holds its own centroid.
    assert len(index.centroids) == len(index.stories) == 2
    for story_id, story in index.stories.items():
        assert np.allclose(index.centroids[index._ids.index(story_id)], story.centroid)
    assert far.id in index.stories
