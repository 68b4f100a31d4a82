"""The data synthetic articles are made of: invented people, real states, cues and templates.

Everything here is a table, so that a new cue or sentence shape is one more row. The names
are invented but plausible, and none is a word the lexicon knows (a country, a role, a cue),
so that whatever the extractor finds about a person it found from the sentence around it.
"""

from __future__ import annotations

from typing import Final

import attrs


@attrs.frozen
class Country:
    name: str
    alpha3: str
    demonym: str
    city: str


@attrs.frozen
class Role:
    #: As written before a name: "Foreign Minister".
    title: str
    #: Lower-case head nouns that alone make a description: "the Omani diplomat".
    heads: tuple[str, ...]


@attrs.frozen
class Cue:
    """A reporting cue as written in the past tense, its participle, and the statement kind."""

    past: str
    participle: str
    kind: str


COUNTRIES: Final = (
    Country("Iran", "IRN", "Iranian", "Tehran"),
    Country("Oman", "OMN", "Omani", "Muscat"),
    Country("Qatar", "QAT", "Qatari", "Doha"),
    Country("Turkey", "TUR", "Turkish", "Ankara"),
    Country("Japan", "JPN", "Japanese", "Tokyo"),
    Country("Russia", "RUS", "Russian", "Moscow"),
    Country("Iraq", "IRQ", "Iraqi", "Baghdad"),
    Country("Egypt", "EGY", "Egyptian", "Cairo"),
    Country("Kazakhstan", "KAZ", "Kazakh", "Astana"),
    Country("Pakistan", "PAK", "Pakistani", "Islamabad"),
    Country("Italy", "ITA", "Italian", "Rome"),
    Country("Armenia", "ARM", "Armenian", "Yerevan"),
)

#: Venues that belong to neither side of a meeting.
NEUTRAL_CITIES: Final = ("Geneva", "Vienna")

ROLES: Final = (
    Role("Foreign Minister", ("foreign minister", "diplomat", "minister")),
    Role("Prime Minister", ("prime minister", "premier")),
    Role("President", ("president",)),
    Role("Defense Minister", ("defense minister", "minister")),
    Role("Parliament Speaker", ("parliament speaker",)),
)

#: Given names with the pronoun that refers to their bearer.
GIVEN_NAMES: Final = (
    ("Karim", "he"),
    ("Tomas", "he"),
    ("Farid", "he"),
    ("Rustam", "he"),
    ("Kenji", "he"),
    ("Marco", "he"),
    ("Davud", "he"),
    ("Leyla", "she"),
    ("Sofia", "she"),
    ("Amina", "she"),
    ("Elena", "she"),
    ("Mariam", "she"),
    ("Yuki", "she"),
    ("Nadia", "she"),
)
FAMILY_NAMES: Final = (
    "Dastani",
    "Helvik",
    "Moradov",
    "Qasemi",
    "Albrecht",
    "Nakamura",
    "Ferrante",
    "Haddad",
    "Sorvino",
    "Baranov",
    "Kiyani",
    "Valdoni",
    "Rahimzade",
    "Ostrander",
)

CUES: Final = (
    Cue("said", "saying", "say"),
    Cue("stated", "stating", "say"),
    Cue("noted", "noting", "say"),
    Cue("underlined", "underlining", "say"),
    Cue("highlighted", "highlighting", "say"),
    Cue("called for", "calling for", "appeal"),
    Cue("urged", "urging", "appeal"),
    Cue("stressed the need for", "stressing the need for", "appeal"),
    Cue("demanded", "demanding", "appeal"),
    Cue("pledged to", "pledging to", "intend"),
    Cue("vowed to", "vowing to", "intend"),
    Cue("expressed readiness to", "expressing readiness to", "intend"),
    Cue("praised", "praising", "approve"),
    Cue("welcomed", "welcoming", "approve"),
    Cue("voiced support for", "voicing support for", "approve"),
    Cue("expressed satisfaction with", "expressing satisfaction with", "approve"),
    Cue("hailed", "hailing", "approve"),
    Cue("condemned", "condemning", "disapprove"),
    Cue("denounced", "denouncing", "disapprove"),
    Cue("criticized", "criticizing", "disapprove"),
    Cue("rejected", "rejecting", "reject"),
    Cue("dismissed", "dismissing", "reject"),
    Cue("warned of", "warning of", "threaten"),
    Cue("threatened", "threatening", "threaten"),
    Cue("denied", "denying", "deny"),
)

#: What each kind of cue is followed by. ``say`` takes a clause, ``intend`` a verb phrase,
#: the others a noun phrase. None of them holds a word that would change a neutral cue's kind
#: ("must", "ready", "welcome": see the lexicon's ``content_kind`` table).
CONTENTS: Final = {
    "say": (
        "that the two countries had much in common",
        "that bilateral trade had doubled in five years",
        "that the region's problems had regional solutions",
        "that the next round of talks would be held in the spring",
    ),
    "appeal": (
        "an immediate ceasefire in the north",
        "closer cooperation on energy",
        "the release of the detained sailors",
        "an end to the blockade of the port",
    ),
    "intend": (
        "expand trade with the region",
        "host the next round of talks",
        "protect the shipping lanes",
        "reopen the border crossings",
    ),
    "approve": (
        "the progress made in the talks",
        "the growing ties between the two nations",
        "the new transit agreement",
        "the mediation efforts of the envoy",
    ),
    "disapprove": (
        "the attack on the embassy",
        "the seizure of the tanker",
        "the sanctions on the country",
    ),
    "reject": (
        "the accusations",
        "the proposal for a buffer zone",
        "the reports of a rift",
    ),
    "threaten": (
        "the consequences of any escalation",
        "a strong response to any attack",
    ),
    "deny": (
        "the reports of a secret deal",
        "any role in the incident",
    ),
}

#: Quoted words: neutral, so that the ``say`` kind of "said" stands.
QUOTES: Final = (
    "The talks were useful and friendly",
    "Our two nations share a long history",
    "Trade between us has doubled in five years",
    "We discussed every issue on the table",
)

# -- meetings ----------------------------------------------------------------------------------
# ``{a}`` and ``{b}`` are the parties' first mentions, ``{where}`` " in Muscat" or "",
# ``{when}`` " on Wednesday" or "". Keyed by (status, modality).

MEETING_TEMPLATES: Final = {
    ("held", "in_person"): (
        "{a} met with {b}{where}{when}.",
        "{a} met {b}{where}{when}.",
        "{a} held talks with {b}{where}{when}.",
        "{a} and {b} met{where}{when}.",
        "{a} received {b}{where}{when}.",
    ),
    ("held", "phone"): (
        "{a} held a phone conversation with {b}{when}.",
        "{a} and {b} held a telephone conversation{when}.",
        "{a} spoke by phone with {b}{when}.",
    ),
    ("held", "video"): ("{a} held a video conference with {b}{when}.",),
    ("planned", "in_person"): (
        "{a} will meet {b}{where}{when}.",
        "{a} will hold talks with {b}{where}{when}.",
        "{a} is scheduled to hold talks with {b}{where}{when}.",
    ),
    ("planned", "phone"): ("{a} will hold a phone conversation with {b}{when}.",),
}

# -- statements --------------------------------------------------------------------------------
# ``{s}`` is the speaker as referred to, ``{cue}``/``{content}`` one statement, ``{cue2}``/
# ``{content2}`` a second one (conjoined: past tense; participle: ``-ing``), ``{quote}`` quoted
# words and ``{s_lower}`` the speaker inside a sentence.

FINITE: Final = ("{s} {cue} {content}.", "{s} also {cue} {content}.")
CONJOINED: Final = ("{s} {cue} {content} and {cue2} {content2}.",)
PARTICIPLE: Final = ("{s} {cue} {content}, {cue2} {content2}.",)
DIRECT: Final = ("{s} said, “{quote}.”", "{s} said: “{quote}.”")
FRONTED: Final = ("“{quote},” {s_lower} said.",)
#: Both parties of the meeting at once.
JOINT_SUBJECTS: Final = ("The two officials", "The two sides", "Both sides")
