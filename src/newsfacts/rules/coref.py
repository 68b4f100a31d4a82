"""Coreference rules: link every mention to the entity (actor) it refers to.

Names link by their tokens (``coref.surname``: "Rahimi" is "Farid Rahimi"), descriptions
to the last person who fits their country and role (``coref.description``), pronouns to the
last person in subject position (``coref.pronoun``), bodies and countries by their canonical
name. Groups ("the two diplomats", "they") depend on the meetings found so far, so the
engine resolves them sentence by sentence through :func:`resolve_group`.
"""

from __future__ import annotations

import collections
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Set as AbstractSet
from typing import Final

from newsfacts.lexicon import Lexicon, word_list
from newsfacts.rules.doc import WORD_AFTER_RX, Doc, Entity, Mention
from newsfacts.rules.home import home_role

PREPOSITIONS: Final = frozenset(
    {
        "with",
        "to",
        "by",
        "of",
        "from",
        "between",
        "for",
        "on",
        "in",
        "at",
        "about",
        "against",
        "among",
        "over",
        "toward",
        "towards",
        "into",
        "upon",
        "than",
        "via",
        "including",
    }
)
_WORD: Final = re.compile(r"[a-z0-9]+")
# the word sets coref reads (leader_role, envoy_role, no_minister_role, generic_role, rank_word,
# honorific_token) are lexicon tables: Lexicon.leader_roles, .envoy_roles, ... (plugins extend them)
_WORD_RX: Final = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=4096)
def name_tokens(name: str, honorifics: frozenset[str]) -> tuple[str, ...]:
    """The folded words of a name without its ``honorifics`` (``Lexicon.honorific_tokens``)."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    toks = _WORD.findall(s)
    return tuple(t for t in toks if t not in honorifics) or tuple(toks)


#: the built-in ``patronymic`` and ``surname_particle`` tables (``Lexicon.patronymics``, ``.surname_particles``
#: hold plugins' rows too): what :func:`same_person` compares with when no lexicon's sets are given
_PATRONYMIC: Final = frozenset(word_list("patronymic"))
_SURNAME_PARTICLES: Final = frozenset(word_list("surname_particle"))


def same_person(
    a: str,
    b: str,
    honorifics: frozenset[str],
    patronymics: frozenset[str] = _PATRONYMIC,
    particles: frozenset[str] = _SURNAME_PARTICLES,
) -> bool:
    """Do two names refer to the same person? ("Haddad" and "Karim Haddad", "Li" and "Li Wei").

    ``patronymics`` and ``particles`` are ``Lexicon.patronymics`` and ``Lexicon.surname_particles``."""
    ta, tb = name_tokens(a, honorifics), name_tokens(b, honorifics)
    if not ta or not tb:
        return False
    short, full = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if particles.intersection(short) and full[-len(short) :] == short:
        # coref.compound_surname: "Villasenor de la Garza" is "Rosa Elena Villasenor de la Garza": a surname
        # joined by particles that ends a fuller name
        return True
    if (a[1:2] == "." or b[1:2] == ".") and (initials := _initials_agree(ta, tb)) is not None:
        # coref.initials: "M.L. Bogdanov" is "Mikhail Bogdanov", "M. de Sarnez" is "Marielle de Sarnez": initials
        # for given names, the first one the other name's first letter, and the same surname
        return initials
    if ta[0] != tb[0] and (
        (patronymics.intersection(ta[1:]) and patronymics.intersection(tb[1:])) or (len(ta) >= 3 and len(tb) >= 3)
    ):
        # "Mohamed bin Zayed Al Nahyan" and "Abdullah bin Zayed Al Nahyan", "Salem Abdullah Al-Sabah" and
        # "Mishal Ahmad Al-Sabah": full names with other given names are relatives, not one person
        return False
    if (
        2 <= len(short) < len(full)
        and short[0] in patronymics
        and any(full[i : i + len(short)] == short for i in range(1, len(full) - len(short) + 1))
    ):
        # coref.patronymic_short: "Bin Farhan" is "Faisal bin Farhan Al Saud": a later short name opening with
        # "bin" that stands inside a fuller name
        return True
    if (
        len(short) == 1
        and short[0] != full[0]
        and any(full[i] == short[0] and full[i - 1] in patronymics for i in range(1, len(full)))
    ):
        # coref.father_name: "King Salman" is not "Mohammed bin Salman", "King Abdullah" not "Crown Prince Al
        # Hussein bin Abdullah II": a lone name after "bin" is the father's, wherever it stands in the full name
        return False
    if (
        len(short) >= 2
        and ta[0][:2] != tb[0][:2]
        and len(ta[0]) > 3  # "Amb McDonald", "Sen Lee": an abbreviated title, no given name
        and len(tb[0]) > 3
        and full[-len(short) :] != short
        and full[: len(short)] != short
    ):
        # coref.other_given_name: "Gotabaya Rajapaksa" is not "Mahinda Rajapaksa", "Jill Biden" not "Joe Biden":
        # two full names with one surname and other given names are relatives ("Joe" and "Joseph" may be one)
        return False
    if ta[-1] == tb[-1]:
        return True
    if (len(ta) == 1 and ta[0] in tb) or (len(tb) == 1 and tb[0] in ta):
        return True
    if "".join(ta[-2:]) == "".join(tb[-2:]):
        return True
    # coref.name_prefix: "Mr Ahmad Faizal" is "Ahmad Faizal Rahman", "Sayyid Hamad bin Said" is "Sayyid Hamad
    # bin Said Al Busaidi": the given names of two words or more that open a fuller name
    return len(short) >= 2 and full[: len(short)] == short


def _name_weight(name: str, honorifics: frozenset[str]) -> tuple[int, int]:
    """How full a name is, to tell which of one person's names the entity keeps: its words, then its initials
    ("Mikhail Bogdanov" over "M.L. Bogdanov", "S. Jaishankar" over "Jaishankar")."""
    toks = name_tokens(name, honorifics)
    return sum(len(t) > 1 for t in toks), len(toks)


def _initials_agree(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool | None:
    """Do the initials that open one name stand for the given names of the other, with the same surname after
    them? None when neither name opens with an initial, or both do. (The caller tells an initial by its period:
    "O'Sullivan" folds to "o", "sullivan" too.)"""
    na = next((i for i, t in enumerate(ta) if len(t) > 1), len(ta))
    nb = next((i for i, t in enumerate(tb) if len(t) > 1), len(tb))
    if (na == 0) == (nb == 0):
        return None
    (ini, n), full = ((ta, na), tb) if na else ((tb, nb), ta)
    rest = ini[n:]
    if not rest or len(full) <= len(rest) or full[-len(rest) :] != rest:
        return None  # no surname after the initials, or another one: the rules below decide
    # the first initial only: a second may be a patronymic's ("M.L. Bogdanov", Mikhail Leonidovich)
    return full[0][0] == ini[0]


_DETERMINERS: Final = frozenset(["his", "her", "the", "a", "an", "its", "their", "two", "both"])
#: a mention's fields, read in C (by ``map``)
_KIND: Final = operator.attrgetter("kind")
_MEMBERS: Final = operator.attrgetter("members")
_ASCII_LETTERS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


#: a sentence's opening phrase up to the comma that closes it ("According to a statement by X's office, ")
_OPENING_PHRASE_RX: Final = re.compile(
    r"\W*(?:According to|In|On|During|After|Following|Speaking)\b[^,;.“”\"]{0,100},\s+"
)
#: words before a description that make it no reference to anyone ("no minister can ...", "any envoy")
_QUANTIFIERS: Final = frozenset({"no", "any", "every", "each"})


def _object_of_verb(lx: Lexicon, word: str) -> bool:
    """Is ``word`` a finite verb whose next noun phrase is its object ("told", "urged", "thanked"), not
    the subject of an inverted cue (", said the minister")?"""
    if word in lx.object_verbs:
        return True
    c = lx.cues.get(word)
    return c is not None and c.form == "finite" and (c.base == "tell" or c.base not in lx.fronting_verbs)


def preceding_word(doc: Doc, pos: int) -> str:
    """The word before ``pos``, looking through determiners ("with his" -> "with")."""
    key = ("preceding_word", pos)
    found = doc.memo.get(key)
    if found is None:
        found = ""
        window = doc.text[pos - 40 if pos > 40 else 0 : pos]
        nl = window.rfind("\n")
        if nl >= 0:
            # coref.line_start: a headline or caption above ends with no stop ("... has hosted"): no word of its
            # is the word before a line's first name
            window = window[nl + 1 :]
        found = _last_word(window)
        doc.memo[key] = found
    return found  # type: ignore[return-value]


def _last_word(window: str) -> str:
    r"""The last token of ``window`` that is no determiner, lower-cased ("" for none): a token is a run of ASCII
    letters or any other character but white space (the tokens of ``re.findall(r"[A-Za-z]+|[^\sA-Za-z]", window)``,
    read from the end: the word wanted is near it, and the scan stops there)."""
    # (the white space and a word's letters stripped by str.rstrip, in C: a loop per character costs several times more)
    head = window.rstrip()
    while head:
        c = head[-1]
        # a word's letters, or one character of any other kind
        rest = head.rstrip(_ASCII_LETTERS) if "a" <= c <= "z" or "A" <= c <= "Z" else head[:-1]
        low = head[len(rest) :].lower()
        if low not in _DETERMINERS:
            return low
        head = rest.rstrip()
    return ""


def subjectish(doc: Doc, m: Mention) -> bool:
    """Is the mention likely a clause subject (not after a preposition, not a possessive)?"""
    if m.possessive:
        return False
    start = m.lo
    word = preceding_word(doc, start)
    if word in PREPOSITIONS:
        return False
    # "A met B", "A received B": B is an object
    lx = doc.lexicon
    c = lx.cues.get(word)
    takes_object = c is not None and c.form != "participle" and (c.kind != "say" or c.base == "tell")
    if word in lx.meeting_verbs and word in lx.meeting_nouns:
        # coref.noun_before_subject: "During the meeting Mitov held ...": "meeting" after a determiner is a noun
        # that ends a fronted phrase, no verb whose object follows
        before = doc.text[max(0, start - 60) : start].rstrip()
        if before[-len(word) :].lower() == word and _DETERMINER_LEFT_RX.search(before, 0, len(before) - len(word)):
            return not takes_object
    return not (word in lx.meeting_verbs or takes_object)


#: a determiner (and a modifier) right before a word: the word is a noun
_DETERMINER_LEFT_RX: Final = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:[\w-]+\s+)?$"
)


#: titles of who speaks for an office: one of them told is any other ("Press Secretary X ... the spokesman")
_SPEAKER_ROLES: Final = ("spokesman", "spokeswoman", "spokesperson", "press secretary")


def role_fits(lx: Lexicon, desc_role: str | None, e: Entity) -> int:
    """How well a description's role ("Minister", "Foreign Minister") fits the person ``e``:
    2 they hold it, 1 they may (no role to compare, a generic one), 0 they do not."""
    if desc_role in lx.envoy_roles and e.role_head in lx.leader_roles:
        return 0  # coref.envoy_not_leader: "the French envoy" is not the French president
    if desc_role == "Minister" and e.role_head in lx.no_minister_roles:
        return 0  # coref.minister_not_spokesman: "said the minister will travel" is not the spokesman
    if desc_role == "Minister":
        # coref.minister_not_leader: "the minister" is a premier or president only when no one else fits
        return 1 if e.role_head in lx.leader_roles else 2
    if not desc_role or desc_role in lx.generic_roles:
        return 1
    role, head = e.role, e.role_head
    have = (f"{role} {head}" if role and head else role or head or "").lower()
    if desc_role in lx.royal_titles and (not have or "counterpart" in have.split()):
        # coref.royal_untitled: "the King" is a monarch, whom the text titles; not a person told untitled or
        # only as someone's counterpart
        return 0
    if not have or "counterpart" in have.split():
        return 1  # "his Honduran counterpart X" holds the role of the one he met: any role may be his
    want = desc_role.lower()
    if want in have:
        at = have.find(want)
        if at > 0 and have.endswith((" for the ", " to the ", " of the ", " for ", " to "), 0, at):
            return 0  # coref.role_of_another: the "Spokesman for the Secretary-General" is not the Secretary-General
        return 2
    if want in ("special envoy", "special representative") and (
        "special envoy" in have or "special representative" in have
    ):
        return 2  # coref.special_envoy_representative: a state's "special envoy for X" is its "special representative"
    if have == "minister" and want.endswith(" minister"):
        return 1  # coref.any_minister: who was only "the minister" may hold any ministry ("Morocco's FM")
    if not role and head in lx.generic_roles:
        return 1  # coref.generic_only: who was only "the senior cleric", "the official" may bear any title
    if want in _SPEAKER_ROLES and any(r in have for r in _SPEAKER_ROLES):
        return 2  # coref.spokesperson_press_secretary: "the ministry's spokesman" is its press secretary X
    # a foreign minister is also the top diplomat, a president the chief executive
    if want == "foreign minister" and (
        "fm" in have.split()
        or chief_diplomat((head or "").lower(), role)
        # coref.committee_not_minister: "the Chair of the Foreign Affairs Committee" is no foreign minister
        or ("foreign affairs" in have and ("minister" in have or "secretary" in have))
    ):
        return 2
    # coref.leader: "the Zimbabwean leader" is who leads a state (president, prime minister, king ...); "the
    # head of state" is its president or monarch, "the head of government" its premier or president, named or not
    if (
        want in ("leader", "head of state", "head of government")
        and e.role_head in lx.leader_roles
        and not _rank_words(lx, have)
    ):
        return 2
    if want == "president" and "head of state" in have and not _rank_words(lx, have):
        return 2  # coref.head_of_state_president: "Head of State X ... The President named ...": a republic's
    return 0


#: the titles of a state's chief diplomat besides "Foreign Minister": the "top diplomats" of the US and the UK
_CHIEF_DIPLOMAT_HEADS: Final = frozenset({"secretary of state", "foreign secretary"})


def chief_diplomat(head: str, role: str | None) -> bool:
    """coref.chief_diplomat: does a title headed ``head`` make its holder their state's foreign minister ("US
    Secretary of State X" is one of "the Japanese and US top diplomats"; a British "Secretary of State for
    Defence" is not)?"""
    return head in _CHIEF_DIPLOMAT_HEADS and not (role and " for " in role)


def _rank_words(lx: Lexicon, text: str) -> frozenset[str]:
    """The words that set a deputy apart from the head of an office ("deputy", "vice")."""
    if not text:
        return frozenset()
    ranks = lx.rank_words
    return frozenset(w for w in _WORD_RX.findall(text.lower()) if w in ranks)


class PersonIndex:
    """Persons by name token, so that finding "Haddad" among many names is a lookup, not a scan."""

    __slots__ = (
        "by_join",
        "by_last",
        "by_single",
        "by_skeleton",
        "by_token",
        "honorifics",
        "initials",
        "particles",
        "patronymics",
        "unskeletoned",
    )

    def __init__(
        self,
        honorifics: frozenset[str],
        patronymics: frozenset[str] = _PATRONYMIC,
        particles: frozenset[str] = _SURNAME_PARTICLES,
    ) -> None:
        self.honorifics = honorifics  # name words left out when names are compared
        self.patronymics = patronymics
        self.particles = particles
        self.by_last: dict[str, list[Entity]] = {}
        self.by_token: dict[str, list[Entity]] = {}
        self.by_single: dict[str, list[Entity]] = {}
        self.by_join: dict[str, list[Entity]] = {}
        #: surnames of five letters or more, by spelling skeleton (coref.spelling_variant): filled from
        #: ``unskeletoned`` when first read (:meth:`skeletons`), as most articles never read it
        self.by_skeleton: dict[str, list[str]] = {}
        self.unskeletoned: list[str] = []
        #: the first letters of those surnames: a variant shares its surname's
        self.initials: set[str] = set()

    def add(self, e: Entity) -> None:
        toks = name_tokens(e.name, self.honorifics)
        if not toks:
            return
        if toks[-1] not in self.by_last and len(toks[-1]) >= 5:
            self.unskeletoned.append(toks[-1])
            self.initials.add(toks[-1][0])
        self.by_last.setdefault(toks[-1], []).append(e)
        for t in toks:
            self.by_token.setdefault(t, []).append(e)
        if len(toks) == 1:
            self.by_single.setdefault(toks[0], []).append(e)
        self.by_join.setdefault("".join(toks[-2:]), []).append(e)

    def skeletons(self) -> dict[str, list[str]]:
        """``by_skeleton``, with the surnames added since it was last read."""
        for last in self.unskeletoned:
            self.by_skeleton.setdefault(_spelling_skeleton(last), []).append(last)
        self.unskeletoned.clear()
        return self.by_skeleton

    def find(self, name: str) -> Entity | None:
        toks = name_tokens(name, self.honorifics)
        if not toks:
            return None
        last = self.by_last.get(toks[-1], ())
        cands = list(last)
        last_keys = {e.key for e in last}  # (keys: an entity's == compares all its fields)
        if len(toks) < 4:
            cands += self.by_token.get(toks[0], ())  # a lone name, or given names a fuller name opens
        for t in toks:
            cands += self.by_single.get(t, ())
        cands += self.by_join.get("".join(toks[-2:]), ())
        # the earliest person of the same name (a person is often a candidate several times over); one whose name
        # ends with the same word first ("Romualdez" is "Jose Manuel Romualdez" before "Ferdinand Romualdez Marcos",
        # whose middle name it is)
        best: Entity | None = None
        for e in cands:
            if (best is None or (e.key in last_keys, -e.key) > (best.key in last_keys, -best.key)) and same_person(
                e.name, name, self.honorifics, self.patronymics, self.particles
            ):
                best = e
        return best


#: letters and digraphs that transliterations of one name trade ("Araghchi"/"Araqchi", "Zelensky"/"Zelenskyy",
#: "Khamenei"/"Hamenei"): folded to one skeleton letter each
_SPELLING_RX: Final = re.compile(r"gh|kh|ph|ck|q|y|w|j")
_SPELLING_SUBST: Final = {"gh": "g", "kh": "h", "ph": "f", "ck": "k", "q": "g", "y": "i", "w": "v", "j": "i"}


def _spelling_skeleton(token: str) -> str:
    return _undoubled(_SPELLING_RX.sub(lambda g: _SPELLING_SUBST[g.group(0)], token))


def _undoubled(word: str) -> str:
    """``re.sub(r"([a-z])\1+", r"\1", word)``: a run of one small ASCII letter as one letter (a loop over a
    surname's few letters costs a fraction of a substitution with a template)."""
    out: list[str] = []
    prev = ""
    for c in word:
        if c != prev or not ("a" <= c <= "z"):
            out.append(c)
        prev = c
    return "".join(out)


def _spelling_variant(persons: PersonIndex, name: str) -> Entity | None:
    """coref.spelling_variant: "Abbas Araghchi ... Araqchi said", "Volodymyr Zelensky ... Zelenskyy": a lone
    surname no one bears as written is the one person told in full whose surname is the same name in another
    transliteration (same first letter, same skeleton once gh/q, kh/h, y/i/j, w/v, ph/f and doubled letters
    are folded; five letters at least), when only one person fits."""
    toks = name_tokens(name, persons.honorifics)
    if len(toks) != 1 or len(toks[0]) < 5:
        return None
    tok = toks[0]
    if tok[0] not in persons.initials:
        return None  # no surname of five letters or more opens with its letter: no skeleton is read
    skel = _spelling_skeleton(tok)
    found: Entity | None = None
    for last in persons.skeletons().get(skel, ()):  # a lookup, not a walk over every surname told
        if last[0] != tok[0] or last == tok or abs(len(last) - len(tok)) > 2:
            continue
        for e in persons.by_last[last]:
            if e.kind != "person" or len(name_tokens(e.name, persons.honorifics)) < 2:
                continue
            if found is not None and found.key != e.key:
                return None
            found = e
    return found


#: a verb of hosting: its subject is the host, its object the guest
_HOSTED_RX: Final = re.compile(r"\b(?:hosted|received|welcomed)\b")
_HOST_SUBJECT_GAP_RX: Final = re.compile(r"\s*(?:also\s+)?")
#: mentions that exist only to refer back to a person told before (dropped when they refer to no one)
_REFERRING_ONLY: Final = frozenset({"coref.host_guest", "coref.org_head_description"})
_HOST_GUEST_KINDS: Final = frozenset({"name", "desc", "unnamed"})
_GUEST_WORD_RX: Final = re.compile(r"\b(?:guest|visitor|[Vv]isiting)\b")


def _host_guest(doc: Doc, m: Mention) -> Entity | None:
    """coref.host_guest: "A hosted B in Tokyo ... The host said", "... His guest said", "... The visiting minister
    said": the host is the subject of the last hosting verb (hosted, received, welcomed) told in the three
    sentences before, the guest (the visitor, the visiting minister) its object; both must be persons told right
    before and right after the verb."""
    if m.rule != "coref.host_guest" and not _visiting(m.text):
        return None
    guest = _GUEST_WORD_RX.search(m.text) is not None
    text = doc.text
    for i in range(m.sent - 1, max(-1, m.sent - 4), -1):
        s = doc.sentences[i]
        v = _HOSTED_RX.search(text, s.start, s.end)
        if v is None:
            continue
        here = [n for n in doc.sentence_mentions(i) if n.kind != "candidate"]
        subj = next((n for n in reversed(here) if n.hi <= v.start()), None)
        obj = next((n for n in here if n.lo >= v.end()), None)
        if subj is None or obj is None:
            return None
        gap = _HOST_SUBJECT_GAP_RX.match(text, subj.hi)
        if gap is None or gap.end() != v.start() or text[v.end() : obj.lo].strip() not in ("", "the"):
            return None
        if obj.kind not in _HOST_GUEST_KINDS or subj.kind not in _HOST_GUEST_KINDS:
            return None
        # the other party may be a description resolved only later ("hosted the Thai prime minister")
        refs_s, refs_o = doc.refs_of(subj), doc.refs_of(obj)
        mine = refs_o if guest else refs_s
        if len(mine) != 1 or refs_s == refs_o:
            return None
        e = doc.entity(mine[0])
        return e if e.kind == "person" else None
    return None


def _org_head_holder(doc: Doc, m: Mention, recent: list[_Recent]) -> Entity | None:
    """coref.org_head_description: "Arab League Secretary-General X ... the Arab League chief said", "EU High
    Representative X ... the bloc's top diplomat said": the one person of no country told in the five sentences
    before whose title names that organization (for a generic noun, any organization)."""
    lx = doc.lexicon
    org = m.name or ""
    named = lx.organizations.get(org)
    found: Entity | None = None
    for _pos, sent, e, _n in recent:
        if m.sent - sent > 5 or e.kind != "person" or e.country is not None or not e.role or e.unnamed:
            continue
        role = e.role
        if named is not None:
            fits = org in role or named[0] in role
        else:
            fits = any(w in lx.organizations and lx.organizations[w][1] is None for w in role.split())
        if not fits:
            continue
        if found is not None and found.key != e.key:
            return None
        found = e
    return found


def resolve_entities(doc: Doc) -> None:
    """Link names, descriptions, pronouns, bodies, organizations and countries to entities."""
    honorifics = doc.lexicon.honorific_tokens
    lx = doc.lexicon
    persons = PersonIndex(honorifics, lx.patronymics, lx.surname_particles)
    by_key: dict[tuple[str, str | None], Entity] = {}
    # pass 1: accepted names make persons, fullest name wins
    for m in doc.mentions:
        if m.kind != "name":
            continue
        e = persons.find(m.text)
        if e is None and (e := _spelling_variant(persons, m.text)) is not None:
            doc.fire("coref.spelling_variant", m.start, m.end, e.name)
        if e is None:
            e = doc.new_entity("person", m.text, country=m.country, role=m.role, role_head=_head(doc, m.role))
            persons.add(e)
        else:
            if _name_weight(m.text, honorifics) > _name_weight(e.name, honorifics):
                e.name = m.text
                persons.add(e)
            e.country = e.country or m.country
            if m.role and (not e.role or len(m.role) > len(e.role)):
                head = _head(doc, m.role)
                if not (head in lx.generic_roles and e.role_head and e.role_head not in lx.generic_roles):
                    # coref.title_over_description: "Special Envoy X, a Spanish diplomat, ...": a generic
                    # description ("diplomat") never replaces the title a name bore
                    e.role = m.role
                    e.role_head = head or e.role_head
        e.add(m.span, m.rule)
        doc.refs[(m.start, m.end)] = (e.key,)
        _name_of_country(doc, m, e)
    if lx.female_words or lx.female_given_names or lx.male_given_names:
        _female_persons(doc)
    # pass 2: everything else, in text order, with recency
    recent: list[_Recent] = []
    resolved: list[Mention] = []
    unresolved: list[Mention] = []
    honored: dict[str, Entity] = {}  # "Highness" -> the last person titled "His Highness"
    last_org: tuple[Entity, int, int] | None = None  # the last organization or body told: its sentence, its end
    referring_only = False  # a mention of _REFERRING_ONLY told: only then may one be dropped below
    told: set[str] = set()  # the mentions' rules: the passes below that read one rule's mentions only wait for it
    by_capital: set[int] = set()  # the countries named so far by a capital only (their name from the tables)
    for m in doc.mentions:
        key: Entity | None = None
        rule, kind = m.rule, m.kind
        told.add(rule)
        if kind == "country" or kind == "place":
            # asked first: most mentions are countries told again (no other branch reads these kinds)
            k = ("country", m.country)
            key = by_key.get(k)
            if key is None:  # (a country told again is the entity made at its first mention, already noted)
                key = by_key[k] = doc.new_entity("country", m.name or m.text, country=m.country)
                doc.unnamed.setdefault(f"country:{m.country}", key.key)
                if kind == "place":
                    by_capital.add(key.key)
            elif kind == "country" and key.key in by_capital and m.name:
                # coref.country_named_later: "Tehran, Moscow and Ankara ... visits to Turkey": the state a capital
                # stood for is named as the text names it
                by_capital.discard(key.key)
                key.name = m.name
        elif kind == "name":
            key = doc.entity(doc.refs[(m.start, m.end)][0])
            if m.lo < m.start:
                for hw in _words_rx(lx.honor_words).findall(doc.text, m.lo, m.start):
                    honored[hw] = key
                if _words_rx(lx.royal_titles).search(doc.text, m.lo, m.start):
                    # coref.royal_highness: "Emir Sheikh X ... His Highness received": the last royal named
                    honored.setdefault("Highness", key)
                    honored.setdefault("Majesty", key)
        elif kind == "candidate":
            key = persons.find(m.text)
            rule = "actor.known_name"
            if key is not None and len(name_tokens(m.text, honorifics)) < len(name_tokens(key.name, honorifics)):
                rule = "coref.surname"
            if key is None and (key := _spelling_variant(persons, m.text)) is not None:
                rule = "coref.spelling_variant"
            if key is not None and _name_weight(m.text, honorifics) > _name_weight(key.name, honorifics):
                key.name = m.text
                persons.add(key)
            if key is not None:
                _name_of_country(doc, m, key)
        elif (rule == "coref.host_guest" or kind == "desc") and (hg := _host_guest(doc, m)) is not None:
            key, rule = hg, "coref.host_guest"
        elif rule == "coref.host_guest":
            referring_only = True
            # no hosting told just before: "the host" is no one
        elif rule == "coref.org_head_description":
            referring_only = True
            key = _org_head_holder(doc, m, recent)
        elif kind == "desc" or (kind == "unnamed" and m.name and len(m.members) <= 1 and m.role):
            prev = preceding_word(doc, m.start)
            if kind == "desc" and prev in _QUANTIFIERS:
                continue  # coref.quantified_description: "no British minister can ..." refers to nobody
            if (
                kind == "desc"
                and m.role
                and m.text[:4] in ("Its ", "its ")
                and last_org is not None
                and m.sent - last_org[1] <= 1
                and not any(
                    n.kind in ("country", "place") and not doc.text[doc.sentences[n.sent].start : n.start].strip()
                    for n in doc.mentions_between(last_org[2], m.start)
                )
            ):
                # coref.its_role: "The Kremlin accused Brussels ... Its spokesman said": the role-holder of the body
                # just told, when no sentence opened with a country since ("Iran ... Its minister")
                org = last_org[0]
                key = unnamed_person(doc, f"{m.role} of {org.name}", m.role, org.country)
                key.add((m.start, m.end), "coref.its_role")
                doc.refs[(m.start, m.end)] = (key.key,)
                recent.append((m.start, m.sent, key, m))
                doc.fire("coref.its_role", m.start, m.end, key.name)
                continue
            if kind == "unnamed" and prev == "," and (apposed := _apposed_name(doc, m)) is not None:
                # coref.apposed_holder: "King Faris bin Saleh, King of Bahrain, received ...": the role-holder
                # set off by commas right after a name is that person, and gives them the country
                _hold_role(doc, m, apposed, "coref.apposed_holder", recent)
                continue
            if kind == "unnamed" and prev in _COPULAS and (held := _predicate_holder(doc, m)) is not None:
                # coref.predicate_holder: "... when Lech Nowak was the President of Poland": the role a name is
                # said to hold is that person's
                _hold_role(doc, m, held, "coref.predicate_holder", recent)
                continue
            pool = recent[-40:]  # _resolve_desc looks at the last 30 persons only
            if prev == "," or _object_word(lx, prev):
                # an object is not the subject of its own sentence (coref.object_description: "the adviser
                # told the envoy", "Haddad thanked the minister", "X received a call from Iran's foreign minister",
                # "X was received by the president")
                here = {r[2].key for r in pool if r[1] == m.sent}
                if (
                    prev == ","
                    and m.sent >= 0
                    and _OPENING_PHRASE_RX.fullmatch(doc.text, doc.sentences[m.sent].start, m.start) is not None
                ):
                    # coref.after_opening_phrase: "According to a statement by Sudani's office, the prime minister
                    # will discuss ...": after an opening phrase the description is the clause's subject, who may be
                    # an owner the phrase told ("According to X, the minister ..." is not X)
                    here = {r[2].key for r in pool if r[1] == m.sent and not r[3].possessive}
                pool = [r for r in pool if r[2].key not in here]
            if m.role == "Counterpart" and kind == "desc":
                owners = _counterpart_owners(doc, m)
                pool = [r for r in pool if r[2].key not in owners]
            if _visiting(m.text) and (host := _host_country(doc, m)):
                # coref.visiting: "the visiting minister" is not a person of the country the talks are in
                pool = [r for r in pool if r[2].country != host]
            key = _counterpart(doc, m, recent) if m.role == "Counterpart" and m.country else None
            key = key or _resolve_desc(
                doc.lexicon,
                m,
                pool,
                strict=kind == "unnamed",
                home=doc.home,
                rivals=_rival_countries(doc, m),
                # "the visiting minister" is as often the one met: no tie to a subject (coref.visiting)
                doc=doc if kind == "desc" and not _visiting(m.text) else None,
            )
            if key is not None and kind == "desc":
                chosen = _ambiguous_desc(doc, m, pool, key)
                if chosen is None:
                    doc.fire("coref.ambiguous_description", m.start, m.end, key.name)
                    continue  # not even a later name (cataphora) is whom it means
                key = chosen
            if key is None and kind == "unnamed" and m.name and m.country:
                key = _uncountried_holder(doc, m, pool)
                if key is not None and key.role_head is None:
                    key.role_head = m.role
            if key is None and kind == "unnamed" and m.name and len(m.members) <= 1:
                key = _same_title_later(doc, m)
            if key is None and kind == "unnamed" and m.name:
                key = unnamed_person(doc, m.name, m.role, m.country)
            if key is not None and key.country is None and m.country:
                key.country = m.country
            if key is not None and key.role_head is None and m.role and kind == "desc":
                key.role_head = m.role
        elif kind == "pronoun" and m.rule == "coref.honorific":
            # "His Highness affirmed ...": the last person titled so
            key = honored.get(m.text.rsplit(" ", 1)[-1])
            if key is None:
                # coref.honorific_initials: "HE the Prime Minister X ... His Excellency said": the address
                # written by its initials before the name ("His Royal Highness" -> "HH", its first and last)
                words = m.text.split()
                key = honored.get(words[0][0] + words[-1][0])
                rule = "coref.honorific_initials"
        elif kind == "pronoun":
            key = _resolve_pronoun(doc, m, recent)
            if key is None and not recent and m.text in ("He", "She"):
                key = _opening_cataphora(doc, m)
        elif kind in ("organization", "body"):
            k = (m.name or m.text, m.country)
            key = by_key.get(k)
            if key is None and kind == "body" and (canon := _body_canon(doc, k[0])) is not None:
                # coref.body_canonical: "the Ministry of Foreign Affairs ... the Foreign Ministry ... the MOFA": one
                # body by its canonical name, of one country (or of none told)
                k = (canon, m.country)
                key = by_key.get(k)
                if key is None and m.country is None:
                    same = [e for (n, _c), e in by_key.items() if n == canon]
                    if len(same) == 1:
                        key = same[0]
                        doc.fire("coref.body_canonical", m.start, m.end, key.name)
            if key is None:
                key = next(
                    (
                        e
                        for (n, _c), e in by_key.items()
                        if n == k[0] and e.kind == "organization" and (e.country == m.country or kind == "organization")
                    ),
                    None,
                )
            elif kind == "body" and m.name and _fuller_body_name(m.name, key.name):
                # coref.body_fuller_name: "according to Russian defense ministry ... The Russian Ministry of Defense
                # said": the body is named by its proper name, the fullest the text gives
                key.name = m.name
                doc.fire("coref.body_fuller_name", m.start, m.end, m.name)
            if key is None:
                country = m.country
                if m.rule == "actor.office" and country is None:
                    # "Netanyahu's office": the office of a person told before serves that person's state
                    owner = persons.find(_POSSESSIVE_END_RX.sub("", (m.name or "").rsplit(" ", 1)[0]))
                    country = owner.country if owner is not None else None
                key = doc.new_entity("organization", m.name or m.text, country=country)
            by_key[k] = key
        elif kind == "bodyref":
            want = (m.name or "").lower()
            key = _last_told_org(doc, m.start, want) if want else None
            if key is None and m.text.lower() == "ministry":
                key = _last_told_org(doc, m.start, "ministry")
        if key is None:
            if kind == "desc":
                unresolved.append(m)
            continue
        if key.kind == "organization":
            last_org = (key, m.sent, m.end)
        if kind == "candidate":
            resolved.append(m)
        start, end = m.start, m.end
        key.add((start, end), rule)
        doc.refs[(start, end)] = (key.key,)
        if key.kind == "person":
            recent.append((start, doc.sent_index(start), key, m))
            doc.fire(rule, start, end, key.name)
            hw = _ADDRESS_BEFORE_RX.search(doc.text, max(0, start - 12), start) if kind == "desc" else None
            if hw is not None and hw.group(1) in lx.honor_words:
                # coref.honorific_description: "HE the Prime Minister affirmed ... His Excellency stressed":
                # the address before a description is that person's, the latest so addressed
                honored[hw.group(1)] = key
    if referring_only and any(m.rule in _REFERRING_ONLY and not doc.refs_of(m) for m in doc.mentions):
        # "the host", "the bloc's top diplomat" that no one was found for refer to no one: no rule reads them
        doc.mentions = [m for m in doc.mentions if m.rule not in _REFERRING_ONLY or doc.refs_of(m)]
    # "..., says Iran's defense minister. Brigadier General Farid Rahimi made ...": a description
    # that comes before the name it stands for (cataphora), within the next two sentences
    for i, m in enumerate(unresolved):
        if _same_as_told_before(doc, m, unresolved[:i]) or _unnamed_role_again(doc, m, unresolved[:i]):
            continue
        later: tuple[Entity, int, int] | None = None  # the person named later, how well they fit, their sentence
        owners = _counterpart_owners(doc, m) if m.role == "Counterpart" else set()
        rivals: AbstractSet[str] | None = None
        for n in doc.mentions_between(m.end, m.end + 600):
            if n.sent - m.sent > 2 or (later is not None and n.sent != later[2]):
                break
            if n.kind not in ("name", "candidate") or not doc.refs_of(n):
                continue
            e = doc.entity(doc.refs_of(n)[0])
            if e.key in owners:
                continue  # coref.counterpart_not_owner: "Meeting his Tajik counterpart, X said": X owns it
            if n.sent == m.sent and m.role != "Counterpart" and _object_after(doc, n):
                # coref.object_not_description: "Qatar's foreign minister also spoke with X by phone": the object of
                # the description's own clause is someone else
                continue
            if e.kind != "person" or (m.country and e.country and e.country != m.country):
                continue
            if rivals is None:
                rivals = _rival_countries(doc, m)  # (once per description, where first needed)
            if _home_excludes(doc.lexicon, m, e, doc.home, rivals):
                continue
            fit = role_fits(doc.lexicon, m.role, e)
            if m.role == "Counterpart" and m.country and e.country == m.country:
                fit = max(fit, 1)  # "her Saudi counterpart ... X called Saudi Foreign Minister Y": whatever Y's title
            if fit == 0 or (
                fit == 1
                and not (m.country and e.country in (None, m.country))
                and not _lead_speaker_named_next(doc, m, n, e)
            ):
                continue
            if m.role == "Counterpart" and (
                not _counterpart_fits(doc, m, recent, e) or _told_before_in_sentence(doc, m, e)
            ):
                continue
            # coref.titled_later: "Norway's ambassador ... A received Ambassador B": of the persons named in the
            # sentence that tells who it was, one who bears its title or its country wins over one who bears none
            rank = fit + (2 if m.country and e.country == m.country else 0)
            if fit == 2 and m.role and e.role and m.role.lower() in e.role.lower():
                # coref.titled_later_same_word: "The Leader ... Leader of the Islamic Revolution X" (not Emir Y)
                rank += 1
            if later is None or rank > later[1]:
                later = (e, rank, n.sent)
        if later is None and (far := _same_title_later(doc, m, owners)) is not None:
            later = (far, 2, -1)
        if later is not None:
            e = later[0]
            e.add(m.span, "coref.description")
            doc.refs[(m.start, m.end)] = (e.key,)
            if e.country is None and m.country:
                e.country = m.country
            if e.role_head is None and m.role:
                e.role_head = m.role
            doc.fire("coref.description", m.start, m.end, e.name)
        else:
            _unnamed_counterpart(doc, m, recent)
        if (m.start, m.end) not in doc.refs and not _home_role_holder(doc, m):
            _unique_office_holder(doc, m)
    _countries_from_the_sentence(doc)
    _unnamed_demonym_groups(doc)
    # (no step since the loop above makes a mention of either rule: _unnamed_demonym_groups makes other ones)
    if "actor.unnamed_role" in told:
        _unnamed_named_after(doc)
    _lead_role_named_next(doc)
    if "made th" in doc.text:
        _remarks_maker(doc)
    if "actor.unnamed_list" in told or any(m.rule == "actor.unnamed_demonym_list" for m in doc.mentions):
        _named_members(doc)
    _two_countries(doc)
    # the four read unnamed persons only: most of doc.unnamed are the countries told ("country:IR")
    if any(doc.entity(k).kind == "person" for k in doc.unnamed.values()):
        _unnamed_named_holder(doc)
        _untitled_home_leader(doc)
        _org_chief_holder(doc)
        _royal_named_after(doc)
    # a capitalised run that names nobody we know is dropped; a known one is a name
    known = {(m.start, m.end) for m in resolved}
    if not known:
        # (the kinds compared in C, by a map of the field and one of str.__ne__: no step in Python per mention)
        doc.mentions = list(itertools.compress(doc.mentions, map("candidate".__ne__, map(_KIND, doc.mentions))))
        return
    doc.mentions = [
        m._replace(kind="name", rule="actor.known_name") if (m.start, m.end) in known else m
        for m in doc.mentions
        if m.kind != "candidate" or (m.start, m.end) in known
    ]


_VISITING_RX: Final = re.compile(r"\b[Vv]isiting\b")


def _visiting(text: str) -> bool:
    """Does ``text`` hold the word "visiting" ("the visiting minister")? A substring test first: few do."""
    return "isiting" in text and _VISITING_RX.search(text) is not None


#: a description in a list of them ("the Prime Minister and the President of Iraq", "..., the Prime Minister,")
_LIST_NEXT_RX: Final = re.compile(r",? (?:and )?the [A-Z]|,? and [A-Z]")
_LIST_BEFORE_RX: Final = re.compile(r"[A-Z][a-z]+,? and $")
#: "In Tokyo, ", "Meanwhile, in Beijing, ": a sentence that opens with its place
_OPENER_PLACE_RX: Final = re.compile(
    r"(?:(?:Meanwhile|Separately|Later|Earlier),\s+)?[Ii]n\s+([A-Z][\w-]*(?: [A-Z][\w-]*)?),\s+"
)
#: "led by ", "headed by Dr ": the words before a person who leads a side or a delegation
_LED_BY_RX: Final = re.compile(r"\b(?:led|headed)\s+by\s+(?:[A-Z][a-z]{0,3}\.?\s+)?$")
#: canonical role heads of who speaks for a body (``role`` table): its spokesperson
_SPOKES_ROLES: Final = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: the capitalised word right before a description ("HE the Prime Minister")
_ADDRESS_BEFORE_RX: Final = re.compile(r"\b([A-Z][A-Za-z]*) $")
#: " of Angola", " of the Philippines", " of South Africa's": up to four capitalised words after a name
_NAME_OF_RX: Final = re.compile(r" of ((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")


def _host_country(doc: Doc, m: Mention) -> str | None:
    """The country of the last place "in <City>" told in the sentence of ``m`` or the two before it."""
    lx = doc.lexicon
    lo = doc.sentences[max(0, m.sent - 2)].start if m.sent >= 0 else max(0, m.start - 400)
    for h in reversed(doc.names_between(lo, m.start)):
        if h.table == "place" and doc.text.endswith((" in ", " to "), max(0, h.start - 4), h.start):
            return lx.places[h.text][0]
    return None


#: the unnamed lists of role-holders, one per state: "the foreign ministers of A and B", "the A and B foreign ministers"
_LIST_RULES: Final = frozenset({"actor.unnamed_list", "actor.unnamed_demonym_list"})


def _named_members(doc: Doc) -> None:
    """coref.named_member: "The foreign ministers of A, B and C held talks ... Kazakh Foreign Minister
    X said ...": a member of an unnamed list is the one person the article names with that country
    and that title (same rank, not a former holder); the members nobody names stay unnamed
    role-holders ("Foreign Minister of B")."""
    lists = [m for m in doc.mentions if m.rule in _LIST_RULES and len(m.members) >= 2 and m.role]
    if not lists:
        return
    lx = doc.lexicon
    by_country: dict[str, list[Entity]] = {}
    for e in doc.entities:
        if e.kind == "person" and not e.unnamed and e.country:
            by_country.setdefault(e.country, []).append(e)
    for m in lists:
        assert m.role is not None
        keys: list[int | None] = []
        named = 0
        for code in m.members:
            fits = [e for e in by_country.get(code, ()) if _holds_role(lx, m.role, e)]
            if len(fits) != 1:
                # coref.list_member_named_after: "The foreign ministers of A, B and C met ... A's X, B's Y and
                # C's Z spent an hour together": the one person of that country named with no title of their
                # own (or a generic one: "his B counterpart Y") in the two sentences after the list holds the
                # list's title
                fits = [
                    e
                    for e in by_country.get(code, ())
                    if (e.role_head is None if e.role is None else e.role_head in lx.generic_roles)
                    and _named_after(doc, e, m)
                ]
                if len(fits) == 1:
                    fits[0].role_head = m.role
                    fits[0].add(min(fits[0].mentions), "coref.list_member_named_after")
            if not fits and code == doc.home:
                # coref.list_member_home: "FM X ... the foreign ministers of Iran and Turkey held talks" in an
                # Iranian paper: the home state's member is the one person of that title the text gives no state
                fits = [
                    e
                    for e in doc.entities
                    if e.kind == "person"
                    and not e.unnamed
                    and e.country is None
                    and e.role  # a title of their own, not one a description gave them
                    and _holds_role(lx, m.role, e)
                    and role_fits(lx, m.role, e) == 2
                ]
                if len(fits) == 1:
                    fits[0].add(min(fits[0].mentions), "coref.list_member_home")
            if len(fits) == 1:
                keys.append(fits[0].key)
                named += 1
            else:
                keys.append(None)
        missing = [i for i, k in enumerate(keys) if k is None]
        if len(missing) == 1 and named:
            # coref.list_member_by_elimination: "The leaders of A, B and C held a call. Chancellor X, B's
            # President Y and C's Prime Minister Z agreed ...": the one member nobody of that country
            # stands for is the one person named right after the list with the list's title and no country
            code = m.members[missing[0]]
            rest = [
                e
                for e in doc.entities
                if e.kind == "person"
                and not e.unnamed
                and e.country is None
                and e.key not in keys
                and _holds_role(lx, m.role, e)
                and _named_after(doc, e, m)
            ]
            if len(rest) == 1:
                rest[0].country = code
                rest[0].add(min(rest[0].mentions), "coref.list_member_by_elimination")
                keys[missing[0]] = rest[0].key
                named += 1
        if not named:
            continue
        for i, k in enumerate(keys):
            if k is None:
                code = m.members[i]
                name = f"{m.role} of {lx.of_country(code)}"
                keys[i] = unnamed_person(doc, name, m.role, code).key
        linked = [k for k in keys if k is not None]
        if len(set(linked)) != len(linked):
            continue
        for k in linked:
            e = doc.entity(k)
            if not e.unnamed:
                e.add((m.start, m.end), "coref.named_member")
                doc.fire("coref.named_member", m.start, m.end, e.name)
        doc.refs[(m.start, m.end)] = tuple(linked)


def _counterpart_owners(doc: Doc, m: Mention) -> set[int]:
    """coref.counterpart_not_owner: "Meeting his Tajik counterpart at the hotel, X said": a counterpart is never
    a person its own sentence names elsewhere (whose counterpart it is), only one set beside it ("his Tajik
    counterpart, Y")."""
    if m.sent < 0:
        return set()
    span = doc.sentences[m.sent]
    return {
        k
        for n in doc.mentions_between(span.start, span.end)
        if n.kind in ("name", "candidate") and n.start != m.start and not 0 <= n.lo - m.end < 4
        for k in doc.refs_of(n)
    }


def _counterpart(doc: Doc, m: Mention, recent: list[_Recent]) -> Entity | None:
    """coref.counterpart_role: "Foreign Minister X held talks with his Algerian counterpart": the one person
    of that country named before who holds the title of the sentence's first person (not the Algerian
    president told just before)."""
    first = next((r[2] for r in recent if r[1] == m.sent and r[0] < m.start), None)
    if first is None or not first.role_head or first.role_head in doc.lexicon.generic_roles:
        return None
    fits = [
        e
        for e in doc.entities
        if e.kind == "person"
        and not e.unnamed
        and e.country == m.country
        and e is not first
        and e.mentions
        and min(e.mentions)[0] < m.start  # told before: one named after is meeting.named_later's
        and _holds_role(doc.lexicon, first.role_head, e)
    ]
    return fits[0] if len(fits) == 1 else None


def _unnamed_named_after(doc: Doc) -> None:
    """coref.unnamed_named_after: "..., a government spokesman said. According to spokesman X, ...": a
    role-holder brought in with "a"/"an" is the one person named with that title in the same or the
    next sentence (of no other country)."""
    for m in doc.mentions:
        if m.kind != "unnamed" or m.rule != "actor.unnamed_role" or not m.role:
            continue
        if not m.text.lower().startswith(("a ", "an ")) or m.sent < 0:
            continue
        keys = doc.refs.get((m.start, m.end))
        if not keys or not doc.entity(keys[0]).unnamed:
            continue
        last = min(m.sent + 1, len(doc.sentences) - 1)
        fits = {
            k
            for n in doc.mentions_between(m.end, doc.sentences[last].end)
            if n.kind == "name" and n.sent <= last
            for k in doc.refs.get((n.start, n.end), ())
            if (e := doc.entity(k)).kind == "person"
            and e.role_head == m.role
            and (m.country is None or e.country in (None, m.country))
        }
        if len(fits) != 1:
            continue
        e = doc.entity(fits.pop())
        e.add(m.span, "coref.unnamed_named_after")
        doc.refs[(m.start, m.end)] = (e.key,)
        if e.country is None and m.country:
            e.country = m.country
        doc.fire("coref.unnamed_named_after", m.start, m.end, e.name)


#: the comma and the words between a name and the role-holder apposed to it
_APPOSED_GAP_RX: Final = re.compile(r",[ \t]+(?:the[ \t]+)?")
#: what closes an apposition: a comma not opening a list's last member, a full stop, a bracket
_APPOSED_END_RX: Final = re.compile(r",(?![ \t]+and\b)|[.;)]")


def _apposed_name(doc: Doc, m: Mention) -> Entity | None:
    """The named person right before ``, <role> of <country>,`` (an apposition that closes with a comma or
    a full stop), when the role fits the person and the country does not contradict theirs."""
    if not m.role or not m.country or not _APPOSED_END_RX.match(doc.text, m.end):
        return None
    return _holder_before(doc, m, _APPOSED_GAP_RX, 120)


def _hold_role(doc: Doc, m: Mention, e: Entity, rule: str, recent: list[_Recent]) -> None:
    """The role mention ``m`` is person ``e``, who takes its country and role when they had none."""
    e.add((m.start, m.end), rule)
    doc.refs[(m.start, m.end)] = (e.key,)
    e.country = e.country or m.country
    e.role_head = e.role_head or m.role
    recent.append((m.start, m.sent, e, m))
    doc.fire(rule, m.start, m.end, e.name)


def _holder_before(doc: Doc, m: Mention, gap_rx: re.Pattern[str], window: int) -> Entity | None:
    """The named person of the last name within ``window`` characters before the role ``m``, joined to it by
    ``gap_rx``, when the role fits them and its country does not contradict theirs."""
    assert m.role is not None
    before = [n for n in doc.mentions_between(max(0, m.start - window), m.start) if n.kind == "name"]
    if not before:
        return None
    n = before[-1]
    gap = gap_rx.fullmatch(doc.text, n.end, m.start)
    keys = doc.refs.get((n.start, n.end))
    if gap is None or not keys:
        return None
    e = doc.entity(keys[0])
    if e.kind != "person" or e.unnamed or (e.country is not None and e.country != m.country):
        return None
    if e.role_head is not None and not _holds_role(doc.lexicon, m.role, e):
        return None
    return e


#: the verbs that join a name to the role it holds ("X was the President of Poland")
_COPULAS: Final = frozenset({"is", "was", "became", "remains", "remained"})
#: a copula (and "then", "still", "already") between a name and a role: " was ", " is still ", " had been "
_COPULA_GAP_RX: Final = re.compile(
    r" (?:is|was|became|remains|remained|has been|had been)(?: (?:then|still|already))? "
)


def _predicate_holder(doc: Doc, m: Mention) -> Entity | None:
    """coref.predicate_holder: the named person right before "was the <role> of <country>", when the role fits
    them and the country does not contradict theirs."""
    if not m.role or not m.country:
        return None
    return _holder_before(doc, m, _COPULA_GAP_RX, 40)


def _unnamed_named_holder(doc: Doc) -> None:
    """coref.unnamed_named_holder: "King Hamad bin Isa Al Khalifa, King of Bahrain, ... the King of Bahrain
    said", "Prime Minister X ... on assuming the office of the Prime Minister of Pakistan": an unnamed
    role-holder of a country is the one named person of that country who holds that role, named before it,
    when the article names exactly one (two named holders, a former and a sitting one, leave it unnamed)."""
    lx = doc.lexicon
    for key in list(doc.unnamed.values()):
        u = doc.entity(key)
        if u.kind != "person" or not u.role_head or not u.mentions:
            continue
        # coref.body_role_named: "Foreign Ministry spokesman X said ... the Foreign Ministry spokesman added": with
        # no country, the body its name tells must be in the named person's title
        bodies = _bodies_in(lx, u.name) if not u.country else set()
        if not u.country and not bodies:
            continue
        first = min(u.mentions)[0]
        fits = [
            e
            for e in doc.entities
            if e.kind == "person"
            and not e.unnamed
            and (not u.country or e.country == u.country)
            and e.mentions
            and min(e.mentions)[0] < first  # one named after it is meeting.named_later's
            # (the bodies after the cheaper tests: a scan of the title and the name with the lexicon's words)
            and (u.country or bodies <= _bodies_in(lx, f"{e.role or ''} {e.name}"))
            and (_holds_role(lx, u.role_head, e) or (not u.country and role_fits(lx, u.role_head, e) == 2))
        ]
        if len(fits) != 1:
            continue
        e = fits[0]
        for span in u.mentions:
            e.add(span, "coref.unnamed_named_holder")
            doc.fire("coref.unnamed_named_holder", span[0], span[1], e.name)
        for span, keys in doc.refs.items():
            if key in keys:
                doc.refs[span] = tuple(dict.fromkeys(e.key if k == key else k for k in keys))
        u.mentions.clear()


def _bodies_in(lx: Lexicon, text: str) -> set[str]:
    """The government bodies ``text`` names, canonical ("Ministry of Foreign Affairs" -> "Foreign Ministry")."""
    return {b for m in lx.words_re.finditer(text.lower()) if (b := lx.bodies.get(m.group())) is not None}


def _org_chief_holder(doc: Doc) -> None:
    """coref.org_chief_holder: "the Secretary General of the United Nations (UN), X ... the UN chief", "X, the
    Director General of the IAEA ... the IAEA head": an organization's chief or head told by the organization's
    initials is the one person named before it whose title names that organization."""
    lx = doc.lexicon
    for key in list(doc.unnamed.values()):
        u = doc.entity(key)
        if u.kind != "person" or u.country or u.role_head not in ("Chief", "Head") or not u.mentions:
            continue
        org = lx.organizations.get(u.name.rsplit(" ", 1)[0])
        if org is None or " " not in u.name:
            continue
        first = min(u.mentions)[0]
        full = org[0]
        fits = [
            e
            for e in doc.entities
            if e.kind == "person"
            and e.key != key
            and e.role
            and e.mentions
            and min(e.mentions)[0] < first
            and (
                (not e.unnamed and (full in e.role or u.name.rsplit(" ", 1)[0] in e.role.split()))
                # "the UN Secretary-General ... the UN chief": the chief told before unnamed, by the same initials
                or (e.unnamed and not e.country and e.name.split()[0] == u.name.rsplit(" ", 1)[0])
            )
        ]
        if len(fits) == 1:
            _merge_unnamed(doc, key, fits[0], "coref.org_chief_holder")


def _royal_named_after(doc: Doc) -> None:
    """coref.royal_named_after: "The King of Jordan received X in Amman. King Abdullah II and X discussed ...",
    "the Saudi Crown Prince ... Prince Mohammed bin Salman said": an unnamed monarch of a state (a royal title,
    ``royal_title``) is the one person named after it, in a later sentence, by that title (a crown prince by
    "Prince") with no state of their own told, when no named person of that state holds the title."""
    for key in list(doc.unnamed.values()):
        e = royal_named_after(doc, key)
        if e is not None:
            _merge_unnamed(doc, key, e, "coref.royal_named_after")


def merge_royal(doc: Doc, key: int, e: Entity) -> None:
    """The unnamed monarch ``key`` is ``e`` (coref.royal_named_after), when a meeting rule made it."""
    _merge_unnamed(doc, key, e, "coref.royal_named_after")


def royal_named_after(doc: Doc, key: int, told_in: int = -1) -> Entity | None:
    """The person named after the unnamed monarch ``key`` by its title (``_royal_named_after``), or None; a monarch
    with no mention yet is the one a meeting rule read in sentence ``told_in``."""
    u = doc.entity(key)
    head = u.role_head
    if u.kind != "person" or not u.unnamed or not u.country or head not in doc.lexicon.royal_titles:
        return None
    first_sent = doc.sent_index(min(u.mentions)[0]) if u.mentions else told_in
    if first_sent < 0:
        return None
    fits = [
        e
        for e in doc.entities
        if e.kind == "person"
        and not e.unnamed
        and e.mentions
        and (
            e.role_head == head
            # "Prince Mohammed bin Salman": the word before the name, no role of its own
            or (e.role_head is None and head == "Crown Prince" and doc.text.endswith("Prince ", 0, min(e.mentions)[0]))
        )
        and e.country in (None, u.country)
    ]
    if len(fits) != 1 or fits[0].country is not None or doc.sent_index(min(fits[0].mentions)[0]) <= first_sent:
        return None
    return fits[0]


def _merge_unnamed(doc: Doc, key: int, e: Entity, rule: str) -> None:
    """Every mention of the unnamed role-holder ``key`` is the named person ``e``'s (who takes its country
    and role when the text gave them none)."""
    u = doc.entity(key)
    for span in u.mentions:
        e.add(span, rule)
        doc.fire(rule, span[0], span[1], e.name)
    for span, keys in doc.refs.items():
        if key in keys:
            doc.refs[span] = tuple(dict.fromkeys(e.key if k == key else k for k in keys))
    if e.country is None:
        e.country = u.country
    if e.role_head is None:
        e.role_head = u.role_head
    u.mentions.clear()


def _untitled_candidates(doc: Doc, u: Entity) -> list[Entity]:
    """The named person who may be the unnamed role-holder ``u`` (a list of one, else none): the one told
    with no title, of its country or of none; or, when every other person's country is told, the one told
    with its very title and no country ("Prime Minister X ... the Prime Minister of India"); a name of one
    word ("UzA said") may be an agency's and is no one."""
    lx = doc.lexicon
    persons = [e for e in doc.entities if e.kind == "person" and not e.unnamed and e.mentions and " " in e.name]
    fits = [e for e in persons if e.role_head is None and e.country in (None, u.country)]
    if not fits and u.role_head is not None:
        fits = [e for e in persons if e.country is None and _holds_role(lx, u.role_head, e)]
        if len(fits) == 1 and any(e.country is None for e in persons if e is not fits[0]):
            return []  # another person of no country: the title may be theirs ("President Y" of the guest's state)
    return fits if len(fits) == 1 else []


def _untitled_home_leader(doc: Doc) -> None:
    """coref.untitled_home_leader: "Shavkat Mirziyoyev received the ambassadors ... the President said",
    "Vladimir Putin noted ... The President of Russia stressed": a national outlet names its own leader
    bare and then by the office; the definite leader of the home country no one is named holding is the
    one named person the text gives no title (or that title) and no other country."""
    lx = doc.lexicon
    if doc.home is None:
        return
    for key in list(doc.unnamed.values()):
        u = doc.entity(key)
        if u.kind != "person" or u.country != doc.home or u.role_head not in lx.leader_roles or not u.mentions:
            continue
        if any(doc.text.startswith(("a ", "an ", "A ", "An "), a) for a, _b in u.mentions):
            continue  # "a president of Russia" is any one
        fits = _untitled_candidates(doc, u)
        if len(fits) == 1:
            _merge_unnamed(doc, key, fits[0], "coref.untitled_home_leader")


def _countries_from_the_sentence(doc: Doc) -> None:
    """A titled person the text gave no country gets the one their sentence tells:

    * coref.opener_place: "In Tokyo, Chief Cabinet Secretary X told ...": the sentence opens with the
      place ("In <capital or country>,") and the person, their title right after the comma, is its subject;
    * coref.spokesperson_of_body: "The Kremlin warned ..., spokesman X told reporters": a spokesperson
      speaks for the one state whose bodies the sentence named before them.
    """
    lx = doc.lexicon
    text = doc.text
    for m in doc.mentions:
        if m.kind != "name" or m.sent < 0:
            continue
        keys = doc.refs.get((m.start, m.end))
        e = doc.entity(keys[0]) if keys else None
        if e is None or e.kind != "person" or e.country is not None:
            continue
        sstart = doc.sentences[m.sent].start
        opener = _OPENER_PLACE_RX.match(text, sstart, m.lo) if m.role else None
        if opener is not None and opener.end() == m.lo and (code := lx.country_of(opener.group(1))):
            e.country = code
            e.add(m.span, "coref.opener_place")
            doc.fire("coref.opener_place", m.start, m.end, f"{e.name}: {code}")
            continue
        led = _LED_BY_RX.search(text, max(sstart, m.lo - 24), m.lo)
        if led is not None:
            # coref.led_by_side: "the Iranian side was led by X", "a delegation of US senators led by
            # Senator X": the country of the side or delegation a person leads, told in the clause before
            clause = max(sstart, text.rfind(",", sstart, led.start()) + 1)
            found = [h for h in doc.names_between(clause, led.start()) if h.table in ("demonym", "country")]
            if found and (code := lx.country_of(found[-1].text)):
                e.country = code
                e.add(m.span, "coref.led_by_side")
                doc.fire("coref.led_by_side", m.start, m.end, f"{e.name}: {code}")
                continue
        if (e.role_head or "").lower() not in _SPOKES_ROLES:
            continue
        codes = {
            n.country
            for n in doc.mentions_between(sstart, m.lo)
            if n.kind in ("body", "organization") and n.country and n.sent == m.sent
        }
        if len(codes) == 1:
            e.country = codes.pop()
            e.add(m.span, "coref.spokesperson_of_body")
            doc.fire("coref.spokesperson_of_body", m.start, m.end, f"{e.name}: {e.country}")


def _name_of_country(doc: Doc, m: Mention, e: Entity) -> None:
    """coref.name_of_country: "his counterparts, A of Angola and B of Mozambique", "Queen X of Denmark":
    a country right after a name is the person's own, when nothing gave them one."""
    if e.country is not None or (of := _NAME_OF_RX.match(doc.text, m.end)) is None:
        return
    place = of.group(1)
    for end in range(len(place), 0, -1):
        if end == len(place) or place[end] == " ":
            code = doc.lexicon.country_of(place[:end])
            if code is not None:
                e.country = code
                e.add(m.span, "coref.name_of_country")
                return


def _same_as_told_before(doc: Doc, m: Mention, before: list[Mention]) -> bool:
    """coref.unnamed_told_before: "summoned Belarus's chargé d'affaires ... met the Belarusian diplomat":
    a generic description ("the diplomat", "the official") of a country whose titled role-holder no name
    was found for, within the two sentences before, is that role-holder, not a person named later."""
    if m.role not in doc.lexicon.generic_roles or not m.country or m.role == "Counterpart":
        return False
    n = next(
        (
            n
            for n in reversed(before)
            if n.country == m.country and n.role and n.role != "Counterpart" and 0 <= m.sent - n.sent <= 2
        ),
        None,
    )
    if n is None or n.role in doc.lexicon.generic_roles:
        return False
    keys = doc.refs.get((n.start, n.end))
    if keys:
        e = doc.entity(keys[0])
    else:
        e = unnamed_person(doc, f"{n.role} of {doc.lexicon.of_country(m.country)}", n.role, m.country)
        e.add(n.span, "coref.unnamed_told_before")
        doc.refs[(n.start, n.end)] = (e.key,)
    e.add(m.span, "coref.unnamed_told_before")
    doc.refs[(m.start, m.end)] = (e.key,)
    doc.fire("coref.unnamed_told_before", m.start, m.end, e.name)
    return True


def _unnamed_demonym_groups(doc: Doc) -> None:
    """actor.unnamed_demonym_list: "The Egyptian and Jordanian foreign ministers met in Cairo": a group of a
    title whose demonyms name two states or more, when no person of those states was told before it, is one
    unnamed role-holder per state ("Foreign Minister of Egypt", "Foreign Minister of Jordan"), as "the foreign
    ministers of Egypt and Jordan" is. Told after persons of those states or of none known, it is those persons
    (coref.group)."""
    # (most articles have no mention of several states' members: a map in C says so before a walk in Python)
    if not any(map(_MEMBERS, doc.mentions)):
        return
    groups = [i for i, m in enumerate(doc.mentions) if m.kind == "group" and len(m.members) > 1 and m.role]
    if not groups:
        return
    told: dict[str, int] = {}  # a state ("" for none known) -> where a person of it is first told
    for e in doc.entities:
        if e.kind == "person" and e.mentions:
            first = min(s for s, _ in e.mentions)
            told[e.country or ""] = min(told.get(e.country or "", first), first)
    for i in groups:
        m = doc.mentions[i]
        # a person of no state known counts only from a sentence before: "X met the Somali and Ethiopian
        # presidents" is X with two others
        unknown = told.get("", m.start)
        if any(told.get(c, m.start) < m.start for c in m.members) or (
            unknown < m.start and doc.sent_index(unknown) < m.sent
        ):
            continue  # "X met Y. The Egyptian and Jordanian ministers said": the persons told
        doc.mentions[i] = m._replace(kind="unnamed", rule="actor.unnamed_demonym_list", name=None)
        doc.fire("actor.unnamed_demonym_list", m.start, m.end, " + ".join(m.members))


def _unnamed_role_again(doc: Doc, m: Mention, before: list[Mention]) -> bool:
    """coref.unnamed_role_again: "The Iranian president met X on Monday. The president said ...": a bare title
    ("the president", no country) that no person told fits is the role-holder of a country a description of
    that very title told within the two sentences before, whom no name was found for."""
    if m.kind != "desc" or m.country or not m.role or m.role == "Counterpart" or m.text[:4] not in ("the ", "The "):
        return False
    if m.text.count(" ") > 2:
        return False
    n = next(
        (n for n in reversed(before) if n.kind == "desc" and n.country and 0 <= m.sent - n.sent <= 2),
        None,
    )
    if n is None or not n.role or not (n.role == m.role or (m.role == "Minister" and n.role.endswith(" Minister"))):
        return False  # "the minister" is the foreign minister told; "the president" is no prime minister
    keys = doc.refs.get((n.start, n.end))
    if keys:
        e = doc.entity(keys[0])
    else:
        country: str = n.country or ""
        e = unnamed_person(doc, f"{n.role} of {doc.lexicon.of_country(country)}", n.role, country)
        e.add(n.span, "coref.unnamed_role_again")
        doc.refs[(n.start, n.end)] = (e.key,)
    e.add(m.span, "coref.unnamed_role_again")
    doc.refs[(m.start, m.end)] = (e.key,)
    doc.fire("coref.unnamed_role_again", m.start, m.end, e.name)
    return True


def _counterpart_fits(doc: Doc, m: Mention, recent: list[_Recent], e: Entity) -> bool:
    """coref.counterpart_title: "President X and his US counterpart will discuss ... adviser Y told": a
    counterpart named after it holds the title of the sentence's first person, when that person has
    one (not an adviser of the president's)."""
    first = next((r[2] for r in recent if r[1] == m.sent and r[0] < m.start), None)
    if first is None or not first.role_head or first.role_head in doc.lexicon.generic_roles:
        return True
    return not e.role_head or _holds_role(doc.lexicon, first.role_head, e)


def _unnamed_counterpart(doc: Doc, m: Mention, recent: list[_Recent]) -> None:
    """coref.counterpart_of_subject: "President X ... and his US counterpart will discuss": a counterpart
    of a country whom the article never names holds the title of the sentence's first person (its
    subject): "President of United States", not a guessed minister. A generic title ("official") or no
    titled person before it in the sentence leaves it to the meeting rules."""
    if m.role != "Counterpart" or not m.country or m.text.lower().startswith(("a ", "an ")):
        return
    first = next((r[2] for r in recent if r[1] == m.sent and r[0] < m.start), None)
    # coref.counterpart_of_nearest_subject: "The spokesman explained that the Iranian Foreign Minister will meet his
    # Iraqi counterpart": the subject nearest before the counterpart, of a clause after the sentence's first
    near = next(
        (
            r[2]
            for r in reversed(recent)
            if r[1] == m.sent and r[0] < m.start and r[2] is not first and subjectish(doc, r[3])
        ),
        None,
    )
    if near is not None and near.role_head and near.role_head not in doc.lexicon.generic_roles:
        first = near
    if first is None or first.unnamed or first.country == m.country:
        return
    role = first.role_head
    if not role or role in doc.lexicon.generic_roles or role == "Counterpart":
        return
    name = f"{role} of {doc.lexicon.of_country(m.country)}"
    e = unnamed_person(doc, name, role, m.country)
    e.add(m.span, "coref.counterpart_of_subject")
    doc.refs[(m.start, m.end)] = (e.key,)
    doc.fire("coref.counterpart_of_subject", m.start, m.end, e.name)


def _told_before_in_sentence(doc: Doc, m: Mention, e: Entity) -> bool:
    """coref.counterpart_not_subject: "The Foreign Secretary has spoken to her Saudi counterpart. X held a call
    with ...": a counterpart is never the person a mention before it in its sentence stands for (the one they
    met), even when both are named only later."""
    floor = doc.sentences[m.sent].start if m.sent >= 0 else 0
    return any(e.key in doc.refs_of(n) for n in doc.mentions_between(floor, m.start) if n.end <= m.start)


def _holds_role(lx: Lexicon, role: str, e: Entity) -> bool:
    """Does the named person ``e`` hold ``role`` ("Foreign Minister"): the same canonical title and
    rank, or a "minister" of that country for a minister's title; not a former holder. A "Leader"
    (the leaders of A, B and C) is whoever holds a ``leader_role`` (coref.leader)."""
    head = (e.role_head or "").lower()
    want = role.lower()
    if not head:
        return False
    if not (role == "Leader" and e.role_head in lx.leader_roles) and not (
        head == want
        or (head == "minister" and want.endswith(" minister"))
        or (want == "foreign minister" and chief_diplomat(head, e.role))
    ):
        return False  # (the title told first: the rank words cost two scans of both titles)
    # coref.same_rank: a deputy or a former holder ("former", "then-") is another person
    return _rank_words(lx, e.role or head) == _rank_words(lx, want)


#: a place after a description, before its verb ("The leader of the Friday prayers in Tehran stated ...")
_IN_PLACE_GAP_RX: Final = re.compile(r" in [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?")


def _lead_speaker_named_next(doc: Doc, m: Mention, n: Mention, e: Entity) -> bool:
    """coref.lead_desc_named_next: "The temporary leader of the Friday prayers in Tehran stated that A. ... X said
    that B": a description that speaks in the article's first sentences is the person the next sentence names
    first, when the text gives that person no title of their own."""
    if m.sent > 1 or n.sent != m.sent + 1 or e.role or e.unnamed:
        return False
    if e.role_head and e.role_head not in doc.lexicon.generic_roles:
        return False  # (a generic description told of them, "the senior cleric", is no title)
    first = next((x for x in doc.sentence_mentions(n.sent) if x.kind in ("name", "candidate", "desc")), None)
    if first is None or first.start != n.start:
        return False
    gap = _IN_PLACE_GAP_RX.match(doc.text, m.end)
    if not _finite_cue_after(doc, gap.end() if gap is not None else m.end):
        return False
    doc.fire("coref.lead_desc_named_next", m.start, m.end, e.name)
    return True


#: a weekday between a subject and its verb (" on Tuesday")
_DAY_GAP_RX: Final = re.compile(r",? on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?(?= )")


def _finite_cue_after(doc: Doc, pos: int) -> bool:
    """Does a finite speech cue follow ``pos`` ("says", "condemned on Tuesday", "also remarked")?"""
    if _SAYS_AFTER_RX.match(doc.text, pos):
        return True
    if (day := _DAY_GAP_RX.match(doc.text, pos)) is not None:
        pos = day.end()  # "Spokesman X on Tuesday condemned ..."
    w = WORD_AFTER_RX.match(doc.text, pos)
    if w is not None and w.group(1) in ("has", "have", "had"):
        w = WORD_AFTER_RX.match(doc.text, w.end())  # a perfect: "A senior MP has said"
    if w is not None and w.group(1).endswith("ly") and w.group(1) not in doc.lexicon.cues:
        w = WORD_AFTER_RX.match(doc.text, w.end())  # an adverb first: "vehemently condemned"
    c = doc.lexicon.cues.get(w.group(1)) if w is not None else None
    return c is not None and c.form == "finite"


#: the words after which a name is the object of its clause, not the subject told before it ("spoke with X")
_OBJECT_WORDS: Final = frozenset({"with", "met", "received", "to", "by", "from", "and"})


def _object_word(lx: Lexicon, word: str) -> bool:
    """Is ``word``, right before a mention, one after which the mention is an object ("with", "received")?"""
    return word in _OBJECT_WORDS or _object_of_verb(lx, word)


def _object_after(doc: Doc, n: Mention) -> bool:
    """Is the name ``n`` the object of a verb or preposition right before it ("spoke with X", "received X")?"""
    return _object_word(doc.lexicon, preceding_word(doc, n.lo))


def _lead_unnamed(doc: Doc) -> Mention | None:
    """The first unnamed role-holder with a role told in the first sentence, else in the second (of three or more):
    what ``doc.sentence_mentions(0)`` and ``(1)`` hold, read off the mentions (their buckets, made for this list of
    mentions only, would be made again for the list coreference leaves)."""
    sentences = doc.sentences
    for i in (0, 1):
        # sentence i's bucket: from its start to its end, or to the next sentence's start if that is first
        lo, hi = sentences[i].start, sentences[i].end
        nxt = sentences[i + 1].start
        if nxt < hi:
            hi = nxt
        for m in doc.mentions:
            if m.start >= hi:
                break  # (the mentions are in text order: none after it starts in the sentence)
            if lo <= m.start and m.kind == "unnamed" and m.role and m.sent >= 0:
                return m
    return None


def _named_after(doc: Doc, e: Entity, m: Mention) -> bool:
    """Is the person ``e`` first named after the list ``m``, in its sentence or the two after it?"""
    if not e.mentions:
        return False
    first = min(e.mentions)[0]
    return first >= m.end and doc.sent_index(first) - m.sent <= 2


#: group mentions that stand for two countries ("both countries pledged", "the two countries agreed"):
#: the ``country_pair`` table (``Lexicon.country_pairs``)
_KINDS_WITH_COUNTRY: Final = frozenset({"country", "body", "name", "desc", "unnamed"})


def _two_countries(doc: Doc) -> None:
    """coref.country_pair: a pair of countries: "both countries pledged ..." as a subject, when the
    sentences before it (this one and the three before) tell exactly two countries: named, or the
    countries of the persons and government bodies told there ("Kazakh Foreign Minister X met his
    Uzbek counterpart Y"). An object ("ties between the two countries") or a possessive ("the two
    countries' trade") is no speaker and stays a plain group; three countries or one is a guess."""
    text = doc.text
    out: list[Mention] | None = None
    for i, m in enumerate(doc.mentions):
        if m.kind != "group" or m.text.lower() not in doc.lexicon.country_pairs:
            continue
        if preceding_word(doc, m.start) in PREPOSITIONS or text.startswith(("'", "’"), m.end):
            continue
        codes: list[str] = []
        for n in doc.mentions_between(doc.sentences[max(0, m.sent - 3)].start, m.start):
            if n.kind not in _KINDS_WITH_COUNTRY:
                continue
            code = n.country
            if n.kind != "country":
                keys = doc.refs_of(n)
                ent = doc.entity(keys[0]) if len(keys) == 1 else None
                code = ent.country if ent is not None and ent.kind in ("person", "organization") else None
            if code and code not in codes:
                codes.append(code)
        if len(codes) != 2:
            continue
        linked: list[int] = []
        for code in codes:
            ukey = f"country:{code}"
            if ukey not in doc.unnamed:
                name = doc.lexicon.country_names.get(code, code)
                doc.unnamed[ukey] = doc.new_entity("country", name, country=code).key
            e = doc.entity(doc.unnamed[ukey])
            e.add((m.start, m.end), "coref.country_pair")
            linked.append(e.key)
        doc.refs[(m.start, m.end)] = tuple(linked)
        doc.fire("coref.country_pair", m.start, m.end, " + ".join(doc.entity(k).name for k in linked))
        if out is None:
            out = list(doc.mentions)
        # a group of named countries: the meeting and statement rules read its references
        out[i] = m._replace(kind="cgroup", rule="coref.country_pair")
    if out is not None:
        doc.mentions = out


def _head(doc: Doc, role: str | None) -> str | None:
    """The canonical title inside a role text ("Iran's FM" -> "Foreign Minister")."""
    if not role:
        return None
    low = role.lower()
    best: tuple[int, str] | None = None
    for m in doc.lexicon.words_re.finditer(low):
        word = m.group()
        r = doc.lexicon.roles.get(word)
        if r is not None and (best is None or len(word) >= best[0]):
            best = (len(word), r[0])
    return best[1] if best else None


#: a person mentioned: (position, sentence, person, mention)
_Recent = tuple[int, int, Entity, Mention]


def _country_or_home(lx: Lexicon, e: Entity, home: str | None) -> str | None:
    """coref.home_description: the country of ``e``, or the article's home one for a named person whose
    title an official of the home state may hold and to whom the text gave no country ("Foreign
    Minister X" in a Uruguayan paper is Uruguay's: "the Spanish foreign minister" is someone else).
    Asked only for a description with a country and a title ("the Lithuanian official" may still be
    a person whose country a later sentence tells)."""
    if e.country is not None or home is None or e.unnamed or e.kind != "person" or not e.role:
        return e.country
    return home if home_role(lx, e.role) else None


def _home_excludes(lx: Lexicon, m: Mention, e: Entity, home: str | None, rivals: AbstractSet[str]) -> bool:
    """coref.home_description: a description of another country than the home ("his Lebanese
    counterpart" in an Irish paper, "the Kenyan foreign minister" in a Dominican one) is not a person
    the home's by their title (a named minister or leader the text gave no country), when it is a
    counterpart or the text tells of another person of that country whom it may be (``rivals``);
    otherwise the description is what tells the person's country ("Foreign Minister X ... the
    Turkish minister" in a Georgian paper). A generic description ("the Lithuanian official") may
    still be a person without such a title whose country a later sentence tells."""
    if not m.country or home is None or home == m.country:
        return False
    if (
        m.role in lx.generic_roles
        and m.role not in ("Minister", "Counterpart")
        and _executive(lx, e)
        and _country_or_home(lx, e, home) == home
    ):
        return True  # "the US official" is not "Foreign Minister X" of a Guatemalan paper: a title tells more
    if m.role != "Counterpart" and m.country not in rivals:
        return False
    if m.role in lx.generic_roles and m.role != "Counterpart" and not _executive(lx, e):
        return False
    return _country_or_home(lx, e, home) not in (None, m.country)


def _executive(lx: Lexicon, e: Entity) -> bool:
    """Is ``e`` titled a leader or a minister (whom "the US official" is not, when the home is another)?"""
    head = e.role_head or ""
    return head in lx.leader_roles or head.endswith("Minister")


def _home_role_holder(doc: Doc, m: Mention) -> bool:
    """coref.home_role: "the Prime Minister condemned ...", "called on the President to ...": a title of
    a state's own office-holder (a leader's, a named minister's; not "the minister", not a post abroad)
    that no person told before or named after holds is the home country's holder of it ("Prime Minister
    of Lebanon" in a Lebanese paper), when the article has a home. True when it linked one."""
    lx = doc.lexicon
    home, role = doc.home, m.role
    if home is None or m.country or not role or m.kind != "desc":
        return False
    if role in lx.generic_roles or role in lx.envoy_roles:
        return False
    if not (role in lx.leader_roles or role.endswith(" Minister")):
        return False
    words = m.text.split()
    if len(words) < 2 or words[0].lower() != "the" or not home_role(lx, m.text) or _rank_words(lx, m.text):
        return False
    if _LIST_NEXT_RX.match(doc.text, m.end) or _LIST_BEFORE_RX.search(doc.text, max(0, m.start - 30), m.start):
        return False  # "met the Foreign Minister, the Prime Minister and the President of Iraq": the list's country
    if preceding_word(doc, m.start) == "of":
        return False  # "the Office of the Prime Minister", "a spokesman of the President": another's title
    e = unnamed_person(doc, f"{role} of {lx.of_country(home)}", role, home)
    e.add(m.span, "coref.home_role")
    doc.refs[(m.start, m.end)] = (e.key,)
    doc.fire("coref.home_role", m.start, m.end, e.name)
    return True


def _unique_office_holder(doc: Doc, m: Mention) -> None:
    """coref.unique_office: "The Secretary-General condemned ...": a capitalised title of an office one person
    holds (the ``unique_office`` table), told bare and named by no one, is that office's unnamed holder (never
    "the Office of the Secretary-General", "the Deputy Secretary-General", or a title of a state or a body)."""
    if m.kind != "desc" or m.country or m.role not in doc.lexicon.unique_offices:
        return
    words = m.text.split(" ", 1)
    if len(words) != 2 or words[0].lower() != "the" or words[1] != m.role or preceding_word(doc, m.start) == "of":
        return
    e = unnamed_person(doc, m.role, m.role, None)
    e.add(m.span, "coref.unique_office")
    doc.refs[(m.start, m.end)] = (e.key,)
    doc.fire("coref.unique_office", m.start, m.end, e.name)


def _rival_countries(doc: Doc, m: Mention) -> AbstractSet[str]:
    """The countries of the persons the text tells of besides ``m`` (for coref.home_description):
    named, described or unnamed ("the US Deputy Secretary of State", "her Chinese counterpart").
    Counted once an article (a scan a description would make it quadratic in the article's length)."""
    counts = doc.memo.get("person_mention_countries")
    if counts is None:
        counts = collections.Counter(n.country for n in doc.mentions if n.country and n.kind in _PERSON_MENTIONS)
        doc.memo["person_mention_countries"] = counts
    assert isinstance(counts, collections.Counter)
    own = m.country if m.kind in _PERSON_MENTIONS else None
    return {c for c, k in counts.items() if k > (1 if c == own else 0)}


_PERSON_MENTIONS: Final = frozenset({"name", "desc", "unnamed"})


def _international_office(lx: Lexicon, e: Entity) -> bool:
    """Does ``e`` (of no state) hold an office of an international body ("UN Secretary-General", "NATO Secretary
    General X", "EU foreign policy chief X")? The body's initials open the title."""
    for told in (e.role, e.name):
        words = (told or "").split()
        if words and words[0].isupper() and lx.name_tables.get(words[0]) == "organization":
            return True
        for k in (2, 3):
            # "United Nations Secretary-General X", "Arab League Secretary-General X": the body in full
            org = lx.organizations.get(" ".join(words[:k])) if len(words) > k else None
            if org is not None and org[1] is None:
                return True
    return False


def _resolve_desc(
    lx: Lexicon,
    m: Mention,
    recent: list[_Recent],
    strict: bool = False,
    home: str | None = None,
    rivals: AbstractSet[str] = frozenset(),
    doc: Doc | None = None,
) -> Entity | None:
    """The person a description refers to, of the ``recent`` ones: the best fit, then (given ``doc``) one told
    speaking in the description's sentence or the one before (coref.subject_tie: "..., X said after meeting
    Y. The minister noted ..." is X, of two ministers), then the latest."""
    best: tuple[int, int, int, Entity] | None = None
    acronyms = [w for w in m.text.split() if len(w) > 1 and w.isupper() and w.isalpha()]
    if acronyms:
        # coref.organization_title: "the UNSMIL head" is who bore a title of UNSMIL, when one did
        titled = [r for r in recent[-30:] if r[2].role and any(a in r[2].role for a in acronyms)]
        if titled:
            recent = titled
    surface = _DESC_DET_RX.sub("", m.text).lower() if " " in m.text.strip() else ""
    # the persons who hold the description's title, read when a counterpart is first scored (coref.counterpart_title)
    twins: list[Entity] | None = None
    # the persons told in the description's sentence or the one before (coref.home_leader yields to them)
    near: dict[int, Entity] | None = None
    seen: set[int] = set()
    for i, (_pos, _sent, e, _m) in enumerate(reversed(recent)):
        if i > 30:
            break
        if e.key in seen:
            continue  # scored already, the same again: a tie never replaces the best
        seen.add(e.key)
        subj = 0
        # (the subject of a meeting verb only for a description with its state, "the Iranian president": "the
        # minister" after two ministers met is ambiguous, "his counterpart" the other party)
        if (
            doc is not None
            and m.sent - _sent <= 1
            and _m.kind == "name"
            and _spoke(doc, _m, bool(m.country) and m.role != "Counterpart")
        ):
            subj = 1  # coref.subject_tie
        if m.country and e.country and e.country != m.country:
            continue
        if m.country and e.country is None and _international_office(lx, e):
            continue  # coref.national_not_international: "the Brazilian minister" is no UN chief
        if _home_excludes(lx, m, e, home, rivals):
            continue
        if strict and (e.unnamed or e.country != m.country):
            continue
        fit = role_fits(lx, m.role, e)
        if fit == 1 and m.role in lx.generic_roles and _body_in_title(m.text, e.role):
            fit = 2  # coref.body_in_title
        # (a person told only by a description holds its title too: "The Iranian president" told of X)
        e_role = e.role or e.role_head
        if (
            fit == 1
            and m.role
            and m.role not in lx.generic_roles
            and e.country is not None
            and e.role
            and "counterpart" in e.role.lower().split()
        ):
            # coref.counterpart_title: "X, Tajik Foreign Minister, met his Iranian counterpart, Y ... The Foreign
            # Minister emphasized ...": a counterpart holds the title of the one they met, so the description fits
            # both, and the text's tie (who spoke just before) tells which; the title's holder is of another state
            # than the counterpart ("the Senegalese president" is not the Senegalese counterpart of the French
            # minister)
            if twins is None:
                twins = [
                    r[2]
                    for r in recent[-30:]
                    if r[2].role and "counterpart" not in r[2].role.lower() and role_fits(lx, m.role, r[2]) == 2
                ]
            twin = next((t for t in reversed(twins) if t.country and t.country != e.country), None)
            if twin is not None:
                fit, e_role = 2, twin.role
        if fit == 0 or (strict and fit < 2):
            continue
        if surface and m.role not in lx.generic_roles and _rank_words(lx, surface) != _rank_words(lx, e.role or ""):
            continue  # coref.same_rank: "the deputy prime minister" is not the prime minister
        score = fit + (2 if m.country and e.country == m.country else 0)
        if (
            home
            and not m.country
            and m.role
            and (m.role in lx.leader_roles or (m.role != "Minister" and m.role.endswith(" Minister")))
            and _country_or_home(lx, e, home) == home
        ):
            # coref.home_leader: "the President" in a national paper is its own, of two presidents told; so is
            # "the Foreign Minister" of a foreign ministry's release that told "Foreign Minister of Afghanistan Y";
            # not when the sentence before told the other one and not the home's ("For his part, the Iraqi president
            # said ... He praised ... The president also hailed ..." is still the Iraqi one)
            if near is None:
                near = {r[2].key: r[2] for r in recent if m.sent - 1 <= r[1] <= m.sent}
            if e.key in near or not any(
                r.key != e.key and r.country != home and role_fits(lx, m.role, r) for r in near.values()
            ):
                score += 1
        if (
            surface
            and e_role
            and (
                surface in e_role.lower()
                or surface in _stateless_title(lx, e_role)
                # coref.same_title_inverted: "the defense minister" bore "Minister of Defense and Armed Forces ..."
                or ((inv := _inverted_title(surface)) != "" and inv in e_role.lower())
            )
        ):
            # coref.same_title: "The External Affairs Minister" is who bore that very title; "The Acting Foreign
            # Minister" who bore "Acting Thai Foreign Minister" (its state's word left out)
            score += 2
        if best is None or (score, subj) > best[:2]:
            best = (score, subj, -i, e)
    return best[3] if best else None


def _inverted_title(title: str) -> str:
    """A lower-case "<portfolio> minister" told the other way round ("defense minister" -> "minister of defense"),
    or "" for any other title."""
    portfolio, _, head = title.rpartition(" ")
    return f"{head} of {portfolio}" if portfolio and head in ("minister", "ministry") else ""


def _stateless_title(lx: Lexicon, role: str) -> str:
    """A title lower-cased without the words that name its state ("Acting Thai Foreign Minister" -> "acting
    foreign minister")."""
    return " ".join(w for w in role.split() if lx.country_of(w) is None).lower()


#: how far on coref.same_title_later looks for the person a description names: longer than any one article
_SAME_TITLE_REACH: Final = 20_000


def _same_title_later(doc: Doc, m: Mention, exclude: frozenset[int] | set[int] = frozenset()) -> Entity | None:
    """coref.same_title_later: "The acting State Department spokesperson described the talks as useful. ...
    (many sentences on) ... acting State Department spokesperson Mark Toner said": a description of two words
    or more that no one told near it fits is the one person named later anywhere in the article under that
    very title (its words, its country)."""
    surface = _DESC_DET_RX.sub("", m.text).lower()
    if not m.role:
        return None
    if " " not in surface and not (
        # coref.lead_title_later: "The Leader of the Islamic Revolution called ... (next paragraph) Leader of the
        # Islamic Revolution Ayatollah X": a capitalised title of one word in the article's first two sentences
        0 <= m.sent <= 1 and m.text[-len(surface) :][:1].isupper() and m.role.lower() == surface
    ):
        return None
    found: Entity | None = None
    # within an article's reach after it (a text of many articles run together stays linear)
    for n in doc.mentions_between(m.end, min(len(doc.text), m.end + _SAME_TITLE_REACH)):
        if n.kind != "name" or not n.role or not doc.refs_of(n):
            continue
        e = doc.entity(doc.refs_of(n)[0])
        if e.kind != "person" or (m.country and e.country and e.country != m.country) or e.key in exclude:
            continue
        # (or, a description with its state, one of that state whose title holds its role: "Hungary's Foreign
        # Minister wrote ... posted Hungarian Minister of Foreign Affairs and Trade X")
        if surface in n.role.lower() or (
            m.country and e.country == m.country and role_fits(doc.lexicon, m.role, e) == 2
        ):
            if found is not None and found.key != e.key:
                return None  # two persons of that title: which one is a guess
            found = e
    if found is not None:
        doc.fire("coref.same_title_later", m.start, m.end, found.name)
    return found


#: the reporting verb right after a subject: " says", " said"
_SAYS_AFTER_RX: Final = re.compile(r" (says|said|stresses|stressed|adds|added)\b")


def _lead_role_named_next(doc: Doc) -> None:
    """coref.lead_role_named_next: "Iran's Foreign Ministry Spokesman says A. Ali Nouri says B.": an unnamed
    role-holder saying something in the article's first sentence is the person the next sentence
    opens with, saying something too, when the text gives that person no title and no country; every mention
    of the role-holder is theirs."""
    if len(doc.sentences) < 3:
        return
    # the lead: the first sentence, or the second after a headline
    first = _lead_unnamed(doc)
    if first is None or not _finite_cue_after(doc, first.end) or not doc.refs_of(first):
        return
    role_holder = doc.entity(doc.refs_of(first)[0])
    if not role_holder.unnamed:
        return
    nxt = doc.sentences[first.sent + 1]
    # (after an opening phrase: "Speaking at the open session in Tehran, X remarked that ...")
    lead = _OPENING_LEAD_RX.match(doc.text, nxt.start, nxt.end)
    if lead is None or lead.end() == nxt.start:
        # (or after an agency's label: "Iran Press/Iran News: X said on Sunday")
        lead = _LABEL_LEAD_RX.match(doc.text, nxt.start, nxt.end) or lead
    at = lead.end() if lead is not None else nxt.start
    opener = next(iter(doc.mentions_between(at, at + 1)), None)
    rule = "coref.lead_role_named_next"
    if (
        opener is None
        or opener.kind != "name"
        or " " not in opener.text
        or not doc.refs_of(opener)
        or (opener.start != at and opener.start != nxt.start)
        or not _finite_cue_after(doc, opener.end)
    ):
        opener = _spokesman_named_later(doc, first)
        rule = "coref.spokesman_named_later"
        if opener is None:
            return
    e = doc.entity(doc.refs_of(opener)[0])
    if e.kind != "person" or e.unnamed or e.role or e.role_head or e.country not in (None, first.country):
        return
    if any(role_holder.key in doc.refs.get((n.start, n.end), ()) for n in doc.sentence_mentions(opener.sent)):
        return  # the role-holder is told again beside the name: two persons
    _take_over(doc, role_holder, e, rule)
    e.country, e.role_head = e.country or first.country or role_holder.country, first.role
    doc.fire(rule, first.start, first.end, e.name)


def _take_over(doc: Doc, holder: Entity, e: Entity, rule: str) -> None:
    """Every mention of the unnamed ``holder`` becomes the named person ``e``'s (told by ``rule``); the holder
    leaves the unnamed ones."""
    for span, keys in list(doc.refs.items()):
        if holder.key in keys:
            doc.refs[span] = tuple(e.key if k == holder.key else k for k in keys)
            e.add(span, rule)
    doc.unnamed = {k: v for k, v in doc.unnamed.items() if v != holder.key}


def _spokesman_named_later(doc: Doc, first: Mention) -> Mention | None:
    """coref.spokesman_named_later: "Iran's Foreign Ministry spokesman said A. ... “B,” Saeed Khatibzadeh said.",
    "A senior Iranian MP has said A. ... “B,” X told reporters": a spokesman (or another role-holder, no leader or
    minister) left unnamed in the lead is the first person named in the three sentences after it, when that
    person speaks right there (the check of title and country is the caller's)."""
    if not first.role or first.role in doc.lexicon.leader_roles or first.role.endswith("Minister"):
        # (a leader or a minister told bare in the lead may be another than a person named bare after: "the
        # Iranian president said ... Putin said"; a spokesman, a lawmaker, a commander is the one named next)
        return None
    last = min(first.sent + 3, len(doc.sentences) - 1)
    for n in doc.mentions_between(doc.sentences[first.sent + 1].start, doc.sentences[last].end):
        if n.kind != "name" or not doc.refs_of(n) or doc.entity(doc.refs_of(n)[0]).kind != "person":
            continue
        # the first person named: the spokesman only when he speaks there ("..., Saeed Khatibzadeh said", or
        # inverted: "..., added Bahram Qassemi, commenting on ...")
        return n if " " in n.text and (_finite_cue_after(doc, n.end) or _inverted_cue_before(doc, n.start)) else None
    return None


#: the fronting verb of an inverted cue right before a name (",” said |", ", added |")
_INVERTED_CUE_BEFORE_RX: Final = re.compile(r"[,”\"]\s*([a-z]+) $")


def _inverted_cue_before(doc: Doc, pos: int) -> bool:
    """Is the name at ``pos`` the subject of an inverted cue ("..., added Bahram Qassemi")?"""
    w = _INVERTED_CUE_BEFORE_RX.search(doc.text, max(0, pos - 16), pos)
    c = doc.lexicon.cues.get(w.group(1)) if w is not None else None
    return c is not None and c.form == "finite" and c.base in doc.lexicon.fronting_verbs


#: " made the remarks", " also made these comments" after the name that opens a sentence (coref.remarks_maker)
_MADE_REMARKS_RX: Final = re.compile(r"\s+(?:also\s+)?made\s+(?:the|these|those|his|her)\s+(?:remarks|comments)\b")


def _remarks_maker(doc: Doc) -> None:
    """coref.remarks_maker: "..., a senior Iranian diplomat said on Monday. Spokesman X made the remarks at his
    weekly press conference.": the one unnamed person of the sentence before, of no other state, is the person
    named as the remarks' maker; every mention of the unnamed one is theirs."""
    text = doc.text
    for m in doc.mentions:
        if m.kind != "name" or m.sent < 1 or not doc.refs_of(m) or _MADE_REMARKS_RX.match(text, m.end) is None:
            continue
        if text[doc.sentences[m.sent].start : m.lo].strip():
            continue  # the name opens its sentence
        e = doc.entity(doc.refs_of(m)[0])
        if e.kind != "person" or e.unnamed:
            continue
        unnamed = {
            k
            for n in doc.sentence_mentions(m.sent - 1)
            if n.kind in ("desc", "unnamed")
            for k in doc.refs_of(n)
            if doc.entity(k).kind == "person"
            and doc.entity(k).unnamed
            and (e.country is None or doc.entity(k).country in (None, e.country))
        }
        if len(unnamed) != 1:
            continue
        holder = doc.entity(unnamed.pop())
        _take_over(doc, holder, e, "coref.remarks_maker")
        e.country = e.country or holder.country
        doc.fire("coref.remarks_maker", m.start, m.end, e.name)


def _uncountried_holder(doc: Doc, m: Mention, recent: list[_Recent]) -> Entity | None:
    """The named person "the President of Kazakhstan" (an unnamed role-holder of a country) refers to when no
    person told before is of that country:

    * coref.uncountried_holder: the one person told before who bears the title and no country, when every
      other person told has a country ("President X received the envoys ... The President of Kazakhstan
      congratulated them");
    * coref.untitled_protagonist: for a leader's title, when no one bears it, the person the article first
      named as a clause's subject, with no title and no country, when no other person told without a country
      may hold it (a head of state's own press office names its head bare: "X had a telephone conversation
      with President Y ... The President of Russia stressed ...")."""
    lx = doc.lexicon
    if m.text.lower().startswith(("a ", "an ")):
        return None  # "the first talks between an Australian prime minister and ...": anyone who held it
    persons: dict[int, Entity] = {}
    for _p, _s, e, _m in recent:
        if e.kind == "person":
            persons[e.key] = e
    if any(e.country == m.country for e in persons.values()):
        return None
    uncountried = [e for e in persons.values() if not e.unnamed and e.country is None]
    loose = [e for e in uncountried if role_fits(lx, m.role, e) > 0]
    titled = [e for e in loose if role_fits(lx, m.role, e) == 2 and (e.role or e.role_head)]
    if len(titled) == 1 and len(uncountried) == 1:
        doc.fire("coref.uncountried_holder", m.start, m.end, titled[0].name)
        return titled[0]
    if titled or m.role not in lx.leader_roles or len(loose) != 1:
        return None
    e = loose[0]
    if e.role or e.role_head:
        return None
    # the protagonist: whom the first name told as a clause's subject is
    first = next(
        (n for n in doc.mentions if n.kind in ("name", "candidate") and doc.refs_of(n) and subjectish(doc, n)), None
    )
    if first is None or first.start > m.start or doc.refs_of(first)[0] != e.key:
        return None
    doc.fire("coref.untitled_protagonist", m.start, m.end, e.name)
    return e


#: the capitalised words of a description before its generic head: "State Department" in "the State Department
#: official"
_DESC_BODY_RX: Final = re.compile(r"^(?:[Tt]he |[Aa]n? )?((?:[A-Z][\w.'’-]* )+)[a-z]")


def _body_in_title(desc: str, role: str | None) -> bool:
    """coref.body_in_title: "the State Department official" is who bore a title of the State Department ("Assistant
    Secretary for the Department of State's Bureau of ..."): the capitalised words before a generic head
    ("official", "diplomat") are inside the person's title, as written or turned about ("Department of State")."""
    if not role:
        return False
    bm = _DESC_BODY_RX.match(desc)
    if bm is None or " " not in (body := bm.group(1).strip().lower()):
        return False
    words = body.split()
    # "State Department" is also written "Department of State", "Defence Ministry" "Ministry of Defence"
    return body in role.lower() or (len(words) == 2 and f"{words[1]} of {words[0]}" in role.lower())


def _ambiguous_desc(doc: Doc, m: Mention, recent: list[_Recent], best: Entity) -> Entity | None:
    """coref.ambiguous_description: "A's minister X met B's minister Y. The minister said ...": a description
    with no country of its own that fits two persons of different countries, both told in the last two
    sentences, means neither (None), unless the one told last was the subject of its clause ("Y said ...")
    or only one of them spoke there ("X said ... He met Y. The minister added ...": X)."""
    if m.country or best.country is None or _visiting(m.text):
        return best  # "the visiting minister" tells them apart (coref.visiting)
    last: dict[int, _Recent] = {}
    spoke: set[int] = set()
    for r in recent:
        if m.sent - r[1] <= 2 and r[0] < m.start:
            last[r[2].key] = r
            if r[3].kind != "desc" and subjectish(doc, r[3]) and (w := WORD_AFTER_RX.match(doc.text, r[3].end)):
                c = doc.lexicon.cues.get(w.group(1))
                if c is not None and c.form != "participle":
                    spoke.add(r[2].key)
    mine = last.get(best.key)
    if mine is None or subjectish(doc, mine[3]):
        return best
    fit = role_fits(doc.lexicon, m.role, best)
    rivals = [
        e
        for _p, _s, e, _m in last.values()
        if e.key != best.key
        and e.kind == "person"
        and e.country is not None
        and e.country != best.country
        and role_fits(doc.lexicon, m.role, e) == fit
    ]
    if not rivals:
        return best
    speakers = [e for e in (best, *rivals) if e.key in spoke]
    return speakers[0] if len(speakers) == 1 else None


def _spoke(doc: Doc, m: Mention, meetings: bool = False) -> bool:
    """Is the name ``m`` the subject of a finite speech cue right after it ("X said", "X also noted"), or, with
    ``meetings``, of a meeting verb (coref.subject_tie_meeting: "X held talks with Y ... The Iranian president
    also met Z" is X)?"""
    if not subjectish(doc, m) or (w := WORD_AFTER_RX.match(doc.text, m.end)) is None:
        return False
    word = w.group(1)
    c = doc.lexicon.cues.get(word)
    if c is not None:
        return c.form != "participle"
    if not meetings or word.endswith("ing") or word in doc.lexicon.noun_verbs:
        return False
    words = doc.text[w.start(1) : w.start(1) + 40].lower().split(" ")[:3]
    return any(" ".join(words[:k]) in doc.lexicon.meeting_verbs for k in (1, 2, 3))


def quote_run_start(text: str, pos: int) -> int:
    """Where the quote that closes right before ``pos`` ('..., ” he said') opens: in its paragraph, or, when
    that paragraph opens with "“", in the first of the paragraphs before it that each open with "“" and
    never close (a quote run over paragraphs); -1 when no quote closes there."""
    k = pos
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] not in '”"':
        return -1
    close = k - 1
    para = text.rfind("\n", 0, close) + 1
    opener = "“" if text[close] == "”" else '"'
    start = text.rfind(opener, para, close)
    if start < 0:
        return -1
    return open_paragraphs_before(text, start) if start == para and opener == "“" else start


def open_paragraphs_before(text: str, para: int) -> int:
    """The first of the paragraphs right before the one at ``para`` (which opens with "“") that each open with
    "“" and never close it: a quote run on over paragraphs starts there (``para`` when none does)."""
    last = para
    while True:
        before = text[:para].rstrip()
        prev = before.rfind("\n") + 1
        if not before or text[prev] != "“" or "”" in text[prev : len(before)] or last - prev > 3000:
            return para
        para = prev


def _last_told_org(doc: Doc, before: int, word: str) -> Entity | None:
    """The organization whose name holds ``word`` told last before ``before`` ("the ministry": the one named in the
    sentence before, though another ministry was first named after it), of the last fifty entities."""
    best: Entity | None = None
    best_at = -1
    for e in doc.entities[-50:]:
        if e.kind != "organization" or word not in e.name.lower():
            continue
        # (its last 200 mentions, which coreference adds in text order: bounded, so a long text stays linear)
        at = max((s for s, _e in e.mentions[-200:] if s < before), default=-1)
        if at >= best_at:
            best, best_at = e, at
    return best


def _proper_words(name: str) -> int:
    """How many words of ``name`` are capitalised (a proper name's), small words ("of", "the") left out."""
    return sum(1 for w in name.split() if w[:1].isupper())


def _fuller_body_name(new: str, old: str) -> bool:
    """Is ``new`` a fuller name of the body named ``old``: written as a proper name where ``old`` has a lower-case
    word ("Russian Ministry of Defense" for "Russian defense ministry"), or longer with as many capitalised words?"""
    old_lower = any(w[:1].islower() and w not in _NAME_SMALL_WORDS for w in old.split())
    new_lower = any(w[:1].islower() and w not in _NAME_SMALL_WORDS for w in new.split())
    if old_lower != new_lower:
        return old_lower
    return _proper_words(new) > _proper_words(old)


#: the small words a proper name of a body holds in lower case ("Ministry of Foreign Affairs")
_NAME_SMALL_WORDS: Final = frozenset({"of", "the", "for", "and", "on", "in"})


def _body_canon(doc: Doc, name: str) -> str | None:
    """The canonical name of the government body ``name`` ends with ("Singapore's Ministry of Foreign Affairs" ->
    "Foreign Ministry"), or None."""
    bodies = doc.lexicon.bodies
    low = name.lower()
    if low in bodies:
        return bodies[low]
    for i, ch in enumerate(low):
        if ch == " " and low[i + 1 :] in bodies:
            return bodies[low[i + 1 :]]
    # "Ministry of Foreign Affairs of the Islamic Republic of Iran": the body before its state (the longest such)
    at = low.rfind(" of ")
    while at > 0:
        if low[:at] in bodies:
            return bodies[low[:at]]
        at = low.rfind(" of ", 0, at)
    return None


def _sentence_opener(doc: Doc, sent: int, recent: list[_Recent], other: AbstractSet[int]) -> Entity | None:
    """The person who opens sentence ``sent`` as its subject, for a pronoun opening the next one, when someone named
    later in that sentence would otherwise be taken; none when the sentence opens otherwise.

    coref.pronoun_reporter: "X said Y also congratulated him. He added that ...": a name opening the sentence right
    before a finite cue of saying. coref.pronoun_main_subject: "X will meet A, B and C. He will also call on D": a
    name after an opening phrase at most, an auxiliary or a verb of meeting right after it."""
    in_sent = [(e, em) for _pos, s, e, em in recent if s == sent]
    if len(in_sent) < 2:
        return None
    e0, em0 = in_sent[0]
    if em0.kind != "name" or e0.kind != "person" or e0.key in other or not subjectish(doc, em0):
        return None
    e1, em1 = in_sent[-1]
    if e1.key == e0.key or e1.key in other or not subjectish(doc, em1):
        return None
    w = WORD_AFTER_RX.match(doc.text, em0.end)
    word = w.group(1) if w is not None else ""
    if (
        em1.start > em0.end
        # the name opens the sentence, after an opening phrase at most ("In a press statement, X noted ..."; in
        # "According to X, Y said ..." X is inside the phrase: no report of X's)
        and _OPENING_LEAD_RX.fullmatch(doc.text, doc.sentences[sent].start, em0.lo) is not None
        and (cue := doc.lexicon.cues.get(word)) is not None
        and cue.form == "finite"
        and cue.kind == "say"
        and cue.base != "tell"
    ):
        doc.fire("coref.pronoun_reporter", em0.start, em0.end, e0.name)
        return e0
    if word in _SUBJECT_VERB_WORDS and _OPENING_LEAD_RX.fullmatch(doc.text, doc.sentences[sent].start, em0.lo):
        doc.fire("coref.pronoun_main_subject", em0.start, em0.end, e0.name)
        return e0
    return None


#: an opening phrase before a sentence's subject: "According to sources, ", "On Monday, "
_OPENING_LEAD_RX: Final = re.compile(r"\s*(?:[A-Z][^,.;:“”\"]{0,60},\s*)?")
#: an agency's label opening a paragraph: "Iran Press/Iran News: ", "IRNA: " (coref.lead_role_named_next)
_LABEL_LEAD_RX: Final = re.compile(r"\s*[A-Z][\w/ ]{0,30}:\s+(?=[A-Z])")
#: the words that tell a name is its clause's subject: an auxiliary or a verb of meeting right after it, or a verb of
#: speaking that takes no person ("X made the remarks in reaction to A and B. He described ...")
_SUBJECT_VERB_WORDS: Final = frozenset(
    {
        "will",
        "would",
        "is",
        "was",
        "has",
        "had",
        "also",
        "then",
        "later",
        "met",
        "held",
        "received",
        "visited",
        "paid",
        "made",
        "spoke",
        "addressed",
        "delivered",
        "arrived",
    }
)


def _opening_cataphora(doc: Doc, m: Mention) -> Entity | None:
    """coref.opening_cataphora: "He made the remarks in a meeting with Y on Monday. ... Ghalibaf stated ...": a
    pronoun opening a text that names no one before it (a page that starts mid-story) is the first person named as
    a clause's subject in the two sentences after it."""
    female = m.text == "She"
    women = female_keys(doc)
    for n in doc.mentions:
        if n.start <= m.end:
            if n.kind in ("desc", "unnamed"):
                return None  # "... summoned the Russian ambassador. He was received by Y": the one told, unnamed
            continue
        if n.sent - m.sent > 2:
            break
        if n.kind != "name" or n.sent == m.sent or not subjectish(doc, n):
            continue
        refs = doc.refs_of(n)
        if len(refs) != 1:
            continue
        e = doc.entity(refs[0])
        if e.kind != "person" or (e.key in women) != female:
            continue
        doc.fire("coref.opening_cataphora", m.start, m.end, e.name)
        return e
    return None


def _resolve_pronoun(doc: Doc, m: Mention, recent: list[_Recent]) -> Entity | None:
    sent = m.sent
    opened = quote_run_start(doc.text, m.start) if m.text[:1].islower() else -1
    if opened >= 0:
        # coref.pronoun_after_quote: '“... Willfully carried out ..., ” he stated': a person told only inside
        # the quote before the pronoun is not whom it refers to
        outside = [r for r in recent if r[0] < opened]
        if len(outside) != len(recent):
            doc.fire("coref.pronoun_after_quote", m.start, m.end)
            recent = outside
    elif (
        m.text in ("he", "she")
        and doc.text[max(0, m.start - 2) : m.start] == ", "
        and (w := WORD_AFTER_RX.match(doc.text, m.end)) is not None
        and (c := doc.lexicon.cues.get(w.group(1))) is not None
        and c.form != "participle"
        and doc.text[w.end() : w.end() + 1] in (".", "")  # ends the sentence: "while, he said, ..." is an aside
        and 0 <= sent < len(doc.sentences)
    ):
        # coref.pronoun_after_report: "During the visit, Erdogan is expected to stress ..., he added.": a person
        # the reported words name is not who reports them, when someone told before may be
        opened_at = doc.sentences[sent].start
        outside = [r for r in recent if r[0] < opened_at]
        if outside and len(outside) != len(recent):
            doc.fire("coref.pronoun_after_report", m.start, m.end)
            # of those told before, who spoke last ("X said A and B will meet. ... B will stress ..., he added": X)
            for _pos, s, e, em in reversed(outside):
                if sent - s > 2:
                    break
                if em.kind == "name" and _spoke(doc, em) and (m.text == "she") == (e.key in female_keys(doc)):
                    return e
            recent = outside
    female = female_keys(doc)
    titled = _named_keys(doc, "female_persons")  # women a title told ("Ms X", "Spokeswoman X")
    if titled and m.text.lower() == "she":
        woman: tuple[Entity, int] | None = None
        for _pos, s, e, em in reversed(recent):
            if sent - s > 3 or (woman is not None and s != woman[1]):
                break
            if e.key in titled and (woman is None or (e.key != woman[0].key and _speaker_like(doc, em))):
                # coref.female_pronoun: "she" is the woman the titles told last, subject or not; of two women
                # in one sentence, its subject, or the source it cites ("According to Ms X, the minister will
                # meet Mrs Y. She said ...": X)
                woman = (e, s)
                if _speaker_like(doc, em):
                    break
        if woman is not None:
            doc.fire("coref.female_pronoun", m.start, m.end, woman[0].name)
            return woman[0]
    he = m.text.lower() == "he"
    if m.text in ("He", "She") and sent >= 0 and doc.sentences[sent].start == m.start:
        for _pos, s, e, em in reversed(recent):
            if s < sent - 1:
                break
            if s == sent - 1 and em.kind == "pronoun" and em.text == m.text and doc.sentences[s].start == em.start:
                # coref.pronoun_chain: "He also held talks with his counterpart X ... He also called on Y": a
                # sentence opened by the pronoun that opened the one before is about the same person
                doc.fire("coref.pronoun_chain", m.start, m.end, e.name)
                return e
    # coref.given_name_gender: "he" is never a woman (by title or given name), "she" never a man (by given name)
    she = m.text.lower() == "she"
    other = female if he else _named_keys(doc, "male_named") if she else frozenset()
    if m.text in ("He", "She") and sent >= 1 and doc.sentences[sent].start == m.start:
        opener = _sentence_opener(doc, sent - 1, recent, other)
        if opener is not None:
            return opener
    skipped: Entity | None = None
    skipped_sent = -1
    for _pos, s, e, em in reversed(recent):
        if sent - s > 3:
            break
        if e.key in other:
            if skipped is None and subjectish(doc, em):
                skipped, skipped_sent = e, s
            continue  # coref.female_pronoun: "he" is never a woman a title told
        if subjectish(doc, em):  # asked here, of the few persons a pronoun looks back at
            return e
    if skipped is not None:
        beside = _one_beside(doc, m, recent, skipped_sent, other)
        if beside is not None:
            return beside
        if skipped.key not in titled:
            # coref.given_name_gender: with no one else to refer to, a given name does not overrule the subject (a
            # translated text may give a man "she")
            return skipped
    for _pos, s, e, em in reversed(recent):
        if sent - s > 1:
            break
        if (
            em.possessive
            and e.kind == "person"
            and e.key not in other
            and s >= 0
            and em.lo - doc.sentences[s].start < 3
        ):
            # coref.possessor_subject: "Spokesperson X's remarks came at a briefing. '...,' he said": with no subject
            # to refer to, the person whose words open the sentence before
            doc.fire("coref.possessor_subject", m.start, m.end, e.name)
            return e
    if he or she:
        # coref.given_name_gender: no subject to refer to ("... was revealed by Secretary Theresa Lazaro. '...,' she
        # said"): the person of that sex told last, by given name
        same = _named_keys(doc, "male_named" if he else "female_named")
        for _pos, s, e, _em in reversed(recent):
            if sent - s > 3:
                break
            if e.key in same:
                doc.fire("coref.given_name_gender", m.start, m.end, e.name)
                return e
    return None


def _speaker_like(doc: Doc, m: Mention) -> bool:
    """Is ``m`` its clause's subject, or the source a sentence cites ("According to X, ...")?"""
    return subjectish(doc, m) or doc.text[max(0, m.start - 13) : m.start].lower() == "according to "


def _one_beside(doc: Doc, m: Mention, recent: list[_Recent], sent: int, other: frozenset[int]) -> Entity | None:
    """coref.he_beside_woman: "Minister Anna Holt met Omar Haddad. He said ...", "Erik Holm met Anna Holt. She
    said ...": when the subject the pronoun would refer to is of the other sex, it is the one other person her
    (his) sentence tells, if there is one."""
    rest = {e.key: e for _pos, s, e, _em in recent if s == sent and e.key not in other and e.kind == "person"}
    if len(rest) != 1:
        return None
    (e,) = rest.values()
    doc.fire("coref.he_beside_woman", m.start, m.end, e.name)
    return e


def _female_persons(doc: Doc) -> None:
    """coref.female_pronoun: the persons whose title or honorific tells a woman ("Ms X", "Spokeswoman X",
    "Queen X"), kept in ``doc.memo`` for :func:`female_keys`; and (coref.given_name_gender) the persons whose
    given name tells a woman or a man ("Anna Holt", "Erik Holm"), for :func:`_named_keys`."""
    lx = doc.lexicon
    words = lx.female_words
    text = doc.text
    keys: set[int] = set()
    women: set[int] = set()
    men: set[int] = set()
    refs = doc.refs
    for m in doc.mentions:
        if m.kind != "name":
            continue
        # the mention's fields and its entity read once (each read of a named tuple's field is a lookup)
        start, end = m.start, m.end
        told = refs.get((start, end))
        if not told:
            continue
        lo = m.lo
        title = text[lo:start] if lo < start else ""
        if m.role:
            title = f"{title} {m.role}"
        if title and not words.isdisjoint(title.lower().split()):
            keys.add(told[0])
            continue
        first, _, rest = m.text.partition(" ")
        if rest:
            low = first.lower()
            if low in lx.female_given_names:
                women.add(told[0])
                doc.fire("coref.given_name_gender", start, end, "she")
            elif low in lx.male_given_names:
                men.add(told[0])
                doc.fire("coref.given_name_gender", start, end, "he")
    doc.memo["female_persons"] = frozenset(keys)
    doc.memo["female_named"] = frozenset(women - keys)
    doc.memo["male_named"] = frozenset(men - keys - women)


def female_keys(doc: Doc) -> frozenset[int]:
    """The keys of the persons whose title (coref.female_pronoun) or given name (coref.given_name_gender) tells a
    woman; empty before coreference."""
    keys = doc.memo.get("female_keys")
    if not isinstance(keys, frozenset):
        keys = _named_keys(doc, "female_persons") | _named_keys(doc, "female_named")
        if "female_persons" in doc.memo:  # once coreference told them
            doc.memo["female_keys"] = keys
    return keys


def _named_keys(doc: Doc, which: str) -> frozenset[int]:
    """The keys of the persons whose title tells a woman (``"female_persons"``), whose given name tells a woman
    (``"female_named"``) or a man (``"male_named"``)."""
    keys = doc.memo.get(which)
    return keys if isinstance(keys, frozenset) else frozenset()


def unnamed_person(doc: Doc, name: str, role: str | None, country: str | None) -> Entity:
    """An unnamed role-holder known by a description ("a US senator", "the IAEA chief")."""
    if name in doc.unnamed:
        return doc.entity(doc.unnamed[name])
    e = doc.new_entity("person", name, country=country, role=role, unnamed=True, role_head=role)
    doc.unnamed[name] = e.key
    return e


# Patterns used inline above, compiled once (a module-level re.compile, not re's cache).


@functools.lru_cache(maxsize=32)
def _words_rx(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as whole words (a lexicon word set: ``honor_word``,
    ``royal_title``), longest first; built once per set."""
    alts = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(alts)})\b" if alts else r"(?!)")


_DESC_DET_RX: Final = re.compile(r"^(?:the|his|her|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_END_RX: Final = re.compile(r"['’]s$")
