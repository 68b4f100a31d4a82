"""CAMEO actor codes for event actors: ``IRNGOV``, ``IRN``, or nothing we can stand behind.

CAMEO actor codes are a country code followed by role codes. We assign only ``GOV`` — to
officials in the table and to people and bodies whose role or name holds a government word
(``data/government.txt``) — because that is all an article's role phrase reliably says.
International organizations get no code: their CAMEO IGO codes are not in our data.
"""

from __future__ import annotations

from newsfacts.events import names
from newsfacts.events.identity import Identity
from newsfacts.events.tables import words


def actor_code(identity: Identity, role: str | None) -> str | None:
    country = identity.country
    if country is None or identity.kind == "group":
        return None
    if identity.kind == "country":
        return country
    if identity.official is not None:
        return f"{country}GOV"
    phrase = (role or "") + " " + (identity.name if identity.kind == "organization" else "")
    if set(names.words(phrase)) & words("government.txt"):
        return f"{country}GOV"
    return country
