"""The local web page and JSON API: ``gestae serve``.

``gestae serve --db gestae.duckdb`` serves the page at http://127.0.0.1:8000/ (events, one event
with its evidence, a dyad's timeline, the actor network, the map, the documents) and the JSON
API under ``/api/`` it is built on, described at ``/openapi.json``.
"""

from __future__ import annotations

import os
import sys
from urllib.parse import quote

import click

TOKEN_ENV = "GESTAE_TOKEN"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def register(main: click.Group) -> None:
    main.add_command(serve)


@click.command()
@click.option("--db", default="gestae.duckdb", show_default=True, help="The DuckDB database file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="The port."
)
@click.option(
    "--token",
    envvar=TOKEN_ENV,
    help=f"Require this token on every request (also ${TOKEN_ENV}); needed off localhost.",
)
def serve(db: str, host: str, port: int, token: str | None) -> None:
    """Serve the event browser and its JSON API over a database (read-only)."""
    import uvicorn

    from gestae.web.app import create_app

    if not is_loopback(host) and not token:
        click.echo(
            f"gestae: --host {host} would let other machines read the database; "
            f"give --token (or set {TOKEN_ENV}) to require a token, or keep --host 127.0.0.1",
            err=True,
        )
        sys.exit(2)
    try:
        # On localhost, refuse other Host headers: a web page elsewhere cannot reach us by
        # pointing its own name at 127.0.0.1.
        hosts = ["127.0.0.1", "localhost", "[::1]", host] if is_loopback(host) else None
        app = create_app(db, token=token, allowed_hosts=hosts)
    except (FileNotFoundError, ValueError, OSError) as exc:
        click.echo(f"gestae: {exc}", err=True)
        sys.exit(2)
    except Exception as exc:  # DuckDB refuses a file another process is writing
        click.echo(f"gestae: cannot open {db}: {exc}", err=True)
        sys.exit(2)
    address = f"http://{url_host(host)}:{port}/"
    shown = f"{address}?token={quote(token, safe='')}" if token else address
    click.echo(f"gestae: serving {os.path.abspath(db)} at {shown} (Ctrl-C to stop)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        app.state.db.close()
