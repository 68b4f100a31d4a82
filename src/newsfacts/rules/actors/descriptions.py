"""Descriptions (``_descriptions``): 'the Iranian diplomat', 'the prime minister', 'Russian PM', 'the
presidents of Iran, Russia and Turkey', unnamed sources and groups of one state's officials."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.rules.actors.complements import _complement, _ends_noun_phrase, _named_after_phrase
from newsfacts.rules.actors.context import (
    _according_desc,
    _country_after,
    _fronted_with_object,
    _poss_after,
    _sentence_initial,
)
from newsfacts.rules.actors.lookups import _name_table, _role_hits, _roles
from newsfacts.rules.actors.modifiers import (
    _DEMONYM_WORD_BEFORE_RX,
    _POSSESSOR_BEFORE_RX,
    _desc_left,
    _two_word_demonym,
)
from newsfacts.rules.actors.patterns import (
    _DESCRIPTIONS_RX1,
    _DESCRIPTIONS_RX2,
    _DESCRIPTIONS_RX3,
    _DESCRIPTIONS_RX4,
    _IN_THE_DEMONYM_RX,
    _MORE_STATES_RX,
    _OF_STATES_NAMED_RX,
    _PORTFOLIO_TAIL_RX,
)
from newsfacts.rules.actors.plurals import (
    _FROM_LIST,
    _PAIR_BEFORE,
    _plural_members,
    _respective_counterparts,
    _respective_names,
)
from newsfacts.rules.doc import WORD_AFTER_RX, Doc, Hit, Mention


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
        if text.endswith((" as ", "As "), start - 4 if start - 4 > floor else floor, start) and not text.endswith(
            (" well as ", " such as ", " same as "), start - 9 if start - 9 > floor else floor, start
        ):
            # actor.predicate_as: "his agenda as the new UN chief", "will replace X as UN secretary-general": a
            # role told of someone after "as" is no one of its own
            doc.fire("actor.predicate_as", start, h.end, text[start : h.end])
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
            if left.group("det") is None and multi and low not in lx.group_nouns:
                # actor.bare_demonym_list: "Iranian and Russian energy ministers exchanged views ...": a lead's
                # role-holders of two named states, as "the Iranian and Russian ministers" are ("Iranian and
                # Russian officials" stays a crowd)
                doc.fire("actor.bare_demonym_list", start, h.end, text[start : h.end])
            elif left.group("det") is None or left.group("det").lower() != "the":
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
        if (
            h.table == "role"
            and text.startswith(", ", end)
            and h.text[-1:].isalpha()
            and h.text.split()[-1][:1].isupper()
            and (pl := _PORTFOLIO_TAIL_RX.match(text, end)) is not None
        ):
            # actor.portfolio_list: "the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates
            # held talks with Y": the ministry's other portfolios after a comma are the title's
            end = pl.end()
            doc.fire("actor.portfolio_list", start, end, text[start:end])
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


def _demonyms_in(doc: Doc, start: int, end: int) -> list[str]:
    out = []
    for h in doc.names_between(start, end):
        if h.end <= end and h.table in ("demonym", "country"):
            c = doc.lexicon.country_of(h.text)
            if c:
                out.append(c)
    return out
