"""Actor rules: find the spans that name persons, countries, organizations and groups.

Two regex scans of the lexicon (names case-sensitively, words case-insensitively) and one
scan for runs of capitalised words give every candidate; the named rules below decide which
runs are persons (``actor.title_name``: a title stands before the run, and so on) and what
their role and country are. Nothing here links mentions to each other: that is ``coref``.

Window bounds on the hot paths are written ``a if a > b else b`` rather than ``max(a, b)``: in the
pure build a call of the builtin parses its arguments as keywords and costs about a thousand
instructions, and these run thousands of times an article.

The modules, lowest first (a module imports only those above it):

* ``patterns``: the name-token regexes and the patterns several modules share;
* ``scan``: the lexicon's two scans of the body (``scan_hits``);
* ``pronouns``: pronouns and groups ("he", "the two sides", "both ministers");
* ``lookups``: the article's role, body, honorific and long-name hits, listed once; a title's country;
* ``context``: what stands around a mention (sentence start, possessive, a country after it, a fronted phrase);
* ``verbs``: a name's verb, the asides before it, an inverted cue;
* ``titles``: the walk left over a title before a name;
* ``runs``: where a chain of capitalised words splits into names; initials glued to a name;
* ``appositions``: titles set off around a name (appositions, brackets, "and" tails, "X of Country");
* ``roles``: role words around a run (title tails, double titles, described organizations);
* ``objects``: a name as the object of a meeting verb or of "with";
* ``classify``: what a run is (``_classify``): person, organization, body, place, candidate or nothing;
* ``lists``: persons told in lists (from countries, a shared demonym, apposition lists, plural titles);
* ``persons``: ``find_persons`` and the rules that fix its runs up;
* ``modifiers``: the words before a description's head;
* ``complements``: what follows a description's role word ("of Iraq");
* ``plurals``: a plural role's members and the names told with it;
* ``descriptions``: descriptions, unnamed sources and groups of one state's officials;
* ``mentions``: ``find_mentions``, the driver, and the overlap resolution.
"""

from __future__ import annotations

from newsfacts.rules.actors.mentions import find_mentions
from newsfacts.rules.actors.patterns import DESCRIBING_NOUN
from newsfacts.rules.actors.verbs import ASIDE_GERUNDS, SPEECH_OCCASIONS, clause_verb_at

__all__ = ["ASIDE_GERUNDS", "DESCRIBING_NOUN", "SPEECH_OCCASIONS", "clause_verb_at", "find_mentions"]
