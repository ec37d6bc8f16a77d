"""A policy's rule reference as static HTML, like ruff's rule pages: one page per rule, an index, the policy text.

`pelisaannot docs build DIR` writes it; the local server serves the same pages; a pack whose `base_url` names
where the pages are published links every finding to its rule's page there. Pages are plain HTML with one
inline stylesheet: nothing is loaded from outside, so they work offline and inside an intranet.

The policy documents are Markdown written by the pack's authors. They are rendered with raw HTML switched off
(a pack may come from anyone); only the clause anchors (`<a id="..."></a>` and `{#id}` after a heading) are
kept, so the links into clauses still land.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlparse

import regex
from markdown_it import MarkdownIt

from pelisaannot.policy import Policy
from pelisaannot.rule import Example, Rule

CATEGORY_NAMES = {
    "customer-data": "Asiakastiedot",
    "confidential": "Luottamuksellinen aineisto",
    "copyright": "Tekijänoikeus",
    "tone": "Sävy",
    "hashtags": "Hashtagit",
    "security": "Tunnukset ja salasanat",
    "platform": "Palvelun rajat",
    "style": "Kieli ja saavutettavuus",
}
SEVERITY_NAMES = {"error": "virhe", "warning": "varoitus", "info": "vihje"}

_ANCHOR_RE = regex.compile(r'<a id="([A-Za-z0-9_-]+)"></a>')
_HEADING_ID_RE = regex.compile(r"^(#{1,6} .*?)\s*\{#([A-Za-z0-9_-]+)\}\s*$", regex.MULTILINE)
_MARK = "\uE000anchor:{}\uE001"
_MARK_RE = regex.compile("\uE000anchor:([A-Za-z0-9_-]+)\uE001")

STYLE = """
body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
a{color:#0b4f8a}nav{margin-bottom:1.5rem}blockquote{border-left:4px solid #0b4f8a;margin:1rem 0;padding:.2rem 1rem;
background:#f3f6fa}code,pre{background:#f4f4f4;padding:.1rem .3rem}pre{padding:.6rem;white-space:pre-wrap}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ccc}
.bad mark{background:#ffd7d7;outline:1px solid #a00}dl dt{font-weight:600}
"""


def _page(title: str, body: str, lang: str = "fi") -> str:
    return (f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
            f'<body>\n<nav><a href="index.html">Kaikki säännöt</a></nav>\n<main>\n{body}\n</main>\n</body>\n</html>\n')


def document_page(clause_link: str) -> str:
    """The page name of the policy document a clause link points into (`policy-kela.html`)."""
    path = Path(unquote(urlparse(clause_link.split("#", 1)[0]).path))
    return f"policy-{path.parent.name}.html"


def render_document(markdown: str, title: str) -> str:
    """A policy document as a page, its clause anchors kept and any raw HTML shown as text."""
    text = _HEADING_ID_RE.sub(lambda m: f"{m.group(1)} {_MARK.format(m.group(2))}", markdown)
    text = _ANCHOR_RE.sub(lambda m: _MARK.format(m.group(1)), text)
    body = MarkdownIt("commonmark", {"html": False}).render(text)
    body = _MARK_RE.sub(lambda m: f'<a id="{m.group(1)}"></a>', body)
    return _page(title, body)


def _example(example: Example, bad: bool) -> str:
    text = html.escape(example.text)
    if bad and example.match and example.match in example.text:
        before, _, after = example.text.partition(example.match)
        text = f"{html.escape(before)}<mark>{html.escape(example.match)}</mark>{html.escape(after)}"
    platform = f" <small>({html.escape(example.platform)})</small>" if example.platform != "generic" else ""
    return f"<li>{text}{platform}</li>"


def rule_page(rule: Rule) -> str:
    """One rule: what it finds, the clause it enforces (quoted and linked), why, and its examples."""
    e = html.escape
    clause = f"{document_page(rule.clause_link)}#{rule.anchor}" if rule.clause_link else rule.link
    parts = [
        f"<h1>{e(rule.id)}: {e(rule.title)}</h1>",
        "<dl>",
        f"<dt>Luokka</dt><dd>{e(CATEGORY_NAMES.get(rule.category, rule.category))} ({e(rule.category)})</dd>",
        f"<dt>Vakavuus</dt><dd>{e(SEVERITY_NAMES.get(rule.severity, rule.severity))} ({e(rule.severity)})</dd>",
        f"<dt>Tarkistus</dt><dd><code>{e(rule.kind)}</code></dd>",
    ]
    if rule.platforms:
        parts.append(f"<dt>Palvelut</dt><dd>{e(', '.join(sorted(rule.platforms)))}</dd>")
    if not rule.enabled:
        parts.append(f"<dt>Käytössä</dt><dd>vain pyydettäessä (<code>--select {e(rule.id)}</code>)</dd>")
    parts.append("</dl>")
    section = f" ({e(rule.section)})" if rule.section else ""
    parts += [f"<h2>Pelisääntö{section}</h2>", f"<blockquote><p>{e(rule.quote)}</p></blockquote>",
              f'<p><a href="{e(clause)}">Pelisääntö kokonaisuudessaan</a></p>']
    if rule.rationale:
        parts += ["<h2>Miksi</h2>", f"<p>{e(' '.join(rule.rationale.split()))}</p>"]
    parts += ["<h2>Viesti</h2>", f"<p>{e(' '.join(rule.message().split()))}</p>"]
    if rule.suggestion:
        parts += ["<h2>Ehdotus</h2>", f"<p>{e(rule.suggestion)}</p>"]
    if rule.bad:
        parts += ["<h2>Esimerkkejä, joista sääntö huomauttaa</h2>", '<ul class="bad">',
                  *(_example(x, True) for x in rule.bad), "</ul>"]
    if rule.good:
        parts += ["<h2>Esimerkkejä, jotka ovat kunnossa</h2>", '<ul class="good">',
                  *(_example(x, False) for x in rule.good), "</ul>"]
    return _page(f"{rule.id}: {rule.title}", "\n".join(parts))


def index_page(policy: Policy) -> str:
    """Every rule of the policy by category, with links to their pages and to the policy text."""
    e = html.escape
    parts = [f"<h1>{e(policy.organisation)}: pelisäännöt ja niiden tarkistukset</h1>",
             f"<p>Paketti <code>{e(policy.name)}</code> {e(policy.version)}, {len(policy.rules)} sääntöä. "
             f'<a href="{e(document_page(policy.document.as_uri()))}">Pelisäännöt kokonaisuudessaan</a>.</p>']
    for category in sorted({r.category for r in policy.rules}, key=list(CATEGORY_NAMES).index):
        parts += [f"<h2>{e(CATEGORY_NAMES.get(category, category))}</h2>", "<table>",
                  '<tr><th scope="col">Tunnus</th><th scope="col">Sääntö</th><th scope="col">Vakavuus</th></tr>']
        for rule in (r for r in policy.rules if r.category == category):
            parts.append(f'<tr><td><a href="{e(rule.id)}.html">{e(rule.id)}</a></td><td>{e(rule.title)}</td>'
                         f"<td>{e(SEVERITY_NAMES.get(rule.severity, rule.severity))}</td></tr>")
        parts.append("</table>")
    return _page(f"{policy.organisation}: pelisäännöt", "\n".join(parts))


def _documents(policy: Policy) -> Iterable[Path]:
    uris = {r.clause_link.split("#", 1)[0] for r in policy.rules if r.clause_link} | {policy.document.as_uri()}
    return sorted(Path(unquote(urlparse(uri).path)) for uri in uris)


def build_site(policy: Policy) -> dict[str, str]:
    """Every page of the policy's rule reference, by file name."""
    pages = {"index.html": index_page(policy)}
    for rule in policy.rules:
        pages[f"{rule.id}.html"] = rule_page(rule)
    for document in _documents(policy):
        title = f"Pelisäännöt ({document.parent.name})"
        pages[document_page(document.as_uri())] = render_document(document.read_text(encoding="utf-8"), title)
    return pages


def write_site(policy: Policy, directory: Path) -> list[Path]:
    """Write the rule reference into `directory` (created if missing); each page is written atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in build_site(policy).items():
        target = directory / name
        partial = directory / f".{name}.partial"
        partial.write_text(content, encoding="utf-8")
        os.replace(partial, target)
        written.append(target)
    return written
