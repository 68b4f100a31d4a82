"""Rules as data: every built-in rule's name, family and the sentence shape it is for.

The logic of a rule lives in its family module (``actors``, ``coref``, ``meetings``,
``dates``, ``statements``); this table is what ``newsfacts explain`` and the docs list, and
what a fact's ``rules`` field points into. Plugins add :class:`Rule` objects of their own
through the ``newsfacts_rules`` hook.
"""

from __future__ import annotations

import re
from typing import Final

import attrs
from attrs import field, frozen

from newsfacts.models import Span

FAMILIES: Final = ("actor", "coref", "meeting", "date", "statement")
STATEMENT_KINDS: Final = ("say", "appeal", "intend", "approve", "disapprove", "reject", "threaten", "deny")
MODALITIES: Final = ("phone", "video", "in_person", "unknown")


def _family(_inst: object, _attr: object, value: str) -> None:
    if value not in FAMILIES:
        raise ValueError(f"rule family must be one of {FAMILIES}, got {value!r}")


def _compiles(_inst: object, _attr: object, value: str | None) -> None:
    if value is not None:
        re.compile(value)


@frozen
class Rule:
    """A named extraction rule.

    Built-in rules are entries of :data:`RULES` (their code lives in the family module).
    A plugin rule is declarative: a regular expression ``pattern`` run over every sentence
    of the body, whose named groups say what was found:

    * family ``statement``: groups ``speaker`` (a span naming the speaker: a name,
      a description or a pronoun, resolved like any other mention), ``content`` and
      optionally ``cue``; ``kind`` is the statement kind.
    * family ``meeting``: groups ``a`` and ``b`` (the two parties); ``modality``.

    ``name`` must be unique (``"tasnim.statement.quoted_as_saying"``).
    """

    name: str
    family: str = field(validator=_family)
    description: str = ""
    pattern: str | None = field(default=None, validator=_compiles)
    kind: str = field(default="say", validator=attrs.validators.in_(STATEMENT_KINDS))
    modality: str = field(default="unknown", validator=attrs.validators.in_(MODALITIES))


@frozen
class Firing:
    """One rule firing on a span of the text, for ``newsfacts explain``."""

    rule: str
    span: Span
    note: str = ""


def _r(name: str, description: str) -> Rule:
    return Rule(name, name.split(".", 1)[0], description)


#: Every built-in rule, by name.
RULES: Final[dict[str, Rule]] = {
    r.name: r
    for r in (
        _r("actor.title_name", "a title before a name: 'Russian Foreign Minister Elena Petrova'"),
        _r("actor.role_apposition", "a role, a comma, a name: 'special assistant for political affairs, Ali Nouri'"),
        _r("actor.meeting_object", "a name after 'held talks with': 'met with Kenji Sato'"),
        _r("actor.conjoined_name", "a name joined by 'and' to a titled one: 'Ministers A B and C D'"),
        _r("actor.unnamed_role", "'the President of Iraq', 'a US senator', 'the IAEA chief': an unnamed person"),
        _r("actor.country_group", "'Omani officials', 'Lebanese authorities': a group of one country"),
        _r("actor.name_apposition", "a name, a comma, a role: 'Farid Rahimi, the Iranian foreign minister's adviser'"),
        _r("actor.country_name", "a country's possessive before a name: 'Oman's Salim Harthi'"),
        _r("actor.subject_name", "a name right before a reporting or meeting verb: 'Rahimi said'"),
        _r("actor.known_name", "a surname or full name already found in the article"),
        _r("actor.country", "a country named, or its possessive: 'the US', 'Iran's'"),
        _r("actor.organization", "an international organization or bloc: 'IAEA', 'the UN'"),
        _r("actor.body", "a government body: 'the Iranian Foreign Ministry'"),
        _r("actor.unnamed_list", "unnamed role-holders: 'the presidents of Iran, Russia and Turkey'"),
        _r("actor.counterparts", "unnamed counterparts: 'his Kazakh, Pakistani and Indian counterparts'"),
        _r("coref.pronoun", "he, she: the last person in subject position"),
        _r("coref.description", "'the Iranian diplomat', 'the prime minister': the last person who fits"),
        _r("coref.group", "'the two diplomats', 'both sides', 'they': the last meeting's participants"),
        _r("coref.surname", "'Rahimi' after 'Farid Rahimi'"),
        _r("coref.body", "'the ministry', 'the statement': the last body or statement source"),
        _r("meeting.phone_call", "a telephone conversation, phone call or phone talks"),
        _r("meeting.video_call", "a video conference or video call"),
        _r("meeting.met", "X met (with) Y; X held talks with Y; X received Y"),
        _r("meeting.joint_subject", "X and Y met / held talks / discussed"),
        _r("meeting.in_meeting_with", "In a meeting with Y, X ...; X in a phone call with Y ..."),
        _r("meeting.counterparts", "X held talks with his Omani and Danish counterparts: one meeting each"),
        _r("meeting.unnamed_group", "the presidents of Iran, Russia and Turkey held talks"),
        _r("meeting.visit", "X visited Kuwait: a meeting with the country when nobody there is named"),
        _r("meeting.planned", "will meet, is scheduled to hold talks: status planned"),
        _r("meeting.followup", "'the two sides discussed', 'in the meeting': more evidence for the last meeting"),
        _r("meeting.topics", "discussed / talked about / conferred on A, B and C"),
        _r("meeting.location", "in Sochi, in Russia's Sochi, in the capital Ankara"),
        _r("meeting.occasion", "on the sidelines of ..."),
        _r("meeting.merge", "two mentions of the same talk merged into one meeting"),
        _r("date.weekday", "on Wednesday: the latest such day on or before publication (next one if planned)"),
        _r("date.month_day", "on November 22, on 22 November 2019"),
        _r("date.today", "today, this evening, tonight: the publication date"),
        _r("date.yesterday", "yesterday: the day before publication"),
        _r("statement.finite", "X stressed / said / condemned CONTENT"),
        _r("statement.coordinated", "..., voiced support for B and stressed the need for C (same speaker)"),
        _r("statement.participle", "..., stressing the need for D"),
        _r("statement.fronted_participle", "Describing X as Y, the minister said ..."),
        _r("statement.fronted_quote", "“...,” he said. / ..., said Wang."),
        _r("statement.according_to", "according to (a statement issued by) X"),
        _r("statement.direct_quote", "said: “...”"),
        _r("statement.content_kind", "a neutral cue whose content sets the kind: 'said Iran is ready to'"),
        _r("statement.target", "the actor the content is aimed at: 'condemned the US' presence'"),
        _r("statement.meeting_link", "said in the meeting: linked to it"),
    )
}


def rule_names() -> tuple[str, ...]:
    return tuple(RULES)
