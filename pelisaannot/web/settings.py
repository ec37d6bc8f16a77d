"""What the server is started with: the policy (fixed for its life), who may call it and how much at a time."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from pelisaannot.errors import PelisaannotError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765

TOKEN_ENV = "PELISAANNOT_TOKEN"
SETTINGS_ENV = "PELISAANNOT_SERVE_SETTINGS"  # handed to worker processes (serve --workers)


@dataclass(frozen=True)
class Limits:
    """Refused with 413 past these: the request body, one post's text, and the posts of one request."""

    max_body: int = 1_048_576  # bytes
    max_chars: int = 65_536  # code points of one post (Facebook's 63,206 fits)
    max_posts: int = 100


@dataclass(frozen=True)
class ServerSettings:
    """The policy is chosen here, never by a request: a built-in pack name, a pack folder, or a config file."""

    policy: str | None = None  # None: the configuration's policy (kela by default)
    config: str | None = None  # a configuration file; None: found upwards from the current folder
    token: str | None = None  # when set, /v1 needs `Authorization: Bearer <token>`
    cors_origins: tuple[str, ...] = ()
    limits: Limits = field(default_factory=Limits)
    docs_dir: str | None = None  # a `pelisaannot docs build` folder to serve at /rules/; None: built in memory
    #: Where clients reach the server; findings' links into the shipped policy document point at
    #: `<public_url>/rules/<document>.html#<anchor>`, the rule reference this server serves.
    public_url: str = f"http://{DEFAULT_HOST}:{DEFAULT_PORT}"


def is_loopback(host: str) -> bool:
    """127.0.0.1, ::1 and localhost stay on this machine; anything else is reachable from outside."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, token: str | None) -> None:
    """Another host than the loopback needs a token: drafts hold customer data."""
    if not is_loopback(host) and not token:
        raise PelisaannotError(f"--host {host} makes the server reachable from other machines; give a token "
                               f"with --token or ${TOKEN_ENV}")


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "SETTINGS_ENV", "TOKEN_ENV", "Limits", "ServerSettings", "check_exposure",
           "is_loopback"]
