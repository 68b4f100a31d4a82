"""The actor keys a mention stands for: named and unnamed persons, bodies, relative pronouns, groups ("the two",
"the two countries") and the pair a subject names."""

from __future__ import annotations

import bisect
import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.coref import subjectish, unnamed_person
from newsfacts.rules.doc import Doc, Entity, Mention
from newsfacts.rules.meetings.counterparts import unnamed_entity
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState
from newsfacts.rules.meetings.patterns import _AND_HIS_LINK, _COUNT_WORDS

_REL_PRONOUN_LEFT: Final = re.compile(r",\s*(?:where|during which|in which|after which|when)\s+$")
_VISIT_BY_WHERE: Final = re.compile(
    r"\b(?:visit|trip|tour)\s+(?:by|of)\s+(?=[^.;]{3,140}?\s+to\s+(?:the\s+)?[A-Z](?:[^.;,]|(?<=St)\.){1,60},\s*where\s+$)"
)
#: coref.visit_by_where told with a possessive: "Bulgarian President X’s visit to the St. Petersburg forum, where he
#: held talks with Y": the visit's owner, right before
_POSS_VISIT_WHERE: Final = re.compile(
    r"['’]s?\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|tour)\s+to\s+(?:the\s+)?[A-Z](?:[^.;,]|(?<=St)\.){1,60},\s*where\s+$"
)
_THE_TWO: Final = re.compile(
    r"[Tt]he (?:pair|duo)$|[Tt]he two(?: (?:top |senior |foreign |defense |))?"
    r"(?:leaders|presidents|ministers|officials|diplomats|envoys|men|sides)?$"
    # coref.the_two, "both": "X and Y agreed ... Both ministers voiced ...": the two persons just named ("both
    # sides" is not read so: it is as often the two states, or the sides of a talk told inside a report)
    r"|[Bb]oth (?:top |senior |foreign |defense )?(?:leaders|presidents|ministers|officials|diplomats|envoys|men)$"
)
#: a plural that opens a sentence right after one opened by a pair read by the_two: "Both ministers voiced ...
#: They urged ...", "The ministers expressed ..." (coref.the_two_chain)
_THE_TWO_CHAIN: Final = re.compile(
    r"[Tt]hey$|[Tt]he (?:top |senior |foreign )?(?:leaders|presidents|ministers|officials|diplomats|envoys|sides)$"
)


def _own_object_span(doc: Doc, objs: list[Mention], key: int, span: Span, state: MeetingState) -> Span | None:
    """The stretch of a sentence an object after the first tells with its own venue and day: from the object to
    the next one ("... and Y in Quito on Wednesday, and Z ...")."""
    for i, m in enumerate(objs):
        if i and key in _keys(doc, m, state):
            return Span(m.lo, objs[i + 1].lo if i + 1 < len(objs) else span.end)
    return None


def relative_pronoun_subject(doc: Doc, m: Mention) -> list[int]:
    """coref.relative_pronoun: "X visited Singapore, where he met Y", "X called Y, during which he warned":
    the pronoun is the subject of the sentence's main clause."""
    if (
        m.kind != "pronoun"
        or m.plural
        or not _REL_PRONOUN_LEFT.search(doc.text, m.start - 20 if m.start > 20 else 0, m.start)
    ):
        return []
    span = doc.sentences[m.sent]
    # coref.visit_by_where: "ahead of a visit by X to Amman, where he is due to meet Y": the visitor
    vb = _VISIT_BY_WHERE.search(doc.text, m.start - 160 if m.start - 160 > span.start else span.start, m.start)
    if vb is not None:
        for cand in doc.mentions_between(vb.end(), m.start):
            keys = doc.refs_of(cand)
            near = cand.lo - vb.end() < 3
            if cand.kind in ("name", "desc") and near and keys and doc.entity(keys[0]).kind == "person":
                doc.entity(keys[0]).add((m.start, m.end), "coref.visit_by_where")
                return [keys[0]]
            break
    if doc.text.find("where", m.start - 12 if m.start > 12 else 0, m.start) >= 0:
        for cand in doc.mentions_between(m.start - 160 if m.start - 160 > span.start else span.start, m.start):
            keys = doc.refs_of(cand)
            if (
                cand.kind in ("name", "desc")
                and cand.possessive
                and keys
                and doc.entity(keys[0]).kind == "person"
                and _POSS_VISIT_WHERE.match(doc.text, cand.end, m.start) is not None
            ):
                doc.entity(keys[0]).add((m.start, m.end), "coref.visit_by_where")
                return [keys[0]]
    for first in doc.mentions_between(span.start, m.start):
        if first.kind in ("name", "desc", "unnamed") and first.lo - span.start < 40 and subjectish(doc, first):
            keys = doc.refs_of(first)
            if not keys and first.kind == "desc" and first.country and first.role:
                # coref.relative_unnamed: "Brazil's foreign minister visited Kenya, where he met Y": an unnamed
                # role-holder is the main clause's subject
                role = first.role if first.role not in ("Counterpart", "Diplomat", "Official") else "Foreign Minister"
                keys = (unnamed_entity(doc, role, first.country, "actor.unnamed_role").key,)
            if (rep := _REPORTED_AFTER.match(doc.text, first.hi, m.start)) is not None:
                # coref.reported_where: "The spokesman said X will travel to Lima, where he will meet Y":
                # the pronoun is the reported clause's subject, not the speaker
                nxt = next((x for x in doc.mentions_between(rep.end(), m.start)), None)
                if nxt is None or nxt.kind not in ("name", "desc") or nxt.lo - rep.end() > 3:
                    return []
                keys = doc.refs_of(nxt)
                if keys and doc.entity(keys[0]).kind == "person":
                    doc.entity(keys[0]).add((m.start, m.end), "coref.reported_where")
                    return [keys[0]]
                return []
            if keys and doc.entity(keys[0]).kind == "person":
                doc.entity(keys[0]).add((m.start, m.end), "coref.relative_pronoun")
                return [keys[0]]
        break
    return []


def _keys(doc: Doc, m: Mention, state: MeetingState) -> list[int]:
    if m.kind == "pronoun":
        if rel := relative_pronoun_subject(doc, m):
            return rel
        if m.rule != "coref.honorific" and state.last_speaker is not None and m.sent - state.last_speaker[1] <= 3:
            own = doc.refs_of(m)
            if (
                len(own) == 1
                and own[0] != state.last_speaker[0]
                and _opened_since(doc, own[0], state.last_speaker[1], m.sent)
            ):
                # meeting.pronoun_last_subject: "Y said A. X arrived on Monday. He is to call on Z": the person a
                # sentence opened with since the last speaker spoke is whom "he" is
                return [own[0]]
            return [state.last_speaker[0]]
    if refs := doc.refs.get((m.start, m.end)):
        return list(refs)
    if m.kind == "unnamed" and m.name:
        return [named_unnamed(doc, m.name, m.role, m.country).key]
    if m.kind == "unnamed" and m.members:
        return [unnamed_entity(doc, m.role or "Leader", c).key for c in m.members]
    if m.kind == "bodyref" and m.name:
        # actor.body_unnamed: "the foreign ministry said" with no ministry named before
        return [body_entity(doc, m).key]
    if m.kind == "cgroup" and m.country:
        e = named_unnamed(doc, m.name or m.text, None, m.country)
        e.kind = "group"
        if "actor.country_group" not in e.rules:
            e.rules.append("actor.country_group")
        return [e.key]
    if m.kind == "desc" and m.country and m.role:
        # "his Omani counterpart" whom the article never names
        role = m.role if m.role not in ("Counterpart", "Diplomat", "Official") else "Foreign Minister"
        return [unnamed_entity(doc, role, m.country, "actor.unnamed_role").key]
    if m.kind == "group":
        return group_keys(doc, m, state)
    return []


def _opened_since(doc: Doc, key: int, after: int, before: int) -> bool:
    """Did a sentence after sentence ``after`` and before ``before`` open with ``key`` (a person) as its subject?"""
    if doc.entity(key).kind != "person":
        return False
    for i in range(before - 1, after, -1):
        ms = doc.sentence_mentions(i)
        if ms and ms[0].lo - doc.sentences[i].start <= 4 and subjectish(doc, ms[0]):
            return key in doc.refs_of(ms[0])
    return False


def source_entity(doc: Doc, m: Mention) -> Entity:
    """An unnamed group of sources ("two diplomatic sources"); "the sources" is the last one told."""
    head = (m.name or m.text).rsplit(" ", 1)[-1].lower()
    if m.rule == "coref.source":
        for e in reversed(doc.entities):
            if e.unnamed and e.kind in ("group", "person") and e.name.lower().endswith((head, head[:-1])):
                e.add((m.start, m.end), "coref.source")
                return e
    e = named_unnamed(doc, m.name or m.text, None, m.country)
    e.kind = "group"
    e.add((m.start, m.end), m.rule)
    return e


def body_entity(doc: Doc, m: Mention) -> Entity:
    """A government body told without its country ("the foreign ministry"): one organization per name."""
    name = m.text[4:] if m.text.lower().startswith("the ") else m.text
    key = f"body:{name.lower()}"
    if " " not in name:  # "the ministry": the last such body told ("the foreign ministry")
        key = next(
            (k for k in reversed(list(doc.unnamed)) if k.startswith("body:") and k.endswith(" " + name.lower())), key
        )
    if key in doc.unnamed:
        e = doc.entity(doc.unnamed[key])
    else:
        e = doc.new_entity("organization", name, country=None)
        doc.unnamed[key] = e.key
    e.add((m.start, m.end), "actor.body_unnamed")
    doc.refs[(m.start, m.end)] = (e.key,)
    return e


def named_unnamed(doc: Doc, name: str, role: str | None, country: str | None) -> Entity:
    """An unnamed role-holder known by a description ("a US senator", "the IAEA chief")."""
    return unnamed_person(doc, name, role, country)


def group_keys(doc: Doc, m: Mention, state: MeetingState) -> list[int]:
    """'the two diplomats', 'they', 'both sides': the last meeting's participants (within 4 sentences)."""
    last = state.last
    if last is not None and last.sent == m.sent and not _told_before(doc, last, m):
        # coref.group_before: "The two sides confirmed that X will travel to Manila for a summit with Y": a
        # meeting told after the group in its own sentence is not the one the group is of
        last = next((d for d in reversed(state.drafts) if d.sent < m.sent or _told_before(doc, d, m)), None)
    if last is None or m.sent - last.sent > 6:
        return the_two(doc, m) or the_two_countries(doc, m) or _counted_far(doc, m, state) or _state_group(doc, m)
    if sum(doc.entity(k).kind == "person" for k in last.participants) < 2:
        # coref.group_talks_first: "X held talks with Y to prepare the visit to Vietnam by Z ... They agreed": of two
        # meetings told in one sentence, the group is the one of two persons, not a person's visit to a state
        pair = next(
            (
                d
                for d in reversed(state.drafts)
                if d.sent == last.sent
                and d is not last
                and sum(doc.entity(k).kind == "person" for k in d.participants) >= 2
                and (d.sent < m.sent or _told_before(doc, d, m))
            ),
            None,
        )
        if pair is not None:
            last = pair
            doc.fire("coref.group_talks_first", m.start, m.end, m.text)
    keys = [k for k in last.participants if doc.entity(k).kind == "person"] or list(last.participants)
    words = m.text.lower().split()
    count = _COUNT_WORDS.get(words[1], 0) if len(words) > 2 and words[0] == "the" else 0
    if count > len(keys):
        # meeting.group_count: "X met Y ... X held a video call with Z ... The three ministers will meet in May":
        # the persons of the last meetings of the same protagonist, when they are as many as the group counts
        union = list(keys)
        for d in reversed(state.drafts[:-1]):
            if m.sent - d.sent > 6 or len(union) >= count:
                break
            if set(d.participants) & set(keys):  # the same protagonist's meetings only
                union += [k for k in d.participants if doc.entity(k).kind == "person" and k not in union]
        if len(union) == count:
            keys = union
            doc.fire("meeting.group_count", m.start, m.end, str(count))
    if m.members:  # "the Iranian and Japanese diplomats": keep those countries
        kept = [k for k in keys if doc.entity(k).country in m.members]
        if not kept and (group := _state_group(doc, m)):
            return group
        keys = kept or keys
    for k in keys:
        doc.entity(k).add((m.start, m.end), "coref.group")
    doc.fire("coref.group", m.start, m.end, " + ".join(doc.entity(k).name for k in keys))
    return keys


def _state_group(doc: Doc, m: Mention) -> list[int]:
    """coref.group_of_other_state: "X met Y ... He met the Belarusian top legislators": a group of one state that
    no party of the last meeting serves, or told with no meeting before, is a group of that state ("Belarusian top
    legislators"), not the last meeting's parties; a counted group ("the two ministers") and a crowd of no office
    ("the Spanish authorities", "the officials") are none."""
    words = m.text.lower().split()
    if len(m.members) != 1 or (len(words) > 2 and words[1] in _COUNT_WORDS):
        return []
    if not m.role or m.role in doc.lexicon.generic_roles:
        return []  # "for a meeting with the Spanish authorities": a crowd of no office, told in passing
    name = m.text[4:] if words[0] == "the" else m.text
    e = named_unnamed(doc, name, None, m.members[0])
    e.kind = "group"
    e.add((m.start, m.end), "coref.group_of_other_state")
    doc.fire("coref.group_of_other_state", m.start, m.end, e.name)
    return [e.key]


def _counted_far(doc: Doc, m: Mention, state: MeetingState) -> list[int]:
    """meeting.counted_group_far: "X, Y and Z held a video conference ... (eight sentences on) ... Y said the three
    leaders would meet in Paris": a counted group of three or more is the last meeting of that many persons told in
    the twelve sentences before."""
    words = m.text.lower().split()
    count = _COUNT_WORDS.get(words[1], 0) if len(words) > 2 and words[0] == "the" else 0
    if count < 3:
        return []
    for d in reversed(state.drafts):
        if m.sent - d.sent > 12:
            break
        if (
            d.sent < m.sent
            and len(d.participants) == count
            and all(doc.entity(k).kind == "person" for k in d.participants)
        ):
            doc.fire(
                "meeting.counted_group_far", m.start, m.end, " + ".join(doc.entity(k).name for k in d.participants)
            )
            return list(d.participants)
    return []


def _told_before(doc: Doc, d: MeetingDraft, m: Mention) -> bool:
    """Is one of the meeting's parties named in the group's sentence before the group mention ``m``?"""
    start = doc.sentences[m.sent].start
    for k in d.participants:
        # the party's first mention at or after the sentence's start, by a bisect: a walk over every
        # mention of a party named thousands of times (a 1 MB text) made each group mention cost that much
        starts = _mention_starts(doc, k)
        i = bisect.bisect_left(starts, start)
        if i < len(starts) and starts[i] < m.start:
            return True
    return False


def _mention_starts(doc: Doc, key: int) -> list[int]:
    """Where the mentions of entity ``key`` start, sorted. ``Entity.add`` only ever appends, so the
    mentions added since the last call are the list's tail: each is inserted in place (coreference
    adds one per group mention it resolves; sorting afresh each time would cost as much again)."""
    mentions = doc.entity(key).mentions
    memo_key = ("meetings.mention_starts", key)
    found = doc.memo.get(memo_key)
    if found is None:
        found = doc.memo[memo_key] = []
    starts: list[int] = found  # type: ignore[assignment]
    for s, _e in mentions[len(starts) :]:
        bisect.insort(starts, s)
    return starts


def the_two(doc: Doc, m: Mention) -> list[int]:
    """coref.the_two: "The two leaders met in Tokyo" with no meeting told before: the two persons
    named in the sentences before it, when exactly two are (else nothing: it would be a guess)."""
    if not _THE_TWO.match(m.text):
        chained = doc.memo.get("the_two_keys")
        if (
            chained is not None
            and _THE_TWO_CHAIN.match(m.text)
            and 0 <= m.sent - chained[0] <= 1  # type: ignore[index]
            and m.start - doc.sentences[m.sent].start <= 4
        ):
            keys: list[int] = list(chained[1])  # type: ignore[index]
            doc.memo["the_two_keys"] = (m.sent, keys)
            for k in keys:
                doc.entity(k).add((m.start, m.end), "coref.the_two_chain")
            doc.fire("coref.the_two_chain", m.start, m.end, " + ".join(doc.entity(k).name for k in keys))
            return keys
        return []
    seen: list[int] = []
    for i in range(max(0, m.sent - 4), m.sent + 1):
        for mm in doc.sentence_mentions(i):
            if mm.start >= m.start:
                break
            if mm.kind not in ("name", "desc"):
                continue
            for k in doc.refs_of(mm):
                e = doc.entity(k)
                if e.kind == "person" and not e.unnamed and k not in seen:
                    seen.append(k)
    if len(seen) != 2 and m.sent > 0:
        # meeting.the_two_subject: "X and Y agreed on Thursday to ... The two met in Tokyo": the two persons
        # the sentence before opened with, whoever else was named
        seen = _pair_subject(doc, m.sent - 1)
    if len(seen) != 2:
        return []
    for k in seen:
        doc.entity(k).add((m.start, m.end), "coref.the_two")
    doc.memo["the_two"] = m.start
    doc.memo["the_two_keys"] = (m.sent, seen)
    doc.fire("coref.the_two", m.start, m.end, " + ".join(doc.entity(k).name for k in seen))
    return seen


_THE_TWO_STATES: Final = re.compile(r"[Tt]he two (?:countries|nations|states|neighbou?rs|governments)")


def the_two_countries(doc: Doc, m: Mention) -> list[int]:
    """meeting.the_two_countries: "A and B agreed to ... The decisions came at talks between the two countries"
    with no meeting told before: the two states named in the sentences before it, when exactly two are
    (else the two a sentence before opened with, "A and B agreed ...")."""
    if not _THE_TWO_STATES.fullmatch(m.text):
        return []
    seen: list[int] = []
    opened: list[int] = []
    for i in range(max(0, m.sent - 3), m.sent + 1):
        ms = doc.sentence_mentions(i)
        if (
            len(ms) >= 2
            and i < m.sent
            and ms[0].kind == ms[1].kind == "country"
            and ms[0].lo - doc.sentences[i].start <= 4
            and doc.text[ms[0].hi : ms[1].lo].strip() == "and"
        ):
            opened = [*doc.refs_of(ms[0]), *doc.refs_of(ms[1])]
        for mm in ms:
            if mm.start >= m.start:
                break
            if mm.kind != "country":
                continue
            seen += [k for k in doc.refs_of(mm) if doc.entity(k).kind == "country" and k not in seen]
    if len(seen) != 2:
        seen = opened if len(set(opened)) == 2 else []
    if len(seen) != 2:
        return []
    for k in seen:
        doc.entity(k).add((m.start, m.end), "coref.the_two")
    doc.fire("meeting.the_two_countries", m.start, m.end, " + ".join(doc.entity(k).name for k in seen))
    return seen


def _pair_subject(doc: Doc, sent: int) -> list[int]:
    """The two persons a sentence opens with, joined by "and" ("X and his counterpart Y agreed ..."), or []."""
    ms = doc.sentence_mentions(sent)
    if len(ms) < 2 or ms[0].lo - doc.sentences[sent].start > 4 or not subjectish(doc, ms[0]):
        return []
    if ms[0].kind not in ("name", "desc") or ms[1].kind not in ("name", "desc"):
        return []
    link = _AND_HIS_LINK.fullmatch(doc.text, ms[0].hi, ms[1].lo)
    if link is None or "and" not in link.group():
        return []  # "X and Y", no list of three ("X, Y and Z")
    keys = list(dict.fromkeys([*doc.refs_of(ms[0]), *doc.refs_of(ms[1])]))
    if len(keys) != 2 or any(doc.entity(k).kind != "person" or doc.entity(k).unnamed for k in keys):
        return []
    return keys


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).
_REPORTED_AFTER: Final = re.compile(
    # coref.reported_where: "The spokesperson further said X would leave for Beijing, where he ..."
    r"(?:,[^,.;]{1,80}+,)?(?:\s+(?:further|also|later|earlier|separately|additionally))?"
    r"\s+(?:said|says|announced|announces|stated|confirmed|noted|told\s+[\w\s]{1,30}?)"
    r"(?:\s+(?:on\s+\w+|today|yesterday))?,?\s+(?:that\s+)?"
)
