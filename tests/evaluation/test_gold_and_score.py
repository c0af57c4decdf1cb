"""Gold readers on small corpora written here, and the strict scorer on numbers worked out by hand."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from kronika.doc import Document, Mention
from kronika.evaluation.gold import GoldDocument, GoldMention, read_brat, read_gold, read_meantime, read_slavicner
from kronika.evaluation.ner import ALL, score_ner

TEXT = "Путин встретился с Ким Чен Ыном во Владивостоке."


def write_slavicner(root: Path) -> None:
    (root / "raw" / "summit" / "ru").mkdir(parents=True)
    (root / "ner" / "summit" / "ru").mkdir(parents=True)
    (root / "raw" / "summit" / "ru" / "a.txt").write_text(TEXT, encoding="utf-8")
    rows = [
        ("0", "5", "Путин", "Путин", "PER", "PER-Putin"),
        ("19", "31", "Ким Чен Ыном", "Ким Чен Ын", "PER", "PER-Kim"),
        ("35", "47", "Владивостоке", "Владивосток", "LOC", "GPE-Vladivostok"),
        ("0", "6", "Путина", "Путин", "PER", "x"),  # does not match its text
    ]
    (root / "ner" / "summit" / "ru" / "a.tsv").write_text("\n".join("\t".join(r) for r in rows), encoding="utf-8")
    (root / "split.txt").write_text("raw/summit/ru/a.txt\n", encoding="utf-8")


def test_slavicner_spans_lemmas_and_misaligned_rows(tmp_path: Path) -> None:
    write_slavicner(tmp_path)
    [document] = read_slavicner(tmp_path, split=tmp_path / "split.txt")
    assert document.lang == "ru"
    assert document.misaligned == 1
    assert [(TEXT[m.start : m.end], m.type, m.lemma) for m in document.mentions] == [
        ("Путин", "PER", "Путин"),
        ("Ким Чен Ыном", "PER", "Ким Чен Ын"),
        ("Владивостоке", "LOC", "Владивосток"),
    ]
    assert list(read_slavicner(tmp_path, langs=frozenset({"uk"}))) == []


def test_brat_maps_types_keeps_outermost_names_and_reads_both_line_layouts(tmp_path: Path) -> None:
    text = "Міністерство оборони України повідомило про візит до Києва."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.ann").write_text(
        "T1\tORGANIZATION 0 28\tМіністерство оборони України\n"
        "T2\tCOUNTRY 21 28\tУкраїни\n"
        "T3\tLOC\t53\t58\tКиєва\n"
        "T4\tDATE 0 5\tМініс\n",
        encoding="utf-8",
    )
    [document] = read_brat(tmp_path, lang="uk")
    assert [(text[m.start : m.end], m.type) for m in document.mentions] == [
        ("Міністерство оборони України", "ORG"),
        ("Києва", "LOC"),
    ]
    assert document.scheme == frozenset({"PER", "ORG", "LOC"})


def test_meantime_rebuilds_text_and_ignores_phrases_that_are_not_bare_names(tmp_path: Path) -> None:
    tokens = ["The", "White", "House", "said", "JSA", "analyst", "Paul", "Nesbit", "left", "."]
    xml = ['<Document doc_name="d">']
    xml += [f'<token t_id="{i + 1}" sentence="0" number="{i}">{w}</token>' for i, w in enumerate(tokens)]
    xml += [
        "<Markables>",
        '<ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/><token_anchor t_id="2"/><token_anchor t_id="3"/></ENTITY_MENTION>',
        '<ENTITY_MENTION m_id="2" syntactic_type=""><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/><token_anchor t_id="8"/></ENTITY_MENTION>',
        '<ENTITY m_id="10" ent_type="ORG"/><ENTITY m_id="11" ent_type="PER"/>',
        "</Markables><Relations>",
        '<REFERS_TO r_id="1"><source m_id="1"/><target m_id="10"/></REFERS_TO>',
        '<REFERS_TO r_id="2"><source m_id="2"/><target m_id="11"/></REFERS_TO>',
        "</Relations></Document>",
    ]
    (tmp_path / "d.xml").write_text("\n".join(xml), encoding="utf-8")
    [document] = read_meantime(tmp_path)
    assert document.text == "The White House said JSA analyst Paul Nesbit left."
    assert [(document.text[m.start : m.end], m.type) for m in document.mentions] == [("White House", "ORG")]
    assert [document.text[a:b] for a, b in document.ignored] == ["JSA analyst Paul Nesbit"]


def test_strict_scores_with_lemmas_on_correct_mentions_only() -> None:
    gold = GoldDocument(
        "a",
        TEXT,
        "ru",
        frozenset({"PER", "LOC"}),
        [
            GoldMention(0, 5, "PER", "Путин"),
            GoldMention(19, 31, "PER", "Ким Чен Ын"),
            GoldMention(35, 47, "LOC", "Владивосток"),
        ],
    )
    predicted = [
        Mention(0, 5, "PER", "Путин"),  # right, right lemma
        Mention(19, 31, "PER", "Ким Чен Ыном"),  # right, wrong lemma
        Mention(35, 47, "ORG", "Владивосток"),  # wrong type, and ORG is outside this corpus's scheme
        Mention(19, 22, "PER", "Ким"),  # wrong span
    ]

    def annotate(document: Document) -> Document:
        document.mentions = predicted
        return document

    score = score_ner("toy", [gold], annotate)
    overall = score.tallies["ru", ALL]
    assert (overall.true_positive, overall.false_positive, overall.false_negative) == (2, 1, 1)
    assert round(overall.precision, 4) == round(2 / 3, 4)
    assert round(overall.f1, 4) == round(2 / 3, 4)
    assert overall.lemma_accuracy == 0.5
    assert score.tallies["ru", "LOC"].false_negative == 1


def test_eval_ner_command_runs_the_product_pipeline_on_a_corpus(tmp_path: Path, kronika_command: str) -> None:
    write_slavicner(tmp_path)
    result = subprocess.run(
        [
            kronika_command,
            "eval",
            "ner",
            "--gold",
            str(tmp_path),
            "--split",
            str(tmp_path / "split.txt"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {(row["lang"], row["type"]): row for row in json.loads(result.stdout)}
    # The scores are the model's business (make eval); here: the command ran the real
    # pipeline over the corpus and reports per language and type.
    assert rows["ru", "all"]["support"] == 3
    assert rows["ru", "LOC"]["support"] == 1
    assert 0 < rows["ru", "all"]["f1"] <= 1
    assert rows["ru", "all"]["lemma_accuracy"] is not None
    assert "1 gold span(s) did not match" in result.stderr


def test_read_gold_refuses_a_folder_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing", encoding="utf-8")
    try:
        read_gold(tmp_path)
    except ValueError as error:
        assert "no SlavicNER" in str(error)
    else:
        raise AssertionError("expected ValueError")
