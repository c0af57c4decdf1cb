"""The event gold's splits: the tuning sentences by the parity of their ids, and the later rounds: fresh1,
fresh2 and fresh3 (now tuned on) and the held-out fresh4."""

import pytest

from kronika.evaluation.events import in_split


@pytest.mark.parametrize(
    ("file_name", "sentence_id", "split", "expected"),
    [
        ("bsnlp-ru-uk.jsonl", "ru-0012", None, True),
        ("bsnlp-ru-uk.jsonl", "ru-0012", "tuning", True),
        ("bsnlp-ru-uk.jsonl", "ru-0012", "even", True),
        ("bsnlp-ru-uk.jsonl", "ru-0013", "even", False),
        ("meantime-en.jsonl", "en-0013", "odd", True),
        ("bsnlp-ru-uk.jsonl", "ru-0012", "fresh", False),
        ("fresh-ru-uk.jsonl", "fresh-uk-0004", "fresh", False),
        ("fresh-ru-uk.jsonl", "fresh-uk-0004", "fresh1", True),
        ("fresh-ru-uk.jsonl", "fresh-uk-0004", None, True),
        ("fresh-ru-uk.jsonl", "fresh-uk-0004", "even", False),
        ("fresh-en.jsonl", "fresh-en-0001", "tuning", True),
        ("bsnlp-ru-uk.jsonl", "ru-0012", "fresh1", False),
        ("fresh2-en.jsonl", "fresh2-en-0001", "fresh", False),
        ("fresh2-en.jsonl", "fresh2-en-0001", "fresh2", True),
        ("fresh2-en.jsonl", "fresh2-en-0001", "tuning", True),
        ("fresh3-en.jsonl", "fresh3-en-0001", "fresh", False),
        ("fresh3-en.jsonl", "fresh3-en-0001", "fresh3", True),
        ("fresh3-en.jsonl", "fresh3-en-0001", "tuning", True),
        ("fresh4-en.jsonl", "fresh4-en-0001", "fresh", True),
        ("fresh4-en.jsonl", "fresh4-en-0001", "tuning", False),
        ("fresh2-en.jsonl", "fresh2-en-0002", "even", False),
        ("fresh2-ru-uk.jsonl", "fresh2-ru-0001", "fresh1", False),
    ],
)
def test_split_membership(file_name: str, sentence_id: str, split: str | None, expected: bool) -> None:
    assert in_split(file_name, sentence_id, split) is expected


def test_an_unknown_split_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown split"):
        in_split("bsnlp-ru-uk.jsonl", "ru-0012", "fresh4")
