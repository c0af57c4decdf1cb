"""B-cubed on numbers worked out by hand, and kronika eval link on a small corpus written here."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from kronika.evaluation.link import LinkedMention, LinkScore, bcubed


def test_bcubed_precision_and_recall_by_hand() -> None:
    # Gold: {a1, a2, a3} and {b1}; predicted: {a1, a2} and {a3, b1}.
    items = [
        LinkedMention("ru", "x", "A"),
        LinkedMention("ru", "x", "A"),
        LinkedMention("uk", "y", "A"),
        LinkedMention("uk", "y", "B"),
    ]
    score = bcubed(items)
    # Precision per mention: 1, 1, 1/2, 1/2 -> 0.75. Recall: 2/3, 2/3, 1/3, 1 -> 2/3.
    assert round(score.precision, 6) == 0.75
    assert round(score.recall, 6) == round(2 / 3, 6)
    assert score.mentions == 4


def test_scopes_cover_languages_pairs_and_cross_language_entities() -> None:
    items = [LinkedMention("ru", "x", "A"), LinkedMention("uk", "x", "A"), LinkedMention("uk", "z", "B")]
    rows = {scope: ours for scope, ours, _ in LinkScore("toy", 2, items, items).rows()}
    assert set(rows) == {"all", "ru", "uk", "ru+uk", "cross-language entities"}
    assert rows["cross-language entities"].mentions == 2
    assert rows["all"].f1 == 1.0


def write_corpus(root: Path) -> Path:
    texts = {
        "ru": ("Владимир Путин встретился с Ким Чен Ыном в Москве.", ["Владимир Путин", "Ким Чен Ыном", "Москве"]),
        "uk": ("Володимир Путін зустрівся з Кім Чен Ином у Москві.", ["Володимир Путін", "Кім Чен Ином", "Москві"]),
    }
    ids = ["PER-Putin", "PER-Kim", "GPE-Moscow"]
    kinds = ["PER", "PER", "LOC"]
    lines = []
    for lang, (text, surfaces) in texts.items():
        (root / "raw" / "t" / lang).mkdir(parents=True)
        (root / "ner" / "t" / lang).mkdir(parents=True)
        (root / "raw" / "t" / lang / "a.txt").write_text(text, encoding="utf-8")
        rows = []
        for surface, entity, kind in zip(surfaces, ids, kinds, strict=True):
            start = text.index(surface)
            rows.append(f"{start}\t{start + len(surface)}\t{surface}\t{surface}\t{kind}\t{entity}")
        (root / "ner" / "t" / lang / "a.tsv").write_text("\n".join(rows), encoding="utf-8")
        lines.append(f"raw/t/{lang}/a.txt")
    split = root / "split.txt"
    split.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return split


def test_eval_link_ingests_into_a_fresh_store_and_scores(tmp_path: Path, kronika_command: str) -> None:
    split = write_corpus(tmp_path)
    result = subprocess.run(
        [kronika_command, "eval", "link", "--gold", str(tmp_path), "--split", str(split), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {row["scope"]: row for row in json.loads(result.stdout)}
    assert set(rows) >= {"all", "ru", "uk", "ru+uk", "cross-language entities"}
    assert rows["all"]["mentions"] >= 4  # the recognizer finds most of the six names
    assert rows["cross-language entities"]["f1"] == 1.0
