"""The request body limit as ASGI middleware: counted as the bytes arrive, so a huge or endless body is refused
with 413 before it is read into memory (a Content-Length over the limit is refused before any byte is read)."""

from __future__ import annotations

import json
from typing import Any

Scope = dict[str, Any]
Message = dict[str, Any]


class _TooLarge(Exception):
    pass


def error_body(status: int, code: str, message: str, **extra: Any) -> tuple[int, bytes]:
    """The API's one error shape: `{"error": {"status", "code", "message", ...}}`."""
    return status, json.dumps({"error": {"status": status, "code": code, "message": message, **extra}},
                              ensure_ascii=False).encode("utf-8")


async def _send_error(send: Any, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies larger than `limit` bytes with a JSON 413."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app, self.limit = app, limit

    def _refusal(self) -> tuple[int, bytes]:
        return error_body(413, "body_too_large", f"Pyynnön runko on yli {self.limit} tavua. / The request body is "
                          f"larger than {self.limit} bytes.", limit=self.limit)

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _send_error(send, *self._refusal())
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLarge
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except _TooLarge:
            if not started:
                await _send_error(send, *self._refusal())


__all__ = ["BodyLimit", "error_body"]
