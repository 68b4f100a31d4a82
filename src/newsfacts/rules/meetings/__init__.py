"""Meeting rules: who talked with whom, how, when and where.

A sentence with a meeting word (a noun such as "telephone conversation", a verb such as
"met" or "held talks", or a topic verb such as "discussed" with two parties as subject)
yields a meeting when its parties resolve to actors: the subject and the object after
"with" (``meeting.met``), two conjoined subjects (``meeting.joint_subject``), "In a meeting
with Y, X ..." (``meeting.in_meeting_with``), a list of unnamed counterparts
(``meeting.counterparts``) or an official's visit to a country (``meeting.visit``).
Sentences that go on about the last meeting ("In the phone call", "the two sides") add
evidence and topics to it (``meeting.followup``); :func:`merge_meetings` folds mentions of
one event into one meeting.

The modules, lowest first (a module imports only those above it):

* ``patterns``: the plan tests ("will meet") and the patterns and word tables several modules share;
* ``drafts``: MeetingDraft, MeetingState and the sentence lookups every rule uses;
* ``places``: where a meeting took place: the sentence's place, the gazetteer's cities, datelines, titles;
* ``fill``: a draft's place, topics and date (``_fill``), a draft added, the follow-up sentences;
* ``counterparts``: unnamed counterparts and the role words of a title;
* ``objects``: the party list after "with" and what it holds;
* ``keys``: the actor keys a mention stands for (persons, bodies, "the two", relative pronouns);
* ``subjects``: the subject before a cue, conjoined subjects, a delegation's head;
* ``sides``: sides led by someone, the next meeting, formats of states, delegated meetings;
* ``hosts``: hosts and guests, invitations, credentials, tours, "discussed by", participles;
* ``calls``: calls, receptions and pair clauses ("they met");
* ``gatherings``: chaired, brought together, welcomed, attended, joined by;
* ``trips``: planned trips and a visit's host;
* ``clauses``: the clause around a cue, for the main rule;
* ``cuewords``: the main rule's regexes and word tables;
* ``cues``: the main rule, ``_detect_meetings``;
* ``detect``: ``detect_meetings``, the driver, and the rules' gates;
* ``merge_places``: the place of merged meetings (datelines, the lead occasion, titles, arrivals);
* ``same_meeting``: when mentions are one meeting, and when one mention is several;
* ``merge``: ``merge_meetings``.
"""

from __future__ import annotations

from newsfacts.rules.meetings.counterparts import unnamed_entity
from newsfacts.rules.meetings.detect import detect_meetings
from newsfacts.rules.meetings.drafts import MeetingDraft, MeetingState
from newsfacts.rules.meetings.keys import group_keys, relative_pronoun_subject, source_entity
from newsfacts.rules.meetings.merge import merge_meetings
from newsfacts.rules.meetings.subjects import subject_before

__all__ = [
    "MeetingDraft",
    "MeetingState",
    "detect_meetings",
    "group_keys",
    "merge_meetings",
    "relative_pronoun_subject",
    "source_entity",
    "subject_before",
    "unnamed_entity",
]
