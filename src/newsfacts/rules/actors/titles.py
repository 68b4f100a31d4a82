"""The title before a name: the walk left over its words ("Norway's Special Envoy for Yemen ") and what
it reads of each word."""

from __future__ import annotations

import functools
import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.rules.actors.lookups import _LONG_NAME_TABLES, _has_role, _in_role, _name_table, _word_left
from newsfacts.rules.actors.patterns import _PORTFOLIO_OF_RX
from newsfacts.rules.dates import DAY_AND_MONTH_WORDS
from newsfacts.rules.doc import Doc

# words that end a person-name search to the left (a title stretch never crosses them)
_TITLE_JOINERS: Final = frozenset({"of", "for", "to", "the", "on", "in", "at"})


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
            # portfolios, no state's name or adjective ("on Monday and South Korean President X")
            and lx.name_tables.get(rw := text[i : i + 40].split(" ", 1)[0], "") == ""
            and (prev := _word_left(text, max(floor, k - 40), k)) is not None
            and text[prev[0] : prev[0] + 1].isupper()
            and _title_like(lx, pw := text[prev[0] : prev[1]])
            and pw.lower() not in lx.roles
            and pw.lower() not in DAY_AND_MONTH_WORDS
            and lx.name_tables.get(pw, "") == ""
            # near the name; farther only between two words that are never names ("Ambassador Extraordinary and
            # Plenipotentiary of the Russian Federation to Armenia X")
            and (pos - i < 40 or (rw in lx.nonname and pw in lx.nonname))
        ):
            # actor.portfolio_pair_title: "International Relations and Cooperation Minister X", "Trade & Industry
            # Minister X": two portfolios joined before the role
            doc.fire("actor.portfolio_pair_title", k, pos, text[k:pos])
        elif (
            low == "and"
            and right != "the"
            and pos - i < 40
            # (an "and" right before where the walk started: only when it started at a title word, not at a name)
            and (i < pos or (first is not None and _title_like(lx, first.group())))
            and not _has_role(doc, i, pos)
        ):
            # actor.title_complement: "Minister of Foreign Affairs and Trade X", "Minister of Foreign Affairs
            # and Expatriates X": capitalised words with no role in them, after "and" and a title word (an "and"
            # right before the name joins it to another's title: "Minister of X and Y, Minister of State")
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
        elif low == "this" and right == "country":
            pass  # actor.this_country_title: "Azerbaijan's ambassador to this country X": the host state, told again
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
