"""Small pieces every ``gestae`` command module shares: date checking and failing cleanly."""

from __future__ import annotations

import re
import sys

import click

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_date(ctx: click.Context | None, param: click.Parameter | None, value: str | None):
    """A click callback: ``value`` must be ``YYYY-MM-DD`` (or absent)."""
    if value is not None and not DATE.match(value):
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD")
    return value


def fail(message: str) -> None:
    """One line on stderr and exit status 2: a user error, never a traceback."""
    click.echo(f"gestae: {message}", err=True)
    sys.exit(2)
