"""Engine bugs the properties found (all fixed), kept as regression examples.

Each bug's own property draws exactly the feature it was about and carries the shrunk
example that hypothesis found, as an ``@example``.
"""

from __future__ import annotations

import datetime as dt

from newsfacts.testing.synthetic import ExpectedMeeting, ExpectedStatement, SyntheticArticle, Truth

#: B1: "earlier in the day" is not resolved to the publication date (date is null).
EARLIER_IN_THE_DAY = "engine bug B1: 'earlier in the day' gives no date (want the publication date)"
#: B2: after "A met/received/will meet B", a pronoun for A resolves to B, whatever its gender.
PRONOUN_AFTER_OBJECT = "engine bug B2: after 'A met/received/will meet B.', 'He'/'She' resolves to B"
#: B3: a planned "on January 3" published in late December resolves to the past January.
PLANNED_NEW_YEAR = "engine bug B3: a planned month-day after New Year resolves to the publication's year"


def known(
    text: str,
    published: str,
    meetings: tuple[ExpectedMeeting, ...] = (),
    statements: tuple[ExpectedStatement, ...] = (),
) -> SyntheticArticle:
    """A hand-written (shrunk) example in the shape the strategies draw."""
    sentences = tuple(text.split(". "))
    return SyntheticArticle(
        text, dt.date.fromisoformat(published), Truth((), meetings, statements), sentences, tuple(text.split("\n\n"))
    )


B1_EXAMPLE = known(
    "Iranian Parliament Speaker Sofia Nakamura spoke by phone with Kazakh President Davud Ferrante earlier in the day.",
    "2017-01-13",
    meetings=(
        ExpectedMeeting(
            frozenset({"Sofia Nakamura", "Davud Ferrante"}), "phone", "held", "earlier in the day", "2017-01-13", None
        ),
    ),
)
B2_EXAMPLE = known(
    "Russian Foreign Minister Amina Moradov met Iraqi Foreign Minister Davud Valdoni in Moscow. "
    "She condemned the attack on the embassy.",
    "2024-07-14",
    meetings=(
        ExpectedMeeting(frozenset({"Amina Moradov", "Davud Valdoni"}), "in_person", "held", None, None, "Moscow"),
    ),
    statements=(
        ExpectedStatement(frozenset({"Amina Moradov"}), "condemned", "disapprove", "the attack on the embassy", False),
    ),
)
B3_EXAMPLE = known(
    "Italian Defense Minister Leyla Kiyani will hold a phone conversation with Omani Prime Minister Mariam Baranov "
    "on January 29.",
    "2012-12-30",
    meetings=(
        ExpectedMeeting(
            frozenset({"Leyla Kiyani", "Mariam Baranov"}), "phone", "planned", "on January 29", "2013-01-29", None
        ),
    ),
)

#: B4: "warned of A … that B": the "warned" statement takes B, the later that-clause, as content.
WARNED_THEN_THAT = "engine bug B4: 'warned of A and said that B' gives 'warned' the content B"


B4_TEXT = (
    "Iranian Foreign Minister Karim Dastani warned of the consequences of any escalation and said that the two "
    "countries had much in common."
)
