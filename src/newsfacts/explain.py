"""Render, sentence by sentence, which rules fired and what they produced.

``newsfacts explain FILE`` prints this; it reads only the text and the :class:`Facts`
(their ``trace`` holds the sentences and every rule firing).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from newsfacts.lexicon import Lexicon, load_lexicon
from newsfacts.models import Article, Span
from newsfacts.rules import Facts, Rule, extract_facts
from newsfacts.rules.home import find_home


def _quote(text: str, span: Span, limit: int = 70) -> str:
    s = " ".join(span.slice(text).split())
    return repr(s if len(s) <= limit else s[: limit - 1] + "…")


def explain(text: str, facts: Facts, *, width: int = 100) -> str:
    """A plain-text report: each sentence, the rules that fired in it, the facts it yields."""
    names = {a.id: a.name for a in facts.actors}
    lines: list[str] = []
    for i, sent in enumerate(facts.trace.sentences):
        lines.append(f"[{i + 1}] " + textwrap.shorten(sent.slice(text), width=width, placeholder=" …"))
        for f in facts.trace.firings:
            if sent.start <= f.span.start < sent.end:
                note = f"  → {f.note}" if f.note else ""
                lines.append(f"    {f.rule:<30} {_quote(text, f.span)}{note}")
        for m in facts.meetings:
            if any(ev == sent for ev in m.evidence):
                who = " + ".join(names.get(p, p) for p in m.participants)
                date = f" {m.date.value}" if m.date is not None and m.date.value else ""
                lines.append(
                    f"    = meeting {m.id}: {who} ({m.modality}, {m.status}{date})  rules: {', '.join(m.rules)}"
                )
        for st in facts.statements:
            if st.evidence == sent:
                who = " + ".join(names.get(p, p) for p in st.speakers)
                lines.append(
                    f"    = statement {st.id}: {who} {st.cue!r} [{st.kind}] "
                    f"{textwrap.shorten(st.content, 60, placeholder='…')!r}  rules: {', '.join(st.rules)}"
                )
    lines.append("")
    for a in facts.actors:
        lines.append(f"{a.id} {a.kind} {a.name!r} country={a.country} rules: {', '.join(a.rules)}")
    for w in facts.warnings:
        lines.append(f"warning: {w}")
    return "\n".join(lines) + "\n"


def explain_article(article: Article, *, lexicon: Lexicon | None = None, rules: Iterable[Rule] = ()) -> str:
    """:func:`explain` for an extracted article: the engine runs again on its text and body.

    Extraction is deterministic, so the ids match the article's. Pass the plugin manager's
    ``lexicon`` and ``rules`` to see what its plugins contributed fire too.
    """
    if article.text is not None:
        text, spans = article.text, article.body_spans or None
    else:
        text, spans = article.body, None
    lx = lexicon if lexicon is not None else load_lexicon()
    # the same home country the pipeline gave the article (its outlet, URL and dateline)
    home = find_home(
        lx,
        outlet=article.outlet,
        url=article.url,
        dateline_place=article.dateline.place if article.dateline is not None else None,
    )
    title = article.title_span if article.text is not None else None
    facts = extract_facts(text, spans, published=article.published, title=title, lexicon=lx, rules=rules, home=home)
    head = f"# {article.id}" + (f" — {article.title}" if article.title else "")
    return head + "\n" + explain(text, facts)
