"""The command line: each command parses its arguments and calls the service layer."""

from __future__ import annotations

import csv
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

import kronika
from kronika.errors import KronikaError, Rejected
from kronika.evaluation import Tally
from kronika.evaluation.events import SPLITS, TYPE_ACTOR_TARGET, EventScore
from kronika.evaluation.ner import ALL
from kronika.evaluation.stories import ECB_DEV_TOPICS, StoryScore, read_ecbplus, read_slavic_topics
from kronika.services import Kronika
from kronika.services.evaluate import (
    evaluate_adaq,
    evaluate_events,
    evaluate_link,
    evaluate_ner,
    evaluate_nerel_events,
    evaluate_quotes,
    evaluate_stories,
    evaluate_time,
)
from kronika.services.export import FORMATS
from kronika.services.ingest import IngestReport, Outcome
from kronika.store.repository import DocumentFilter

app = typer.Typer(help="kronika: a cross-lingual, source-attributed record of the news.", no_args_is_help=True)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None, typer.Option("--db", help="Store URL or SQLite path (default: KRONIKA_DB or ./kronika.db).")
]


def _open(db: str | None) -> Kronika:
    try:
        return kronika.open(db)
    except KronikaError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(2) from error


class ProgressObserver:
    """A progress bar over input items, with one line per rejected item."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = progress.add_task("ingest", total=None)

    def start(self, total_items: int) -> None:
        self.progress.update(self.task, total=total_items)

    def advance(self, item: str) -> None:
        self.progress.update(self.task, advance=1, description=Path(item).name[:40])

    def rejected(self, rejection: Rejected) -> None:
        self.progress.console.print(f"skipped {rejection}", markup=False, highlight=False, soft_wrap=True)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs, feed or page URLs.")],
    db: DbOption = None,
) -> None:
    """Read news from any mix of sources into the store."""
    service = _open(db)
    columns = (TextColumn("{task.description:<40}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        report = service.ingest(inputs, ProgressObserver(progress))
    out.print(_report_table(report))
    service.close()


def _report_table(report: IngestReport) -> Table:
    table = Table(title="Ingest", show_header=True)
    for column in ("read", "new", "duplicate", "unchanged", "failed"):
        table.add_column(column, justify="right")
    table.add_column("by language")
    table.add_row(
        str(report.read),
        str(report.outcomes[Outcome.NEW]),
        str(report.outcomes[Outcome.DUPLICATE]),
        str(report.outcomes[Outcome.UNCHANGED]),
        str(len(report.rejected)),
        ", ".join(f"{lang} {n}" for lang, n in report.languages.most_common()),
    )
    return table


@app.command()
def docs(
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option(help="Language code, e.g. uk.")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name (substring), matching any copy.")] = None,
    since: Annotated[datetime | None, typer.Option(help="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[datetime | None, typer.Option(help="Published on or before (YYYY-MM-DD).")] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Full-text query; words match as prefixes.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
) -> None:
    """List stored documents, filtered."""
    service = _open(db)
    rows = service.documents(
        DocumentFilter(lang=lang, source=source, since=since, until=until, query=query, limit=limit)
    )
    table = Table(show_header=True)
    for column in ("id", "lang", "published", "outlets", "title"):
        table.add_column(column)
    for stored in rows:
        document = stored.document
        spellings: dict[str, str] = {}
        for copy in stored.copies:
            name = copy.outlet or "?"
            spellings[name.casefold()] = max(spellings.get(name.casefold(), name), name)
        outlets = sorted(spellings.values())
        table.add_row(
            document.id,
            document.lang or "?",
            document.published.date().isoformat() if document.published else "",
            ", ".join(outlets),
            (document.title or document.text[:60]).strip(),
        )
    out.print(table)
    out.print(f"{len(rows)} document(s)")
    service.close()


@app.command()
def show(
    document_id: Annotated[str, typer.Argument(help="A document id or an unambiguous prefix.")], db: DbOption = None
) -> None:
    """Show one document with its metadata and every copy of it."""
    service = _open(db)
    stored = service.document(document_id)
    service.close()
    if stored is None:
        err.print(f"[red]error:[/red] no single document with id {document_id!r}")
        raise typer.Exit(1)
    document = stored.document
    out.print(f"[bold]{document.title or '(untitled)'}[/bold]")
    out.print(
        f"id {document.id} · {document.lang or '?'} · {document.published.isoformat() if document.published else 'date unknown'}"
    )
    for copy in stored.copies:
        out.print(
            f"  carried by {copy.outlet or 'unknown outlet'}"
            + (f" (text of {copy.source})" if copy.source and copy.source != copy.outlet else "")
            + f" · {copy.url or copy.origin} · similarity {copy.similarity:.2f}",
            highlight=False,
        )
    out.print()
    out.print(document.text, highlight=False, markup=False)


@app.command("export")
def export_command(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: standard output).")
    ] = None,
    entities: Annotated[
        bool, typer.Option("--entities", help="Write the entity registry (JSON Lines) instead of documents.")
    ] = False,
) -> None:
    """Export every document with its annotations (format: docs/export-format.md)."""
    if entities:
        service = _open(db)
        count = service.export_entities(output if output is not None else sys.stdout)
        service.close()
        err.print(f"exported {count} entit{'y' if count == 1 else 'ies'}")
        return
    if fmt not in FORMATS:
        err.print(f"[red]error:[/red] unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None:
        err.print("[red]error:[/red] parquet is binary: give --output FILE")
        raise typer.Exit(2)
    service = _open(db)
    count = service.export(fmt, output if output is not None else sys.stdout)
    service.close()
    err.print(f"exported {count} document(s)")


@app.command()
def summary(db: DbOption = None) -> None:
    """Documents by language and by outlet."""
    service = _open(db)
    result = service.summary()
    service.close()
    out.print(f"[bold]{result.documents}[/bold] distinct documents, carried [bold]{result.copies}[/bold] times")
    for title, rows in (("language", result.by_language), ("outlet", result.by_outlet)):
        table = Table(show_header=True)
        table.add_column(title)
        table.add_column("documents" if title == "language" else "copies carried", justify="right")
        for name, count in rows:
            table.add_row(name, str(count))
        out.print(table)


@app.command("entities")
def entities_command(
    db: DbOption = None,
    kind: Annotated[str | None, typer.Option("--type", "-t", help="PER, ORG, LOC, EVT or PRO.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 50,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Entities by mention count, with their names in each language."""
    service = _open(db)
    found = service.entities(kind.upper() if kind else None, limit)
    service.close()
    if fmt == "json":
        out.print_json(data=[entity.record() for entity in found])
        return
    table = Table(show_header=True)
    for name in ("entity", "type", "name", "mentions", "names by language"):
        table.add_column(name, justify="right" if name == "mentions" else "left")
    for entity in found:
        names = "; ".join(f"{lang}: {', '.join(names[:3])}" for lang, names in sorted(entity.names.items()))
        table.add_row(entity.id, entity.type, entity.canonical, str(entity.mentions), names)
    out.print(table)


@app.command("quotes")
def quotes_command(
    speaker: Annotated[
        str | None, typer.Option("--speaker", "-s", help="A speaker's name in any script, or an entity id.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Most quotes to list.")] = 50,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """Quotes with their speaker, role, document, date and outlet."""
    service = _open(db)
    try:
        name, found = service.quotes(speaker, limit)
    finally:
        service.close()
    if speaker is not None and name is None:
        err.print(f"[red]error:[/red] no entity named {speaker!r}")
        raise typer.Exit(1)
    if fmt == "json":
        out.print_json(data=[asdict(quote) for quote in found])
        return
    table = Table(title=f"Quotes of {name}" if name else "Quotes")
    for column in ("date", "document", "outlet", "speaker", "role", "kind", "quote"):
        table.add_column(column, overflow="fold")
    for quote in found:
        # Who told whom: the citation chain, then the outlet the speaker told (else the publishing outlet).
        outlet = " → ".join([*quote.via, quote.outlet or quote.source or ""]).strip(" →")
        table.add_row(
            (quote.published or "")[:10],
            quote.title or quote.document,
            outlet,
            quote.speaker or "",
            quote.role or "",
            quote.kind,
            quote.text if len(quote.text) <= 160 else quote.text[:157] + "…",
        )
    out.print(table)


_FORMAT_HELP = "table, json or csv."


def _print_csv(rows: list[dict[str, Any]]) -> None:
    """One row per item; lists joined with "; ", mappings as "key count"."""

    def cell(value: object) -> object:
        if isinstance(value, dict):
            return "; ".join(f"{key} {count}" for key, count in value.items())
        if isinstance(value, list):
            return "; ".join(str(item) for item in value)
        return value

    writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: cell(value) for key, value in row.items()} for row in rows)


def _emit(rows: list[dict[str, Any]], fmt: str) -> None:
    if fmt == "json":
        out.print_json(data=rows)
    else:
        _print_csv(rows)


def _check_format(fmt: str) -> None:
    if fmt not in {"table", "json", "csv"}:
        err.print(f"[red]error:[/red] --format {fmt}: one of table, json, csv")
        raise typer.Exit(2)


@app.command("stories")
def stories_command(
    limit: Annotated[int, typer.Option(help="Most stories to list.")] = 30,
    fmt: Annotated[str, typer.Option("--format", "-f", help=_FORMAT_HELP)] = "table",
    db: DbOption = None,
) -> None:
    """Stories: articles gathered across languages and outlets, largest first, with the thread
    (the topic followed over months) each belongs to."""
    _check_format(fmt)
    service = _open(db)
    try:
        found = service.stories(limit)
    finally:
        service.close()
    if fmt != "table":
        _emit([asdict(story) for story in found], fmt)
        return
    table = Table(title="Stories")
    for column in ("story", "thread", "articles", "from", "to", "languages", "outlets", "title"):
        table.add_column(column, overflow="fold")
    for story in found:
        table.add_row(
            story.id,
            story.thread or "",
            str(story.articles),
            story.first or "",
            story.last or "",
            ", ".join(f"{lang} {n}" for lang, n in story.languages.items()),
            ", ".join(story.outlets),
            story.title or "",
        )
    out.print(table)


@app.command("story")
def story_command(
    args: Annotated[
        list[str],
        typer.Argument(
            help="`merge KEEP OTHER` to make two stories one; `split STORY DOC...` to move articles "
            "(ids or id prefixes) to a story of their own."
        ),
    ],
    db: DbOption = None,
) -> None:
    """An analyst's merge or split of stories; stored, and new articles join the corrected stories."""
    service = _open(db)
    try:
        if args[0] == "merge" and len(args) == 3:
            moved = service.merge_stories(args[1], args[2])
            out.print(f"merged {args[2]} into {args[1]}: {moved} article(s) moved")
        elif args[0] == "split" and len(args) >= 3:
            target, moved = service.split_story(args[1], args[2:])
            out.print(f"split {moved} article(s) from {args[1]} into {target}")
        else:
            err.print("[red]error:[/red] use `story merge KEEP OTHER` or `story split STORY DOC...`")
            raise typer.Exit(2)
    except KeyError as error:
        err.print(f"[red]error:[/red] {error.args[0]}")
        raise typer.Exit(1) from error
    finally:
        service.close()


@app.command("timeline")
def timeline_command(
    story: Annotated[str | None, typer.Argument(help="A story id (see `kronika stories`).")] = None,
    entity: Annotated[
        str | None,
        typer.Option("--entity", "-e", help="Instead of a story: the articles naming an entity (by id or any name)."),
    ] = None,
    as_party: Annotated[
        bool, typer.Option("--as-party", help="With --entity: only events the entity takes part in.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help=_FORMAT_HELP)] = "table",
    db: DbOption = None,
) -> None:
    """Events merged across articles and languages, one entry per event however many report it,
    ordered by when it happened: a story's, or those of every article naming an entity (✓ where it
    takes part)."""
    _check_format(fmt)
    if (story is None) == (entity is None):
        err.print("[red]error:[/red] give a STORY id or --entity NAME")
        raise typer.Exit(2)
    service = _open(db)
    try:
        if entity is not None:
            name, entries = service.entity_timeline(entity, as_party)
            if name is None:
                err.print(f"[red]error:[/red] no entity named {entity!r}")
                raise typer.Exit(1)
        else:
            name, entries = story, service.timeline(story or "")
    finally:
        service.close()
    if fmt != "table":
        _emit([entry.record() for entry in entries], fmt)
        return
    table = Table(title=f"Timeline of {name}")
    columns = ["date", "granularity", "event", "who", "whom", "where", "sources", "outlets", "conflicts"]
    for column in columns if entity is None else [*columns, "takes part"]:
        table.add_column(column, overflow="fold")
    for entry in entries:
        marks = [] if entity is None else ["✓" if entry.involves else ""]
        table.add_row(
            (entry.date or "") + (" (year inferred)" if entry.date_inferred else ""),
            entry.granularity,
            entry.type
            + (f"/{entry.mode}" if entry.mode else "")
            + ("" if entry.modality == "asserted" else f" ({entry.modality})"),
            ", ".join(entry.actors),
            ", ".join(entry.targets),
            entry.location or "",
            str(entry.sources),
            ", ".join(entry.outlets),
            "; ".join(entry.conflicts),
            *marks,
        )
    out.print(table)


@app.command("compare")
def compare_command(
    story: Annotated[str, typer.Argument(help="A story id (see `kronika stories`).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help=_FORMAT_HELP)] = "table",
    db: DbOption = None,
) -> None:
    """Side by side: which outlet reports which event, whom each quotes and cites, and what only one carries.
    CSV gives the coverage matrix: one row per event, a column per outlet."""
    _check_format(fmt)
    service = _open(db)
    try:
        comparison = service.compare(story)
    finally:
        service.close()
    outlets = [view.outlet for view in comparison.outlets]
    if fmt == "csv":
        _print_csv(
            [
                {"event": e.description, "sources": e.sources, **{o: int(o in e.outlets) for o in outlets}}
                for e in comparison.events
            ]
        )
        return
    if fmt == "json":
        out.print_json(
            data={
                "story": comparison.story,
                "coverage": [{"event": e.record(), "outlets": sorted(set(e.outlets))} for e in comparison.events],
                "outlets": [
                    {**view.record(), "only_here": comparison.only(view.outlet)} for view in comparison.outlets
                ],
            }
        )
        return
    matrix = Table(title=f"Who reports which event in {story}")
    matrix.add_column("event", overflow="fold")
    for outlet in outlets:
        matrix.add_column(outlet, justify="center", overflow="fold")
    for entry in comparison.events:
        matrix.add_row(entry.description, *("✓" if outlet in entry.outlets else "–" for outlet in outlets))
    out.print(matrix)
    side = Table(title="Per outlet")
    side.add_column("", overflow="fold")
    for outlet in outlets:
        side.add_column(outlet, overflow="fold")
    views = comparison.outlets
    side.add_row("quotes", *(", ".join(f"{n} ({c})" for n, c in v.speakers.most_common()) for v in views))
    side.add_row("cites", *(", ".join(f"{n} ({c})" for n, c in v.cited.most_common()) for v in views))
    side.add_row("most named", *(", ".join(n for n, _ in v.entities.most_common(8)) for v in views))
    only = [comparison.only(v.outlet) for v in views]
    for kind in ("events", "speakers", "cited", "entities", "quotes"):
        side.add_row(f"only here: {kind}", *("\n".join(items[kind][:8]) for items in only))
    out.print(side)


@app.command("entity")
def entity_command(
    args: Annotated[
        list[str],
        typer.Argument(
            help="NAME_OR_ID to show one entity; `merge KEEP OTHER` to make two one; "
            "`split ENTITY NAME...` to move mentions with those base forms to a new entity."
        ),
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Mentions to show.")] = 30,
    into: Annotated[str | None, typer.Option("--into", help="split: an existing entity to move them to.")] = None,
) -> None:
    """One entity (names per language, external ids, mentions in context), or an analyst's merge or split.

    Merges and splits are stored: later ingests link by them."""
    service = _open(db)
    try:
        if args[0] == "merge" and len(args) == 3:
            moved = service.merge_entities(args[1], args[2])
            out.print(f"merged {args[2]} into {args[1]}: {moved} mention(s) moved")
        elif args[0] == "split" and len(args) >= 3:
            target, moved = service.split_entity(args[1], args[2:], into)
            out.print(f"split {', '.join(args[2:])} from {args[1]} into {target}: {moved} mention(s) moved")
        else:
            _show_entity(service, " ".join(args), limit)
    except KeyError as error:
        err.print(f"[red]error:[/red] {error.args[0]}")
        raise typer.Exit(1) from error
    finally:
        service.close()


def _show_entity(service: Kronika, query: str, limit: int) -> None:
    found = service.entity(query)
    if found is None:
        raise KeyError(f"no entity matches {query!r}")
    entity = found.summary
    out.print(f"[bold]{entity.canonical}[/bold]  {entity.type}  {entity.id}  {entity.mentions} mention(s)")
    for lang, names in sorted(entity.names.items()):
        out.print(f"  {lang}: {', '.join(names)}", highlight=False)
    if entity.external:
        out.print("  " + ", ".join(f"{k}: {v}" for k, v in sorted(entity.external.items())), highlight=False)
    table = Table(show_header=True)
    for name in ("document", "date", "lang", "context"):
        table.add_column(name)
    for mention in found.mentions[:limit]:
        context = f"…{mention.left}[bold]{mention.text}[/bold]{mention.right}…"
        table.add_row(mention.document, (mention.published or "")[:10], mention.lang or "", context)
    out.print(table)


kb_app = typer.Typer(help="Knowledge bases of entities that linking prefers.")
app.add_typer(kb_app, name="kb")


@kb_app.command("load")
def kb_load(
    path: Annotated[Path, typer.Argument(help="CSV (id, type, name_<lang>, aliases, ...) or JSON Lines.")],
    db: DbOption = None,
) -> None:
    """Load entities (id, type, names per language, aliases, country, external ids) into the registry."""
    service = _open(db)
    try:
        added = service.load_kb(path)
    except (OSError, KeyError, ValueError) as error:
        err.print(f"[red]error:[/red] {path}: {error}")
        raise typer.Exit(2) from error
    finally:
        service.close()
    out.print(f"loaded {path}: {added} new entit{'y' if added == 1 else 'ies'}")


@contextmanager
def _eval_progress(description: str) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr for a long evaluation; yields the callback that advances it."""
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task(description, total=None)
        yield lambda: progress.advance(task)


def _report(rows: list[dict[str, Any]], title: str, columns: list[tuple[str, str]], fmt: str) -> None:
    """Evaluation rows as JSON, or as a table: text left, counts right, scores to three decimals."""
    if fmt == "json":
        out.print_json(data=rows)
        return
    table = Table(title=title)
    for header, key in columns:
        table.add_column(header, justify="left" if rows and isinstance(rows[0].get(key), str) else "right")
    for row in rows:
        table.add_row(
            *(
                _percent(row[key]) if isinstance(row[key], float) or row[key] is None else str(row[key])
                for _, key in columns
            ),
            style="bold" if row.get("type") == ALL or row.get("scope") == "all" or row.get("lang") == "all" else None,
        )
    out.print(table)


eval_app = typer.Typer(help="Quality figures on annotated corpora (precision, recall, F1, accuracy).")
app.add_typer(eval_app, name="eval")


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@eval_app.command("ner")
def eval_ner(
    gold: Annotated[
        list[Path], typer.Option("--gold", help="Corpus directory: SlavicNER (ner/, raw/), BRAT or MEANTIME.")
    ],
    split: Annotated[
        Path | None, typer.Option("--split", help="SlavicNER list of documents to score (e.g. the test split).")
    ] = None,
    langs: Annotated[str | None, typer.Option("--langs", help="Comma-separated languages to score.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Strict span+type precision, recall and F1 per language and type, and lemma accuracy."""
    for path in gold:
        if not path.is_dir():
            err.print(f"[red]error:[/red] {path}: not a directory")
            raise typer.Exit(2)
    with _eval_progress("eval ner") as step:
        scores = evaluate_ner(
            gold,
            split=split,
            langs=frozenset(langs.split(",")) if langs else None,
            progress=step,
        )
    rows = [
        {
            "corpus": score.corpus,
            "lang": lang,
            "type": kind,
            "precision": round(tally.precision, 4),
            "recall": round(tally.recall, 4),
            "f1": round(tally.f1, 4),
            "support": tally.support,
            "lemma_accuracy": None if tally.lemma_accuracy is None else round(tally.lemma_accuracy, 4),
        }
        for score in scores
        for (lang, kind), tally in sorted(
            score.tallies.items(), key=lambda item: (item[0][0], item[0][1] != ALL, item[0][1])
        )
    ]
    for score in scores:
        if score.misaligned:
            err.print(f"{score.corpus}: {score.misaligned} gold span(s) did not match their text and were skipped")
    _report(
        rows,
        "Named entities: strict span + type",
        [
            ("corpus", "corpus"),
            ("lang", "lang"),
            ("type", "type"),
            ("P", "precision"),
            ("R", "recall"),
            ("F1", "f1"),
            ("gold", "support"),
            ("lemma acc", "lemma_accuracy"),
        ],
        fmt,
    )


@eval_app.command("link")
def eval_link(
    gold: Annotated[Path, typer.Option("--gold", help="SlavicNER corpus directory (ner/, raw/).")],
    split: Annotated[Path | None, typer.Option("--split", help="List of the documents to use.")] = None,
    langs: Annotated[str | None, typer.Option("--langs", help="Comma-separated languages to ingest.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Ingest a corpus into a fresh store and score entity links: mention-level B-cubed."""
    if not gold.is_dir():
        err.print(f"[red]error:[/red] {gold}: not a directory")
        raise typer.Exit(2)
    with _eval_progress("eval link") as step:
        score = evaluate_link(
            gold,
            split=split,
            langs=frozenset(langs.split(",")) if langs else None,
            progress=step,
        )
    rows = [
        {
            "corpus": score.corpus,
            "scope": scope,
            "mentions": ours.mentions,
            "precision": round(ours.precision, 4),
            "recall": round(ours.recall, 4),
            "f1": round(ours.f1, 4),
            "baseline_f1": round(baseline.f1, 4),
        }
        for scope, ours, baseline in score.rows()
    ]
    _report(
        rows,
        f"Entity linking: mention-level B-cubed ({score.documents} documents stored)",
        [
            ("corpus", "corpus"),
            ("scope", "scope"),
            ("mentions", "mentions"),
            ("P", "precision"),
            ("R", "recall"),
            ("F1", "f1"),
            ("baseline F1", "baseline_f1"),
        ],
        fmt,
    )
    err.print("baseline: one entity per lowercased base form, on the same mentions")


@eval_app.command("time")
def eval_time(
    gold: Annotated[list[Path], typer.Option("--gold", help="TimeML (TempEval-3) or BRAT (NER-UK, NEREL) directory.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Time expressions: strict and relaxed span F1, value accuracy and value F1 (TimeML only)."""
    with _eval_progress("eval time") as step:
        scores = evaluate_time(gold, progress=step)
    rows = [row for score in scores for row in score.rows()]
    _report(
        rows,
        "Time expressions",
        [
            ("corpus", "corpus"),
            ("lang", "lang"),
            ("gold", "gold"),
            ("found", "found"),
            ("strict F1", "strict_f1"),
            ("relaxed P", "relaxed_p"),
            ("relaxed R", "relaxed_r"),
            ("relaxed F1", "relaxed_f1"),
            ("value acc", "value_accuracy"),
            ("value F1", "value_f1"),
        ],
        fmt,
    )


@eval_app.command("events")
def eval_events(
    annotations: Annotated[
        Path, typer.Option("--gold", help="Folder of annotated sentences (docs/events-annotation.md).")
    ] = Path("eval/events"),
    shared: Annotated[Path, typer.Option("--data", help="Where the annotated sources live.")] = Path("../shared/data"),
    split: Annotated[
        str | None,
        typer.Option(
            "--split",
            help="Score only the tuning sentences (all but the held-out round), the first round's even or odd ids, "
            "a later round (fresh1: fresh-*.jsonl, fresh2: fresh2-*.jsonl, fresh3: fresh3-*.jsonl), or the held-out "
            "round (fresh: fresh4-*.jsonl).",
        ),
    ] = None,
    nerel: Annotated[
        Path | None, typer.Option("--nerel", help="NEREL BRAT folder: also score trigger detection against it.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """PLOVER events: type, actor, target, date and type+actor+target, each with precision, recall and F1,
    per language; with --nerel, untyped trigger detection, participants, time and place on NEREL."""
    if not annotations.is_dir() or not shared.is_dir() or (nerel is not None and not nerel.is_dir()):
        err.print(f"[red]error:[/red] need {annotations}, {shared}" + (f" and {nerel}" if nerel else ""))
        raise typer.Exit(2)
    if split is not None and split not in SPLITS:
        err.print(f"[red]error:[/red] --split is one of {', '.join(SPLITS)}")
        raise typer.Exit(2)
    with _eval_progress("eval events") as step:
        score = evaluate_events(annotations, shared, split=split, progress=step)
    columns = [("lang", "lang"), *_TALLY_COLUMNS]
    title = f"Events ({score.sentences} annotated sentences{f', {split}' if split else ''})"
    rows = _event_rows(score)
    if nerel is None:
        _report(rows, title, columns, fmt)
        return
    with _eval_progress("eval events (NEREL)") as step:
        nerel_score = evaluate_nerel_events(nerel, progress=step)
    if fmt == "json":
        _report(rows + _event_rows(nerel_score), title, columns, fmt)
        return
    _report(rows, title, columns, fmt)
    _report(
        _event_rows(nerel_score),
        f"NEREL events, untyped: trigger detection, then parties, time, place ({nerel_score.sentences} documents)",
        columns,
        fmt,
    )


def _event_rows(score: EventScore) -> list[dict[str, Any]]:
    order = {name: i for i, name in enumerate(("type", TYPE_ACTOR_TARGET, "actor", "target", "date"))}
    ranked = sorted(score.tallies.items(), key=lambda item: (item[0][0] != "all", item[0][0], order.get(item[0][1], 9)))
    return [{"lang": lang, **_scored(name, tally)} for (lang, name), tally in ranked]


@eval_app.command("quotes")
def eval_quotes(
    annotations: Annotated[
        Path, typer.Option("--gold", help="Folder of annotated documents (docs/quotes-annotation.md).")
    ] = Path("eval/quotes"),
    shared: Annotated[Path, typer.Option("--data", help="Where the annotated sources live.")] = Path("../shared/data"),
    adaq: Annotated[
        Path | None, typer.Option("--adaq", help="ADAQ folder (ru_sentences.tsv, ru_tokens.tsv); default DATA/adaq.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Quotes: ADAQ token F1 per role and exact quotes; on kronika's documents, quote and content F1,
    speaker-to-entity accuracy and citations."""
    adaq = adaq or shared / "adaq"
    if not annotations.is_dir() or not shared.is_dir() or not adaq.is_dir():
        err.print(f"[red]error:[/red] need {annotations}, {shared} and {adaq}")
        raise typer.Exit(2)
    with _eval_progress("eval quotes (ADAQ)") as step:
        adaq_score = evaluate_adaq(adaq, progress=step)
    rows = [_scored(role, tally) for role, tally in adaq_score.roles.items()]
    rows.append(_scored("whole quote (exact)", adaq_score.quotes))
    _report(rows, f"ADAQ ru ({adaq_score.sentences} sentences)", _TALLY_COLUMNS, fmt)
    with _eval_progress("eval quotes") as step:
        score = evaluate_quotes(annotations, shared, progress=step)
    rows = []
    for name, tallies in (
        ("quotes", score.detection),
        ("content (characters)", score.content),
        ("speaker entity (matched quotes)", score.speaker),
        ("citations", score.citations),
    ):
        rows.extend({"lang": lang, **_scored(name, tally)} for lang, tally in sorted(tallies.items()))
    _report(rows, f"Quotes ({score.documents} annotated documents)", [("lang", "lang"), *_TALLY_COLUMNS], fmt)


@eval_app.command("stories")
def eval_stories(
    ecb: Annotated[Path | None, typer.Option("--ecb", help="ECB+ folder of topic folders (ECB+/).")] = None,
    bsnlp: Annotated[Path | None, typer.Option("--bsnlp", help="SlavicNER folder (with raw/).")] = None,
    split: Annotated[
        Path | None, typer.Option("--split", help="SlavicNER split file listing the articles to cluster.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Stories and threads: ECB+ sub-topics (development topics, where thresholds are chosen, and the other
    topics apart) and SlavicNER topics across languages, each ingested into a fresh store as a stream.
    ECB+'s sub-topics are events, scored against stories; SlavicNER's topics span months, scored against
    threads. Both levels are printed for both."""
    runs: list[tuple[str, list[Any]]] = []
    if ecb is not None:
        topics = {path.name for path in ecb.iterdir() if path.is_dir()}
        runs.append(("ECB+ dev topics", list(read_ecbplus(ecb, frozenset(ECB_DEV_TOPICS & topics)))))
        runs.append(("ECB+ other topics", list(read_ecbplus(ecb, frozenset(topics - ECB_DEV_TOPICS)))))
    if bsnlp is not None:
        if split is None:
            err.print("[red]error:[/red] --bsnlp needs --split")
            raise typer.Exit(2)
        runs.append((f"SlavicNER {split.stem}", list(read_slavic_topics(bsnlp, split))))
    if not runs:
        err.print("[red]error:[/red] give --ecb and/or --bsnlp")
        raise typer.Exit(2)
    rows = []
    for name, labelled in runs:
        with _eval_progress(f"eval stories: {name}") as step:
            scores = evaluate_stories(name, labelled, progress=step)
        for score in scores:
            rows.extend(_story_rows(score))
    _report(
        rows,
        "Stories",
        [
            ("corpus", "corpus"),
            ("level", "level"),
            ("scope", "scope"),
            ("articles", "articles"),
            ("gold", "gold_stories"),
            ("found", "stories"),
            ("B3 P", "precision"),
            ("B3 R", "recall"),
            ("B3 F1", "f1"),
            ("ARI", "ari"),
            ("purity", "purity"),
            ("ru+uk together", "ru_uk_together"),
        ],
        fmt,
    )


def _story_rows(score: StoryScore) -> list[dict[str, Any]]:
    scopes: list[tuple[str, frozenset[str] | None]] = [("all", None)]
    langs = {item.lang for item in score.items}
    if {"ru", "uk"} <= langs:
        scopes.append(("ru+uk", frozenset({"ru", "uk"})))
    rows = []
    for scope, only in scopes:
        b3 = score.bcubed(only)
        rows.append(
            {
                "corpus": score.corpus,
                "level": score.level,
                "scope": scope,
                "articles": b3.mentions,
                "gold_stories": score.gold_stories,
                "stories": score.stories,
                "precision": round(b3.precision, 4),
                "recall": round(b3.recall, 4),
                "f1": round(b3.f1, 4),
                "ari": round(score.ari(), 4) if only is None else None,
                "purity": round(score.purity(), 4) if only is None else None,
                "ru_uk_together": round(score.together("ru", "uk"), 4) if only is not None else None,
            }
        )
    return rows


_TALLY_COLUMNS = [
    ("field", "field"),
    ("gold", "gold"),
    ("found", "found"),
    ("P", "precision"),
    ("R", "recall"),
    ("F1", "f1"),
]


def _scored(name: str, tally: Tally) -> dict[str, Any]:
    precision, recall, f1 = tally.scores()
    return {
        "field": name,
        "gold": tally.gold,
        "found": tally.found,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def main() -> None:
    app()
