"""What outlet plugins hand to the host through hooks: plain data, frozen attrs classes.

A plugin answers questions ("which outlet is this?") and contributes data (boilerplate
patterns, lexicon entries, rules); it never re-runs a pipeline stage. These classes are
the vocabulary of those answers. Like :mod:`newsfacts.models`, this module imports nothing
of ours but the models.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs
from attrs import field, frozen

BOILERPLATE_SCOPES: Final = ("line", "fragment", "tail")


def _compiles(_inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"{attribute.name} is not a valid regular expression: {exc}") from exc


@frozen
class OutletMatch:
    """A plugin's claim that an article comes from ``outlet``.

    Every plugin may answer; the host keeps the claim with the highest ``score`` (ties go to
    the outlet name that sorts first, so the answer never depends on load order).
    A URL host match is strong evidence (``score`` 1.0), a text signature weaker (0.5–0.9).
    """

    outlet: str
    score: float = field(validator=attrs.validators.and_(attrs.validators.ge(0.0), attrs.validators.le(1.0)))
    #: Why the plugin thinks so ("url host tasnimnews.com", "dateline TEHRAN (Tasnim)").
    reason: str = ""


@frozen
class Boilerplate:
    """A pattern for text that is not part of the article.

    ``scope`` says what a match removes:

    * ``"line"``: a whole line whose stripped text fully matches ``pattern``;
    * ``"fragment"``: only the matched text, wherever it stands in a line (a license
      sentence glued to the last paragraph, agency initials such as ``AR/MA``);
    * ``"tail"``: a line that fully matches, and every line after it (``Most Visited``).

    ``license`` names the license a match declares (``"CC BY 4.0"``); ``outlets`` limits the
    pattern to articles detected as one of these outlets (empty: every article).
    Patterns are matched case-sensitively unless they say ``(?i)``.
    """

    name: str
    pattern: str = field(validator=_compiles)
    scope: str = field(default="line", validator=attrs.validators.in_(BOILERPLATE_SCOPES))
    license: str | None = None
    outlets: tuple[str, ...] = field(default=(), converter=tuple)

    def applies_to(self, outlet: str | None) -> bool:
        return not self.outlets or outlet in self.outlets
