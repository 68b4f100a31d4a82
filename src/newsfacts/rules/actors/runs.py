"""Runs of name words: where a chain of capitalised words splits into names (particles, honorifics,
courtesy titles, regnal numbers, known given names), and initials glued to a name."""

from __future__ import annotations

import functools
import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.rules.actors.lookups import _name_table
from newsfacts.rules.actors.patterns import _TOKEN_IN_CHAIN
from newsfacts.rules.dates import MONTH_NUMBERS
from newsfacts.rules.doc import Doc, Mention

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
    given_names, surname_titles, opening_given_names = lx.given_names, lx.surname_titles, lx.opening_given_names
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
        if not stop or (
            cur is None
            and not after_title
            and low not in MONTH_NUMBERS
            and not tok.isupper()
            and tok not in opening_given_names
        ):
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
            and cur is None
            and not after_title
            and tok in opening_given_names
            and n + 2 <= last
            and _plain_name(lx, nxt)
            and _plain_name(lx, toks[n + 2])
            and not any(t in lx.patronymics or t == "Al" or t.startswith("Al-") for t in toks[n + 1 :])
        ):
            # actor.given_name_opening: "Amir Khan Muttaqi": the title word opening two name words is the given name
            # (a royal's name holds an honorific, "bin" or "Al": "Amir Sheikh Tamim", "Amir Tamim bin X",
            # "Amir Tamim Al Thani")
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
    table's names joined by hyphens, a role, a body, a title word, a word in capitals, a particle, a cue's
    participle); whether it is a plural title; whether it is a title word ("Minister") or an honorific ("Sheikh"),
    after which a given name may open a run; and whether it may be a word of a role or an honorific of two words
    ("Attorney General", "Tan Sri").

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
        # a cue's participle ("Congratulating Blinken for ...", "Welcoming X"): no name word
        or (low.endswith("ing") and (cue := lx.cues.get(low)) is not None and cue.form == "participle")
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


#: a father's initial glued to a name, before it: " Ts." in "Minister Ts.Altangerel", " B." in "B.Battulga"
_GLUED_INITIAL_RX: Final = re.compile(r"(?<=[ \t])[A-Z][a-z]?\.$")
