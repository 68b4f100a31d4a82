"""A speaker mention's keys: the entities a name, pronoun or description stands for (gender, a fronted
pronoun's antecedent, the last speaker a description refers to), and the subject a clause opens with."""

from __future__ import annotations

import re
from typing import Final

from newsfacts.models import Span
from newsfacts.rules.coref import female_keys, role_fits, subjectish
from newsfacts.rules.doc import Doc, Mention
from newsfacts.rules.meetings import MeetingState, group_keys, relative_pronoun_subject, source_entity, unnamed_entity
from newsfacts.rules.meetings.keys import _keys as meeting_keys
from newsfacts.rules.statements.drafts import StatementState
from newsfacts.rules.statements.patterns import _OPENING_PHRASE
from newsfacts.rules.statements.quotemarks import _comma_or_quote_before, _inside_quotes


def _speaker_keys(doc: Doc, m: Mention, mstate: MeetingState, sstate: StatementState) -> list[int]:
    if rel := relative_pronoun_subject(doc, m):
        return rel
    if (
        m.kind == "pronoun"
        and m.rule not in ("coref.honorific", "coref.host_guest", "coref.org_head_description")
        and mstate.last_speaker is not None
        and m.sent - mstate.last_speaker[1] <= 3
    ):
        refs = doc.refs_of(m)
        if len(refs) == 1 and refs[0] != mstate.last_speaker[0] and _gender_differs(doc, m, mstate.last_speaker[0]):
            return [refs[0]]  # coref.female_pronoun: "she said" after a man spoke is the woman it refers to
        if len(refs) == 1 and refs[0] != mstate.last_speaker[0] and _named_before_in_sentence(doc, m, refs[0]):
            # statement.pronoun_same_sentence: "MP X of the bloc criticized what he described as ...": the
            # person named earlier in the pronoun's own sentence is whom it refers to, not the last speaker
            return [refs[0]]
        if (
            len(refs) == 1
            and refs[0] != mstate.last_speaker[0]
            and _opened_since(doc, refs[0], mstate.last_speaker[1], m.sent)
        ):
            # statement.pronoun_last_subject: "Kovac said A. Li then met the delegation. He said B.": the
            # person a sentence opened with since the last speaker spoke is whom "he" is
            return [refs[0]]
        return [mstate.last_speaker[0]]
    if m.kind in ("unnamed", "desc") and doc.refs_of(m):
        return list(doc.refs_of(m))
    if m.kind == "group":
        return group_keys(doc, m, mstate)
    if m.kind == "source":
        return [source_entity(doc, m).key]
    if m.kind == "cgroup" or (m.kind == "bodyref" and not doc.refs_of(m)):
        return meeting_keys(doc, m, mstate)
    if m.kind == "unnamed" and m.members:
        return [unnamed_entity(doc, m.role or "Leader", c).key for c in m.members]
    keys = list(doc.refs_of(m))
    if keys and all(doc.entity(k).kind == "place" for k in keys):
        return []
    if (party := _side_party(doc, m, mstate)) is not None:
        return [party]  # (the cues that read their speaker here: "according to the Turkish side")
    if m.kind == "pronoun" and len(keys) == 1 and _named_in_fronted_content(doc, m, keys[0]):
        # (with no person before, the one the words name is whom "she" is: "President X held a call, she said")
        return _fronted_pronoun_antecedent(doc, m) or keys
    return keys


def _side_party(doc: Doc, m: Mention, mstate: MeetingState) -> int | None:
    """statement.side_party: "A and his Turkish counterpart B held a video call ... The Turkish side said for his part
    that ...": a state's side that speaks after a talk of persons (in the four sentences before) is the one party of
    that state; one that says "its" is the state."""
    if m.kind != "country" or not m.text.endswith(" side"):
        return None
    last = mstate.last
    if last is None or not 0 <= m.sent - last.sent <= 4 or not m.country:
        return None
    span = doc.sentences[m.sent]
    if doc.text.find(" its ", m.end, span.end) >= 0:
        return None  # "The Russian side reaffirmed its support": the state
    people = [k for k in last.participants if doc.entity(k).kind == "person"]
    if len(people) != len(last.participants):
        return None
    ours = [k for k in people if doc.entity(k).country == m.country]
    if len(ours) != 1:
        return None
    doc.fire("statement.side_party", m.start, m.end, doc.entity(ours[0]).name)
    return ours[0]


def _desc_last_speaker(doc: Doc, m: Mention, mstate: MeetingState) -> int:
    """statement.desc_last_speaker: "X said the talks were fruitful, after his meeting with his counterpart Y.
    'We agree on all,' the minister noted": a description of no country after a quote is who spoke
    last (the sentence before), when they hold its role as well, not the one named last who never spoke nor
    opened a clause since; -1 when that does not hold."""
    ls = mstate.last_speaker
    refs = doc.refs_of(m)
    if ls is None or len(refs) != 1 or refs[0] == ls[0] or m.sent - ls[1] != 1 or not m.role:
        return -1
    e, speaker = doc.entity(refs[0]), doc.entity(ls[0])
    fit = role_fits(doc.lexicon, m.role, speaker)
    if e.kind != "person" or speaker.kind != "person" or fit == 0 or fit < role_fits(doc.lexicon, m.role, e):
        return -1  # the one named last holds the role better ("the foreign minister" of a premier and a minister)
    if m.country:
        same = e.unnamed and speaker.country is None and speaker.role_head == m.role
        if fit < 2 or not (speaker.country == m.country or same):
            # "the Polish president" who spoke is one of that country, or a president of none told (when no one
            # named holds it: "the Indian minister" after a foreign minister of no country is another)
            return -1
    elif not _AFTER_QUOTE_RX.search(doc.text, max(0, m.start - 4), m.start):
        return -1  # with no country, only a description after the quote it closes ('"...," the minister noted')
    for n in doc.mentions_between(doc.sentences[ls[1]].start, m.start):
        if refs[0] in doc.refs_of(n) and subjectish(doc, n):
            return -1  # the one described opened a clause since: "..., Y said"
    doc.fire("statement.desc_last_speaker", m.start, m.end, speaker.name)
    return ls[0]


def _gender_differs(doc: Doc, m: Mention, key: int) -> bool:
    """coref.female_pronoun: is the pronoun ``m`` "she" and ``key`` no woman a title told, while the pronoun's
    antecedent is one (or "he" and ``key`` one)?"""
    female = female_keys(doc)
    if not female:
        return False
    refs = doc.refs_of(m)
    she = m.text.lower() == "she"
    if she:
        return key not in female and refs[0] in female
    return m.text.lower() == "he" and key in female and refs[0] not in female


def _named_in_fronted_content(doc: Doc, m: Mention, key: int) -> bool:
    """statement.fronted_pronoun: "The question of X in the Second World War was open, he said.": is ``key``,
    what "he" was read as, named only inside the words the pronoun's cue reports (the pronoun follows them after a
    comma or a closing quote)? Those words cannot hold whom the pronoun refers to."""
    start = doc.sentences[m.sent].start
    if _comma_or_quote_before(doc.text, start, m.start) < 0:
        return False
    return all(start <= a < m.start for a, _b in doc.entity(key).mentions if a < m.start)


def _fronted_pronoun_antecedent(doc: Doc, m: Mention) -> list[int]:
    """statement.fronted_pronoun: the person the last sentences before the pronoun's own (three at most) have
    as a subject, the nearest first; none when there is none."""
    for i in range(m.sent - 1, max(-1, m.sent - 4), -1):
        for x in reversed(doc.sentence_mentions(i)):
            refs = doc.refs_of(x)
            if len(refs) == 1 and doc.entity(refs[0]).kind == "person" and subjectish(doc, x):
                doc.fire("statement.fronted_pronoun", m.start, m.end, doc.entity(refs[0]).name)
                return [refs[0]]
    return []


def _named_before_in_sentence(doc: Doc, m: Mention, key: int) -> bool:
    """Is ``key`` (a person) named by a name mention before ``m`` in ``m``'s sentence?"""
    if doc.entity(key).kind != "person":
        return False
    start = doc.sentences[m.sent].start
    for x in doc.sentence_mentions(m.sent):
        if x.start >= m.start:
            return False
        if x.kind == "name" and key in doc.refs_of(x):
            # the sentence's subject, outside quotes ("“Meeting X is not planned,” he said" is no reference to X)
            return (
                subjectish(doc, x)
                and not _inside_quotes(doc.text, start, x.start)
                and "“" not in doc.text[start : m.start]
                and '"' not in doc.text[start : m.start]
            )
    return False


def _opened_since(doc: Doc, key: int, after: int, before: int) -> bool:
    """Did a sentence after sentence ``after`` and before ``before`` open with ``key`` (a person) as its subject?"""
    if doc.entity(key).kind != "person":
        return False
    for i in range(before - 1, after, -1):
        ms = doc.sentence_mentions(i)
        if ms and ms[0].lo - doc.sentences[i].start <= 4 and subjectish(doc, ms[0]):
            return key in doc.refs_of(ms[0])
    return False


#: what follows a dateline's place before the story: " (IP) - ", ", IRNA – ", ", Nov. 7 (MNA) – "
_DATELINE_TAIL_RX: Final = re.compile(r"(?:,[^\n:—–-]{1,30}?)?\s*(?:\([A-Za-z ]{2,20}\))?\s*[—–-]{1,2}\s+")


def _clause_subject(doc: Doc, span: Span, mentions: list[Mention], mstate: MeetingState, before: int) -> list[int]:
    """The subject at the start of the sentence (after an opening phrase ending in a comma)."""
    text = doc.text
    start = span.start
    lead = _OPENING_PHRASE.match(text[start:before])
    pos = start + (lead.end() if lead else 0)
    first = [m for m in mentions if m.start >= pos and m.end <= before]
    if not first:
        return []
    m0 = first[0]
    if m0.kind in ("place", "country") and m0.start - pos <= 1 and (dl := _DATELINE_TAIL_RX.match(text, m0.end)):
        # statement.dateline_not_subject: "Tehran (IP) - The Leader called A and said B": the dateline's place
        # opens the sentence, the subject follows it
        pos = dl.end()
        first = first[1:]
        if not first:
            return []
        m0 = first[0]
    lo = m0.lo
    if lo - pos > 4 or (not subjectish(doc, m0) and lo != pos):
        return []
    k = 1
    if (
        m0.kind in ("organization", "country")
        and len(first) > 1
        and first[1].kind == "name"
        and 0 <= first[1].title_start < first[1].start
        and _TITLE_MODIFIER_GAP_RX.fullmatch(text, m0.end, first[1].title_start)
    ):
        # statement.modifier_subject: "EU Enlargement Commissioner X held talks ..., pledging ...": the body
        # before the title is the person's, no subject of its own
        doc.fire("statement.modifier_subject", m0.start, first[1].end, text[m0.start : first[1].end])
        m0 = first[1]
        k = 2
    keys = _speaker_keys(doc, m0, mstate, StatementState())
    # "X and Norwegian Prime Minister Y held talks, agreeing to ...": the link runs to the title
    while k < len(first) and _CLAUSE_SUBJECT_RX.fullmatch(text[first[k - 1].hi : first[k].lo]):
        keys += _speaker_keys(doc, first[k], mstate, StatementState())
        k += 1
    return keys


#: what joins the subjects of a clause: "X, Y and Z", "X and his counterpart Y"
_CLAUSE_SUBJECT_RX: Final = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:(?:his|her|their|the)\s+)?")

#: " Enlargement ", " " between a body and a person's title ("EU Enlargement Commissioner X"):
#: statement.modifier_subject
_TITLE_MODIFIER_GAP_RX: Final = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+")

#: a closing quote (and its comma) right before a description: '"We agree," the minister said'
_AFTER_QUOTE_RX: Final = re.compile(r"[,.!?]?[\"”’]\s+$")
