"""The FastAPI application: `/v1` (check, redact, rules), `/healthz`, the page at `/` and rule pages at `/rules/`.

The policy and configuration are loaded once, when the app is created; a request can name a platform, a
language and a redaction operator, never a file. Drafts are never logged or written anywhere: request bodies
are parsed here and handed to the linter, and errors describe the request's shape, not its text.
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import os
import threading
from collections.abc import Callable
from importlib.resources import files
from typing import Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from pelisaannot import __version__
from pelisaannot.config import Config, load_config
from pelisaannot.docs_site import build_site
from pelisaannot.document import Document
from pelisaannot.engine import LANGUAGES, Linter
from pelisaannot.errors import PelisaannotError
from pelisaannot.inputs import Post
from pelisaannot.platforms import PLATFORMS, profile
from pelisaannot.policy import Policy, load_policy
from pelisaannot.redact import OPERATORS, redact, spans
from pelisaannot.reference import rule_dict
from pelisaannot.report import CheckedPost, Report
from pelisaannot.report.json_format import VERSION, finding_dict
from pelisaannot.web.limits import BodyLimit, error_body
from pelisaannot.web.settings import SETTINGS_ENV, Limits, ServerSettings

STATIC = files("pelisaannot.web") / "static"
Platform = Literal[PLATFORMS]  # type: ignore[valid-type]


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


class PostIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The draft, as the writer wrote it.")
    platform: Platform | None = Field(None, description="Where it will be posted; default: the request's.")
    id: str | None = Field(None, description="Your id for the post; echoed in each finding's `post`.")
    path: str | None = Field(None, description="A file name for the configuration's per-path ignores; "
                                               "never opened.")
    suppress: list[str] = Field(default_factory=list, description="Directives for the whole post, "
                                                                  "e.g. 'FI-TO-001 -- lainaus'.")


class CheckIn(BaseModel):
    """One post (`text`) or many (`posts`), not both."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = None
    platform: Platform = "generic"
    id: str | None = None
    path: str | None = None
    suppress: list[str] = Field(default_factory=list)
    posts: list[PostIn] | None = None
    lang: Literal[LANGUAGES] = Field("fi", description="Language of the messages.")  # type: ignore[valid-type]


class RedactIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    platform: Platform = "generic"
    operator: Literal[OPERATORS] = "replace"  # type: ignore[valid-type]
    mask_char: str = Field("*", min_length=1, max_length=1)


class _Engine:
    """The linters of one server: one per messages' language, built on first use, used one call at a time
    (the morphology library is not thread-safe)."""

    def __init__(self, settings: ServerSettings) -> None:
        config: Config = load_config(settings.config)
        if settings.policy:
            config = config.override("policy", settings.policy, "--policy")
        self.config = config
        self.source = load_policy(config.policy_spec())
        self.policy = served_links(self.source, settings.public_url.rstrip("/") + "/rules")
        self._linters: dict[str, Linter] = {"fi": Linter(self.policy, config=config)}
        self.redactor = Linter(self.policy, select=("customer-data",), config=config)
        self.lock = threading.Lock()

    def linter(self, lang: str) -> Linter:
        if lang not in self._linters:
            try:
                self._linters[lang] = Linter(self.policy, config=self.config, lang=lang)
            except PelisaannotError as exc:
                raise ApiError(422, "language_unavailable", str(exc)) from None
        return self._linters[lang]

    def run(self, work: Callable[[], Any]) -> Any:
        with self.lock:
            return work()


async def _json_body(request: Request) -> Any:
    raw = await request.body()
    if not raw:
        raise ApiError(422, "empty_body", "Pyynnöstä puuttuu JSON-runko. / The request has no JSON body.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(422, "invalid_utf8", f"Runko ei ole UTF-8:aa (tavu {exc.start}). / The body is not "
                       f"UTF-8 (byte {exc.start}).") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ApiError(422, "invalid_json", f"Runko ei ole JSONia: {exc.msg} (rivi {exc.lineno}, sarake "
                       f"{exc.colno}). / The body is not JSON: {exc.msg} (line {exc.lineno}, column "
                       f"{exc.colno}).") from None


def _validated(model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        # The fields and what is wrong with them, never the values: a value may be a draft.
        problems = [{"field": ".".join(str(p) for p in e["loc"]) or "(body)", "problem": e["msg"]}
                    for e in exc.errors(include_input=False, include_url=False)]
        first = problems[0]
        raise ApiError(422, "invalid_request", f"{first['field']}: {first['problem']}", problems=problems) from None


def _body_schema(model: type[BaseModel]) -> dict[str, Any]:
    """The request body's JSON Schema for the OpenAPI document, nested models written inline (the body is
    parsed here, not by FastAPI, so that bad UTF-8 and bad JSON get their own clear 422)."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(defs[node["$ref"].rsplit("/", 1)[-1]])
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return {"requestBody": {"required": True, "content": {"application/json": {"schema": inline(schema)}}}}


def served_links(policy: Policy, site: str) -> Policy:
    """A pack without a `base_url` links into its Markdown file inside the package (`file:///…`): point those
    links at the rule pages this server serves instead, as a published `base_url` would (`<site>/<ID>.html`)."""
    return dataclasses.replace(policy, rules=tuple(
        dataclasses.replace(r, link=f"{site}/{r.id}.html") if r.link.startswith("file:") else r
        for r in policy.rules))


def _stats(text: str, platform: str) -> dict[str, Any]:
    """Counts as the platform counts, for the page's counters."""
    prof = profile(platform)
    doc = Document(text, platform=platform)
    return {"platform": platform, "length": prof.length(text), "max_length": prof.max_length,
            "hashtags": len(doc.hashtags), "max_hashtags": prof.max_hashtags,
            "mentions": len(doc.mentions), "max_mentions": prof.max_mentions}


def _api_finding(post: Post, finding: Any) -> dict[str, Any]:
    out = finding_dict(post, finding)
    out["path"] = post.path or None
    return out


def create_app(settings: ServerSettings) -> FastAPI:
    engine = _Engine(settings)
    limits = settings.limits
    app = FastAPI(title="pelisaannot", version=__version__, docs_url=None, redoc_url=None,
                  description="Checks social-media drafts against the policy the server was started with "
                              f"({engine.policy.name}). Findings are the objects of the CLI's JSON format "
                              "(version 1).")

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> Response:
        status, body = error_body(exc.status, exc.code, exc.message, **exc.extra)
        return Response(body, status_code=status, media_type="application/json")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> Response:
        codes = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}
        status, body = error_body(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))
        return Response(body, status_code=status, media_type="application/json", headers=exc.headers)

    def authorised(request: Request) -> None:
        if settings.token is None:
            return
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), settings.token.encode()):
            raise ApiError(401, "unauthorized", "Anna tunniste: Authorization: Bearer <token>. / Give the token: "
                           "Authorization: Bearer <token>.")

    v1 = APIRouter(prefix="/v1", dependencies=[Depends(authorised)])

    @v1.post("/check", summary="Check one post (text) or many (posts)", openapi_extra=_body_schema(CheckIn))
    async def check(request: Request) -> JSONResponse:
        body = _validated(CheckIn, await _json_body(request))
        if (body.text is None) == (body.posts is None):
            raise ApiError(422, "invalid_request", "Anna joko text tai posts. / Give either text or posts.")
        posts = body.posts if body.posts is not None else [
            PostIn(text=body.text, platform=body.platform, id=body.id, path=body.path, suppress=body.suppress)]
        if len(posts) > limits.max_posts:
            raise ApiError(413, "too_many_posts", f"Yhdessä pyynnössä saa olla enintään {limits.max_posts} "
                           f"julkaisua. / At most {limits.max_posts} posts per request.", limit=limits.max_posts)
        for number, post in enumerate(posts):
            if len(post.text) > limits.max_chars:
                raise ApiError(413, "post_too_long", f"Julkaisu {number + 1} on yli {limits.max_chars} merkkiä. / "
                               f"Post {number + 1} is longer than {limits.max_chars} characters.",
                               limit=limits.max_chars, post=number)

        def work() -> tuple[Report, list[dict[str, Any]]]:
            linter = engine.linter(body.lang)
            checked, stats = [], []
            for post in posts:
                platform = post.platform or body.platform
                result = linter.check_post(post.text, platform, path=post.path, suppress=post.suppress)
                record = Post(path=post.path or "", id=post.id, text=post.text, platform=platform)
                checked.append(CheckedPost(record, result.findings, result.suppressed))
                stats.append(_stats(post.text, platform))
            return Report(checked, []), stats

        report, stats = await run_in_threadpool(engine.run, work)
        return JSONResponse({
            "version": VERSION, "posts": len(report.posts),
            "findings": [_api_finding(p, f) for p, f in report.findings],
            "errors": [],
            "suppressed": [{**_api_finding(p, s.finding), "reason": s.reason} for p, s in report.suppressed],
            "stats": stats,
        })

    @v1.post("/redact", summary="The draft with customer data replaced", openapi_extra=_body_schema(RedactIn))
    async def redact_endpoint(request: Request) -> JSONResponse:
        body = _validated(RedactIn, await _json_body(request))
        if len(body.text) > limits.max_chars:
            raise ApiError(413, "post_too_long", f"Julkaisu on yli {limits.max_chars} merkkiä. / The post is longer "
                           f"than {limits.max_chars} characters.", limit=limits.max_chars)

        def work() -> tuple[str, int]:
            replaced = len(spans(engine.redactor.check(body.text, body.platform)))
            text = redact(body.text, engine.redactor, body.platform, operator=body.operator,
                          mask_char=body.mask_char)
            return text, replaced

        text, replaced = await run_in_threadpool(engine.run, work)
        return JSONResponse({"text": text, "replaced": replaced, "operator": body.operator})

    @v1.get("/rules", summary="The rules of the server's policy")
    def rules() -> dict[str, Any]:
        return {"policy": engine.policy.name, "organisation": engine.policy.organisation,
                "version": engine.policy.version, "rules": [rule_dict(r) for r in engine.policy.rules]}

    @v1.get("/rules/{rule_id}", summary="One rule, with its examples")
    def rule(rule_id: str) -> dict[str, Any]:
        found = engine.policy.rule(rule_id.upper())
        if found is None:
            raise ApiError(404, "no_such_rule", f"Politiikassa {engine.policy.name} ei ole sääntöä {rule_id}. / "
                           f"No rule {rule_id} in policy {engine.policy.name}.")
        return rule_dict(found, examples=True)

    app.include_router(v1)

    @app.get("/healthz", summary="Liveness: the policy is loaded")
    def healthz() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "policy": engine.policy.name,
                "rules": len(engine.policy.rules)}

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return HTMLResponse(openapi_page(app.openapi()))

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(STATIC / "index.html"), media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    _mount_rule_pages(app, engine, settings)
    origins = settings.cors_origins or tuple(engine.config.values.get("serve", {}).get("cors-origins", ()))
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(origins), allow_methods=["GET", "POST"],
                           allow_headers=["content-type", "authorization"])
    app.add_middleware(BodyLimit, limit=limits.max_body)
    return app


def openapi_page(spec: dict[str, Any]) -> str:
    """The OpenAPI document as one plain page (Swagger UI would load its scripts from a CDN; this server loads
    nothing from outside): each operation with its summary, request body schema and responses."""
    import html

    parts = [f"<h1>{html.escape(spec['info']['title'])} {html.escape(spec['info']['version'])}: HTTP API</h1>",
             f"<p>{html.escape(spec['info'].get('description', ''))}</p>",
             '<p>OpenAPI 3 -dokumentti koneille: <a href="/openapi.json">/openapi.json</a>.</p>']
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            parts.append(f"<h2><code>{method.upper()} {html.escape(path)}</code></h2>")
            parts.append(f"<p>{html.escape(op.get('summary', ''))}</p>")
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body:
                parts.append("<h3>Request body</h3><pre>" + html.escape(json.dumps(body, indent=2,
                                                                                   ensure_ascii=False)) + "</pre>")
            codes = ", ".join(f"{code} {html.escape(r.get('description', ''))}"
                              for code, r in op.get("responses", {}).items())
            parts.append(f"<p>Responses: {codes}. Errors: <code>{{\"error\": {{\"status\", \"code\", "
                         f"\"message\"}}}}</code> (401, 404, 413, 422).</p>")
    style = ("body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5}"
             "pre{background:#f4f4f4;padding:.5rem;overflow:auto}code{background:#f1f1f1}")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pelisaannot API</title>'
            f"<style>{style}</style></head><body><main>{''.join(parts)}</main></body></html>")


def from_environment() -> FastAPI:
    """The app for each uvicorn worker process (`serve --workers N`): settings come from the environment."""
    data = json.loads(os.environ[SETTINGS_ENV])
    data["limits"] = Limits(**data["limits"])
    data["cors_origins"] = tuple(data["cors_origins"])
    return create_app(ServerSettings(**data))


def _mount_rule_pages(app: FastAPI, engine: _Engine, settings: ServerSettings) -> None:
    """The rule reference (what `pelisaannot docs build` writes) at /rules/: from a built folder, or built in
    memory from the server's policy."""
    if settings.docs_dir:
        app.mount("/rules", StaticFiles(directory=settings.docs_dir, html=True), name="rules")
        return
    pages = build_site(engine.source)

    @app.get("/rules/", include_in_schema=False)
    @app.get("/rules/{name}", include_in_schema=False)
    def rule_page(name: str = "index.html") -> HTMLResponse:
        if name not in pages:
            raise ApiError(404, "not_found", f"Ei sivua {name}. / No page {name}.")
        return HTMLResponse(pages[name])


__all__ = ["create_app"]
