"""`pelisaannot serve`: the local page and the HTTP API, on the same engine as `check`."""

from __future__ import annotations

import dataclasses
import json
import os

import click

from pelisaannot.errors import PelisaannotError
from pelisaannot.i18n import error_text
from pelisaannot.web.settings import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    SETTINGS_ENV,
    TOKEN_ENV,
    Limits,
    ServerSettings,
    check_exposure,
)


@click.command()
@click.option("--policy", "-p", default=None, envvar="PELISAANNOT_POLICY", metavar="NAME|PATH",
              help="The policy, fixed for the server's life: a built-in pack or a pack folder.  [default: kela, or "
                   "'policy' in the config file]")
@click.option("--config", "config_path", default=None, metavar="FILE", type=click.Path(dir_okay=False),
              help="This configuration file instead of the one found upwards (allow lists, severities...).")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on. Anything but the loopback needs --token.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", default=None, envvar=TOKEN_ENV, metavar="TOKEN",
              help=f"Require 'Authorization: Bearer TOKEN' on /v1 (also ${TOKEN_ENV}). The page takes it as "
                   "#token=TOKEN in its address.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages of this origin (https://tool.example) call the API from a browser; repeatable.  "
                   "[default: serve: cors-origins: in the config file, else none]")
@click.option("--public-url", default=None, metavar="URL",
              help="Where clients reach the server; findings link to its rule pages.  [default: http://HOST:PORT]")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 32),
              help="Server processes; each loads the policy and checks one post at a time (2 on a 2-core machine "
                   "doubles the requests per second).")
@click.option("--max-body", default=Limits.max_body, show_default=True, type=click.IntRange(1),
              help="Largest request body in bytes (413 past it).")
@click.option("--max-chars", default=Limits.max_chars, show_default=True, type=click.IntRange(1),
              help="Longest post in characters (413 past it).")
@click.option("--max-posts", default=Limits.max_posts, show_default=True, type=click.IntRange(1),
              help="Most posts in one request (413 past it).")
def serve(policy: str | None, config_path: str | None, host: str, port: int, token: str | None,
          cors_origins: tuple[str, ...], public_url: str | None, workers: int, max_body: int, max_chars: int,
          max_posts: int) -> None:
    """The local web page and the HTTP API on the same engine as 'check'.

    \b
    http://127.0.0.1:8765/          the page: type a draft, see the findings
    http://127.0.0.1:8765/v1/...    the API (POST /v1/check, POST /v1/redact, GET /v1/rules)
    http://127.0.0.1:8765/docs      the API's OpenAPI document (raw: /openapi.json)
    http://127.0.0.1:8765/rules/    the rule reference the findings link to
    Drafts are never logged or written to disk.
    """
    check_exposure(host, token)
    try:
        import uvicorn

        from pelisaannot.web import create_app
    except ImportError as exc:
        raise PelisaannotError(error_text("web_extra", problem=exc)) from None
    shown = f"[{host}]" if ":" in host else host
    settings = ServerSettings(policy=policy, config=config_path, token=token, cors_origins=cors_origins,
                              limits=Limits(max_body, max_chars, max_posts),
                              public_url=public_url or f"http://{shown}:{port}")
    level = os.environ.get("PELISAANNOT_LOG_LEVEL", "info")
    # The access log shows method, path and status only; request bodies (drafts) are never logged.
    if workers > 1:
        os.environ[SETTINGS_ENV] = json.dumps(dataclasses.asdict(settings))
        create_app(settings)  # fail here, with one line, if the policy or configuration is broken
        click.echo(f"pelisaannot: http://{shown}:{port}/ (API /v1, OpenAPI /docs); Ctrl+C lopettaa", err=True)
        uvicorn.run("pelisaannot.web.app:from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level=level, server_header=False)
        return
    app = create_app(settings)
    click.echo(f"pelisaannot: http://{shown}:{port}/ (API /v1, OpenAPI /docs); Ctrl+C lopettaa", err=True)
    uvicorn.run(app, host=host, port=port, log_level=level, server_header=False)


COMMANDS = [serve]
