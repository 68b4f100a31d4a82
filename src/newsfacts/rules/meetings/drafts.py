"""What the meeting rules pass around: a meeting's draft, the article's meeting state, and the sentence lookups
every rule uses (its meeting words, its modality, whether it is hypothetical)."""

from __future__ import annotations

import functools
import re
from typing import Final

import attr  # attr.s, not attrs.define: see rules/doc.py

from newsfacts.lexicon import Lexicon
from newsfacts.models import DateRef, Place, Span
from newsfacts.rules.doc import Doc, Hit


@attr.s(auto_attribs=True, slots=True)
class MeetingDraft:
    """A meeting as it builds up over sentences (frozen into a models.Meeting at the end)."""

    participants: list[int]
    modality: str
    status: str
    sent: int
    evidence: list[Span] = attr.ib(factory=list)
    date: DateRef | None = None
    location: Place | None = None
    occasion: str | None = None
    topics: list[str] = attr.ib(factory=list)
    rules: list[str] = attr.ib(factory=list)
    separate: bool = False
    #: in person only because no word of the sentence said how ("X spoke with Y"): a call told of the same talk
    #: later says it ("X spoke with Y by phone on Friday"; meeting.modality_told_later)
    modality_assumed: bool = False

    def rule(self, name: str) -> None:
        if name not in self.rules:
            self.rules.append(name)


def sentence_modality(doc: Doc, span: Span, words: list[tuple[Hit, str]]) -> str:
    """The modality the meeting ``words`` of a sentence say: phone or video when one of them (or
    "by phone") says so, else in_person when one says that, else unknown."""
    lx = doc.lexicon
    # "by phone", "over the telephone": the regex is read only where the word is
    if doc.text.find("phone", span.start, span.end) >= 0 and _BY_PHONE.search(doc.text, span.start, span.end):
        return "phone"
    # meeting.virtually: "met Y virtually on Monday", "held talks by video link" (not "virtually all")
    if doc.text.find("virtual", span.start, span.end) >= 0 and _VIRTUALLY.search(doc.text, span.start, span.end):
        return "video"
    best = "unknown"
    for _h, low in words:
        mod = lx.meeting_nouns.get(low) or (lx.meeting_verbs.get(low) or ("", ""))[0]
        if mod in ("phone", "video"):
            return mod
        if mod == "in_person":
            best = mod
    return best


def _noun_modifiers(lx: Lexicon, text: str, start: int, noun: int) -> tuple[int, bool]:
    """Where the adjectives of ``meeting_modifier`` right before a meeting noun at ``noun`` start ("a
    trilateral meeting", "one-on-one talks"), and whether one says the meeting is of all the parties
    together ("trilateral": ``joint``)."""
    mods = lx.meeting_modifiers
    pos, joint = noun, False
    for _ in range(2):
        if pos - 1 <= start or text[pos - 1] != " ":
            break
        at = text.rfind(" ", start, pos - 1) + 1 or start
        kind = mods.get(text[at : pos - 1].lower())
        if kind is None:
            break
        pos, joint = at, joint or kind == "joint"
    return pos, joint


#: adverbs of a habit: "has been continuously holding talks" (meeting.habitual)
_HABIT_ADVERBS: Final = "continuously|regularly|constantly|routinely|frequently|always"
_HYPOTHETICAL: Final = re.compile(
    r"\b(?:whether|if|may|might|could|would not|will not|won't|not|never|no plans? (?:to|for)|refused to|"
    r"declined to|ruled out|rejected|invit(?:ed|es|ing|ation)|"
    # meeting.denied: "Tehran denied any scheduled meeting between A and B", "there were no talks between A and B"
    r"den(?:y|ies|ied|ying)|there (?:was|were|is|are|will be|has been|have been) no|"
    # meeting.required_talks: "the dispute requires direct dialogue between A and B", "a cautious stance on the
    # holding of a summit between A and B": talks wished for or weighed, none held
    r"requir(?:e|es|ed|ing)|(?:stance|position)(?:\s+of\s+[^,.;]{1,40}?)?\s+on|"
    # meeting.weighed_talks: "to discuss the potential of resuming peace talks between A and B", "the prospects for
    # talks between A and B": talks weighed, none held
    r"(?:potential|possibility|prospects?|chances?|feasibility)\s+(?:of|for)|"
    # meeting.hoped_for: "We hope Prime Minister X will make his first visit to Y soon": a wish, no plan told
    r"hop(?:e|es|ed|ing)\s+(?:that\s+)?(?=[A-Z])|"
    # meeting.plan_undone: "X had been due to make her first visit to Tallinn, but was unwell", "X was supposed to
    # meet Y": a plan told in the past perfect or as an obligation did not come about
    r"had been (?:due|scheduled|expected|set|slated|supposed|planning) to|(?:was|were) (?:supposed|meant) to|"
    # meeting.habitual: "Iran has been continuously holding diplomatic talks with Japan": talks as a practice, none
    # held on a day told (the verb's own trigger: _HABITUAL_LEFT)
    r"ha(?:s|ve) been (?:" + _HABIT_ADVERBS + r") holding)"
    r"\b[^.;,]{0,60}$"
    # meeting.appeal_to_meet: "Britain is urging Pakistan and India to talk", "called on both sides to hold talks":
    # an appeal for a talk tells of none
    r"|\b(?:urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|press(?:es|ed|ing)?|call(?:s|ed|ing)?\s+(?:on|upon)|"
    r"appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?)\b[^.;,]{0,60}\bto\s+(?:[a-z]+\s+)?$"
    # meeting.appeal_for_talks: "urged regular meetings between the two countries", "called for direct talks between
    # A and B": the talks asked for are none held
    r"|\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|the\s+need\s+for)\s+"
    r"(?:(?:an?|the|more|regular|further|new|direct|continued|frequent|periodic|high-level)\s+){0,2}$"
    # meeting.organizing_proposed: "organizing a tripartite meeting between A, B and C will help": a meeting weighed
    # as a means, none held or planned
    r"|\b(?:organi[sz]ing|convening|arranging)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$"
)
#: meeting.called_to_meet: "called Armenia to hold peace talks with Azerbaijan": an appeal without "on"
_CALLED_TO: Final = re.compile(r"\bcall(?:s|ed|ing)?\s+(?!on\b|upon\b|for\b)[^.;,]{1,60}?\bto\s+$")
_CALLED_TO_VERBS: Final = ("hold", "meet", "resume", "start", "begin", "engage", "sit ", "negotiat", "enter")
_VIRTUALLY: Final = re.compile(
    r"\bvirtually(?=\s*(?:[,.;]|$|\s+(?:on|in|at|from|last|this|earlier|today|yesterday|due|because|amid|with|and|as|for)\b))"
)
#: "\b(?:by|over the|over|via|on the) (?:tele)?phone\b", letter first (as _CITY_SPAN)
_BY_PHONE: Final = re.compile(r"[bov](?<!\w.)(?:(?<=b)y|(?<=o)ver the|(?<=o)ver|(?<=v)ia|(?<=o)n the) (?:tele)?phone\b")


@attr.s(auto_attribs=True, slots=True)
class MeetingState:
    """What the meeting rules remember from sentence to sentence."""

    drafts: list[MeetingDraft] = attr.ib(factory=list)
    #: a phone or video talk told before its parties are ("In a telephone conversation, two
    #: diplomats held talks ..."): (modality, sentence, date)
    pending: tuple[str, int, DateRef | None] | None = None
    #: the last single person who spoke, and in which sentence ("he stressed" is most often them)
    last_speaker: tuple[int, int] | None = None

    @property
    def last(self) -> MeetingDraft | None:
        """The last meeting told, but for a next round of states (meeting.next_round_states, meeting.states_format):
        "Both ministers announced that the A-B commission will be convened in May" keeps the ministers' talks the
        one "both ministers" and "the two" refer to."""
        for d in reversed(self.drafts):
            if _states_round(d):
                continue
            return d
        return None


def _states_round(d: MeetingDraft) -> bool:
    """Is ``d`` a planned meeting of states that only a next round or a format of them tells of?"""
    return d.status == "planned" and (
        "meeting.next_round_states" in d.rules
        or "meeting.states_format" in d.rules
        or "meeting.delegated_meeting" in d.rules
    )


def meeting_words(doc: Doc, sent: int) -> list[tuple[Hit, str]]:
    """The meeting nouns, meeting verbs and topic verbs of sentence ``sent``, lower-cased."""
    words = _meeting_words(doc.lexicon)
    end = doc.sentences[sent].end
    return [(h, low) for h, low in doc.sentence_words_lower(sent) if low in words and h.end <= end]


@functools.lru_cache(maxsize=8)
def _meeting_words(lx: Lexicon) -> frozenset[str]:
    """Every meeting noun, meeting verb and topic verb: one set test per word, derived once per lexicon."""
    return frozenset(lx.meeting_nouns) | frozenset(lx.meeting_verbs) | frozenset(lx.topic_verbs)


#: a habit told before a meeting verb: "has been continuously |holding talks" (meeting.habitual; "has been meeting
#: with officials since Monday" is a visit under way)
_HABITUAL_LEFT: Final = re.compile(r"\bha(?:s|ve) been (?:" + _HABIT_ADVERBS + r") $")


def _hypothetical(text: str, span: Span, verb_pos: int) -> bool:
    """'whether X will meet Y', 'no plan to meet': the meeting word tells of no meeting."""
    if _HYPOTHETICAL.search(text, verb_pos - 70 if verb_pos - 70 > span.start else span.start, verb_pos) is not None:
        return True
    if text.startswith(("holding", "meeting"), verb_pos) and _HABITUAL_LEFT.search(text, span.start, verb_pos):
        return True  # meeting.habitual: "has been regularly meeting Y"
    # meeting.called_to_meet: "called Armenia to hold peace talks with Azerbaijan": an appeal for talks
    return text.startswith(_CALLED_TO_VERBS, verb_pos) and (
        _CALLED_TO.search(text, verb_pos - 70 if verb_pos - 70 > span.start else span.start, verb_pos) is not None
    )


def day_of_talk(doc: Doc, state: MeetingState, last: MeetingDraft) -> str | None:
    """The day told of ``last``: its own, or that of the draft just before it of the same parties, which the merge will
    fold it into ("A and B held a phone call on Friday. A and B discussed ...": Friday's, for a third sentence that
    tells of their talk of another day). The draft before may still hold unnamed role-holders of the same states
    ("Iranian and Russian energy ministers held a call on Friday. Iranian Energy Minister A and his Russian
    counterpart B discussed ...": meeting.named_next_sentence names them at the merge)."""
    if last.date is not None and last.date.value:
        return last.date.value
    parties = set(last.participants)
    states = sorted(doc.entity(k).country or "" for k in parties)
    for d in reversed(state.drafts):
        if d is last:
            continue
        if last.sent - d.sent > 2:
            break
        if d.date is None or not d.date.value:
            continue
        if set(d.participants) == parties or (
            all(doc.entity(k).unnamed for k in d.participants)
            and sorted(doc.entity(k).country or "" for k in d.participants) == states
        ):
            return d.date.value
    return None
