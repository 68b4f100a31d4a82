"""Statement targets: the actor a statement is aimed at or about, when the text makes it clear.

A statement's ``target`` is what event-data users build source -> target dyads from, so a wrong
target is worse than none: every rule here names one construction class and fires only on it.
:func:`set_target` is the one entry point; the engine calls it for every statement once the
article's actors and coreference are settled.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from string import ascii_lowercase
from typing import Final

from newsfacts.rules.doc import Doc, Entity, Hit, Mention
from newsfacts.rules.statements import StatementDraft

_MAX_TARGET_OFFSET: Final = 40
#: "ties with X", "relations with the X": X is who a (non-neutral) statement is aimed at
_TIES_WITH: Final = re.compile(r"\b(?:ties|relations|relationship)\s+with\s+(?:the\s+)?")
_TARGETS: Final = ("country", "person", "organization")
#: a content opening with a pronoun for what was named before ("it a threat", "them as fabrications")
_PRONOUN_OBJECT: Final = re.compile(r"[“\"]?(?P<p>it|them|its|their|him|her)\b")
#: a modal after a pronoun opening the content: "it would take countermeasures" (the speakers' own side)
_MODAL_AFTER: Final = re.compile(r"\s+(?:would|will|could|can|shall|may|might)\b")
#: the verb after an intention's opening subject: "Oslo would", "Shell remained committed", "Tokyo is ready"
_INTENT_SUBJECT_RX: Final = re.compile(
    r"[”\"]?\s+(?:[a-z]+ly\s+)?(?:would|will|was|were|is|are|remains?|remained|ha[sd]|have|could|can|shall|intends?|"
    r"intended|plans?|planned|wants?|wanted|stands?|stood)\b"
)
#: "accused the government of ...", "urged the national government to ...", "criticised the government's
#: policy", "urged the authorities to release ...": the object, an unnamed state's government
#: (statement.target_government)
_GOVERNMENT_OBJECT: Final = re.compile(
    r"the\s+(?P<name>(?:[a-z]+\s+)?(?:[Gg]overnment|[Aa]uthorities|[Aa]dministration))"
    r"(?:['’]s?\s|\s+(?:of|for|to|over)\s|\s*$)"
)


#: how many statements before a statement its target rules look back at (statement.target_rebuttal)
LOOKBACK: Final = 4


def set_target(doc: Doc, st: StatementDraft, earlier: Sequence[StatementDraft] = ()) -> None:
    """The actor a statement is aimed at. A non-neutral one: the first other person, country or
    organization its content names ("condemned the US' blockade", "Ruritania's decision"), the
    country of the first demonym ("the Omani rulers"), a state's government named by its country
    ("urged the Myanmar authorities to ..."), or the agent of what it is about ("allegations made
    by X"). A neutral one ("said") only when its content plainly opens on another actor (see
    :func:`_neutral_target`). ``earlier`` are the statements told just before, in order."""
    last = earlier[-1] if earlier else None
    if st.kind == "say":  # a neutral statement mentions actors more than it aims at them
        _neutral_target(doc, st, last)
        return
    entities = doc.entities
    speakers_countries = {entities[k].country for k in st.speakers}
    start, end = st.content_span.start, st.content_span.end
    first: tuple[int, int] | None = None  # (position, entity key)
    text = doc.text
    # _victims, made only when a mention or name first stands where a victim may start (after "of ", "the ", ...):
    # most contents have none there, and the scan is a good part of the work here
    victims: frozenset[int] | None = None
    origin = start  # where the window of what is near starts
    for m in doc.mentions_between(start, end):
        if m.end > end:
            break
        if m.lo in (start, start + 4) and (verb_end := _stance_subject(doc, m, start, end)) > 0:
            # statement.target_stance_subject: "said Ruritania strongly condemns the attack": the state that
            # opens the content taking a stance is the speakers' side, its object is whom it is aimed at
            doc.fire("statement.target_stance_subject", m.start, m.end, m.text)
            st.rules.append("statement.target_stance_subject")
            origin = verb_end  # what it is aimed at is told after its verb: the window starts there
            continue
        if text.endswith(_VICTIM_LEFT, 0, m.lo) and m.lo in (
            victims if victims is not None else (victims := _victims(doc, start, end))
        ):
            # statement.target_victim: "condemned the execution of X": X suffered it, whoever did it is aimed at
            doc.fire("statement.target_victim", m.start, m.end, m.text)
            st.rules.append("statement.target_victim")
            continue
        if st.kind == "intend" and m.lo <= start + 6 and (m.possessive or _INTENT_SUBJECT_RX.match(doc.text, m.end)):
            # statement.intent_subject: "said Sonatrach would raise deliveries", "reaffirmed China's commitment to
            # X": whoever opens an intention's content is the side that intends, not whom it is aimed at
            doc.fire("statement.intent_subject", m.start, m.end, m.text)
            continue
        # near the start anything aimed at; further on only a person ("thanked the PM and ...")
        near = m.start <= origin + _MAX_TARGET_OFFSET
        if not near and st.kind == "intend":
            break  # statement.intent_subject: an intention is aimed at whom it names first, if at anyone
        key = _target_key(doc, m, st, speakers_countries, near)
        if key is not None:
            first = (m.lo, key)  # from its title on: "Israeli Prime Minister X" is X, not Israel
            break
    limit, cap = (first[0] if first else end), origin + _MAX_TARGET_OFFSET
    for h in doc.names_between(start, cap if cap < limit else limit):
        if st.kind != "intend" and (body := _state_body(doc, h, end)) is not None:
            # statement.target_state_body: "urged the Myanmar authorities to ...", "UK government": the state's
            # government as written, an organization of that state (the speakers' own too: an opposition's)
            st.target = body
            st.rules.append("statement.target_state_body")
            return
        iso = doc.lexicon.demonyms.get(h.text) if h.table == "demonym" else None
        if (
            iso
            and iso not in speakers_countries
            and not (
                text.endswith(_VICTIM_LEFT, 0, h.start)
                and h.start in (victims if victims is not None else (victims := _victims(doc, start, end)))
            )
        ):
            first = (h.start, country_entity(doc, iso).key)
            break
    if (
        first is None
        and text.find("with", start, end) >= 0
        # the words every match holds, looked for before the scan (its leading \b is tried at every position)
        and (text.find("ties", start, end) >= 0 or text.find("relation", start, end) >= 0)
    ):
        # "readiness to expand ties with Iran": the other side of the ties the content is about
        for tm in _TIES_WITH.finditer(doc.text, start, end):
            for m in doc.mentions_between(tm.end(), tm.end() + 1):
                key = _target_key(doc, m, st, speakers_countries, True)
                if key is not None:
                    first = (m.start, key)
                    break
            if first is not None:
                break
    if first is not None:
        st.target = first[1]
        st.rules.append("statement.target")
    elif st.kind in _AGENT_KINDS and (agent := _agent(doc, st, speakers_countries)) is not None:
        st.target = agent
        st.rules.append("statement.target_agent")
    elif doc.text.startswith("the ", start) and (gm := _GOVERNMENT_OBJECT.match(doc.text, start, end)) is not None:
        _government_target(doc, st, gm, speakers_countries)
    else:
        _pronoun_target(doc, st, last)
        if st.target is None and doc.text.startswith(("him ", "her "), start) and _HIM_HER.match(doc.text, start, end):
            _object_pronoun(doc, st)
        if st.target is None and st.kind in ("reject", "deny"):
            _rebuttal(doc, st, earlier)


def _pronoun_target(doc: Doc, st: StatementDraft, last: StatementDraft | None) -> None:
    """statement.target_pronoun: "criticised the militia for X, calling it a threat", "saying it punishes
    workers", "praised X's work, describing him as ...": the pronoun opening the content is what the cue
    before in the sentence, by the same speakers, was aimed at ("him", "her": a person only)."""
    if last is None or last.target is None or last.sent != st.sent or last.speakers != st.speakers:
        return
    pm = _PRONOUN_OBJECT.match(doc.text, st.content_span.start, st.content_span.end)
    if pm is None or (pm.group("p") in ("him", "her") and doc.entities[last.target].kind != "person"):
        return
    if st.kind == "say" and pm.group("p") in ("its", "their"):
        return  # "saying its closure had hurt traders": a neutral content's possessive is anyone's
    if _MODAL_AFTER.match(doc.text, pm.end(), st.content_span.end) is not None:
        return  # "warned it would take countermeasures": the speakers' side intends, "it" is no object
    st.target = last.target
    st.rules.append("statement.target_pronoun")


def _government_target(doc: Doc, st: StatementDraft, gm: re.Match[str], countries: set[str | None]) -> None:
    """statement.target_government: "accused the government of ...": a government no actor rule resolved
    (an unresolved mention, or none) is the target, an organization named as written, of the speakers'
    state when they share a known one."""
    for m in doc.mentions_between(gm.start("name"), gm.end("name")):
        if doc.refs_of(m):
            return  # a government an actor rule resolved: the rules above had their say
    name = re.sub(r"\s+", " ", gm.group("name"))
    (country,) = countries if len(countries) == 1 else (None,)
    st.target = _organization(doc, "statement.target_government", name, country, gm.start("name"), gm.end("name"))
    st.rules.append("statement.target_government")


def _organization(doc: Doc, rule: str, name: str, country: str | None, start: int, end: int) -> int:
    """The organization a target rule reads at ``[start, end)`` and no actor rule did ("the government", "the
    Myanmar authorities"): one actor per rule, name and state in the article, each reading a mention of it."""
    key = f"{rule.removeprefix('statement.')}:{name.lower()}:{country}"
    if key not in doc.unnamed:
        doc.unnamed[key] = doc.new_entity("organization", name, country=country).key
    e = doc.entity(doc.unnamed[key])
    e.add((start, end), rule)
    return e.key


def _target_key(doc: Doc, m: Mention, st: StatementDraft, countries: set[str | None], near: bool) -> int | None:
    """The first actor ``m`` refers to that ``st`` may be aimed at: not a speaker nor one of the
    speakers' ``countries``; a person, or (``near`` the content's start) a country or organization."""
    for k in doc.refs_of(m):
        e = doc.entities[k]
        if k in st.speakers or e.kind not in _TARGETS:
            continue
        if e.kind == "country" and e.country in countries:
            continue
        if e.kind == "person" and len(e.name.rstrip(".")) < 2:
            continue  # an initial ("L. V. Darii" read as "L") is no one to aim at
        if e.kind == "organization" and doc.text.startswith(_EVENT_AFTER, m.end):
            continue  # "participate in the G20 meetings", "the BRICS summit": a bloc's gathering is no target
        if near or e.kind == "person":
            return k
    return None


#: a gathering named after a bloc: "the G20 meetings", "the BRICS summit", "the ASEAN ministerial session"
_EVENT_AFTER: Final = (" meeting", " summit", " session", " ministerial")


def country_entity(doc: Doc, iso: str) -> Entity:
    """The country actor of ``iso``, made when the article only names it by a demonym."""
    key = f"country:{iso}"
    if key not in doc.unnamed:
        e = doc.new_entity("country", doc.lexicon.country_names.get(iso, iso), country=iso)
        doc.unnamed[key] = e.key
    return doc.entity(doc.unnamed[key])


def _state_body(doc: Doc, h: Hit, end: int) -> int | None:
    """statement.target_state_body: the organization a country or demonym hit ``h`` names with a state-body
    noun right after it ("Myanmar authorities", "the Algerian government"), when no actor rule resolved the
    phrase; None when ``h`` is no such phrase."""
    iso = doc.lexicon.demonyms.get(h.text) if h.table == "demonym" else None
    if h.table == "country":
        iso = doc.lexicon.country_of(h.text)
    if iso is None or doc.text.startswith(("’", "'"), h.end):
        return None
    wm = _WORD.match(doc.text, h.end, end)
    if wm is None or wm.group(1).lower() not in doc.lexicon.state_body_nouns:
        return None
    for m in doc.mentions_between(h.start - 4, wm.end()):
        if m.start < wm.end() and h.start < m.end and doc.refs_of(m):
            return None  # an actor rule read the phrase: the mention loop had its say
    name = doc.text[h.start + 4 if doc.text.startswith("the ", h.start) else h.start : wm.end()]
    return _organization(doc, "statement.target_state_body", name, iso, h.start, wm.end())


#: the kinds whose content's agent is whom they are aimed at: "condemned the attacks by X", "rejected the claims made
#: by X", "demanded the release of a citizen detained by X" (not "the limit recommended by the WHO", warned of)
_AGENT_KINDS: Final = frozenset({"disapprove", "reject", "deny", "appeal"})
#: the next word, after one space
_WORD: Final = re.compile(r" ([A-Za-z]+)\b")
#: "allegations made by X", "a proposal by the X government": the agent of what the content is about
_BY: Final = re.compile(r"\bby (?:the )?")


def _agent(doc: Doc, st: StatementDraft, countries: set[str | None]) -> int | None:
    """statement.target_agent: the actor after "by" in a non-neutral content that names no other actor
    before ("rejected the allegations made by X", "criticised the closure of the crossings by the X
    authorities"): whoever did what the statement is about."""
    start, end = st.content_span.start, st.content_span.end
    if doc.text.find("by ", start, end) < 0:
        return None
    for bm in _BY.finditer(doc.text, start, end):
        at = (bm.start() + 3, bm.end())  # where the agent may start: at "the" or after it
        for m in doc.mentions_between(at[0], at[1] + 1):
            if m.lo in at and (key := _target_key(doc, m, st, countries, True)) is not None:
                return key
        for h in doc.names_between(at[0], at[1] + 1):
            if h.start not in at:
                continue
            if (key := _state_body(doc, h, end)) is not None:
                return key
            iso = doc.lexicon.demonyms.get(h.text) if h.table == "demonym" else None
            if iso is not None and iso not in countries and _PLURAL_NOUN.match(doc.text, h.end, end):
                return country_entity(doc, iso).key  # "by Chinese coast guard vessels", "by Israeli forces"
    return None


#: lower-case words up to a plural noun: "coast guard vessels", "forces", "warplanes"
_PLURAL_NOUN: Final = re.compile(r"(?: [a-z]+){0,2} [a-z]+s\b")


#: the verb after a neutral content's opening subject: "the United States won't", "X is", "X has always"
_SUBJECT_VERB: Final = re.compile(
    r"\s+(?:(?:always|never|still|also|now|not|only|already)\s+)?(?:would|will|won[’']t|wo\s+not|was|wasn[’']t|"
    r"were|is|isn[’']t|are|aren[’']t|has|hasn[’']t|had|have|could|can|cannot|can[’']t|should|must|shall|does|"
    r"doesn[’']t|did|didn[’']t|may|might|needs?|needed)\b"
)
#: what may stand between a feeling's "to" and whom it is addressed to: "to the people of", "to the government
#: and people of", "to the family of"
_ADDRESSEE_HEAD: Final = (
    r"(?:the\s+)?(?:(?:government|people|nation|family|families)\s+(?:and\s+(?:the\s+)?"
    r"(?:government|people|nation)\s+)?of\s+(?:the\s+)?)?"
)
_TO_ADDRESSEE: Final = re.compile(r"\s+to\s+" + _ADDRESSEE_HEAD)
#: the same after a cue that ends on "to" ("conveyed his condolences to | the people of X")
_OF_ADDRESSEE: Final = re.compile(_ADDRESSEE_HEAD)


def _neutral_target(doc: Doc, st: StatementDraft, last: StatementDraft | None) -> None:
    """A neutral statement's target, only where its content plainly opens on another actor:

    * statement.target_possessor: the first actor named, near the start, is a country or organization in
      the possessive ("pointed to the X's seizure of a tanker", "confirmed reports on X's decision");
    * statement.target_subject: the content opens on a country as the subject of a verb ("said the X won't
      achieve anything unless ...");
    * statement.target_talks_with: talks with another side near its start ("said the time for negotiations
      with X has not come");
    * statement.target_expectation: the speakers' side hopes, expects, urges the actor after the verb
      ("said China hopes the United States will ...", "said we urge Washington to ...");
    * statement.target_addressee: a feeling addressed to someone ("conveyed condolences to the people of X").
    """
    start, end = st.content_span.start, st.content_span.end
    countries = {doc.entities[k].country for k in st.speakers}
    # only where the speakers' own side is known (else "X's economy grew", said by an official of X, would
    # be aimed at X) and the cue is no sourcing ("according to" figures)
    if None not in countries and not st.cue.lower().startswith("according to"):
        for m in doc.mentions_between(start, start + _MAX_TARGET_OFFSET if start + _MAX_TARGET_OFFSET < end else end):
            if m.end > end or not doc.refs_of(m):
                continue
            key = _target_key(doc, m, st, countries, True)
            if key is None or doc.entities[key].kind == "person":
                break  # the first actor it names is a speaker's side or a person: no plain target
            if m.possessive and _words_before(doc.text, start, m.lo) <= 2:
                st.target = key
                st.rules.append("statement.target_possessor")
                return
            opening = m.lo == start or (m.lo == start + 4 and doc.text.startswith("the ", start))
            if (
                opening
                and doc.entities[key].kind == "country"
                and not m.plural
                and _SUBJECT_VERB.match(doc.text, m.end, end) is not None
            ):
                st.target = key
                st.rules.append("statement.target_subject")
                return
            break
        if (key := _talks_with(doc, st, countries)) is not None:
            st.target = key
            st.rules.append("statement.target_talks_with")
            return
        if (key := _expectation(doc, st, countries)) is not None:
            st.target = key
            st.rules.append("statement.target_expectation")
            return
    if (key := _addressee(doc, st, countries)) is not None:
        st.target = key
        st.rules.append("statement.target_addressee")
        return
    _pronoun_target(doc, st, last)


def _addressee(doc: Doc, st: StatementDraft, countries: set[str | None]) -> int | None:
    """statement.target_addressee: "conveyed Pakistan's condolences to the people of X", "expressed his
    sympathy to X" (the cue may hold the noun and "to": "conveyed his condolences to | the people of X")."""
    start, end = st.content_span.start, st.content_span.end
    cue = st.cue.lower().split()
    if len(cue) > 1 and cue[-1] == "to" and any(w in doc.lexicon.condolence_nouns for w in cue):
        ats = [_OF_ADDRESSEE.match(doc.text, start, end)]
    else:
        ats = []
        for w in doc.lexicon.condolence_nouns:
            i = doc.text.find(w, start, end)
            if i >= 0 and (i == start or not doc.text[i - 1].isalpha()):
                ats.append(_TO_ADDRESSEE.match(doc.text, i + len(w), end))
    for tm in ats:
        if tm is None:
            continue
        for m in doc.mentions_between(tm.end(), tm.end() + 1):
            if m.lo == tm.end() and (key := _target_key(doc, m, st, countries, True)) is not None:
                return key
    return None


def _words_before(text: str, start: int, at: int) -> int:
    """How many words stand between ``start`` and ``at``, "the" not counted: "reports on" is two."""
    return sum(1 for w in text[start:at].split() if w.lower() != "the")


#: a neutral content's opening subject of the speakers' own side that is no name: "we", "it", "his country"
_OWN_SUBJECT: Final = re.compile(r"(?:we|it|he|she|they|(?:his|her|their|its) (?:country|government))\b", re.IGNORECASE)


def _expectation(doc: Doc, st: StatementDraft, countries: set[str | None]) -> int | None:
    """statement.target_expectation: "China hopes the United States abide by ...", "we expect Washington to
    ...": the content opens on the speakers' own side, an expectation verb, then the actor it is aimed at."""
    start, end = st.content_span.start, st.content_span.end
    at = -1
    om = _OWN_SUBJECT.match(doc.text, start, end)
    if om is not None:
        at = om.end()
    else:
        for m in doc.mentions_between(start, start + 5):
            if m.lo in (start, start + 4) and m.end < end and not m.possessive:
                refs = doc.refs_of(m)
                if refs and all(k in st.speakers or doc.entities[k].country in countries for k in refs):
                    at = m.end
            break
    if at < 0:
        return None
    wm = _WORD.match(doc.text, at, end)
    if wm is None or wm.group(1).lower() not in doc.lexicon.expectation_verbs:
        return None
    after = wm.end() + 1
    for m in doc.mentions_between(after, after + 5):
        if m.lo in (after, after + 4) and (key := _target_key(doc, m, st, countries, True)) is not None:
            return key
    return None


#: a noun, then whom it was done to: "execution of", "attack on a", "strikes against the" (the words
#: ``\b([a-z]+) (?:of|on|against) ((?:the |a |an )?)`` matches, found from the preposition: see _victims)
#: (the space after it is looked at, not taken: in "1 on of X" the "of" is found too)
_HARM_PREP: Final = re.compile(r" (?:of|on|against)(?= )")


#: what every position :func:`_victims` gives ends: the preposition and its space, or the article after it
_VICTIM_LEFT: Final = (" of ", " on ", "against ", "the ", "a ", "an ")


def _victims(doc: Doc, start: int, end: int) -> frozenset[int]:
    r"""statement.target_victim: where, in a content, whom a harm was done to starts ("the execution of X",
    "the attack on a UN convoy"), with and without its article.

    The matches of ``\b([a-z]+) (?:of|on|against) ((?:the |a |an )?)`` in ``text[start:end]``, in order and not
    overlapping, each found from its preposition (a literal the regex engine skips to; the pattern's leading
    ``\b[a-z]+`` is tried at every word): the noun is the run of letters a-z that ends at the space before it."""
    text = doc.text
    harm_nouns = doc.lexicon.harm_nouns
    out: set[int] = set()
    floor = start  # where the match before ends: the next starts no earlier
    for pm in _HARM_PREP.finditer(text, start, end):
        p = pm.start()
        if p <= floor:
            continue  # no noun: the match before ends at or after it
        # the run of a-z letters before it, back to ``floor`` at most: one strip in C, not a loop per letter
        w = floor + len(text[floor:p].rstrip(ascii_lowercase))
        if w == p or (w > 0 and (text[w - 1].isalnum() or text[w - 1] == "_")):
            continue  # no noun, or one inside a word (no \b before it), or one the match before overlaps
        e = pm.end() + 1
        for article in ("the ", "a ", "an "):
            if text.startswith(article, e, end):
                e += len(article)
                break
        if text[w:p] in harm_nouns:
            out.update((pm.end() + 1, e))
        floor = e
    return frozenset(out)


#: "negotiations with the US", "talks with Washington": the other side of talks a neutral content is about
_TALKS_WITH: Final = re.compile(r"\b(?:negotiations?|talks|dialogue|meetings?)\s+with\s+(?:the\s+)?")


def _talks_with(doc: Doc, st: StatementDraft, countries: set[str | None]) -> int | None:
    """statement.target_talks_with: "said the time for negotiations with the US has not come": the other side
    of the talks a neutral content opens on (near its start), a country or organization."""
    start = st.content_span.start
    end = start + _MAX_TARGET_OFFSET if start + _MAX_TARGET_OFFSET < st.content_span.end else st.content_span.end
    if doc.text.find("with", start, end) < 0:
        return None  # a substring test before the scan (its leading \b is tried at every position)
    for tm in _TALKS_WITH.finditer(doc.text, start, end):
        for m in doc.mentions_between(tm.end(), tm.end() + 1):
            if (key := _target_key(doc, m, st, countries, True)) is not None and doc.entities[key].kind != "person":
                return key
    return None


#: a content opening on a person's object pronoun: "urged him to ...", "praised her for ..."
#: ("her" then a preposition: "her colleagues", "her country's troops" are possessive)
_HIM_HER: Final = re.compile(r"(?:him|her) (?:to|for|of|as|against|over|on)\b")


def _object_pronoun(doc: Doc, st: StatementDraft) -> None:
    """statement.target_object_pronoun: "X met Y ... He urged him to ...": the object pronoun of the cue is the
    one person other than the speakers named in that sentence before the cue or in the sentence before it
    (none when there are several: no guess)."""
    lo = doc.sentences[st.sent - 1].start if st.sent > 0 else doc.sentences[st.sent].start
    found: set[int] = set()
    for m in doc.mentions_between(lo, st.content_span.start):
        if m.end > st.content_span.start or m.kind == "pronoun":
            continue
        for k in doc.refs_of(m):
            if k not in st.speakers and doc.entities[k].kind == "person" and len(doc.entities[k].name) > 1:
                found.add(k)
    if len(found) == 1:
        st.target = found.pop()
        st.rules.append("statement.target_object_pronoun")


#: a rejection's whole object: "the accusations", "these claims as ...", "“the criticism”"
_REBUTTED: Final = re.compile(
    r"[“\"]?(?:the|these|those|this|such|that|all)\s+(?:[a-z]+\s+)?([a-z]+)(?:[”\"]?\s*$|\s+as\b)"
)


def _rebuttal(doc: Doc, st: StatementDraft, earlier: Sequence[StatementDraft]) -> None:
    """statement.target_rebuttal: "X accused Y of ... Y rejected the accusations": a rejection or denial of what
    was said, as a whole, is aimed at the speaker of the non-neutral statement just before it (within two
    sentences), one actor that is none of its own speakers."""
    rm = _REBUTTED.match(doc.text, st.content_span.start, st.content_span.end)
    if rm is None or rm.group(1) not in doc.lexicon.rebutted_nouns:
        return
    for prev in reversed(earlier):
        if st.sent - prev.sent > 2:
            return
        if prev.kind == "say":
            continue
        if len(prev.speakers) != 1 or set(prev.speakers) & set(st.speakers):
            return
        (key,) = prev.speakers
        if doc.entities[key].kind not in _TARGETS:
            return
        st.target = key
        st.rules.append("statement.target_rebuttal")
        return


#: what may stand between a subject and its stance verb: an adverb, a negation ("strongly", "would not")
_STANCE_GAP: Final = re.compile(
    r"\s+(?:(?:[a-z]+ly|also|again|always|firmly)\s+)?(?:(?:would|will|does|did|do)\s+(?:not|never)\s+)?"
    r"(?P<verb>[a-z]+)\b"
)


def _stance_subject(doc: Doc, m: Mention, start: int, end: int) -> int:
    """statement.target_stance_subject: does ``m``, opening a non-neutral content ("the" allowed before it),
    take a stance itself ("Ruritania strongly condemns ...", "X would not accept ...")? Then it is the side
    that speaks, not the one aimed at. Where its verb ends, or 0."""
    if (m.lo != start and not doc.text.startswith("the ", start)) or m.possessive:
        return 0
    gm = _STANCE_GAP.match(doc.text, m.end, end)
    if gm is None:
        return 0
    cue = doc.lexicon.cues.get(gm.group("verb"))
    return gm.end() if cue is not None and cue.kind != "say" else 0
