"""HTML: one self-contained, semantic page (or one page per article plus an index page).

Every printed text appears once, escaped, in the element that says what it is: `<article>`
with a `<header>` for the headline group, `<figure>`/`<figcaption>` for captions, `<aside>`
for an editor's note, and a small print footer for jump lines and page furniture.
"""

from __future__ import annotations

import datetime
import html
from urllib.parse import quote

from editor.core.export.common import Placement, clean, edition_date
from editor.core.export.walk import ArticleView, EditionView

CSS = """\
:root { color-scheme: light dark; --ink: #1d1d1f; --muted: #62615d; --rule: #d8d4ca;
  --paper: #fffdf8; --box: #f3f0e8; }
@media (prefers-color-scheme: dark) { :root { --ink: #e8e6e1; --muted: #a9a69e;
  --rule: #44423d; --paper: #1b1a18; --box: #26241f; } }
body { margin: 0 auto; max-width: 42em; padding: 2em 1.25em 4em; color: var(--ink);
  background: var(--paper); font: 18px/1.85 "Noto Serif CJK SC", "Source Han Serif SC",
  "Songti SC", SimSun, serif; overflow-wrap: anywhere; }
h1, h2, h3, .kicker, .subheadline, .section-title, nav { font-family: "Noto Sans CJK SC",
  "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", SimHei, sans-serif; }
h1, h2, h3 { line-height: 1.35; margin: .3em 0; }
section > h1.section-title, p.section-title { font-size: 1em; color: var(--paper);
  background: var(--ink); display: inline-block; padding: .1em .6em; margin: 2.5em 0 .5em; }
article { border-top: 2px solid var(--ink); margin-top: 1.5em; padding-top: .8em; }
article > p { text-indent: 2em; margin: .5em 0; }
header p { margin: .2em 0; }
.kicker, .subheadline { color: var(--muted); }
.dateline, .byline { color: var(--muted); font-size: .9em; }
figure { margin: 1em 0; padding: .6em 1em; background: var(--box);
  border-left: 3px solid var(--rule); }
figcaption { font-size: .9em; }
.credit { color: var(--muted); margin-left: .5em; }
aside.note { margin: 1em 0; padding: .6em 1em; border: 1px solid var(--rule); }
.print { color: var(--muted); font-size: .8em; border-top: 1px solid var(--rule);
  margin-top: 2em; }
.print p { margin: .2em 0; }
nav a, ul a { color: inherit; }
"""


def _e(text: str | None) -> str:
    return html.escape(clean(text or ""), quote=True)


def _page(title: str, body: list[str]) -> bytes:
    head = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>\n{CSS}</style>",
        "</head>",
        "<body>",
    ]
    return ("\n".join(head + body + ["</body>", "</html>"]) + "\n").encode("utf-8")


def _title(date: datetime.date | None) -> str:
    return f"版面 {date.year}年{date.month}月{date.day}日" if date else "版面"


def _note(notes: list[str] | tuple[str, ...]) -> list[str]:
    return [f'<aside class="note"><p><strong>编者按</strong> {_e(n)}</p></aside>' for n in notes]


def article_html(article: ArticleView, level: int) -> list[str]:
    """One `<article>`; its headline is an `<h{level}>`, its subheads one level below."""
    out = ["<article>", "<header>"]
    if article.kicker:
        out.append(f'<p class="kicker">{_e(article.kicker)}</p>')
    out.extend(
        f"<h{level}>{_e(h)}</h{level}>"
        for h in filter(None, [article.headline, *article.extra_headlines])
    )
    if article.subheadline:
        out.append(f'<p class="subheadline">{_e(article.subheadline)}</p>')
    out.extend(f'<p class="byline">{_e(b)}</p>' for b in article.bylines)
    if article.dateline:
        out.append(f'<p class="dateline">{_e(article.dateline)}</p>')
    out.append("</header>")
    sub = level + 1
    for role, text in article.body:
        out.append(f"<h{sub}>{_e(text)}</h{sub}>" if role == "subhead" else f"<p>{_e(text)}</p>")
    for caption in article.captions:
        text = _e(caption.text)
        credit = f'<span class="credit">{_e(caption.credit)}</span>' if caption.credit else ""
        out.append(f"<figure><figcaption>{text}{credit}</figcaption></figure>")
    if article.jumps:
        out.append('<footer class="print">')
        out.extend(f'<p class="jump">{_e(j)}</p>' for j in article.jumps)
        out.append("</footer>")
    out.append("</article>")
    return out


def _furniture(lines: list[str]) -> list[str]:
    if not lines:
        return []
    return ['<footer class="print">', *(f"<p>{_e(line)}</p>" for line in lines), "</footer>"]


def write(view: EditionView) -> bytes:
    """The whole edition as one page: a `<section>` per section, an `<article>` per article."""
    body = ["<main>"]
    for section in view.sections:
        body.append("<section>")
        if section.title:
            body.append(f'<h1 class="section-title">{_e(section.title)}</h1>')
        body.extend(_note(section.notes))
        for article in section.articles:
            body.extend(article_html(article, 2))
        body.append("</section>")
    body.append("</main>")
    body.extend(_furniture(view.furniture))
    return _page(_title(edition_date(view)), body)


def write_article(article: ArticleView, place: Placement) -> bytes:
    """One article's page, with a link back to the index page."""
    body = ['<nav><a href="index.html">目录</a></nav>', "<main>"]
    if article.section_title:
        body.append(f'<p class="section-title">{_e(article.section_title)}</p>')
    body.extend(_note(place.notes))
    body.extend(article_html(article, 1))
    body.append("</main>")
    title = clean(article.headline or "") or _title(place.date)
    return _page(title, body)


def write_index(view: EditionView, pages: list[tuple[ArticleView, str]]) -> bytes:
    """The index page: each section's title and links to its articles' pages."""
    names = {article.id: name for article, name in pages}
    title = _title(edition_date(view))
    body = ["<main>", f"<h1>{html.escape(title)}</h1>"]
    for section in view.sections:
        body.append("<section>")
        if section.title:
            body.append(f"<h2>{_e(section.title)}</h2>")
        body.append("<ul>")
        for article in section.articles:
            label = _e(article.headline or article.kicker or "") or "（无标题）"
            href = html.escape(quote(names[article.id]), quote=True)
            body.append(f'<li><a href="{href}">{label}</a></li>')
        body.append("</ul>")
        body.append("</section>")
    body.append("</main>")
    body.extend(_furniture(view.furniture))
    return _page(title, body)
