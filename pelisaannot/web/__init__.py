"""`pelisaannot serve`: the HTTP API (`/v1`) and the local page (`/`), on the library's one engine.

Needs the `web` extra (`pip install 'pelisaannot[web]'`: FastAPI and uvicorn).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pelisaannot.web.settings import Limits, ServerSettings

if TYPE_CHECKING:
    from fastapi import FastAPI

__all__ = ["Limits", "ServerSettings", "create_app"]


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    """The ASGI application for `settings` (imported lazily, so that the CLI starts without FastAPI)."""
    from pelisaannot.web.app import create_app as create

    return create(settings or ServerSettings())
