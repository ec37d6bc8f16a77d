"""The rule reference, like ruff's rule pages: one HTML page per rule (clause, rationale, message, examples), the
policy documents the rules quote (with their clause anchors), and an index. Static files, no scripts, nothing
loaded from outside; `pelisaannot docs build DIR` writes them and `pelisaannot serve` serves them at /rules/.

A finding's link is `<base_url>#<anchor>`; without a `base_url` it points into the Markdown document inside the
installed package (`file:///…`), which is useless on another machine. `relinked` points every rule's link at the
built pages instead: `<url>/<document>.html#<anchor>`.
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from urllib.parse import unquote, urlparse

import regex

from pelisaannot.policy import Policy
from pelisaannot.rule import Rule

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;margin:0 auto;
padding:1rem 1.25rem;line-height:1.55;color:#1b1b1b;background:#fff}
a{color:#0b4f8a}a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}
code{background:#f1f1f1;padding:0 .2em;border-radius:3px}
blockquote{border-left:4px solid #0b4f8a;margin:1rem 0;padding:.25rem 1rem;background:#f4f7fb}
.meta{color:#444}.bad,.good{padding:.4rem .6rem;margin:.3rem 0;border-radius:4px;white-space:pre-wrap}
.bad{background:#fdf0ef;border-left:4px solid #a4262c}.good{background:#eef7ee;border-left:4px solid #1e6b2e}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;
vertical-align:top}
"""
CATEGORY_FI = {"customer-data": "asiakastiedot", "confidential": "luottamuksellinen", "copyright": "tekijänoikeus",
               "tone": "sävy", "hashtags": "hashtagit", "security": "tietoturva", "platform": "palvelun rajat",
               "style": "tyyli"}
SEVERITY_FI = {"error": "virhe", "warning": "varoitus", "info": "huomio"}


def _page(title: str, body: str) -> str:
    return (f'<!doctype html>\n<html lang="fi">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
            f'<main id="main">\n{body}\n</main>\n</body>\n</html>\n')


def _inline(text: str) -> str:
    """Escaped text with `code`, **bold** and the `<a id="..."></a>` clause anchors of a policy document."""
    out = html.escape(text, quote=False)
    out = regex.sub(r"&lt;a id=&quot;([\w-]+)&quot;&gt;&lt;/a&gt;|&lt;a id=\"([\w-]+)\"&gt;&lt;/a&gt;",
                    lambda m: f'<a id="{m.group(1) or m.group(2)}"></a>', out)
    out = regex.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    return regex.sub(r"\*\*([^*]+)\*\*", r"<strong>\1</strong>", out)


def markdown(text: str) -> str:
    """The small Markdown of policy documents: headings (with `{#id}`), paragraphs, `-` lists, anchors."""
    blocks: list[str] = []
    paragraph: list[str] = []
    items: list[list[str]] = []

    def flush() -> None:
        if paragraph:
            blocks.append(f"<p>{_inline(' '.join(paragraph))}</p>")
            paragraph.clear()
        if items:
            blocks.append("<ul>\n" + "\n".join(f"<li>{_inline(' '.join(i))}</li>" for i in items) + "\n</ul>")
            items.clear()

    for line in text.splitlines():
        heading = regex.match(r"^(#{1,6})\s+(.*?)(?:\s*\{#([\w-]+)\})?\s*$", line)
        if heading:
            flush()
            level = len(heading.group(1))
            anchor = f' id="{heading.group(3)}"' if heading.group(3) else ""
            blocks.append(f"<h{level}{anchor}>{_inline(heading.group(2))}</h{level}>")
        elif regex.match(r"^\s*[-*]\s+", line):
            if paragraph:
                flush()
            items.append([regex.sub(r"^\s*[-*]\s+", "", line)])
        elif not line.strip():
            flush()
        elif items and line.startswith((" ", "\t")):
            items[-1].append(line.strip())
        else:
            if items:
                flush()
            paragraph.append(line.strip())
    flush()
    return "\n".join(blocks)


def document_page(link: str) -> str:
    """The built page of the document a link points into: `…/perusta.md#x` -> `perusta.html`."""
    path = urlparse(link.split("#", 1)[0]).path.rstrip("/")
    stem = Path(unquote(path)).stem or "index"
    return f"{stem}.html"


def _documents(policy: Policy) -> dict[str, Path]:
    """Built page name -> the Markdown document, for every document a rule of the policy links into."""
    out: dict[str, Path] = {}
    for rule in policy.rules:
        target = rule.link.split("#", 1)[0]
        if target.startswith("file://"):
            out.setdefault(document_page(rule.link), Path(unquote(urlparse(target).path)))
    if policy.document.is_file():
        out.setdefault(document_page(policy.document.as_uri()), policy.document)
    return out


def relinked(policy: Policy, url: str) -> Policy:
    """The policy with every link into a shipped document pointed at the built pages under `url`."""
    url = url.rstrip("/")
    rules = tuple(dataclasses.replace(r, link=f"{url}/{document_page(r.link)}#{r.anchor}")
                  if r.link.startswith("file://") else r for r in policy.rules)
    return dataclasses.replace(policy, rules=rules)


def _rule_page(rule: Rule, policy: Policy) -> str:
    local = f"{document_page(rule.link)}#{rule.anchor}" if rule.link.startswith("file://") else rule.link
    examples_bad = "\n".join(f'<div class="bad"><span aria-label="rikkoo säännön">✗</span> '
                             f"{html.escape(e.text)}</div>" for e in rule.bad)
    examples_good = "\n".join(f'<div class="good"><span aria-label="kunnossa">✓</span> '
                              f"{html.escape(e.text)}</div>" for e in rule.good)
    platforms = ", ".join(sorted(rule.platforms)) if rule.platforms else "kaikki"
    messages = "\n".join(f"<dt>{html.escape(lang)}</dt><dd>{html.escape(text)}</dd>"
                         for lang, text in rule.messages.items())
    body = f"""<p><a href="index.html">← Kaikki säännöt ({html.escape(policy.name)})</a></p>
<h1 id="{rule.id}">{rule.id}: {html.escape(rule.title)}</h1>
<p class="meta">Luokka: {html.escape(CATEGORY_FI.get(rule.category, rule.category))} ({rule.category}) ·
Vakavuus: {html.escape(SEVERITY_FI.get(rule.severity, rule.severity))} ({rule.severity}) ·
Tarkistus: <code>{rule.kind}</code> · Palvelut: {html.escape(platforms)}{'' if rule.enabled else
' · <strong>pois päältä oletuksena</strong> (ota käyttöön: <code>--select ' + rule.id + '</code>)'}</p>
<h2>Pelisääntö</h2>
<p>{html.escape(rule.section)}</p>
<blockquote><p>{html.escape(rule.quote)}</p></blockquote>
<p><a href="{html.escape(local)}">Lue kohta pelisäännöistä</a></p>
<h2>Miksi</h2>
<p>{html.escape(" ".join(rule.rationale.split())) or "–"}</p>
<h2>Viesti</h2>
<dl>{messages}</dl>
{f'<h2>Parempi tapa</h2><p>{html.escape(rule.suggestion)}</p>' if rule.suggestion else ''}
<h2>Esimerkkejä, joista sääntö huomauttaa</h2>
{examples_bad or '<p>–</p>'}
<h2>Esimerkkejä, jotka ovat kunnossa</h2>
{examples_good or '<p>–</p>'}"""
    return _page(f"{rule.id}: {rule.title} – pelisaannot", body)


def build_pages(policy: Policy) -> dict[str, str]:
    """File name -> HTML of every page of the reference."""
    pages: dict[str, str] = {}
    documents = _documents(policy)
    for name, path in documents.items():
        pages[name] = _page(f"{name[:-5]} – pelisäännöt",
                            '<p><a href="index.html">← Kaikki säännöt</a></p>\n'
                            + markdown(path.read_text(encoding="utf-8")))
    rows = "\n".join(
        f'<tr><td><a href="{r.id}.html">{r.id}</a></td><td>{html.escape(r.title)}</td>'
        f"<td>{html.escape(CATEGORY_FI.get(r.category, r.category))}</td>"
        f"<td>{html.escape(SEVERITY_FI.get(r.severity, r.severity))}</td></tr>" for r in policy.rules)
    docs = "\n".join(f'<li><a href="{name}">{html.escape(name[:-5])}</a></li>' for name in documents)
    pages["index.html"] = _page(
        f"{policy.organisation}: säännöt – pelisaannot",
        f"<h1>{html.escape(policy.organisation)}</h1>\n<p>Politiikka <code>{html.escape(policy.name)}</code> "
        f"{html.escape(policy.version)}: {len(policy.rules)} sääntöä.</p>\n<h2>Pelisäännöt</h2>\n<ul>{docs}</ul>\n"
        f"<h2>Säännöt</h2>\n<table>\n<thead><tr><th scope=\"col\">Tunnus</th><th scope=\"col\">Sääntö</th>"
        f"<th scope=\"col\">Luokka</th><th scope=\"col\">Vakavuus</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n"
        f"</table>")
    for rule in policy.rules:
        pages[f"{rule.id}.html"] = _rule_page(rule, policy)
    return pages


def build(policy: Policy, directory: str | Path) -> list[Path]:
    """Write the reference into `directory` (created if needed); returns the files written."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in build_pages(policy).items():
        (out / name).write_text(text, encoding="utf-8")
        written.append(out / name)
    return written


__all__ = ["build", "build_pages", "document_page", "markdown", "relinked"]
