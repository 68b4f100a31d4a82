"""What a run of name words is: a person with a role and a country, an organization, a body, a place, a
candidate for coreference, or nothing (``_classify``); and the run shapes no name has."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.appositions import (
    _APPOS_AFTER,
    _BARE_APPOS_AFTER,
    _PORTFOLIO_LIST_RX,
    _ROLE_TAIL,
    _acronym_of,
    _and_title_tail,
    _appos_role,
    _appos_roles,
    _lower_portfolio,
    _one_word_of_country,
    _paren_title,
    _post_word,
    _role_appos_before,
)
from newsfacts.rules.actors.context import (
    _PARTICIPLE_POSSESSOR_RX,
    _according_desc,
    _common_noun_opener,
    _followed_by_org,
    _fronted_with_object,
    _of_country,
    _plural_opener,
    _poss_after,
    _sentence_initial,
)
from newsfacts.rules.actors.lookups import _country_in, _has_role, _honorific_before, _name_table, _role_hits
from newsfacts.rules.actors.objects import (
    _after_last_small_word,
    _bare_object,
    _meeting_object,
    message_recipient,
    title_of_body_start,
)
from newsfacts.rules.actors.patterns import (
    _ADVERB_RX,
    _APPOS_VERB_GAP,
    _CLASSIFY_RX1,
    _CLASSIFY_RX2,
    _CREDIT_RX,
    _MEMBER_OF_AFTER,
    _MIDDLE_INITIAL_RX,
    _NO_SUBJECT_BEFORE_RX,
    _PARTICIPLE_NEXT_RX,
    _PLACE_PREP_BEFORE_RX,
    _PORTFOLIO_NEXT_RX,
    _PORTFOLIO_TAIL_RX,
    _POSS_APPOS_RX,
)
from newsfacts.rules.actors.roles import (
    _ROLE_AND_LOWER_RX,
    _TITLE_APPOS,
    _all_title_tail,
    _all_title_words,
    _described_organization,
    _role_and,
    _role_suffix,
)
from newsfacts.rules.actors.runs import _GLUED_INITIAL_RX, _GLUED_INITIALS_LEFT, _plain_name
from newsfacts.rules.actors.titles import _title_like, _title_stretch
from newsfacts.rules.actors.verbs import _after_inverted_cue, _before_verb, _has_verb, finite_verb_at
from newsfacts.rules.doc import Doc, Hit, Mention

#: the word in small letters right before a chain of capitalised words (actor.given_name_after_lower_title)
_LOWER_WORD_BEFORE_RX: Final = re.compile(r"\b([a-z]+) $")


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
        text.startswith("Said ", start)
        and end - start > 5
        and text[start - 3 if start > 3 else 0 : start].rstrip().endswith(("”", '"'))
    ):
        # actor.said_after_quote: '“...” Said Mutua.': after a closing quote the given name "Said" is the verb
        start += 5
        doc.fire("actor.said_after_quote", start - 5, start)
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


#: actor.interleaved_list: an item's state after the list's comma or "and": ", Latvia ", ", and Switzerland "
_INTERLEAVED_STATE_LEFT_RX: Final = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)\s+$"
)
#: the list's head: a plural title and "of" ("the foreign ministers of ", "Defense Ministers of ")
_INTERLEAVED_HEAD_RX: Final = re.compile(r"\b((?:[A-Za-z-]+\s+)?[A-Za-z-]+s)\s+of\s+(?:the\s+)?")
#: what stands between the head and an item: states and names, commas and "and", nothing in small letters else
_INTERLEAVED_ITEMS_RX: Final = re.compile(r"(?:[A-Z][\w'’.-]*\s*|,\s*|and\s+)+")


def _interleaved_item(doc: Doc, start: int, floor: int) -> tuple[int, str, str] | None:
    """actor.interleaved_list: is the name at ``start`` an item of "the foreign ministers of Spain X, Latvia Y, and
    Switzerland Z", after its state? Then (where the state starts, its code, the list's title)."""
    text = doc.text
    lx = doc.lexicon
    lo = start - 40 if start - 40 > floor else floor
    st = _INTERLEAVED_STATE_LEFT_RX.search(text, lo, start)
    if st is None or (country := lx.country_of(st.group(1))) is None:
        return None
    at = text.rfind(" of ", start - 300 if start - 300 > floor else floor, st.start())
    if at < 0:
        return None
    head = _INTERLEAVED_HEAD_RX.search(text, at - 40 if at - 40 > floor else floor, at + 8)
    if head is None or head.end() <= at:
        return None
    plural = head.group(1).lower()
    key = lx.role_plurals.get(plural) or lx.role_plurals.get(plural.split()[-1])
    if key is None or not _INTERLEAVED_ITEMS_RX.fullmatch(text, head.end(), st.start(1)):
        return None
    return st.start(1), country, lx.roles.get(key, (key.title(), False))[0]


#: a portfolio's first words and "and" before a name-like word: "for European and ", "of Industry, Mines and "
_PORTFOLIO_AND_LEFT_RX: Final = re.compile(r"\s(?:of|for)\s+[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*){0,2},?\s+and\s+$")


#: "held a ", "had a virtual ": the verb before a meeting noun (actor.apposition_verb)
_HELD_NOUN_LEFT_RX: Final = re.compile(r"\b(?:held|had|holds|has)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?$")


def _verb_start(doc: Doc, h: Hit, lo: int) -> int:
    """Where the verb of the word hit ``h`` starts: a cue or a meeting verb in small letters at the hit (a
    capitalised cue word is a name's: "the head of the State of Law coalition"), "held" or "had" before a meeting
    noun ("held a virtual meeting"); -1 for any other hit."""
    if h.table in ("cue", "mverb"):
        return h.start if h.text[:1].islower() else -1
    if h.table == "mnoun" and (
        m := _HELD_NOUN_LEFT_RX.search(doc.text, h.start - 30 if h.start - 30 > lo else lo, h.start)
    ):
        return m.start()
    return -1


def _classify(doc: Doc, start: int, end: int) -> Mention | None:
    text = doc.text
    lx = doc.lexicon
    if (
        (
            text.endswith((" of ", " for "), start - 5 if start > 5 else 0, start)
            # "Secretary of State for European and Eurasian Affairs": the portfolio's second word after "and"
            or (
                text.endswith(" and ", start - 5 if start > 5 else 0, start)
                and _PORTFOLIO_AND_LEFT_RX.search(text, start - 60 if start > 60 else 0, start) is not None
            )
        )
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
    if (
        before is not None
        and " " not in name
        and (pl := _PORTFOLIO_TAIL_RX.match(text, text.rfind(",", floor, title_start))) is not None
        and pl.end() > end
    ):
        # actor.portfolio_not_name: "Secretary of State for Foreign Affairs, Unions and Development of the United
        # Kingdom": one word after a title's comma that a portfolio list runs on from is the title's, no person
        doc.fire("actor.portfolio_not_name", start, pl.end(), name)
        before = None
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
    if after is None and comma_after and send - end > 120:
        # actor.long_unclosed_apposition: "X, the speaker of the Iranian parliament held a meeting with Y the ...
        # in Tehran on Tuesday.": no comma closes the apposition of a long sentence; it ends at the first verb
        verb = next(
            (
                h
                for h in doc.words_between(end, end + 121 if end + 121 < send else send)
                if h.table in ("cue", "mverb") and h.text[:1].islower()
            ),
            None,
        )
        if (
            verb is not None
            # (a name right before the verb is its subject: "Speaking in the Dail, Sinn Fein's spokesperson X said")
            and not _plain_name(lx, text[end : verb.start].split()[-1] if text[end : verb.start].split() else "")
            and (after := _APPOS_AFTER.match(text, end, verb.start - 1)) is not None
        ):
            doc.fire("actor.long_unclosed_apposition", end, verb.start)
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
                # (a capitalised cue word is a name's: "the head of the State of Law coalition")
                verb_at := next(
                    (at for h in doc.words_between(rh[0].end, tail) if (at := _verb_start(doc, h, rh[0].end)) >= 0),
                    -1,
                )
            ) >= 0 and (
                gap := _APPOS_VERB_GAP.fullmatch(text, role_end := max(h.end for h in rh if h.end <= verb_at), verb_at)
            ) is not None:
                # actor.apposition_verb: "X, Foreign Minister on Monday received Y, ...": an apposition no comma
                # closes ends with its title, before the name's own verb (told after a day at most: "According to
                # X, the Minister is expected to meet Y" is a clause of its own)
                tail = gap.end("of") if gap.group("of") else role_end
                doc.fire("actor.apposition_verb", end, verb_at)
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
    if " " in name and title_start == start and (il := _interleaved_item(doc, start, floor)) is not None:
        # actor.interleaved_list: "met with the foreign ministers of Spain X, Latvia Y, Luxembourg Z": each name
        # after its state, with the list's title
        cstart, country, role = il
        doc.fire("actor.interleaved_list", cstart, end, name)
        return Mention(
            start,
            end,
            "name",
            sent,
            "actor.interleaved_list",
            name,
            country=country,
            role=role,
            name=name,
            title_start=cstart,
        )
    if " " in name and title_start == start and (tb := title_of_body_start(doc, start, floor)) >= 0:
        # actor.title_of_body_object: "had a meeting with Commander of the People's Liberation Army Navy Shen Jinlong":
        # the name after a title of a body no table knows, the capitalised words before it the title
        doc.fire("actor.title_of_body_object", tb, end, name)
        return Mention(
            start,
            end,
            "name",
            sent,
            "actor.title_of_body_object",
            name,
            name=name,
            title_start=tb,
            role=text[tb:start].strip(),
            country=_country_in(doc, tb, start),
        )
    # actor.meeting_object: "held talks with Kenji Sato", "... with X and Elena Petrova"
    obj_rule = (
        "actor.meeting_object"
        if " " in name and _meeting_object(doc, start, floor)
        else "actor.bare_object"
        if _bare_object(doc, start, end, floor, title_start)
        else "actor.message_recipient"
        if " " in name and message_recipient(doc, title_start, floor)
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
        # actor.the_one_word: "The Duma announced ...", "the Majlis said": one word after "the" is a body's name
        and not (" " not in name and title_start == start and text.endswith(("the ", "The "), floor, start))
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
