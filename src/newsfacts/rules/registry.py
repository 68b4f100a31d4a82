"""Rules as data: every built-in rule's name, family and the sentence shape it is for.

The logic of a rule lives in its family module (``actors``, ``coref``, ``meetings``,
``dates``, ``statements``); this table is what ``newsfacts explain`` and the docs list, and
what a fact's ``rules`` field points into. Plugins add :class:`Rule` objects of their own
through the ``newsfacts_rules`` hook.
"""

from __future__ import annotations

import re
from typing import Final

import attrs
from attrs import field, frozen

from newsfacts.models import Span

FAMILIES: Final = ("actor", "coref", "meeting", "date", "statement")
STATEMENT_KINDS: Final = ("say", "appeal", "intend", "approve", "disapprove", "reject", "threaten", "deny")
MODALITIES: Final = ("phone", "video", "in_person", "unknown")


def _family(_inst: object, _attr: object, value: str) -> None:
    if value not in FAMILIES:
        raise ValueError(f"rule family must be one of {FAMILIES}, got {value!r}")


def _compiles(_inst: object, _attr: object, value: str | None) -> None:
    if value is not None:
        re.compile(value)


@frozen
class Rule:
    """A named extraction rule.

    Built-in rules are entries of :data:`RULES` (their code lives in the family module).
    A plugin rule is declarative: a regular expression ``pattern`` run over every sentence
    of the body, whose named groups say what was found:

    * family ``statement``: groups ``speaker`` (a span naming the speaker: a name,
      a description or a pronoun, resolved like any other mention), ``content`` and
      optionally ``cue``; ``kind`` is the statement kind.
    * family ``meeting``: groups ``a`` and ``b`` (the two parties); ``modality``.

    ``name`` must be unique (``"tasnim.statement.quoted_as_saying"``).
    """

    name: str
    family: str = field(validator=_family)
    description: str = ""
    pattern: str | None = field(default=None, validator=_compiles)
    kind: str = field(default="say", validator=attrs.validators.in_(STATEMENT_KINDS))
    modality: str = field(default="unknown", validator=attrs.validators.in_(MODALITIES))


@frozen
class Firing:
    """One rule firing on a span of the text, for ``newsfacts explain``."""

    rule: str
    span: Span
    note: str = ""


def _r(name: str, description: str) -> Rule:
    return Rule(name, name.split(".", 1)[0], description)


#: Every built-in rule, by name.
RULES: Final[dict[str, Rule]] = {
    r.name: r
    for r in (
        _r("actor.title_name", "a title before a name: 'Russian Foreign Minister Elena Petrova'"),
        _r("actor.role_apposition", "a role, a comma, a name: 'special assistant for political affairs, Ali Nouri'"),
        _r("actor.retired_rank", "'Admiral (Retd.) Prof. X': the bracket of a retired rank inside the honorifics"),
        _r(
            "actor.glued_initials",
            "'Foreign Minister G.L. Peiris': initials glued with periods before a name are the name's",
        ),
        _r("actor.he_no_period", "'H.E Nana Akufo-Addo': the honorific without its last period, no part of the name"),
        _r("actor.initial_a", "'Miguel A. Correa': the initial 'A.' between two name words belongs to the name"),
        _r(
            "actor.told_surname_split",
            "'in the meeting with Sorensen Marko Djuric underscored': a told surname, then another's full name",
        ),
        _r(
            "actor.portfolio_word",
            "a long title's capitalised word is no name; its holder follows the comma: 'the Special Assistant on"
            " Media Strategy to the Minister, Ali Nouri'",
        ),
        _r("actor.adverb_opener", "an adverb opening a sentence is no subject's name: '“Willfully carried out ...'"),
        _r("actor.credit_outlet", "one word crediting the sentence before it is an outlet: '..., Tengrinews reports.'"),
        _r(
            "coref.female_pronoun",
            "'she' is the woman a title told ('Spokeswoman X', 'Ms X'), not the man told last; 'he' is never her",
        ),
        _r(
            "coref.given_name_gender",
            "a given name tells a woman or a man: 'he' is never 'Anna Holt', 'she' never 'Erik Holm'",
        ),
        _r(
            "coref.he_beside_woman",
            "a pronoun whose subject would be of the other sex is the one other person that sentence tells: 'Anna"
            " Holt met Omar Haddad. He said'",
        ),
        _r(
            "coref.unnamed_role_again",
            "'The Iranian president met X. The president said': a bare title is the unnamed holder of that title a"
            " country's description told just before",
        ),
        _r(
            "actor.unnamed_demonym_list",
            "'The Egyptian and Jordanian foreign ministers met': one unnamed holder of the title per state, when no"
            " person of those states was told before",
        ),
        _r(
            "coref.other_given_name",
            "'Gotabaya Rajapaksa' is not 'Mahinda Rajapaksa': full names with other given names are two persons",
        ),
        _r(
            "coref.pronoun_chain",
            "'He also met X ... He also called on Y': a pronoun opening two sentences in a row is one person",
        ),
        _r(
            "coref.patronymic_short",
            "'Bin Farhan' is 'Faisal bin Farhan Al Saud': a short name opening with 'bin' inside a fuller name",
        ),
        _r(
            "coref.father_name",
            "a lone name is not who bears it after 'bin': 'King Salman' is not 'Mohammed bin Salman'",
        ),
        _r("coref.unique_office", "'The Secretary-General condemned ...' with no holder named: the office's holder"),
        _r("coref.demonym_noun", "'The Kosovan expressed his gratitude': the person of that state told before"),
        _r("coref.head_of_state_president", "'Head of State X ... The President said': a republic's head is X"),
        _r(
            "coref.subject_tie",
            "of persons a description fits alike, one told as a subject: 'X said after meeting Y. The minister noted'",
        ),
        _r("coref.any_minister", "who was told only as 'the minister' may be any minister: 'Morocco's FM' later"),
        _r(
            "coref.uncountried_holder",
            "'the President of X' is the one person titled so with no country: 'President Y ... The President of X'",
        ),
        _r(
            "coref.untitled_protagonist",
            "'the President of X' is the untitled person the article named first, when no one else may be",
        ),
        _r(
            "actor.role_parenthesis",
            "brackets ending a role before its holder are no part of it: 'the director general of the FAO (FAO), X'",
        ),
        _r(
            "actor.name_from_country",
            "names listed each before 'from' and a country are its persons: 'A B from Greece, C D from Japan'",
        ),
        _r("actor.the_demonym_name", "'the', a demonym and a bare name make no person: 'The Qatari Al Araby reported'"),
        _r(
            "coref.same_title_later",
            "a description no one near fits is whom the article names later under that very title",
        ),
        _r("coref.predicate_holder", "the role a name is said to hold is theirs: 'when X was the President of Poland'"),
        _r("coref.body_in_title", "'the State Department official' is who bore a title of the State Department"),
        _r(
            "actor.hyphen_pair_members",
            "'Russian-US relations' tells both states for 'the leaders of the two nations' after it",
        ),
        _r(
            "coref.lead_role_named_next",
            "'X's spokesman says A. Ali Nouri says B.': the lead's role-holder is the untitled name that follows",
        ),
        _r("actor.meeting_object", "a name after 'held talks with': 'met with Kenji Sato'"),
        _r("actor.conjoined_name", "a name joined by 'and' to a titled one: 'Ministers A B and C D'"),
        _r(
            "actor.apposition_list_name",
            "a name after ', and' ending an apposition: 'X, the minister, and Y, his counterpart,'",
        ),
        _r(
            "actor.place_word_name",
            "a name holding a place word: 'Defence Minister Chad Morrow', 'Renato Lima, the envoy,'",
        ),
        _r("actor.unnamed_role", "'the President of Iraq', 'a US senator', 'the IAEA chief': an unnamed person"),
        _r("actor.predicate_as", "'his agenda as the new UN chief': a role after 'as' is no one of its own"),
        _r("actor.country_group", "'Omani officials', 'Lebanese authorities': a group of one country"),
        _r("actor.pair_format", "'a Japan-Canada Foreign Ministers’ talk': the talks' format, no party"),
        _r("actor.name_apposition", "a name, a comma, a role: 'Farid Rahimi, the Iranian foreign minister's adviser'"),
        _r("actor.apposition_subject", "'Chen Wei, a research fellow at X, told ...': a name, a description, its verb"),
        _r("actor.country_name", "a country's possessive before a name: 'Oman's Salim Harthi'"),
        _r("actor.subject_name", "a name right before a reporting or meeting verb: 'Rahimi said'"),
        _r(
            "actor.body_run_head",
            "a name run cut by a nonname word that opens a body: no person ('said the White House')",
        ),
        _r("actor.speaking_aside_subject", "a name, an aside ', speaking in Cairo,' and a finite verb: a subject"),
        _r("actor.plural_opener", "'Traders said': a lone plural word opening the sentence, named nowhere else"),
        _r("actor.known_name", "a surname or full name already found in the article"),
        _r("actor.country", "a country named, or its possessive: 'the US', 'Iran's'"),
        _r("actor.organization", "an international organization or bloc: 'IAEA', 'the UN'"),
        _r("actor.body", "a government body: 'the Iranian Foreign Ministry'"),
        _r(
            "actor.home_country",
            "a titled person the text gives no country: the article's home, from its outlet, URL or dateline "
            "('Foreign Minister X' in the Mainichi is Japan's; newsfacts.rules.home)",
        ),
        _r("actor.unnamed_list", "unnamed role-holders: 'the presidents of Iran, Russia and Turkey'"),
        _r(
            "actor.title_of_body_object",
            "'met with Commander of the People's Liberation Army Navy X': the name after a title of an unknown body",
        ),
        _r("actor.interleaved_list", "'the foreign ministers of Spain X, Latvia Y and Poland Z': each after its state"),
        _r(
            "actor.bare_demonym_list",
            "a lead's role-holders of named states with no article: 'Iranian and Russian energy ministers'",
        ),
        _r("actor.bare_object", "a name with no title as a meeting's object: 'met Zoran Horvat', 'spoke with Kishida'"),
        _r(
            "actor.plural_title_list",
            "names under a plural title: 'Prime Ministers A, B and C', 'Leaders A of X and B of Y'",
        ),
        _r(
            "actor.body_role_holder",
            "'The Turkish Foreign Ministry spokesman said': the role-holder after a body speaks, not the body",
        ),
        _r("actor.counterparts", "unnamed counterparts: 'his Kazakh, Pakistani and Indian counterparts'"),
        _r("actor.delegated_role", "unnamed role-holders: 'agreed that energy ministers from both sides would meet'"),
        _r("actor.visit_host_role", "'X (visiting Namibia) is to meet the President': the President of Namibia"),
        _r(
            "actor.title_apposition",
            "a name, then a bare title set off by commas: 'Faisal Haddad, Minister of Foreign Affairs,'",
        ),
        _r(
            "actor.unnamed_source",
            "'diplomatic sources', 'two officials', 'people familiar with the matter': an unnamed group",
        ),
        _r("actor.office", "'Prime Minister Ana Costa's office': the office speaks, not the person"),
        _r("actor.body_unnamed", "'the foreign ministry' with no country told: one organization per name"),
        _r("coref.royal_highness", "'Emir Sheikh X ... His Highness received': the first royal named"),
        _r("coref.reported_where", "'The spokesman said X will travel to Lima, where he will meet Y': he is X"),
        _r("coref.pronoun", "he, she: the last person in subject position"),
        _r("coref.description", "'the Iranian diplomat', 'the prime minister': the last person who fits"),
        _r(
            "coref.ambiguous_description",
            "'A met B. The minister said': two persons of different countries fit and the last told was no subject",
        ),
        _r("coref.group", "'the two diplomats', 'both sides', 'they': the last meeting's participants"),
        _r("coref.surname", "'Rahimi' after 'Farid Rahimi'"),
        _r("coref.host_guest", "'A hosted B ... The host said' (A), '... His guest said', 'the visiting minister' (B)"),
        _r(
            "coref.org_head_description",
            "'Arab League Secretary-General X ... the Arab League chief', 'EU foreign policy chief X ... the bloc's"
            " top diplomat'",
        ),
        _r("coref.spelling_variant", "'Araqchi' after 'Abbas Araghchi', 'Zelenskyy' after 'Volodymyr Zelensky'"),
        _r("coref.body", "'the ministry', 'the statement': the last body or statement source"),
        _r("coref.country_pair", "'both countries', 'the two countries' as a subject: the two countries just told"),
        _r("coref.honorific", "'His Highness' with no name after it: the person told before"),
        _r("coref.relative_pronoun", "'X visited Lima, where he met Y': he is the main clause's subject"),
        _r("coref.source", "'the sources': the last group of unnamed sources"),
        _r("coref.the_two", "'the two' (met, officials): the two persons just named, when there are exactly two"),
        _r("coref.visit_by_where", "'a visit by X to Amman, where he is due to meet Y': he is X"),
        _r(
            "coref.named_member",
            "'The foreign ministers of A, B and C met ... Kazakh Foreign Minister X said': X is A's member",
        ),
        _r(
            "coref.list_member_named_after",
            "'The foreign ministers of A, B and C met ... A's X, B's Y and C's Z': the one titleless person of A",
        ),
        _r(
            "coref.list_member_by_elimination",
            "'The leaders of A, B and C ... Chancellor X, B's President Y and C's Premier Z': X is A's, the one left",
        ),
        _r(
            "coref.leader",
            "'the leaders of A and B', 'the Danish leader': whoever holds a leader_role (president, premier, king ...)",
        ),
        _r(
            "coref.group_of_other_state",
            "'X met Y ... He met the Belarusian top legislators': a group of a state no party of the last talk serves",
        ),
        _r(
            "coref.chief_diplomat",
            "'the Japanese and US top diplomats ... US Secretary of State X': a Secretary of State or Foreign Secretary"
            " is the state's foreign minister",
        ),
        _r(
            "coref.name_prefix",
            "'Mr Ahmad Faizal' is 'Ahmad Faizal Rahman': given names of two words or more opening a fuller name",
        ),
        _r(
            "coref.compound_surname",
            "'Ortiz de la Vega' is 'Ana Ortiz de la Vega': a surname joined by particles ending a fuller name",
        ),
        _r(
            "actor.comma_ends_name",
            "'President of X Temir Osmonov, Akorda reports': an organization after a comma is not the name's",
        ),
        _r(
            "actor.portfolio_title",
            "'Minister of Railway Transport X', 'Director General for African Affairs, Y': the title's portfolio",
        ),
        _r(
            "actor.described_organization",
            "'settlement watchdog Peace Now said', 'main opposition Akel': an organization, no person",
        ),
        _r(
            "actor.descriptor_role",
            "'Opposition Leader X', 'party Chairman X', 'Party General Secretary X': a title after the descriptor, a"
            " person",
        ),
        _r("actor.possessive_title", "'the President's Media Division said': an office's body, no person"),
        _r(
            "coref.counterpart_of_subject",
            "'President X and his US counterpart will discuss': the unnamed counterpart holds the subject's title",
        ),
        _r(
            "coref.counterpart_title",
            "'President X and his US counterpart ... adviser Y said': a counterpart named later holds X's title",
        ),
        _r("actor.the_country_title", "'the US special envoy, X': a country named with its article gives the title's"),
        _r("actor.demonym_in_role", "'the head of Cuban diplomacy': a role row's {demonym} slot, the title's country"),
        _r(
            "actor.given_name_after_lower_title",
            "'his Iranian counterpart Amir Hatami': the title word is a given name",
        ),
        _r("actor.between_parties", "'the talks between Murray Keane and Ratu Inoke Vula': names with no title"),
        _r("actor.counterpart_from_country", "'He also met his counterpart from Guinea': the counterpart's state"),
        _r("actor.outlet_kind_before", "'US outlet Axios reported', 'the daily Dawn said': an outlet, no person"),
        _r("actor.leading_initials", "'Prime Minister KP Sharma Oli': two initials after a title open the name"),
        _r("actor.month_surname", "'Prime Minister Theresa May', 'Mrs May said': a month's name as the surname"),
        _r(
            "coref.unnamed_told_before",
            "'summoned Belarus's charge d'affaires ... met the Belarusian diplomat': the role-holder told before",
        ),
        _r("coref.name_of_country", "'his counterparts, A of Angola and B of Mozambique': a name's own country"),
        # session 5 (actors, coreference, home country)
        _r("coref.home_role", "'The Prime Minister condemned ...' (a Lebanese paper, no premier named): the home's"),
        _r(
            "coref.home_description",
            "'Foreign Minister X (a Uruguayan paper) ... the Spanish foreign minister': X is the home's, not him",
        ),
        _r("coref.home_leader", "'the Head of State' in a Tunisian paper, of two presidents told: Tunisia's"),
        _r(
            "actor.respective_names",
            "'the foreign ministers of Armenia and Azerbaijan, X and Y, met': each name the country in order",
        ),
        _r(
            "actor.respective_counterparts",
            "'his Polish and Lithuanian counterparts, X and Y', 'her counterparts from A and B, X and Y': each name"
            " its state",
        ),
        _r(
            "actor.honorific_post",
            "'Foreign Minister Ambassador X', 'the Minister of Foreign Affairs, Ambassador X': the post is an"
            " honorific",
        ),
        _r(
            "actor.shared_demonym",
            "'Indonesian Foreign Minister A and Defence Minister B': B, of another title, is of A's state too",
        ),
        _r(
            "actor.acronym_not_person",
            "'the Barisan Revolusi Nasional (BRN)': a name before its own initials is no person",
        ),
        _r(
            "actor.demonym_before_modifier",
            "'Russian presidential spokesman X', 'Ukrainian army spokesman Y': the demonym before the title's modifier",
        ),
        _r("actor.country_list_prefix", "'the ministers of A and B, X and Y': the country list ends before the names"),
        _r(
            "coref.honorific_initials", "'HE the Prime Minister X ... His Excellency said': the address by its initials"
        ),
        _r(
            "coref.honorific_description",
            "'HE the Prime Minister affirmed ... His Excellency stressed': the address before a description",
        ),
        _r("coref.opener_place", "'In Tokyo, Chief Cabinet Secretary X told ...': the place the sentence opens with"),
        _r(
            "coref.spokesperson_of_body",
            "'The Kremlin warned ..., spokesman X told': the state of the body told before",
        ),
        _r("coref.led_by_side", "'the Iranian side was led by X', 'a delegation of US senators led by X'"),
        _r("actor.place_word_inside", "'Francisca Lagos Undurraga': a place word between two words of a name"),
        _r(
            "actor.unnamed_role_of_demonym",
            "'a senior official in the Indian security establishment told': the body's country",
        ),
        _r(
            "coref.unnamed_named_after",
            "'..., a government spokesman said. According to spokesman X': the one so titled named next",
        ),
        _r(
            "actor.given_name_inside_name",
            "'Hossein Amir Abdollahian': a title word that is also a given name, between a given name and a name word",
        ),
        _r("actor.honorific_inside_name", "'U Than Tun Oo': an honorific word between two name words is the name's"),
        _r(
            "actor.given_name_opening",
            "'Amir Khan Muttaqi': a title word (table opening_given_name) opening two name words is the given name",
        ),
        _r(
            "actor.portfolio_not_name",
            "'Secretary of State for Foreign Affairs, Unions and Development of the UK': 'Unions' is no person",
        ),
        _r(
            "actor.portfolio_list",
            "'the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates held talks': the other "
            "portfolios after the comma are the title's",
        ),
        _r(
            "actor.said_after_quote",
            "'“...” Said Mutua.': right after a closing quote, a run's \"Said\" is the verb, no given name",
        ),
        _r(
            "actor.name_inside_apposition",
            "'Eri Kaneko, spokesperson for Secretary-General Ban Ki-moon, said': a name inside another's apposition "
            "describes that person",
        ),
        _r(
            "actor.long_unclosed_apposition",
            "'X, the speaker of the Iranian parliament held talks with Y ...': in a long sentence no comma closes, the "
            "apposition ends at the first verb",
        ),
        _r(
            "actor.meeting_aside_subject",
            "'X in a meeting with Y called for ...': a name before the talks told and its verb is a subject",
        ),
        _r(
            "actor.titled_by_description",
            "'the Head of the EU Delegation to X, Ambassador Y': the description is the title of the name after it",
        ),
        _r(
            "actor.no_subject_after_preposition",
            "'a port at Tadjourah dedicated to', '1.2 million Rohingyas sheltered': no subject",
        ),
        _r("actor.plural_demonym", "'Many Palestinians interviewed in Gaza said': a people, no person"),
        _r("meeting.appeal_to_meet", "'Britain is urging Pakistan and India to talk': an appeal for a talk, none"),
        _r(
            "actor.lone_opener",
            "'Damage was recorded', 'Emergency declared in ...': a lone capitalised opener written in lower case"
            " elsewhere, or opening a headline line, is no name",
        ),
        _r(
            "actor.place_before_title",
            "'met Johor Chief Minister X': a word no table knows before a capitalised title is a place",
        ),
        _r(
            "actor.middle_initial",
            "'President Ernesto T. Villanueva Jr.': a lone capital and its period inside a name",
        ),
        _r("actor.suffix_period", "a name's 'Jr.' or 'Sr.' keeps its period: 'Ferdinand Marcos Jr. met ...'"),
        _r(
            "actor.and_title",
            "a name's apposition goes on past 'and' to its closing comma when all after it is title words: 'X, the"
            " Deputy Prime Minister and Foreign Minister of Italy, met'",
        ),
        _r(
            "actor.lower_portfolio",
            "a role, 'for' and a portfolio in small letters before a name are its title: 'Indian minister of state for"
            " railways and textiles X'",
        ),
        _r(
            "actor.double_title_lower",
            "two titles in small letters after a country's demonym or possessive are one person's: 'Italy's deputy"
            " prime minister and foreign minister X'",
        ),
        _r(
            "actor.paren_title",
            "a title in brackets after a name is its: 'Annalena Baerbock (German Foreign Minister) said'",
        ),
        _r(
            "actor.one_word_of_country",
            "a one-word name after a title, then 'of' and a country, is a name: 'met President Jokowi of Indonesia'",
        ),
        _r("actor.apposition_verb", "'X, Foreign Minister on Monday received Y': the apposition ends at its title"),
        _r("actor.leader_and_envoy", "'the Prime Minister and Ambassador X agreed': two persons, X the envoy"),
        _r("actor.adjective_in_title", "'met Japan's new ambassador X': an adjective of a description inside a title"),
        _r("actor.counterpart_from", "'his counterpart from Mozambique X': the title holds the state he is from"),
        _r("actor.participle_opener", "'Commenting on media reports, the spokesman stated': no person 'Commenting'"),
        _r(
            "actor.title_country_pair",
            "'Special Representative to Afghanistan and Pakistan X': a title to two states is one title",
        ),
        _r(
            "actor.member_then_title",
            "'X, member of the State Council, Minister of Foreign Affairs of China,': the title after the seat is X's",
        ),
        _r(
            "actor.two_word_country_possessive",
            "a country's possessive in two words owns the title after it: 'Saudi Arabia's foreign minister said'",
        ),
        _r(
            "actor.titled_place_name",
            "'Foreign Minister Renato Lima met ...': a place word ending a titled name is the name's",
        ),
        _r(
            "actor.institution_name",
            "'the head of Sudan's Sovereignty Council': a run before an institution's head noun is no person",
        ),
        _r(
            "coref.organization_title",
            "'the UNSMIL head': who bore a title of UNSMIL, when anyone told did",
        ),
        _r(
            "coref.quantified_description",
            "'no British minister can ...', 'any envoy': a description that refers to nobody",
        ),
        _r(
            "coref.counterpart_not_owner",
            "'Meeting his Tajik counterpart at the hotel, X said': a counterpart is not the person its sentence names",
        ),
        _r(
            "coref.object_description",
            "'the adviser told the envoy': an object's description is not its sentence's subject",
        ),
        _r(
            "coref.title_over_description",
            "'Special Envoy X, a Spanish diplomat': a generic description keeps X's title",
        ),
        _r(
            "actor.members_told_before",
            "'the foreign ministers of the two countries': the two countries told just before",
        ),
        _r(
            "coref.its_role",
            "'The Kremlin accused X. Its spokesman said': the role-holder of the body just told",
        ),
        _r(
            "actor.double_title_description",
            "'the Prime Minister and Minister of Foreign Affairs affirmed': one person",
        ),
        _r("actor.honorific_name", "'..., Bolivia's host, Datuk Seri Ana Mamani, ...': a name after an honorific"),
        _r(
            "coref.counterpart_role",
            "'Foreign Minister X met his Algerian counterpart': the Algerian holding X's title",
        ),
        _r("meeting.phone_call", "a telephone conversation, phone call or phone talks"),
        _r("meeting.video_call", "a video conference or video call"),
        _r("meeting.met", "X met (with) Y; X held talks with Y; X received Y"),
        _r("meeting.delegation_head", "A delegation headed by X met Y: the head X is the party"),
        _r("meeting.joint_subject", "X and Y met / held talks / discussed"),
        _r("meeting.in_meeting_with", "In a meeting with Y, X ...; X in a phone call with Y ..."),
        _r("meeting.counterparts", "X held talks with his Omani and Danish counterparts: one meeting each"),
        _r("meeting.visit_by", "'the official visit by Prime Minister X to Singapore': X visits Singapore"),
        _r("meeting.front_then_main", "'In addition to meeting with X, Y met Z': Y met X, then Z"),
        _r("meeting.list_last_other", "'talks with A, B and several senior officials': A and B, one list"),
        _r("meeting.arrival_welcome", "'Upon his arrival in Tehran, X was welcomed by Y': protocol, no meeting"),
        _r("meeting.topic_process", "'spoke about ... and negotiations between Baku and Yerevan': a topic, no meeting"),
        _r("meeting.plural_noun_each", "'held telephone conversations with A and B': one call with each"),
        _r("meeting.noun_of_with", "'a telephone conversation of Minister X with Y took place': X and Y"),
        _r(
            "meeting.with_then_counterparts",
            "'separate meetings with Prime Minister X and with his counterparts from A and B': X is a party too",
        ),
        _r("meeting.unnamed_group", "the presidents of Iran, Russia and Turkey held talks"),
        _r("meeting.visit", "X visited Kuwait: a meeting with the country when nobody there is named"),
        _r("meeting.planned", "will meet, is scheduled to hold talks: status planned"),
        _r("meeting.summoned", "'the ministry summoned the British ambassador': a meeting of the two"),
        _r(
            "actor.body_of_portfolio",
            "'the Iraqi Ministry of Finance': a state's body named with its capitalised 'of' complement",
        ),
        _r("actor.body_of_country", "'the Foreign Ministry of Chile': a government body with its country after it"),
        _r("meeting.followup", "'the two sides discussed', 'in the meeting': more evidence for the last meeting"),
        _r(
            "meeting.own_talks_with",
            "'In his conversation with Y, the two sides ...': a talk that names its own party is a meeting of its own",
        ),
        _r("meeting.topics", "discussed / talked about / conferred on A, B and C"),
        _r("meeting.location", "in Sochi, in Russia's Sochi, in the capital Ankara"),
        _r("meeting.occasion", "on the sidelines of ..."),
        _r(
            "meeting.joint_front", "'In a telephone conversation on Monday, X and Y agreed ...': one meeting of X and Y"
        ),
        _r("meeting.joint_in_a_call", "'X and Y stressed ... in a phone call on Monday': one call of X and Y"),
        _r("meeting.venue_not_party", "'met Z in Ljubljana': a place after in/at is the venue, never a participant"),
        _r("meeting.merge", "two mentions of the same talk merged into one meeting"),
        _r(
            "meeting.passive_talks",
            "'Talks were held in Accra on Monday between X and Y', 'following talks between X and Y'",
        ),
        _r(
            "meeting.said_after_talks",
            "'..., X said after talks with Y', 'X told reporters following a meeting with Y'",
        ),
        _r("meeting.speaking_after_talks", "'Speaking after talks with Y in Lima, X said ...'"),
        _r("meeting.courtesy_call", "'paid a courtesy call on Y', 'is scheduled to pay a courtesy call to Y'"),
        _r("meeting.trip", "'X will travel to Oslo': a planned meeting with that country when nobody there is named"),
        _r(
            "meeting.attended",
            "'Z also attended the meeting', 'The talks were attended by Z': Z joins the last meeting",
        ),
        _r(
            "meeting.denied",
            "'Tehran denied any scheduled meeting between A and B', 'there were no plans for a meeting': none",
        ),
        _r(
            "meeting.his_meeting_front",
            "'Regarding his talks with Y, X said ...': the main clause's subject held them",
        ),
        _r(
            "meeting.another_time",
            "'X met Y on Thursday ... The two ministers spoke by phone in September': the same parties' talk of "
            "another month or year is a meeting of its own",
        ),
        _r(
            "meeting.attended_definite",
            "'The closed-door meeting was also attended by Z': the meeting told last, up to six sentences on",
        ),
        _r(
            "meeting.counterpart_apposition",
            "'X and his German counterpart, Y held talks': the counterpart's name after the comma",
        ),
        _r("meeting.progressive_future", "'X is meeting Y later tonight', 'are holding talks tomorrow': planned"),
        _r("meeting.headline_infinitive", "'Foreign minister to speak with Chinese counterpart on Friday': planned"),
        _r("meeting.front_no_comma", "'During the meeting with Y the Head of State noted ...': the subject after Y"),
        _r(
            "meeting.own_mission",
            "'X was received at the airport by Y, Nigeria's High Commissioner': a minister with their own state's "
            "envoy is no meeting",
        ),
        _r(
            "meeting.modality_told_later",
            "'X spoke with Y ... X spoke with Y by phone on Friday': a talk no word said how is the call told later",
        ),
        _r("meeting.trip_officials", "'travel to Oslo for talks with Norwegian officials': a meeting with the country"),
        _r("meeting.visit_noun", "'the upcoming state visit of X to Y': a planned meeting"),
        _r("meeting.the_two", "'The two met in Tokyo': the two persons just named"),
        _r("meeting.meeting_of", "'A trilateral meeting of A, B and C was held': one meeting of all named parties"),
        _r("meeting.co_chair", "'co-chaired the Joint Commission with Y'"),
        _r("meeting.due_in", "'X is due in Brussels for talks with Y': planned"),
        _r("meeting.welcomed", "'Y welcomed X to Lima', 'X was welcomed by Y', 'Y played host to X': host and guest"),
        _r("meeting.virtually", "'met Y virtually on Monday': a video meeting"),
        _r("meeting.chaired", "'X chaired a meeting attended by A and B': one meeting of the chair and the attendees"),
        _r("meeting.on_a_visit", "'X is on a visit to Chile', 'X's visit to Chile': with Chile unless a host is named"),
        _r("meeting.cue_object", "'X told Y in a phone call', 'X urged Y during talks': Y is the other party"),
        _r("meeting.after_meeting", "'After meeting Y, X said ...', 'X told reporters after hosting Y'"),
        _r("meeting.called_to", "'X called Y on Monday to discuss ...', 'X dialled Y': a phone call"),
        _r("meeting.participle_adverb", "'X opened a forum in Hanoi, later meeting Y': X met Y"),
        _r("meeting.call_with", "'X's call with Y went well', 'In a call with Y, X said': a phone call"),
        _r("meeting.front_tail_commas", "'In a meeting with Y in the capital, Lima, on Monday, X said': X met Y"),
        _r("meeting.welcomed_bare", "'X welcomed Y on Monday.', 'X welcomed Y and discussed ...': X received Y"),
        _r("meeting.called_bare", "'X called Y on Monday.', 'X called Y and discussed ...': a phone call"),
        _r("meeting.named_later", "'X met his Omani counterpart ... Omani Foreign Minister Y said': Y is the party"),
        _r("meeting.appositive_subject", "'X and Y, his Chilean counterpart, met': the name before the apposition"),
        _r("meeting.joint_subject_object", "'X and Y met Z in Lima': one meeting of the three"),
        _r("meeting.also_attended", "'X met Y in Lima. Z also attended.': Z joins the meeting told last"),
        _r("meeting.including", "'met opposition leaders, including X and Y': the named ones are the parties"),
        _r(
            "meeting.participle_meeting",
            "'X began a visit to Kenya, meeting President Y at State House and Speaker Z': X met each",
        ),
        _r("meeting.accepted_invitation", "'X accepted an invitation to visit Rome': a planned visit"),
        _r("meeting.at_invitation", "'X visited Chile at the invitation of Chilean FM Y': a meeting with Y"),
        _r("meeting.topic_with", "'They discussed relations with Russia': a 'with' inside a topic is no party"),
        _r("meeting.mediated_by", "'Talks between A and B, mediated by C, were held': C takes part too"),
        _r("meeting.coordinated_verb", "'X held talks with Y and was also received by Z': X met each"),
        _r("meeting.each_separately", "'received A and B, meeting each separately': one meeting each"),
        _r(
            "meeting.separate_meetings_with",
            "'visited Lima where she had separate meetings with A, B and C': one meeting each, after the verb",
        ),
        _r("meeting.the_three", "'X met Y and Z. The three will meet again in May': the last meeting's parties"),
        _r("meeting.delegation_arrived", "'A delegation led by X arrived ... The delegation is to meet Y': X meets Y"),
        _r("meeting.credentials", "'Ambassador X presented his credentials to President Y': X met Y"),
        _r("actor.message_recipient", "'has handed Y a message', 'delivered a letter from X to Y': Y is a person"),
        _r(
            "meeting.host_officials",
            "'X will meet with President A, Speaker B and FM C' (one state's officials, X a visitor): one meeting each",
        ),
        _r("meeting.noun_he_held", "'the meeting he held with his Lebanese counterpart X on Sunday': he met X"),
        _r("meeting.cancelled", "'a planned meeting between A and B has been cancelled': no meeting"),
        _r("meeting.message_handed", "'Ambassador X has handed Y a message from President Z': X met Y"),
        _r("meeting.expected_in", "'X is expected in Asmara next week', 'will arrive in Asmara for a visit': planned"),
        _r("meeting.visit_cities", "'will visit Belgrade and Skopje': two visits, each in its own city"),
        _r("meeting.object_pronoun", "'X said he was hopeful when the envoy met him': the envoy met X"),
        _r("meeting.name_of_country", "'X of Hungary and Y of Chile met': the countries belong to the names"),
        _r("meeting.planned_next", "'they agreed to hold the next round in Berlin': a planned meeting of its own"),
        _r(
            "meeting.modality_apart",
            "'held a video call ... had spoken by phone', 'spoke by phone ... is to visit': two talks",
        ),
        _r(
            "meeting.call_from",
            "'received a phone call from his Cypriot counterpart X', 'received a courtesy call from Y'",
        ),
        _r(
            "meeting.noun_modifier", "'travel to Kabul for a trilateral meeting with A and B': one meeting of all three"
        ),
        _r(
            "meeting.parenthetical_subject_gap", "'Foreign Minister Wu (吳正義) met Y', 'X (Reform) held a call with Y'"
        ),
        _r(
            "meeting.their_talks",
            "'X and Y agreed ... during their talks', 'At their meeting, X and Y ...': with no meeting told before, "
            "the subjects' own talk",
        ),
        _r(
            "meeting.adverb_gap",
            "'X has long denied Y', 'X last week met Y': how often or when, between a subject and its verb",
        ),
        _r("meeting.next_round", "'The two sides agreed to hold the next round of the strategic dialogue in Beijing'"),
        _r(
            "meeting.side_led_by",
            "'Oman and Iran held talks. The Omani side was headed by X, the Iranian by Y': X met Y",
        ),
        _r("meeting.delegation_later", "'Y met a delegation led by X ... The delegation will meet Z': X meets Z"),
        _r("meeting.next_meeting", "'The next trilateral meeting will be held in Tbilisi': the last parties, planned"),
        _r(
            "meeting.counterparts_from_named",
            "'with her counterparts from Peru, Chile and Bolivia, X, Y and Z': the named ministers, in order",
        ),
        _r(
            "meeting.counterparts_bare_name",
            "'his Turkish and Uzbek counterparts, X and Y,': a name in the apposition no actor rule read",
        ),
        _r(
            "meeting.during_talks_with",
            "'X urged Y to act, during talks in Berlin with his German counterpart Z': X and Z",
        ),
        _r("meeting.co_chaired_by", "'The session was co-chaired by X and his Zambian counterpart, Y'"),
        _r("meeting.brought_together", "'The meeting brought together X, head of ..., and Y'"),
        _r(
            "meeting.delegated_meeting",
            "'the two leaders agreed that energy ministers from both sides would meet': the states' role-holders",
        ),
        _r(
            "meeting.counterpart_met_after",
            "'X spoke to his Brazilian counterpart ... X spoke to Brazil leader Y': the one of that state met later",
        ),
        _r("meeting.spouse_left_out", "'The president and his wife X were welcomed by Y': the spouse is no party"),
        _r(
            "meeting.counterpart_met_before",
            "'X hosted her Mexican counterpart Y ... a meeting with her Mexican and US counterparts': Y",
        ),
        _r("meeting.together_with", "'X and Y met on Monday in Lima, together with the UN envoy, Z': Z takes part too"),
        _r(
            "meeting.counted_join",
            "'X hosted his A and B counterparts, Y and Z ... The three ministers condemned': one meeting of all",
        ),
        _r(
            "meeting.states_format",
            "'agreed to convene the Peru-Chile intergovernmental commission in Lima': the two states, planned",
        ),
        _r(
            "meeting.next_round_states",
            "'The next round of the consultations will be held in Hanoi', 'the two sides agreed to hold the next "
            "meeting of their joint commission': the states of the last meeting, planned",
        ),
        _r(
            "meeting.meeting_of_members",
            "'A meeting of the foreign ministers of A, B and C was held': the named members",
        ),
        _r("meeting.coordinated_planned", "'X had met Y at the palace, and is scheduled to meet Z tomorrow': two days"),
        _r(
            "meeting.participle_lead",
            "'French presidential envoy X began a visit ..., meeting Y': the title's first words",
        ),
        _r("meeting.officials_from", "'Officials from Qatar, Egypt and the US are to meet in Cairo': the three states"),
        _r("meeting.list_modifier", "'The transport ministers of A, B and C met': the states say whose ministers met"),
        _r("meeting.pronoun_last_subject", "'Y said A. X arrived on Monday. He is to call on Z': he is X"),
        _r("meeting.country_modifier", "'received a US proposal': a state qualifying a thing is no party"),
        _r(
            "meeting.group_count",
            "'The three ministers will meet': the persons of the same protagonist's last meetings",
        ),
        _r("meeting.the_two_subject", "'X and Y agreed on Thursday to ... The two met in Tokyo': the pair that opened"),
        _r("meeting.trip_places", "'will travel to Belgrade and Pristina next week': a visit to each"),
        _r("meeting.title_words_gap", "'held talks with Moroccan House of Representatives Speaker X': X"),
        _r("meeting.venue_clause", "'received, at the Ministry in Achrafieh on Wednesday, Y': the venue set off"),
        _r("meeting.possessor_official", "'received President X's Personal Envoy, Y', 'met the UN chief's envoy Y': Y"),
        _r("meeting.named_next_sentence", "'The leaders of A, B and C held a call. X, Y and Z agreed ...': X, Y and Z"),
        _r(
            "meeting.reported_the_three", "'Y said that the three would meet again on May 22': the last meeting's three"
        ),
        _r("meeting.invitation_accepted", "'Y invited X to visit Mogadishu, and the invitation was accepted': planned"),
        _r("meeting.message_delivered", "'Y received a message from the president delivered by Minister X': Y met X"),
        _r("meeting.told_in_place", "'X told German Foreign Minister Y in Beijing on Tuesday that ...': X met Y there"),
        _r("meeting.summit_with", "'travel to Manila for a summit with President Y': a summit is a talk with Y only"),
        _r("meeting.and_with", "'held separate meetings with a Hamas delegation and with Israeli negotiators'"),
        _r("coref.group_before", "'The two sides confirmed that X will meet Y': not the meeting told after the group"),
        _r("meeting.met_each", "'Before the joint session, she met each of the negotiators separately': one each"),
        _r(
            "meeting.delegation_of_body",
            "'A delegation of the Communist Party of China (CPC), led by X, called on Y': the head X met Y",
        ),
        _r("meeting.call_from_new_envoy", "'received a courtesy call from newly appointed Japanese Ambassador X'"),
        _r("meeting.led_own_side", "'Nepal's Foreign Secretary Y led her country's delegation': Y is Nepal's side"),
        _r(
            "meeting.the_two_countries",
            "'A and B agreed ... at consultations between the two countries': the two states named before",
        ),
        _r("meeting.acronym_between", "'Foreign Office Consultations (FOC) between A and B': the talks' acronym"),
        _r(
            "meeting.counted_group_far",
            "'X, Y and Z held a video call ... (sentences on) the three leaders would meet in Paris': those three",
        ),
        _r(
            "meeting.joint_split",
            "'X spoke with the leaders of A and B ... X, Y and Z held a video conference': one joint meeting",
        ),
        _r("meeting.location_after_verb", "'X said in Berlin that they would meet in Paris': the place after the verb"),
        _r(
            "meeting.counterparts_named",
            "'hosted his Polish and Lithuanian counterparts, X and Y': the named persons, in order",
        ),
        _r("meeting.body_delegation", "'received a Kurdistan Regional Government delegation headed by X': X"),
        _r("meeting.hosted_members", "'X hosted the foreign ministers of A, B and C': one meeting of X and all three"),
        _r(
            "meeting.visit_host_role",
            "'X held talks in Windhoek ... X is to meet the President on Friday': the role-holder of the state visited",
        ),
        _r(
            "meeting.coordinated_aux",
            "'X will travel to Apia on Thursday and is scheduled to call on Y': X, the first verb's subject",
        ),
        _r(
            "meeting.summoned_received",
            "'The ministry summoned the Russian ambassador. He was received by State Secretary X': X met the envoy",
        ),
        _r(
            "meeting.summons_received",
            "'The ministry summoned the envoy ... Deputy Minister X, who met the diplomat': one meeting, X's",
        ),
        _r("meeting.chaired_by", "'A and B met ... The talks were chaired by Z': Z takes part too"),
        _r(
            "meeting.sides_named",
            "'... a meeting of the boundary commission. The Cambodian delegation was led by X, while Thailand's "
            "team was headed by Y': a meeting of X and Y",
        ),
        _r(
            "meeting.at_the_table",
            "'A new round of talks took place on Wednesday. Sitting across the table were X and Y': X met Y",
        ),
        _r(
            "meeting.counterparts_interleaved",
            "'met her counterparts from Peru, X, and Brazil, Y': each state followed by its minister's name",
        ),
        _r(
            "meeting.another_day",
            "'X received Y on October 23 ... On October 22, the two ministers co-chaired the consultation': two days",
        ),
        _r("meeting.held_between", "'a telephone conversation took place between X and Y': X met Y"),
        _r("meeting.is_hosting", "'X is on Tuesday hosting Y at the Union Buildings': X met Y"),
        _r("meeting.object_before_with", "'X received Y with a military ceremony at the ministry': Y is the party"),
        _r("meeting.abbrev_gap", "'X met on Sept. 16 with Y': an abbreviation's period before 'with'"),
        _r(
            "meeting.relative_clause_not_subject",
            "'X, who was named by President Y to be the next minister, met Z': X met Z, not Y",
        ),
        _r(
            "meeting.between_own_parties",
            "'Both sides vowed ... reached during recent talks between A and B': A met B, the subject is no party",
        ),
        _r("statement.object_relative", "'the aid, which he announced this week': the cue's object is before it"),
        _r(
            "statement.side_party",
            "'A and his Turkish counterpart B met ... The Turkish side said': B, the party of that state",
        ),
        _r("meeting.call_to", "'Modi's phone call to PTI Chairman Imran Khan': whom the call was made to"),
        _r("meeting.plan_undone", "'X had been due to make her first visit to Tallinn, but was unwell': no meeting"),
        _r("meeting.progressive_verb", "'X is meeting his Russian counterpart Y in Sochi': after 'is', the verb"),
        _r("meeting.welcomed_venue", "'X was greeted at the airport by Y', 'Y welcomed at the Serail the envoy X'"),
        _r("meeting.said_receiving", "'Ties are strong, President X said receiving Foreign Minister Y': X met Y"),
        _r("meeting.credentials_given", "'A, B and C presented the letters of credence to President Y': one each"),
        _r("meeting.with_set_off", "'X said his talks, Tuesday in Rabat, with Y were useful': X met Y"),
        _r("meeting.issues_discussed_by", "'followed up on the issues discussed by X and Y on Friday': X met Y"),
        _r("meeting.guest_of", "'X arrived in Bangkok yesterday as guest of Foreign Minister Y': X met Y"),
        _r("meeting.joint_press_within", "'A, B and C met ... B spoke at a joint news conference with C': no other"),
        _r("meeting.call_and_visit", "'X and Y spoke by phone on Friday ... X visited Y's capital last week': two"),
        _r("meeting.visit_elsewhere", "'X met Syria's Y in Cairo ... after X's visit to Damascus': the visit stays"),
        _r("meeting.tour", "'X's tour that took him to China and to Cyprus and Malta': a visit to each state"),
        _r(
            "meeting.credentials_received_front",
            "'After receiving the credentials of X, President Y recalled ...': the main clause's subject received them",
        ),
        _r(
            "meeting.inverted_said_in",
            "'\"...,\" said X during a press conference in Brasilia with Y': the speaker after the cue met Y",
        ),
        _r(
            "meeting.invited_by_counterpart",
            "'X will travel to Iraq at the invitation of his Iraqi counterpart': the visit is with that counterpart",
        ),
        _r(
            "meeting.plans_to_travel",
            "'X announced plans to travel to Iraq in the coming days': a planned visit",
        ),
        _r(
            "meeting.then_planned",
            "'X is scheduled to stay in Riyadh until March 25 and then visit Qatar': the bare verb after 'then' is "
            "planned too, its day and place told after it",
        ),
        _r(
            "meeting.tour_include",
            "'a tour of Latin America that will include visits to Cuba, Ecuador and Chile': a visit to each state",
        ),
        _r(
            "meeting.tour_reported",
            "'the spokesman announced that the chief diplomat would set off a tour ...': the reported clause's subject",
        ),
        _r("meeting.title_comma_conjunct", "'Premier X and South Sudanese President, Y exchanged views': X met Y"),
        _r("meeting.meeting_was_with", "'X met A ... The next meeting of the day was with Prime Minister B': X met B"),
        _r(
            "meeting.between_unresolved", "'in the Vienna talks between Tehran and world powers': one side unread, none"
        ),
        _r(
            "meeting.meeting_with_named",
            "'X met Chile's minister. The meeting with Foreign Minister Y ...': Y is the party",
        ),
        _r("meeting.joined_after", "'X met Y. After the meeting, they were joined by Z': a meeting of the three too"),
        _r("meeting.arrived_invited", "'X arrived in Kigali for a State visit, on the invitation of President Y'"),
        _r("meeting.object_of_state", "'calls with King X of Jordan, President Y of Egypt and Z': the list goes on"),
        _r("meeting.with_including", "'phone calls with world leaders, including X of Jordan and Y': the named ones"),
        _r("meeting.discussed_by", "'Preparations for the visit were discussed today by X and Y': X met Y"),
        _r("meeting.credence_from", "'received letters of credence from the new Russian Ambassador X': X"),
        _r(
            "meeting.states_of_persons",
            "'X met Y ... the first meeting between Chile and Denmark': the states' meeting is the persons' one",
        ),
        _r("meeting.while_meeting", "'A and B should deepen ties, X said while meeting with Y': X met Y"),
        _r("meeting.reception_for", "'During a reception for visiting Prime Minister Y, X said': X received Y"),
        _r("meeting.joint_host_event", "'A and B will jointly host the 2026 Health Exchange': an event, no talk"),
        _r("meeting.called_to_meet", "'called Armenia to hold peace talks with Azerbaijan': an appeal, no meeting"),
        _r("meeting.excluded_list", "'chiefs of the bloc's states excluding Mali and Chad met': no parties"),
        _r("meeting.they_met", "'A and B jointly urged a ceasefire as they met in Berlin': A met B"),
        _r("meeting.their_meeting", "'A and B have ended their 50-minute meeting': A met B"),
        _r("meeting.entourage_list", "'A, B and senior ministers of both governments met': A met B"),
        _r("meeting.role_of_country_name", "'a call with King of Jordan, His Majesty King X': X is the party"),
        _r("meeting.call_told_after", "'X spoke with Y on Tuesday ... The phone call addressed ...': a call"),
        _r("meeting.spoke_about_talks", "'X spoke about the phone call between A and B': A and B, not X"),
        _r("meeting.country_party_title", "'a call on Pakistan Tehreek-e-Insaf (PTI) Chairman X': X is the party"),
        _r("meeting.required_talks", "'requires direct dialogue between A and B', 'a stance on a summit': none"),
        _r("meeting.weighed_talks", "'the potential of resuming peace talks between A and B': talks weighed, none"),
        _r("meeting.said_in_meeting", "'X stated in a meeting with Y that ...': the cue's subject met Y"),
        _r("meeting.attended_reported", "'Qane said X was also present at the meeting': X attended, not Qane"),
        _r("meeting.told_visiting", "'X told visiting Iraqi Prime Minister Y ...': X said it to Y, in person"),
        _r("meeting.member_of_object", "'a meeting with member of the Armed Services Committee X': X is the party"),
        _r("meeting.topic_talks_with", "'They conferred about the P5+1 talks with Iran': other talks, no party"),
        _r("meeting.joint_writings", "'A and B discussed Libya in their latest blog posts': each wrote, no talk"),
        _r("meeting.companion_not_subject", "'X, accompanied by Crown Prince Y, met Z': X met Z; Y went along"),
        _r("meeting.place_day_gap", "'X, in Riyadh on Monday, met Y': the place and day between subject and verb"),
        _r("meeting.conference_after_talks", "'In a press conference following a meeting with Y, X said': X met Y"),
        _r("meeting.on_the_agenda", "'X's agenda includes talks with Y': X is to meet Y (planned)"),
        _r("meeting.noun_own_with", "'Y will receive X after his talks with Z': the 'with' is the talks' own"),
        _r("meeting.courtesy_visits", "'paid courtesy visits to President X and Chairman Y': one meeting each"),
        _r("meeting.credentials_poss_envoy", "'received the credentials of Hungary's new ambassador, X': X met"),
        _r("meeting.credentials_list", "'received the credentials of X and of Y': one meeting each"),
        _r(
            "meeting.inside_title",
            "'received the head of Sudan's Sovereignty Council, General X': a name inside X's title is no party",
        ),
        _r("meeting.ongoing_process", "'including the ongoing talks between A and B': background, no meeting"),
        # session 7 (meet7)
        _r("meeting.joint_noun_phrase", "'hosted a trilateral meeting with A and B': one meeting of all three"),
        _r("meeting.planned_noun", "'the upcoming meeting between X and Y', 'the anticipated call': planned"),
        _r("meeting.between_later", "'met Y and followed up on a phone call between A and B': that call too"),
        _r("meeting.own_clause_modality", "'met Y and followed up on a phone call between A and B': in person"),
        _r("meeting.pair_format", "'held a Japan-Canada Foreign Ministers’ telephone talk with Y': the format's name"),
        _r("meeting.each_bilateral", "'held bilateral meetings with A, B and C': one meeting with each"),
        _r("meeting.video_with_several", "'held a video conference with A and B': one call of all three"),
        _r("meeting.plural_role_object", "'held talks with the foreign ministers of A and B': one meeting of all"),
        _r("meeting.venue_then", "'will meet X in Lima on Monday and Y in Quito on Wednesday': one meeting each"),
        _r("meeting.and_adverb_verb", "'X arrived in Lima and first met Y': X, the subject of the sentence"),
        _r("meeting.joined_by", "'X met Y in Geneva ... X and Y were joined by Z': Z takes part too"),
        _r(
            "meeting.discussed_long_with",
            "'X discussed gas transit and flights between A and B with his counterpart, Y': X met Y",
        ),
        _r(
            "meeting.states_named_later",
            "'Talks between Chile and Peru were held ... The talks brought together X and Y': a meeting of X and Y",
        ),
        _r("meeting.press_audience", "'X speaks to reporters on Parliament Hill': an audience, no party"),
        _r("meeting.opening_place", "'In Wellington, X will hold talks with Y': the place the sentence opens with"),
        _r("meeting.shared_place", "'In Vienna, X will meet Y and call on Z': Z's meeting is in Vienna too"),
        _r("meeting.unlisted_place", "'met in Leticia on Wednesday': a town no table knows, right after the verb"),
        _r(
            "meeting.gazetteer_city",
            "'held talks with Y in Tapachula', 'in the port city of Benguela': a city of the gazetteer (GeoNames), "
            "with its state",
        ),
        _r("meeting.title_place", "'X meets Y in Beijing' (headline): the first in-person meeting with no place"),
        _r(
            "meeting.took_place",
            "'The meeting took place on the sidelines of the forum in the city of Bali': where the last meeting was",
        ),
        _r(
            "meeting.lead_occasion",
            "'X conferred with leaders at the summit in Addis Ababa today ... X also met Y': Y's meeting is of that "
            "day and place",
        ),
        _r("meeting.arrival_place", "'X arrived in Hanoi for a visit. During the visit, he met Y': in Hanoi"),
        _r("meeting.same_visit", "'X met Y in Kyiv ... X was also received by Z': Z's meeting is in Kyiv too"),
        _r(
            "meeting.coordinated_planned_verb",
            "'X will hold talks with Y on Monday and call on Z': the bare verb after 'and' is planned too",
        ),
        _r(
            "meeting.dateline_place",
            "'VIENNA: X received Y': a meeting in person with no place told is in the dateline's city",
        ),
        _r(
            "meeting.said_day_after_talks",
            "'X announced on Wednesday after a telephone conversation with Y': X spoke with Y that day",
        ),
        _r("date.reporting_day", "'..., the office announced on Wednesday': the day of the report, not the meeting"),
        _r(
            "date.same_day_told_before",
            "'X arrived on Friday ... He met Y later in the day': Friday, the day told before",
        ),
        _r(
            "meeting.trip_with_host",
            "'X will travel to Guatemala City to follow up with his Guatemalan counterpart, Y': X meets Y",
        ),
        _r("date.weekday", "on Wednesday: the latest such day on or before publication (next one if planned)"),
        _r("date.month_day", "on November 22, on 22 November 2019"),
        _r("date.weekday_month_day", "on Wednesday, May 8; on Tuesday (23 April): the day written after the weekday"),
        _r("date.today", "today, this evening, tonight: the publication date"),
        _r("date.yesterday", "yesterday: the day before publication"),
        _r("date.tomorrow", "tomorrow: the day after publication"),
        _r(
            "date.dateline_day", "'BAKU, May 25 -- X received Y': the lead's meeting told with no day is the dateline's"
        ),
        _r("statement.finite", "X stressed / said / condemned CONTENT"),
        _r("statement.coordinated", "..., voiced support for B and stressed the need for C (same speaker)"),
        _r("statement.stated_by", "'Baku hopes that A. This was stated today by spokesman X': X said A"),
        _r("statement.shared_object", "'X condemned and rejected the remarks': two cues of one object, one statement"),
        _r("statement.participle", "..., stressing the need for D"),
        _r(
            "statement.pronoun_same_sentence",
            "'MP X criticized what he described as Y': he is X, named in the sentence",
        ),
        _r("statement.what_described", "'condemned what he described as X': no statement of its own (yields none)"),
        _r("statement.warned_object", "'warned Hungary on Monday that X': X, what was said"),
        _r("statement.briefed_on", "'Grossi briefed the minister on X': X, what was told"),
        _r("statement.pronoun_office", "'according to a statement released by her office': the person's office"),
        _r(
            "statement.occasion_tail",
            "'..., warning of X, in a statement carried by KCNA.': the occasion is no content",
        ),
        _r("statement.participle_nested", "'The spokesman said Lee warned that A, stressing B': Lee stresses"),
        _r(
            "statement.participle_after_quote",
            "'X urged Y to act \"before winter,\" warning that ...': a comma inside the quote",
        ),
        _r("statement.fronted_participle", "Describing X as Y, the minister said ..."),
        _r("statement.fronted_quote", "“...,” he said. / ..., said Wang."),
        _r("statement.according_to", "according to (a statement issued by) X"),
        _r("statement.direct_quote", "said: “...”"),
        _r("statement.content_kind", "a neutral cue whose content sets the kind: 'said Iran is ready to'"),
        _r("statement.target", "the actor the content is aimed at: 'condemned the US' presence'"),
        _r(
            "statement.side_in_report",
            "'The Turkish side stressed ..., the ministry said': the side's own statement stays",
        ),
        _r("statement.event_clause", "'X expressed concern after Iran announced that ...': Iran's own statement"),
        _r("statement.as_well_as", "'said that A as well as expressed B': a second cue of the same subject"),
        _r("statement.meeting_link", "said in the meeting: linked to it"),
        _r(
            "statement.trailing_source",
            "'..., the readout said', '..., people familiar with the matter said': the source after",
        ),
        _r("statement.according_to_aside", "'X, according to a statement from Y, urged ...': Y's statement"),
        _r("statement.according_to_joint", "'according to readouts from both governments': the meeting's parties"),
        _r("statement.according_to_issuer", "'according to the statement': the body that issued it"),
        _r("statement.citing", "'The embassy, citing spokesperson Y, said ...': both speak"),
        _r("statement.relative_who", "'..., X, who had accused Y of ...'"),
        _r("statement.joint_subject", "'The two leaders agreed ...': the last meeting's parties"),
        _r(
            "statement.desc_last_speaker",
            "'X said A ... met Y. \"B,\" the minister noted': who spoke last, of that role",
        ),
        _r("statement.inverted_possessive_title", "'..., said Mr Lee's press secretary Chang Li Lin': the name after"),
        _r("statement.quote_continued_before", "'\"A.' then a paragraph 'B,\" the ministry said': the cue is outside"),
        _r("statement.quote_run_before", "'\"A.' / '\"B,\" he stated': a fronted quote begun paragraphs before"),
        _r(
            "statement.quote_continues",
            "a quote left open at its paragraph's end runs on in the next that opens with one",
        ),
        _r(
            "statement.joint_bare",
            "'The two also stressed', 'The heads of state expressed': the last meeting's parties",
        ),
        _r("statement.participle_inner", "'The Kremlin said X had spoken with Y, warning that ...': X warns"),
        _r("statement.with_group", "'..., with both sides pledging to expand trade': the last meeting's parties"),
        _r("statement.source_in_body", "'A source in the foreign ministry told ...': an unnamed source of that body"),
        _r(
            "statement.possessive_title",
            "'..., Novak's spokesman X told reporters', '..., State House spokesperson X said': whose, before it",
        ),
        _r("statement.modifier_subject", "'EU Enlargement Commissioner X held talks ..., pledging ...': X, not the EU"),
        _r(
            "statement.told_description",
            "'“...,” the adviser told the envoy.': a role as the audience of a fronted quote",
        ),
        _r("statement.passive_be", "'the clause is written more broadly', 'it was said that': a passive, no speaker"),
        _r("statement.colon_paragraph", "'The PM said:' ending its paragraph: the next paragraph is what was said"),
        _r("statement.no_content", "'..., Richardson said then.': an adverb or conjunction where the content would be"),
        _r(
            "statement.inverted_description",
            "'“...,” said resident X', 'said Kyiv resident X': a lower-case noun before an untitled name",
        ),
        _r(
            "statement.inverted_apposition",
            "'“...,” said X, a senior fellow at Y.', 'said X, 55, who ...': the name's description to the end",
        ),
        _r("statement.fronted_title", "'..., Kremlin aide X told reporters': a lower-case title before the name"),
        _r("statement.clause_break", "'X stressed A, while Y called for B': Y's clause ends X's content"),
        _r(
            "statement.anonymous_source",
            "'Western diplomats said', 'Two EU diplomats told': a plural source noun with no determiner, a group",
        ),
        _r("statement.office_of_person", "'according to a statement from the prime minister's office': the office"),
        _r(
            "statement.press_service",
            "'the press service of the Cabinet said', '..., the ministry's press office said'",
        ),
        _r("statement.account_inner", "'According to X, the ministers reviewed A and agreed to B': the ministers"),
        _r("statement.according_to_press_service", "'according to the government's press service': its account"),
        _r("statement.action_break", "'said A and invited Y to Rome': the speaker's next act ends the content"),
        _r("statement.quote_before", "'“We will respond.” X told reporters in Y.': the quoted sentence before"),
        _r(
            "statement.group_before_content", "'The two leaders confirmed that X will visit Y': not X's visit's parties"
        ),
        _r(
            "statement.it_body",
            "'The ministry summoned the envoy. It said ...': the body that opened the sentence before",
        ),
        _r("statement.pronoun_last_subject", "'X said A. Y then met Z. He said B.': he is Y, the last subject"),
        _r(
            "statement.fronted_pronoun",
            "'A in the Second World War was open, he said': he is no one named only inside what he said",
        ),
        _r(
            "statement.present_in_past_report",
            "'X said the government values A and hopes B': a present verb inside a past report is not X's cue",
        ),
        _r(
            "statement.fronted_name_lead",
            "'..., the Prime Minister's Office said in a release': capitalised and role words before the speaker",
        ),
        _r("statement.dash_quote", "'- We see more ships. Both share the task, he said.': the dash opens the quote"),
        _r("statement.intent_subject", "'said Oslo would send aid to X': the side that intends is no target"),
        _r("statement.opposition", "'The opposition criticised the trip', 'Opposition lawmakers demanded X': the camp"),
        _r("statement.state_named_body", "'The Sri Lanka Navy said': a state's name opening its body's name"),
        _r("statement.adverb_gap", "'She however denied X': a discourse adverb between the subject and the cue"),
        _r(
            "statement.target_pronoun",
            "'condemned X, calling it a crime', 'describing him as': the target of the cue before",
        ),
        _r("statement.issued_statement", "'The ministry issued a statement condemning X': the issuer condemns X"),
        _r("statement.issued_which", "'The ministry released a note on Saturday which says that ...': its issuer"),
        _r("statement.with_person", "'X denied it, with its spokesman Y claiming that ...': Y speaks"),
        _r("statement.participle_and", "'..., claiming A and calling on B to C': the first participle's speaker"),
        _r("statement.citing_source", "'Trend reports, citing the ministry, that ...': the cited source's statement"),
        _r("statement.according_to_body", "'according to the Sovereignty Council': a named institution no table knows"),
        _r(
            "statement.account_whole",
            "'According to the ministry, A welcomed X and urged Y': the account holds all of A's clause",
        ),
        _r(
            "statement.quote_opens_at_cue",
            "'his office said the premier \"emphasized the right to X\"': the premier's cue",
        ),
        _r("statement.party_paren", "'Interior Minister X (NCP) said ...': the party's initials after the name"),
        _r(
            "statement.singular_source",
            "'A Lebanese ministerial source denied ...', 'according to a diplomatic source'",
        ),
        _r("statement.statement_by_body", "'..., a statement from the Presidency of the Republic said': the issuer"),
        _r(
            "statement.adjective_participle",
            "'delivered a written message': a participle after an article (yields none)",
        ),
        _r(
            "statement.passive_participle",
            "'the peninsula claimed by Chile': a participle with its agent (yields none)",
        ),
        _r(
            "statement.noun_form", "'in remarks to the press', 'her calls for': a cue's -s form as a noun (yields none)"
        ),
        _r("statement.its_spokesperson", "'The Kremlin accused X. Its spokesman said ...': the body's spokesman"),
        _r("statement.same_sources", "'..., the same sources said': the unnamed sources told last"),
        _r("statement.account_kind", "'..., according to the ministry': a source's account is `say` (sets no kind)"),
        _r("statement.infinitive_content", "'agreed on Monday to widen a pact that ...': the content opens at 'to'"),
        _r(
            "statement.aside_subject",
            "'The Council, at its weekly session, condemned ...': the subject before the aside",
        ),
        _r("statement.according_to_apposition", "'According to the ministry's spokesperson, X, ...': X"),
        _r("statement.communique_parties", "'..., according to a final communiqué': the last meeting's parties"),
        _r("statement.demonym_body", "'The Israeli military said', 'the Russian embassy in Helsinki denied'"),
        _r("statement.possessive_body", "'Seoul's Foreign Ministry said': a state's institution, named as written"),
        _r("statement.body_head", "'The Joint Staff said', 'the Department of Trade (DoT) said': a named institution"),
        _r(
            "statement.org_description",
            "'according to the regional bloc', 'The alliance said': the organization named before",
        ),
        _r(
            "statement.parenthetical_speaker",
            "'The raid was illegal, Peskov said, and Moscow would respond': the sentence around the speaker",
        ),
        _r(
            "statement.inverted_unread",
            "'..., writes Jon Smith for the Review': a name no rule read, no coordinated cue",
        ),
        _r(
            "statement.place_gap",
            "'The Embassy of X in Sarajevo on Monday condemned ...': the subject before the place",
        ),
        _r(
            "statement.trailing_attribution",
            "'China opposes X, both ministries said.': the inner content stops at the comma",
        ),
        _r("statement.told_name", "'told Reuters it would be brief': the named addressee is no content"),
        _r(
            "statement.participle_no_comma",
            "'..., noted the Iranian minister hoping that ...': a participle right after an inverted cue's speaker",
        ),
        _r(
            "statement.told_event",
            "'told a meeting with the visiting minister in Sari on Sunday that ...': the event told is no content",
        ),
        _r(
            "statement.told_audience_lead",
            "'told reporters after talks with Y on Monday that ...': the audience and the phrase after it are no "
            "content",
        ),
        _r("statement.unclosed_apposition", "'X, a professor at the School of Studies said': X, not a name inside"),
        _r("statement.participle_unread", "'..., MOFCOM claimed, noting that ...' with no speaker read: none"),
        _r("statement.agency_body", "'South Korea's Yonhap news agency reported': an agency's own sourcing, none"),
        _r("statement.name_word", "'officials of the United States on ...': a capitalised cue inside a name, none"),
        _r("statement.press_reports", "'our correspondent X reports from the palace that': a person reporting, none"),
        _r(
            "statement.quote_paragraph",
            "'“A,” X said.' then a paragraph '“B.' that is nothing but a quote: X goes on speaking",
        ),
        _r("statement.inverted_document", "'X condemned Y, said a statement by the presidency': no content, none"),
        _r("statement.stated_by", "'Baku hopes that A. This was stated today by spokesman X': X said A"),
        _r("statement.shared_object", "'X welcomed and met Y': the cue shares its object with a meeting verb, none"),
        _r("statement.heading_line", "'Iran slams Israeli regime's crimes' on a line of its own: a subheading, none"),
        _r(
            "statement.demonstrative_object",
            "'He said this in an interview with NHK': no content here, none (what was said stands elsewhere)",
        ),
        _r(
            "statement.lead_then_content",
            "'Responding to a question, X said, “...”': the opening phrase tells when; the words after the cue",
        ),
        _r(
            "statement.whole_quote_lead",
            "'“...,” X told the visiting envoy', '“...,” X said, referring to Y': the opening quote, not the addressee",
        ),
        _r(
            "statement.statement_by",
            "'A statement issued by the ministry said', 'The ministry's statement said': the issuer",
        ),
        _r(
            "statement.generic_possessive_role",
            "'the kingdom's foreign minister said': the holder of that role named before",
        ),
        _r(
            "statement.spokesperson_of_body",
            "'A spokesperson for the State Department said', 'The ministry's spokesman said': the body's spokesperson",
        ),
        _r("statement.aux_phrase", "'Officials have on several occasions voiced ...': a phrase after the auxiliary"),
        _r(
            "statement.quoted_parties", "'“The sides noted that ...,” the report said': the parties in a quoted readout"
        ),
        _r(
            "statement.named_party",
            "an unnamed speaker ('his Egyptian counterpart') named by the merged meeting the statement tells of",
        ),
        _r(
            "statement.quoted_named",
            "'“President X affirmed Y,” the spokeswoman said': named persons opening a quoted readout's sentence",
        ),
        _r("statement.present_plural", "'Diplomatic sources say ...', 'A and B reject ...': a present-tense cue"),
        # session 4, round 2
        _r(
            "statement.told_media",
            "'..., a source told local media.', '..., she told broadcaster RTV9.': the medium told, no content",
        ),
        _r(
            "statement.target_government",
            "'accused the government of ...', 'urged the authorities to ...': an unresolved government is the target",
        ),
        _r(
            "statement.modified_body",
            "'The conservative Popular Party criticized', 'the opposition X faction accused': the named body speaks",
        ),
        # session 10 (sweepS): statement constructions a paraphrase sweep found unread
        _r("statement.listed_cue", "'expressed concern over A, voiced support for B and ...': A ends at the comma"),
        _r(
            "statement.envoy_to_gap", "'The Saudi ambassador to the United Nations said': the post between role and cue"
        ),
        _r("statement.according_to_pronoun", "'X arrived ... According to him, ...': the one person told before"),
        _r("statement.according_to_unnamed", "'according to Egypt's foreign ministry spokesman': an unnamed holder"),
        _r("statement.inverted_unnamed", "'“...,” said Egypt's foreign ministry spokesman': an unnamed holder"),
        _r("statement.inverted_spokesperson", "'“...,” said a spokesman for the Foreign Ministry': its spokesperson"),
        _r("statement.according_to_description", "'..., according to the spokesperson': whom it refers to"),
        _r("statement.bare_counterpart", "'A held talks with B. His counterpart said': B, not the meeting's subject"),
        _r("statement.particle_lead", "'“...,” de la Torre said': a compound surname's particles before the name"),
        # session 8 (readA): actors and coreference as real news pages showed them
        _r(
            "actor.name_shape",
            "'FM @AngueSimeon', 'AndeanWorld reports', 'the two PMs', 'the Rojas-Pardo meeting': no person's name",
        ),
        _r(
            "actor.nickname_in_name",
            "'President Joko “Jokowi” Widodo': the name without the nickname; the nickname alone later names him",
        ),
        _r("actor.initials_inside_name", "'Retno LP Marsudi': two capitals between a given name and a surname"),
        _r(
            "actor.body_title_no_state",
            "'..., and African Union chair C': a title naming a body shares no state of the list before it",
        ),
        _r(
            "actor.states_list",
            "'French President A, Argentinian President B and Chair C': a list of several states shares none",
        ),
        _r(
            "actor.object_country_after_verb",
            "'Jordan's King A met X': a state before the verb is the subject's, not the object's",
        ),
        _r(
            "coref.apposed_holder",
            "'King X, King of Bahrain, received ...': the role-holder set off by commas after a name is that person",
        ),
        _r(
            "coref.unnamed_named_holder",
            "'Prime Minister X ... the office of the Prime Minister of Pakistan': the one named holder of that country",
        ),
        _r("coref.royal_named_after", "'the King of Jordan received X. King Abdullah II said': one person"),
        _r(
            "coref.org_chief_holder",
            "'the Secretary General of the United Nations, X ... the UN chief': the one named holder of that body",
        ),
        _r("coref.royal_untitled", "'the King' is a monarch the text titles, not a person told without a title"),
        _r("coref.pronoun_after_quote", "'\"... X did ...,\" he said': a person told only inside the quote is no 'he'"),
        _r("coref.pronoun_after_report", "'During the visit, X is expected to stress ..., he added': not X"),
        # session 11 (targets): who a statement is aimed at (rules/targets.py)
        _r(
            "statement.target_state_body",
            "'urged the Myanmar authorities to ...', 'UK government': a state's government, an organization",
        ),
        _r("statement.target_agent", "'rejected the allegations made by X': the agent after 'by' is the target"),
        _r("statement.target_possessor", "'pointed to X's seizure of a tanker' (neutral cue): the possessor"),
        _r("statement.target_subject", "'said the X won't achieve anything unless ...' (neutral): the subject"),
        _r(
            "statement.target_talks_with",
            "'said the time for talks with the US has not come' (neutral): the other side",
        ),
        _r("statement.target_expectation", "'said China hopes the US will ...' (neutral): whom the hope is aimed at"),
        _r("statement.target_object_pronoun", "'X met Y. He urged him to ...': the one other person told just before"),
        _r("statement.target_rebuttal", "'X accused Y of ... Y rejected the accusations': the accuser just before"),
        _r("statement.target_stance_subject", "'said X strongly condemns the attack': X takes the stance, no target"),
        _r("statement.target_victim", "'condemned the execution of X', 'the attack on X': X suffered it, no target"),
        _r("statement.target_addressee", "'conveyed condolences to the people of X': whom a feeling is sent to"),
        _r(
            "coref.untitled_home_leader",
            "'X received the envoys ... the President said' in X's own country's outlet: the one untitled named person",
        ),
        # session 15
        _r(
            "actor.comma_portfolio",
            "'the Minister of Foreign Affairs, Cooperation and Mauritanians Abroad, X': a portfolio list after a comma",
        ),
        _r(
            "actor.two_word_demonym_bare",
            "'North Korean foreign minister begins ...': a demonym of two words with no determiner before it",
        ),
        _r(
            "statement.talks_tail",
            "'X stressed the need for calm during his talks with Y': the talks close the content, no part of it",
        ),
        _r(
            "actor.title_surname_alone",
            "'Foreign Minister Julie Bishop ... Bishop says': a surname that is also a title word, told alone later",
        ),
        _r(
            "statement.told_person",
            "'has told her Chinese counterpart Australia expects ...': the person told is no part of the content",
        ),
        _r(
            "meeting.city_country",
            "'X, who leads the delegation in Kampala, Uganda, received Y': the country after a city is no subject",
        ),
        _r(
            "meeting.clause_after_list",
            "'talks between A and B, and X expressed ...': the name after ', and' is a clause's subject, no party",
        ),
        # session 17
        _r(
            "meeting.possessor_noun",
            "'The two sides reviewed progress following up on X's discussions with Y': the possessor held them",
        ),
        _r(
            "statement.medium_participle",
            "'X commented on it in a tweet saying ...', 'X posted a message warning ...': the writer speaks",
        ),
        _r(
            "meeting.the_talks_first",
            "'During the phone call, X and Y addressed ...' with no meeting told before: the parties' own talks",
        ),
        _r(
            "meeting.visit_host_named",
            "'X is visiting Japan' with X's talks with a Japanese official told: the talks, no meeting with Japan",
        ),
        _r(
            "coref.pronoun_reporter",
            "'X said Y also congratulated him. He added ...': the reporter who opened the sentence before, not Y",
        ),
        _r(
            "coref.pronoun_main_subject",
            "'X will meet A, B and C. He will also call on D': the subject who opened the sentence before",
        ),
        _r(
            "meeting.his_front_passive",
            "'During his meeting with Y, matters were discussed': his is the subject of a sentence before",
        ),
        _r(
            "coref.the_two_chain",
            "'The two sides called for A. They urged B.': a plural opening the next sentence is the same two persons",
        ),
        _r(
            "coref.body_canonical",
            "'the Ministry of Foreign Affairs ... the Foreign Ministry ... the MOFA': one body by its canonical name",
        ),
        _r(
            "meeting.outcome_of_talks",
            "'X summarized the outcomes of the talks with Y': the talks whose results X tells are X's own",
        ),
        _r(
            "statement.occasion_only",
            "'..., X said at a press conference on Wednesday.': where and when it was said is no content",
        ),
        _r(
            "actor.portfolio_pair_title",
            "'International Relations and Cooperation Minister X', 'Trade & Industry Minister X': two portfolios",
        ),
        _r(
            "actor.glued_initial",
            "'Minister of Foreign Affairs D.Tsogtbaatar': the father's initial glued to the name is written with it",
        ),
        # session 18
        _r(
            "statement.participle_caller",
            "'X received a phone call from Y, congratulating him on ...': the caller speaks, not the one called",
        ),
        _r(
            "statement.participle_before_clause",
            "'... and while emphasizing A, he praised B': the clause the participle went before ends its content",
        ),
        _r(
            "actor.officials_including",
            "'top Iraqi officials including Prime Minister A and President B': the officials' demonym is each one's",
        ),
        _r(
            "statement.quoted_as_saying",
            "'IRNA quoted X as saying ...', '“...,” Tass quoted X as saying.': who is quoted speaks",
        ),
        _r(
            "coref.spokesman_named_later",
            "'Iran's Foreign Ministry spokesman said A. ... “B,” Saeed Khatibzadeh said.': the spokesman is the first "
            "person named after the lead, when he speaks there",
        ),
        _r(
            "coref.remarks_maker",
            "'..., a senior Iranian diplomat said. Spokesman X made the remarks ...': the unnamed speaker is X",
        ),
        _r(
            "statement.person_statement_source",
            "'X said in a statement: ... The statement blamed Y': a person's statement is what 'the statement' is",
        ),
        # session 19
        _r(
            "actor.officials_of_country",
            "'parliamentary and political officials of the Russian Federation': a group of that one state",
        ),
        _r(
            "meeting.while_meeting_aside",
            "'According to IRNA, X while meeting with Y on Tuesday said ...': the subject before the aside meets Y",
        ),
        _r(
            "statement.while_aside",
            "'X while meeting with Y in Tehran said that ...': the subject before the aside speaks",
        ),
        _r(
            "meeting.separate_subjects",
            "'A, B and C had separate meetings with Z': one meeting of each with Z",
        ),
        _r(
            "meeting.after_relative_clause",
            "'X, who was in Rome for talks with the US, held a phone call with Y': both talks are read, each with "
            "its own modality",
        ),
        _r(
            "actor.envoy_mission",
            "'Iran's Special Envoy for Afghanistan said ...': the state of the mission is part of the description",
        ),
        _r(
            "statement.meeting_aside_subject",
            "'X, in a meeting with Y, the head of Z, said ...': X speaks, Y is the aside's party",
        ),
        _r(
            "meeting.joint_visit",
            "'Russia's foreign minister, A, and defense minister, B, will visit Turkey': the two visit the state "
            "together, no talk between them",
        ),
        _r(
            "coref.list_member_home",
            "'FM X ... the foreign ministers of Iran and Turkey held talks' in an Iranian paper: the home state's "
            "member is the one person of that title the text gives no state",
        ),
        _r(
            "coref.lead_desc_named_next",
            "'The temporary leader of the Friday prayers stated A. ... X said B': the lead's speaker is who the next "
            "sentence names first, when X bears no title",
        ),
        # session 20
        _r(
            "actor.unnamed_role_of_possessor",
            "'Iran's Foreign Ministry spokesman condemned ...': the state that owns the body",
        ),
        _r(
            "coref.possessor_subject",
            "'Spokesperson X's remarks came at a briefing. \"...,\" he said': the possessor opening the sentence "
            "before, when no subject is there to refer to",
        ),
        _r(
            "meeting.group_front_subject",
            "'X called for ... . In talks with Y, the diplomats discussed ...': an unresolved plural subject is Y and "
            "the subject told before",
        ),
        _r(
            "coref.after_opening_phrase",
            "'According to a statement by X's office, the prime minister will ...': the description after an "
            "opening phrase's comma is the clause's subject, who may be told in the phrase",
        ),
        _r(
            "meeting.earlier_talks",
            "'X and Y held a phone call ... . On December 20, the ministers held talks in Amman' (published in April): "
            "talks dated weeks before are others than the undated call",
        ),
        _r(
            "coref.counterpart_of_nearest_subject",
            "'The spokesman explained that the minister will meet his Iraqi counterpart': the nearest subject's",
        ),
        _r("meeting.habitual", "'Iran has been continuously holding talks with Japan': talks as a practice, none"),
        _r(
            "meeting.call_aside",
            "'X in a telephone conversation congratulated Y on ...': a call told as an aside between the subject and "
            "its verb is a talk with the verb's object",
        ),
        # session 21
        _r(
            "meeting.attended_told_twice",
            "'X and Y held a meeting ... X and Y also discussed ... The meeting was also attended by Z': Z is in both "
            "tellings of the one meeting",
        ),
        _r(
            "meeting.at_request_of",
            "'X held a telephone conversation at the request of Y': who asked for the talk is its other party",
        ),
        _r(
            "meeting.another_talk",
            "'X held a phone conversation with Y on Tuesday ... Earlier, another phone conversation took place on "
            "Saturday': the same parties' other talk, of its own day",
        ),
        _r(
            "meeting.visit_noun_to_by",
            "'preparations for the official visit to Vietnam by Prime Minister X': X's planned visit to Vietnam",
        ),
        _r(
            "coref.group_talks_first",
            "'X held talks with Y ahead of the visit to Vietnam by Z. They agreed ...': of two meetings told in one "
            "sentence, the group is the one of two persons",
        ),
        _r(
            "statement.possessive_noun",
            "'following X's announcement that his administration will adopt ...': X said what follows 'that' (the "
            "lexicon's speech_noun table)",
        ),
        _r(
            "coref.body_fuller_name",
            "'according to Russian defense ministry ... The Russian Ministry of Defense said': the body is named by "
            "its proper name, the fullest the text gives",
        ),
        _r(
            "actor.counterpart_of_trip",
            "'X met his counterpart during his trip to Venezuela': the counterpart of the state visited",
        ),
        _r(
            "coref.opening_cataphora",
            "'He made the remarks in a meeting with Y. ... Ghalibaf stated ...': a pronoun opening a text that names "
            "no one before it is the first person named as a subject in the two sentences after it",
        ),
    )
}


def rule_names() -> tuple[str, ...]:
    return tuple(RULES)
