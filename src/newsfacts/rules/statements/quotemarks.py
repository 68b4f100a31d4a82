"""Where quotation marks stand: the first mark of a span, whether a position is inside quotes, a quote left
open over the paragraphs before or closed paragraphs on, and a content stripped of its enclosing quotes."""

from __future__ import annotations

from newsfacts.models import Span
from newsfacts.rules.coref import open_paragraphs_before
from newsfacts.rules.statements.patterns import _MAX_COLON_PARAGRAPH, _QUOTE_CLOSE, _QUOTE_OPEN


def _first_quote(text: str, span: Span) -> int:
    """Where the sentence's first quotation mark stands (its end when it has none): a cue
    before it cannot be inside quotes."""
    q = _quote_mark(text, span.start, span.end)
    return q if q >= 0 else span.end


def _quote_mark(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the first quotation mark (“, ” or ", the marks :func:`_inside_quotes` counts) of ``text[start:end]``
    stands, -1 when it has none: three substring searches are several times cheaper than a regex's scan of the
    characters (``start`` and ``end`` are never negative here)."""
    found = text.find('"', start, end)
    if found >= 0:
        end = found  # a curly mark counts only before it
    i = text.find("“", start, end)
    if i >= 0:
        found = end = i
    i = text.find("”", start, end)
    return i if i >= 0 else found


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    # outlets mix straight and curly quotes ("...” ), so count them together
    chunk = text[start:pos]
    return (chunk.count("“") + chunk.count("”") + chunk.count('"')) % 2 == 1


def _run_open_before(text: str, pos: int) -> int:
    """Where a quote opens that runs on, unclosed, over the paragraphs before the one holding ``pos`` (whose
    words before ``pos`` hold no quotation mark): the first of those paragraphs; -1 when none does."""
    para = text.rfind("\n", 0, pos) + 1
    if para == 0 or _quote_mark(text, para, pos) >= 0:
        return -1
    before = text[:para].rstrip()
    prev = before.rfind("\n") + 1
    if not before or text[prev] not in _QUOTE_OPEN or _quote_mark(before, prev + 1) >= 0:
        return -1
    return open_paragraphs_before(text, prev)


def _strip_content(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Trim a content span: spaces, a trailing period, enclosing quotes when the whole is quoted."""
    # the ends stepped over in place, as ``text[start:end].lstrip(" ,:;\t").rstrip(" \t.;,")`` would cut them: a
    # character or two each, no copies of the content
    while start < end and text[start] in " ,:;\t":
        start += 1
    while end > start and text[end - 1] in " \t.;,":
        end -= 1
    if start >= end:
        return start, end, False
    direct = False
    if start < end and text[start] in _QUOTE_OPEN:
        close = _find_close(text, start, end)
        if close is not None and close >= end - 2:
            direct = True
            start += 1
            end = close
            # the sentence's comma before the closing mark of a fronted quote ("…a historic moment," he said) is
            # no part of what was said, as its period is not
            while end > start and text[end - 1] in " \t.,":
                end -= 1
        elif close is not None and close - start > (end - start) * 0.6:
            direct = True
    elif (
        start < end - 1
        and text[end - 1] in _QUOTE_CLOSE
        and text[end - 2] in ",.!?"
        and _quote_mark(text, start, end - 1) < 0
    ):
        # the closing mark of a quote opened in the paragraph before (statement.quote_continued_before)
        end -= 1
        while end > start and text[end - 1] in " \t.,":
            end -= 1
        direct = True
    return start, end, direct


def _find_close(text: str, start: int, end: int) -> int | None:
    opener = text[start]
    closer = {"“": "”", '"': '"', "‘": "’"}[opener]
    i = text.find(closer, start + 1, end + 2)
    return i if i >= 0 else None


def _comma_or_quote_before(text: str, start: int, pos: int) -> int:
    """Where the comma or closing quote that ``text[start:pos]`` ends in stands (only spaces
    after it), else -1: "..., said Wang", "“...” said Wang"."""
    i = pos - 1
    while i >= start and text[i].isspace():
        i -= 1
    return i if i >= start and text[i] in ',”"' else -1


def _quote_continues(text: str, s: int, e: int) -> int:
    """Where a quote opened at ``s`` and not closed by ``e`` (its paragraph's end) closes, paragraphs on
    (each opening with "“"), within _MAX_COLON_PARAGRAPH characters; ``e`` when it does not go on so."""
    if text.find("”", s, e + 2) >= 0:
        return e
    nl = text.find("\n", e)
    if nl < 0 or text[e:nl].strip(" .,;!?\t") or nl - s > _MAX_COLON_PARAGRAPH:
        return e  # the content does not end its paragraph
    pos = nl
    while pos - s <= _MAX_COLON_PARAGRAPH:
        while pos < len(text) and text[pos] in "\n \t":
            pos += 1
        if pos >= len(text) or text[pos] != "“":
            return e
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        close = text.rfind("”", pos, end)
        if close >= 0 and not text[close + 1 : end].strip():
            return close + 1 if close + 1 - s <= _MAX_COLON_PARAGRAPH else e
        if close >= 0 or text.find("“", pos + 1, end) >= 0:
            return e  # closed inside the paragraph, words of the article's own after it: not one quote
        pos = end
    return e
