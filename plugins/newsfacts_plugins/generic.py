"""What news pages share, for every outlet that has no plugin of its own.

* **Outlet**: a weak guess from the URL host (``en.irna.ir`` → ``irna``), so that output names
  some outlet; any outlet plugin's claim beats it.
* **Title** (answered last): the first line after page chrome (date stamps, section numbers,
  "You are here" trails, link lists) when it reads as a headline: short, no closing full stop,
  not a dateline, not a bare caption such as "Kyrgyz President Sadyr Japarov".
* **Dateline** (answered last): the wire styles ``MOSCOW (Reuters) -``, ``BEIJING, May 17
  (Xinhua) --``, ``MOSCOW, April 28. /TASS/.``, ``Tehran, IRNA –``, ``TEHRAN –``,
  ``WASHINGTON:``, ``AhlulBayt News Agency:`` and a place alone on its line (``ANKARA``).
* **Boilerplate**: WordPress comment forms and reCAPTCHA, subscribe and follow prompts,
  "Most Visited" / "Related News" / "Your Comment" tails, share buttons, date stamp lines,
  agency initials and codes (``HR/3940089``, ``1424**7129``), wire credits, photo credits,
  Creative Commons license lines; bylines and labelled stamps between the headline and the
  dateline ("By Jane Doe", "Updated 6:12 AM GMT+2, …"), wire header fields ("Source: …"), the
  outlet named alone, sign-offs ("-- AGENCY", "(end)"), lower-case desk codes, lone e-mail and
  web addresses, "Published in <Outlet>, <date>", agencies' notes to readers.
* **Title**: a wire tag before the headline ("(LEAD)", "(2nd LD)") keeps it a headline.

Every pattern must fully match a line (or, for fragments, stand glued at a paragraph's end),
so none can eat an article sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

import newsfacts
from newsfacts.contributions import Boilerplate, OutletMatch, url_host
from newsfacts.models import Dateline, Span
from newsfacts.prefilter import LineMatcher, LinePatterns

# -- building blocks (regex source, shared by the tables below) -------------------------------

MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY: Final = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?"
#: A day of the month, as a number or an ordinal ("9th").
_MDAY: Final = r"\d{1,2}(?:st|nd|rd|th)?"
DATE: Final = (
    rf"(?:{WEEKDAY}\s+)?(?:{MONTH}\s+{_MDAY},?\s+\d{{4}}|{_MDAY}\s+{MONTH},?\s+\d{{4}}"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
)
#: A time zone after a time: "GMT", "GMT+3", "UTC-05:00", "IST", "LOCAL TIME".
_ZONE: Final = r"(?:[ \t]?(?:GMT|UTC)(?:[ \t]?[+-][ \t]?\d{1,2}(?::?\d{2})?)?|[ \t](?i:local time)|[ \t][A-Z]{2,5})"
TIME: Final = rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?{_ZONE}?"
#: A label before a stamp: "Updated:", "Published On", "Last Update :", "Posted at".
_STAMP_LABEL: Final = (
    r"(?i:(?:last[ \t])?(?:publish(?:ed)?|updated?|posted|modified|created|date)(?:[ \t](?:date|on|at))?)"
    r"[ \t]*[:–-]?[ \t]*"
)
#: One part of a stamp: a date, a time, or "2 hours ago", with its label.
_STAMP_PART: Final = (
    rf"(?:{_STAMP_LABEL})?(?:{DATE}|{TIME}|\d{{1,3}}[ \t](?i:sec|min(?:ute)?|h(?:ou)?r|day|week|month)s?[ \t]ago)"
)
#: What joins the parts of a stamp: spaces, dashes, bars, commas, brackets ("… [ Last Update: …]").
_STAMP_SEP: Final = r"[ \t]*(?:[-–—|,@•·\[\]][ \t]*|at[ \t]+)*"
#: Up to four capitalized words before a stamp: a byline, a place or the outlet ("Burak Bir |",
#: "ISTANBUL", "KYODO NEWS -", "Ahram Online ,", "All News").
_STAMP_PREFIX: Final = r"(?:[A-Z][\w&.'’-]*[ \t]?,?[ \t]+){1,4}(?:[|–—-][ \t]*)?"
#: After a stamp: a place or the sections it was filed under ("- KUALA LUMPUR", "| Politics, World").
_STAMP_SUFFIX: Final = r"[ \t]*[-–—|][ \t]*[A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*){0,5}"
#: A date stamp line: labelled, bylined, with a time and zone, or several stamps in a row.
STAMP: Final = (
    rf"(?:{_STAMP_PREFIX})?\[?[ \t]*{_STAMP_PART}(?:{_STAMP_SEP}{_STAMP_PART}){{0,3}}"
    rf"(?:[ \t]*\]|[ \t]+Adjust font size:?|{_STAMP_SUFFIX})?"
)
#: A name in a byline or credit: a capitalized word ("Jane", "O'Neil", "DAILY", "al-Maliki").
_NAME: Final = r"[A-Z][\w'’.-]*"
#: "By Jane Doe", "by DAILY SABAH WITH AA", "By Jane Doe and John Roe, Reuters".
BYLINE: Final = rf"(?:By|by|BY):?[ \t]+{_NAME}(?:,?[ \t]+(?:(?:and|with|&)[ \t]+)?{_NAME}){{0,7}}"
#: A field of a wire's header: "Source: Xinhua", "Editor: Wang Lin".
_META_FIELD: Final = (
    r"(?:Source|Editors?|Edited by|Editing by|Writer|Written by|Reporters?|Authors?|Translated by|Compiled by)"
    r"[ \t]?:[ \t]?[\w][\w '’&-]{0,40}"
)


#: A share or tool button's label ("Share", "share2", "Print", "READ LATER").
_BUTTON: Final = (
    r"(?:share\d?(?: this(?: article| story)?)?|facebook|twitter|whatsapp|telegram|linkedin|e-?mail|print|tweet"
    r"|pinterest|reddit|copy link|save|bookmark|follow|read later)"
)


def _creative_commons(name: str, attribution: str, license: str) -> Boilerplate:
    """A CC 4.0 license sentence, wherever it stands (often glued to the last paragraph)."""
    return Boilerplate(
        name,
        r"(?:All [Cc]ontent|Content)[^.\n]{0,80}? (?:is )?licensed under (?:a |the )?"
        rf"Creative Commons {attribution} 4\.0 International License\.?",
        scope="fragment",
        license=license,
    )


BOILERPLATE: Final = (
    # Page chrome before the headline.
    Boilerplate("generic.date_stamp", STAMP),
    Boilerplate("generic.section_number", r"\d{1,2}\.\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"),
    Boilerplate("generic.breadcrumb", r"You are here:.{0,200}"),
    Boilerplate("generic.off_the_wire", r"(?i:off the wire)"),
    # Three or more links run together by bullets: a headline list, never prose.
    Boilerplate("generic.link_list", r"(?=[^•\n]{0,200}•)[^•\n]*(?:•[^•\n]*){2,}"),
    Boilerplate("generic.news_id", r"(?:News (?:ID|Code)|Story Code)\s?:?\s?\d+(?:\s+Service:\s?[\w ]{1,40})?"),
    # A line in Arabic script only, in an English article: the Persian name of a tag or person.
    Boilerplate(
        "generic.arabic_script_line", r"[\u0600-\u06FF\u200c\s.,:،؛-]*[\u0600-\u06FF][\u0600-\u06FF\u200c\s.,:،؛-]*"
    ),
    # Agency initials and codes closing an article.
    Boilerplate("generic.initials_line", r"[A-Z]{1,5}/(?:[A-Z]{0,5}\d{0,12})(?:/[A-Z0-9]{1,12})*"),
    # Fragments begin with a plain character (the look-behind comes after it) so that the regex
    # engine can skip ahead to candidates instead of trying every position.
    Boilerplate(
        "generic.initials_fragment",
        r"[A-Z](?<=[.!?\"”’)]\s[A-Z])[A-Z]{0,4}/[A-Z]{0,5}\d{0,12}(?:[ \t][A-Z]{1,5}/[A-Z]{0,5}\d{0,12})*[ \t]?$",
        scope="fragment",  # [ \t], not \s: a match must not run on into the next line's initials
    ),
    Boilerplate("generic.story_code", r"\d{3,6}\*\*\d{3,6}"),
    Boilerplate("generic.end_item", r"(?i:-*\s?end\s?item\s?-*|\(end\)|--?\s?end\s?--?)"),
    # Bylines and wire headers between the headline and the dateline.
    Boilerplate("generic.byline", BYLINE),
    Boilerplate(
        "generic.wire_header",
        rf"{_META_FIELD}(?:[ \t]*\|[ \t]*(?:{_META_FIELD}|{DATE}(?:[ \t]+{TIME})?|{TIME})){{0,3}}",
    ),
    # Wire sign-offs: "-- BERNAMA", "--SPA", "— AFP"; glued to the last paragraph as a fragment.
    Boilerplate("generic.agency_signoff", r"(?:--?|[–—])[ \t]?[A-Z][A-Z&.]{1,14}(?:[ \t][A-Z]{2,14}){0,2}"),
    # One pattern per dash: the regex engine searches fast for a plain opening character, but
    # tries a class of them ([–—]) at every position.
    Boilerplate(
        "generic.agency_signoff_fragment",
        r"-(?<=[.!?\"”’)][ \t]-)-?[ \t]?[A-Z]{2,14}[ \t]*$",
        scope="fragment",
    ),
    Boilerplate(
        "generic.agency_signoff_en_dash_fragment", r"–(?<=[.!?\"”’)][ \t]–)[ \t]?[A-Z]{2,14}[ \t]*$", scope="fragment"
    ),
    Boilerplate(
        "generic.agency_signoff_em_dash_fragment", r"—(?<=[.!?\"”’)][ \t]—)[ \t]?[A-Z]{2,14}[ \t]*$", scope="fragment"
    ),
    # Desk codes and staff initials in lower case: "burs-sjw/jj" (AFP), "aa.gb" (KUNA).
    Boilerplate("generic.desk_code", r"[a-z]{2,6}(?:[-/.][a-z]{1,6}){1,4}"),
    # Agency and staff credit: "WAM/Hatem Mohamed/Esraa Ismail".
    Boilerplate(
        "generic.agency_staff_credit",
        rf"[A-Z]{{2,6}}(?:/{_NAME}(?:[ \t]{_NAME}){{0,3}}){{1,4}}",
    ),
    # A wire's "(end)" glued to the last paragraph, with the initials after it ("(end) aa.gb").
    Boilerplate(
        "generic.end_fragment",
        r"\((?<=[.!?\"”’)][ \t]\()(?i:end)\)(?:[ \t]+[a-z]{2,6}(?:[-/.][a-z]{1,6}){1,4})?[ \t]*$",
        scope="fragment",
    ),
    # A story or slug number alone on its line ("0033").
    Boilerplate("generic.number_line", r"#?\d{2,8}"),
    # Addresses alone on a line: an e-mail sign-off, the site's address.
    Boilerplate("generic.email_line", r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}"),
    Boilerplate(
        "generic.address_line",
        r"(?:https?://[^\s]{1,300}|(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,3}\.[a-z]{2,6}(?:/[^\s]{0,200})?)",
    ),
    Boilerplate(
        "generic.alternate_address",
        r"(?i:[^\n]{0,80}\b(?:website|site) can (?:also )?be (?:accessed|reached|visited) at\b[^\n]{0,80})",
    ),
    # "Published in Dawn, January 9th, 2025", "First published in The Conversation."
    Boilerplate(
        "generic.published_in",
        rf"(?:(?:First|Originally)[ \t])?(?i:published|appeared)[ \t](?:in|on|by)[ \t]{_NAME}(?:[ \t]{_NAME}){{0,4}}"
        rf"(?:,?[ \t]+(?:on[ \t]+)?{DATE})?\.?",
    ),
    # Agency notes to readers: "Our Standards: The Thomson Reuters Trust Principles.", "… contact us
    # for subscription options."
    Boilerplate("generic.our_standards", r"(?i:our (?:editorial )?standards)[ \t]?:[^\n]{0,160}"),
    Boilerplate(
        "generic.subscription_blurb",
        r"[^\n]{0,400}(?i:contact us for (?:subscription|subscribing|licensing|syndication|reprint)s?[^\n]{0,40})",
    ),
    Boilerplate(
        "generic.short_link", r"(?i:short (?:link|url)|permalink|copy(?: the)? link)[ \t]?:?(?:[ \t]?\S{1,300})?"
    ),
    # Wire credits and photo credits.
    Boilerplate(
        "generic.reporting_by", r"\((?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled) by [^()\n]{1,300}\)"
    ),
    Boilerplate(
        "generic.reporting_by_fragment",
        r"\((?<=[.!?\"”’]\s\()(?:Additional )?[Rr]eporting by [^()\n]{1,300}\)\s?$",
        scope="fragment",
    ),
    Boilerplate("generic.photo_credit", r"(?:©|\([Cc]\)|Photo(?: by| credit)?:|Image:|Copyright\b)\s?\S.{0,120}"),
    Boilerplate(
        "generic.photo_credit_fragment", r"©(?<=\s©)\s?[\w.'-]{2,40}(?:\s[\w.'-]{1,20}){0,2}$", scope="fragment"
    ),
    Boilerplate("generic.rights_reserved", r"(?i:all rights reserved\.?)"),
    # Comment forms (WordPress and others).
    Boilerplate("generic.wp_comment", r"Please enter your (?:comment|name here|email address here)!?"),
    Boilerplate("generic.wp_email", r"You have entered an incorrect email address!?"),
    Boilerplate("generic.wp_save", r"Save my name, email, and website in this browser for the next time I comment\.?"),
    Boilerplate(
        "generic.leave_reply",
        r"(?i:leave a (?:reply|comment)(?: cancel reply)?|cancel reply|post a comment)",
        scope="tail",
    ),
    Boilerplate(
        "generic.recaptcha",
        r"The reCAPTCHA verification period has expired\. Please reload the page\."
        r"|This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply\.",
    ),
    Boilerplate("generic.captcha", r"•?\s?(?i:captcha)|•?\s?\d{1,2}\s?[-+x×]\s?\d{1,2}\s?=\s?\??"),
    Boilerplate("generic.replying_to", r"You are replying to:.{0,80}"),
    Boilerplate("generic.comment_policy", r"Before you submit, read our comment policy\..{0,60}"),
    Boilerplate("generic.characters_left", r"\d{1,4} characters? (?:left|remaining)"),
    Boilerplate("generic.loading", r"(?i:loading\s?(?:\.\.\.|…)?)"),
    Boilerplate("generic.your_comment", r"(?i:your comments?|comments?(?: \(\d+\))?|\d+ comments?)", scope="tail"),
    # Prompts.
    Boilerplate(
        "generic.subscribe", r"[›»>]?\s?(?i:subscribe(?: now| to our newsletter)?!?|sign up for our newsletter.{0,60})"
    ),
    Boilerplate("generic.follow_us", r"(?i:follow us on (?:twitter|x|telegram|instagram|facebook|whatsapp)\b.{0,60})"),
    Boilerplate("generic.share_buttons", rf"(?i:{_BUTTON}(?:[\s|·•/]+{_BUTTON})*:?)"),
    Boilerplate("generic.click_to_share", r"(?i:click (?:here )?to (?:share|print|e-?mail|save)[^\n]{0,40})"),
    Boilerplate("generic.advertisement", r"(?i:advertisement|story continues below(?: this)? advertisement)"),
    # Section headers of the page around the article.
    Boilerplate(
        "generic.top_stories", r"(?i:top(?: [\w-]+)? stories|top \d{1,2}|all stories|latest news|editor'?s picks?)"
    ),
    Boilerplate("generic.tags", r"(?i:tags?)\s?:.{0,200}"),
    Boilerplate("generic.tags_tail", r"(?i:tags)", scope="tail"),
    Boilerplate("generic.most_visited", r"(?i:most (?:visited|viewed|read|popular))(?: in [\w ]{1,30})?", scope="tail"),
    Boilerplate(
        "generic.related",
        r"(?i:related (?:news|articles?|posts?|stories|content|coverage)"
        r"|more (?:articles|news|stories)(?: from [\w ]{1,30})?"
        r"|related(?: (?:topics|coverage|links|reading))?|suggested(?: (?:for you|articles|stories|reading|news))?"
        r"|see also|also read"
        r"|you (?:may|might) also like|recommended(?: for you)?|recent posts)\s?:?",
        scope="tail",
    ),
    # A "Read more" link stands between paragraphs on many pages: a tail only at the end; between
    # paragraphs the line goes with the headline it links, not the article after it.
    Boilerplate("generic.read_more", r"(?i:read (?:more|also))\s?:?", scope="tail"),
    # The outlet or desk named alone (last, so that a section header such as "Related News" is
    # matched as the tail it starts): "ARAB NEWS", "News Desk", "Staff Reporter", "PTI".
    Boilerplate(
        "generic.outlet_credit",
        r"(?:[A-Z][\w&'’.-]*[ \t]){0,3}(?:NEWS|News|ONLINE|Online|AGENCY|Agency|DESK|Desk|BUREAU|Bureau"
        r"|STAFF|Staff|Reporter|Correspondent)|[A-Z]{2,3}",
    ),
    _creative_commons("generic.cc_by_4", "Attribution", "CC BY 4.0"),
    _creative_commons("generic.cc_by_nc_4", "Attribution-NonCommercial", "CC BY-NC 4.0"),
    _creative_commons("generic.cc_by_sa_4", "Attribution-ShareAlike", "CC BY-SA 4.0"),
)

# -- title ------------------------------------------------------------------------------------

#: The generic title finder skips the lines its own line patterns call chrome (each line tried
#: only against the patterns that can match it: see newsfacts.prefilter).
_CHROME: Final = LinePatterns([bp.pattern for bp in BOILERPLATE if bp.scope != "fragment"]).matcher()
_SENTENCE_END: Final = re.compile(r"(?<!\b[A-Z])[.;,][\"”’)]?$|[!?][\"”’)]$")
_CAPTION: Final = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}")  # "Kyrgyz President Sadyr Japarov"
#: A wire's tag before a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)".
_HEADLINE_TAG: Final = re.compile(r"\((?:[A-Z0-9][\w'-]*)(?: [A-Z0-9][\w'-]*){0,2}\) (?=\S)")
_MAX_TITLE: Final = 200
_MAX_TITLE_WORDS: Final = 20  # headlines run to 15 words at most; a longer line is a lead sentence


def first_content_line(text: str, chrome: LineMatcher, limit: int = 8) -> tuple[int, int] | None:
    """``(start, end)`` of the first non-blank line that ``chrome`` does not fully match."""
    pos = 0
    for _ in range(limit * 3):
        if pos >= len(text):
            return None
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        stripped = line.strip()
        if stripped and chrome.first(stripped) is None:
            left = pos + len(line) - len(line.lstrip())
            return left, left + len(stripped)
        pos = end + 1
    return None


def looks_like_headline(line: str) -> bool:
    """A headline: a few words, no closing full stop, not a caption of names."""
    words = line.split()
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or len(line) > _MAX_TITLE:
        return False
    tag = _HEADLINE_TAG.match(line)
    line = line[tag.end() :] if tag else line
    # a closing stop is two characters at most: look only there (the look-behind still sees before)
    closed = _SENTENCE_END.search(line, max(0, len(line) - 2))
    if closed or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"):
        return False
    if _CAPTION.fullmatch(line):
        return False
    return _dateline_match(line, 0) is None


@newsfacts.hookimpl(trylast=True)
def newsfacts_find_title(text: str, outlet: str | None) -> Span | None:
    found = first_content_line(text, _CHROME)
    if found is None:
        return None
    start, end = found
    if not looks_like_headline(text[start:end]) or not text[end:].strip():
        return None
    return Span(start, end)


# -- dateline ---------------------------------------------------------------------------------

_PLACE: Final = r"[A-Z][A-Za-z'.-]+(?:[ ][A-Z][A-Za-z'.-]+){0,3}"
_CAPS_PLACE: Final = r"[A-Z][A-Z'.-]{2,}(?:[ ][A-Z][A-Z'.-]+){0,3}"
_AGENCY: Final = r"[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,3}"
_DASH: Final = r"[ \t]?(?:--|[-–—])"
#: "May 17", "17 May", "21st January, 2025", "February 18, 2025".
_DAY: Final = rf"(?:{MONTH}[ \t]+{_MDAY}|{_MDAY}[ \t]+{MONTH})(?:,?[ \t]+\d{{4}})?"
#: Wire datelines, as named groups ``place`` and ``agency``. Horizontal space only: a dateline
#: never runs over a line break.
DATELINES: Final = (
    # MOSCOW (Reuters) -   TEHRAN, Dec. 07 (MNA) –   BEIJING, May 17 (Xinhua) --
    rf"(?P<place>{_PLACE})(?:,[ \t]+{_DAY})?[ \t]*\((?P<agency>{_AGENCY})\){_DASH}",
    # MOSCOW, April 28. /TASS/.
    rf"(?P<place>{_PLACE}),[ \t]+{_DAY}\.?[ \t]+/(?P<agency>[A-Z]{{2,10}})/\.?",
    # Tehran, IRNA –  (an all-caps agency, so that "Meanwhile, Zarif –" is no dateline)
    rf"(?P<place>{_PLACE}),[ \t]+(?P<agency>[A-Z]{{2,10}}){_DASH}",
    # Moscow, Feb 4, IRNA -
    rf"(?P<place>{_PLACE}),[ \t]+{_DAY},[ \t]+(?P<agency>[A-Z][A-Za-z]{{1,10}}){_DASH}",
    # AhlulBayt News Agency:
    r"(?P<agency>[A-Z]\w*(?:[ ][A-Z]\w*){0,3}[ ]News Agency)[ \t]?[:–—-]",
    # TEHRAN –   WASHINGTON:
    rf"(?P<place>{_CAPS_PLACE}){_DASH}",
    rf"(?P<place>{_CAPS_PLACE}):",
    # ANKARA, alone on its line (Anadolu)
    rf"(?P<place>{_CAPS_PLACE})[ \t]*(?=\n|$)",
)
_DATELINE_PATTERNS: Final = tuple(re.compile(p) for p in DATELINES)


def _dateline_match(text: str, start: int) -> re.Match[str] | None:
    for pattern in _DATELINE_PATTERNS:
        m = pattern.match(text, start)
        if m is not None and (m.end() == len(text) or text[m.end()] in " \t\n"):
            return m
    return None


def dateline_from(match: re.Match[str] | None) -> Dateline | None:
    """The :class:`Dateline` a match of a pattern with ``place``/``agency`` groups describes."""
    if match is None:
        return None
    groups = match.groupdict()
    return Dateline(place=groups.get("place"), agency=groups.get("agency"), span=Span(match.start(), match.end()))


@newsfacts.hookimpl(trylast=True)
def newsfacts_find_dateline(text: str, outlet: str | None, start: int) -> Dateline | None:
    return dateline_from(_dateline_match(text, start))


# -- outlet and boilerplate -------------------------------------------------------------------

_HOST_PREFIXES: Final = ("www.", "en.", "english.", "m.", "amp.", "newspaper.")


@newsfacts.hookimpl
def newsfacts_detect_outlet(url: str | None, text: str) -> OutletMatch | None:
    if not url:
        return None
    host = url_host(url)
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    name = host.split(".", 1)[0].replace("-", "")
    if not name:
        return None
    return OutletMatch(outlet=name, score=0.1, reason=f"url host {host}")


@newsfacts.hookimpl
def newsfacts_boilerplate(outlet: str | None) -> Iterable[Boilerplate]:
    return BOILERPLATE
