"""The cleaning stage: where the title, the dateline, the body and the boilerplate lie.

The text is never changed: cleaning returns spans into it. Plugins answer the questions
(:func:`~newsfacts.hookspecs.newsfacts_find_title`, ``newsfacts_find_dateline``) and contribute
the patterns (``newsfacts_boilerplate``); this module only applies them, line by line:

1. every non-blank line is stripped; a line that fully matches a ``line`` or ``tail`` pattern is
   boilerplate. A ``tail`` line takes every line after it only when the body has begun and no
   sentence of prose follows it (a "Comments" or "Read more" line between paragraphs is page
   chrome, not the page's end); such a line takes just the link lines right after it;
2. the title span comes from the plugins; the lines before it are page chrome, and a later line
   that repeats it is the headline's second copy;
3. ``fragment`` patterns cut glued chrome (a license sentence, agency initials) out of a line;
4. the dateline opens the first body line (or the second, after a standfirst when chrome such
   as a byline or a stamp stands between them);
5. a hard-wrapped text (plain-text wire copy, paragraphs broken into lines of at most
   :data:`MAX_WRAP_WIDTH` characters and set apart by blank lines) has no headline line inside a
   paragraph, and the lines of one paragraph make one body span (the rules read its line breaks
   as spaces: :func:`newsfacts.rules.engine.extract_facts`).

Patterns are compiled once per plugin manager and outlet. A line is tried only against the
patterns that can match it, as the prefilters of :mod:`newsfacts.prefilter` tell (most lines
are prose that no pattern matches, and ruling a pattern out is cheaper than running it).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from newsfacts.contributions import Boilerplate
from newsfacts.models import Dateline, Span
from newsfacts.prefilter import Gate, GateSet, LineMatcher, LinePatterns, Probe, opening_width, widest
from newsfacts.text import trusted_span

#: A title is trusted only among the first lines: a later "headline" is a plugin's mistake.
MAX_TITLE_LINE = 8
#: A line before the title that looks like this is prose, so the "title" is no headline.
_PROSE = re.compile(r"(?:\S+\s+){11,}\S*[.!?][\"”’)]?")
#: A line without the whitespace around it (``\s`` is what ``str.strip`` strips).
_STRIPPED_LINE = re.compile(r"\S(?:[^\n]*\S)?")
#: A line of prose: four words or more, ending a sentence. After a tail line, it means the
#: article goes on (a related-article list or a comment form holds none).
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S*[.!?][\"”’)]?")
#: A link after a "Read more" line that the article goes on after: a headline, no sentence.
_LINK = re.compile(r"(?:\S+\s+){1,19}\S*[^\s.!?:;,\"”’)]")
#: How many link lines a "Read more" line between paragraphs may take with it.
MAX_LINKS = 3


@attrs.frozen
class Cleaned:
    """Where the parts of one article lie in its original text."""

    title: Span | None
    dateline: Dateline | None
    license: str | None
    #: The article's paragraphs, without title, dateline and boilerplate, in text order.
    body: tuple[Span, ...]
    #: Every removed span (stripped lines and glued fragments), in text order.
    boilerplate: tuple[Span, ...]

    def body_text(self, text: str) -> str:
        """The body as the output's ``body``: paragraphs joined by a blank line."""
        return "\n\n".join([text[s.start : s.end] for s in self.body])


# -- compiled patterns ------------------------------------------------------------------------

#: A pattern that opens with a repeat this wide or wider (``[^\n]{0,400}…``) tries every split
#: of a line before it fails: it runs only in the articles its gate admits.
_SCANNING = 16


@attrs.frozen
class _LinePatterns:
    """The ``line`` and ``tail`` patterns, to classify stripped lines (see
    :class:`~newsfacts.prefilter.LinePatterns`); a scanning one only in the articles its gate admits."""

    patterns: tuple[Boilerplate, ...]
    regexes: LinePatterns
    #: Every pattern's source (what :func:`told_chrome` compares a plugin's own line patterns with).
    sources: frozenset[str]
    #: Each gated pattern's bit, with its gate.
    gated: tuple[tuple[int, Gate], ...]
    #: The matcher of each set of admitted patterns (a mask), made once: it holds no article's state. (A field
    #: given by ``build``, not an attrs default: the compiled build's native class takes no attrs field object.)
    matchers: dict[int, _LineMatcher]

    @classmethod
    def build(cls, patterns: list[Boilerplate]) -> _LinePatterns:
        gates = [Gate.of(bp.pattern) if opening_width(bp.pattern) >= _SCANNING else None for bp in patterns]
        gated = tuple((1 << i, gate) for i, gate in enumerate(gates) if gate is not None)
        sources = frozenset(bp.pattern for bp in patterns)
        return cls(tuple(patterns), LinePatterns([bp.pattern for bp in patterns]), sources, gated, {})

    def matcher(self, probe: Probe, admits: list[bool] | None = None) -> _LineMatcher:
        """The line patterns for the article ``probe`` reads: all but the gated ones it shuts out (``admits``: what
        each gate of ``gated`` tells of it, when told already)."""
        admitted = self.regexes.every
        for k, (bit, gate) in enumerate(self.gated):
            if not (gate.admits(probe) if admits is None else admits[k]):
                admitted &= ~bit
        matcher = self.matchers.get(admitted)
        if matcher is None:
            matcher = self.matchers.setdefault(admitted, _LineMatcher(self.patterns, self.regexes.matcher(admitted)))
        return matcher


@attrs.frozen
class _LineMatcher:
    """The line patterns one article admits."""

    patterns: tuple[Boilerplate, ...]
    lines: LineMatcher

    def fullmatch(self, line: str, foldable: bool = False) -> Boilerplate | None:
        """The first pattern that ``line`` (stripped, not empty) fully matches (``foldable``: see
        :meth:`LineMatcher.first`)."""
        i = self.lines.first(line, foldable)
        return None if i is None else self.patterns[i]


@attrs.frozen
class _Rules:
    #: Scope "line" and "tail": fully matched against each stripped line.
    lines: _LinePatterns
    #: Scope "fragment": compiled one by one (MULTILINE, so ``$`` ends a line) and run over the
    #: whole text, so that each keeps the regex engine's fast scan for its first character; each
    #: only in the articles that hold its gate's literal (``in`` finds it faster still). Last, how long
    #: a match can be when its gate's words are exact ones (``sys.maxsize`` else): every match holds one of
    #: them, so none starts farther than that before the first of them in the text.
    fragments: tuple[tuple[re.Pattern[str], Boilerplate, Gate | None, int], ...]
    #: The gates of ``lines.gated``, then those of ``fragments``: told at once for an article (many share words).
    gates: GateSet

    def fragment_matches(
        self, text: str, probe: Probe, admits: list[bool] | None = None
    ) -> list[tuple[int, int, Boilerplate]]:
        """Every fragment match in ``text`` that stays on one line, stripped, in text order (``admits``: what each
        gate of ``fragments`` tells of ``probe``, in order, when told already)."""
        found = []
        k = 0
        for regex, bp, gate, width in self.fragments:
            pos = 0
            if gate is not None:
                k += 1
                if not (gate.admits(probe) if admits is None else admits[k - 1]):
                    continue
                if width < len(text):
                    # a license sentence at the article's end: its scan starts near it, not at the text's start
                    first = len(text)
                    for w in gate.words:
                        at = text.find(w)
                        if 0 <= at < first:
                            first = at
                    pos = first - width if first > width else 0
            for m in regex.finditer(text, pos):
                start, end = _strip(text, m.start(), m.end())
                if end > start and "\n" not in text[start:end]:
                    found.append((start, end, bp))
        found.sort(key=lambda f: (f[0], -f[1]))
        return found


_cache: dict[int, tuple[Any, dict[str | None, _Rules], dict[tuple[Boilerplate, ...], _Rules]]] = {}
_cache_lock = threading.Lock()


def _rules(hook: Any, outlet: str | None) -> _Rules:
    """The compiled boilerplate for this hook relay and outlet, built once per process.

    ``HookRelay`` cannot be weakly referenced, so the cache is keyed on ``id`` and keeps the
    relay itself to make sure the id was not reused by another manager. Outlets that get the
    same patterns (every outlet no plugin names, in a crawl of thousands of sites) share one
    compiled set: compiling a set took a good part of a second, hundreds of times what cleaning one article
    does.
    """
    entry = _cache.get(id(hook))
    if entry is not None and entry[0] is hook:
        rules = entry[1].get(outlet)
        if rules is not None:
            return rules  # the common case needs no lock: entries are only ever added
    with _cache_lock:
        entry = _cache.get(id(hook))
        if entry is None or entry[0] is not hook:
            entry = (hook, {}, {})
            _cache[id(hook)] = entry
        per_outlet, per_patterns = entry[1], entry[2]
        rules = per_outlet.get(outlet)
        if rules is None:
            patterns = _applicable(hook.newsfacts_boilerplate(outlet=outlet), outlet)
            rules = per_patterns.get(patterns)
            if rules is None:
                rules = per_patterns[patterns] = _compile(patterns)
            per_outlet[outlet] = rules
        return rules


def _applicable(contributions: Iterable[Iterable[Boilerplate] | None], outlet: str | None) -> tuple[Boilerplate, ...]:
    return tuple(bp for group in contributions if group for bp in group if bp.applies_to(outlet))


def _compile(patterns: tuple[Boilerplate, ...]) -> _Rules:
    whole = [bp for bp in patterns if bp.scope != "fragment"]
    fragments: list[tuple[re.Pattern[str], Boilerplate, Gate | None, int]] = []
    for bp in patterns:
        if bp.scope == "fragment":
            gate = Gate.of(bp.pattern)
            width = widest(bp.pattern) if gate is not None and not gate.folded else sys.maxsize
            fragments.append((re.compile(bp.pattern, re.MULTILINE), bp, gate, width))
    lines = _LinePatterns.build(whole)
    gates = GateSet([gate for _bit, gate in lines.gated] + [f[2] for f in fragments if f[2] is not None])
    return _Rules(lines, tuple(fragments), gates)


# -- cleaning ---------------------------------------------------------------------------------


def _stripped_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line, whitespace stripped."""
    return [m.span() for m in _STRIPPED_LINE.finditer(text)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    return start + left, start + len(piece.rstrip())


def _title_line(
    text: str, title: Span | None, lines: list[tuple[int, int]], kinds: list[Boilerplate | None]
) -> int | None:
    """The index of the line holding ``title``, or ``None`` when the title cannot be trusted."""
    if title is None or title.end > len(text) or title.end <= title.start:
        return None
    for i, (start, end) in enumerate(lines[:MAX_TITLE_LINE]):
        if start <= title.start and title.end <= end:
            if kinds[i] is not None:
                return None  # a plugin's "title" that the patterns call chrome
            before = (j for j in range(i) if kinds[j] is None)
            if any(_PROSE.fullmatch(text, lines[j][0], lines[j][1]) for j in before):
                return None  # the article began before this line
            return i
    return None


#: The widest line of a hard-wrapped text (wrapping tools break at 70 to 80 characters).
MAX_WRAP_WIDTH: Final = 80
#: The shortest line that counts as broken by the wrapping (a byline or a list item is shorter).
_MIN_WRAP_LINE: Final = 50
#: How many lines must run on into the next line of their paragraph, mid-sentence, to call a text hard-wrapped.
_MIN_WRAPS: Final = 2


def _wrap_runs(text: str, lines: list[tuple[int, int]], *, one_break: bool) -> int:
    """How many lines near the width stop mid-sentence (a word or a comma) and go on in the next line (with
    ``one_break``, one line break apart, not a blank line); -1 when a line is wider than wrapping makes."""
    runs = 0
    for i in range(len(lines) - 1):
        start, end = lines[i]
        if end - start > MAX_WRAP_WIDTH:
            return -1
        last = text[end - 1]
        if (
            end - start >= _MIN_WRAP_LINE
            and (last.islower() or last == ",")
            and (not one_break or text.count("\n", end, lines[i + 1][0]) == 1)
        ):
            runs += 1
    return runs


def _wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether ``text`` is hard-wrapped: every line is short, paragraphs are set apart by blank lines,
    and lines run on mid-sentence into the next line of their paragraph."""
    if "\n\n" not in text and "\n\r\n" not in text:
        return False
    return _wrap_runs(text, lines, one_break=True) >= _MIN_WRAPS


#: How many lines a hard-wrapped text with no blank line between its paragraphs has at least, and the share
#: of them that must run on mid-sentence: wire copy broken at a fixed width, one paragraph after another
_MIN_SOLID_LINES: Final = 5
_MIN_SOLID_SHARE: Final = 0.25


def _solid_wrapped_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The logical lines of a hard-wrapped text with no blank lines ("visiting US Secretary of State /
    Condoleezza Rice held talks"): each line that stops mid-sentence (a word or a comma, the line near the
    width) joined to the next; None when ``text`` is not such a text. Its short lines that end a sentence
    ("Diaoyutai State Guesthouse.") are then no lines of their own for the furniture patterns to take."""
    if len(lines) < _MIN_SOLID_LINES or "\n\n" in text or "\n\r\n" in text:
        return None
    runs = _wrap_runs(text, lines, one_break=False)
    if runs < _MIN_WRAPS + 1 or runs < _MIN_SOLID_SHARE * len(lines):
        return None
    out: list[tuple[int, int]] = []
    open_end = False  # the line before stops mid-sentence
    for start, end in lines:
        if open_end and out:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        last = text[end - 1]
        open_end = end - start >= _MIN_WRAP_LINE and (last.isalnum() or last in ",;-–(")
    return out


def _unwrapped(text: str, body: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Body spans of a hard-wrapped text: the lines of one paragraph (one line break apart) joined."""
    out: list[tuple[int, int]] = []
    for start, end in body:
        if out and text[out[-1][1] : start].count("\n") == 1 and not text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


#: the shortest paragraph whose second copy is removed: shorter ones ("Read more", a one-word line) are left to
#: the furniture patterns, and an article may repeat a short line ("He added:") on purpose
_MIN_REPEATED: Final = 60
#: how a cut teaser ends
_ELLIPSES: Final = ("...", "…")
#: what may stand between two copies of a headline on one line ("<headline> | <headline>")
_TITLE_SEPARATORS: Final = re.compile(r"[\s|:·•–—-]*")


def _title_repeated(line: str, title: str) -> bool:
    """Is ``line`` the headline printed twice or more, joined by separators ("X | X")?"""
    return line.count(title) >= 2 and _TITLE_SEPARATORS.fullmatch(line.replace(title, "")) is not None


def _teaser_of_later(texts: list[str], i: int, line: str) -> bool:
    """Is ``line``, which ends in an ellipsis, the cut start of a later line (at least ``_MIN_REPEATED`` long)?"""
    cut = line.rstrip(".…").rstrip()
    if len(cut) < _MIN_REPEATED:
        return False
    return any(later.startswith(cut) and len(later) > len(cut) for later in texts[i + 1 :])


#: the longest paragraph taken for a cut teaser of another story (clean.teaser_list)
_TEASER_MAX: Final = 250
#: how a paragraph of the article may end (a teaser cut with no ellipsis ends otherwise)
_SENTENCE_ENDS: Final = (".", "!", "?", '"', "”", "’", ")", ":")


def _teaser_tail(text: str, body: list[tuple[int, int]]) -> int:
    """clean.teaser_list: where a list of two or more cut teasers of other stories (short paragraphs ending in an
    ellipsis; the last one may be cut with none) closes the body, or ``len(body)`` when none does."""
    k, cut = len(body), 0
    while k > 1:
        start, end = body[k - 1]
        if end - start > _TEASER_MAX:
            break
        if text.endswith(_ELLIPSES, start, end):
            cut += 1
        elif k < len(body) or text.endswith(_SENTENCE_ENDS, start, end):
            break
        k -= 1
    return k if cut >= 2 else len(body)


def clean_article(text: str, outlet: str | None, hook: Any, *, raw: bytes | None = None) -> Cleaned:
    """Find title, dateline, license, body paragraphs and boilerplate in ``text``.

    ``hook`` is the plugin manager's ``hook`` relay. Nothing in ``text`` is changed; every
    span returned indexes it. ``raw``: the text's UTF-8 form, when the caller made it already (the
    gates' folding then encodes the text no second time).
    """
    rules = _rules(hook, outlet)
    probe = Probe(text, raw)
    # every gate told in one pass: the line patterns' and the fragments' share words
    admits = rules.gates.admits(probe)
    gated = len(rules.lines.gated)
    matcher = rules.lines.matcher(probe, admits[:gated])
    # a line of a foldable article is foldable: its folded tests skip that check (the gates folded the text already)
    foldable = probe.folded() is not None
    lines = _stripped_lines(text)
    # clean.solid_wrapped: wire copy wrapped at a fixed width with no blank lines: its sentences made whole first
    solid = _solid_wrapped_lines(text, lines)
    lines = solid or lines
    kinds: list[Boilerplate | None] = []
    matched: dict[str, Boilerplate | None] = {}  # a line printed twice (a page's headline) is matched once
    # each line's text, sliced once: the body's loop below tests the same strings again (a string hashes once)
    texts: list[str] = []
    for s, e in lines:
        line = text[s:e]
        texts.append(line)
        if line in matched:
            kinds.append(matched[line])
        else:
            kind = matched[line] = matcher.fullmatch(line, foldable)
            kinds.append(kind)
    fragments = rules.fragment_matches(text, probe, admits[gated:]) if rules.fragments else []
    # (start, end) pairs, made spans once at the end: the pipeline's own offsets need no checks
    removed: list[tuple[int, int]] = []
    license_: str | None = None

    # the plugins' title finders may read the lines' classes (told_chrome) instead of matching them again
    saved = getattr(_told, "lines", None)
    _told.lines = (text, lines, kinds, rules.lines.sources)
    try:
        title: Span | None = hook.newsfacts_find_title(text=text, outlet=outlet)
    finally:
        _told.lines = saved
    ti = _title_line(text, title, lines, kinds)
    wrapped = _wrapped(text, lines)
    if wrapped and ti is not None and ti + 1 < len(lines) and text.count("\n", lines[ti][1], lines[ti + 1][0]) == 1:
        ti = None  # the first line of a wrapped paragraph, not a headline
    if solid is not None and ti is not None and title is not None and title.end < lines[ti][1]:
        ti = None  # the same, with no blank lines: the "title" is the first line of a joined one
    if ti is None:
        title, first = None, 0
    else:
        assert title is not None
        removed.extend(lines[:ti])
        first = ti + 1
    title_text = None if title is None else text[title.start : title.end].strip()

    prose_after: list[bool] | None = None  # computed at the first tail line, if there is one
    body: list[tuple[int, int]] = []
    dateline: Dateline | None = None
    #: Whether a line was removed since the body's first paragraph: the header is not over
    #: (a standfirst, then a byline or a date stamp, then the dateline).
    header = False
    links = 0
    seen: set[str] = set()  # the body's paragraphs so far
    for i in range(first, len(lines)):
        start, end = lines[i]
        kind = kinds[i]
        if kind is not None:
            license_ = license_ or kind.license
            if kind.scope == "tail" and body:
                if prose_after is None:
                    prose_after = _prose_after(text, lines, kinds)
                if not prose_after[i + 1]:
                    removed.extend(lines[i:])
                    break
                links = MAX_LINKS
            header = header or len(body) == 1
            removed.append((start, end))
            continue
        if links and _LINK.fullmatch(text, start, end):
            links -= 1
            removed.append((start, end))
            continue
        links = 0
        para = texts[i]
        if title_text is not None and para == title_text:
            removed.append((start, end))
            continue
        if end - start >= _MIN_REPEATED and para in seen:
            # a paragraph printed twice (a standfirst repeated under the article, a teaser): its second copy is
            # the page's, as a headline's second copy is, and would tell its statements twice
            removed.append((start, end))
            continue
        if title_text is not None and _title_repeated(para, title_text):
            # clean.title_twice_in_line: "<headline> | <headline>", a page's title bar over its headline
            removed.append((start, end))
            continue
        if para.endswith(_ELLIPSES) and _teaser_of_later(texts, i, para):
            # clean.teaser: "Abu Dhabi, March 23 (WAM): The UAE has strongly condemned the attack at a hall in ...",
            # a cut copy of a paragraph printed in full further down
            removed.append((start, end))
            continue
        seen.add(para)
        # most articles have no fragment at all: the whole line is text (no generator made per line)
        pieces = _pieces(text, start, end, matcher, fragments) if fragments else ((start, end, None),)
        for piece_start, piece_end, bp in pieces:
            if bp is not None:
                license_ = license_ or bp.license
                removed.append((piece_start, piece_end))
                continue
            if not body or (dateline is None and header and len(body) == 1):
                # Until the body begins, every opening is asked: a place alone on its line
                # ("ANKARA") may precede the wire dateline, and cleaning twice must find none.
                # A standfirst may come first, when chrome (a byline, a stamp) follows it.
                found, piece_start = _dateline(text, outlet, hook, piece_start, piece_end)
                dateline = found or dateline
                if piece_start >= piece_end:
                    continue
            body.append((piece_start, piece_end))

    if (cut := _teaser_tail(text, body)) < len(body):
        # clean.teaser_list: "Iran's Deputy Foreign Minister X has said Iran and Y are committed…", the cut
        # openings of other stories listed under the article: the page's, and their statements are not the article's
        removed.extend(body[cut:])
        del body[cut:]
    if wrapped:
        body = _unwrapped(text, body)
    return Cleaned(
        title=title,
        dateline=dateline,
        license=license_,
        body=tuple([trusted_span(s, e) for s, e in body]),
        boilerplate=tuple([trusted_span(s, e) for s, e in sorted(removed)]),
    )


#: While :func:`clean_article` asks the plugins for a title, in its thread: the text, its lines, their classes, and
#: the sources of the line patterns that classed them.
_told = threading.local()


def told_chrome(text: str, start: int, end: int, sources: frozenset[str]) -> bool | None:
    """Whether one of the line patterns ``sources`` fully matches the line ``text[start:end]`` (stripped), as the
    cleaning stage already told while it asks a title finder about ``text``; None when it cannot tell.

    A title finder that skips chrome lines matches the first lines of the text against its patterns; cleaning
    matched them against every plugin's just before (a test costs tens of microseconds on a headline). A line no
    pattern of cleaning's matched, when they hold all of ``sources``, matches none of ``sources``; a line whose
    first matching pattern is one of ``sources`` matches. (Patterns an article's gates left out cannot match in it.)
    """
    told = getattr(_told, "lines", None)
    if told is None or told[0] is not text:
        return None
    lines, kinds, known = told[1], told[2], told[3]
    for i in range(len(lines)):
        s, e = lines[i]
        if s >= start:
            if s != start or e != end:
                return None
            kind = kinds[i]
            if kind is None:
                return False if sources <= known else None
            return True if kind.pattern in sources else None
    return None


def _prose_after(text: str, lines: list[tuple[int, int]], kinds: list[Boilerplate | None]) -> list[bool]:
    """``[i]``: whether a line of prose that no pattern removes stands at line ``i`` or after."""
    after = [False] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        after[i] = after[i + 1] or (kinds[i] is None and _SENTENCE.fullmatch(text, *lines[i]) is not None)
    return after


def _pieces(
    text: str, start: int, end: int, matcher: _LineMatcher, fragments: list[tuple[int, int, Boilerplate]]
) -> Iterator[tuple[int, int, Boilerplate | None]]:
    """Split one line around its glued fragments: ``(start, end, pattern or None for text)``.

    Only lines that no pattern matches whole come here: one that no fragment cuts is all text.
    """
    at = start
    for f_start, f_end, bp in fragments:
        if f_start < at or f_end > end:
            if f_start >= end:
                break
            continue  # before this line, or overlapping a fragment already cut
        yield from _text_piece(text, at, f_start, matcher)
        yield f_start, f_end, bp
        at = f_end
    if at == start:
        yield start, end, None
    else:
        yield from _text_piece(text, at, end, matcher)


def _text_piece(
    text: str, start: int, end: int, matcher: _LineMatcher
) -> Iterator[tuple[int, int, Boilerplate | None]]:
    start, end = _strip(text, start, end)
    if end > start:
        # What is left beside a fragment may itself be a whole chrome line ("Tags AR/MA").
        yield start, end, matcher.fullmatch(text[start:end])


def _dateline(text: str, outlet: str | None, hook: Any, start: int, end: int) -> tuple[Dateline | None, int]:
    """Ask the plugins for the dateline opening the body; return it and where the body starts.

    A dateline repeated at once ("TEHRAN – TEHRAN –") is taken whole, so that the body holds none.
    """
    dateline: Dateline | None = None
    for _ in range(3):
        found: Dateline | None = hook.newsfacts_find_dateline(text=text, outlet=outlet, start=start)
        if found is None:
            break
        span = found.span
        if span is None:
            return dateline or found, start
        if span.start < start or span.end > end or span.end <= span.start:
            break  # a dateline must open this line; anything else is a plugin's mistake
        dateline = dateline or found
        start = _strip(text, span.end, end)[0]
        if start >= end:
            break
    return dateline, start
