"""The ``gestae`` command: a thin layer over ``gestae.api`` and ``gestae.store``."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from gestae import api, export
from gestae.clitools import check_date, fail
from gestae.ingest import DEFAULT_MAX_BYTES, InputProblem
from gestae.store import Store

_check_date = check_date
_fail = fail


db_option = click.option(
    "--db", default="gestae.duckdb", show_default=True, help="The DuckDB database file."
)
date_option = click.option(
    "--date", callback=_check_date, help="Document date (YYYY-MM-DD) for relative dates."
)


def _use_actor_overrides(ctx, param, value):
    """Point every process of this run at the user's actor file (checked here, once)."""
    if value:
        from gestae.actors import OVERRIDES_ENV, ActorKB, load_overrides

        try:
            load_overrides(ActorKB(), value)
        except (OSError, ValueError) as exc:
            raise click.BadParameter(str(exc)) from exc
        os.environ[OVERRIDES_ENV] = str(Path(value).resolve())
    return value


actors_option = click.option(
    "--actors",
    type=click.Path(exists=True, dir_okay=False),
    callback=_use_actor_overrides,
    expose_value=False,
    is_eager=True,
    help="YAML or CSV file of extra or corrected actors; takes precedence over the bundled ones.",
)


@click.group()
@click.version_option(package_name="gestae")
def main() -> None:
    """gestae: who did what to whom, when, where, and according to whom."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@date_option
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: the number of cores; with --engine ray, of the cluster).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse files larger than this.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="local: processes on this machine; ray: Ray Data, locally or on a cluster.",
)
@click.option("--address", help="With --engine ray: the Ray cluster to join (default: local Ray).")
@click.option(
    "--out",
    metavar="DIR",
    help="With --engine ray: write Parquet shards to DIR instead of the database.",
)
def ingest(inputs, db, date, workers, max_bytes, engine, address, out) -> None:
    """Read files, folders, .jsonl, .html or - (stdin); code them; store them in the database."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    if engine != "ray" and (address or out):
        _fail(f"{'--address' if address else '--out'} needs --engine ray")

    def problem(item: InputProblem) -> None:
        click.echo(f"refused {item}", err=True)

    progress = Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
        TextColumn("documents"), disable=not api.is_terminal(), transient=True,
    )  # fmt: skip
    task = progress.add_task("ingest", total=None)
    options = dict(
        date=date, max_bytes=max_bytes, on_problem=problem,
        on_progress=lambda n: progress.advance(task, n),
    )  # fmt: skip
    if engine == "ray":
        from gestae.engines.ray_engine import RayUnavailableError, ingest_ray

        try:
            with progress:
                if out:
                    report = ingest_ray(
                        inputs, out=out, workers=workers, address=address, **options
                    )
                else:
                    with Store(db) as store:
                        report = ingest_ray(
                            inputs, store, workers=workers, address=address, **options
                        )
        except (RayUnavailableError, ConnectionError) as exc:
            _fail(str(exc))
    else:
        from gestae.pipeline import preload

        workers = workers or api.default_workers()
        preload(workers)
        with Store(db) as store, progress:
            report = api.ingest(inputs, store, workers=workers, **options)
    click.echo(
        f"{report.stored} documents {'written' if out else 'stored'}, "
        f"{report.skipped} already stored, {report.events} events, "
        f"{len(report.problems)} inputs refused -> {out or db}"
    )
    if report.problems:
        sys.exit(1)


@main.command(name="code")
@click.argument("file", default="-")
@date_option
@actors_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True
)
def code_command(file, date, fmt) -> None:
    """Code one text (a file or - for stdin) and print its events; no database."""
    from gestae.ingest import iter_documents
    from gestae.pipeline import process

    documents = []
    for item in iter_documents([file], date=date):
        if isinstance(item, InputProblem):
            _fail(str(item))
        documents.append(item)
    events = []
    for result in process(documents):
        events.extend(e.to_dict() for e in result.events)
    _print_events(events, fmt)


def _print_events(events: list[dict], fmt: str, output: str | None = None, db_store=None) -> None:
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        columns = ("doc", "date", "source", "target", "code", "event", "where", "according to",
                   "evidence")  # fmt: skip
        for column in columns:
            table.add_column(column, overflow="fold")
        for e in events:
            evidence = e["text"][:100] + ("…" if len(e["text"]) > 100 else "")
            voices = [a.get("who") for a in (e.get("attribution") or []) if a.get("who")]
            according = " > ".join(voices[-2:]) if voices else ""
            if e.get("stance"):
                according += f" ({e['stance']})"
            table.add_row(
                str(e["doc_id"]), f"{e['date'] or ''} ({e['date_precision'] or '-'})",
                e["source"], e["target"], e["code"], e["event_name"], e.get("place") or "",
                according, evidence,
            )  # fmt: skip
        Console(width=160 if not sys.stdout.isatty() else None).print(table)
        click.echo(f"{len(events)} events")
        return
    if fmt == "parquet":
        if not output:
            _fail("--format parquet needs -o FILE")
        export.write_parquet(events, output)
        click.echo(f"{len(events)} events -> {output}", err=True)
        return
    documents = None
    if fmt == "gdelt" and db_store is not None:
        documents = {d: db_store.document(d) for d in {e["doc_id"] for e in events}}
    text = export.render(events, fmt, documents)
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"{len(events)} events -> {output}", err=True)
    else:
        click.echo(text, nl=False)


@main.command()
@db_option
@click.option("--source", help="Source actor code or prefix (TUR matches TURGOV).")
@click.option("--target", help="Target actor code or prefix.")
@click.option("--root", help="CAMEO root code (01-20).")
@click.option("--from", "date_from", callback=_check_date, help="Earliest date.")
@click.option("--to", "date_to", callback=_check_date, help="Latest date.")
@click.option("--doc", "doc_id", help="Only this document.")
@click.option(
    "--format", "fmt", type=click.Choice(export.FORMATS), default="table", show_default=True
)
@click.option("-o", "--output", help="Write to this file.")
def events(db, source, target, root, date_from, date_to, doc_id, fmt, output) -> None:
    """List stored events, filtered, in a table or an export format."""
    if root and not re.fullmatch(r"\d{1,2}", root):
        _fail(f"--root {root!r} is not a CAMEO root code (01-20)")
    try:
        store = Store(db, read_only=True)
    except FileNotFoundError as exc:
        _fail(str(exc))
    with store:
        rows = store.events(source, target, root, date_from, date_to, doc_id)
        _print_events(rows, fmt, output, store)


@main.command()
@click.argument("doc_id")
@db_option
def show(doc_id, db) -> None:
    """Print a document with its events marked, and why each event was coded."""
    from rich.console import Console
    from rich.text import Text

    try:
        store = Store(db, read_only=True)
    except FileNotFoundError as exc:
        _fail(str(exc))
    with store:
        document = store.document(doc_id)
        if document is None:
            _fail(f"no document {doc_id!r} in {db}")
        rows = store.events(doc_id=doc_id)
    console = Console()
    text = Text(document["text"])
    for e in rows:
        text.stylize("bold yellow", e["start"], e["end"])
    console.print(
        f"[bold]{doc_id}[/bold] {document['title'] or ''} ({document['date'] or 'no date'})"
    )
    console.print(text)
    console.print()
    for n, e in enumerate(rows, 1):
        console.print(
            f"[bold]{n}.[/bold] {e['source']} -> {e['target']} {e['code']} {e['event_name']} "
            f"(Goldstein {e['goldstein']}, {e['date'] or '?'} {e['date_precision'] or ''})"
        )
        console.print(f"   [dim]{e['rule']}[/dim]")


@main.command()
@click.option("--db", default=None, help="Database file (default: a temporary one).")
def demo(db) -> None:
    """Ingest the bundled example (a 2016 blog post on Russia, Turkey and Aleppo), summarize it."""
    import tempfile

    from gestae.pipeline import preload

    path = db or str(Path(tempfile.mkdtemp(prefix="gestae-demo-")) / "demo.duckdb")
    preload(1)
    with Store(path) as store:
        report = api.ingest([api.example_path()], store, date=api.EXAMPLE_DATE, workers=1)
        rows = store.events()
        counts = store.counts()
    click.echo(f"gestae demo: {api.example_path()} (dated {api.EXAMPLE_DATE})")
    click.echo(
        f"{counts['documents']} document, {counts['sentences']} sentences, "
        f"{counts['actor_mentions']} actor mentions, {report.events} events -> {path}"
    )
    _print_events(rows, "table")
    click.echo(f"Explore: gestae show {rows[0]['doc_id'] if rows else 'ID'} --db {path}")


# Commands of the later stages live beside their stage; each module has ``register(main)``.
COMMAND_MODULES = (
    "gestae.actors_cli",  # gestae actors lookup|list|stats
    "gestae.evaluate",  # gestae eval
    "gestae.analysis",  # gestae clusters|contradictions|dyad|network
    "gestae.web",  # gestae serve
)


def _register_commands() -> None:
    import importlib

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # that stage is not installed in this build
            raise
        module.register(main)


_register_commands()

if __name__ == "__main__":
    main()
