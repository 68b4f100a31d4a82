"""Compare an extracted :class:`~newsfacts.models.Article` with a synthetic article's truth.

Each function returns what is wrong, one readable line per problem (empty: all found), so a
failing property prints the whole story of one example. Actors are matched by name, as the
gold corpora match them.
"""

from __future__ import annotations

from newsfacts.models import Article, Meeting, Statement
from newsfacts.testing.synthetic import (
    ExpectedMeeting,
    ExpectedStatement,
    Truth,
    cues_agree,
    normalize_content,
)


def _names(article: Article, ids: tuple[str, ...]) -> frozenset[str]:
    return frozenset(article.actor(i).name for i in ids)


def _meeting_problems(article: Article, got: Meeting, want: ExpectedMeeting) -> list[str]:
    problems = []
    if got.modality != want.modality:
        problems.append(f"modality {got.modality!r}, want {want.modality!r}")
    if got.status != want.status:
        problems.append(f"status {got.status!r}, want {want.status!r}")
    got_date = got.date.value if got.date is not None else None
    if got_date != want.date:
        problems.append(f"date {got_date!r} (from {got.date.text if got.date else None!r}), want {want.date!r}")
    got_place = got.location.name if got.location is not None else None
    if got_place != want.location:
        problems.append(f"location {got_place!r}, want {want.location!r}")
    return problems


def meeting_problems(article: Article, truth: Truth) -> list[str]:
    """Each expected meeting must be found once, with its modality, status, date and place;
    no other meeting may be reported."""
    problems = []
    unmatched = list(article.meetings)
    for want in truth.meetings:
        same = [m for m in unmatched if _names(article, m.participants) == want.participants]
        if not same:
            found = [sorted(_names(article, m.participants)) for m in article.meetings]
            problems.append(f"meeting of {sorted(want.participants)} not found (meetings: {found})")
            continue
        unmatched.remove(same[0])
        who = sorted(want.participants)
        problems.extend(f"meeting of {who}: {p}" for p in _meeting_problems(article, same[0], want))
    problems.extend(f"unexpected meeting of {sorted(_names(article, m.participants))}" for m in unmatched)
    return problems


def _statement_matches(article: Article, got: Statement, want: ExpectedStatement) -> bool:
    return (
        _names(article, got.speakers) == want.speakers
        and normalize_content(got.content) == normalize_content(want.content)
        and cues_agree(want.cue, got.cue)
    )


def statement_problems(article: Article, truth: Truth) -> list[str]:
    """Each expected statement must be found (speakers, cue, content) with its kind and
    directness; no other statement may be reported."""
    problems = []
    unmatched = list(article.statements)
    for want in truth.statements:
        same = [s for s in unmatched if _statement_matches(article, s, want)]
        if not same:
            problems.append(f"statement not found: {sorted(want.speakers)} {want.cue!r} {want.content!r}")
            continue
        got = same[0]
        unmatched.remove(got)
        if got.kind != want.kind:
            problems.append(f"statement {want.cue!r} {want.content!r}: kind {got.kind!r}, want {want.kind!r}")
        if got.direct != want.direct:
            problems.append(f"statement {want.cue!r} {want.content!r}: direct {got.direct}, want {want.direct}")
    problems.extend(
        f"unexpected statement: {sorted(_names(article, s.speakers))} {s.cue!r} {s.content!r}" for s in unmatched
    )
    return problems
