"""The lexicon: word lists and phrase tables as data, loaded and compiled once per process.

The tables live in ``data/*.tsv`` (see ``data/README.md``); pycountry supplies the ISO
country names. :func:`load_lexicon` merges the built-in rows with entries plugins contribute
through the ``newsfacts_lexicon`` hook and compiles them into :class:`Lexicon`: lookup
dictionaries plus two trie-shaped regular expressions (one for proper names, matched
case-sensitively, one for role words, cues and meeting words, matched case-insensitively)
so that finding every lexicon phrase in an article is a single linear scan.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Final

import pycountry
from attrs import field, frozen

__all__ = [
    "TABLES",
    "WORD_SET_TABLES",
    "Cue",
    "Lexicon",
    "LexiconEntry",
    "city_states",
    "city_table",
    "load_lexicon",
    "word_list",
]

#: Tables the loader reads into structures of their own (lookup dicts, ordered or marked word lists;
#: ``data/README.md`` describes each), as against the plain word sets below.
_COLUMN_TABLES: Final = (
    "country",
    "demonym",
    "capital",
    "organization",
    "body",
    "role",
    "honorific",
    "agency",
    "cue",
    "verb",
    "meeting",
    "content_kind",
    "abbreviation",
    "opener",
    "object_verb",
    "nonstatement_lead",
    "desc_adjective",
    "outlet_home",
    "meeting_modifier",
    "speech_noun",
)
#: One-column tables the rules read as a set of words each (``data/README.md``): their keys as
#: written, plugins' rows included, become a frozenset attribute of :class:`Lexicon`.
WORD_SET_TABLES: Final = (
    "nonname",
    "title_word",
    "given_name",
    "surname_title",
    "opening_given_name",
    "noun_verb",
    "source_plural",
    "leader_role",
    "envoy_role",
    "mission_role",
    "unique_office",
    "no_minister_role",
    "generic_role",
    "unnamed_side_role",
    "rank_word",
    "fronting_verb",
    "clause_verb",
    "honorific_token",
    "speaker_body_head",
    "action_verb",
    "no_home_role_word",
    "generic_tld",
    "rank_prefix",
    "relation_noun",
    "group_noun",
    "venue_noun",
    "occasion_noun",
    "call_purpose_verb",
    "org_descriptor",
    "royal_title",
    "honor_word",
    "surname_particle",
    "patronymic",
    "female_word",
    "female_given_name",
    "male_given_name",
    "country_pair",
    "process_modifier",
    "told_media_noun",
    "told_media_modifier",
    "told_outlet_kind",
    "speaker_group_noun",
    "speech_occasion_lead",
    "state_body_noun",
    "condolence_noun",
    "expectation_verb",
    "harm_noun",
    "rebutted_noun",
    "country_article",
)
#: The tables a :class:`LexiconEntry` may belong to: those with columns, then the word sets.
TABLES: Final = (*_COLUMN_TABLES, *WORD_SET_TABLES)
#: Tables whose keys are proper names, matched case-sensitively.
NAME_TABLES: Final = frozenset({"country", "demonym", "capital", "organization", "honorific", "agency"})
#: where a ``desc_adjective`` stands in a description: before its modifier ("the top Iranian
#: diplomat") or after it ("the Iranian deputy foreign minister")
DESC_POSITIONS: Final = frozenset({"before", "after"})
#: what a ``meeting_modifier`` says of its meeting: one of all the parties named together, one with each
#: of them (said of a plural noun: "bilateral meetings"), or nothing more
MEETING_MODIFIER_VALUES: Final = frozenset({"joint", "each", "plain"})
STATEMENT_KINDS: Final = frozenset({"say", "appeal", "intend", "approve", "disapprove", "reject", "threaten", "deny"})
MODALITIES: Final = frozenset({"phone", "video", "in_person", "unknown"})


def _check_table(_inst: object, _attr: object, value: str) -> None:
    if value not in TABLES:
        raise ValueError(f"unknown lexicon table {value!r}; expected one of {', '.join(TABLES)}")


@frozen
class LexiconEntry:
    """One row of a lexicon table.

    ``table`` names the table (:data:`TABLES`), ``key`` is the phrase as written (cues and
    meeting verbs in their base form: ``"stress the need for"``), ``value`` its meaning
    (a canonical name, a statement kind, a modality), ``country`` an ISO alpha-3 code where
    one applies and ``extra`` a table-specific detail (see ``data/README.md``).
    """

    table: str = field(validator=_check_table)
    key: str
    value: str = ""
    country: str | None = None
    extra: str = ""


@frozen
class Cue:
    """A reporting cue as it may be written: its kind, its base form and its verb form."""

    kind: str
    base: str
    #: ``finite`` (said), ``participle`` (saying) or ``base`` (say)
    form: str
    #: a regex the statement's content must match (for cues that are also plain verbs)
    requires: re.Pattern[str] | None = None


#: What a scanned name or word is, by the table that holds it; when several hold it, the first
#: listed wins ("Iran" is a country before it is anything else).
NAME_KINDS: Final = (
    ("countries", "country"),
    ("organizations", "organization"),
    ("demonyms", "demonym"),
    ("places", "place"),
    ("agencies", "agency"),
    ("honorifics", "honorific"),
)
WORD_KINDS: Final = (
    ("bodies", "body"),
    ("roles", "role"),
    ("role_plurals", "plural"),
    ("cues", "cue"),
    ("meeting_verbs", "mverb"),
    ("meeting_nouns", "mnoun"),
    ("topic_verbs", "topic"),
)


def _first_table(lexicon: Lexicon, tables: tuple[tuple[str, str], ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for attribute, label in tables:
        for key in getattr(lexicon, attribute):
            index.setdefault(key, label)
    return index


@frozen(eq=False)  # compared and hashed by identity: one compiled lexicon per set of entries
class Lexicon:
    """Compiled lookup tables; build it with :func:`load_lexicon`."""

    entries: tuple[LexiconEntry, ...]
    countries: dict[str, tuple[str, str]]  # as written -> (canonical name, ISO3)
    demonyms: dict[str, str]  # Iranian -> IRN
    places: dict[str, tuple[str, bool]]  # Tehran -> (IRN, metonym?)
    organizations: dict[str, tuple[str, str | None]]  # IAEA -> (canonical, ISO3)
    bodies: dict[str, str]  # lower-cased -> canonical
    body_countries: dict[str, str]  # lower-cased -> ISO3, for bodies named without a country ("Pentagon")
    roles: dict[str, tuple[str, bool]]  # lower-cased -> (canonical, is a description head)
    role_plurals: dict[str, str]  # "ministers" -> "foreign minister" style singular key
    honorifics: frozenset[str]
    agencies: frozenset[str]
    cues: dict[str, Cue]  # lower-cased surface form -> cue
    meeting_nouns: dict[str, str]  # lower-cased surface -> modality
    meeting_verbs: dict[str, tuple[str, str]]  # lower-cased surface -> (modality, base)
    topic_verbs: dict[str, str]  # "discussed" -> "discuss": verbs whose object is a meeting's topics
    content_kinds: tuple[tuple[re.Pattern[str], str], ...]
    #: cue base form -> content patterns that apply after that cue only, tried before
    #: ``content_kinds`` ("described X as constructive" is approval; "said X as ..." need not be)
    cue_content_kinds: dict[str, tuple[tuple[re.Pattern[str], str], ...]]
    #: case-sensitive scan for every proper name of the name tables
    names_re: re.Pattern[str]
    #: scan for roles, bodies, cues and meeting words over the lower-cased text
    words_re: re.Pattern[str]
    #: ISO3 -> a short country name ("Iran") for unnamed role-holders ("President of Iran")
    country_names: dict[str, str]
    #: all ``content_kinds`` patterns as one alternation: a content no pattern matches is
    #: told in one scan (None when there are none)
    content_kinds_any: re.Pattern[str] | None = None
    #: ``words_re`` opening on the character before the word, which no word character or hyphen may be: one
    #: match tried per space or punctuation mark instead of one per character (a search led by a class of
    #: characters skips the letters in between at C speed). A match starts one character before its word,
    #: and one at the very start of a scanned stretch is ``words_re``'s to find. None when a phrase starts
    #: with such a character (a plugin's), where it would miss that phrase
    words_after_re: re.Pattern[str] | None = None
    #: ``words_after_re`` for a text with no character beyond the Basic Multilingual Plane: the character before
    #: the word told by one table lookup (a class of those characters) where ``\w`` looked up a space's
    #: Unicode categories four times, once in the search and once in the match
    words_bmp_re: re.Pattern[str] | None = None
    #: ``names_re`` split by a name's first character: first the names that open with no lower-case letter (its
    #: search skips the letters), then one scan per lower-case first letter, led by the literal start its names
    #: share ("the ", "dpa"): the search finds it fast, where ``names_re`` was tried at every "t", "a" and "d".
    #: The scans' matches in text order, less those starting inside an earlier one, are ``names_re``'s when
    #: none of those runs past the one it starts in (see ``actors.scan._name_matches``)
    name_scans: tuple[re.Pattern[str], ...] = ()
    #: capitalised words that never belong to a person's name (table ``nonname``)
    nonname: frozenset[str] = frozenset()
    #: lower-case words a title may hold ("for", "affairs", "deputy"; table ``title_word``)
    title_words: frozenset[str] = frozenset()
    #: ``nonname`` words (months) that are also given names ("Prime Minister Jan Kollar"; table ``given_name``)
    given_names: frozenset[str] = frozenset()
    #: title words that are also surnames, kept at the end of a name ("Tariq Mahmood Sheikh"; ``surname_title``)
    surname_titles: frozenset[str] = frozenset()
    #: title words that open a name before two name words as its given name ("Amir Khan Muttaqi";
    #: ``opening_given_name``)
    opening_given_names: frozenset[str] = frozenset()
    #: lower-case verb forms whose direct object is the other party of a meeting ("met", "received";
    #: table ``object_verb``)
    object_verbs: frozenset[str] = frozenset()
    #: the ``object_verbs`` after which a capitalised word with no title is a name ("met Zoran Horvat";
    #: rows of ``object_verb`` marked ``bare``)
    bare_object_verbs: frozenset[str] = frozenset()
    #: meeting verb forms that are as often nouns, so never a finite verb alone ("talks"; ``noun_verb``)
    noun_verbs: frozenset[str] = frozenset()
    #: plural heads that name unnamed sources, not meeting parties ("officials"; ``source_plural``)
    source_plurals: frozenset[str] = frozenset()
    #: canonical roles of who leads a state or government ("Prime Minister"; ``leader_role``)
    leader_roles: frozenset[str] = frozenset()
    #: canonical roles a description of an envoy may have, never a state's leader (``envoy_role``)
    envoy_roles: frozenset[str] = frozenset()
    #: canonical roles of a state's envoys abroad ("Ambassador", "High Commissioner"; ``mission_role``)
    mission_roles: frozenset[str] = frozenset()
    unique_offices: frozenset[str] = frozenset()
    #: canonical roles of who holds no ministry: "the minister" is not them (``no_minister_role``)
    no_minister_roles: frozenset[str] = frozenset()
    #: canonical description roles that fit a person of any title ("the official"; ``generic_role``)
    generic_roles: frozenset[str] = frozenset()
    #: canonical roles an unnamed side may have whatever the named one's title is (``unnamed_side_role``)
    unnamed_side_roles: frozenset[str] = frozenset()
    #: lower-case words that set a deputy apart from the head of an office ("vice"; ``rank_word``)
    rank_words: frozenset[str] = frozenset()
    #: cue base forms that may stand after the words they report ("..., he said"; ``fronting_verb``)
    fronting_verbs: frozenset[str] = frozenset()
    #: cue base forms that may continue a clause another speaker reports ("said Peru wanted ties and
    #: supported ..."; ``clause_verb``)
    clause_verbs: frozenset[str] = frozenset()
    #: capitalised head nouns of a named institution that speaks ("The Joint Staff said";
    #: ``speaker_body_head``)
    speaker_body_heads: frozenset[str] = frozenset()
    #: lower-case past forms of a speaker's next action that end a content after "and" ("said A and
    #: invited Y to ..."; ``action_verb``)
    action_verbs: frozenset[str] = frozenset()
    #: lower-case openings of a participle clause that reports no statement ("referring to";
    #: table ``nonstatement_lead``), in file order, for ``str.startswith``
    nonstatement_leads: tuple[str, ...] = ()
    #: lower-case words left out of a name when two names are compared ("Sayyed Ali Rahimi" is
    #: "Ali Rahimi"; table ``honorific_token``)
    honorific_tokens: frozenset[str] = frozenset()
    #: lower-case nouns that make the capitalised name after them an organisation's ("watchdog",
    #: "opposition"; table ``org_descriptor``)
    org_descriptors: frozenset[str] = frozenset()
    #: capitalised titles of a royal ("Emir", "Crown Prince"; table ``royal_title``)
    royal_titles: frozenset[str] = frozenset()
    #: capitalised words of an honorific address ("Highness"; table ``honor_word``)
    honor_words: frozenset[str] = frozenset()
    #: lower-case words inside a compound surname ("de", "van"; table ``surname_particle``)
    surname_particles: frozenset[str] = frozenset()
    #: lower-case words joining a given name to a father's ("bin"; table ``patronymic``)
    patronymics: frozenset[str] = frozenset()
    #: lower-case words of a title that tell a woman ("ms", "spokeswoman"; table ``female_word``)
    female_words: frozenset[str] = frozenset()
    #: lower-case given names of women and of men ("anna", "erik"; tables ``female_given_name``,
    #: ``male_given_name``): who "she" and "he" may be (coref.given_name_gender)
    female_given_names: frozenset[str] = frozenset()
    male_given_names: frozenset[str] = frozenset()
    #: lower-case group mentions that stand for two countries ("both countries"; table ``country_pair``)
    country_pairs: frozenset[str] = frozenset()
    #: lower-case adjectives a description may hold before its modifier ("the two top [Iranian] ...";
    #: rows of ``desc_adjective`` with ``before``), in file order
    desc_adjectives_before: tuple[str, ...] = ()
    #: lower-case adjectives a description may hold after its modifier ("[Iranian] deputy foreign ...";
    #: rows of ``desc_adjective`` with ``after``), in file order
    desc_adjectives_after: tuple[str, ...] = ()
    #: an outlet key or URL host -> the state it is at home in, None for an international outlet
    #: (table ``outlet_home``; newsfacts.rules.home)
    outlet_homes: dict[str, str | None] = field(factory=dict)
    #: lower-case role words that keep a person from the home country: a post abroad, an international
    #: body's, a title relative to another party ("envoy", "its"; ``no_home_role_word``)
    no_home_role_words: frozenset[str] = frozenset()
    #: country-code top-level domains sold as generic ones ("io", "tv"; ``generic_tld``)
    generic_tlds: frozenset[str] = frozenset()
    #: lower-case adjectives right before a meeting noun -> ``joint`` ("trilateral": one meeting of all
    #: the parties) or ``plain`` ("bilateral"; table ``meeting_modifier``)
    meeting_modifiers: dict[str, str] = field(factory=dict)
    #: lower-case nouns of a speech act -> statement kind ("announcement" -> say; table ``speech_noun``)
    speech_nouns: dict[str, str] = field(factory=dict)
    #: lower-case words that, right before a role, name another post ("State Minister"; ``rank_prefix``)
    rank_prefixes: frozenset[str] = frozenset()
    #: lower-case nouns of a relation that take "with" ("ties with Russia"; ``relation_noun``)
    relation_nouns: frozenset[str] = frozenset()
    #: lower-case plural nouns for people who act for states or bodies ("officials"; ``group_noun``)
    group_nouns: frozenset[str] = frozenset()
    #: lower-case head nouns of a building where a host receives a guest ("palace"; ``venue_noun``)
    venue_nouns: frozenset[str] = frozenset()
    #: lower-case nouns of an event that is not a talk of a traveller's ("summit"; ``occasion_noun``)
    occasion_nouns: frozenset[str] = frozenset()
    #: lower-case adjectives that make talks a process told as background, not a meeting ("the ongoing talks
    #: between A and B"; ``process_modifier``)
    process_modifiers: frozenset[str] = frozenset()
    #: plural press nouns, their modifiers and outlet kinds after "told" ("told local media", "told
    #: broadcaster TVN9"; ``told_media_noun``, ``told_media_modifier``, ``told_outlet_kind``)
    told_media_nouns: frozenset[str] = frozenset()
    told_media_modifiers: frozenset[str] = frozenset()
    told_outlet_kinds: frozenset[str] = frozenset()
    #: ISO codes of the states whose short name takes "the" after "of" ("President of the United States";
    #: ``country_article``)
    article_countries: frozenset[str] = frozenset()
    #: lower-case first word of a phrase telling when a speaker spoke, opening the sentence ("Responding to a
    #: question, X said, ..."; ``speech_occasion_lead``): statement.lead_then_content
    speech_occasion_leads: frozenset[str] = frozenset()
    #: lower-case nouns for a state's government after its country or demonym ("the Myanmar authorities";
    #: ``state_body_noun``): statement.target_state_body
    state_body_nouns: frozenset[str] = frozenset()
    #: lower-case nouns of a feeling addressed "to" someone ("condolences to X"; ``condolence_noun``):
    #: statement.target_addressee
    condolence_nouns: frozenset[str] = frozenset()
    #: lower-case verb forms that aim what follows at the actor after them ("China hopes the US ...";
    #: ``expectation_verb``): statement.target_expectation
    expectation_verbs: frozenset[str] = frozenset()
    #: lower-case nouns of a harm done to whom follows "of", "on", "against" ("the execution of X"; ``harm_noun``):
    #: statement.target_victim
    harm_nouns: frozenset[str] = frozenset()
    #: lower-case nouns of what another side said, rejected or denied as a whole ("rejected the accusations";
    #: ``rebutted_noun``): statement.target_rebuttal
    rebutted_nouns: frozenset[str] = frozenset()
    #: plural nouns for a political camp's members speaking as one ("Opposition lawmakers said"; ``speaker_group_noun``)
    speaker_group_nouns: frozenset[str] = frozenset()
    #: lower-case base verbs of why one calls another ("discuss"; ``call_purpose_verb``)
    call_purpose_verbs: frozenset[str] = frozenset()
    #: a proper name -> the first name table holding it (``NAME_KINDS`` order), derived once
    name_tables: dict[str, str] = field(init=False)
    #: a lower-case word or phrase -> the first word table holding it (``WORD_KINDS`` order)
    word_tables: dict[str, str] = field(init=False)
    #: no name or word holds a line break, so the two scans never match across one (the actor
    #: rules then scan all paragraphs of an article at once)
    single_line: bool = field(init=False)

    @name_tables.default
    def _index_names(self) -> dict[str, str]:
        return _first_table(self, NAME_KINDS)

    @word_tables.default
    def _index_words(self) -> dict[str, str]:
        return _first_table(self, WORD_KINDS)

    @single_line.default
    def _single_line(self) -> bool:
        return not any("\n" in key for key in (*self.name_tables, *self.word_tables))

    def of_country(self, code: str) -> str:
        """A state's short name as written after "of" in an unnamed role-holder's name ("the United States",
        "Iran"); the code itself when no table names it."""
        name = self.country_names.get(code, code)
        return "the " + name if code in self.article_countries else name

    def country_of(self, surface: str) -> str | None:
        """The ISO code of a country name, demonym, capital or possessive form, or None."""
        # most surfaces are no possessive: one suffix test, and one lookup per table
        s = _strip_possessive(surface) if surface.endswith(_POSSESSIVE_SUFFIXES) else surface
        country = self.countries.get(s)
        if country is not None:
            return country[1]
        demonym = self.demonyms.get(s)
        if demonym is not None:
            return demonym
        place = self.places.get(s)
        return place[0] if place is not None else None

    def city_country(self, name: str, near: Iterable[str | None] = ()) -> str | None:
        """The ISO code of the state of the city ``name`` exactly (a capitalised span as written, no
        possessive): the ``capital`` table's first, then the gazetteer's (``city.tsv``, read on first
        use). None for a name another table holds (a country, a demonym, an organization), a name of
        the stop list (``city_stop.tsv``: "Victoria", "Split", "Florida") or one no table knows. Of
        several cities of that name, the one in a state of ``near`` (the parties' states, the article's
        home), else the largest when it is three times the next one, else None ("Valencia")."""
        place = self.places.get(name)
        if place is not None:
            return place[0]
        row = self._city_row(name)
        if row is None:
            return None
        rows = city_states(row)
        if len(rows) > 1:
            for iso, _pop in rows:
                if iso in near:
                    return iso
            if rows[0][1] < 3 * rows[1][1]:
                return None
        return rows[0][0]

    def is_city(self, name: str) -> bool:
        """Is ``name`` a city of the gazetteer (``city.tsv``) that no other table holds and the stop list
        leaves to be read as one (a ``capital`` row is a city too)?"""
        return name in self.places or self._city_row(name) is not None

    def _city_row(self, name: str) -> str | None:
        """The gazetteer's row for ``name``: None when another table holds the name or the stop list does."""
        if name in self.name_tables or name in self.nonname:
            return None
        cities, stops = city_table()
        return None if name in stops else cities.get(name)


#: city name as written -> its row's states and populations, unparsed ("VEN 1619470|ESP 824340"); the stop list
CityTable = tuple[dict[str, str], frozenset[str]]


@functools.lru_cache(maxsize=1)
def city_table() -> CityTable:
    """The gazetteer: ``data/city.tsv`` (GeoNames' cities, built by ``tools/build_city_table.py``) and
    ``data/city_stop.tsv``, read once, on first use (the name scan never sees it: a city is no actor).
    A row's states are parsed when it is looked up (:func:`city_states`), not at load."""
    data = resources.files(__package__).joinpath("data")
    lines = data.joinpath("city.tsv").read_text(encoding="utf-8").splitlines()
    cities = dict(line.split("\t", 1) for line in lines if line and line[0] != "#")
    stops = frozenset(
        line.split("\t", 1)[0]
        for line in data.joinpath("city_stop.tsv").read_text(encoding="utf-8").splitlines()
        if line and line[0] != "#"
    )
    return cities, stops


def city_states(row: str) -> list[tuple[str, int]]:
    """(ISO3, population) of each state with a city of a gazetteer row's name, largest first."""
    out = []
    for part in row.split("|"):
        iso, _, pop = part.partition(" ")
        out.append((iso, int(pop)))
    return out


#: a possessive's endings, the longer first
_POSSESSIVE_SUFFIXES: Final = ("'s", "’s", "'", "’")


def _strip_possessive(s: str) -> str:
    for suf in _POSSESSIVE_SUFFIXES:
        if s.endswith(suf):
            return s[: -len(suf)]
    return s


# -- reading -------------------------------------------------------------------------------------


def _read_table(name: str) -> Iterator[LexiconEntry]:
    text = resources.files(__package__).joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [*line.split("\t"), "", "", "", ""]
        yield LexiconEntry(name, cols[0].strip(), cols[1].strip(), cols[2].strip() or None, cols[3].strip())


def _pycountry_entries() -> Iterator[LexiconEntry]:
    for c in pycountry.countries:
        common = getattr(c, "common_name", None) or c.name
        names = {c.name, common, getattr(c, "official_name", None) or c.name}
        for n in names:
            if "," in n:  # "Iran, Islamic Republic of" is never written in news text
                continue
            yield LexiconEntry("country", n, common, c.alpha_3)
            if n.startswith(("Republic", "Kingdom", "Federal", "State", "United", "Islamic", "People")):
                yield LexiconEntry("country", "the " + n, common, c.alpha_3)


def word_list(name: str) -> list[str]:
    """The keys of a built-in one-column data table (``nonname``, ``title_word``), in file order."""
    return [e.key for e in _read_table(name)]


def builtin_entries() -> tuple[LexiconEntry, ...]:
    """Every built-in lexicon row, pycountry's names first so the data files override them."""
    rows: list[LexiconEntry] = list(_pycountry_entries())
    for t in TABLES:
        rows.extend(_read_table(t))
    return tuple(rows)


# -- inflection ----------------------------------------------------------------------------------


def _plural(noun: str) -> str:
    """The plural of a role's noun ("envoy" -> "envoys", "secretary" -> "secretaries", "chairman" -> "chairmen")."""
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    return noun[:-1] + "ies" if noun.endswith("y") and noun[-2:-1] not in _VOWELS else noun + "s"


_VOWELS: Final = "aeiou"


def _regular_forms(base: str) -> tuple[str, str, str]:
    """past, 3rd person singular and -ing forms of a regular English verb."""
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        past, ing = base[:-1] + "ied", base + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    return past, third, ing


def _inflect(phrase: str, irregular: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    """(surface, form) for a phrase whose first word is a verb in its base form."""
    verb, _, rest = phrase.partition(" ")
    tail = " " + rest if rest else ""
    if verb in irregular:
        past, part, third, ing = irregular[verb]
        forms = [(past, "finite"), (part, "finite"), (third, "finite"), (ing, "participle")]
    else:
        past, third, ing = _regular_forms(verb)
        forms = [(past, "finite"), (third, "finite"), (ing, "participle")]
    forms.append((verb, "base"))
    for surface, form in forms:
        yield surface + tail, form


# -- compiling -----------------------------------------------------------------------------------


_Trie = dict[str, "_Trie"]


def trie_regex(words: Iterable[str], after_first: str = "") -> str:
    """A regex alternation of ``words`` shaped as a prefix tree.

    Matching a trie is linear in the text and never backtracks across alternatives the way
    a flat ``a|b|c`` list of hundreds of phrases does; longer phrases win because every
    node tries its longer continuations before ending. ``after_first`` (an assertion) is put
    after the first character of every word: a pattern that starts with the trie itself lets
    the regex engine skip to the possible first characters with a table lookup.
    """
    trie: _Trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: _Trie, after: str = "") -> str:
        ends = "" in node
        alts = [re.escape(ch) + after + render(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        if ends:
            # the word may end here: an empty last alternative, not ``(?:...)?``, which the regex engine runs
            # as a repeat (a repeat context made per node tried); the same matches, longest first
            return "(?:" + "|".join(alts) + "|)"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return render(trie, after_first)


#: the slot of a role key that stands for any demonym ("head of {demonym} diplomacy")
_DEMONYM_SLOT: Final = "{demonym}"
#: ``[\w-]``, the character no scanned phrase may touch, with the lower-case ASCII letters first: they are
#: most of the characters tested, and a range test answers for them without a Unicode category lookup
_WORD_OR_HYPHEN: Final = r"[a-z\w-]"
#: any other character: what ``words_after_re`` opens on
_NOT_WORD_OR_HYPHEN: Final = r"[^a-z\w-]"


@functools.cache
def _bmp_not_word_or_hyphen() -> str:
    """``_NOT_WORD_OR_HYPHEN`` for the characters of the Basic Multilingual Plane, listed: a class the regex
    engine tells by a table lookup (beyond that plane it holds nothing)."""
    bmp = "".join(map(chr, range(0x10000)))
    ranges: list[tuple[int, int]] = []
    for m in re.finditer(rf"{_NOT_WORD_OR_HYPHEN}+", bmp):
        ranges.append((m.start(), m.end() - 1))
    return "[" + "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]"


def _name_scan(trie: str) -> re.Pattern[str]:
    """A scan for the names of ``trie`` (opening with its lookbehind), their possessive after them."""
    return re.compile(rf"({trie})(['’]s?)?(?!{_WORD_OR_HYPHEN})")


def _name_scans(keys: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    """``Lexicon.name_scans``: one scan for the names that open with no lower-case letter, then one per
    lower-case first letter, led by the longest start that letter's names share."""
    rest: list[str] = []
    by_first: dict[str, list[str]] = {}
    for k in sorted(keys):
        if k[:1].islower():
            by_first.setdefault(k[0], []).append(k)
        else:
            rest.append(k)
    scans = [_name_scan(trie_regex(rest, rf"(?<!{_WORD_OR_HYPHEN}(?s:.))"))]
    for group in by_first.values():
        # the start all the group's names share: the first's and the last's, the group being sorted
        first, last = group[0], group[-1]
        n = 0
        while n < len(first) and n < len(last) and first[n] == last[n]:
            n += 1
        lead = first[:n]
        # no word character before the lead: checked behind it
        after = rf"(?<!{_WORD_OR_HYPHEN}(?s:.){{{len(lead)}}})"
        scans.append(_name_scan(re.escape(lead) + after + trie_regex([k[len(lead) :] for k in group])))
    return tuple(scans)


def _compile(entries: tuple[LexiconEntry, ...]) -> Lexicon:
    countries: dict[str, tuple[str, str]] = {}
    demonyms: dict[str, str] = {}
    places: dict[str, tuple[str, bool]] = {}
    orgs: dict[str, tuple[str, str | None]] = {}
    bodies: dict[str, str] = {}
    body_countries: dict[str, str] = {}
    roles: dict[str, tuple[str, bool]] = {}
    slotted_roles: list[LexiconEntry] = []
    honorifics: set[str] = set()
    agencies: set[str] = set()
    irregular: dict[str, tuple[str, ...]] = {}
    cue_rows: list[LexiconEntry] = []
    meeting_rows: list[LexiconEntry] = []
    content_kinds: list[tuple[re.Pattern[str], str]] = []
    country_names: dict[str, str] = {}
    cue_content_rows: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    word_sets: dict[str, set[str]] = {t: set() for t in WORD_SET_TABLES}
    object_verbs: set[str] = set()
    bare_object_verbs: set[str] = set()
    nonstatement_leads: dict[str, None] = {}
    outlet_homes: dict[str, str | None] = {}
    desc_adjectives: dict[str, dict[str, None]] = {p: {} for p in DESC_POSITIONS}
    meeting_modifiers: dict[str, str] = {}
    speech_nouns: dict[str, str] = {}
    for e in entries:
        t = e.table
        if t == "country" and e.country:
            countries[e.key] = (e.value or e.key, e.country)
            country_names.setdefault(e.country, e.value or e.key)
        elif t == "demonym" and e.country:
            demonyms[e.key] = e.country
        elif t == "capital" and e.country:
            places[e.key] = (e.country, e.extra == "metonym")
        elif t == "organization":
            orgs[e.key] = (e.value or e.key, e.country)
        elif t == "body":
            bodies[e.key.lower()] = e.value or e.key
            if e.country:
                body_countries[e.key.lower()] = e.country
        elif t == "role":
            if _DEMONYM_SLOT in e.key:
                slotted_roles.append(e)
            else:
                roles[e.key.lower()] = (e.value or e.key, e.extra == "head")
        elif t == "honorific":
            honorifics.add(e.key)
        elif t == "agency":
            agencies.add(e.key)
        elif t == "verb":
            irregular[e.key] = tuple(e.value.split("|"))
        elif t == "cue":
            if e.value not in STATEMENT_KINDS:
                raise ValueError(f"cue {e.key!r} has unknown kind {e.value!r}")
            cue_rows.append(e)
        elif t == "meeting":
            if e.value not in MODALITIES:
                raise ValueError(f"meeting word {e.key!r} has unknown modality {e.value!r}")
            meeting_rows.append(e)
        elif t in word_sets:
            word_sets[t].add(e.key)
        elif t == "object_verb":
            object_verbs.add(e.key)
            if e.extra == "bare":
                bare_object_verbs.add(e.key)
        elif t == "nonstatement_lead":
            nonstatement_leads[e.key] = None
        elif t == "outlet_home":
            outlet_homes[e.key.lower()] = e.country
        elif t == "desc_adjective":
            positions = e.value.split("|")
            if not positions or not DESC_POSITIONS.issuperset(positions):
                raise ValueError(f"description adjective {e.key!r} has unknown position {e.value!r}")
            for pos in positions:
                desc_adjectives[pos][e.key] = None
        elif t == "meeting_modifier":
            if e.value not in MEETING_MODIFIER_VALUES:
                raise ValueError(f"meeting modifier {e.key!r} has unknown value {e.value!r}")
            meeting_modifiers[e.key] = e.value
        elif t == "speech_noun":
            if e.value not in STATEMENT_KINDS:
                raise ValueError(f"speech noun {e.key!r} has unknown kind {e.value!r}")
            speech_nouns[e.key.lower()] = e.value
        elif t == "content_kind":
            if e.value not in STATEMENT_KINDS:
                raise ValueError(f"content kind {e.key!r} has unknown kind {e.value!r}")
            if e.extra:
                for base in e.extra.split("|"):
                    cue_content_rows.setdefault(base.strip().lower(), []).append(
                        (re.compile(e.key, re.IGNORECASE), e.value)
                    )
            else:
                content_kinds.append((re.compile(e.key, re.IGNORECASE), e.value))
    # actor.demonym_in_role: "the head of Polish diplomacy" holds its country inside the title, so the
    # row is written once with a slot and stands for every demonym the tables know
    for e in slotted_roles:
        for dem in demonyms:
            roles.setdefault(e.key.replace(_DEMONYM_SLOT, dem).lower(), (e.value or e.key, e.extra == "head"))
    # the ISO names pycountry gives for Iran and Syria are the short ones analysts expect
    for code, short in (
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("RUS", "Russia"),
        ("USA", "United States"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("VNM", "Vietnam"),
        ("GBR", "United Kingdom"),
        ("PSE", "Palestine"),
        ("VEN", "Venezuela"),
        ("BOL", "Bolivia"),
        ("VAT", "Holy See"),
        ("BRN", "Brunei"),
        ("FSM", "Micronesia"),
    ):
        country_names[code] = short

    cues: dict[str, Cue] = {}
    for e in cue_rows:
        req = re.compile(e.extra) if e.extra else None
        for surface, form in _inflect(e.key.lower(), irregular):
            cues.setdefault(surface, Cue(e.value, e.key.lower(), form, req))
    cues.setdefault("according to", Cue("say", "according to", "finite"))
    meeting_nouns: dict[str, str] = {}
    meeting_verbs: dict[str, tuple[str, str]] = {}
    topic_verbs: dict[str, str] = {}
    for e in meeting_rows:
        if e.extra == "topic":
            for surface, _form in _inflect(e.key.lower(), irregular):
                topic_verbs.setdefault(surface, e.key.lower())
        elif e.extra == "verb":
            for surface, _form in _inflect(e.key.lower(), irregular):
                meeting_verbs.setdefault(surface, (e.value, e.key.lower()))
        else:
            meeting_nouns[e.key.lower()] = e.value

    name_keys = set(countries) | set(demonyms) | set(places) | set(orgs) | honorifics | agencies
    # a possessive may follow any name: "Iran's", "the US’"
    # no word character before the name: checked one character back, after its first character
    names_re = re.compile(
        r"(" + trie_regex(sorted(name_keys), rf"(?<!{_WORD_OR_HYPHEN}(?s:.))") + rf")(['’]s?)?(?!{_WORD_OR_HYPHEN})"
    )
    name_scans = _name_scans(name_keys)
    role_plurals: dict[str, str] = {}
    for key, (_canon, head) in roles.items():
        if head and not key.isupper():
            role_plurals[_plural(key)] = key
            if " of " in key:
                # "chiefs of diplomacy", "secretaries of state": the head noun before "of" takes the plural
                first, rest = key.split(" of ", 1)
                role_plurals.setdefault(f"{_plural(first)} of {rest}", key)
    role_plurals["sides"] = "side"
    role_plurals["parties"] = "party"
    word_keys = (
        set(bodies)
        | set(roles)
        | set(role_plurals)
        | set(cues)
        | set(meeting_nouns)
        | set(meeting_verbs)
        | set(topic_verbs)
    )
    # matched against the lower-cased text: twice as fast as IGNORECASE
    word_trie = trie_regex(sorted(word_keys))
    words_re = re.compile(rf"(?<!{_WORD_OR_HYPHEN})(?:{word_trie})(?!{_WORD_OR_HYPHEN})")
    words_after_re = (
        re.compile(rf"{_NOT_WORD_OR_HYPHEN}(?:{word_trie})(?!{_WORD_OR_HYPHEN})")
        if all(re.match(_WORD_OR_HYPHEN, key) for key in word_keys)
        else None
    )
    words_bmp_re = (
        re.compile(rf"{_bmp_not_word_or_hyphen()}(?:{word_trie})(?!{_WORD_OR_HYPHEN})")
        if words_after_re is not None
        else None
    )
    return Lexicon(
        entries=entries,
        countries=countries,
        demonyms=demonyms,
        places=places,
        organizations=orgs,
        bodies=bodies,
        body_countries=body_countries,
        roles=roles,
        role_plurals=role_plurals,
        honorifics=frozenset(honorifics),
        agencies=frozenset(agencies),
        cues=cues,
        meeting_nouns=meeting_nouns,
        meeting_verbs=meeting_verbs,
        topic_verbs=topic_verbs,
        content_kinds=tuple(content_kinds),
        cue_content_kinds={k: tuple(v) for k, v in cue_content_rows.items()},
        names_re=names_re,
        words_re=words_re,
        words_after_re=words_after_re,
        words_bmp_re=words_bmp_re,
        name_scans=name_scans,
        country_names=country_names,
        content_kinds_any=(
            re.compile("|".join(f"(?:{rx.pattern})" for rx, _k in content_kinds), re.IGNORECASE)
            if content_kinds
            else None
        ),
        nonname=frozenset(word_sets["nonname"]),
        title_words=frozenset(word_sets["title_word"]),
        given_names=frozenset(word_sets["given_name"]),
        surname_titles=frozenset(word_sets["surname_title"]),
        opening_given_names=frozenset(word_sets["opening_given_name"]),
        object_verbs=frozenset(object_verbs),
        bare_object_verbs=frozenset(bare_object_verbs),
        noun_verbs=frozenset(word_sets["noun_verb"]),
        source_plurals=frozenset(word_sets["source_plural"]),
        leader_roles=frozenset(word_sets["leader_role"]),
        envoy_roles=frozenset(word_sets["envoy_role"]),
        mission_roles=frozenset(word_sets["mission_role"]),
        unique_offices=frozenset(word_sets["unique_office"]),
        no_minister_roles=frozenset(word_sets["no_minister_role"]),
        generic_roles=frozenset(word_sets["generic_role"]),
        unnamed_side_roles=frozenset(word_sets["unnamed_side_role"]),
        rank_words=frozenset(word_sets["rank_word"]),
        fronting_verbs=frozenset(word_sets["fronting_verb"]),
        clause_verbs=frozenset(word_sets["clause_verb"]),
        speaker_body_heads=frozenset(word_sets["speaker_body_head"]),
        action_verbs=frozenset(word_sets["action_verb"]),
        nonstatement_leads=tuple(nonstatement_leads),
        honorific_tokens=frozenset(word_sets["honorific_token"]),
        org_descriptors=frozenset(word_sets["org_descriptor"]),
        royal_titles=frozenset(word_sets["royal_title"]),
        honor_words=frozenset(word_sets["honor_word"]),
        surname_particles=frozenset(word_sets["surname_particle"]),
        patronymics=frozenset(word_sets["patronymic"]),
        female_words=frozenset(word_sets["female_word"]),
        female_given_names=frozenset(word_sets["female_given_name"]),
        male_given_names=frozenset(word_sets["male_given_name"]),
        country_pairs=frozenset(word_sets["country_pair"]),
        desc_adjectives_before=tuple(desc_adjectives["before"]),
        desc_adjectives_after=tuple(desc_adjectives["after"]),
        outlet_homes=outlet_homes,
        no_home_role_words=frozenset(word_sets["no_home_role_word"]),
        generic_tlds=frozenset(word_sets["generic_tld"]),
        meeting_modifiers=meeting_modifiers,
        speech_nouns=speech_nouns,
        rank_prefixes=frozenset(word_sets["rank_prefix"]),
        relation_nouns=frozenset(word_sets["relation_noun"]),
        group_nouns=frozenset(word_sets["group_noun"]),
        venue_nouns=frozenset(word_sets["venue_noun"]),
        occasion_nouns=frozenset(word_sets["occasion_noun"]),
        call_purpose_verbs=frozenset(word_sets["call_purpose_verb"]),
        process_modifiers=frozenset(word_sets["process_modifier"]),
        told_media_nouns=frozenset(word_sets["told_media_noun"]),
        told_media_modifiers=frozenset(word_sets["told_media_modifier"]),
        told_outlet_kinds=frozenset(word_sets["told_outlet_kind"]),
        speaker_group_nouns=frozenset(word_sets["speaker_group_noun"]),
        speech_occasion_leads=frozenset(word_sets["speech_occasion_lead"]),
        state_body_nouns=frozenset(word_sets["state_body_noun"]),
        condolence_nouns=frozenset(word_sets["condolence_noun"]),
        expectation_verbs=frozenset(word_sets["expectation_verb"]),
        harm_nouns=frozenset(word_sets["harm_noun"]),
        rebutted_nouns=frozenset(word_sets["rebutted_noun"]),
        article_countries=frozenset(word_sets["country_article"]),
    )


@functools.lru_cache(maxsize=16)
def _cached(extra: tuple[LexiconEntry, ...]) -> Lexicon:
    return _compile(builtin_entries() + extra)


def load_lexicon(extra: Iterable[LexiconEntry] = ()) -> Lexicon:
    """The built-in lexicon with ``extra`` entries merged in (they win over built-in rows).

    Compiled once per process for each distinct set of extra entries.
    """
    return _cached(tuple(extra))
