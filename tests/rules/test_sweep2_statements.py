"""Session 10 sweep, round 2: statements. Two value classes round 1 left: NESTED REPORTING (a reporter -- a
ministry, a spokesperson -- tells another speaker's cue: GUIDELINES and dev gold give two statements, the
reporter's, its content holding the inner report, and the inner speaker's own) and SPEAKERS THAT ARE BODIES
OR DESCRIBED OFFICIALS ('said the White House', "the bloc's foreign policy chief said", "Both ministers,
however, said"). Every sentence is invented.

Slots (nested): ``frame`` (how the reporter frames the inner cue: "R said (that) I ...", "I ..., r said",
"According to r, I ...", a quoted readout, "I, according to r, ...", "R said in a statement that I ...", an
interrupted cue with no reporter), ``reporter`` (a ministry named by demonym, a named spokesperson), ``inner``
(one minister named after a first mention, the pair by name, "the two ministers", "both sides") and ``icue``
(the inner cue with its content and kind). Slots (speakers): ``sform`` (the speaker) and ``sframe`` (the
cue's shape).

Asserted for each case: the speakers (the scorer's name match), the content (bag-of-words F1 >= 0.5), the
kind where cue and content are unambiguous, and no statement beyond the expected ones.

``python tests/rules/test_sweep2_statements.py`` prints the failure table: slot value -> failures / uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

import newsfacts

from .sweep_support import bag_f1, name_matches, print_slot_table, words

PUBLISHED = "2025-03-12"

S_, AP, IN, AV, DV = "say", "appeal", "intend", "approve", "disapprove"


@dataclass(frozen=True)
class Person:
    name: str
    full: str
    later: str
    gender: str
    ministry: str  # "The German foreign ministry"
    ministry_name: str  # the actor's expected name


PERSONS = [
    Person(
        "Annalena Brandt",
        "German Foreign Minister Annalena Brandt",
        "Brandt",
        "f",
        "the German foreign ministry",
        "German foreign ministry",
    ),
    Person("Wang Yi", "Chinese Foreign Minister Wang Yi", "Wang", "m", "China's foreign ministry", "foreign ministry"),
    Person(
        "S Jaishankar",
        "External Affairs Minister S Jaishankar",
        "Jaishankar",
        "m",
        "the Ministry of External Affairs",
        "Ministry of External Affairs",
    ),
    Person(
        "Faisal bin Farhan",
        "Saudi Foreign Minister Prince Faisal bin Farhan",
        "Prince Faisal",
        "m",
        "the Saudi foreign ministry",
        "Saudi foreign ministry",
    ),
    Person(
        "Alicia Bárcena Ibarra",
        "Mexican Foreign Secretary Alicia Bárcena Ibarra",
        "Bárcena",
        "f",
        "the Mexican foreign ministry",
        "Mexican foreign ministry",
    ),
    Person(
        "Hakan Fidan",
        "Turkish Foreign Minister Hakan Fidan",
        "Fidan",
        "m",
        "the Turkish foreign ministry",
        "Turkish foreign ministry",
    ),
    Person(
        "Enrique Manalo",
        "Philippine Foreign Secretary Enrique Manalo",
        "Manalo",
        "m",
        "the Philippine foreign ministry",
        "Philippine foreign ministry",
    ),
    Person(
        "Musalia Mudavadi",
        "Kenyan Prime Cabinet Secretary Musalia Mudavadi",
        "Mudavadi",
        "m",
        "the Kenyan foreign ministry",
        "Kenyan foreign ministry",
    ),
]
SPOKES = [("Foreign ministry spokesman Mohamed Hassan", "Mohamed Hassan", "Hassan")]
CITY = ["Ankara", "Nairobi", "Manila", "Riyadh", "Brussels"]


@dataclass(frozen=True)
class ICue:
    key: str
    text: str  # the cue and its content; {POSS} the speaker's possessive
    cue_len: int  # words of the cue ("agreed to" -> 2): the content is what follows
    kind: str | None
    single: bool = False  # one speaker only ("confirmed he will ...")


ICUES = [
    ICue("agreed_to", "agreed to expand trade and energy ties", 2, IN),
    ICue("stressed_need", "stressed the need for a lasting ceasefire in Gaza", 1, AP),
    ICue("condemned", "condemned the attack on the embassy in Khartoum", 1, DV),
    ICue("welcomed", "welcomed the agreement on prisoner exchanges", 1, AV),
    ICue("emphasised", "emphasised the importance of dialogue and mutual respect", 1, None),
    ICue("underscored", "underscored the importance of the strategic partnership", 1, None),
    ICue("confirmed_visit", "confirmed {PR} will visit Egypt next month", 1, None, True),
    ICue("affirmed", "affirmed {POSS} country's commitment to the peace process", 1, None, True),
    ICue("expressed_concern", "expressed concern over the rising tensions in the region", 1, S_),
]


@dataclass(frozen=True)
class Frame:
    key: str
    template: str  # {R} reporter capitalised, {r} mid-sentence, {I} inner subject, {Ic} capitalised, {CUE}
    reporter: bool = True


FRAMES = [
    Frame("said_bare", "{R} said {I} {CUE}."),
    Frame("said_that", "{R} said on Tuesday that {I} {CUE}."),
    Frame("said_statement", "{R} said in a statement that {I} {CUE}."),
    Frame("tail", "{Ic} {CUE}, {r} said."),
    Frame("according_front", "According to {r}, {I} {CUE}."),
    Frame("quoted_readout", "“{Ic} {CUE},” {r} said."),
    Frame("according_aside", "{Ic}, according to {r}, {CUE}."),
    Frame("interrupted", "{Ic} {CUE_INT}.", reporter=False),
]


@dataclass
class Expect:
    kind: str | None
    content: str
    speakers: tuple[str, ...]
    country: str | None = None  # an unnamed speaker: its country (the scorer's match)


@dataclass
class Case:
    slots: dict[str, str]
    text: str
    expect: tuple[Expect, ...]
    id: str = field(default="")
    left_out: bool = False  # read by the table, not by the test (LEFT_OUT)

    def __post_init__(self) -> None:
        self.id = "-".join(v for v in self.slots.values())


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _interrupt(cue: ICue) -> str:
    words = cue.text.split()
    head = " ".join(words[:1])
    return head + ", during the closed-door talks, " + " ".join(words[1:])


def _nested_cases() -> Iterator[Case]:
    n = 0
    for fi, frame in enumerate(FRAMES):
        for ci, cue in enumerate(ICUES):
            for inner in ("single", "pair", "two_ministers", "both_sides"):
                if cue.single and inner != "single":
                    continue
                for rep in ("ministry", "spokesman"):
                    if not frame.reporter and rep != "ministry":
                        continue
                    n += 1
                    i = fi * 7 + ci * 3 + n
                    a, b = PERSONS[i % len(PERSONS)], PERSONS[(i * 3 + 1) % len(PERSONS)]
                    if a == b:
                        b = PERSONS[(i + 1) % len(PERSONS)]
                    lead = f"{a.full} met {b.full} in {CITY[i % len(CITY)]} on Monday."
                    if rep == "ministry":
                        r, rname = a.ministry, a.ministry_name
                    else:
                        full, rname, _later = SPOKES[0]
                        lead += f"\n\n{full} described the talks as useful."
                        r = "the spokesman"
                        rname = SPOKES[0][1]
                    if inner == "single":
                        subj, speakers = a.later, (a.name,)
                    elif inner == "pair":
                        subj, speakers = f"{a.later} and {b.later}", (a.name, b.name)
                    elif inner == "two_ministers":
                        subj, speakers = "the two ministers", (a.name, b.name)
                    else:
                        subj, speakers = "both sides", (a.name, b.name)
                    pr = "she" if a.gender == "f" else "he"
                    poss = "her" if a.gender == "f" else "his"
                    cue_text = cue.text.replace("{PR}", pr).replace("{POSS}", poss)
                    icue = ICue(cue.key, cue_text, cue.cue_len, cue.kind)
                    sentence = (
                        frame.template.replace("{R}", _cap(r))
                        .replace("{r}", r)
                        .replace("{Ic}", _cap(subj))
                        .replace("{I}", subj)
                        .replace("{CUE_INT}", _interrupt(icue))
                        .replace("{CUE}", cue_text)
                    )
                    text = lead + "\n\n" + sentence + "\n"
                    inner_content = " ".join(cue_text.split()[cue.cue_len :])
                    expect: list[Expect] = [Expect(cue.kind, inner_content, speakers)]
                    if frame.reporter:
                        expect.append(Expect(None, f"{subj} {cue_text}", (rname,)))
                    if rep == "spokesman":
                        expect.append(Expect(AV, "the talks as useful", (rname,)))
                    slots = {"frame": frame.key, "icue": cue.key, "inner": inner, "reporter": rep}
                    yield Case(slots, text, tuple(expect))


# ------------------------------------------------------------------------------------------------ speakers
# (speaker as written, expected name, lead sentence or "")
SFORMS = [
    ("white_house", "the White House", "White House", ""),
    ("au_commission", "the African Union Commission", "African Union Commission", ""),
    (
        "eu_top_diplomat",
        "the EU's top diplomat",
        "Kaja Kallas",
        "EU foreign policy chief Kaja Kallas arrived in Kyiv on Monday.",
    ),
    (
        "bloc_chief",
        "the bloc's foreign policy chief",
        "Kaja Kallas",
        "EU foreign policy chief Kaja Kallas arrived in Kyiv on Monday.",
    ),
    ("both_ministers_however", "both ministers, however,", "", "JOINT"),
    # (an untitled "Tamim bin Hamad Al Thani" opening the article is no actor yet: the actor sweep's; here after a
    # titled first mention)
    (
        "name_speaking_in",
        "Sheikh Tamim, speaking in Cairo,",
        "Tamim bin Hamad Al Thani",
        "Emir of Qatar Sheikh Tamim bin Hamad Al Thani arrived in Egypt on Monday.",
    ),
    ("comms_director", "Kenyan President William Ruto's communications director", "", "KEN"),
    ("senior_official", "a senior State Department official", "senior State Department official", ""),
    ("embassy_in", "the Chinese embassy in Manila", "Chinese embassy in Manila", ""),
    ("ministry_spokesperson", "the Qatari foreign ministry spokesperson", "", "QAT"),
]
SFRAMES = [
    ("said_that", "{S} said on Tuesday that the talks had been constructive.", "the talks had been constructive", AV),
    (
        "inverted_quote",
        "“We will not accept any interference in our affairs,” said {s}.",
        "We will not accept any interference in our affairs",
        None,
    ),
    (
        "tail_quote",
        "“We will not accept any interference in our affairs,” {s} said.",
        "We will not accept any interference in our affairs",
        None,
    ),
    ("called_for", "{S} called for an immediate ceasefire in Sudan.", "an immediate ceasefire in Sudan", AP),
    (
        "in_statement",
        "{S} said in a statement that the vessel had entered its waters illegally.",
        "the vessel had entered its waters illegally",
        None,
    ),
]


#: combinations left out of the test (the table still reads them), each with why
LEFT_OUT: dict[tuple[str, str], str] = {
    # an inverted cue's body: the actor finder reads a person "White", the bloc without "Commission", the embassy
    # without its seat, no possessive description after "said"; left to the actor tables
    ("white_house", "inverted_quote"): "actor",
    ("au_commission", "inverted_quote"): "actor",
    ("embassy_in", "inverted_quote"): "actor",
    ("bloc_chief", "inverted_quote"): "actor",
    # a fronted quote's subject with an aside after it ('“...,” both ministers, however, said'): rare
    ("both_ministers_however", "tail_quote"): "rare",
}
#: speaker forms left out whole: "X's communications director" (an unnamed staffer of a named person: no rule
#: makes an unnamed person of a possessive) and "the EU's top diplomat" for the EU's foreign policy chief (coref
#: would have to equate a "top diplomat" with a High Representative / foreign policy chief)
LEFT_OUT_FORMS = {"comms_director", "eu_top_diplomat"}


def _speaker_cases() -> Iterator[Case]:
    for key, subj, name, lead0 in SFORMS:
        for fkey, tpl, content, kind in SFRAMES:
            if key == "both_ministers_however" and fkey == "inverted_quote":
                continue  # ('”..., said both ministers, however': no outlet writes it)
            speakers: tuple[str, ...] = (name,) if name else ()
            country, lead = None, lead0
            if len(lead) == 3:
                country, lead = lead, ""
            if lead == "JOINT":
                lead = (
                    "Turkish Foreign Minister Hakan Fidan met Philippine Foreign Secretary Enrique Manalo in Ankara "
                    "on Monday."
                )
                speakers = ("Hakan Fidan", "Enrique Manalo")
            s = subj.rstrip(",") if fkey == "inverted_quote" else subj
            sentence = tpl.replace("{S}", _cap(subj)).replace("{s}", s)
            text = (lead + "\n\n" if lead else "") + sentence + "\n"
            case = Case({"sform": key, "sframe": fkey}, text, (Expect(kind, content, speakers, country),))
            case.left_out = key in LEFT_OUT_FORMS or (key, fkey) in LEFT_OUT
            yield case


ALL_CASES = list(_nested_cases()) + list(_speaker_cases())
CASES = [c for c in ALL_CASES if not c.left_out]


def check(case: Case) -> list[str]:
    """What is wrong with the engine's statements for this case: a list of failure classes with detail."""
    art = newsfacts.extract(case.text, published=PUBLISHED)
    actors = {a.id: a for a in art.actors}
    got = list(art.statements)
    fails: list[str] = []
    used: set[int] = set()
    # the expectations whose content is longest first: a reporter's content holds the inner one's
    for ex in sorted(case.expect, key=lambda e: -len(e.content)):
        exw = words(ex.content)
        cands = []
        for j, st in enumerate(got):
            f = bag_f1(exw, words(st.content))
            if j not in used and f >= 0.5:
                spk = [actors[k] for k in st.speakers]
                if ex.speakers:
                    ok = len(spk) == len(ex.speakers) and all(
                        any(name_matches(g, a.name or "") for a in spk) for g in ex.speakers
                    )
                else:
                    ok = len(spk) == 1 and spk[0].country == ex.country
                cands.append((ok, f, j))
        if not cands:
            fails.append(f"missing: {ex.content!r}")
            continue
        ok, _f, best = max(cands)
        used.add(best)
        st = got[best]
        if not ok:
            spk = [actors[k] for k in st.speakers]
            fails.append(f"speaker: {[(a.name, a.country) for a in spk]} for {ex.speakers or ex.country}")
        if ex.kind is not None and st.kind != ex.kind:
            fails.append(f"kind: {st.kind} for {ex.kind}")
    for j, st in enumerate(got):
        if j not in used:
            names = [actors[k].name for k in st.speakers]
            fails.append(f"extra: {st.cue!r} {names} {st.content!r}")
    return fails


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_sweep2_statements(case: Case) -> None:
    fails = check(case)
    assert not fails, case.text + "\n" + "\n".join(fails)


def _table() -> None:  # pragma: no cover - a tool
    print_slot_table(
        ALL_CASES,
        check,
        ("frame", "icue", "inner", "reporter", "sform", "sframe"),
        example_key=lambda c: "/".join(c.slots.values()),
        not_run=len(ALL_CASES) - len(CASES),
        examples_per_key=2,
    )


if __name__ == "__main__":  # pragma: no cover
    _table()
