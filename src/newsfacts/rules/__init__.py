"""Named extraction rules by family, and the engine that runs them.

>>> from newsfacts.rules import extract_facts
>>> facts = extract_facts("Iranian Foreign Minister Karim Haddad said the talks were useful.")
>>> [(a.name, a.country) for a in facts.actors]
[('Karim Haddad', 'IRN')]
>>> facts.statements[0].content
'the talks were useful'
"""

from __future__ import annotations

from newsfacts.rules.engine import Facts, Trace, extract_facts
from newsfacts.rules.registry import RULES, Firing, Rule

__all__ = ["RULES", "Facts", "Firing", "Rule", "Trace", "extract_facts"]
