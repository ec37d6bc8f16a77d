"""`pelisaannot serve`: the HTTP API (`/v1`) and the local page (`/`), on the library's one engine.

Needs the `web` extra (`pip install 'pelisaannot[web]'`: FastAPI and uvicorn).
"""

from __future__ import annotations

from pelisaannot.web.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]


def create_app(settings: ServerSettings | None = None):  # type: ignore[no-untyped-def]
    """The ASGI application (imported lazily so that the CLI starts without FastAPI)."""
    from pelisaannot.web.app import create_app as create

    return create(settings or ServerSettings())
