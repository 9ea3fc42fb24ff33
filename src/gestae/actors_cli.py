"""``gestae actors lookup|list|stats``: look into the actor knowledge base."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

import click

from gestae.actors import (
    ActorKB,
    KnowledgeBaseError,
    Resolution,
    load_overrides,
    parse_date,
    resolve_phrase,
)

TYPES = ("country", "person", "org", "seat", "agent")


def _load_kb(path: str | None) -> ActorKB:
    kb = ActorKB.bundled()
    if path:
        try:
            load_overrides(kb, path)
        except KnowledgeBaseError as exc:
            raise click.BadParameter(str(exc), param_hint="--actors") from exc
    return kb


def _date(ctx, param, value):
    try:
        return parse_date(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


actors_file = click.option(
    "--actors",
    "actors_path",
    type=click.Path(exists=True, dir_okay=False),
    help="YAML or CSV file of extra or corrected actors; takes precedence over the bundled ones.",
)
fmt_option = click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)


def register(main: click.Group) -> None:
    main.add_command(actors)


@click.group()
def actors() -> None:
    """Look up the actor knowledge base: names, codes and dated roles."""


@actors.command()
@click.argument("name")
@click.option("--date", callback=_date, help="The date the name is read at (YYYY[-MM[-DD]]).")
@fmt_option
@actors_file
def lookup(name, date, fmt, actors_path) -> None:
    """The codes NAME stands for at a date: the entry matched, its role and the role's dates."""
    kb = _load_kb(actors_path)
    readings = kb.lookup(name, date)
    chosen = kb.resolve_name(name, date)
    rows = [_row(r, chosen) for r in readings]
    if not readings:
        # Not one name of the knowledge base: read it as a phrase ("Turkish police").
        rows = [
            {"code": ref.code, "kind": "phrase", "entry": ref.text, "title": "",
             "start": None, "end": None, "ambiguous": ref.ambiguous, "chosen": True}
            for ref in resolve_phrase(name, date, kb)
        ]  # fmt: skip
    if not rows:
        click.echo(f"gestae: no actor named {name!r} in the knowledge base", err=True)
        sys.exit(1)
    if fmt == "json":
        when = date.isoformat() if date else None
        click.echo(json.dumps({"query": name, "date": when, "readings": rows}, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{name} ({date.isoformat() if date else 'latest roles'})")
    for column in ("code", "kind", "entry", "role", "from", "to", "note"):
        table.add_column(column, overflow="fold")
    for row in rows:
        notes = ["chosen" if row["chosen"] else ""] + (["ambiguous"] if row["ambiguous"] else [])
        table.add_row(
            row["code"], row["kind"], row["entry"], row["title"], row["start"] or "",
            row["end"] or "", " ".join(n for n in notes if n),
        )  # fmt: skip
    Console(width=160 if not sys.stdout.isatty() else None).print(table)


def _row(reading: Resolution, chosen: Resolution | None) -> dict:
    row = asdict(reading)
    row["entry"] = row.pop("name")
    row["ambiguous"] = bool(chosen and chosen.ambiguous)
    row["chosen"] = chosen is not None and (reading.code, reading.name) == (
        chosen.code,
        chosen.name,
    )
    return row


@actors.command(name="list")
@click.option("--type", "kind", type=click.Choice(TYPES), help="Only entries of this type.")
@click.option(
    "--format", "fmt", type=click.Choice(["tsv", "json"]), default="tsv", show_default=True
)
@actors_file
def list_command(kind, fmt, actors_path) -> None:
    """Every entry of the knowledge base (or of one type), one a line."""
    kb = _load_kb(actors_path)
    rows = list(_entries(kb, kind))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    click.echo("type\tcode\tname\tdetail")
    for row in rows:
        click.echo(f"{row['type']}\t{row['code']}\t{row['name']}\t{row['detail']}")


def _entries(kb: ActorKB, kind: str | None):
    if kind in (None, "country"):
        for code, name in sorted(kb.countries.items()):
            yield {"type": "country", "code": code, "name": name, "detail": ""}
    if kind in (None, "person"):
        for person in sorted(kb.people.values(), key=lambda p: p.person_id):
            latest = kb.person_at(person)
            detail = f"{len(person.roles)} roles"
            if latest is not None:
                detail += f"; latest {latest.code} {latest.title}".rstrip()
            yield {"type": "person", "code": person.country, "name": person.names[0],
                   "id": person.person_id, "detail": detail}  # fmt: skip
    if kind in (None, "org"):
        for org in kb.organizations:
            dates = f" {org.start or ''}..{org.end or ''}" if org.start or org.end else ""
            yield {"type": "org", "code": org.code, "name": org.name,
                   "detail": f"{org.type}{dates}".strip()}  # fmt: skip
    if kind in (None, "seat"):
        for name, code in sorted(kb.seats.items()):
            yield {"type": "seat", "code": code, "name": name, "detail": ""}
    if kind in (None, "agent"):
        for noun, role in sorted(kb.agent_roles.items()):
            flags = ",".join(sorted(kb.agent_flags.get(noun, ())))
            yield {"type": "agent", "code": role, "name": noun, "detail": flags}


@actors.command()
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@actors_file
def stats(fmt, actors_path) -> None:
    """How much the knowledge base knows: countries, people, roles, organizations, aliases."""
    counts = _load_kb(actors_path).stats()
    if fmt == "json":
        click.echo(json.dumps(counts))
        return
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        click.echo(f"{key:<{width}}  {value:>6}")
