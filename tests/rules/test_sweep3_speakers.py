"""Session 10 sweep, round 3: speakers round 2 left unread. An inverted cue's body ('“...,” said the White
House'), an office holder named by a possessive ("Kenyan President William Ruto's communications director"),
the EU's "top diplomat" told before by name, and an untitled full name opening an article. Every sentence is
invented.

Slots: ``sform`` (the speaker as written, with its expected name or country and the lead it needs) and
``sframe`` (the cue's shape). Asserted: the speaker (the scorer's name match; an unnamed one by kind, country
and ``unnamed``), the content (bag-of-words F1 >= 0.5), no statement beyond the expected one and no person
beyond the expected ones.

``python tests/rules/test_sweep3_speakers.py`` prints the failure table: slot value -> failures / uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

import newsfacts

from .sweep_support import bag_f1, name_matches, print_slot_table, words

PUBLISHED = "2025-03-12"


@dataclass(frozen=True)
class SForm:
    key: str
    subj: str  # the speaker as written
    name: str  # the expected name ("" for an unnamed person)
    kind: str  # person | organization | country
    country: str | None  # the expected country (checked for unnamed persons and bodies)
    lead: str = ""  # a first sentence the form needs
    persons: tuple[str, ...] = ()  # the persons the article names (beyond the speaker)


EU_LEAD = "EU foreign policy chief Kaja Kallas arrived in Kyiv on Monday."
SFORMS = [
    SForm("white_house", "the White House", "White House", "organization", "USA"),
    SForm("au_commission", "the African Union Commission", "African Union Commission", "organization", None),
    SForm("embassy_in", "the Chinese embassy in Manila", "Chinese embassy in Manila", "organization", "CHN"),
    SForm("kremlin", "the Kremlin", "Kremlin", "organization", "RUS"),
    SForm("egypt_fm", "Egypt's foreign ministry", "foreign ministry", "organization", "EGY"),
    SForm(
        "comms_director",
        "Kenyan President William Ruto's communications director",
        "",
        "person",
        "KEN",
        persons=("William Ruto",),
    ),
    SForm(
        "minister_spokesperson",
        "the minister's spokesperson",
        "",
        "person",
        "TUR",
        lead="Turkish Foreign Minister Hakan Fidan arrived in Cairo on Monday.",
        persons=("Hakan Fidan",),
    ),
    SForm(
        "lavrov_deputy",
        "Lavrov's deputy",
        "",
        "person",
        "RUS",
        lead="Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.",
        persons=("Sergei Lavrov",),
    ),
    SForm("eu_top_diplomat", "the EU's top diplomat", "Kaja Kallas", "person", None, lead=EU_LEAD),
    SForm("bloc_top_diplomat", "the bloc's top diplomat", "Kaja Kallas", "person", None, lead=EU_LEAD),
    SForm("tamim_speaking", "Tamim bin Hamad Al Thani, speaking in Cairo,", "Tamim bin Hamad Al Thani", "person", None),
    SForm("modi_on_tuesday", "Narendra Modi on Tuesday", "Narendra Modi", "person", None),
    SForm("modi_addressing", "Narendra Modi, addressing reporters in Delhi,", "Narendra Modi", "person", None),
    SForm("lula_speaking", "Luiz Inácio Lula da Silva, speaking at the summit,", "Lula da Silva", "person", None),
]


@dataclass(frozen=True)
class SFrame:
    key: str
    template: str  # {S} the speaker capitalised, {s} mid-sentence
    content: str


SFRAMES = [
    SFrame("said_that", "{S} said that the talks had been constructive.", "the talks had been constructive"),
    SFrame(
        "inverted_quote",
        "“We will not accept any interference in our affairs,” said {s}.",
        "We will not accept any interference in our affairs",
    ),
    SFrame(
        "tail_quote",
        "“We will not accept any interference in our affairs,” {s} said.",
        "We will not accept any interference in our affairs",
    ),
    SFrame("called_for", "{S} called for an immediate ceasefire in Sudan.", "an immediate ceasefire in Sudan"),
    SFrame(
        "in_statement",
        "{S} said in a statement that the vessel had entered its waters illegally.",
        "the vessel had entered its waters illegally",
    ),
]

#: combinations left out of the test (the table still reads them), each with why
LEFT_OUT: dict[tuple[str, str], str] = {
    # an inverted cue's body: the organization finder reads no "the African Union Commission" after "said the", and
    # the body finder ends the embassy before its seat ("in Manila"); not reached this round
    ("au_commission", "inverted_quote"): "actor",
    ("embassy_in", "inverted_quote"): "actor",
}
#: speaker forms left out whole (not reached this round, short): an unnamed staffer named by a possessive of a
#: named person or title ("X's communications director", "the minister's spokesperson", "Lavrov's deputy": no rule
#: makes an unnamed person of a possessive)
LEFT_OUT_FORMS = {"comms_director", "minister_spokesperson", "lavrov_deputy"}
#: the forms that open a sentence only (an adverbial or aside after the name: not after a fronted quote)
FRONT_ONLY = {"tamim_speaking", "modi_on_tuesday", "modi_addressing", "lula_speaking"}


@dataclass
class Case:
    slots: dict[str, str]
    text: str
    form: SForm
    content: str
    id: str = field(default="")
    left_out: bool = False

    def __post_init__(self) -> None:
        self.id = "-".join(self.slots.values())


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _cases() -> Iterator[Case]:
    for form in SFORMS:
        for fr in SFRAMES:
            if form.key in FRONT_ONLY and "quote" in fr.key:
                continue
            s = form.subj.rstrip(",")
            sentence = fr.template.replace("{S}", _cap(form.subj)).replace("{s}", s)
            text = (form.lead + "\n\n" if form.lead else "") + sentence + "\n"
            case = Case({"sform": form.key, "sframe": fr.key}, text, form, fr.content)
            case.left_out = form.key in LEFT_OUT_FORMS or (form.key, fr.key) in LEFT_OUT
            yield case


ALL_CASES = list(_cases())
CASES = [c for c in ALL_CASES if not c.left_out]


def check(case: Case) -> list[str]:
    """What is wrong with the engine's output for this case: a list of failure classes with detail."""
    art = newsfacts.extract(case.text, published=PUBLISHED)
    actors = {a.id: a for a in art.actors}
    form = case.form
    fails: list[str] = []
    exw = words(case.content)
    cands = [(bag_f1(exw, words(st.content)), j) for j, st in enumerate(art.statements)]
    cands = [c for c in cands if c[0] >= 0.5]
    best = max(cands)[1] if cands else -1
    if best < 0:
        fails.append(f"missing: {case.content!r}")
    else:
        spk = [actors[k] for k in art.statements[best].speakers]
        if len(spk) != 1:
            fails.append(f"speaker: {[a.name for a in spk]}")
        else:
            a = spk[0]
            if form.name:
                ok = name_matches(form.name, a.name or "") and a.kind == form.kind
            else:
                ok = a.kind == "person" and bool(getattr(a, "unnamed", False))
            if form.country is not None and a.country != form.country:
                ok = False
            if not ok:
                un = getattr(a, "unnamed", None)
                fails.append(f"speaker: {(a.name, a.kind, a.country, un)} for {(form.name, form.kind, form.country)}")
    for j, st in enumerate(art.statements):
        if j != best:
            fails.append(f"extra statement: {st.cue!r} {[actors[k].name for k in st.speakers]} {st.content!r}")
    want = list(form.persons) + ([form.name] if form.name and form.kind == "person" else [])
    for a in art.actors:
        named = a.kind == "person" and a.name and not getattr(a, "unnamed", False)
        if named and not any(name_matches(w, a.name or "") for w in want):
            fails.append(f"extra person: {a.name!r}")
    return fails


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sweep3_speakers(case: Case) -> None:
    fails = check(case)
    assert not fails, case.text + "\n" + "\n".join(fails)


def _table() -> None:  # pragma: no cover - a tool
    print_slot_table(
        ALL_CASES,
        check,
        ("sform", "sframe"),
        example_key=lambda c: c.id,
        not_run=len(ALL_CASES) - len(CASES),
        examples_per_key=1,
    )


if __name__ == "__main__":  # pragma: no cover
    _table()
