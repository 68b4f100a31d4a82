"""Small readers of extracted facts that the rule tests share."""

from __future__ import annotations

from newsfacts.models import Statement
from newsfacts.rules import Facts


def names_of(f: Facts, ids: tuple[str, ...]) -> set[str]:
    """The names of the actors with these ids (a meeting's participants, a statement's speakers)."""
    return {a.name for a in f.actors if a.id in ids}


def speaker_names(f: Facts, st: Statement) -> list[str]:
    """The names of a statement's speakers, in its order."""
    names = {a.id: a.name for a in f.actors}
    return [names[k] for k in st.speakers]


def persons(f: Facts) -> dict[str, tuple[str | None, str | None]]:
    """Each person's name -> (country, role)."""
    return {a.name: (a.country, a.role) for a in f.actors if a.kind == "person"}


def one_by_cue(f: Facts, cue: str) -> Statement:
    """The one statement with this cue, as written."""
    (st,) = [s for s in f.statements if s.cue == cue]
    return st


def statements_by_cue(f: Facts, cue: str) -> list[Statement]:
    """The statements whose cue, lower-cased, is ``cue``."""
    return [s for s in f.statements if s.cue.lower() == cue]


def meeting_parties(f: Facts) -> list[set[str]]:
    """Each meeting's participants, by name, in the meetings' order."""
    return [names_of(f, m.participants) for m in f.meetings]
