"""The extraction engine: run the rule families over one article, in order.

    segment → actors (mentions) → coref → per sentence: meetings, statements → merge → facts

:func:`extract_facts` is the one entry point; it never changes ``text`` and every span it
returns indexes it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import Final

from attrs import frozen

from newsfacts import text as textmod
from newsfacts.lexicon import Lexicon, load_lexicon
from newsfacts.models import ACTOR_KINDS, Actor, Meeting, Span, Statement
from newsfacts.prefilter import holds_any, required_words
from newsfacts.rules import actors as actors_mod
from newsfacts.rules import targets as targets_mod
from newsfacts.rules.coref import resolve_entities
from newsfacts.rules.doc import Doc
from newsfacts.rules.doc import span as span_of
from newsfacts.rules.home import Home, assign_home
from newsfacts.rules.meetings import MeetingDraft, MeetingState, detect_meetings, merge_meetings
from newsfacts.rules.registry import Firing, Rule
from newsfacts.rules.statements import StatementDraft, StatementState, extract_statements

#: Sentences longer than this are no natural sentences (a table, a list, garbage): the
#: meeting and statement rules skip them, which keeps extraction linear in the text.
MAX_SENTENCE_CHARS: Final = 3000


@frozen
class Trace:
    """What ``newsfacts explain`` needs: the sentences and every rule firing.

    Firings are kept as plain ``(rule, start, end, note)`` tuples and become
    :class:`Firing` objects only when asked for: most callers never look.
    """

    sentences: tuple[Span, ...]
    raw_firings: tuple[tuple[str, int, int, str], ...] = ()

    @property
    def firings(self) -> tuple[Firing, ...]:
        return tuple(Firing(r, Span(s, e), n) for r, s, e, n in self.raw_firings)


@frozen
class Facts:
    """The facts of one article: actors, meetings and statements with ids a1.., m1.., s1.."""

    actors: tuple[Actor, ...]
    meetings: tuple[Meeting, ...]
    statements: tuple[Statement, ...]
    warnings: tuple[str, ...]
    trace: Trace


#: Guillemets (European and agency pages quote with them) read as the English curly quotes the rules
#: know, and the Arabic and full-width commas (pages translated from Arabic or Chinese keep them: "the
#: ambassadors of the United Kingdom، Japan and Russia") as commas: one character for one, so every offset
#: stays valid (the article keeps its text; a content holding a guillemet shows the curly quote).
_WESTERN_PUNCTUATION: Final = (
    ("\u00ab", "\u201c"),
    ("\u00bb", "\u201d"),
    ("\u2039", "\u2018"),
    ("\u203a", "\u2019"),
    ("\u060c", ","),
    ("\uff0c", ","),
)


def _western_punctuation(text: str) -> str:
    """``text`` with its guillemets as curly quotes and its Arabic and full-width commas as commas, for the rules
    to read (``text`` itself when it has none)."""
    # a replace per character the text holds: str.translate looks every character up in a table, a tenth of
    # a millisecond for an article that one "›" of page chrome holds
    for mark, western in _WESTERN_PUNCTUATION:
        if mark in text:
            text = text.replace(mark, western)
    return text


def _unwrapped(text: str, spans: tuple[Span, ...]) -> str:
    """``text`` with the line breaks inside its body spans as spaces: cleaning gives a span of more than one line
    only to a paragraph of hard-wrapped text (``newsfacts.clean``), whose lines are one paragraph."""
    breaks = [s for s in spans if text.find("\n", s.start, s.end) >= 0]
    if not breaks:
        return text
    chars = list(text)
    for s in breaks:
        for i in range(s.start, s.end):
            if chars[i] == "\n":
                chars[i] = " "
    return "".join(chars)


def extract_facts(
    text: str,
    body_spans: Iterable[Span] | None = None,
    *,
    published: dt.date | None = None,
    title: Span | None = None,
    lexicon: Lexicon | None = None,
    rules: Iterable[Rule] = (),
    home: Home | None = None,
) -> Facts:
    """Extract actors, meetings and statements from the body of ``text``.

    ``body_spans`` are the article's paragraphs in ``text`` (all of it when ``None``; a paragraph of several
    lines is hard-wrapped text, whose line breaks are read as spaces);
    ``published`` anchors relative dates; ``title`` is where the headline lies in ``text``:
    only the place it names is read (``meeting.title_place``), since headlines are written in a
    telegraphic style the other rules are not for; ``rules`` are plugin rules (see
    :class:`Rule`); ``home`` is the article's home country (``newsfacts.rules.home``), which
    coreference reads (``coref.home_*``) and the last step gives to the officials the text left
    without a country (``actor.home_country``).
    """
    lx = lexicon if lexicon is not None else load_lexicon()
    given = text  # what a statement's content is copied from (the rules may read guillemets or line breaks changed)
    text = _western_punctuation(text)
    spans = tuple(body_spans) if body_spans is not None else (Span(0, len(text)),)
    if body_spans is not None:
        text = _unwrapped(text, spans)
    sents = textmod.sentences(text, spans)
    doc = Doc(
        text=text,
        sentences=sents,
        lexicon=lx,
        published=published,
        home=home.country if home is not None else None,
        title=(title.start, title.end) if title is not None else None,
    )
    raw = tuple([(s.start, s.end) for s in spans])
    actors_mod.find_mentions(doc, raw)
    resolve_entities(doc)
    mstate = MeetingState()
    sstate = StatementState()
    drafts: list[StatementDraft] = []
    # the plugin rules whose words the article holds: a rule none of whose words it holds matches in no sentence
    compiled = [c for c in _compiled_rules(tuple(rules)) if holds_any(text, c[2])]
    for i, sent in enumerate(sents):
        if sent.end - sent.start > MAX_SENTENCE_CHARS:
            if not any(w.startswith("skipped") for w in doc.warnings):
                doc.warnings.append(f"skipped sentences longer than {MAX_SENTENCE_CHARS} characters")
            continue
        detect_meetings(doc, i, mstate)
        found = extract_statements(doc, i, mstate, sstate)
        for r, rx, words in compiled:
            for st in _plugin_rule(doc, i, r, rx, words, mstate):
                if not _merge_duplicate(found, st):
                    found.append(st)
        for st in found:
            _link_meeting(doc, st, mstate)
            doc.fire(st.rules[0], st.evidence.start, st.evidence.end, f"{st.cue!r} ({st.kind})")
        drafts += found
        sstate.prev = (i, found)
    kept = _drop_superseded_visits(doc, mstate.drafts)
    meetings, into = merge_meetings(doc, kept)
    draft_to_meeting: dict[int, int] = {}
    # where each kept draft stands in ``kept``, by identity: a lookup per draft, not a walk over ``kept``
    # (drafts x kept grew with the square of a long text's meetings)
    kept_at = {id(k): j for j, k in enumerate(kept)}
    for i, d in enumerate(mstate.drafts):
        j = kept_at.get(id(d))
        if j is not None:
            draft_to_meeting[i] = into[j]
    for i, st in enumerate(drafts):
        targets_mod.set_target(doc, st, drafts[max(0, i - targets_mod.LOOKBACK) : i])
        if st.meeting is not None:
            st.meeting = draft_to_meeting.get(st.meeting)
            if st.meeting is not None:
                _named_speakers(doc, st, meetings[st.meeting])
    used = _used(meetings, drafts)  # (assigning home countries changes no party, speaker or target)
    if home is not None:
        assign_home(doc, home, used, [d.participants for d in meetings])
    return _build(doc, meetings, drafts, given, used)


@functools.lru_cache(maxsize=32)
def _compiled_rules(
    rules: tuple[Rule, ...],
) -> tuple[tuple[Rule, re.Pattern[str], frozenset[str] | None], ...]:
    """Plugin rules with their patterns compiled, and the words a sentence must hold for each
    to match: once per set of rules, not per article."""
    out = []
    for r in rules:
        if r.pattern is not None:
            rx = re.compile(r.pattern)
            out.append((r, rx, required_words(rx)))
    return tuple(out)


def _merge_duplicate(found: list[StatementDraft], st: StatementDraft) -> bool:
    """Fold ``st`` into a statement of ``found`` told by the same sentence with an overlapping
    content (a plugin rule and a built-in rule reading the same words): one statement that
    carries both rules' names. True when it was folded."""
    c = st.content_span
    for other in found:
        o = other.content_span
        if other.evidence == st.evidence and o.start < c.end and c.start < o.end:
            for name in st.rules:
                if name not in other.rules:
                    other.rules.append(name)
            return True
    return False


def _plugin_rule(
    doc: Doc, i: int, rule: Rule, rx: re.Pattern[str], words: frozenset[str] | None, mstate: MeetingState
) -> list[StatementDraft]:
    """Run a declarative plugin rule (a regex with named groups) over one sentence."""
    span = doc.sentences[i]
    out: list[StatementDraft] = []
    if not holds_any(doc.text, words, span.start, span.end):
        return out  # the sentence lacks every word a match holds ("quoted"): the regex is not run
    for m in rx.finditer(doc.text, span.start, span.end):
        groups = m.groupdict()
        if rule.family == "statement" and groups.get("speaker") is not None and groups.get("content") is not None:
            s0, s1 = m.span("speaker")
            keys = [
                k for mm in doc.mentions_between(s0 - 200, s1) if mm.start < s1 and s0 < mm.end for k in doc.refs_of(mm)
            ]
            if not keys:
                continue
            c0, c1 = m.span("content")
            cue = m.group("cue") if groups.get("cue") is not None else m.group()[:40]
            out.append(
                StatementDraft(
                    keys, cue, rule.kind, doc.text[c0:c1], Span(c0, c1), span, False, [rule.name], c0, sent=i
                )
            )
        elif rule.family == "meeting" and groups.get("a") is not None and groups.get("b") is not None:
            ka = [
                k
                for mm in doc.mentions_between(m.start("a") - 200, m.end("a"))
                if mm.start < m.end("a") and m.start("a") < mm.end
                for k in doc.refs_of(mm)
            ]
            kb = [
                k
                for mm in doc.mentions_between(m.start("b") - 200, m.end("b"))
                if mm.start < m.end("b") and m.start("b") < mm.end
                for k in doc.refs_of(mm)
            ]
            if ka and kb:
                d = MeetingDraft(list(dict.fromkeys(ka + kb)), rule.modality, "held", i, [span], rules=[rule.name])
                mstate.drafts.append(d)
    return out


def _held_elsewhere(o: MeetingDraft, countries: set[str | None]) -> bool:
    """Was ``o`` told in a place of a state other than the visited ones (meeting.visit_elsewhere)?"""
    loc = o.location
    return loc is not None and loc.country is not None and loc.country not in countries


def _drop_superseded_visits(doc: Doc, drafts: list[MeetingDraft]) -> list[MeetingDraft]:
    """A visit to a country is a meeting with it only when nobody met there is named."""
    out = []
    for d in drafts:
        if "meeting.visit" in d.rules and len(drafts) < 200:
            countries = {doc.entity(k).country for k in d.participants if doc.entity(k).kind == "country"}
            people = set(d.participants) - {k for k in d.participants if doc.entity(k).kind == "country"}
            if any(
                o is not d
                and "meeting.visit" not in o.rules
                and people & set(o.participants)
                and o.modality == "in_person"
                # meeting.visit_noun_any_status: "X's visit to Saudi Arabia" (no "upcoming", no day) tells no tense:
                # the named talks of the visit, held or planned, are it
                and (
                    o.status == d.status or ("meeting.on_a_visit" in d.rules and d.date is None and d.status == "held")
                )
                and (
                    o.sent == d.sent
                    or any(doc.entity(k).country in countries for k in o.participants if k not in people)
                    # meeting.visit_hosts_there: "Zuma hosted Kenyatta in Durban ... Kenyatta's first visit to
                    # South Africa": a host the text gives no country, met in a place of the visited state
                    or (o.location is not None and o.location.country in countries)
                )
                # meeting.visit_elsewhere: "X held talks with Syrian FM Y in Cairo ... two months after X's visit to
                # Damascus": a talk told in a place of another state is no part of the visit
                and not _held_elsewhere(o, countries)
                for o in drafts
            ):
                continue
            if any(
                o is not d
                and "meeting.visit" not in o.rules
                and people & set(o.participants)
                and _held_elsewhere(o, countries)
                for o in drafts
            ):
                d.rule("meeting.visit_elsewhere")
        out.append(d)
    return out


def _named_speakers(doc: Doc, st: StatementDraft, meeting: MeetingDraft) -> None:
    """statement.named_party: the meeting a statement tells of named the unnamed role-holder who speaks ("his
    Egyptian counterpart" of a talk merged with one naming Sameh Shoukry): its person of that country speaks."""
    for i, k in enumerate(st.speakers):
        e = doc.entities[k]
        if e.kind != "person" or not e.unnamed or k in meeting.participants:
            continue
        named = [
            p
            for p in meeting.participants
            if p not in st.speakers
            and doc.entities[p].kind == "person"
            and not doc.entities[p].unnamed
            and doc.entities[p].country == e.country
        ]
        if len(named) == 1:
            st.speakers[i] = named[0]
            st.rules.append("statement.named_party")


def _link_meeting(doc: Doc, st: StatementDraft, mstate: MeetingState) -> None:
    speakers = set(st.speakers)
    for i in range(len(mstate.drafts) - 1, -1, -1):
        d = mstate.drafts[i]
        if st.sent - d.sent > 4:
            break
        if speakers <= set(d.participants):
            st.meeting = i
            st.rules.append("statement.meeting_link")
            return


def _used(meetings: list[MeetingDraft], drafts: list[StatementDraft]) -> set[int]:
    """The entities the output names: meeting parties, speakers and targets."""
    used: set[int] = set()
    for d in meetings:
        used.update(d.participants)
    for st in drafts:
        used.update(st.speakers)
        if st.target is not None:
            used.add(st.target)
    return used


def _build(doc: Doc, meetings: list[MeetingDraft], drafts: list[StatementDraft], given: str, used: set[int]) -> Facts:
    """The frozen facts of the entities ``used`` (:func:`_used`); a statement's content copied from ``given``, the
    text as the caller gave it (the rules read a copy whose guillemets are curly quotes and whose wrapped lines are
    one: same offsets)."""
    entities = doc.entities
    unmentioned = len(doc.text)

    def first_pos(k: int) -> tuple[int, int]:
        mentions = entities[k].mentions
        return (min(mentions)[0] if mentions else unmentioned + k), k

    order = sorted(used, key=first_pos)
    ids = {k: f"a{i + 1}" for i, k in enumerate(order)}
    actors = []
    for k in order:
        e = entities[k]
        # (the fields by position, in their order, which tests/test_models.py pins: a call by keywords packs and
        # unpacks a dict per object)
        actors.append(
            Actor(
                ids[k],  # id
                e.kind if e.kind in ACTOR_KINDS else "group",  # kind
                e.name,  # name
                e.country,  # country
                e.role,  # role
                tuple([span_of(s, t) for s, t in sorted(e.mentions)]),  # mentions
                e.unnamed,  # unnamed
                tuple(e.rules),  # rules
            )
        )
    mids: dict[int, str] = {}
    out_meetings = []
    for i, d in enumerate(meetings):
        mid = f"m{i + 1}"
        mids[id(d)] = mid
        out_meetings.append(
            Meeting(  # (the fields by position, as the actors')
                mid,  # id
                tuple([ids[k] for k in d.participants]),  # participants
                d.modality,  # modality
                d.status,  # status
                d.date,  # date
                d.location,  # location
                d.occasion,  # occasion
                tuple(d.topics),  # topics
                tuple(d.evidence),  # evidence
                tuple(d.rules),  # rules
            )
        )
    # statements link to the merged meeting that holds their draft's evidence
    statements = []
    for i, st in enumerate(drafts):
        meeting_id = None
        if st.meeting is not None and set(st.speakers) <= set(meetings[st.meeting].participants):
            meeting_id = out_meetings[st.meeting].id
        statements.append(
            Statement(  # (the fields by position, as the actors')
                f"s{i + 1}",  # id
                tuple([ids[k] for k in st.speakers]),  # speakers
                st.cue,  # cue
                st.kind,  # kind
                st.content if given is doc.text else given[st.content_span.start : st.content_span.end],  # content
                st.evidence,  # evidence
                st.direct,  # direct
                ids.get(st.target) if st.target is not None else None,  # target
                st.source,  # source
                meeting_id,  # meeting
                tuple(dict.fromkeys(st.rules)),  # rules
            )
        )
    return Facts(
        actors=tuple(actors),
        meetings=tuple(out_meetings),
        statements=tuple(statements),
        warnings=tuple(doc.warnings),
        trace=Trace(doc.sentences, tuple(dict.fromkeys(doc.firings))),
    )
