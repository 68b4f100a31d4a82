"""Actor rules: find the spans that name persons, countries, organizations and groups.

Two regex scans of the lexicon (names case-sensitively, words case-insensitively) and one
scan for runs of capitalised words give every candidate; the named rules below decide which
runs are persons (``actor.title_name``: a title stands before the run, and so on) and what
their role and country are. Nothing here links mentions to each other: that is ``coref``.

Window bounds on the hot paths are written ``a if a > b else b`` rather than ``max(a, b)``: in the
pure build a call of the builtin parses its arguments as keywords and costs about a thousand
instructions, and these run thousands of times an article.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.lexicon import word_list as _word_list
from newsfacts.rules.dates import DAY_AND_MONTH_WORDS, MONTH_NUMBERS
from newsfacts.rules.doc import WORD_AFTER_RX, Doc, Hit, Mention

#: capitals a name may open with: Latin, Latin-1 ("É"), Latin Extended-A and -B ("Đ", "Ł", "Š", "Ş", "İ")
#: and the Vietnamese letters of Latin Extended Additional ("Ứ"); a word opening with a small letter of
#: those ranges is no English word either
_UP_BEYOND_ASCII: Final = "\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u1e00-\u1eff"
_UP: Final = f"A-Z{_UP_BEYOND_ASCII}"
# one capitalised word, possibly hyphenated ("Abu-Rahma", "Nouri-Zadeh"), or an Arabic
# article glued to one ("al-Thani"); a possessive "'s" is left out
_ARTICLES: Final = ("al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "ul", "bin")
# ``[a-z\w]``, not ``\w``: the same characters, the lower-case ASCII letters most of a name's told by a range test
# before a Unicode category lookup
# actor.trailing_ayn: "Mohammed Shia’ al-Sudani": an apostrophe ending a word before an Arabic article is the
# transliterated ayn, a letter of the name (no possessive stands there)
_TOKEN_REST: Final = rf"[a-z\w]*(?:-[{_UP}a-z][a-z\w]*|['’](?!s\b)[{_UP}a-z][a-z\w]*)*(?:['’](?=[ ](?:al-|Al[- ])))?"
_NAME_TOKEN: Final = rf"(?:(?:{'|'.join(_ARTICLES)})-)?[{_UP}]{_TOKEN_REST}"
_PARTICLE: Final = r"(?:bin|bint|ibn|al|el|de|da|di|du|del|della|van|von|der|den|le|la|ul|dos|das|e)"
_CHAIN_REST: Final = rf"(?:[ ](?:{_PARTICLE}[ ])*{_NAME_TOKEN})*"
#: a chain of capitalised words joined by single spaces and name particles
CHAIN: Final = re.compile(rf"(?<![\w'’-]){_NAME_TOKEN}{_CHAIN_REST}")
#: ``CHAIN`` where no word starts with an article: every word of the chain starts with a capital, and
#: the pattern starts with the class of capitals (the regex engine skips to them with a table lookup
#: instead of trying the pattern at every position); the lookbehind after it is CHAIN's, one
#: character back
_CHAIN_CAPITAL: Final = re.compile(rf"[{_UP}](?<![\w'’-].){_TOKEN_REST}(?:[ ](?:{_PARTICLE}[ ])*[{_UP}]{_TOKEN_REST})*")
#: ``_CHAIN_CAPITAL`` for a text with no capital of ``_UP`` beyond ASCII (most): the same matches, and the regex
#: engine skips to a chain's first letter by a range test instead of a lookup in a table of many ranges
_CHAIN_ASCII_CAPITAL: Final = re.compile(
    rf"[A-Z](?<![\w'’-].){_TOKEN_REST}(?:[ ](?:{_PARTICLE}[ ])*[{_UP}]{_TOKEN_REST})*"
)
_TOKEN_IN_CHAIN: Final = re.compile(rf"{_NAME_TOKEN}|{_PARTICLE}")

#: capitalised words that never belong to a person's name: the built-in ``nonname`` table
#: (the rules read ``Lexicon.nonname``, which holds plugins' entries too)
STOP_WORDS: Final = frozenset(_word_list("nonname"))

# words that end a person-name search to the left (a title stretch never crosses them)
_TITLE_JOINERS: Final = frozenset({"of", "for", "to", "the", "on", "in", "at"})
_SUBJECT_GAP: Final = re.compile(
    r"\s*(?:,[^,.;“”\"]{1,90},\s*)?(?:(?:also|further|finally|then|once again|again|later|earlier|"
    r"has|have|had|already|in turn|for (?:his|her|its|their) part,?|on \w+(?: (?:morning|afternoon|"
    r"evening|night))?|in (?:the|a|this|his|her) (?:meeting|talks|call|phone call|conversation|"
    r"press conference|statement|interview))\s+){0,4}$"
)
#: an organization's head told by the organization's name of several words ("the Arab League chief", "the AU
#: Commission chairperson") or by a generic noun's possessive ("the bloc's top diplomat", "the alliance's chief") or
#: a named organization's ("the EU's top diplomat")
# It opens with "he " (found by the regex engine's fast literal scan, where a leading ``\b`` made it try every
# position) and reads the "T"/"t" and the word start behind it: each match starts one character before.
_ORG_HEAD_DESC_RX: Final = re.compile(
    r"he (?<=(?<!\w)[Tt]he )(?:([A-Z][\w-]*(?: [A-Z][\w-]*){1,2})"
    r"|(bloc|alliance|union|league|organi[sz]ation|agency|watchdog)['’]s"
    r"|([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['’]s)"
    r" (?:chief|head|top diplomat|foreign policy chief|secretary[- ]general|chairperson|chairman|chair|"
    r"director[- ]general)\b"
)
#: "the host", "his guest", "the visitor" (not "the host country", "the guest of honour"), as
#: ``\b(?:[Tt]he|[Hh]is|[Hh]er) (?:host|guest|visitor)\b(?!…)``: one pattern per noun, opening with the noun
#: (found by the regex engine's fast literal scan, where a leading ``\b`` made it try every position) and
#: reading the determiner behind it. A match starts 4 characters before the noun; the nouns' matches never
#: overlap, so together, in text order, they are that one pattern's.
_HOST_GUEST_NOUNS: Final = tuple(
    (
        noun,
        re.compile(
            rf"{noun}(?<=(?<!\w)(?:[Tt]he|[Hh]is|[Hh]er) {noun})\b(?![-'’]| (?:country|nation|city|government|of)\b)"
        ),
    )
    for noun in ("host", "guest", "visitor")
)
_OFFICE_RX: Final = re.compile(r"([A-Z][\w-]+)(['’]s)\s+([Oo]ffice)\b")
_SURNAME_HE_RX: Final = re.compile(r" [A-Z][a-z]+\b")
_TITLE_BEFORE_RX: Final = re.compile(r"\b[A-Z][a-z]+ $")
_HONORIFIC_PRONOUN: Final = re.compile(
    r"\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\b(?![ \t]+(?:Sheikh|Prince|[A-Z]))"
)
#: the group words after "the " (a ``_PRONOUN_HE`` match of group "the")
_THE_GROUPS: Final = (
    # coref.group: "the two countries' top diplomats stressed ...": the persons, not the countries
    r"(?:two countries['’] (?:top |senior |foreign )?(?:diplomats|ministers|officials|leaders|presidents|envoys)|"
    r"(?:two|three|four|five) (?:sides|parties|(?:top |senior |foreign |defense |)"
    r"(?:diplomats|ministers|officials|leaders|presidents|envoys|men|countries|delegations|negotiators)|"
    # coref.group: "the two heads of state recently met in Dubai", "The two Heads of State were expected to ..."
    r"(?:[Hh]eads of (?:[Ss]tate|[Gg]overnment)|prime ministers))|"
    # coref.group: "The interlocutors underlined ...", "the collocutors": the parties of the talk just told
    r"sides|interlocutors|collocutors|(?:two )?(?:officials|diplomats|ministers) of the two countries|"
    # "the heads of state discussed ...": the leaders just told, not "the heads of state of the CIS"
    r"heads of state(?! of\b| and\b))"
)
# A pronoun (the matches of r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b") or a group ("the two sides", "both
# sides", "the officials of the two countries"), as found by three scans that each open with a literal
# (the regex engine's fast literal search; a class of first letters, [HhSsTtBb], made it try a quarter
# of all positions): "he" (lower-case "he", "she", "they", "the ..."), "He", and "oth " ("both ...").
# Lookbehinds check the word start (no word character before the first letter) and the letters before
# the literal; each named group says how far before the literal its match starts (``_PRONOUN_OFFSET``).
# "they" and "the ..." share the lookbehind that reads their "t" (read once per "he" of a "the", "then" or
# "other", the most common, not once per alternative).
# No two matches of the three overlap: together, in text order, they are the one scan's matches of
# r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Tt]he (?:...)|[Bb]oth (?:sides|countries))\b".
_PRONOUN_HE: Final = re.compile(
    rf"he(?:(?P<he>(?<!\w..))|(?<=(?<!\w)[Tt]he)(?:(?P<they>y)|(?P<the> {_THE_GROUPS}))|(?P<she>(?<=(?<!\w)[Ss]he)))\b"
)
# ``_PRONOUN_HE`` as scanned (``_pronoun_he_matches``): the "the" groups first and with no lookbehind, "they" read
# after its "y", and one lookbehind (no "T" or "t" before the "h") before the "he" and "she" ones. Each lookbehind
# costs the regex engine a jump of its own: a "the" before no group word (most "he" of a text) was turned down by
# four lookbehinds, here by one. A "the" group's "T" or "t" and word start are read in Python, and where they fail
# the position is ``_PRONOUN_HE``'s to match ("he two sides" is the pronoun)
_PRONOUN_HE_SCAN: Final = re.compile(
    rf"he(?:(?P<the> {_THE_GROUPS})|(?P<they>y)(?<=(?<!\w)[Tt]hey)"
    r"|(?<![Tt]..)(?:(?P<he>(?<!\w..))|(?P<she>(?<=(?<!\w)[Ss]he))))\b"
)
_WORD_CHAR: Final = re.compile(r"\w")


def _pronoun_he_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``_PRONOUN_HE.finditer(text, start, end)``, found by ``_PRONOUN_HE_SCAN``: wherever the one matches, the
    scan matches too, and the same unless the scan's match is a "the" group after no "T" or "t" that opens a word;
    there ``_PRONOUN_HE`` itself is asked."""
    out: list[re.Match[str]] = []
    pos = start
    while (m := _PRONOUN_HE_SCAN.search(text, pos, end)) is not None:
        at = m.start()
        if m.lastgroup == "the" and not (
            text[at - 1 : at] in ("T", "t") and (at < 2 or _WORD_CHAR.match(text, at - 2) is None)
        ):
            found = _PRONOUN_HE.match(text, at, end)
            if found is None:
                pos = at + 1
                continue
            m = found
        out.append(m)
        pos = m.end()
    return out


_PRONOUN_CAPITAL_HE: Final = re.compile(r"He(?<!\w..)\b")
#: coref.group: "both sides", "both countries", and "Both ministers voiced ..." (the persons of the talk told, or the
#: two just named: coref.the_two)
_GROUP_BOTH: Final = re.compile(
    r"oth (?<=(?<!\w)[Bb]oth )(?:sides|countries|(?:top |senior |foreign )?"
    r"(?:ministers|leaders|presidents|diplomats|officials|envoys))\b"
)
_PRONOUN_OFFSET: Final = {"he": 0, "she": 1, "they": 1, "the": 1}
_WORD_RUN: Final = re.compile(r"\w+")


def _pronouns_and_groups(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The pronouns and groups in ``text[start:end]``, in text order: (start, end, is a group)."""
    if start > 0 and (w := _WORD_RUN.match(text, start - 1, end)) is not None:
        # a word that runs on into the stretch starts none: each scan starts after it (its literal may lie
        # inside it, past ``start``)
        start = w.end()
    found = [
        (m.start() - _PRONOUN_OFFSET[m.lastgroup or ""], m.end(), m.lastgroup == "the")
        for m in _pronoun_he_matches(text, start, end)
    ]
    found += [(m.start(), m.end(), False) for m in _PRONOUN_CAPITAL_HE.finditer(text, start, end)]
    found += [(m.start() - 1, m.end(), True) for m in _GROUP_BOTH.finditer(text, start, end)]
    found.sort()
    return found


def scan_hits(doc: Doc, spans: tuple[tuple[int, int], ...]) -> None:
    """Find every lexicon phrase in the body: the two trie scans."""
    lx = doc.lexicon
    text = doc.text
    lowered, astral, wide = _lowered(text)
    doc.memo["actors.wide_capitals"] = wide  # (read by find_persons: which chain scan it runs)
    name_hits, word_hits = doc.name_hits, doc.word_hits
    name_tables, word_tables = lx.name_tables, lx.word_tables
    for start, end in _stretches(doc, spans) if lx.single_line else spans:
        # group 1 is the name, group 2 a possessive ("Iran's", "the US’"); read as ``m[1]``, not ``m.group(1)``
        # (a method call packs its argument in a tuple: two per hit)
        for m in _name_matches(lx, text, start, end):
            core = m[1]
            table = name_tables.get(core, "")
            if table:
                s, e = m.span(1)
                name_hits.append(_tuple_new(Hit, (s, e, core, table, m[2] is not None)))
        if lx.words_after_re is None:
            for m in lx.words_re.finditer(lowered, start, end):
                s, e = m.span()
                word_hits.append(_tuple_new(Hit, (s, e, text[s:e], word_tables.get(m[0], "word"), False)))
            continue
        # the same hits as ``words_re.finditer``: a phrase at the stretch's start (the character before it lies
        # outside), then the scan led by the character before each phrase
        first = lx.words_re.match(lowered, start, end)
        if first is not None:
            s, e = first.span()
            word_hits.append(_tuple_new(Hit, (s, e, text[s:e], word_tables.get(first[0], "word"), False)))
            start = e
        for m in (lx.words_after_re if astral or lx.words_bmp_re is None else lx.words_bmp_re).finditer(
            lowered, start, end
        ):
            s, e = m.span()
            s += 1
            word_hits.append(_tuple_new(Hit, (s, e, text[s:e], word_tables.get(lowered[s:e], "word"), False)))


#: the ASCII bytes, deleted from a text's UTF-8 to leave its other characters
_ASCII_BYTES: Final = bytes(range(128))


def _lowered(text: str) -> tuple[str, bool, bool]:
    """``text`` lower-cased character by character, of the same length; whether it holds a character
    beyond the Basic Multilingual Plane; and whether it holds a capital of ``_UP`` beyond ASCII.

    Lower-cased as UTF-8 bytes (a table lookup per byte) when no character beyond ASCII changes: ``str.lower``
    looks up the full case mapping of every character of a text with any such character (curly quotes).
    """
    raw = text.encode("utf-8", "surrogatepass")
    rest = raw.translate(None, _ASCII_BYTES)
    astral = _ASTRAL_LEAD_RX.search(rest) is not None
    # the characters beyond ASCII alone: a few quotes and dashes in most texts
    other = rest.decode("utf-8", "surrogatepass") if rest else ""
    wide = _WIDE_CAPITAL_RX.search(other) is not None
    if other == other.lower():
        return raw.lower().decode("utf-8", "surrogatepass"), astral, wide
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased ("İ")
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered, astral, wide


#: the first byte of a character beyond the Basic Multilingual Plane in UTF-8
_ASTRAL_LEAD_RX: Final = re.compile(rb"[\xf0-\xf7]")
#: a capital of ``_UP`` beyond ASCII
_WIDE_CAPITAL_RX: Final = re.compile(f"[{_UP_BEYOND_ASCII}]")


def _name_matches(lx: Lexicon, text: str, start: int, end: int) -> Iterable[re.Match[str]]:
    """``lx.names_re``'s matches in ``text[start:end]``, found by the scans of ``lx.name_scans``."""
    scans = lx.name_scans
    if not scans:
        return lx.names_re.finditer(text, start, end)
    found = [m for rx in scans[1:] for m in rx.finditer(text, start, end)]
    if not found:
        return scans[0].finditer(text, start, end)  # no name opening with a small letter (most articles)
    found += scans[0].finditer(text, start, end)
    found.sort(key=_MATCH_START)
    out: list[re.Match[str]] = []
    at = start
    for m in found:
        if m.start() >= at:
            out.append(m)
            at = m.end()
        elif m.end() > at:
            # a name starting inside another and running past it: its scan skipped the text it spans after the
            # other, where ``names_re`` searched on
            return lx.names_re.finditer(text, start, end)
    return out


_MATCH_START: Final = operator.methodcaller("start")

# a named tuple made from a ready tuple: skips the Python-level __new__ (hundreds of hits per article)
_tuple_new: Final = tuple.__new__
#: the default values of a :class:`Mention`'s fields after ``possessive``, for mentions made from a tuple
_MENTION_DEFAULTS_AFTER_POSSESSIVE: Final = tuple(
    Mention._field_defaults[f] for f in Mention._fields[Mention._fields.index("possessive") + 1 :]
)


def _stretches(doc: Doc, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The stretches of text to scan: the paragraphs, or all of them as one when only line
    breaks separate them.

    For a pattern that cannot match a line break one scan over the run of paragraphs finds
    exactly what a scan per paragraph finds (to a lookaround at a paragraph's edge the line
    break next to it looks like the end of the text: no word character), with one regex call
    instead of one per paragraph and pattern.
    """
    key = ("actors.stretches", spans)
    found = doc.memo.get(key)
    if found is None:
        found = spans
        text = doc.text
        prev = -1
        for start, end in spans:
            if prev >= 0 and (start <= prev or text.count("\n", prev, start) != start - prev):
                break
            prev = end
        else:
            if len(spans) > 1:
                found = ((spans[0][0], spans[-1][1]),)
        doc.memo[key] = found
    return found  # type: ignore[return-value]


def _name_table(lx: Lexicon, s: str) -> str:
    return lx.name_tables.get(s, "")


# -- persons ---------------------------------------------------------------------------------------


def _country_in(doc: Doc, start: int, end: int) -> str | None:
    """The first country or demonym in ``[start, end)`` that is not a posting ("to Russia")."""
    lx = doc.lexicon
    # actor.the_country_title: "the US special envoy, X": a country named with its article ("the US")
    # starts before the title
    lo = start - 4 if doc.text.startswith(("the ", "The "), start - 4) else start
    for h in doc.names_between(lo, end):
        if h.table not in ("country", "demonym", "place"):
            continue
        if h.table == "place" and not lx.places[h.text][1]:
            continue
        if h.table in ("demonym", "country") and doc.text.startswith((" Affairs", " affairs"), h.end):
            # actor.portfolio_title: "Director General for African Affairs", "Taiwan Affairs Office
            # spokeswoman" serve no African state, not Taiwan
            continue
        before = doc.text[h.start - 9 if h.start - 9 > start else start : h.start].rstrip().lower()
        if before.endswith((" to", " for", " in", " on")) or before in ("to", "for", "in", "on"):
            if before.endswith((" to the", " for the")):
                continue
            continue
        return lx.country_of(h.text)
    # actor.body_country: "State Department spokesperson", "Kremlin spokesman", "Hamas official"
    for w in doc.words_between(start, end):
        if w.table == "body" and w.end <= end and (c := lx.body_countries.get(w.text.lower())):
            return c
    for h in doc.names_between(start, end):
        if h.table == "organization" and h.end <= end and lx.organizations[h.text][1]:
            return lx.organizations[h.text][1]
    return None


def _role_hits(doc: Doc, start: int, end: int) -> list[Hit]:
    hits, starts = _roles(doc)
    lo = bisect.bisect_left(starts, start)
    return [h for h in hits[lo : bisect.bisect_left(starts, end, lo)] if h.end <= end]


def _has_role(doc: Doc, start: int, end: int) -> bool:
    """Does a role word start in ``[start, end)``?"""
    starts = _roles(doc)[1]
    return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)


def _roles(doc: Doc) -> tuple[list[Hit], list[int]]:
    """The role and plural word hits, and their starts: listed once per article."""
    found = doc.memo.get("actors.roles")
    if found is None:
        hits = [h for h in doc.word_hits if h.table in ("role", "plural")]
        found = (hits, [h.start for h in hits])
        doc.memo["actors.roles"] = found
    return found  # type: ignore[return-value]


def _body_hits(doc: Doc) -> list[Hit]:
    """The body hits ("Foreign Ministry", "Kremlin"): listed once per article, for the person rules and the body
    rules (each walked all the word hits for them)."""
    found = doc.memo.get("actors.bodies")
    if found is None:
        found = doc.memo["actors.bodies"] = [h for h in doc.word_hits if h.table == "body"]
    return found  # type: ignore[return-value]


def _in_role(doc: Doc, pos: int, name: int) -> bool:
    """Is ``pos`` inside a role word that ends right before ``name`` ("chancellor", "state councilor")?"""
    hits, starts = _roles(doc)
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0 or pos >= hits[i].end or hits[i].table != "role":
        return False
    return not doc.text[hits[i].end : name].strip()


#: a retired officer's bracket between two honorifics (actor.retired_rank)
_RETIRED_RX: Final = re.compile(r"\((?:[Rr]etd|[Rr]td|[Rr]etired)\.?\)")


def _honorific_before(doc: Doc, pos: int) -> int:
    """Extend ``pos`` left over honorifics ("Brigadier General", "Mr.")."""
    starts = _honorific_starts(doc)
    if bisect.bisect_left(starts, pos - 60) == bisect.bisect_left(starts, pos):
        return pos  # no honorific within reach: nothing to extend over
    for h in reversed(doc.names_between(pos - 60, pos)):
        if h.end > pos:
            continue
        if h.table == "honorific" and (
            not (gap := doc.text[h.end : pos].strip())
            # actor.retired_rank: "Admiral (Retd.) Prof. X", "Lt Gen (retd) X": the bracket telling a retired rank
            or _RETIRED_RX.fullmatch(gap) is not None
        ):
            pos = h.start
            continue
        if h.end < pos - 2:
            break
    return pos


def _honorific_starts(doc: Doc) -> list[int]:
    """Where the honorific hits start: listed once per article."""
    found = doc.memo.get("actors.honorifics")
    if found is None:
        found = doc.memo["actors.honorifics"] = [h.start for h in doc.name_hits if h.table == "honorific"]
    return found  # type: ignore[return-value]


#: the characters of a word to the left of a title ("Norway's", "(IRGC)") besides letters and digits
_WORD_LEFT_CHARS: Final = frozenset("_-'’.()")


def _word_left(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the word that ends ``text[lo:hi]`` (before spaces and tabs) starts and ends.

    A walk to the left: the regex ``([\\w\\-'’.()]+)[ \\t]*$`` searched over the window would
    be tried at every position of it.
    """
    j = hi
    if j > lo and text[j - 1] == "\n":  # "$" also matches before a final line break
        j -= 1
    while j > lo and text[j - 1] in " \t":
        j -= 1
    i = text.rfind(" ", lo, j) + 1
    if i < lo:
        i = lo
    if not text[i:j].isalnum():  # not a plain word: walk it character by character
        i = j
        while i > lo and (text[i - 1].isalnum() or text[i - 1] in _WORD_LEFT_CHARS):
            i -= 1
    return (i, j) if i < j else None


_FIRST_WORD_RX: Final = re.compile(r"[\w-]+")


#: capitalised words that open a clause or a phrase before a subject's title, never a word of the title
_CLAUSE_OPENERS: Final = frozenset(
    {"After", "Before", "During", "Following", "Upon", "When", "While", "Since", "Although", "Though", "Because"}
)


def _title_stretch(doc: Doc, pos: int, floor: int) -> int:
    """Walk left from ``pos`` over a title ("Norway's Special Envoy for Yemen ")."""
    text = doc.text
    lx = doc.lexicon
    i = pos
    best = pos
    # the lower-cased word walked before (to the right): first the title's own first word, so that an adjective
    # right before it is read as the title's ("Oman's new ambassador, X")
    first = _FIRST_WORD_RX.match(text, pos)
    right = first.group().lower() if first is not None else ""
    right_title = False  # that word was a capitalised title word ("Transport", "Affairs")
    right_country = False  # that word was a country's name ("his counterpart from Mozambique X")
    for _ in range(14):
        if i <= floor:
            break
        found = _word_left(text, i - 60 if i - 60 > floor else floor, i)
        if found is None:
            if i - 2 > floor and text.startswith("& ", i - 2):
                found = (i - 2, i - 1)  # "Economic Development & Trade Minister X": the ampersand as "and"
            else:
                break
        k = found[0]
        low, day, capital, table_title, country, adjective, small_title = _title_word_facts(lx, text[k : found[1]])
        was_title, right_title = right_title, False
        right_was_country, right_country = right_country, False
        if day and right != "the":
            # actor.day_before_title: "said Friday Prime Minister X": the day is no word of the title ("received on
            # Tuesday the Ambassador of X, Y" walks on: the object's title starts at its article)
            break
        if capital:
            if text[k : found[1]] in _CLAUSE_OPENERS:
                break  # "After Iranian Ambassador to Mauritania X met ...": the opener is no word of the title
            title_word = (
                table_title
                or _in_role(doc, k, pos)  # "Attorney General", "Prosecutor General"
                # a word inside a name of several words: "African Union", "Sri Lankan", "Addis Ababa"
                or any(h.start <= k < h.end for h in doc.names_between(k - 80, k + 1) if h.table in _LONG_NAME_TABLES)
                # actor.portfolio_title: "Minister of Railway Transport X", "Commissioner for Digital Trade X": a
                # capitalised word after "of" or "for" that a title word follows is the title's portfolio
                or (was_title and _PORTFOLIO_OF_RX.search(text, max(floor, k - 5), k) is not None)
            )
            right_title = title_word
            right_country = country
            if not title_word:
                break
        elif low == "and" and _in_role(doc, k, pos):
            pass  # actor.lower_case_title: "minister of international relations and cooperation X": inside a role
        elif (
            low in ("and", "&")
            and was_title
            and right not in lx.roles
            and pos - i < 40
            # portfolios, no state's name or adjective ("on Monday and South Korean President X")
            and lx.name_tables.get(text[i : i + 40].split(" ", 1)[0], "") == ""
            and (prev := _word_left(text, max(floor, k - 40), k)) is not None
            and text[prev[0] : prev[0] + 1].isupper()
            and _title_like(lx, pw := text[prev[0] : prev[1]])
            and pw.lower() not in lx.roles
            and pw.lower() not in DAY_AND_MONTH_WORDS
            and lx.name_tables.get(pw, "") == ""
        ):
            # actor.portfolio_pair_title: "International Relations and Cooperation Minister X", "Trade & Industry
            # Minister X": two portfolios joined before the role
            doc.fire("actor.portfolio_pair_title", k, pos, text[k:pos])
        elif low == "and" and right != "the" and pos - i < 40 and not _has_role(doc, i, pos):
            # actor.title_complement: "Minister of Foreign Affairs and Trade X", "Minister of Foreign Affairs
            # and Expatriates X": capitalised words with no role in them, after "and" and a title word
            prev = _word_left(text, max(floor, k - 40), k)
            pw = text[prev[0] : prev[1]] if prev is not None else ""
            if not (pw[:1].isupper() and _title_like(lx, pw)) and not (
                # actor.title_country_pair: "Special Representative to Afghanistan and Pakistan X": two states
                was_title
                and _name_table(lx, pw) == "country"
                and _name_table(lx, text[i : i + 40].split(" ", 1)[0]) == "country"
            ):
                break
        elif low == "and" and right == "the":
            # actor.title_and_the: "Minister of Foreign Affairs and the Community Abroad": "and the" joins
            # two parts of one title when a title word (not a role of its own) stands before it
            prev = _word_left(text, max(floor, k - 40), k)
            pw = text[prev[0] : prev[1]] if prev is not None else ""
            if not (
                pw[:1].isupper() and pw.lower() not in lx.roles and (pw in lx.nonname or pw.lower() in lx.title_words)
            ):
                break
        elif low == "from" and right_was_country and text.endswith(("counterpart ", "counterparts "), floor, k):
            pass  # actor.counterpart_from: "his counterpart from Mozambique Jose Pacheco": the state he is from
        elif low == "to" and text[i:pos].strip().lower() in lx.roles:
            # actor.to_role_title: "the greetings of the Emir of Kuwait to President X", "adviser to President X":
            # a whole role after "to" is the name's own title; what stands before "to" is another's
            break
        elif adjective and (was_title or right in lx.title_words or right in lx.roles):
            pass  # actor.adjective_in_title: "Japan's new ambassador X", "Iran's former Foreign Minister X"
        elif not (small_title or _in_role(doc, k, pos)):
            # a joining word, a title word in small letters, or a word inside a role (actor.lower_case_title: "German
            # chancellor", "state councilor") walks on
            break
        right = low
        i = k
        if capital or low not in _TITLE_JOINERS:
            best = i
    return best


@functools.lru_cache(maxsize=8192)
def _title_word_facts(lx: Lexicon, word: str) -> tuple[str, bool, bool, bool, bool, bool, bool]:
    """What ``_title_stretch`` reads of a word it walks, from the word alone: the word lower-cased (brackets
    stripped); whether its core (no brackets, no possessive "'s") is a day's or a month's name; whether the core
    is capitalised; whether the tables make the capitalised core a title word (a nonname word, a name of a table,
    a role, a body, a title word, a plural title, or a word in capitals); whether it is a country's name; whether
    the word is an adjective a title may open with ("new", "former"); and whether it is a joining word or a title
    word in small letters ("of", "minister's").

    Looked up once per word and lexicon, not worked out at every step of every walk: the same title words
    ("Foreign", "Minister", "Affairs") open most walks of every article. The cache outlives the article, like
    ``_known_given_name``'s: what it holds depends on the lexicon's tables only (a lexicon is hashed by
    identity)."""
    bare = word.strip("()")
    core = bare[:-2] if bare.endswith(("'s", "’s")) else bare
    core_low = core.lower()
    capital = core[:1].isupper()
    table = lx.name_tables.get(core, "") if capital else ""
    table_title = capital and (
        core in lx.nonname
        or table != ""
        or core_low in lx.roles
        or core_low in lx.bodies
        or core.isupper()
        or core_low in lx.title_words
        or core_low in lx.role_plurals  # a plural title: "Presidents A of X and B of Y"
    )
    low = bare.lower()
    small_title = low in _TITLE_JOINERS or low in lx.title_words or low.rstrip("'’s") in lx.title_words
    return (
        low,
        core_low in DAY_AND_MONTH_WORDS,
        capital,
        table_title,
        table == "country",
        low in lx.desc_adjectives_before,
        small_title,
    )


def _title_like(lx: Lexicon, word: str) -> bool:
    """Is ``word`` a capitalised word of a title ("Affairs", "Minister")?"""
    low = word.lower()
    return word in lx.nonname or low in lx.title_words or low in lx.roles


def find_persons(doc: Doc, spans: tuple[tuple[int, int], ...]) -> list[Mention]:
    """Name runs that the actor rules accept as persons, with role and country."""
    out: list[Mention] = []
    text = doc.text
    lx = doc.lexicon
    chain_rx = (
        CHAIN
        if _article_start(text)
        else _CHAIN_ASCII_CAPITAL
        if doc.memo.get("actors.wide_capitals") is False
        else _CHAIN_CAPITAL
    )
    # a capitalised body's start -> its end (actor.body_run_head)
    body_ends: dict[int, int] = {h.start: h.end for h in _body_hits(doc) if h.text[:1].isupper()}
    # a chain's runs depend on its words only: an article repeats most of its chains ("Syria", "Iran")
    chain_runs: dict[str, tuple[tuple[int, int], ...]] = {}
    for sstart, send in _stretches(doc, spans):
        for cm in chain_rx.finditer(text, sstart, send):
            chain = cm[0]
            runs = chain_runs.get(chain)  # offsets in the chain
            if runs is None:
                runs = chain_runs[chain] = _chain_runs(chain, lx)
            if not runs:
                continue  # most chains hold no run of a name ("The", "Iran"): nothing below reads them
            cstart = cm.start()
            # "Karim Haddad and Farid Nouri-Zadeh": a second name joined to a first
            if (
                out
                and out[-1].kind == "name"
                and " " in chain
                and _FIND_PERSONS_RX.fullmatch(text, out[-1].end, cstart)
                and len(runs) == 1
                and runs[0][0] == 0
                # actor.conjoined_apposition: "Scholz and Wang Yi, China's foreign minister,": the name's own
                # apposition tells its state (the rules below read it)
                and not _CONJOINED_APPOS_RX.match(text, cstart + runs[0][1])
                # actor.conjoined_body: "X and Andean Community (CAN) General Secretary Y": the word is a body's
                and chain[runs[0][1] + 1 :].split(" ", 1)[0] not in lx.speaker_body_heads
            ):
                rs, re_ = cstart, cstart + runs[0][1]
                out.append(
                    Mention(
                        rs,
                        re_,
                        "name",
                        doc.sent_index(rs),
                        "actor.conjoined_name",
                        text[rs:re_],
                        country=out[-1].country,
                        name=text[rs:re_],
                        title_start=rs,
                    )
                )
                continue
            for rs, re_ in runs:
                if re_ - rs == 1 and _GLUED_INITIAL_AT_RX.match(text, cstart + re_):
                    continue  # "M.U.M. Ali Sabry": a glued initial is no name of its own (actor.glued_initials)
                if re_ + 2 == len(chain) and chain.endswith(" A") and _MIDDLE_INITIAL_RX.match(text, cm.end()):
                    # actor.initial_a: "Miguel A. Correa": "A" (a word of the nonname table) with its period after
                    # a name word is a middle initial (actor.middle_initial reads on)
                    re_ = len(chain)
                if (
                    rs > 1
                    and " " not in chain[: rs - 1]
                    and chain[: rs - 1] in lx.given_names
                    and (lw := _LOWER_WORD_BEFORE_RX.search(text, cstart - 24 if cstart > 24 else 0, cstart))
                    is not None
                    and lw.group(1) in lx.roles
                ):
                    # actor.given_name_after_lower_title: "his Iranian counterpart Amir Hatami": a title word that is
                    # also a given name, right after a title in small letters, opens the name
                    rs = 0
                if rs == 0 and chain.startswith("E ") and text.startswith("H.", cstart - 2):
                    # actor.he_no_period: "H.E Nana Akufo-Addo": the honorific's last initial is no name word
                    rs = 2
                run_start, run_end = cstart + rs, cstart + re_
                if text[run_start:run_end].lower() in doc.lexicon.bodies:
                    continue  # "the White House": a body as a whole (actor.body), no person
                if body_ends.get(run_start, 0) > run_end:
                    # actor.body_run_head: "said the White House.": a run a nonname word cut ("White") that opens a
                    # capitalised body of the tables is the body's, no person
                    continue
                if _in_long_name(doc, run_start, run_end):
                    rest = _after_long_name(doc, run_start, run_end)
                    if rest is None:
                        continue
                    run_start, run_end = rest
                if (told := _told_surname_first(doc, out, run_start, run_end)) is not None:
                    # actor.told_surname_split: "in the meeting with Sorensen Marko Djuric underscored": the surname
                    # of a person told before, then another's full name, with no comma between
                    sm = _classify_run(doc, run_start, told)
                    if sm is not None and sm.kind == "candidate":
                        sm = sm._replace(kind="name", rule="actor.told_surname_split", name=sm.text)
                    if sm is not None:
                        out.append(sm)
                    run_start = told + 1
                m = _place_word_name(doc, run_start, run_end, cstart, cm.end()) or _classify_run(
                    doc, run_start, run_end
                )
                if m is not None and m.kind == "candidate" and rs == 0 and re_ == len(chain):
                    m = _apposition_list_name(doc, out, m) or m
                if m is not None:
                    out.append(m)
    if "“" in text or '"' in text:
        out = _nickname_names(doc, out)
    out = _portfolio_word_runs(doc, out)
    if "." in text:
        out = [_glued_initials_before(doc, m) for m in out]
    if " from " in text or " - " in text or " – " in text or " — " in text:
        out = _names_from_countries(doc, out)
    return _plural_title_lists(doc, _shared_demonyms(doc, out))


def _told_surname_first(doc: Doc, out: list[Mention], start: int, end: int) -> int | None:
    """Where the first word of a run of three words or more ends, when it is the surname of a person of two
    words or more named before ("Peter Sorensen ... with Sorensen Marko Djuric"), else None."""
    text = doc.text
    sp = text.find(" ", start, end)
    if sp < 0 or text.count(" ", sp + 1, end) < 1:
        return None
    first = text[start:sp]
    if not all(w[:1].isupper() for w in text[sp + 1 : end].split(" ")):
        return None  # "Khalid bin Fahd": a particle joins one name
    before = _word_left(text, start - 30 if start > 30 else 0, start - 1) if start > 1 else None
    if before is not None and text[before[0] : before[1]].lower() in doc.lexicon.roles:
        return None  # "Fouad Hussein and his Iranian counterpart Hussein Amir Abdollahian": a title's whole name
    for m in reversed(out):
        if m.kind == "name" and m.end < start and " " in m.text and m.text.rsplit(" ", 1)[1] == first:
            words = m.text.split(" ")
            if words[-2] in doc.lexicon.patronymics:
                return None  # "Faisal bin Khalid ... Khalid Al Saud": a father's name is another's given name
            return sp
    return None


#: two or three initials glued with their periods, then a space, right before a name: "G.L. " in "G.L. Peiris"
#: right after a lone capital: its period, then the next initial and its period ("M" of "M.U.M. ")
_GLUED_INITIAL_AT_RX: Final = re.compile(r"\.[A-Z]\.")
_GLUED_INITIALS_LEFT: Final = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3} $")


def _glued_initials_before(doc: Doc, m: Mention) -> Mention:
    """actor.glued_initials: "Foreign Minister G.L. Peiris", "Minister A.K. Abdul Momen": the initials before
    the name belong to it, not to the title; so does an initial glued to it (actor.glued_initial: "D.Tsogtbaatar")."""
    if (
        m.kind == "name"
        and m.start >= 2
        and doc.text[m.start - 1] == "."
        and (g := _GLUED_INITIAL_RX.search(doc.text, m.start - 4 if m.start > 4 else 0, m.start)) is not None
    ):
        # actor.glued_initial: "Minister of Foreign Affairs D.Tsogtbaatar": the father's initial glued to the name
        # (the Mongolian form) is written with it
        name = doc.text[g.start() : m.end]
        doc.fire("actor.glued_initial", g.start(), m.end, name)
        return m._replace(
            start=g.start(),
            text=name,
            name=name,
            title_start=m.title_start if m.title_start < g.start() else g.start(),
        )
    # the initials' last period stands right before that space
    if m.kind != "name" or m.start < 5 or doc.text[m.start - 1] != " " or doc.text[m.start - 2] != ".":
        return m
    ini = _GLUED_INITIALS_LEFT.search(doc.text, m.start - 8, m.start)
    if ini is None or _name_table(doc.lexicon, ini.group().strip()) != "":
        return m  # "H.E. X": an honorific's initials
    name = doc.text[ini.start() : m.end]
    doc.fire("actor.glued_initials", ini.start(), m.end, name)
    role = m.role
    if role is not None and role.endswith(ini.group().strip()):
        role = role[: -len(ini.group().strip())].strip() or None
    return m._replace(
        start=ini.start(),
        text=name,
        name=name,
        role=role,
        title_start=m.title_start if m.title_start < ini.start() else ini.start(),
    )


#: a dash between a country and its person's name: "France - Ana Costa"
_DASH_SEPS: Final = frozenset({" - ", " – ", " — "})
#: " from " right before a country's name: " from Greece", " from the Czech Republic"
_FROM_COUNTRY_RX: Final = re.compile(r" from (?:the )?")


def _names_from_countries(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.name_from_country: "The envoys included Ana Costa from Portugal, Jan Novak from the Czech Republic
    and Kenji Sato from Japan", "the ambassadors of Portugal - Ana Costa, Japan - Kenji Sato": names of two
    words or more, each right before "from" and a country or after a country and a dash, listed two or more
    in one sentence, are persons of those countries."""
    text = doc.text
    lx = doc.lexicon
    found: dict[int, str] = {}
    for i, m in enumerate(out):
        if (
            m.kind != "candidate"
            or " " not in m.text
            or not all(w[0].islower() or _plain_name(lx, w) for w in m.text.split())
        ):
            continue
        fm = _FROM_COUNTRY_RX.match(text, m.end)
        if fm is not None:
            at = fm.end()
            code = next((lx.country_of(h.text) for h in doc.names_between(at, at + 1) if h.table == "country"), None)
        elif text[m.start - 3 : m.start] in _DASH_SEPS:
            # "the ambassadors of Kyrgyzstan - A B, France - C D and Japan - E F": a country, a dash, its person
            code = next(
                (
                    lx.country_of(h.text)
                    for h in doc.names_between(max(0, m.start - 40), m.start)
                    if h.table == "country" and h.end == m.start - 3
                ),
                None,
            )
        else:
            continue
        if code:
            found[i] = code
    if len(found) < 2:
        return out
    per_sent: dict[int, int] = {}
    for i in found:
        per_sent[out[i].sent] = per_sent.get(out[i].sent, 0) + 1
    return [
        m._replace(kind="name", rule="actor.name_from_country", country=found[i])
        if i in found and per_sent[m.sent] >= 2
        else m
        for i, m in enumerate(out)
    ]


#: what follows a portfolio word inside a long title: a joining word or a capitalised word ("Strategy to ",
#: "Delegate to the ", "Hemisphere Affairs")
_PORTFOLIO_JOIN_RX: Final = re.compile(r" (?:to|for|of|in charge of|on|at|[A-Z])")
#: the small words a long title holds ("the Minister Delegate to the Minister in charge of Relations with the ...")
_TITLE_SMALL_WORDS: Final = frozenset({"to", "for", "of", "in", "charge", "on", "at", "the", "and", "with"})
#: the rest of a long title up to the comma before its holder's name
_TITLE_REST_RX: Final = re.compile(r"[^,;.“”\"]{1,120}?, (?=\S)")


def _portfolio_word_runs(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.portfolio_word: "the Special Assistant on Media and Communications Strategy to Minister of Foreign
    Affairs, X", "the Minister Delegate to the Minister of External Relations, X", "the Acting Assistant
    Secretary for the Bureau of Western Hemisphere Affairs, X": one capitalised word after a title's role that
    the title goes on after (a joining word or another capitalised word, then more title words, then a comma)
    and that the holder's name follows, is a word of the title, no name."""
    if len(out) < 2:
        return out
    text = doc.text
    lx = doc.lexicon
    drop: set[int] = set()
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if (
            m.rule != "actor.title_name"
            or " " in m.text
            or nxt.kind not in ("name", "candidate")
            or nxt.sent != m.sent
            or " " not in (nxt.name or nxt.text)
            or not _PORTFOLIO_JOIN_RX.match(text, m.end)
        ):
            continue
        rest = _TITLE_REST_RX.match(text, m.end)
        if rest is None or rest.end() != nxt.start or _has_verb(doc, m.end, rest.end()):
            continue
        words = text[m.end : rest.end() - 2].split()
        if not all(w[:1].isupper() or w in _TITLE_SMALL_WORDS or w.lower() in lx.title_words for w in words):
            continue  # "Minister X at a reception hosted by the envoy, Y": a clause, no title, runs to the comma
        if not any(
            w.lower() in lx.roles or (w[:1].isupper() and (w in lx.nonname or w.lower() in lx.title_words))
            for w in words
        ):
            continue
        drop.add(i)
        if nxt.kind == "name" and nxt.rule == "actor.role_apposition" and nxt.title_start > m.start:
            # the apposition's title read from the word after the portfolio word: it starts with the run's
            out[i + 1] = nxt._replace(
                country=nxt.country or _country_in(doc, m.title_start, rest.end()),
                role=text[m.title_start : rest.end() - 2].strip(),
                title_start=m.title_start,
            )
        elif nxt.kind == "candidate":
            # the name after the comma holds the whole title
            out[i + 1] = nxt._replace(
                kind="name",
                rule="actor.portfolio_word",
                country=nxt.country or _country_in(doc, m.title_start, rest.end()),
                role=text[m.title_start : rest.end() - 2].strip(),
                name=nxt.name or nxt.text,
                title_start=nxt.start if _before_verb(doc, nxt.end) else m.title_start,
            )
    return [m for i, m in enumerate(out) if i not in drop] if drop else out


#: a one-word nickname in quotes and the surname after it: ' “Jokowi” Widodo', ' "Bongbong" Marcos Jr.'
_NICKNAME_RX: Final = re.compile(rf" ?[“\"]([{_UP}][a-z]+) ?[”\"] ({_NAME_TOKEN}(?: {_NAME_TOKEN})?)")


def _nickname_names(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.nickname_in_name: "President Joko “Jokowi” Widodo", "President Ferdinand "Bongbong" Marcos Jr.":
    a nickname in quotes between a given name and a surname; the name is the given name and the surname
    (the fullest form without the nickname), the nickname and the surname are no names of their own, and
    the nickname alone later on ("President Jokowi said") names the same person."""
    text = doc.text
    lx = doc.lexicon
    res: list[Mention] = []
    skip_to = -1
    nicknames: dict[str, str] = {}
    for m in out:
        if m.start < skip_to:
            continue
        if nicknames and m.kind in ("name", "candidate") and m.text in nicknames:
            m = m._replace(kind="name", name=nicknames[m.text], text=nicknames[m.text])
        nm = _NICKNAME_RX.match(text, m.end) if m.kind == "name" and m.name else None
        if nm is not None and all(_plain_name(lx, w) or w in ("Jr", "Sr") for w in nm.group(2).split()):
            full = f"{m.name} {nm.group(2)}"
            m = m._replace(end=nm.end(), name=full, text=full, rule="actor.nickname_in_name")
            nicknames[nm.group(1)] = full
            skip_to = nm.end()
        res.append(m)
    return res


#: what joins two titled names of one list: ", ", " and ", ", and "
_TITLE_LIST_JOIN: Final = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def _title_head(doc: Doc, m: Mention) -> str:
    """The canonical role of the last role word of ``m``'s title ("Defence Minister" -> "defence minister")."""
    hits = [h for h in _role_hits(doc, m.title_start, m.start) if h.table == "role"]
    return doc.lexicon.roles[hits[-1].text.lower()][0].lower() if hits else ""


def _shared_demonyms(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.shared_demonym: "Indonesian Foreign Minister A and Defence Minister B", "Syrian Foreign Minister A,
    Defense Minister B and Intelligence Chief C": a titled name with no state of its own, listed right after one
    whose title opens with a state, shares it, when its title is another one (two foreign ministers are two
    states')."""
    text = doc.text
    for i in range(1, len(out)):
        m, prev = out[i], out[i - 1]
        if (
            m.rule != "actor.title_name"
            or m.country is not None
            or prev.kind != "name"
            or prev.country is None
            or prev.sent != m.sent
            or prev.rule not in ("actor.title_name", "actor.shared_demonym")
            or m.title_start >= m.start
        ):
            continue
        join = _TITLE_LIST_JOIN.match(text, prev.end, m.title_start)
        if join is None or join.end() != m.title_start:
            continue
        if prev.rule == "actor.title_name" and not any(
            h.start == prev.title_start and h.table in ("demonym", "country")
            for h in doc.names_between(prev.title_start, prev.title_start + 1)
        ):
            continue
        head = _title_head(doc, m)
        if not head or head == _title_head(doc, prev):
            continue
        if any(h.table == "organization" for h in doc.names_between(m.title_start, m.start)):
            continue  # actor.body_title_no_state: "..., and African Union chair C": the title names a body, no state
        if (
            m.sent >= 0
            and _FRONTED_OPENER_RX.match(text, doc.sentences[m.sent].start) is not None
            and text.startswith(", ", prev.end)
            and _before_verb(doc, m.end)
        ):
            # actor.fronted_object_no_list: "Speaking during a phone call with Qatari Emir A, President B urged ...":
            # the fronted phrase's object, then the clause's subject, are no list
            continue
        if i >= 2 and (pp := out[i - 2]).kind == "name" and pp.country not in (None, prev.country):
            pj = _TITLE_LIST_JOIN.match(text, pp.end, prev.title_start)
            if pj is not None and pj.end() == prev.title_start:
                continue  # actor.states_list: "French President A, Argentinian President B and Chair C": each its own
        out[i] = m._replace(country=prev.country, rule="actor.shared_demonym")
    return out


#: a sentence opening with a fronted phrase ("Speaking during ...", "In a meeting with ...", "During ...")
_FRONTED_OPENER_RX: Final = re.compile(r"\W*(?:[A-Z][a-z]+ing|In|During|After|Following|At|On|Upon|While|Before)\s")


#: the rules that read a person from a title or a role apposition around the name
_PLACE_NAME_EVIDENCE: Final = frozenset(
    {"actor.title_name", "actor.name_apposition", "actor.title_apposition", "actor.role_apposition"}
)


def _place_hit(doc: Doc, start: int, end: int) -> Hit | None:
    """The country or place name of one word that spans exactly ``[start, end)``."""
    return next(
        (
            h
            for h in doc.names_between(start, start + 1)
            if h.start == start and h.end == end and h.table in ("country", "place") and " " not in h.text
        ),
        None,
    )


def _place_word_name(doc: Doc, start: int, end: int, cstart: int, cend: int) -> Mention | None:
    """actor.place_word_name: a person's name holding a country or city word ("Defence Minister Chad
    Morrow", "Lima Okafor, the Nigerian foreign minister,", "Foreign Minister Renato Lima"): the place
    word next to the run in its chain joins it when the whole is read as a person from a title or a role
    apposition, or when the whole recurs in the article; a possessive ("Israel's Katz"), a place after
    a preposition ("Prime Minister of Georgia X") or a long name ("Lima Group") stays out."""
    text = doc.text
    lx = doc.lexicon
    ext: tuple[int, int] | None = None
    honorific = False  # "Mr. Jordan Pell", "Senator Wellington Dias"
    inside = False  # the place word stands between two name words
    # a place word before the run: "Chad Morrow"
    if start - cstart >= 3 and text[start - 1] == " ":
        ws = text.rfind(" ", cstart, start - 1) + 1
        if ws < cstart:
            ws = cstart
        h = _place_hit(doc, ws, start - 1)
        if h is not None and not h.possessive:
            prev = _word_left(text, ws - 30 if ws > 30 else 0, ws)
            pw = text[prev[0] : prev[1]] if prev is not None else ""
            low = pw.lower()
            # the place word opens the chain, or follows a title ("Senator", "Defence Minister"), never
            # a preposition ("In Israel X", "of Georgia X")
            if (
                not pw[:1].isalpha()
                or low in lx.roles
                or (prev is not None and _in_role(doc, prev[0], ws))
                or (pw[:1].isupper() and low in lx.title_words)
                or _name_table(lx, pw) in ("honorific", "demonym")
            ):
                ext = (ws, end)
                honorific = _name_table(lx, pw) == "honorific"
    # a place word after the run: "Renato Lima"
    if ext is None and cend - end >= 3 and text[end] == " ":
        we = text.find(" ", end + 1, cend)
        we = cend if we < 0 else we
        h = _place_hit(doc, end + 1, we)
        if h is not None and h.end == cend:  # the place word ends the chain
            ext = (start, h.end)
        elif h is not None and text.startswith(" ", h.end) and not h.possessive:
            # actor.place_word_inside: "Francisca Lagos Undurraga", "Ana Lima Barros": a place word between
            # two words of a name is the name's; the word after it is a plain name word, not a title's
            nxt = text.find(" ", h.end + 1, cend)
            nxt = cend if nxt < 0 else nxt
            word = text[h.end + 1 : nxt]
            if (
                word[:1].isupper()
                and word[1:].islower()
                and not _title_like(lx, word)
                and _name_table(lx, word) == ""
                and _place_hit(doc, h.end + 1, nxt) is None
            ):
                ext = (start, nxt)
                inside = True
    if ext is None or _in_long_name(doc, ext[0], ext[1]):
        return None
    whole = text[ext[0] : ext[1]]
    m = _classify_run(doc, ext[0], ext[1])
    if m is None or m.kind != "name":
        return None
    # a place word after a titled name may start the next phrase ("told President X Israel would"):
    # there the whole must recur
    evidence = (
        honorific or inside or (m.rule in _PLACE_NAME_EVIDENCE and (ext[0] < start or m.rule != "actor.title_name"))
    )
    if not evidence and ext[0] == start and m.rule == "actor.subject_name" and _sentence_initial(doc, start):
        # "Luiz Lima said ...": a sentence opened by a name run and a place word, then a speech or meeting verb
        evidence = any(
            h.table in ("cue", "mverb") and h.start == ext[1] + 1 for h in doc.words_between(ext[1], ext[1] + 2)
        )
    if not evidence and ext[0] == start and m.rule == "actor.title_name":
        # actor.titled_place_name: "Foreign Minister Renato Lima met ...": a place word ending a titled name is
        # the name's unless the title follows a verb of telling ("told President X Israel would ..."), whose
        # object a clause may follow
        prev = _word_left(text, max(0, m.title_start - 30), m.title_start)
        pw = text[prev[0] : prev[1]].lower() if prev is not None else ""
        evidence = lx.cues.get(pw) is None and not text.startswith(("'s", "’s"), ext[1])
    if not evidence and text.count(whole) < 2:
        return None
    return m._replace(rule="actor.place_word_inside" if inside else "actor.place_word_name")


#: between a name's apposition and the next name of the list: "X, the Hungarian foreign minister, and Y"
_APPOS_LIST_RX: Final = re.compile(r",\s+and\s+")


def _apposition_list_name(doc: Doc, out: list[Mention], m: Mention) -> Mention | None:
    """actor.apposition_list_name: "X, the Hungarian foreign minister, and Pablo Soto, his Chilean
    counterpart, met": a name of two words or more after ", and" that ends a person's apposition, itself
    followed by an apposition with a role word (or by its verb), is the list's next person."""
    prev = next((p for p in reversed(out) if p.kind == "name"), None)
    if (
        prev is None
        or prev.sent != m.sent
        or prev.tail_end <= prev.end
        or " " not in m.text
        or _APPOS_LIST_RX.fullmatch(doc.text, prev.tail_end, m.start) is None
    ):
        return None
    text = doc.text
    send = doc.sentences[m.sent].end if m.sent >= 0 else len(text)
    bare = _BARE_APPOS_AFTER.match(text, m.end, send) if text.startswith(",", m.end) else None
    if bare is not None:
        rh = [h for h in _role_hits(doc, bare.start(1), bare.end(1)) if h.table == "role"]
        if not rh or _has_verb(doc, bare.start(1), rh[0].start):
            return None
        return m._replace(
            kind="name",
            rule="actor.apposition_list_name",
            country=_country_in(doc, bare.start(1), bare.end(1)),
            role=bare.group(1).strip(),
            tail_end=bare.end(1),
        )
    if not _before_verb(doc, m.end):
        return None
    return m._replace(kind="name", rule="actor.apposition_list_name")


#: what follows a name in a list under a plural title: an optional "of <Country>", then the
#: separator before the next name (", ", ", and ", " and ")
_LIST_NEXT_RX: Final = re.compile(r"(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})?(?:,? and |, )")


def _plural_title_lists(doc: Doc, out: list[Mention]) -> list[Mention]:
    """actor.title_name for each name of a list under a plural title: "Prime Ministers A, B and C",
    "Foreign Ministers A of Sweden and B of Finland": each name a person with the singular role,
    and the country of its own "of <Country>" (else the title's)."""
    lx = doc.lexicon
    text = doc.text
    for idx in range(len(out)):
        first = out[idx]
        if first.rule != "actor.title_name" or not first.role or first.title_start >= first.start:
            continue
        plural = [h for h in _role_hits(doc, first.title_start, first.start) if h.table == "plural"]
        if not plural or not plural[-1].text[:1].isupper() or text[plural[-1].end : first.start].strip():
            continue
        ph = plural[-1]
        singular = " ".join(w.capitalize() for w in lx.role_plurals[ph.text.lower()].split())
        role = (text[first.title_start : ph.start] + singular).strip()
        send = doc.sentences[first.sent].end if first.sent >= 0 else len(text)
        members: list[Mention] = [first._replace(role=role)]
        pos = first.end
        for _ in range(8):
            sep = _LIST_NEXT_RX.match(text, pos, send)
            if sep is None:
                break
            cm = CHAIN.match(text, sep.end(), send)
            if cm is None or _chain_runs(cm.group(), lx) != ((0, len(cm.group())),):
                break
            if " " not in cm.group() and not _plain_name(lx, cm.group()):
                break
            members.append(
                Mention(
                    cm.start(),
                    cm.end(),
                    "name",
                    first.sent,
                    "actor.plural_title_list",
                    cm.group(),
                    country=first.country if first.rule else None,
                    role=role,
                    name=cm.group(),
                    title_start=cm.start(),
                )
            )
            pos = cm.end()
            if "and" in sep.group():
                break
        if len(members) < 2 or "and" not in text[members[-2].end : members[-1].start]:
            continue  # a list ends with "and": "Ministers A, B" alone is no list
        title_country = _country_in(doc, first.title_start, ph.start)
        fixed: list[Mention] = []
        for m in members:
            own = _of_country(doc, m.end)
            country = lx.country_of(own.text) if own is not None else title_country
            fixed.append(m._replace(country=country))
        spans = {(m.start, m.end) for m in fixed[1:]}
        out = [m for m in out if not any(m.start < e and s < m.end for s, e in spans)]
        out[out.index(first)] = fixed[0]
        out.extend(fixed[1:])
    return out


def _article_start(text: str) -> bool:
    """Does a word of ``text`` start with an Arabic article and a hyphen ("al-Thani")?"""
    return _ARTICLE_START.search(text) is not None


# a hyphen (found fast: the pattern starts with it) after an article at a word start
_ARTICLE_START: Final = re.compile(
    "|".join(
        rf"-(?<=(?<![\w'’-])(?:{'|'.join(a for a in _ARTICLES if len(a) == n)})-)"
        for n in sorted({len(a) for a in _ARTICLES})
    )
)


def _in_long_name(doc: Doc, start: int, end: int) -> bool:
    """Does a country, organization, demonym, place or agency name of several words overlap the run
    ("Blue Dawn Movement", "Sri Lankan", "Kuala Lumpur", "Al Jazeera")?"""
    hits, starts = _long_names(doc)
    if not starts:
        return False
    lo = bisect.bisect_left(starts, start - 80)
    hi = bisect.bisect_left(starts, end, lo)
    return lo < hi and any(h.end > start for h in hits[lo:hi])


#: the tables whose names of several words no person's name overlaps
_LONG_NAME_TABLES: Final = frozenset({"organization", "country", "demonym", "place", "agency"})


def _after_long_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """actor.after_long_name: the words of a run after a long name that starts it, when they are a
    name of two words or more ("Crown Prince of Saudi Arabia Mohammed bin Salman"); else None."""
    text = doc.text
    hits, starts = _long_names(doc)
    lo = bisect.bisect_left(starts, start - 80)
    for h in hits[lo : bisect.bisect_left(starts, end, lo)]:
        if h.end <= start:
            continue
        if h.start > start or not text.startswith(" ", h.end):
            return None  # a long name inside or at the end of the run: the run is part of a name
        start = h.end + 1
    rest = text[start:end]
    return (start, end) if start < end and " " in rest and rest[:1].isupper() else None


def _long_names(doc: Doc) -> tuple[list[Hit], list[int]]:
    """The country, organization, demonym, place and agency hits of several words, and their starts:
    listed once per article."""
    found = doc.memo.get("actors.long_names")
    if found is None:
        hits = [h for h in doc.name_hits if h.table in _LONG_NAME_TABLES and " " in h.text]
        found = (hits, [h.start for h in hits])
        doc.memo["actors.long_names"] = found
    return found  # type: ignore[return-value]


_REGNAL_RX: Final = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")


def _plain_name(lx: Lexicon, tok: str) -> bool:
    """Is ``tok`` a capitalised word that no table claims (a name word)?"""
    return (
        tok[:1].isupper()
        and tok not in lx.nonname
        and _name_table(lx, tok) == ""
        and tok.lower() not in lx.roles
        and tok.lower() not in lx.title_words
        and not tok.isupper()
    )


@functools.lru_cache(maxsize=8192)
def _known_given_name(lx: Lexicon, word: str) -> bool:
    """Is ``word`` a man's or a woman's given name of the tables (compared lower-cased)?"""
    low = word.lower()
    return low in lx.male_given_names or low in lx.female_given_names


def _chain_runs(chain: str, lx: Lexicon) -> tuple[tuple[int, int], ...]:
    if " " not in chain and (chain in lx.nonname or chain in lx.name_tables) and chain[:1].isupper():
        # one capitalised word a table claims ("The", "Iran"), the most common chain: it stops the only run it could
        # open, and with no word after it no rule below lets it in
        return ()
    return tuple(_runs_uncached(0, chain, lx))


def _chain_words(chain: str) -> tuple[list[str], list[int]]:
    """The words ``_TOKEN_IN_CHAIN`` finds in ``chain``, and where they start.

    A chain whose every word is capitalised (most are) is split at its single spaces: each such word is one name
    token of the chain's own match. A particle goes to the regex, which reads it as its first alternative that
    fits ("bint" as "bin", "della" as "de" and "la").
    """
    words = chain.split(" ")
    starts: list[int] = []
    at = 0
    for w in words:
        if not w[:1].isupper():
            found = list(_TOKEN_IN_CHAIN.finditer(chain))
            return [t.group() for t in found], [t.start() for t in found]
        starts.append(at)
        at += len(w) + 1
    return words, starts


def _runs_uncached(offset: int, chain: str, lx: Lexicon) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    toks, starts = _chain_words(chain)
    after_title = False  # the token before was a title word ("Minister")
    given_names, surname_titles = lx.given_names, lx.surname_titles
    # the tables read for every token, as locals (this runs for every chain of capitalised words)
    nonname, name_tables, roles = lx.nonname, lx.name_tables, lx.roles
    last = len(toks) - 1
    for n, tok in enumerate(toks):
        # the token's own facts (its name table, "" for none, and whether the tables stop a run at it), looked up
        # once per token and lexicon: tested by several rules below
        low, table, stop, plural, title_like, pair = _token_facts(lx, tok)
        nxt = toks[n + 1] if n < last else ""
        if not stop and plural and n < last and _plain_name(lx, nxt):
            stop = True  # a plural title before a name ("Presidents A of X and B of Y") is no name word
        if pair and not stop:
            # (``pair``: the token is a word of a role or honorific of two words at all; most are of neither)
            if (nxt and f"{low} {nxt.lower()}" in roles) or (n and f"{toks[n - 1].lower()} {low}" in roles):
                stop = True  # a word of a title of two ("Attorney General", "Prime Minister-designate")
            elif (nxt and name_tables.get(f"{tok} {nxt}") == "honorific") or (
                n and name_tables.get(f"{toks[n - 1]} {tok}") == "honorific"
            ):
                stop = True  # a word of an honorific of two ("Tan Sri", "Dato Seri"): the name starts after it
        if not stop or (cur is None and not after_title and low not in MONTH_NUMBERS and not tok.isupper()):
            # no exception below applies: each lets in a stop word inside a run or right after a title, one in
            # capitals or a month (most stop words stand before any run: "The", "Iranian", "Foreign")
            pass
        elif (
            stop
            and len(tok) > 2
            and tok.isupper()
            and tok.isalpha()
            and tok not in nonname
            and table == ""
            and low not in roles
            and (_plain_name(lx, nxt) if cur is None else chain[cur[0] - offset : cur[1] - offset].istitle())
        ):
            # actor.capital_surname: "Sergey LAVROV", "WANG Yi": a word in capitals next to a name word
            # (an acronym no table knows stays out of a name standing alone: "CHP leader X")
            stop = False
        elif (
            stop
            and cur is None
            and after_title
            and tok in given_names
            # actor.majesty_title: "His Majesty Sultan Haitham bin Tarik": after "Majesty" the word is the monarch's
            # title, no given name
            and not (n > 0 and toks[n - 1] == "Majesty")
            and (
                _plain_name(lx, nxt)
                # "Prince Sultan bin Fahd": a patronymic, then a name word
                or (nxt in lx.patronymics and n + 2 < len(toks) and _plain_name(lx, toks[n + 2]))
            )
        ):
            # actor.month_given_name: "Prime Minister Jan Kollar", "Minister May Lim", "Foreign Minister Prince
            # Sultan bin X": a month or a title word that is also a given name, between a title and a name
            stop = False
        elif (
            stop
            and cur is not None
            and table == "honorific"
            and _plain_name(lx, nxt)
            and _name_table(lx, f"{toks[n - 1]} {tok}") == ""  # "Field Marshal", "Air Marshal"
            and _name_table(lx, f"{tok} {nxt}") == ""  # "Tan Sri"
        ):
            # actor.honorific_inside_name: "U Than Tun Oo": an honorific word between two name words is a name's
            stop = False
        elif (
            stop
            and cur is not None
            and tok in given_names
            and " " not in chain[cur[0] - offset : cur[1] - offset]
            and _plain_name(lx, nxt)
        ):
            # actor.given_name_inside_name: "Hussein Amir Abdollahian", "Mohammad Amir Hosseini": a title word that
            # is also a given name, between a name word and another, is the name's
            stop = False
        elif (
            stop
            and cur is not None
            and len(tok) == 2
            and tok.isupper()
            and tok.isalpha()
            and " " not in chain[cur[0] - offset : cur[1] - offset]
            and tok not in nonname
            and table == ""
            and _plain_name(lx, nxt)
        ):
            # actor.initials_inside_name: "Retno LP Marsudi": two initials in capitals between a given name
            # and a surname belong to the name
            stop = False
        elif (
            stop
            and cur is None
            and after_title
            and len(tok) == 2
            and tok.isupper()
            and tok.isalpha()
            and tok not in nonname
            and table == ""
            and n + 2 <= last
            and _plain_name(lx, nxt)
            and _plain_name(lx, toks[n + 2])
        ):
            # actor.leading_initials: "Prime Minister KP Sharma Oli": two initials in capitals right after a title,
            # before two name words, open the name
            stop = False
        elif (
            stop
            and cur is not None
            and tok in given_names
            and _known_given_name(lx, toks[n - 1])
            and _plain_name(lx, nxt)
        ):
            # actor.given_name_inside_name: "Hossein Amir Abdollahian": a title word that is also a given name
            # ("Amir"), between a given name and a name word, is the name's
            stop = False
        elif (
            stop
            and cur is not None
            and not nxt
            and low in MONTH_NUMBERS
            and _known_given_name(lx, chain[cur[0] - offset : cur[1] - offset])
        ) or (
            stop
            and cur is None
            and not nxt
            and n
            and low in MONTH_NUMBERS
            and toks[n - 1].rstrip(".") in _COURTESY_TITLES
        ):
            # actor.month_surname: "Prime Minister Theresa May has met ...": a month's name right after a known
            # given name, ending the capitalised words, is the surname ("in May 2017" has no given name before it);
            # so is one right after "Mr", "Mrs" or "Ms" ("Mrs May said")
            stop = False
        elif stop and cur is not None and _REGNAL_RX.fullmatch(tok):
            # actor.regnal_number: "King Felipe VI", "Abdullah II"
            stop = False
        elif (
            stop
            and cur is not None
            and not nxt
            and tok in surname_titles
            and (
                " " in chain[cur[0] - offset : cur[1] - offset]
                # "Julie Bishop", "John Major": one given name the tables know, then the title word
                or _known_given_name(lx, chain[cur[0] - offset : cur[1] - offset])
            )
        ):
            # actor.title_surname: "Tariq Mahmood Sheikh" (a title word ending a name of two words)
            stop = False
        # an honorific too: "Mawlawi Amir Khan Muttaqi" (actor.month_given_name)
        after_title = stop and title_like
        # (a particle, "bin", "de", inside a run keeps it going: asked only of a stop word inside a run)
        if stop and not (cur is not None and tok[0].islower() and "-" not in tok):
            if cur is not None:
                runs.append(cur)
            cur = None
            continue
        s = offset + starts[n]
        e = s + len(tok)
        cur = (cur[0], e) if cur is not None else (s, e)
    if cur is not None:
        runs.append(cur)
    # a run never ends on a particle
    fixed = []
    for s, e in runs:
        seg = chain[s - offset : e - offset]
        parts = seg.split(" ")
        while parts and parts[-1][:1].islower() and "-" not in parts[-1]:
            parts.pop()
        if parts:
            fixed.append((s, s + len(" ".join(parts))))
    return fixed


@functools.lru_cache(maxsize=8192)
def _token_facts(lx: Lexicon, tok: str) -> tuple[str, str, bool, bool, bool, bool]:
    """What ``_runs_uncached`` reads of a chain's token from the token alone: the token lower-cased; its name
    table ("" for none); whether the tables stop a run at it (a nonname word, a name of a table or one of a
    table's names joined by hyphens, a role, a body, a title word, a word in capitals, a particle); whether it is a
    plural title; whether it is a title word ("Minister") or an honorific ("Sheikh"), after which a given name may
    open a run; and whether it may be a word of a role or an honorific of two words ("Attorney General", "Tan Sri").

    Looked up once per token and lexicon (a cache that outlives the article, as ``_title_word_facts``'s): the
    chains of every article repeat the same title words, honorifics and names."""
    low = tok.lower()
    table = lx.name_tables.get(tok, "")
    nonname, roles, title_words = lx.nonname, lx.roles, lx.title_words
    stop = (
        tok in nonname
        or ("-" in tok and all(_name_table(lx, p) != "" for p in tok.split("-")))
        or table != ""
        or low in roles
        or low in lx.bodies
        or (tok.isupper() and len(tok) > 1)
        or (tok[0].islower() and "-" not in tok)
        or low in title_words
    )
    title_like = tok in nonname or low in roles or low in title_words or table == "honorific"
    role_words, honorific_words = _pair_words(lx)
    return low, table, stop, low in lx.role_plurals, title_like, low in role_words or tok in honorific_words


@functools.lru_cache(maxsize=16)
def _pair_words(lx: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the roles of two words ("attorney", "general"; lower-cased) and those of the honorifics of two
    words ("Tan", "Sri"; as written): a token none of them holds is no word of such a pair."""
    roles = frozenset(w for key in lx.roles if key.count(" ") == 1 for w in key.split(" "))
    honorifics = frozenset(
        w
        for key, table in lx.name_tables.items()
        if table == "honorific" and key.count(" ") == 1
        for w in key.split(" ")
    )
    return roles, honorifics


#: courtesy titles a surname follows ("Mrs May"), without their period
_COURTESY_TITLES: Final = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})
#: the word in small letters right before a chain of capitalised words (actor.given_name_after_lower_title)
_LOWER_WORD_BEFORE_RX: Final = re.compile(r"\b([a-z]+) $")
_ROLE_TAIL: Final = re.compile(r"(?:\s+(?:for|of|to|on|in|at)\s[^,]*|\s+[a-z][^,]*)?")
_APPOS_AFTER: Final = re.compile(
    # "Pak, the U.S. deputy assistant secretary of state for Korea and Japan, is ...": "and" between names stays
    # "X, South Africa's Minister of Trade, ...": a country of two words owns the title too
    r",\s+(?:the|a|an|(?:[A-Z][\w]+\s)?[A-Z][\w]+['’]s)\s+((?:[^,;.]|\.(?=\S)|(?<=\b[A-Z])\.){0,120}?)"
    r"(?=,|(?<!\b[A-Z])\.(?!\S)|;|$| and (?![A-Z][\w.]*,))"
)
#: ``_APPOS_AFTER`` with no determiner: "Nasser Kanani, spokesman for the foreign ministry, said"
_BARE_APPOS_AFTER: Final = re.compile(
    r",\s+((?:[^,;.]|\.(?=\S)|(?<=\b[A-Z])\.){0,120}?)(?=,|(?<!\b[A-Z])\.(?!\S)|;|$| and (?![A-Z][\w.]*,))"
)


def _role_appos_before(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    r"""The words before a comma that ends ``text[lo:hi]`` (but for white space), from after the last comma, stop,
    semicolon or quote before it, at most 120 characters: (start, end) of them, or None when no comma ends it.

    What ``re.search(r"([^,;.“”\"]{0,120}),\s*$", text[lo:hi])`` finds (its first group; the match ends at ``hi``),
    told by string methods: that search tried every start in the window, each reading on to the comma.
    """
    if lo > hi:
        return None
    comma = lo + len(text[lo:hi].rstrip()) - 1
    if comma < lo or text[comma] != ",":
        return None
    low = comma - 120 if comma - 120 > lo else lo
    stop = low - 1  # the last stop character in the window, if any
    for c in _APPOS_STOPS:
        at = text.rfind(c, low, comma)
        # a dot inside an acronym stops nothing ("the U.S Ambassador to Ethiopia, X", "the U.N. envoy for Yemen, X")
        while (
            c == "."
            and at > low
            and text[at - 1 : at].isalnum()
            and (text[at + 1 : at + 2].isalnum() or (text[at - 1].isupper() and text[at - 2 : at - 1] == "."))
        ):
            at = text.rfind(c, low, at)
        if at > stop:
            stop = at
    return stop + 1, comma


def _appos_roles(doc: Doc, start: int, end: int) -> list[Hit]:
    """The roles in ``text[start:end]`` that may head a title set off before a name."""
    return [
        h
        for h in _role_hits(doc, start, end)
        if h.table == "role"
        and (
            doc.lexicon.roles[h.text.lower()][1]
            # "the Chair of the Foreign Affairs Committee, X": a capitalised role no
            # description is headed by, with its "of"
            or (h.text[:1].isupper() and doc.text.startswith(" of ", h.end))
        )
    ]


#: the end of a portfolio list after a comma inside a title: "Cooperation and Mauritanians Abroad", "African
#: Cooperation and Moroccan Expatriates" (capitalised words, an "and" among them)
_PORTFOLIO_LIST_RX: Final = re.compile(r"\s*(?:[A-Z][\w'’-]*\s+){1,3}and\s+(?:[A-Z][\w'’-]*\s*){1,3}")

#: what the words of ``_role_appos_before`` never cross
_APPOS_STOPS: Final = (",", ";", ".", "“", "”", '"')


#: rules whose country is read from the words before the name, not from its title
_GUESSED_COUNTRY: Final = frozenset({"actor.meeting_object", "actor.bare_object"})


#: the endings of a pronoun contracted with its verb ("I’m", "We’ll"), with either apostrophe
_CONTRACTIONS: Final = tuple(f"{q}{t}" for q in "'’" for t in ("m", "ll", "re", "ve", "d"))
#: a word whose capital follows four small letters: a joined handle or site name ("TurkicWorld", "BBhuttoZardari")
_CAMEL_RX: Final = re.compile(r"[a-z]{4}[A-Z]")
#: a plural of initials: "the two PMs", "FMs", "MPs"
_PLURAL_INITIALS_RX: Final = re.compile(r"[A-Z]{2,}s")
#: a lower-case word right after a run: " meeting" in "the Hasina-Modi meeting"
_NEXT_LOWER_RX: Final = re.compile(r" ([a-z]+)")


def _no_name_shape(doc: Doc, start: int, end: int) -> bool:
    """actor.name_shape: runs shaped like no person's name, seen on real pages: a social-media handle
    ("@DrJaishankar", "FM @AngueSimeon"), a site's name after a dot ("News.Az"), a talk's name ending in a
    meeting noun ("Foreign Secretary Level Bilateral Consultations"), a word joined from two ("TurkicWorld
    reports"), a plural of initials ("the two PMs agreed"), and two surnames joined before a meeting noun
    ("the Hasina-Modi meeting", "the Biden-Netanyahu call"), which names the meeting, not a person."""
    text = doc.text
    if start > 0 and text[start - 1] == "@":
        return True
    if end - start == 2 and start > 3 and text[start - 1] == "." and text[start - 4 : start - 1].isalpha():
        return True  # a site's country domain after its name and a dot: "News.Az reports" (not "ties.Abe said")

    run = text[start:end]
    if _CAMEL_RX.search(run) or _PLURAL_INITIALS_RX.fullmatch(run):
        return True
    if run.endswith(_CONTRACTIONS):
        return True  # a pronoun's contraction opening a quote: "I’m", "We’ll", "They’re"
    # (the words lower-cased at once: lower-casing adds or removes no white space)
    if " " in run and not doc.lexicon.meeting_nouns.keys().isdisjoint(run.lower().split()[1:]):
        return True  # a talk's name: "Foreign Secretary Level Bilateral Consultations", "Strategic Dialogue"
    if " " in run or "-" not in run:
        return False
    nxt = _NEXT_LOWER_RX.match(text, end)
    return nxt is not None and (nxt.group(1) in doc.lexicon.meeting_nouns or nxt.group(1) in doc.lexicon.occasion_nouns)


def _classify_run(doc: Doc, start: int, end: int) -> Mention | None:
    text = doc.text
    if (
        # "S. Jaishankar" opening the text or a line: a lone initial ("U.S. President X", "H.E. X" are no initials)
        (text[end - 2 : end - 1] == " " or (end - start == 1 and (start == 0 or text[start - 1] in '\n“"(')))
        and text[end - 1].isupper()
        and (ini := _MIDDLE_INITIAL_RX.match(text, end))
    ):
        # actor.middle_initial: "President Ernesto T. Villanueva Jr.": a lone capital and its period inside a name
        end = ini.end()
    if text.startswith(".", end) and text[end - 3 : end] in (" Jr", " Sr"):
        # actor.suffix_period: "Ferdinand Marcos Jr. met ...": the suffix's period belongs to the name, so that
        # the verb after it is the name's
        end += 1
        doc.fire("actor.suffix_period", start, end)
    m = _classify(doc, start, end)
    if m is not None and m.kind in ("name", "candidate") and _no_name_shape(doc, start, end):
        return None  # a person's name only: "GroenLinks" may still be a party's
    if (
        m is not None
        and m.kind == "name"
        and (m.country is None or m.rule in _GUESSED_COUNTRY)
        and (own := _of_country(doc, end)) is not None
    ):
        # actor.of_country: "President Abdel Fattah El-Sisi of Egypt", "Sultan Haitham bin Tarik of Oman";
        # it wins over a country an object rule read to the left ("X of France met Y of Turkey")
        m = m._replace(country=doc.lexicon.country_of(own.text))
    if m is not None and _poss_after(doc.text, end):
        return m._replace(possessive=True)
    return m


#: a demonym and one lower-case word right before a title: "Russian presidential " (actor.demonym_before_modifier)
_DEMONYM_ADJ_LEFT: Final = re.compile(r"(?<![\w-])([A-Z][a-z]+) [a-z]{4,} $")
#: "top Iraqi officials including ", "Iraqi officials, including A and " before a listed person's title
#: (actor.officials_including): no stop, semicolon or other title's demonym between
_DEMONYM_OFFICIALS_LEFT: Final = re.compile(
    r"(?<![\w-])([A-Z][a-z]+)\s+(?:[a-z-]+\s+){0,2}?(?:officials|leaders|ministers|dignitaries),?\s+including\s+"
    r"(?:[^.;,]{1,80}?(?:,\s+|\s+and\s+))?$"
)
#: initials in brackets right after a name: " (BRN)"
_ACRONYM_AFTER: Final = re.compile(r" \(([A-Z]{3,8})\)")


def _acronym_of(text: str, start: int, end: int) -> bool:
    """Does the name at ``[start, end)`` stand before its own initials in brackets ("Barisan Revolusi Nasional
    (BRN)")? A person is never given initials of every capitalised word of three or more."""
    m = _ACRONYM_AFTER.match(text, end)
    if m is None:
        return False
    initials = "".join(w[0] for w in text[start:end].split() if w[:1].isupper())
    return initials == m.group(1)


def _post_word(lx: Lexicon, role: str) -> bool:
    """Is ``role`` a post abroad (``no_home_role_word``: "Ambassador", "Envoy")?"""
    return not lx.no_home_role_words.isdisjoint(role.lower().split())


def _appos_role(doc: Doc, pos: int, floor: int) -> tuple[int, int] | None:
    """The role apposition that ends with a comma right before ``pos`` ("the Minister of Foreign Affairs, "),
    as (start, end) of its role, when its role is no post abroad; else None."""
    text = doc.text
    if not text.endswith(", ", 0, pos):
        return None
    before = _role_appos_before(text, max(floor, pos - 122), pos)
    if before is None:
        return None
    b_start, b_end = before
    rh = [h for h in _role_hits(doc, b_start, b_end) if h.table == "role"]
    if (
        not rh
        or _post_word(doc.lexicon, rh[-1].text)
        or b_end - rh[-1].end >= 60
        or _has_verb(doc, b_start, b_end)
        or not _ROLE_TAIL.fullmatch(text, rh[-1].end, b_end)
    ):
        return None
    rstart = min(_title_stretch(doc, rh[-1].start, b_start), rh[-1].start)
    return rstart, b_end


#: determiners and possessives that open a second noun phrase after "and": "X, the minister and his deputy, ..."
_AND_NP_OPENERS: Final = frozenset({"the", "a", "an", "his", "her", "its", "their", "other", "several", "two"})


def _and_title_tail(doc: Doc, pos: int, send: int) -> int:
    """actor.and_title: where a name's apposition ends when its title goes on past " and " at ``pos`` to the
    comma that closes it ("X, the Deputy Prime Minister and Foreign Minister of Italy, met ...", "X, South
    Africa's minister of international relations and cooperation, said"): every word after "and" a title
    word, a small word, or a country's; none a verb or a determiner. Else -1."""
    text = doc.text
    lo = pos + 5
    comma = text.find(",", lo, min(send, lo + 80))
    if comma < 0 or any(c in text[lo:comma] for c in '.;“”"()'):
        return -1
    words = text[lo:comma].split()
    if not words or words[0].lower() in _AND_NP_OPENERS or _has_verb(doc, lo, comma):
        return -1
    lx = doc.lexicon
    # a country's name may hold "and" itself: "of the United Kingdom of Great Britain and Northern Ireland"
    countries = [
        (h.start, h.end)
        for h in doc.names_between(max(0, lo - 80), comma)
        if h.table in ("country", "demonym") and h.end > lo
    ]
    at = lo
    for w in words:
        at = text.find(w, at)
        inside = any(s <= at < e for s, e in countries)
        if not (inside or w[:1].islower() or _title_like(lx, w)):
            return -1
        at += len(w)
    doc.fire("actor.and_title", pos, comma)
    return comma


def _paren_title(doc: Doc, end: int) -> int | None:
    """actor.paren_title: where the title in brackets right after a name ends (at its ")"): a role, and every
    other word a title word, a country's or a small word ("(German Foreign Minister)", "(Minister of Foreign
    Affairs of Japan)"). None when the brackets hold anything else (initials, a party, a place)."""
    text = doc.text
    close = text.find(")", end + 2, end + 80)
    if close < 0 or "(" in text[end + 2 : close]:
        return None
    rh = [h for h in _role_hits(doc, end + 2, close) if h.table == "role"]
    if not rh:
        return None
    lx = doc.lexicon
    countries = [(h.start, h.end) for h in doc.names_between(end + 2, close) if h.table in ("country", "demonym")]
    at = end + 2
    for w in text[end + 2 : close].split():
        at = text.find(w, at)
        if not (any(s <= at < e for s, e in countries) or w[:1].islower() or _title_like(lx, w)):
            return None
        at += len(w)
    return close


#: a portfolio in small letters after "for", right before a name: " for railways and textiles "
_FOR_PORTFOLIO_RX: Final = re.compile(r" for (?:[a-z]+ ){1,5}$")


def _lower_portfolio(doc: Doc, pos: int, floor: int) -> tuple[int, list[Hit]] | None:
    """actor.lower_portfolio: "Indian minister of state for railways and textiles X": a role, then "for" and its
    portfolio in small letters (no verb, five words at most) right before the name at ``pos``: where the title
    starts, and its role."""
    m = _FOR_PORTFOLIO_RX.search(doc.text, pos - 70 if pos - 70 > floor else floor, pos)
    if m is None or _has_verb(doc, m.start(), pos):
        return None
    role = next((h for h in _role_hits(doc, max(floor, m.start() - 60), m.start()) if h.end == m.start()), None)
    if role is None or role.table != "role":
        return None
    doc.fire("actor.lower_portfolio", role.start, pos)
    return min(role.start, _title_stretch(doc, role.end, floor)), [role]


def _one_word_of_country(doc: Doc, name: str, end: int) -> bool:
    """actor.one_word_of_country: "met President Jokowi of Indonesia": a one-word name after a title, then "of"
    and a country, is a name (not a title's word: "Minister Counsellor of the Embassy"), when the word is no
    title word."""
    if _title_like(doc.lexicon, name) or _of_country(doc, end) is None:
        return False
    doc.fire("actor.one_word_of_country", end - len(name), end)
    return True


def _classify(doc: Doc, start: int, end: int) -> Mention | None:
    text = doc.text
    lx = doc.lexicon
    if (
        text.endswith((" of ", " for "), start - 5 if start > 5 else 0, start)
        and (nxt := _PORTFOLIO_NEXT_RX.match(text, end)) is not None
        and (nxt.group(1) in lx.nonname or nxt.group(1).lower() in lx.title_words)
    ):
        return None  # actor.portfolio_title: "Minister of Railway Transport": no name, a title's portfolio
    if (org := _described_organization(doc, start, end)) is not None:
        return org
    if text.startswith(" (", end) and _acronym_of(text, start, end):
        return None  # actor.acronym_not_person: "the Barisan Revolusi Nasional (BRN)": an organization's initials
    if (
        text[start - 1 : start] == " "
        and (lw := _LOWER_WORD_BEFORE_RX.search(text, start - 24 if start > 24 else 0, start)) is not None
        and lw.group(1) in lx.told_outlet_kinds
    ):
        return None  # actor.outlet_kind_before: "US outlet Axios reported", "the daily Dawn said": an outlet's name
    sent = doc.sent_index(start)
    floor = doc.sentences[sent].start if sent >= 0 else 0
    name = text[start:end]
    # actor.glued_initial: "Minister of Foreign Affairs Ts.Altangerel": a father's initial glued to the name (the
    # Mongolian form) stands between the title and the name
    glued = _GLUED_INITIAL_RX.search(text, max(floor, start - 4), start) if text[start - 1 : start] == "." else None
    if glued is None and text[start - 1 : start] == " " and text[start - 2 : start - 1] == ".":
        # actor.glued_initials: "the Foreign Minister of Sri Lanka, M.U.M. Ali Sabry, said": the initials glued
        # before the name stand between the title (or the comma) and the name
        ini = _GLUED_INITIALS_LEFT.search(text, max(floor, start - 8), start)
        if ini is not None and _name_table(lx, ini.group().strip()) == "":
            glued = ini
    title_start = _honorific_before(doc, glued.start() if glued is not None else start)
    # a title needs a role word within reach: look for one before walking the stretch
    if _has_role(doc, title_start - 160 if title_start - 160 > floor else floor, title_start):
        stretch = _title_stretch(doc, title_start, floor)
        # actor.double_title: "Qatar's Prime Minister and Foreign Minister Sheikh X" is one person
        both = _role_and(lx, text, stretch - 60 if stretch - 60 > floor else floor, stretch)
        # actor.second_state_title: "the UN Secretary-General and Polish Foreign Minister X": a second title that
        # opens with its own state is a second person's
        second = text[stretch : stretch + 40].split(" ", 1)[0]
        if both is not None and _name_table(lx, second) in ("demonym", "country"):
            both = None
        if both is not None and _post_word(lx, second) and text.endswith(("the ", "The "), floor, both.start(1)):
            # actor.leader_and_envoy: "the Prime Minister and Ambassador X agreed": a post abroad after "and" is a
            # second person's title (the first one's told bare, before)
            both = None
        if both is not None and (first := _role_suffix(lx, both.group(1))) >= 0:
            # "Qatari Prime Minister and Foreign Minister X": the first title may have a demonym before it
            at = both.start(1) + first
            stretch = min(at, _title_stretch(doc, at, floor))
            if both.re is _ROLE_AND_LOWER_RX:
                doc.fire("actor.double_title_lower", stretch, title_start)
        roles = _role_hits(doc, stretch, title_start)
    else:
        stretch, roles = title_start, []
    if not roles and text.endswith(" ", floor, title_start) and (por := _lower_portfolio(doc, title_start, floor)):
        stretch, roles = por
    # actor.title_name
    if not roles and title_start < start and doc.names_between(title_start, start):
        # "Crown Prince Khalid": the honorific ("Prince") ends a role word ("crown prince")
        roles = [h for h in _role_hits(doc, stretch, start) if h.end > title_start]
        if roles:
            title_start = start  # the honorific belongs to the role ("Saudi Crown Prince")
    if roles and text.startswith(("'s ", "’s "), roles[-1].end):
        # actor.possessive_title: "the President's Media Division said": the office's body speaks, no name
        words = text[roles[-1].end + 3 : end].split(" ")
        if roles[-1].text[:1].isupper() and all(w[:1].isupper() for w in words):
            office = text[roles[-1].start : end]
            return Mention(start, end, "organization", sent, "actor.possessive_title", office, name=office)
        roles = []
    # the four characters before the title (fewer at the sentence's start)
    before4 = text[title_start - 4 if title_start - 4 > floor else floor : title_start]
    if roles and before4 in (" in ", " at ", " to ", " on "):
        roles = []  # "met her Peruvian counterpart in Santiago": a title never ends with "in", "at" ...
    if roles and (
        _followed_by_org(doc, end)
        or before4 in ("the ", "The ")
        or (" " not in name and _CLASSIFY_RX1.match(text[end : end + 12]) and not _one_word_of_country(doc, name, end))
    ):
        roles = []
    if roles:
        role_end = title_start
        rule = "actor.title_name"
        if _post_word(lx, roles[-1].text) and not text[roles[-1].end : title_start].strip():
            # actor.honorific_post: "Foreign Minister Ambassador X", "the Minister of Foreign Affairs, Ambassador
            # X": a post abroad right before the name, after another title, is the honorific a former envoy keeps
            if (
                len(roles) > 1
                and not _post_word(lx, roles[-2].text)
                and not text[roles[-2].end : roles[-1].start].strip()
            ):
                role_end, rule = roles[-1].start, "actor.honorific_post"
            elif len(roles) == 1 and (appos := _appos_role(doc, stretch, floor)) is not None:
                rstart, rend = appos
                return Mention(
                    start,
                    end,
                    "name",
                    sent,
                    "actor.honorific_post",
                    name,
                    country=_country_in(doc, rstart, rend),
                    role=text[rstart:rend].strip(),
                    name=name,
                    title_start=stretch,
                )
        role_text = text[stretch:role_end].strip()
        country = _country_in(doc, stretch, title_start)
        if (
            country is None
            and (adj := _DEMONYM_ADJ_LEFT.search(text, stretch - 40 if stretch - 40 > floor else floor, stretch))
            is not None
        ):
            # actor.demonym_before_modifier: "Russian presidential spokesman X", "Ukrainian army spokesman Y": a
            # demonym before one lower-case word that opens the title
            country = next(
                (lx.country_of(h.text) for h in doc.names_between(adj.start(1), adj.end(1)) if h.table == "demonym"),
                None,
            )
            if country is not None:
                rule = "actor.demonym_before_modifier"
        if (
            country is None
            and "including" in text[stretch - 150 if stretch - 150 > floor else floor : stretch]
            and (
                inc := _DEMONYM_OFFICIALS_LEFT.search(text, stretch - 150 if stretch - 150 > floor else floor, stretch)
            )
            is not None
        ):
            # actor.officials_including: "meetings with other top Iraqi officials including Prime Minister A and
            # President B": the officials' demonym is each one's listed after "including"
            country = next(
                (lx.country_of(h.text) for h in doc.names_between(inc.start(1), inc.end(1)) if h.table == "demonym"),
                None,
            )
            if country is not None:
                rule = "actor.officials_including"
        return Mention(
            start,
            end,
            "name",
            sent,
            rule,
            name,
            country=country,
            role=role_text or None,
            name=name,
            title_start=stretch,
        )
    # actor.country_name: "Oman's Salim Harthi"; a one-word name only as a meeting's object ("talks
    # with Turkey's Erdogan") or a verb's subject ("Turkey's Erdogan held talks")
    for h in doc.names_between(start - 40, start):
        if (
            h.possessive
            and h.table == "country"
            and 0 <= start - h.end <= 4
            and (" " in name or _bare_object(doc, start, end, floor, h.start) or _before_verb(doc, end))
        ):
            return Mention(
                start,
                end,
                "name",
                sent,
                "actor.country_name",
                name,
                country=lx.country_of(h.text),
                name=name,
                title_start=h.start,
            )
    # actor.role_apposition: "deputy minister for legal affairs, Farid Rahimi"
    before = (
        _role_appos_before(text, start - 122 if start - 122 > floor else floor, title_start)
        if text[title_start - 3 if title_start - 3 > floor else floor : title_start].rstrip().endswith(",")
        else None
    )
    if before is not None:
        seg_start, seg_end = before
        if text[seg_end - 1 : seg_end] == ")" and (paren := text.rfind(" (", seg_start, seg_end)) > seg_start:
            # actor.role_parenthesis: "the director general of the Food and Agriculture Organization (FAO), X",
            # "the president of the Sahrawi Republic (also known as Western Sahara), X": the brackets ending the
            # role (initials, another name) are left out of it
            seg_end = paren
        rh = _appos_roles(doc, seg_start, seg_end)
        tail_end = seg_end  # where the role's own words end
        if (
            not rh
            and _PORTFOLIO_LIST_RX.fullmatch(text, seg_start, seg_end)
            and (prev := _role_appos_before(text, seg_start - 122 if seg_start - 122 > floor else floor, seg_start))
            and (prev_rh := _appos_roles(doc, *prev))
        ):
            # actor.comma_portfolio: "the Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, X": the
            # rest of a portfolio list set off by a comma inside the title
            doc.fire("actor.comma_portfolio", prev[0], seg_end, text[seg_start:seg_end].strip())
            rh, seg_start, tail_end = prev_rh, prev[0], prev[1]
        if (
            rh
            and (
                tail_end - rh[-1].end < 60
                # a long tail only when it is all a title's: "Director General for Asia and Pacific Affairs at the
                # Foreign Ministry, X"
                or (tail_end - rh[-1].end < 90 and _all_title_tail(text[rh[-1].end : tail_end]))
            )
            and not _has_verb(doc, rh[-1].end, tail_end)
            and _ROLE_TAIL.fullmatch(text, rh[-1].end, tail_end)
            # "According to the spokesman, Brandt and Wang agreed ...": the role is the source's, not a title
            and not _according_desc(text, rh[-1].start, seg_end)
            # "Meeting his Tajik counterpart at the hotel, X said": the counterpart a fronted participle met is
            # not X's title (coref.counterpart_not_owner); "met his Omani counterpart, X" stays one
            and not (
                rh[-1].text.lower().startswith("counterpart")
                and sent >= 0
                and _PARTICIPLE_POSSESSOR_RX.fullmatch(text, doc.sentences[sent].start, rh[-1].start) is not None
            )
            # "On the sidelines of a meeting with the Minister of Transport of Armenia, X said ...": the role is the
            # fronted phrase's object, X the clause's subject
            and not (
                not text.startswith(",", end)  # ("..., with the Foreign Minister of Iran, X, Y said": X's title)
                and _fronted_with_object(doc, sent, rh[0].start)
            )
        ):
            rstart = _title_stretch(doc, rh[-1].start, seg_start)
            rstart = min(rstart, rh[-1].start)
            det = _CLASSIFY_RX2.search(text[max(floor, rstart - 5) : rstart])
            return Mention(
                start,
                end,
                "name",
                sent,
                "actor.role_apposition",
                name,
                country=_country_in(doc, rstart, seg_end),
                role=text[rstart:seg_end].strip(),
                name=name,
                # the role stands before the comma; when a verb follows the name, the name is the
                # clause's subject and the role may be the tail of an opening phrase
                title_start=title_start if _before_verb(doc, end) else rstart - (len(det.group()) if det else 0),
            )
    if text.startswith(" (", end) and (pclose := _paren_title(doc, end)) is not None:
        # actor.paren_title: "Annalena Baerbock (German Foreign Minister) said": the title in brackets after the name
        return Mention(
            start,
            end,
            "name",
            sent,
            "actor.paren_title",
            name,
            country=_country_in(doc, end + 2, pclose),
            role=text[end + 2 : pclose],
            name=name,
            title_start=title_start,
            tail_end=pclose + 1,
        )
    # both appositions start with a comma after the name
    comma_after = text.startswith(",", end)
    send = doc.sentences[sent].end if sent >= 0 else len(text)
    # actor.name_apposition: "Farid Rahimi, the Iranian foreign minister's senior adviser"
    after = _APPOS_AFTER.match(text, end, send) if comma_after else None
    appos_at = end
    if after is None and comma_after and (mb := _MEMBER_OF_AFTER.match(text, end, send)) is not None:
        # actor.member_then_title: "Wang Yi, member of the State Council, Minister of Foreign Affairs of China,": the
        # seat on a body first, then the title the apposition gives
        appos_at = mb.end()
    if (
        after is None
        and comma_after
        and (bare := _BARE_APPOS_AFTER.match(text, appos_at, send)) is not None
        and not ((tap := _TITLE_APPOS.match(text, appos_at, send)) is not None and _all_title_words(lx, tap.group(1)))
    ):
        # actor.bare_apposition: "X, spokesman for the ministry, said", "X, chief of staff to Y, said": the
        # apposition starts with its role, or with title words before it
        bare_end = bare.end(1)
        if text.startswith(" and ", bare_end):  # actor.and_title
            bare_end = max(bare_end, _and_title_tail(doc, bare_end, send))
        rh = [h for h in _role_hits(doc, bare.start(1), bare_end) if h.table == "role"]
        if rh and all(
            _title_like(lx, w) or _name_table(lx, w) in ("demonym", "country")
            for w in text[bare.start(1) : rh[0].start].split()
        ):
            after = bare
    if (
        after is not None
        and " " not in name
        and _PLACE_PREP_BEFORE_RX.search(text, max(floor, title_start - 8), title_start)
    ):
        after = None  # actor.no_apposition_after_place: "Speaking in Mannar, the minister said": a place, no person
    if after is not None:
        # actor.and_title: "X, the Minister of Foreign Affairs and International Cooperation of Morocco, said"
        and_end = _and_title_tail(doc, after.end(), send) if text.startswith(" and ", after.end()) else -1
        rh = [h for h in _role_hits(doc, after.start(), max(and_end, after.end())) if h.table == "role"]
        # the last role before any verb of the apposition ("the delegation held talks with Minister X": not X's)
        last = next((h for h in reversed(rh) if not _has_verb(doc, after.start(), h.start)), None)
        if (
            last is not None
            and last.text.lower() != "delegation"
            and text.startswith(" ", last.end)
            and finite_verb_at(doc, last.end + 1) is not None
        ):
            # actor.apposition_clause: "... with A and B, a presidential aide told the agency": a role and its own
            # verb after the comma are the next clause's subject (another person), no apposition of the name's
            rh = []
        if (
            rh
            and last is not None
            and _CAPS_BEFORE_TITLE_RX.fullmatch(text, after.start(), last.start)
            and (nxt := _NEXT_CAP_WORD_RX.match(text, last.end, after.end()))
            and _plain_name(lx, nxt.group(1))
        ):
            # actor.apposition_list: "A, India's Foreign Minister B and Japan's Foreign Minister C agreed ...": a
            # title with its own name after the comma is the next person of a list, no apposition of A's
            rh = []
        if rh and not _has_verb(doc, after.start(), rh[0].start):
            tail = max(and_end, after.end())
            if rh[0].text.lower() == "delegation" and (
                verb := next((h for h in doc.words_between(rh[0].end, tail) if h.table in ("cue", "mverb")), None)
            ):
                # a delegation in apposition: "Headed by X, the delegation held talks with Y": the
                # apposition ends with the delegation, the clause's subject; its verb and object are no title
                tail = max(h.end for h in rh if h.end <= verb.start)
            elif (
                verb := next((h for h in doc.words_between(rh[0].end, tail) if h.table in ("cue", "mverb")), None)
            ) is not None and (
                _APPOS_VERB_GAP.fullmatch(text, role_end := max(h.end for h in rh if h.end <= verb.start), verb.start)
                is not None
            ):
                # actor.apposition_verb: "X, Foreign Minister on Monday received Y, ...": an apposition no comma
                # closes ends with its title, before the name's own verb (told after a day at most: "According to
                # X, the Minister is expected to meet Y" is a clause of its own)
                tail = role_end
                doc.fire("actor.apposition_verb", end, verb.start)
            return Mention(
                start,
                end,
                "name",
                sent,
                "actor.name_apposition",
                name,
                country=_country_in(doc, after.start(), max(tail, after.end())),
                role=text[after.start() + 1 : tail].strip(),
                name=name,
                title_start=title_start,
                tail_end=tail,
            )
        if not rh and " " in name and text.startswith(",", after.end()) and _before_verb(doc, after.end() + 1):
            # actor.apposition_subject: "Chen Wei, a research fellow at X, told ...": a name set off by a
            # description (no role word in it) and followed by its verb is the clause's subject
            return Mention(
                start,
                end,
                "name",
                sent,
                "actor.apposition_subject",
                name,
                role=text[after.start() + 1 : after.end()].strip(),
                name=name,
                title_start=title_start,
                tail_end=after.end(),
            )
    # actor.title_apposition: "Faisal bin Farhan, Minister of Foreign Affairs, met ...": a bare title
    # set off by commas (every capitalised word a title word, a role among them)
    tap = _TITLE_APPOS.match(text, end, send) if comma_after else None
    if tap is not None and _all_title_words(lx, tap.group(1)):
        rh = [h for h in _role_hits(doc, tap.start(1), tap.end(1)) if h.table == "role"]
        if rh:
            return Mention(
                start,
                end,
                "name",
                sent,
                "actor.title_apposition",
                name,
                country=_country_in(doc, tap.start(1), tap.end(1)),
                role=tap.group(1),
                name=name,
                title_start=title_start,
                tail_end=tap.end(1),
            )
    if text.startswith(" ", end) and any(
        h.start == end + 1
        and h.table == "role"
        and (text[h.start].isupper() or (text.startswith(" ", h.end) and text[h.end + 1 : h.end + 2].isupper()))
        for h in _role_hits(doc, end + 1, end + 30)
    ):
        # actor.place_before_title: "met Johor Chief Minister X", "Texas Governor Y said": a word no table knows
        # right before a capitalised title is the place the title is of, no person; so is one before a title in
        # small letters and a name ("talks with Fianna Fáil leader Micheál Martin": the party's leader)
        return None
    # actor.meeting_object: "held talks with Kenji Sato", "... with X and Elena Petrova"
    obj_rule = (
        "actor.meeting_object"
        if " " in name and _meeting_object(doc, start, floor)
        else "actor.bare_object"
        if _bare_object(doc, start, end, floor, title_start)
        else ""
    )
    if obj_rule:
        return Mention(
            start,
            end,
            "name",
            sent,
            obj_rule,
            name,
            name=name,
            title_start=title_start,
            country=_country_in(
                doc,
                _after_last_small_word(text, title_start - 30 if title_start - 30 > floor else floor, title_start),
                title_start,
            ),
        )
    # actor.credit_outlet: "..., Tengrinews reports.": one word crediting the sentence before it is an outlet's name
    if " " not in name and title_start == start and text.endswith(", ", 0, start) and _CREDIT_RX.match(text, end):
        return None
    # actor.subject_name: "Rahimi said", ", said Li"; actor.quoted_name: "IRNA quoted Zarif as saying"
    if (
        (
            _before_verb(doc, end)
            or _after_inverted_cue(doc, start)
            or (text.startswith(" as saying", end) and text.endswith(("quoted ", "cited "), floor, title_start))
        )
        and not _plural_opener(doc, start, end, floor)
        # actor.no_subject_after_preposition: "a port at Tadjourah dedicated to ...", "1.2 million Rohingyas
        # sheltered in ...": one word after a preposition or a number is no clause's subject
        and (
            " " in name
            or _NO_SUBJECT_BEFORE_RX.search(text, title_start - 12 if title_start - 12 > floor else floor, title_start)
            is None
        )
        and (" " in name or title_start < start or not _common_noun_opener(doc, name, start))
        # actor.plural_demonym: "Many Palestinians interviewed in Gaza said": a people, no person
        and not (name[-1:] == "s" and name[:-1] in lx.demonyms)
        # actor.adverb_opener: "“Willfully carried out the demolition ...": an adverb opening a sentence
        and not (" " not in name and _ADVERB_RX.fullmatch(name))
        # actor.participle_opener: "Commenting on media reports, the spokesman stated": a participle opening the
        # sentence before its preposition
        and not (
            " " not in name
            and name.endswith("ing")
            and title_start == start
            and _PARTICIPLE_NEXT_RX.match(text, end)
            and _sentence_initial(doc, start)
        )
    ):
        # "Egyptian Sameh Shoukry said": a demonym right before the name gives its country
        dem = next(
            (
                h
                for h in doc.names_between(title_start - 30, title_start)
                if h.table == "demonym" and h.end == title_start - 1
            ),
            None,
        )
        if dem is not None and text.endswith(("the ", "The "), 0, dem.start):
            return None  # actor.the_demonym_name: "The Qatari Al Araby reported": an outlet or a party, no person
        country = lx.country_of(dem.text) if dem is not None else None
        return Mention(
            start, end, "name", sent, "actor.subject_name", name, country=country, name=name, title_start=title_start
        )
    if title_start < start and " " in name:
        # actor.honorific_name: "..., and Bolivia's host, Datuk Seri Ana Mamani, spent ...": a name of two words or
        # more after an honorific is a person's; a possessive country before a one-noun apposition is theirs
        poss = _POSS_APPOS_RX.search(text, title_start - 30 if title_start - 30 > floor else floor, title_start)
        country = None
        if poss is not None:
            country = next(
                (lx.country_of(h.text) for h in doc.names_between(poss.start(), poss.end(1)) if h.table == "country"),
                None,
            )
        return Mention(
            start, end, "name", sent, "actor.honorific_name", name, country=country, name=name, title_start=title_start
        )
    return Mention(start, end, "candidate", sent, "", name, name=name, title_start=title_start)


#: after a comma, capitalised words only before a title: ", India's External Affairs " (a list's next title)
_CAPS_BEFORE_TITLE_RX: Final = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+)*")
#: the capitalised word right after a title: " Suresh" in "Foreign Minister Suresh K."
_NEXT_CAP_WORD_RX: Final = re.compile(r" ([A-Z][\w'’-]+)")
#: a father's initial glued to a name, before it: " Ts." in "Minister Ts.Altangerel", " B." in "B.Battulga"
_GLUED_INITIAL_RX: Final = re.compile(r"(?<=[ \t])[A-Z][a-z]?\.$")


def _all_title_tail(tail: str) -> bool:
    """Is every word of ``tail`` capitalised or a joining word of a title ("for", "at the", "and")? A bracketed
    acronym counts as capitalised ("for Shanghai Cooperation Organization (SCO) Affairs")."""
    return all(w[:1].isupper() or w in _TITLE_TAIL_JOINERS or (w[1:2].isupper() and w[:1] == "(") for w in tail.split())


def _role_at(doc: Doc, start: int, end: int) -> bool:
    """Does a role of the ``role`` table (of one word or more: "General Secretary") open ``[start, end)``?"""
    return any(h.start == start and h.table == "role" for h in _role_hits(doc, start, end))


def _described_organization(doc: Doc, start: int, end: int) -> Mention | None:
    """actor.described_organization: "settlement watchdog Peace Now said", "the main opposition Akel
    welcomed", "the rescue NGO Sea Guard warned": a name right after a noun of the ``org_descriptor``
    table (or opening with one) is an organisation's; the capitalised words before the run that no
    name holds ("Peace") belong to it."""
    text = doc.text
    descriptors = doc.lexicon.org_descriptors
    first = text[start:end].split(" ", 1)
    if len(first) == 2 and first[0].lower() in descriptors:
        name = first[1]
        if name.split(" ", 1)[0].lower() in doc.lexicon.roles or _role_at(doc, end - len(name), end):
            return None  # actor.descriptor_role: "Opposition Leader X", "Party General Secretary X": a titled person
    else:
        # the words to the left, each after one space: "watchdog Peace [Now]"
        lo = start
        word = ""
        for _ in range(3):
            if lo < 2 or text[lo - 1] != " ":
                return None
            i = text.rfind(" ", lo - 40 if lo > 40 else 0, lo - 1) + 1
            word = text[i : lo - 1]
            if not (word[:1].isupper() and word in doc.lexicon.nonname):
                break
            lo = i
        if word.lower() not in descriptors:
            return None
        if text[lo:end].split(" ", 1)[0].lower() in doc.lexicon.roles or _has_role(doc, lo, start):
            # actor.descriptor_role: "Opposition Leader X", "party Chairman X", "Party General Secretary X":
            # a titled person
            return None
        start, name = lo, text[lo:end]
    return Mention(start, end, "organization", doc.sent_index(start), "actor.described_organization", name, name=name)


#: a plural noun's ending: a consonant or "e" before the final "s" ("Traders", "Analysts", "Sources")
_PLURAL_END_RX: Final = re.compile(r"[A-Z][a-z]+(?:[b-df-hj-np-tv-z]|e)s")


def _plural_opener(doc: Doc, start: int, end: int, floor: int) -> bool:
    """actor.plural_opener: "Traders said ...", "Analysts told ...": a lone plural word opening the sentence,
    capitalised only by its place and named nowhere else in the article, is an anonymous source, no person."""
    text = doc.text
    return (
        _PLURAL_END_RX.fullmatch(text, start, end) is not None
        and not text[floor:start].strip(" \"“‘'")
        and text.find(text[start:end], end) < 0
        and text.rfind(text[start:end], 0, start) < 0
    )


_TITLE_APPOS: Final = re.compile(r",\s+((?:[A-Z][\w-]*|of|and|for)(?:\s+(?:[A-Z][\w-]*|of|and|for))*),")


def _all_title_words(lx: Lexicon, phrase: str) -> bool:
    words = phrase.split()
    if words[0][:1].islower() or words[-1][:1].islower():
        return False
    return all(
        w[:1].islower() or w in lx.nonname or w.lower() in lx.title_words or w.lower() in lx.roles for w in words
    )


_ROLE_AND_RX: Final = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) and $")
_ROLE_AND_LOWER_RX: Final = re.compile(r"(?<![\w'’-])([a-z][\w-]*(?: [a-z][\w-]*){0,5}) and $")
#: a country's name, demonym or possessive right before a title in small letters ("Italy's ", "Italian ")
_LEAD_COUNTRY_RX: Final = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:['’]s)? $")


def _role_suffix(lx: Lexicon, words: str) -> int:
    """Where the longest run of last words of ``words`` that is a role starts ("Qatari Prime Minister"
    -> the offset of "Prime"), or -1."""
    at = 0
    while at >= 0:
        if words[at:].lower() in lx.roles:
            return at
        nxt = words.find(" ", at)
        at = nxt + 1 if nxt >= 0 else -1
    return -1


def _words_back(text: str, lo: int, at: int, n: int) -> int:
    """Where the ``n`` words joined by single spaces that end at ``at`` start at the earliest (``lo`` when
    ``text[lo:at]`` holds fewer spaces)."""
    for _ in range(n):
        at = text.rfind(" ", lo, at)
        if at < 0:
            return lo
    return at + 1


def _role_and(lx: Lexicon, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_ROLE_AND_RX`` searched over ``text[lo:hi]``, only when the window ends in " and "; or, in small
    letters, ``_ROLE_AND_LOWER_RX`` right after a country's demonym or possessive (actor.double_title_lower:
    "Italy's deputy prime minister and foreign minister X"; not "the prime minister and foreign minister X",
    who may be two)."""
    if text.endswith(" and ", lo, hi) or text.endswith(" and \n", lo, hi):
        # each pattern's words are joined by single spaces and end at " and ": searched from the
        # last three (six) words before it, not tried at every position of the window
        at = hi - 5 if text.endswith(" and ", lo, hi) else hi - 6
        if at <= lo or not (text[at - 1].isalnum() or text[at - 1] in "_-"):
            return None  # both patterns' last word ends right before " and " ("affairs, and": none)
        m = _ROLE_AND_RX.search(text, _words_back(text, lo, at, 3), hi)
        if m is None and (m := _ROLE_AND_LOWER_RX.search(text, _words_back(text, lo, at, 6), hi)) is not None:
            lead = _LEAD_COUNTRY_RX.search(text, max(0, m.start(1) - 30), m.start(1))
            if lead is None or lx.country_of(lead.group(1)) is None:
                return None
        return m
    return None


_OF_COUNTRY_RX: Final = re.compile(r" of (?:the )?")


def _of_country(doc: Doc, end: int) -> Hit | None:
    """The country named right after ``end`` by " of " ("X of Egypt", "X of the Philippines"): the gazetteer's
    hit may take the article in ("the Philippines", "the United Kingdom") or not."""
    of = _OF_COUNTRY_RX.match(doc.text, end)
    if of is None:
        return None
    for h in doc.names_between(end + 4, of.end() + 1):
        if h.table == "country" and h.start in (end + 4, of.end()):
            return h
    return None


#: actor.meeting_object: "with" (or "and", "between") and up to three capitalised words before a name; or a list's
#: names before it, each ended by a comma ("separate meetings with A B, C D and E F": C D is an object too)
_WITH_LEFT: Final = re.compile(
    r"\b(?:with|and|between)\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}$"
    r"|\bwith\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*,\s+(?:(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*,\s+)?$"
)


def _meeting_object(doc: Doc, start: int, floor: int) -> bool:
    text = doc.text
    lo = start - 70 if start - 70 > floor else floor
    bw = text.rfind(" between ", lo, start)
    if bw < 0 and text.rfind(" with ", lo, start) < 0 and text.rfind(" and ", lo, start) < 0:
        return False
    m = _WITH_LEFT.search(text, lo, start)
    if m is None:
        return False
    lx = doc.lexicon
    with_pos = text.rfind(" with ", floor, start)
    if bw > with_pos:
        # actor.between_parties: "the talks between Murray Keane and Ratu Inoke Vula": the names after a meeting
        # noun's "between" are its parties
        return any(h.end == bw and h.text.lower() in lx.meeting_nouns for h in doc.words_between(bw - 30, bw))
    if with_pos < 0:
        return False
    return any(
        h.text.lower() in lx.meeting_nouns or h.text.lower() in lx.meeting_verbs
        for h in doc.words_between(floor, with_pos)
    )


def _bare_object(doc: Doc, start: int, end: int, floor: int, lead: int = -1) -> bool:
    """actor.bare_object: a name with no title as the direct object of a meeting verb ("met
    Zoran Horvat") or a one-word name right after "with" in a sentence with a meeting word ("spoke
    by phone with Kishida"). The word is no table's (country, place, organization, month, weekday,
    title, nonname), not all capitals, not possessive, and the sentence does not start with it.
    ``lead`` is where the honorifics before the name start ("met Sheikh Tamim", "received Gen.
    Rivera"): the verb stands before them."""
    text = doc.text
    lx = doc.lexicon
    if start <= floor or text.startswith(("'", "’", "-"), end):
        return False
    name = text[start:end]
    if " " not in name and (len(name) < 3 or not _plain_name(lx, name)):
        return False
    if text.startswith(" ", end) and text[end + 1 : end + 16].split(" ", 1)[0].rstrip(",.") in lx.speaker_body_heads:
        return False  # "met with Andean Court of Justice Head X": the word names the body, no person
    if name.endswith("s") and lx.demonyms.get(name[:-1]) is not None:
        return False  # "held a meeting with Nigerians living in Namibia": a people, no person
    if name.lower() in lx.role_plurals:
        return False  # "in several meetings with Chancellors and personalities": a title's plural, no person
    # "met Mr. Kishida", "received H.E. Hakan Fidan": the verb stands before the honorifics
    lead = lead if floor < lead < start else _honorific_before(doc, start)
    if lead < start or " " in name:
        # "met Pakistani Field Marshal X", "received Qatar's Sheikh Y", "met Jordanian Ayman Safadi": a
        # demonym or a country's possessive before the honorifics or a name of two words or more
        for h in doc.names_between(lead - 40, lead):
            if h.table in ("demonym", "country") and h.end < lead and not text[h.end : lead].strip(" '’s"):
                lead = h.start
                break
    verb = next((h for h in doc.words_between(lead - 10, lead) if h.end == lead - 1), None)
    if verb is not None and text[verb.end] == " ":
        verb_low = verb.text.lower()
        if verb_low in lx.bare_object_verbs:
            return True
        if verb_low == "meeting" and text.endswith((" is", " are"), 0, verb.start - 1):
            return True  # meeting.progressive_verb: "X is meeting Zoran Horvat": after "is" the word is the verb
    if " " in name and _BY_PARTY_LEFT.search(text, max(floor, start - 20), start):
        return True  # "a delegation led by Tomas Varga", "was received by Pablo Soto" (meeting.delegation_head)
    return " " not in name and text.endswith(" with ", floor, lead) and _meeting_object(doc, lead, floor)


def _after_last_small_word(text: str, lo: int, hi: int) -> int:
    """actor.object_country_after_verb: where the words after the last lower-case word of ``[lo, hi)`` start
    ("met Pakistani Field Marshal X": after "met "): a state named before the verb ("Jordan's King A met X")
    is the subject's, not the object's."""
    pos = lo
    i = lo
    for word in text[lo:hi].split(" "):
        if word.isalpha() and word.islower():
            pos = i + len(word) + 1
        i += len(word) + 1
    return min(pos, hi)


_BY_PARTY_LEFT: Final = re.compile(r"\b(?:led|headed|chaired|received|welcomed|greeted|hosted) by $")


def _followed_by_org(doc: Doc, end: int) -> bool:
    """ "Ruritania's Blue Dawn movement": a run followed by an organization is part of its name."""
    nxt = doc.names_between(end, end + 3)
    text = doc.text
    return (
        # actor.comma_ends_name: "President of X Temir Osmonov, Akorda reports": a comma ends the name
        any(h.table == "organization" and not text[end : h.start].strip() for h in nxt)
        or _FOLLOWED_BY_ORG_RX.match(text[end : end + 12]) is not None
        # actor.institution_name: "the head of Sudan's Sovereignty Council": a run before an institution's head
        # noun ("Council", "Committee") is part of the institution's name
        or ((nw := _PORTFOLIO_NEXT_RX.match(text, end)) is not None and nw.group(1) in doc.lexicon.speaker_body_heads)
    )


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    return any(
        h.table in ("cue", "mverb")
        and doc.lexicon.cues.get(h.text.lower()) is not None
        and doc.lexicon.cues[h.text.lower()].form == "finite"
        # a capitalised cue word inside a name is no verb: "the United States", "Reports Without Borders"
        and not (h.text[:1].isupper() and _in_name_hit(doc, h.start, h.end))
        for h in doc.words_between(start, end)
    )


def _in_name_hit(doc: Doc, start: int, end: int) -> bool:
    """Does a name of the lexicon (a country, an organization) cover ``[start, end)``?"""
    return any(n.start <= start and end <= n.end for n in doc.names_between(max(0, start - 60), end))


def finite_verb_at(doc: Doc, pos: int) -> Hit | None:
    """A finite cue or meeting verb starting exactly at ``pos``."""
    lx = doc.lexicon
    for h in doc.words_between(pos, pos + 1):
        if h.start == pos:
            low = h.text.lower()
            c = lx.cues.get(low)
            if c is not None and c.form == "finite":
                return h
            mv = lx.meeting_verbs.get(low)
            if mv is not None and not low.endswith("ing") and low not in lx.noun_verbs:
                return h
            return None
        if h.start > pos:
            return None
    return None


def clause_verb_at(doc: Doc, pos: int) -> bool:
    """Does a clause's verb start at ``pos``: a finite cue or meeting verb, or a past tense ("held", "arrived")?"""
    return _PAST_VERB_RX.match(doc.text, pos) is not None or finite_verb_at(doc, pos) is not None


#: ", speaking in Cairo, ", ", addressing reporters in Doha, " between a name and its verb
#: (actor.speaking_aside_subject)
_SPEAKING_ASIDE_RX: Final = re.compile(
    r", (?:speaking|addressing reporters|addressing a news conference|talking to reporters)"
    r"(?: (?:in|at|to|from|during|after|before|on|alongside) [^,.;:“”\"]{1,60})?, "
)


#: " in his Thursday evening phone talks with Fuad Hussein " between a name and its verb (actor.talks_aside_subject)
_TALKS_ASIDE_RX: Final = re.compile(
    r" in (?:his|her) [^,.;:“”\"]{0,60}?\b(?:talks|meeting|call|conversation|contact|discussions?)"
    r" with [^,.;:“”\"]{1,60}? (?=[a-z])"
)


#: the gerunds of a participle's aside between a subject and its verb ("X while meeting with Y said"; here and in
#: statement.while_aside)
ASIDE_GERUNDS: Final = "meeting|receiving|hosting|visiting|talking|speaking|holding"
#: the occasions of a speech told between a subject and its verb ("X in his weekly press conference ... said"; here
#: and in statement.speech_aside)
SPEECH_OCCASIONS: Final = (
    "press conference|news conference|briefing|interview|speech|address|sermon|remarks|message|statement"
)
#: ", while meeting with X", " when receiving Y" right after a name: a participle's aside before the name's verb
#: (actor.while_aside_subject)
_WHILE_ASIDE_RX: Final = re.compile(rf",? (?:while|when|after|upon|during) (?:{ASIDE_GERUNDS}|attending)\b")
#: what a participle's aside opens with (actor.while_aside_subject)
_WHILE_ASIDE_OPENERS: Final = tuple(
    f"{comma} {word} " for word in ("while", "when", "after", "upon", "during") for comma in ("", ",")
)
#: " in his weekly press conference", " in her speech" right after a name (actor.speech_aside_subject)
_SPEECH_ASIDE_RX: Final = re.compile(rf" in (?:his|her) (?:[a-z-]+ ){{0,3}}?(?:{SPEECH_OCCASIONS})\b")


def _verb_after_aside(doc: Doc, end: int, aside_end: int) -> bool:
    """Is there a clause's verb after an aside that opens at ``end`` (its head read up to ``aside_end``), in the
    sentence, before any stop or quotation mark?"""
    text = doc.text
    sent = doc.sent_index(end)
    limit = doc.sentences[sent].end if sent >= 0 else len(text)
    if limit > end + 200:
        limit = end + 200
    for stop in '.;:“”"':
        k = text.find(stop, aside_end, limit)
        if k >= 0:
            limit = k
    return any(clause_verb_at(doc, w.end()) for w in _LOWER_WORD_RX.finditer(text, aside_end, limit))


#: a lower-case word after a space: where an aside may end and its name's verb stand
_LOWER_WORD_RX: Final = re.compile(r" (?=[a-z])")


#: " and Ambassador Kofi Adu Mensah" after a name: capitalised words after "and", up to the space after them
_AND_NAME_RX: Final = re.compile(r" and (?:[A-Z][\w’'.-]* ){0,4}[A-Z][\w’'.-]*(?= )")


#: two capitalised words ending a window: a name of two words or more before it (actor.coordinated_subject)
_TWO_NAME_WORDS_RX: Final = re.compile(r"(?<![\w’'.-])[A-Z][\w’'.-]* [A-Z][\w’'.-]*$")


def _before_verb(doc: Doc, end: int) -> bool:
    text = doc.text
    if (text.startswith(_WHILE_ASIDE_OPENERS, end) and (wa := _WHILE_ASIDE_RX.match(text, end)) is not None) or (
        text.startswith((" in his ", " in her "), end) and (wa := _SPEECH_ASIDE_RX.match(text, end)) is not None
    ):
        # actor.while_aside_subject: "Pezeshkian while meeting with Iraqi Prime Minister X on Tuesday in Tehran said
        # that ...", "Y, when receiving the envoy, stressed ..."; actor.speech_aside_subject: "X in his weekly press
        # conference, which was held virtually, congratulated ...": the name's verb after the aside, before any stop
        return _verb_after_aside(doc, end, wa.end())
    if text.startswith(", ", end) and (sa := _SPEAKING_ASIDE_RX.match(text, end)) is not None:
        # actor.speaking_aside_subject: "Narendra Modi, speaking in Cairo, said": a participle's aside between a
        # name and its finite verb
        return finite_verb_at(doc, sa.end()) is not None
    if text.startswith(", who ", end):
        # actor.who_aside_subject: "Hossein Amir-Abdollahian, who arrived in Damascus this morning, met Y": a
        # relative clause between a name and its finite verb, up to the comma a finite verb follows
        sent = doc.sent_index(end)
        limit = doc.sentences[sent].end if sent >= 0 else len(text)
        if limit > end + 200:
            limit = end + 200
        c = text.find(", ", end + 6, limit)
        while c >= 0 and not _quote_or_stop(text, end, c):
            if clause_verb_at(doc, c + 2):
                return True
            c = text.find(", ", c + 2, limit)
        return False
    if text.startswith((" in his ", " in her "), end) and (ta := _TALKS_ASIDE_RX.match(text, end)) is not None:
        # actor.talks_aside_subject: "Hossein Amirabdollahian in his Thursday phone talks with Fuad Hussein
        # discussed ...": the talks told between a name and its verb
        return clause_verb_at(doc, ta.end())
    if (
        text.startswith(" and ", end)
        and (am := _AND_NAME_RX.match(text, end)) is not None
        and _TWO_NAME_WORDS_RX.search(text, end - 60 if end > 60 else 0, end) is not None
    ):
        # actor.coordinated_subject: "Piotr Nowak Kowal and Kofi Adu Mensah held talks": a name of two words or
        # more joined by "and" to the name the verb follows is a subject too (one word may be a body's: "the
        # Department of Mineral and Petroleum Resources said")
        return _before_verb(doc, am.end())
    if not text[end : end + 1].isspace():
        return False  # _BEFORE_VERB_RX starts with white space
    if text.startswith((" had ", " has ", " have ", " also had "), end) and _HAD_MEETING_RX.match(text, end):
        # actor.had_meeting_subject: "Levitin had a meeting with ...", "X had a telephone conversation with Y": "had"
        # as the main verb of a talk (an auxiliary elsewhere)
        return True
    sent = doc.sent_index(end)
    limit = doc.sentences[sent].end if sent >= 0 else len(text)
    if limit > end + 60:
        limit = end + 60
    m = _BEFORE_VERB_RX.match(text, end, limit)
    if m is None:
        return False
    # "Haddad arrived in Geneva": a capitalised word before a past-tense verb is a subject
    if _PAST_VERB_RX.match(text, m.end(), limit) and text[end] == " ":
        return True
    return finite_verb_at(doc, m.end()) is not None


def _quote_or_stop(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold a quotation mark or a semicolon (no relative clause runs past one)?"""
    return any(text.find(ch, start, end) >= 0 for ch in ';“”"')


def _after_inverted_cue(doc: Doc, start: int) -> bool:
    window = doc.text[start - 30 if start > 30 else 0 : start]
    m = _AFTER_INVERTED_CUE_RX.search(window)
    return m is not None


# -- other mentions --------------------------------------------------------------------------------


def _title_surnames(doc: Doc, persons: list[Mention], spans: tuple[tuple[int, int], ...]) -> list[Mention]:
    """actor.title_surname_alone: "Foreign Minister Julie Bishop ... Bishop says ...": the surname that is also a
    title word (table ``surname_title``), told alone after the full name, is that person's (coref reads it as
    the surname). Not after a capitalised word no title holds, nor before a name ("Bishop Desmond Tutu")."""
    lx = doc.lexicon
    text = doc.text
    first: dict[str, int] = {}  # the surname -> where its full name is first told
    for m in persons:
        if m.kind == "name" and " " in m.text:
            last = m.text.rsplit(" ", 1)[1]
            if last in lx.surname_titles and _name_table(lx, last) != "honorific":
                first.setdefault(last, m.end)
    out: list[Mention] = []
    for word, after in first.items():
        for start, end in spans:
            i = text.find(word, max(start, after), end)
            while i >= 0:
                j = i + len(word)
                prev = text[max(start, i - 30) : i].rstrip(" ").rsplit(" ", 1)[-1]
                if (
                    (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-'’"))
                    and (j == len(text) or not text[j].isalnum())
                    and not (prev[:1].isupper() and prev.lower() not in lx.roles and prev.lower() not in lx.title_words)
                    and not _CAPITAL_NEXT_RX.match(text, j)
                ):
                    out.append(
                        Mention(
                            i,
                            j,
                            "candidate",
                            doc.sent_index(i),
                            "actor.title_surname_alone",
                            word,
                            name=word,
                            possessive=_poss_after(text, j),
                        )
                    )
                i = text.find(word, j, end)
    return out


#: a capitalised word right after (a name the word before it titles: "Bishop Desmond Tutu")
_CAPITAL_NEXT_RX: Final = re.compile(r" [A-Z]")


def find_mentions(doc: Doc, spans: tuple[tuple[int, int], ...]) -> None:
    """Fill ``doc.mentions`` with every actor mention, longest first, without overlaps."""
    scan_hits(doc, spans)
    lx = doc.lexicon
    text = doc.text
    found: list[Mention] = []
    persons = find_persons(doc, spans)
    found.extend(persons)
    found.extend(_title_surnames(doc, persons, spans))
    # the spans of the actor.body_of_portfolio mentions, noted as they are made (no pass over all mentions for them)
    portfolios: list[tuple[int, int]] = []
    # government bodies: "the Iranian Foreign Ministry", "Iran's Foreign Ministry"
    for h in _body_hits(doc):
        sent = doc.sent_index(h.start)
        mod = _modifier_before(doc, h.start)
        canon = lx.bodies[h.text.lower()]
        if mod is not None:
            mh, mstart = mod
            country = lx.country_of(mh.text)
            # actor.body_of_portfolio: "the Iraqi Ministry of Finance", "the Ukrainian Ministry of Education
            # and Science": a capitalised head's "of" complement is part of the body's name
            bend = _of_portfolio_after(doc, h.end) if h.text[:1].isupper() else h.end
            surface = text[mstart:bend]
            if bend > h.end:
                portfolios.append((mstart, bend))
            found.append(
                Mention(
                    mstart,
                    bend,
                    "body",
                    sent,
                    "actor.body_of_portfolio" if bend > h.end else "actor.body",
                    surface,
                    country=country,
                    name=_body_name(surface, mh),
                    possessive=_poss_after(text, bend),
                )
            )
        elif (h.text[:1].isupper() or " " in h.text) and (ch := _country_after(doc, h.end, " of ")) is not None:
            # actor.body_of_country: "the Foreign Ministry of Chile", "Ministry of Foreign Affairs of Peru", "the
            # foreign ministry of Mauritania" (a body of two words in lower case too)
            oend = ch.end
            start = h.start - 4 if text[max(0, h.start - 4) : h.start].lower() == "the " else h.start
            found.append(
                Mention(
                    start,
                    oend,
                    "body",
                    sent,
                    "actor.body_of_country",
                    text[start:oend],
                    country=lx.country_of(ch.text),
                    name=text[h.start : oend],
                    possessive=_poss_after(text, oend),
                )
            )
        elif (
            h.text[:1].isupper()
            and h.text.lower() != "government"
            and (not _sentence_initial(doc, h.start) or h.text.lower() in lx.body_countries)
            # coref.body: "the Ministry of Foreign Affairs (MoFA) affirmed ... The Ministry expressed ...": a bare
            # capitalised head after "the" is the body told before whose name holds it, as "the ministry" is
            and not (
                " " not in h.text
                and not h.text.isupper()  # (an acronym names its body: "the MEA")
                and text[h.start - 4 if h.start > 4 else 0 : h.start].lower() == "the "
                and not text.startswith(" of ", h.end)
                and any(b.kind == "body" and h.text in b.text for b in found[-8:])
            )
        ):  # "Downing Street said": a body its table places opens a sentence too
            found.append(
                Mention(
                    h.start,
                    h.end,
                    "body",
                    sent,
                    "actor.body",
                    h.text,
                    country=lx.body_countries.get(h.text.lower()),
                    name=h.text,
                    possessive=_poss_after(text, h.end),
                )
            )
        else:
            found.append(Mention(h.start, h.end, "bodyref", sent, "coref.body", h.text, name=canon))
    # (a hit's sentence is read where it makes a mention: most demonyms, places and honorifics make none)
    for h in doc.name_hits:
        if h.table == "country":
            canon, iso = lx.countries[h.text]
            # the most made mention (every country named), built from a ready tuple like the hits (a call
            # with keywords costs three times as much): the fields in order, those after ``possessive`` at
            # their defaults
            found.append(
                _tuple_new(
                    Mention,
                    (
                        h.start,
                        h.end,
                        "country",
                        doc.sent_index(h.start),
                        "actor.country",
                        h.text,
                        iso,  # country
                        None,  # role
                        canon,  # name
                        h.possessive,
                        *_MENTION_DEFAULTS_AFTER_POSSESSIVE,
                    ),
                )
            )
        elif (
            h.table == "demonym"
            and _SIDE_RX.match(text, h.end)
            and text[max(0, h.start - 4) : h.start] in ("the ", "The ")
        ):
            # "the Russian side" stands for the country (rule actor.country): what it said, Russia said
            side_iso = lx.country_of(h.text)
            if side_iso:
                found.append(
                    Mention(
                        h.start - 4,
                        h.end + 5,
                        "country",
                        doc.sent_index(h.start),
                        "actor.country",
                        text[h.start - 4 : h.end + 5],
                        country=side_iso,
                        name=lx.country_names.get(side_iso, h.text),
                    )
                )
        elif h.table == "organization":
            canon, iso2 = lx.organizations[h.text]
            found.append(
                Mention(
                    h.start,
                    h.end,
                    "organization",
                    doc.sent_index(h.start),
                    "actor.organization",
                    h.text,
                    country=iso2,
                    name=canon,
                    possessive=h.possessive,
                )
            )
        elif h.table == "place" and lx.places[h.text][1]:
            iso3 = lx.places[h.text][0]
            found.append(
                Mention(
                    h.start,
                    h.end,
                    "place",
                    doc.sent_index(h.start),
                    "actor.country",
                    h.text,
                    country=iso3,
                    name=lx.country_names.get(iso3, h.text),
                    possessive=h.possessive,
                )
            )
    descriptions = _descriptions(doc, {m.lo for m in persons if m.kind == "name"})
    found.extend(descriptions)
    for sstart, send in _stretches(doc, spans):
        for pstart, pend, is_group in _pronouns_and_groups(text, sstart, send):
            if is_group:
                found.append(
                    Mention(
                        pstart, pend, "group", doc.sent_index(pstart), "coref.group", text[pstart:pend], plural=True
                    )
                )
                continue
            word = text[pstart:pend]
            if (
                word == "He"
                and _SURNAME_HE_RX.match(text, pend)
                and _TITLE_BEFORE_RX.search(text, max(0, pstart - 30), pstart)
            ):
                continue  # "Vice Premier He Lifeng": a surname, not a pronoun
            sent = doc.sent_index(pstart)
            plural = word.lower() == "they"
            found.append(
                Mention(
                    pstart,
                    pend,
                    "group" if plural else "pronoun",
                    sent,
                    "coref.pronoun",
                    word,
                    plural=plural,
                )
            )
    # these two may match across a line break: scanned paragraph by paragraph, and only when the
    # article has the word they need at all
    office = "ffice" in text
    honorific = "Highness" in text or "Majesty" in text or "Excellency" in text
    for sstart, send in spans if office or honorific else ():
        for m in _OFFICE_RX.finditer(text, sstart, send) if office else ():
            # actor.office: "Prime Minister Ana Costa's office denied ...": the office speaks, not the person
            found.append(
                Mention(
                    m.start(3),
                    m.end(3),
                    "organization",
                    doc.sent_index(m.start()),
                    "actor.office",
                    m.group(3),
                    name=f"{m.group(1)}{m.group(2)} {m.group(3)}",
                )
            )
        for m in _HONORIFIC_PRONOUN.finditer(text, sstart, send) if honorific else ():
            # coref.honorific: "His Highness" with no name after it stands for a person told before
            found.append(
                Mention(m.start(), m.end(), "pronoun", doc.sent_index(m.start()), "coref.honorific", m.group())
            )
    if "hosted" in text or "received" in text or "welcomed" in text:
        hosts = sorted(
            (m.start() - 4, m.end()) for noun, rx in _HOST_GUEST_NOUNS if noun in text for m in rx.finditer(text)
        )
        for start, end in hosts:
            # coref.host_guest: "A hosted B ... The host said", "His guest said": resolved to A or B in coref
            found.append(Mention(start, end, "pronoun", doc.sent_index(start), "coref.host_guest", text[start:end]))
    # every match holds one of these (a space, then its title word)
    if any(w in text for w in (" chief", " head", " top diplomat", " secretary", " chair", " director")):
        for m in _ORG_HEAD_DESC_RX.finditer(text):
            # coref.org_head_description: "the Arab League chief", "the bloc's top diplomat": resolved in coref
            # to the one person told before whose title names an organization, else no one
            # (a named organization's possessive too: "the EU's top diplomat", "the African Union's chief")
            org = m.group(1) or m.group(3) or m.group(2)
            if m.group(2) is None and org not in lx.organizations:
                continue
            start = m.start() - 1  # the "T" before the pattern's "he "
            found.append(
                Mention(
                    start,
                    m.end(),
                    "pronoun",
                    doc.sent_index(start),
                    "coref.org_head_description",
                    text[start : m.end()],
                    name=org,
                )
            )
    if portfolios:
        # "the Estonian Ministry of Culture and Sport denied": one capitalised word of a body's portfolio
        # before the verb is no person's name
        found = [
            m
            for m in found
            if not (
                m.rule == "actor.subject_name" and " " not in m.text and any(s <= m.start < e for s, e in portfolios)
            )
        ]
    # (the descriptions make every actor.unnamed_role mention: read among them, not among all mentions)
    if held := [(m.start, m.end) for m in descriptions if m.kind == "unnamed" and m.rule == "actor.unnamed_role"]:
        # actor.body_role_holder: "The Turkish Foreign Ministry spokesman said": the role noun after a body names
        # its holder, who speaks, not the body (the longer of the two would win, by a letter or two either way)
        found = [m for m in found if m.kind != "body" or not any(m.start < s < m.end < e for s, e in held)]
    doc.mentions = _resolve_overlaps(found, len(text))


def _opens_line(doc: Doc, pos: int) -> bool:
    """Does ``pos`` open its sentence (after an opening quote, if any)?"""
    i = doc.sent_index(pos)
    return i >= 0 and doc.text[doc.sentences[i].start : pos].strip(" \"'“‘") == ""


def _common_noun_opener(doc: Doc, word: str, start: int) -> bool:
    """actor.lone_opener: "Damage was recorded in 50 places", "Emergency declared in hospitals": one
    capitalised word opening a sentence is a common noun, no name, when the article also writes it in
    lower case ("an emergency"), or when its line is a headline (no closing stop), unless the article
    also writes it capitalised where no sentence starts ("Minister Ali Haddad ... Haddad arrived").
    The article is read within ``_OPENER_REACH`` characters of the word, so that a long input stays linear."""
    if not _opens_line(doc, start):
        return False
    text = doc.text
    sent = doc.sentences[doc.sent_index(start)]  # _opens_line found it
    headline = text[sent.start : sent.end].rstrip()[-1:] not in '.!?"”’)'
    lo, hi = max(0, start - _OPENER_REACH), start + _OPENER_REACH
    if not headline and _whole_word_at(text, word.lower(), lo, hi) < 0:
        return False
    n = len(word)
    at = _whole_word_at(text, word, lo, hi)
    while at >= 0:
        if at != start and not _opens_line(doc, at):
            return False
        at = _whole_word_at(text, word, at + n, hi)
    return True


#: how far from a lone opener the article is read for the same word (an article's length, many times over)
_OPENER_REACH: Final = 20_000


def _whole_word_at(text: str, word: str, pos: int, end: int) -> int:
    """Where ``word`` first stands in ``text[pos:end]`` as a whole word (-1: nowhere)."""
    n = len(word)
    at = text.find(word, pos, end)
    while at >= 0:
        glued = at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-'’")
        if not glued and not text[at + n : at + n + 1].isalnum():
            return at
        at = text.find(word, at + 1, end)
    return -1


def _sentence_initial(doc: Doc, pos: int) -> bool:
    i = doc.sent_index(pos)
    return i >= 0 and doc.sentences[i].start == pos


def _inside(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def _poss_after(text: str, end: int) -> bool:
    # actor.bare_apostrophe: "James Mattis’ visit", "Reyes' remarks": a name ending in "s" takes the apostrophe
    # alone (a closing single quote after a word in quotes is followed by no word)
    return text[end : end + 2] in ("'s", "’s") or (
        text[end - 1 : end] == "s"
        and text[end : end + 1] in ("'", "’")
        and text[end + 1 : end + 2] == " "
        and text[end + 2 : end + 3].islower()
    )


def _country_after(doc: Doc, end: int, prep: str, article_in_name: bool = False) -> Hit | None:
    """The country named right after ``end`` by ``prep`` (" of ", " from "), its article left out: " of Chile",
    " of the Philippines"; with ``article_in_name``, also one whose name holds its article ("of the Russian
    Federation", a name that starts at "the")."""
    text = doc.text
    if not text.startswith(prep, end):
        return None
    lead = at = end + len(prep)
    if text.startswith("the ", at):
        at += 4
    for h in doc.names_between(lead if article_in_name else at, at + 40):
        if (h.start == at or (article_in_name and h.start == lead)) and h.table == "country":
            return h
    return None


def _country_group(text: str, start: int, end: int, sent: int, rule: str, country: str | None) -> Mention:
    """The group of one state's officials that ``text[start:end]`` names ("Omani officials", "officials of Iran")."""
    surface = text[start:end]
    return Mention(
        start,
        end,
        "cgroup",
        sent,
        rule,
        surface,
        country=country,
        name=surface,
        plural=True,
        members=(country,) if country else (),
    )


#: what may follow a country that ends a description: no capitalised name ("from Mozambique Jose Pacheco" names him)
_NO_NAME_AFTER_RX: Final = re.compile(r"(?![’']s)(?!\s+[A-Z])")


_OF_PORTFOLIO_RX: Final = re.compile(r" of (?:the )?[A-Z][a-z]+(?:(?: and | of | for | )[A-Z][a-z]+){0,4}")


def _of_portfolio_after(doc: Doc, end: int) -> int:
    """Where a body's "of" complement right after ``end`` ends (" of Finance", " of Education and Science"):
    capitalised words joined by spaces, "and", "of" or "for", cut before any name a table knows (a state, a
    person: "of Peru" is whose the body is) and any day or month; ``end`` itself when there is none."""
    text = doc.text
    m = _OF_PORTFOLIO_RX.match(text, end, min(len(text), end + 80))
    if m is None:
        return end
    body = text.find(" ", end + 1) + 1  # after " of"
    if text.startswith("the ", body):
        body += 4
    stop = m.end()
    for h in doc.names_between(body, stop):
        stop = min(stop, h.start)
    last = end
    for w in re.finditer(r"[A-Za-z]+", text[body:stop]):
        if w.group()[0].islower():
            continue
        if w.group().lower() in DAY_AND_MONTH_WORDS:  # "of Finance Monday": a date
            break
        last = body + w.end()
    if last == end or (last < len(text) and text[last].isalnum()):
        return end
    return last


def _body_name(surface: str, mod: Hit) -> str:
    s = surface
    if s.lower().startswith("the "):
        s = s[4:]
    return s


def _modifier_before(doc: Doc, pos: int) -> tuple[Hit, int] | None:
    """A demonym or country (possessive) right before ``pos``, and where the phrase starts."""
    for h in reversed(doc.names_between(pos - 40, pos)):
        if h.end > pos:
            continue
        gap = doc.text[h.end : pos]
        if h.table in ("demonym", "country") and _MODIFIER_BEFORE_RX.fullmatch(gap or " "):
            start = h.start
            pre = doc.text[max(0, start - 4) : start]
            if pre.lower() == "the ":
                start -= 4
            return h, start
        break
    return None


#: the determiners and other lower-case words a ``_desc_left_scan`` match holds besides the
#: adjectives of the ``desc_adjective`` table
_DESC_LEFT_PLAIN: Final = ("the", "his", "her", "their", "its", "a", "an", "two", "and")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(map(re.escape, words)) if words else "(?!)"


#: the determiners of a ``_desc_left_scan`` match, as whole lower-case words
_DESC_LEFT_DETERMINERS: Final = ("the", "his", "her", "their", "its", "a", "an")


@functools.lru_cache(maxsize=16)
def _desc_left_scan(lx: Lexicon) -> tuple[re.Pattern[str], frozenset[str], tuple[str, ...], frozenset[str], bool]:
    """The words before a description's head, with its adjectives (table ``desc_adjective``: "the
    two top ...", "... deputy foreign"), compiled once per lexicon; every lower-case word a match
    holds; those as a tuple for ``str.endswith``; the determiners that are nothing else in a match (no
    adjective, nor one's ending); and whether every adjective is a plain lower-case word (no capital, comma or
    apostrophe in it)."""
    # the first words of the demonyms of two words ("South" of "South Korean"): a list's demonym may be one
    # ("the Chinese and South Korean foreign ministers")
    firsts = _alternation(tuple(sorted({d.split(" ", 1)[0] for d in lx.demonyms if " " in d})))
    # ``[\w.]*+`` (possessive): what may follow a capitalised word is never a word character or a period,
    # so giving characters back never helped the match; it only cost a retry per character
    rx = re.compile(
        r"(?:(?P<det>\b[Tt]he|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts|\b[Aa]n?)\s+)?(?:two\s+)?"
        rf"(?:(?:{_alternation(lx.desc_adjectives_before)})\s+){{0,2}}"
        rf"(?:(?P<mod>(?:(?:{firsts})\s+(?=[A-Z][\w.]*+(?:,|\s+and\s)))?[A-Z][\w.]*+(?:['’]s?)?"
        rf"(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:(?:{firsts})\s+)?[A-Z][\w.]*+){{0,6}}"
        r"|[A-Z][\w.]*+\s+(?:Department|Ministry|Office|Council|House))\s+)?"
        rf"(?:(?:{_alternation(lx.desc_adjectives_after)})\s+){{0,3}}$"
    )
    adjectives = (*lx.desc_adjectives_before, *lx.desc_adjectives_after, "two")
    words = frozenset((*_DESC_LEFT_PLAIN, *adjectives))
    determiners = frozenset(d for d in _DESC_LEFT_DETERMINERS if not any(d.endswith(a) for a in adjectives))
    plain = all(a == a.lower() and not any(c in a for c in ",'’") for a in adjectives)
    return rx, words, tuple(words), determiners, plain


_ASCII_UPPER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LOWER: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def _desc_left(lx: Lexicon, text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_desc_left_scan`` searched over ``text[lo:hi]``, from where a match can start at the earliest.

    The pattern ends in ``$``: searched over the whole window it is tried at every position,
    each time with all its optional parts. Every whole word inside a match is capitalised or
    one of its listed words, so no match starts before the last word that is neither
    (a match may start inside that word: "stop" holds "top"). Nor does one start before a
    lower-case determiner (the first part of a match), nor before a comma that no capitalised
    word or "and" follows (a comma is only ever the joint of a list of capitalised words).
    """
    desc_left, desc_left_words, desc_left_ends, determiners, plain = _desc_left_scan(lx)
    j = hi
    possessive = False  # a word right of this one is the possessive that opens the capitalised words
    for word in reversed(text[lo:hi].split(" ")):
        i = j - len(word)
        # a word with other white space in it (a tab, a no-break space) may be several words
        if word and word[0] not in _ASCII_UPPER and word not in desc_left_words and word.isprintable():
            rest = word[1:]
            if rest == rest.lower() and not word.endswith(desc_left_ends):
                lo = j + 1 if j < hi else hi  # after the word and its space: no match starts at a space
            else:  # a capital or a listed word inside it may start one
                lo = next((k for k in range(i + 1, j) if text[k] in _ASCII_UPPER or text[k:j] in desc_left_words), j)
            break
        if word in determiners or (possessive and word.lower() in determiners):
            lo = i  # "Wednesday, Ali-Asghar Khaji, the Iranian ": a match holding "the" starts there
            break
        if possessive and word and word != "two" and word not in lx.desc_adjectives_before and word.isprintable():
            # "Jaberi Ansari, Iran’s ": before the possessive only a determiner, "two" and adjectives
            lo = next((k for k in range(i + 1, j) if text[k] in _ASCII_UPPER or text[k:j] in desc_left_words), j)
            break
        if (
            plain
            and word.endswith(",")
            and j + 1 < hi
            and text[j + 1] in _ASCII_LOWER
            and not text.startswith("and", j + 1)
        ):
            lo = j  # "Wednesday, two Iranian and Japanese ": no match holds the comma
            break
        if plain and word[:1] in _ASCII_UPPER and word.endswith(_POSSESSIVE_ENDS) and word.isprintable():
            # a capitalised possessive is the first of a match's capitalised words (no other may end so)
            possessive = True
        j = i - 1
    return desc_left.search(text, lo, hi)


_POSSESSIVE_ENDS: Final = ("'", "’", "'s", "’s")


#: a capitalised word right before a description (its demonym, when it is one)
_DEMONYM_WORD_BEFORE_RX: Final = re.compile(r"\b([A-Z][a-z]+)\s+$")
#: a state's possessive right before a description ("Iran's |Foreign Ministry spokesman")
_POSSESSOR_BEFORE_RX: Final = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})['’]s?\s+$")
#: the first word of a two-word demonym and the determiner before it ("the South| African president")
_DEMONYM_FIRST_RX: Final = re.compile(r"\b(?P<det>[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<first>[A-Z][a-z]+)\s+$")


def _two_word_demonym(
    lx: Lexicon, text: str, floor: int, mod_start: int, mod: str
) -> tuple[int, str | None, str] | None:
    """A description's country word read with the capitalised word before it when the two are one demonym
    after a determiner ("the South African president", "the North Korean leader", "his Sri Lankan
    counterpart"): the description starts at the determiner. None when the two words name no country."""
    m = _DEMONYM_FIRST_RX.search(text, mod_start - 24 if mod_start - 24 > floor else floor, mod_start)
    if m is None or m.group("det") is None:
        return None  # "Solomon Islands officials": a group of the state, read as before
    both = f"{m.group('first')} {mod}"
    if lx.country_of(both) is None:
        return None
    return m.start(), m.group("det"), both


def _according_desc(text: str, start: int, end: int) -> bool:
    """A description after "According to the spokesman, Fidan welcomed ...": the description is the
    source and the name after the comma the clause's subject (a name set off by a second comma is a title's:
    "according to the spokesman, Ali Reza, ...")."""
    if _ACCORDING_BEFORE_RX.search(text, max(0, start - 20), start) is None:
        return False
    m = _ACCORDING_DESC_NAME_RX.match(text, end + 2)
    return m is not None and not text.startswith(",", m.end())


def _descriptions(doc: Doc, name_starts: set[int]) -> list[Mention]:
    """'the Iranian diplomat', 'the prime minister', 'Russian PM', 'the presidents of Iran, Russia and Turkey'."""
    out: list[Mention] = []
    text = doc.text
    lx = doc.lexicon
    for h in _roles(doc)[0]:
        low = h.text.lower()
        if h.table == "role" and not lx.roles[low][1]:
            continue
        sent = doc.sent_index(h.start)
        floor = doc.sentences[sent].start if sent >= 0 else 0
        left = _desc_left(lx, text, h.start - 60 if h.start - 60 > floor else floor, h.start)
        if left is None:
            continue
        det, mod = left["det"], left["mod"]  # (a subscript: ``group`` packs its argument in a tuple)
        lstart = left.start() if left[0] else h.start
        if mod and det is None and (two := _two_word_demonym(lx, text, floor, left.start("mod"), mod)) is not None:
            lstart, det, mod = two  # a two-word demonym: "the South African president", "the North Korean leader"
        elif (
            mod
            and det is None
            and mod.endswith(("'s", "’s"))
            and lx.country_of(mod) is None
            and (wb := _DEMONYM_WORD_BEFORE_RX.search(text, max(floor, left.start("mod") - 24), left.start("mod")))
            and lx.country_of(f"{wb.group(1)} {mod}") is not None
        ):
            # actor.two_word_country_possessive: "Saudi Arabia's foreign minister", "Sri Lanka's president": the
            # country's possessive in two words owns the title
            lstart, mod = wb.start(1), f"{wb.group(1)} {mod}"
            doc.fire("actor.two_word_country_possessive", lstart, h.end)
        elif (
            mod
            and det is None
            and mod[-1] != "s"  # "Solomon Islands officials": a plural is the state's own name, read as before
            and (wb := _DEMONYM_WORD_BEFORE_RX.search(text, max(floor, left.start("mod") - 24), left.start("mod")))
            and (both := lx.country_of(f"{wb.group(1)} {mod}")) is not None
            and both != lx.country_of(mod)
        ):
            # actor.two_word_demonym_bare: "The Latest: North Korean foreign minister begins ...": with no
            # determiner the demonym is still both words (not "Korean", South Korea's)
            lstart, mod = wb.start(1), f"{wb.group(1)} {mod}"
            doc.fire("actor.two_word_demonym_bare", lstart, h.end)
        # "the President of Iraq", "the secretary-general of the Arab League"
        comp = _complement(doc, h.end) if h.table == "role" else None
        mods = _DESCRIPTIONS_RX1.split(mod) if mod else []
        country = lx.country_of(mods[0]) if len(mods) == 1 else None
        org_mod = len(mods) == 1 and (mods[0] in lx.organizations or mods[0].lower() in lx.bodies)
        multi = len(mods) > 1  # "Polish, Gabonese and Cameroonian foreign ministers": a plural of several states
        if multi:
            if h.table != "plural" or any(lx.country_of(x) is None for x in mods):
                continue
            country = None
        elif (
            mod
            and country is None
            and not org_mod
            and mod.lower() not in lx.roles
            and (not mod[:1].isupper() or mod.lower() not in lx.title_words)
        ):
            # "the Foreign Minister" keeps its capital; an unknown capitalised word is no description
            det = None
            if comp is None:
                continue
        if (
            h.table == "plural"
            and country is None
            and not multi
            and not org_mod
            and low in lx.group_nouns
            and (det is None or det.lower() == "the")
            and (oc := _country_after(doc, h.end, " of ", article_in_name=True)) is not None
            and _NO_NAME_AFTER_RX.match(text, oc.end) is not None
            and _MORE_STATES_RX.match(text, oc.end) is None
        ):
            # actor.officials_of_country: "parliamentary and political officials of the Russian Federation", "top
            # security officials of Iran": a group of that one state, as "Russian officials" is
            out.append(_country_group(text, lstart, oc.end, sent, "actor.officials_of_country", lx.country_of(oc.text)))
            continue
        if h.table == "plural" and low in lx.source_plurals and comp is None and not org_mod and not mod:
            # actor.unnamed_source: "diplomatic sources said", "two diplomatic sources told X",
            # "officials said"; "the sources" refers back to the last such group (coref.source)
            src = _unnamed_source(doc, h, left, det, sent)
            if src is not None:
                out.append(src)
            continue
        if (
            det is None
            and country is None
            and comp is None
            and not org_mod
            and not multi
            # "met with former foreign ministers of Germany and Austria, X and Y": a bare plural of its states with
            # their names after it ("Deputy foreign ministers of A, B and C held consultations" stays no one's)
            and not (
                h.table == "plural"
                # "a closed-door meeting with Ambassadors of Russia and Ukraine": a title's capital, no determiner
                and (
                    _OF_STATES_NAMED_RX.match(text, h.end) is not None
                    or (text[h.start].isupper() and not _sentence_initial(doc, lstart))
                )
            )
        ):
            continue
        start = lstart
        if det is None and comp is not None:
            lead = _DESCRIPTIONS_RX2.search(text[max(floor, h.start - 50) : h.start])
            start = h.start - (len(lead.group()) if lead else 0)
        # a description followed by a name is a title, not a description
        if (
            h.end + 2 in name_starts
            and text[h.end : h.end + 2] == ", "
            and h.table != "plural"
            and not _according_desc(text, start, h.end)
        ):
            continue
        nxt = text[h.end : h.end + 3]
        if _DESCRIPTIONS_RX3.match(nxt) and not text[h.end + 1 : h.end + 4].startswith(("For", "And")):
            tail = _DESCRIPTIONS_RX4.match(text[h.end : h.end + 40])
            if tail and tail.group(1) not in lx.nonname and _name_table(lx, tail.group(1)) == "":
                continue
        if comp is not None and not (comp[1] == "country" and det is None and country is not None):
            cend, ckind, ccountry = comp
            if _named_after_phrase(doc, cend, name_starts) and not _fronted_with_object(doc, sent, h.start):
                # (not "On the sidelines of a meeting with the Minister of Transport of Armenia in Tehran, X said": the
                # fronted phrase's object, X the clause's subject)
                continue  # actor.titled_by_description: "the Head of the EU Delegation to X, Ambassador Y": Y's title
            role_name = text[start : h.end]
            if role_name.lower().startswith(("the ", "his ", "her ", "a ", "an ")):
                role_name = role_name.split(" ", 1)[1]
            if ckind == "country":
                name = f"{lx.roles[low][0]} of {lx.of_country(ccountry) if ccountry else ''}"
            else:
                name = role_name[:1].upper() + role_name[1:] + text[h.end : cend]
            out.append(
                Mention(
                    start,
                    cend,
                    "unnamed",
                    sent,
                    "actor.unnamed_role",
                    text[start:cend],
                    country=ccountry,
                    role=lx.roles[low][0],
                    name=name,
                    members=(ccountry,) if ccountry else (),
                )
            )
            continue
        if det is not None and det.lower() in ("a", "an") and not _ends_noun_phrase(doc, h.end):
            continue  # "an official visit": the role word is an adjective here
        if (det is not None and det.lower() in ("a", "an")) or org_mod:
            # "a US senator", "the IAEA chief": an unnamed person of their own
            surface = text[start : h.end]
            name = surface.split(" ", 1)[1] if det is not None and surface.startswith(det + " ") else surface
            ocountry = (
                country
                if not org_mod
                else (
                    lx.organizations[mods[0]][1]
                    if mods[0] in lx.organizations
                    else lx.body_countries.get(mods[0].lower())
                )
            )
            if (
                ocountry is None
                and org_mod
                and (wb := _DEMONYM_WORD_BEFORE_RX.search(text, max(floor, start - 20), start)) is not None
            ):
                # actor.unnamed_role_of_demonym: "a Chinese Foreign Ministry spokeswoman": the demonym before the
                # body is the country of the person its role names
                ocountry = lx.country_of(wb.group(1))
            if (
                ocountry is None
                and org_mod
                and det is None
                and (pb := _POSSESSOR_BEFORE_RX.search(text, max(floor, start - 30), start)) is not None
                and (ocountry := lx.country_of(pb.group(1))) is not None
            ):
                # actor.unnamed_role_of_possessor: "Iran's Foreign Ministry spokesman condemned ...": the state
                # that owns the body is the country of the person its role names
                doc.fire("actor.unnamed_role_of_possessor", pb.start(), h.end)
            if ocountry is None and (after := _IN_THE_DEMONYM_RX.match(text, h.end)) is not None:
                # actor.unnamed_role_of_demonym: "a senior official in the Indian security establishment",
                # "an official of the Iranian foreign ministry", "a spokesperson for the Chinese Foreign
                # Ministry": the country of the body after the role
                ocountry = lx.demonyms.get(after.group(1))
            out.append(
                Mention(
                    start,
                    h.end,
                    "unnamed",
                    sent,
                    "actor.unnamed_role",
                    surface,
                    country=ocountry,
                    role=lx.roles[low][0] if h.table == "role" else None,
                    name=name,
                    members=(ocountry,) if ocountry else (),
                )
            )
            continue
        if h.table == "plural":
            members = _plural_members(doc, h)
            if members is None and text.startswith(", " if len(mods) > 1 else " from ", h.end):
                # actor.respective_counterparts: "his Polish and Lithuanian counterparts, X and Y", "her
                # counterparts from Brazil and Chile, X and Y": as many names as states, each of its state
                listed = (
                    (tuple(c for c in (lx.country_of(x) for x in mods) if c is not None), h.end)
                    if len(mods) > 1
                    else _plural_members(doc, h, _FROM_LIST)
                )
                named = _respective_counterparts(doc, listed, h, sent) if listed is not None else []
                if named:
                    out.extend(named)
                    continue
            if members:
                end = members[1]
                role = lx.roles.get(lx.role_plurals[low], ("", False))[0]
                out.append(
                    Mention(
                        start,
                        end,
                        "unnamed",
                        sent,
                        "actor.unnamed_list",
                        text[start:end],
                        role=role,
                        plural=True,
                        members=members[0],
                    )
                )
                out.extend(_respective_names(doc, members[0], end, role, sent))
                continue
            if det is None and country is not None:
                if _PAIR_BEFORE.search(text, max(0, start - 30), start) and text.startswith(("’ ", "' "), h.end):
                    # actor.pair_format: "held a Japan-Canada Foreign Ministers’ telephone talk with Y": the
                    # name of the talks' format, no party
                    doc.fire("actor.pair_format", start, h.end, text[start : h.end])
                    continue
                # "Omani officials", "top Lebanese authorities": a group of that country
                out.append(_country_group(text, start, h.end, sent, "actor.country_group", country))
                continue
            if left.group("det") is None or left.group("det").lower() != "the":
                continue
            out.append(
                Mention(
                    start,
                    h.end,
                    "group",
                    sent,
                    "coref.group",
                    text[start : h.end],
                    plural=True,
                    role=lx.roles.get(lx.role_plurals[low], ("", False))[0],
                    members=tuple(c for c in _demonyms_in(doc, start, h.start)),
                )
            )
            continue
        end = h.end
        if (
            country is None
            and low == "counterpart"
            and (fc := _country_after(doc, end, " from ")) is not None
            and _NO_NAME_AFTER_RX.match(text, fc.end) is not None
        ):
            # actor.counterpart_from_country: "He also met his counterpart from Guinea": the state he is from
            country = lx.country_of(fc.text)
            end = fc.end
            doc.fire("actor.counterpart_from_country", start, end, text[start:end])
        if (
            country is not None
            and h.table == "role"
            and (
                (lx.roles[low][0] in lx.envoy_roles and text.startswith((" for ", " to ", " on "), end))
                # "The Iranian Ambassador to Russia met ...": an ambassador's posting
                or (lx.roles[low][0] in lx.mission_roles and text.startswith(" to ", end))
            )
            and (mission := _MISSION_RX.match(text, end)) is not None
            and lx.country_of(mission.group(1)) is not None
        ):
            # actor.envoy_mission: "Iran's Special Envoy for Afghanistan said ...", "Norway's envoy to Sudan": the
            # state the envoy is sent to is part of the description, the possessive's state is theirs
            end = mission.end()
            doc.fire("actor.envoy_mission", start, end, text[start:end])
        if text.startswith(" and ", end) and h.table == "role":
            # actor.double_title_description: "the Prime Minister and Minister of Foreign Affairs affirmed ...":
            # two titles with no determiner between them are one person's
            second = next((r for r in _role_hits(doc, end + 5, end + 60) if r.start == end + 5), None)
            if second is not None and second.table == "role" and text[second.start].isupper() == h.text[0].isupper():
                end = second.end
        out.append(
            Mention(
                start,
                end,
                "desc",
                sent,
                "coref.description",
                text[start:end],
                country=country,
                role=lx.roles[low][0],
                # coref.description_possessive: "The Cuban minister’s agenda includes talks with Y"
                possessive=_poss_after(text, end),
            )
        )
    for h in doc.name_hits:
        # coref.demonym_noun: "The Kosovan expressed his country's gratitude": a demonym standing for a person of
        # that state told before, when a verb of speech or talks follows it
        if (
            h.table == "demonym"
            and not h.possessive
            and text.endswith(("the ", "The "), h.start - 4 if h.start > 4 else 0, h.start)
            and (vm := WORD_AFTER_RX.match(text, h.end)) is not None
            and (
                ((cue := lx.cues.get(vm.group(1))) is not None and cue.form == "finite")
                or vm.group(1) in lx.meeting_verbs
            )
            and (country := lx.country_of(h.text)) is not None
        ):
            out.append(
                Mention(
                    h.start - 4,
                    h.end,
                    "desc",
                    doc.sent_index(h.start),
                    "coref.description",
                    text[h.start - 4 : h.end],
                    country=country,
                )
            )
    return out


#: " for Afghanistan", " to the Sudan", " on Syria affairs" after an envoy's title: the state of their mission
#: (actor.envoy_mission)
_MISSION_RX: Final = re.compile(r" (?:for|to|on) (?:the )?([A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})(?: [Aa]ffairs)?\b")


#: a sentence opening with a participle and its object's possessive: "Meeting his Tajik ", "Receiving her "
#: a sentence's fronted phrase up to the object of its "with" ("On the sidelines of a meeting with the |Minister")
_FRONT_WITH_RX: Final = re.compile(
    # (after an agency's label, "Iran Press/Iran news: On the sidelines of ...")
    r"\W*(?:[A-Z][^:.;,“”\"]{0,40}:\s+)?"
    r"(?:On|In|During|At|After|Following|Before|Upon)\b[^,;.“”\"]*\bwith\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:[A-Z][\w’'-]*\s+)*"
)


def _fronted_with_object(doc: Doc, sent: int, pos: int) -> bool:
    """Does the title at ``pos`` follow a fronted phrase's "with" from its sentence's start ("On the sidelines of a
    meeting with the |Minister ..."), so that a name after it is the clause's subject, not the title's holder?"""
    return sent >= 0 and _FRONT_WITH_RX.fullmatch(doc.text, doc.sentences[sent].start, pos) is not None


_PARTICIPLE_POSSESSOR_RX: Final = re.compile(r"\W*[A-Z][a-z]+ing\s+(?:with\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,2}")


def _unnamed_source(doc: Doc, h: Hit, left: re.Match[str], det: str | None, sent: int) -> Mention | None:
    """'sources', 'two diplomatic sources', 'officials', 'the sources' (not 'the officials': the parties)."""
    text = doc.text
    start = left.start() if left.group() else h.start
    surface = text[start : h.end]
    low_det = det.lower() if det is not None else None
    if low_det in ("his", "her", "their", "its", "an", "a"):
        return None
    if low_det == "the":
        if h.text.lower() != "sources":
            return None
        name = surface[len(det or "") :].strip()
        return Mention(start, h.end, "source", sent, "coref.source", surface, role="Source", name=name, plural=True)
    return Mention(
        start, h.end, "source", sent, "actor.unnamed_source", surface, role="Source", name=surface, plural=True
    )


_NP_END: Final = re.compile(
    r"\s*(?:[,.;:)“”\"]|$|(?:said|says|told|who|of|from|in|on|at|with|and|to|was|is|has|had|would|will|"
    # "a Turkish official later told ...", "a senior official categorically denied ...": an adverb before the verb
    r"also|for|said|stressed|added|noted|later|earlier|further|then|again|"
    r"(?!(?:early|friendly|likely|only|daily|weekly|monthly|yearly|quarterly|timely|costly|deadly|elderly|family|"
    r"rally|holy|supply|reply|assembly|ally)\b)[a-z]{3,}ly)\b)"
)


def _ends_noun_phrase(doc: Doc, end: int) -> bool:
    """Does the noun phrase end at ``end`` (no noun follows the role word)?"""
    if _NP_END.match(doc.text, end):
        return True
    return finite_verb_at(doc, end + 1) is not None


_OF_COMP: Final = re.compile(r"\s+of\s+(?:the\s+)?")
#: a portfolio of capitalised words between a role and the "of" of its state ("Minister of Roads and Urban
#: Development of |Iran")
_PORTFOLIO_OF_COMP: Final = re.compile(r"\s+of\s+(?:[A-Z][\w-]*,?\s+(?:(?:and|&)\s+)?){1,8}of\s+(?:the\s+)?")
#: " parliament", "’s National Assembly" after a demonym or a country's possessive: the state's legislature
_PARLIAMENT_AFTER_RX: Final = re.compile(
    r"(?:['’]s)?\s+(?:[Pp]arliament|(?:[Nn]ational\s+)?[Aa]ssembly|[Ss]enate|[Mm]ajlis|[Dd]uma|[Kk]nesset)\b"
)
#: a state's institution after its demonym, its own words first ("the head of the Russian| State Duma", "the Russian|
#: arbitration court", "the Iraqi| Supreme Judicial Council"): actor.head_of_state_body
_STATE_BODY_AFTER_RX: Final = re.compile(
    r"(?:\s+(?:[A-Z][a-z]+|[a-z]+)){0,2}?\s+(?:[Pp]arliament|[Aa]ssembly|[Ss]enate|[Mm]ajlis|[Dd]uma|[Kk]nesset|"
    r"[Cc]ourt|[Cc]ouncil|[Cc]ongress|[Jj]udiciary|[Cc]entral\s+[Bb]ank)\b"
)


def _named_after_phrase(doc: Doc, end: int, name_starts: set[int]) -> bool:
    """Does the noun phrase that goes on at ``end`` ("Delegation to Moldova") end with a comma and a
    name (with its title) right after it: "the Head of the EU Delegation to Moldova, Ambassador Y"?"""
    m = _PHRASE_TO_COMMA_RX.match(doc.text, end, min(len(doc.text), end + 80))
    return m is not None and m.end() in name_starts


def _complement(doc: Doc, end: int) -> tuple[int, str, str | None] | None:
    """'... of Iraq', '... of the Arab League' right after a role: (end, kind, ISO3)."""
    m = _OF_COMP.match(doc.text, end, end + 10)
    if m is None:
        return None
    pm = _PORTFOLIO_OF_COMP.match(doc.text, end, end + 120)
    if pm is not None and (found := _complement_at(doc, pm)) is not None:
        # actor.portfolio_of_country: "the Minister of Territorial Administration and Infrastructures of Armenia":
        # the portfolio's capitalised words, then the state (not "the President of Egypt and US Secretary of State")
        return found
    return _complement_at(doc, m)


def _complement_at(doc: Doc, m: re.Match[str]) -> tuple[int, str, str | None] | None:
    """The state or organization whose name starts where ``m`` (an "of" and its article) ends."""
    for h in doc.names_between(m.end() - 4, m.end() + 1):
        if h.start in (m.end(), m.end() - 4) and h.table in ("country", "organization"):
            if h.table == "country":
                if h.possessive and (pb := _PARLIAMENT_AFTER_RX.match(doc.text, h.end)) is not None:
                    return pb.end(), "country", doc.lexicon.countries[h.text][1]  # "of Iran's parliament"
                return h.end, "country", doc.lexicon.countries[h.text][1]
            return h.end, "organization", doc.lexicon.organizations[h.text][1]
        if h.start == m.end() and h.table == "demonym" and (pb := _PARLIAMENT_AFTER_RX.match(doc.text, h.end)):
            # actor.speaker_of_parliament: "the speaker of the Iranian parliament": the demonym's state's
            return pb.end(), "country", doc.lexicon.country_of(h.text)
        if h.start == m.end() and h.table == "demonym" and (pb := _STATE_BODY_AFTER_RX.match(doc.text, h.end)):
            # actor.head_of_state_body: "the head of the Russian State Duma", "the President of the Iraqi Supreme
            # Court": an office of the demonym's state, named with its institution
            return pb.end(), "state_body", doc.lexicon.country_of(h.text)
    return None


def _demonyms_in(doc: Doc, start: int, end: int) -> list[str]:
    out = []
    for h in doc.names_between(start, end):
        if h.end <= end and h.table in ("demonym", "country"):
            c = doc.lexicon.country_of(h.text)
            if c:
                out.append(c)
    return out


_OF_LIST: Final = re.compile(
    # (a state's long name holds an "of": "the presidents of the Islamic Republic of Iran and the Russian Federation")
    r"\s+of\s+((?:(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*)*(?:,\s*|\s+and\s+|,\s+and\s+)){1,8}"
    r"(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*)*)"
)


#: "counterparts from Brazil, Chile and Peru": the states of a plural role (actor.respective_counterparts)
_FROM_LIST: Final = re.compile(_OF_LIST.pattern.replace("of", "from", 1))


#: a state's name joined by a hyphen to the next one ("Japan-Canada"), right before a plural role
_PAIR_BEFORE: Final = re.compile(r"\b[A-Z][\w]+-$")


def _plural_members(doc: Doc, h: Hit, rx: re.Pattern[str] = _OF_LIST) -> tuple[tuple[str, ...], int] | None:
    """'presidents of Iran, Russia and Turkey' -> (IRN, RUS, TUR) and the end of the list (with ``rx``
    :data:`_FROM_LIST`, 'counterparts from Iran and Turkey')."""
    m = rx.match(doc.text, h.end, min(len(doc.text), h.end + 160))
    if m is None:
        return _members_told_before(doc, h) if rx is _OF_LIST else None
    codes = _country_list(doc.lexicon, m.group(1))
    end = m.end()
    if codes is None and m.group(1).endswith("."):
        # a list that ends the sentence: the names' ``[\w.]*`` (for "U.S.") took its full stop ("held talks
        # with the foreign ministers of Sweden and Finland.")
        codes = _country_list(doc.lexicon, m.group(1)[:-1])
        end -= 1
    if codes is None:
        # actor.country_list_prefix: "the foreign ministers of A and B, X and Y, met": the countries end
        # where the names of the members begin
        sep = m.group(1).rfind(", ")
        while sep > 0 and codes is None:
            codes = _country_list(doc.lexicon, m.group(1)[:sep])
            end = m.start(1) + sep
            sep = m.group(1).rfind(", ", 0, sep)
        return (codes, end) if codes is not None and len(codes) >= 2 else None
    return (codes, end) if len(codes) >= 2 else None


def _respective_names(doc: Doc, codes: tuple[str, ...], end: int, role: str, sent: int) -> list[Mention]:
    """actor.respective_names: "the foreign ministers of Armenia and Azerbaijan, X and Y, met": as many
    names right after the list as it has countries, each with its country in order and the role."""
    text = doc.text
    send = doc.sentences[sent].end if sent >= 0 else len(text)
    out: list[Mention] = []
    pos = end
    for i in range(len(codes)):
        sep = _RESPECTIVE_SEP_RX.match(text, pos, send)
        if (
            sep is None
            or (i == len(codes) - 1) != ("and" in sep.group())
            or (i == 0 and not sep.group().startswith(","))
        ):
            return []
        cm = CHAIN.match(text, sep.end(), send)
        if cm is None or " " not in cm.group() or _chain_runs(cm.group(), doc.lexicon) != ((0, len(cm.group())),):
            return []
        if doc.lexicon.country_of(cm.group()) is not None:
            return []
        out.append(
            Mention(
                cm.start(),
                cm.end(),
                "name",
                sent,
                "actor.respective_names",
                cm.group(),
                country=codes[i],
                role=role or None,
                name=cm.group(),
                title_start=cm.start(),
            )
        )
        pos = cm.end()
    # (the names may end the sentence: "talks between the foreign ministers of A and B, X and Y.")
    return out if text.startswith((",", " ", ".", ";"), pos) or pos >= send else []


def _respective_counterparts(doc: Doc, listed: tuple[tuple[str, ...], int], h: Hit, sent: int) -> list[Mention]:
    """actor.respective_counterparts: the names after a plural role of two states or more ("his Polish and
    Lithuanian counterparts, X and Y", "the envoys from Chile and Peru, X and Y"), each with its state in
    order; a counterpart's role is the subject's, which the meeting rules tell."""
    states, end = listed
    if len(states) < 2 or len(set(states)) != len(states):
        return []
    lx = doc.lexicon
    role = lx.roles.get(lx.role_plurals[h.text.lower()], ("", False))[0]
    named = _respective_names(doc, states, end, "" if role == "Counterpart" else role, sent)
    return [m._replace(rule="actor.respective_counterparts") for m in named]


def _country_list(lx: Lexicon, listed: str) -> tuple[str, ...] | None:
    """The countries of a list ("Iran, Russia and Turkey" -> IRN, RUS, TUR), None when a part is none."""
    codes: list[str] = []
    for part in _DESCRIPTIONS_RX1.split(listed):
        part = part.strip()
        c = lx.country_of(part) or lx.country_of(part.removeprefix("the "))
        if c is None:
            return None
        codes.append(c)
    return tuple(codes)


def _members_told_before(doc: Doc, h: Hit) -> tuple[tuple[str, ...], int] | None:
    """actor.members_told_before: "the foreign ministers of the two countries", "the trade ministers of the
    three countries": the countries are the last two (three) told before, in this sentence and the five
    before it (by name, demonym or city; a posting "to X" or "for X" is none)."""
    m = _OF_N_COUNTRIES_RX.match(doc.text, h.end, min(len(doc.text), h.end + 40))
    if m is None:
        return None
    want = _NUMBER_WORDS[m.group(1).lower()] if m.group(1) else 2
    sent = doc.sent_index(h.start)
    lo = doc.sentences[max(0, sent - 5)].start if sent >= 0 else max(0, h.start - 1500)
    codes: list[str] = []
    text, lx = doc.text, doc.lexicon
    told: list[tuple[int, str]] = []  # (where, code) of each state told, in text order
    for n in doc.names_between(lo, h.start):
        if n.table not in ("country", "demonym", "place") or text.endswith((" to ", " for "), 0, n.start):
            continue
        code = lx.country_of(n.text) if n.table != "place" else lx.places[n.text][0]
        if code:
            told.append((n.start, code))
    if "-" in text[lo : h.start]:
        # actor.hyphen_pair_members: "Russian-US relations", "the Iran-Iraq border": both states are told
        for hp in _HYPHEN_PAIR_RX.finditer(text, lo, h.start):
            a, b = lx.country_of(hp.group(1)), lx.country_of(hp.group(2))
            if a and b and a != b and lx.country_of(hp.group()) is None:  # "Guinea-Bissau" is one state
                told += [(hp.start(1), a), (hp.start(2), b)]
        told.sort()
    at = sent  # the sentence being read, back from the list's own
    for start, code in reversed(told):
        if code in codes:
            continue
        if (here := doc.sent_index(start)) != at:
            if len(codes) == want:
                break  # the sentences read so far tell exactly that many
            at = here
        codes.append(code)
        if len(codes) > want:
            return None  # more countries than the list holds: which they are is a guess
    return (tuple(reversed(codes)), m.end()) if len(codes) == want else None


_KIND_RANK: Final = {
    "name": 0,
    "unnamed": 1,
    "cgroup": 1,
    "source": 1,
    "body": 2,
    "desc": 3,
    "group": 4,
    "organization": 5,
    "country": 6,
    "place": 7,
    "bodyref": 8,
    "pronoun": 9,
    "candidate": 10,
}


def _resolve_overlaps(found: list[Mention], size: int) -> list[Mention]:
    """Keep the longest (then highest-ranked) mention where mentions overlap.

    A person's title ("Norway's Special Envoy for Yemen") swallows the country
    mentions inside it: they describe the person, they are not actors of their own.
    """
    rank = _KIND_RANK
    # the keys made in one list, not by a key function (a Python call per mention); the index last keeps
    # the order of equal keys, as the stable list.sort did
    order = sorted([(m.kind != "name", m.start - m.end, rank.get(m.kind, 99), m.start, i) for i, m in enumerate(found)])
    taken = bytearray(size + 1)  # one byte per character: linear, however many mentions
    keep: list[Mention] = []
    for key in order:
        m = found[key[4]]
        name = not key[0]  # the key's first item tells a name: its kind compared once
        lo = m.lo if name else m.start
        hi = m.hi if name else m.end
        if taken.find(1, lo, hi) >= 0:
            if name and taken.find(1, m.start, m.end) < 0:
                keep.append(m)
                taken[m.start : m.end] = b"\x01" * (m.end - m.start)
            continue
        keep.append(m)
        taken[lo:hi] = b"\x01" * (hi - lo)
    keep.sort(key=_START)
    return keep


_START: Final = operator.attrgetter("start")


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_SIDE_RX: Final = re.compile(r" side\b(?!-| of\b)")
_FIND_PERSONS_RX: Final = re.compile(r",?\s+and\s+")
_CONJOINED_APPOS_RX: Final = re.compile(r", (?:the )?[A-Z][\w-]*(?:['’]s)? [a-z]")
_TITLE_TAIL_JOINERS: Final = frozenset({"for", "of", "at", "the", "and", "on", "in", "to"})
#: two states' names or adjectives joined by a hyphen: "Russian-US", "Iran-Iraq" (the scan of names reads neither)
_HYPHEN_PAIR_RX: Final = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)-([A-Z][A-Za-z]+)(?![\w-])")
_OF_N_COUNTRIES_RX: Final = re.compile(r"\s+of\s+(?:the\s+(two|three|four)|both)\s+(?:countries|nations)\b")
_NUMBER_WORDS: Final = {"two": 2, "three": 3, "four": 4}
_POSS_APPOS_RX: Final = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s [a-z]+, $")
#: actor.middle_initial: the initial's period and the name after it, with its particles ("Albert F. del Rosario")
_MIDDLE_INITIAL_RX: Final = re.compile(
    # ("Retno L. P. Marsudi", "Retno L.P. Marsudi": a second initial may follow the first)
    rf"\.(?: ?[A-Z]\.)? (?:{_PARTICLE} ){{0,2}}[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:,? (?:Jr|Sr)\b\.?)?"
)
_NO_SUBJECT_BEFORE_RX: Final = re.compile(
    r"(?:\b(?:at|in|near|from|into|of|million|thousand|hundred|thousands|hundreds|dozens)|\d) $"
)
#: the verb of an outlet's credit after the sentence it tells: " reports", " reported" (no "reported to")
_CREDIT_RX: Final = re.compile(r" report(?:s|ed)\b(?! to\b)")
#: between an apposition's title and the name's verb (actor.apposition_verb): a day, an adverb, nothing else
_APPOS_VERB_GAP: Final = re.compile(r"(?:\s+(?:on\s+[A-Z][a-z]+day|today|yesterday|also|has|have|had))*\s+")
#: " of Germany and Austria, Sigmar Gabriel": a plural title's states, then a name of two words after a comma
_OF_STATES_NAMED_RX: Final = re.compile(
    r" of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:(?:, | and |, and )(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)+"
    r", [A-Z][\w’'.-]* [A-Z]"
)
#: more states after a plural's first one ("officials of Iran and Saudi Arabia", "of Iran, Iraq and Syria"): not
#: one state's group (actor.officials_of_country)
_MORE_STATES_RX: Final = re.compile(
    r"(?:,\s*(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+and\s+(?:the\s+)?[A-Z]"
)
#: ", member of the State Council," before an apposition's title (actor.member_then_title)
_MEMBER_OF_AFTER: Final = re.compile(r",\s+(?:a\s+)?member\s+of\s+(?:the\s+)?[A-Z][^,;.]{0,60}+(?=,)")
#: the preposition after a participle opening a sentence ("Commenting on", "Responding to": actor.participle_opener)
_PARTICIPLE_NEXT_RX: Final = re.compile(r" (?:on|upon|about|to|after|at|in|with|from|during|before)\b")
#: the shape of an English adverb of manner ("Willfully", "Reportedly", "Previously"), which no name has
_ADVERB_RX: Final = re.compile(r"[A-Z][a-z]{3,}(?:ful|ive|ous|al|ent|ant|ate|ed|ing|ab|ib|ious)ly")
_PORTFOLIO_OF_RX: Final = re.compile(r"\b(?:of|for) $")
#: a preposition of place right before a one-word name ("in Mannar, the minister said")
_PLACE_PREP_BEFORE_RX: Final = re.compile(r"\b(?:in|at|near) $")
_PORTFOLIO_NEXT_RX: Final = re.compile(r" ([A-Z][a-z]+)\b")
_CLASSIFY_RX1: Final = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
_CLASSIFY_RX2: Final = re.compile(r"(?:\b(?:the|his|her|a|an)\s+)$", re.IGNORECASE)
_FOLLOWED_BY_ORG_RX: Final = re.compile(r"\s+(?:movement|group|party|forces|militia|government|regime|army)\b")
#: "had" as the verb of a talk after a name: " had a meeting", " also had a telephone conversation", " had talks"
_HAD_MEETING_RX: Final = re.compile(
    r"\s+(?:also\s+)?(?:had|has|have)\s+(?:an?\s+|two\s+|separate\s+|several\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:meetings?|talks|conversations?|calls?|discussions|consultations|videoconference|video\s+conference)\b"
)
_BEFORE_VERB_RX: Final = re.compile(
    r"(?:\s+(?:also|further|finally|then|has|have|had|once again|on \w+|later|earlier|again))*\s+"
)
#: a lower-case noun (after a place) describing the name an inverted cue's subject has: "said analyst X", "said
#: Kyiv resident X"; no preposition, pronoun, conjunction, adverb or participle (actor.subject_name here,
#: statement.inverted_description in the statement rules)
DESCRIBING_NOUN: Final = (
    r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?!(?:that|it|to|in|on|at|by|of|for|with|from|he|she|they|and|but|as|this|"
    r"its|his|her|their|also|then|now|today|yesterday|earlier|later|last|next|once|again)\s)[a-z]{3,}(?<!ing)(?<!ed)"
    r"(?<!ly)\s+"
)
_AFTER_INVERTED_CUE_RX: Final = re.compile(
    r"[,”\"]\s*(said|says|added|noted|stressed|emphasized|told|stated|explained)\s+(?:" + DESCRIBING_NOUN + r")?$"
)
_MODIFIER_BEFORE_RX: Final = re.compile(r"(?:['’]s?)?\s+(?:[A-Z]\w+\s+)?")
_DESCRIPTIONS_RX1: Final = re.compile(r",\s*and\s+|,\s*|\s+and\s+")
#: the rest of a noun phrase up to a comma: capitalised words and the small words of a title
_PHRASE_TO_COMMA_RX: Final = re.compile(r"(?:\s+(?:[A-Z][\w'’-]*|of|for|to|in|on|the|and))*,\s+")
_IN_THE_DEMONYM_RX: Final = re.compile(r" (?:in|of|at|from|with|for) the ([A-Z][a-z]+) [A-Za-z]")
_RESPECTIVE_SEP_RX: Final = re.compile(r",\s+and\s+|,\s+|\s+and\s+")
_DESCRIPTIONS_RX2: Final = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}$")
_DESCRIPTIONS_RX3: Final = re.compile(r"\s[A-Z]")
_ACCORDING_BEFORE_RX: Final = re.compile(r"ccording to (?:the |a |an )?$")
#: the capitalised words of a name after "according to the spokesman, "
_ACCORDING_DESC_NAME_RX: Final = re.compile(r"[A-Z][\w'’.-]*(?: (?:bin |al-|de la |de )?[A-Z][\w'’.-]*){0,4}")
_DESCRIPTIONS_RX4: Final = re.compile(rf"\s+({_NAME_TOKEN})")
_PAST_VERB_RX: Final = re.compile(
    r"[a-z]{3,}ed\b|(?:made|met|held|told|gave|took|left|went|is|was|has|had|will|would)\b"
)
