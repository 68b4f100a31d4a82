"""``find_persons``: the name runs the actor rules accept as persons, with role and country, and the
rules that fix runs up after it (a surname told first, a long portfolio, a nickname, a place word in a name)."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.classify import _LOWER_WORD_BEFORE_RX, _classify_run
from newsfacts.rules.actors.context import _sentence_initial
from newsfacts.rules.actors.lists import (
    _apposition_list_name,
    _names_from_countries,
    _plural_title_lists,
    _shared_demonyms,
)
from newsfacts.rules.actors.lookups import (
    _after_long_name,
    _body_hits,
    _country_in,
    _in_long_name,
    _in_role,
    _name_table,
    _word_left,
)
from newsfacts.rules.actors.patterns import (
    _ARTICLES,
    _CHAIN_ASCII_CAPITAL,
    _CHAIN_CAPITAL,
    _CONJOINED_APPOS_RX,
    _FIND_PERSONS_RX,
    _MIDDLE_INITIAL_RX,
    _NAME_TOKEN,
    _UP,
    CHAIN,
)
from newsfacts.rules.actors.runs import _GLUED_INITIAL_AT_RX, _chain_runs, _glued_initials_before, _plain_name
from newsfacts.rules.actors.scan import _stretches
from newsfacts.rules.actors.titles import _title_like
from newsfacts.rules.actors.verbs import _before_verb, _has_verb
from newsfacts.rules.doc import Doc, Hit, Mention


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
