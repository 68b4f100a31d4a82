"""The plan tests ("will meet", "is to travel to") and the few patterns and word tables several meeting
modules share (a module's own stay in it)."""

from __future__ import annotations

import functools
import re
from typing import Final

from newsfacts.lexicon import Lexicon
from newsfacts.prefilter import holds_any, required_words

_PLANNED: Final = re.compile(
    r"\b(?:will|shall|is (?:also )?(?:scheduled|set|expected|due|going|slated|planning|planned|to)|"
    r"are (?:also )?(?:scheduled|set|expected|due|going|slated|planning|to)|plans? to|intends? to|to be held|would|"
    # meeting.was_scheduled: "IRNA said X was scheduled to meet Y", "X was due to hold talks with Y": a plan told
    # in the past tense (the plan that did not come about reads "had been due to", meeting.plan_undone)
    r"(?:was|were) (?:also )?(?:scheduled|set|expected|due|slated) to|"
    # meeting.agreed_to_meet: "agreed to meet again", "decided to hold the next round of talks in Berlin"
    r"(?:agreed|agree|agrees|decided) to (?:meet|hold|have)\b)\b[^.;]{0,40}$"
)
#: a plan's words anywhere before a verb (meeting.then_planned: "X is scheduled to stay in Riyadh until March 25 and
#: then visit Qatar")
_PLAN_WORD: Final = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were) (?:also )?(?:scheduled|set|expected|due|slated|going) to|"
    r"(?:is|are) to|plans? to|intends? to)\b"
)
#: a word every match of _PLANNED holds: tested before its scan (see _planned_in); fewer than required_words reads
#: ("agree" for the six of "agreed to meet", ...), the commonest first
_PLANNED_WORDS: Final = (
    "is ",
    "will",
    "would",
    "are ",
    "plan",
    "agree",
    "decided",
    "intend",
    "shall",
    "to be held",
    "scheduled",
    "expected",
    "set to",
    "due to",
    "slated",
)
assert required_words(_PLANNED) is not None and all(
    any(w in r for w in _PLANNED_WORDS) for r in required_words(_PLANNED) or ()
)


def _planned_in(text: str, start: int, end: int) -> bool:
    """Does _PLANNED match in ``text[start:end]``? Its scan tries every position of the window (a word boundary opens
    it); a window holding none of its words is ruled out by substring tests, several times cheaper."""
    return holds_any(text, _PLANNED_WORDS, start, end) and _PLANNED.search(text, start, end) is not None


#: an adjective that puts a meeting noun in the future, right before it or its modifiers ("the upcoming
#: bilateral meeting", "the highly anticipated phone call")
_PLANNED_ADJ_LEFT: Final = re.compile(
    r"\b(?:upcoming|forthcoming|planned|anticipated|expected|proposed|scheduled|impending)\s+(?:[a-z-]+\s+){0,2}$"
    # meeting.on_the_agenda: "X's agenda includes talks with Y", "the programme of the visit features a meeting"
    r"|\b(?:agenda|programme|program|schedule|itinerary)\s+(?:also\s+)?(?:includes?|will\s+include|features?)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$"
    # meeting.prepared_meeting: "agreed on the preparation of a meeting between A and B": one to come
    r"|\bpreparations?\s+(?:of|for)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$"
    # meeting.timing_for: "fine-tuning the timing for a phone conversation between A and B", "making arrangements
    # for a meeting": a talk being arranged is one to come
    r"|\b(?:timing|arrangements?)\s+(?:of|for)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$"
)
_PLANNED_TRIP: Final = re.compile(
    # "is to travel to Jakarta on 9 March for further talks with Y", "said he would travel to Lima ..."
    r"\b(?:will|would|(?:is|are)(?: also)?(?: (?:scheduled|set|expected|due|slated|going))? to)(?: also)? "
    r"(?:travel|fly|head|go|visit|return)\b[^.;]{0,80}$"
)
#: the verbs of _PLANNED_TRIP with the space before them, one of which every match holds: tested before its scan (a
#: word boundary opens it: every position of the window is tried)
_PLANNED_TRIP_VERBS: Final = (" travel", " visit", " go", " head", " fly", " return")


def _planned_trip_in(text: str, start: int, end: int) -> bool:
    """Does _PLANNED_TRIP match in ``text[start:end]``? (Its verbs first, as in _planned_in.)"""
    return holds_any(text, _PLANNED_TRIP_VERBS, start, end) and _PLANNED_TRIP.search(text, start, end) is not None


@functools.lru_cache(maxsize=64)
def _lexicon_rx(lx: Lexicon, template: str, table: str) -> re.Pattern[str]:
    """``template`` with ``{words}`` replaced by the words of a lexicon word set (the ``Lexicon`` attribute
    ``table``), longest first: compiled once per lexicon, so that the word lists stay data."""
    words = "|".join(re.escape(w) for w in sorted(getattr(lx, table), key=lambda w: (-len(w), w)))
    return re.compile(template.replace("{words}", words))


#: the modalities a talk is told with in so many words (in person is also the default of a bare "talks")
_REMOTE: Final = frozenset({"phone", "video"})
#: what links conjoined subjects: "X and his Y", "X, Y and the Z", "X and his German counterpart, Y" (the
#: counterpart set off by a comma before the name: meeting.counterpart_apposition)
_AND_HIS_LINK: Final = re.compile(
    r"\s*(?:,\s*and|,|and)\s+(?:his\s+|her\s+|the\s+|their\s+)?(?:(?:[A-Z][a-z]+\s+)?counterpart,\s+)?"
)
_APPOS_COMMA: Final = re.compile(r"\s*,\s*")
_COUNT_WORDS: Final = {"two": 2, "pair": 2, "duo": 2, "three": 3, "four": 4}
