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
* **Boilerplate, second round** (:data:`FURNITURE_R2` and additions to the entries above):
  stamps in more styles (zones in brackets, months in capitals, labels in Spanish, Portuguese,
  French and German, counters and reading times after them), bylines and staff credits written
  out, header fields of translators and editors, agency initials and lone agency names,
  language-version links, lone place tags and hashtags, counters and media-player times, page
  widgets (summaries, feedback, font size), prompts and appeals for support, comment rules and
  reuse notices, section tails in more words and languages ("Related Story", "Other news",
  "Más sobre:"), photo credits in brackets glued to a caption.
* **Boilerplate, fourth round** (:data:`FURNITURE_S6`, :data:`FURNITURE_S6_TAIL`,
  :data:`FURNITURE_S6_FRAGMENTS`): "… is on WhatsApp. Join now!" and "Keep up with the latest
  news" prompts, share buttons, newsletter prompts and tag lists in more languages, counters with
  spaces in their numbers, copyright notes in brackets, stamps with an hour mark, a page number,
  an agency or an "Updated on" stamp, bylines with staff titles, desk initials with slashes,
  "with information from" credits, outlets named by their domain, link-list labels in more
  languages; desk initials and photo credits glued to a paragraph's end.
* **Dateline**: an agency's dash glued to the first word ("Tokyo, March 11 (Jiji Press)--Japanese").
* **Title**: a wire tag before the headline ("(LEAD)", "(2nd LD)") keeps it a headline.
* **Boilerplate, real pages** (:data:`FURNITURE_S9`): stamps with the page's tools or a byline after
  them, credits and sources in brackets, next and previous story links, a CMS's article furniture
  ("Rate this item", "(1 Vote)", "Read 160 times"), comment forms and their rules, paywall prompts,
  bulleted share buttons, lines in Cyrillic only or of signs only.
* **Title, real pages**: the headline under one or two lines of a site's name or menu ("News story",
  "Navigation and service") or under the page's own title ("<headline> - News - <site>"); never a
  caption with a position mark ("(right)"), a line closed by a colon, or a place and a day.

Every pattern must fully match a line (or, for fragments, stand glued at a paragraph's end),
so none can eat an article sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

import newsfacts
from newsfacts.clean import told_chrome
from newsfacts.contributions import Boilerplate, OutletMatch, url_host
from newsfacts.lexicon import load_lexicon
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
#: A month in a stamp, also abbreviated in capitals ("27 MAR 2025"), Spanish ones too ("13 AGO
#: 2025"); datelines keep :data:`MONTH`.
_STAMP_MONTH: Final = rf"(?:{MONTH}|(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC|ENE|ABR|AGO|DIC)\.?)"
DATE: Final = (
    rf"(?:{WEEKDAY}\s+)?(?:{_STAMP_MONTH}\s+{_MDAY}(?:\s*,\s*|\s+)\d{{4}}"
    rf"|{_MDAY}\s+{_STAMP_MONTH}(?:\s*,\s*|\s+)\d{{4}}"
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}\.?|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}|\d{{1,2}}-{MONTH}-\d{{4}}"
    r"|\d{1,2}\.\d{1,2}\.\d{2}(?=[ \t,]|$)|\d{1,2}/\d{1,2}/\d{2}(?=[ \t,]|$))"
)
#: A time zone after a time: "GMT", "GMT+3", "UTC-05:00", "IST", "LOCAL TIME".
_ZONE: Final = (
    r"(?:[ \t]?(?:GMT|UTC)(?:[ \t]?[+-][ \t]?\d{1,2}(?::?\d{2})?)?|[ \t](?i:local time)|[ \t][A-Z]{2,5}|[ \t]Uhr"
    r"|[ \t]?\((?:GMT|UTC)[ \t]?[+-][ \t]?\d{1,2}(?::?\d{2})?\))"
)
TIME: Final = rf"\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?{_ZONE}?"
#: A label before a stamp: "Updated:", "Published On", "Last Update :", "Posted at".
_STAMP_LABEL: Final = (
    r"(?i:(?:last[ \t])?(?:publish(?:ed)?|updated?|posted|modified|created|issued|date)(?:[ \t](?:date|on|at))?"
    r"|(?:actualizado|publicado|atualizado|publié|mis[ \t]à[ \t]jour|aktualisiert|veröffentlicht)"
    r"(?:[ \t](?:el|le|em|am|on))?)"
    r"[ \t]*[:–-]?[ \t]*"
)
#: One part of a stamp: a date, a time, or "2 hours ago", with its label. (The look-ahead holds the label's first
#: letters: at a word no label opens, the regex engine skips the label's case-blind alternatives in one test.)
_STAMP_PART: Final = (
    rf"(?:(?=(?i:[acdilmpuv])){_STAMP_LABEL})?(?:{DATE}(?:,?[ \t]+{WEEKDAY})?|{TIME}"
    r"|(?:\d{1,3}|an?)[ \t](?i:sec|min(?:ute)?|h(?:ou)?r|day|week|month)s?[ \t]ago)"
)
#: What joins the parts of a stamp: spaces, dashes, bars, commas, brackets ("… [ Last Update: …]").
_STAMP_SEP: Final = r"[ \t]*(?:[-–—|,:@•·●()\[\]/][ \t]*|at[ \t]+)*"
#: Up to four capitalized words before a stamp: a byline, a place or the outlet ("Burak Bir |",
#: "ISTANBUL", "KYODO NEWS -", "Ahram Online ,", "All News"); after a bar or dash, up to two more
#: groups of words, each closed by a bar or dash ("World News | Press Trust of India |"). (A word is taken whole,
#: possessively: white space or a comma must follow it, so a shorter one never leads to a match.)
_STAMP_PREFIX: Final = (
    r"(?:[A-Z][\w&.'’-]*+[ \t]?,?[ \t]+){1,4}"
    r"(?:[|–—/●·-][ \t]*(?:(?:(?:[A-Z][\w&.'’-]*|of|the|and)[ \t]?,?[ \t]+){1,5}[|–—/●·-][ \t]*){0,2})?"
)
#: After a stamp: a place or the sections it was filed under ("- KUALA LUMPUR", "| Politics, World").
_STAMP_SUFFIX: Final = r"[ \t]*[-–—|][ \t]*[A-Z][\w'’.-]*(?:,?[ \t]+[A-Z][\w'’.-]*){0,5}"
#: After a stamp: the reading time or the page's counters ("2 min read", "| Views: 412", "· 0 Comments").
_STAMP_COUNT: Final = (
    r"[ \t]*[|·•-]?[ \t]*(?:\d{1,3}[ \t]?min(?:ute)?s?[ \t](?:to[ \t])?read"
    r"|(?i:views?|reads?|comments?)[ \t]?:?[ \t]?\d{1,9}|\d{1,9}[ \t](?i:views?|comments?))"
)
#: A date stamp line: labelled, bylined, with a time and zone, or several stamps in a row; a
#: place or an outlet in brackets after it ("(Lima)"), then the reading time or counters.
STAMP: Final = (
    rf"(?:{_STAMP_PREFIX})?\[?[ \t]*{_STAMP_PART}(?:{_STAMP_SEP}{_STAMP_PART}){{0,3}}"
    rf"(?:[ \t]*[\])]|[ \t]+Adjust font size:?|{_STAMP_SUFFIX}|[ \t]*\([A-Z][\w .'’-]{{1,30}}\))?(?:{_STAMP_COUNT})?"
)
#: A name in a byline or credit: a capitalized word ("Jane", "O'Neil", "DAILY", "al-Maliki").
_NAME: Final = r"[A-Z][\w'’.-]*"
#: "By Jane Doe", "by DAILY SABAH WITH AA", "By Jane Doe and John Roe, Reuters".
BYLINE: Final = rf"(?:By|by|BY):?[ \t]+{_NAME}(?:,?[ \t]+(?:(?:and|with|&)[ \t]+)?{_NAME}){{0,7}}"
#: A field of a wire's header: "Source: Xinhua", "Editor: Wang Lin".
_META_FIELD: Final = (
    r"(?:Source|Editors?|Edited by|Editing by|Writer|Written by|Reporters?|Authors?|Translated by|Compiled by"
    r"|Translators?|Translation|Edition|Text by|Words by|Credits?)"
    r"[ \t]?:[ \t]?[\w][\w'’&-]*(?:(?:[ \t.,]|[ \t]-)[ \t]?[\w][\w'’&-]*){0,6}"
)


#: A share or tool button's label ("Share", "share2", "Print", "READ LATER").
_BUTTON: Final = (
    r"(?:share\d?(?: this(?: article| story)?)?|facebook|twitter|whatsapp|telegram|linkedin|e-?mail|print|tweet"
    r"|pinterest|reddit|copy link|save|bookmark|follow(?: us)?|read later|donate(?: now)?|listen(?: now)?"
    r"|compartir|imprimir|partager|imprimer|teilen|drucken|link kopieren|zur merkliste hinzufügen)"
)


# -- building blocks of the page-furniture entries below (bylines, labels, prompts, credits) ---

#: A person's name alone: two or three capitalized words in mixed case ("Jane Doe", "Goh Li
#: Ting", "Khalid Al Marri", "Omar bin Ali"), never an all-caps place ("NEW DELHI" is a dateline). (The first word
#: is taken whole, possessively: white space must follow it, so a shorter one never leads to a match.)
_PERSON: Final = (
    r"[A-Z][a-z'’][\w'’.-]*+(?:[ \t](?:(?:al|bin|bint|ibn|de|da|del|der|van|von|la|le|el|dos|di)[ \t])?"
    r"[A-Z][\w'’.-]*){1,2}"
)
#: Several names: "Jane Doe, Omar Ali and Tom Quill".
_PERSONS: Final = rf"{_PERSON}(?:(?:,|[ \t]and|[ \t]&)[ \t]{_PERSON}){{0,3}}"
#: Capitalized words run together: "Jane Doe in Lima", "Reuters and AFP".
_NAMES: Final = rf"{_NAME}(?:,?[ \t]+(?:(?:and|&|in|from|at)[ \t]+)?{_NAME}){{0,7}}"
#: A staff title: "correspondent", "Staff Reporter", "Diplomatic editor", "Bureau Chief".
_STAFF_ROLE: Final = (
    r"(?:[A-Z]?[a-z]+[ \t]){0,3}"
    r"(?i:correspondent|reporter|editor|writer|columnist|contributor|journalist|bureau[ \t]chief|producer)s?"
)
#: Who did what for the story: "Reporting by", "Editing by", "Written by".
_CREDIT_ROLE: Final = (
    r"(?:(?:[Aa]dditional[ \t])?[Rr]eporting|[Ww]riting|[Ee]diting|[Ww]ritten|[Ee]dited|[Cc]ompiled|[Tt]ranslated"
    r"|[Pp]roduced|[Rr]eported|[Ff]act-checked|[Gg]raphics|[Pp]hotos?|[Vv]ideo|[Ii]llustrations?)"
)
_CREDIT: Final = rf"{_CREDIT_ROLE}[ \t](?:by|By|BY):?[ \t]+{_NAMES}"
#: A section of a news site, as its label or breadcrumb shows it ("World", "Middle East").
_SECTION: Final = (
    r"(?:Home|News|World(?:[ \t]News)?|Politics|Diplomacy|Nation(?:al)?|International|Region(?:al)?|Local"
    r"|Business|Economy|Opinion|Analysis|Editorial|Features?|Sports?|Culture|Science|Technology|Health"
    r"|Environment|Defen[cs]e|Security|Asia(?:[ \t-]Pacific)?|Africa|Europe|Americas|Middle[ \t]East|Gulf"
    r"|Latin[ \t]America|(?:South|East|Southeast|South-East|Central|West)[ \t]Asia|Arab[ \t]World"
    r"|Foreign[ \t](?:Affairs|Policy|News|Relations)|Global|Breaking(?:[ \t]News)?|Top[ \t]News|Latest|Headlines"
    r"|Eurasia|Caucasus|Balkans|Maghreb|Levant|Pacific|Oceania|(?:South|North|Central)[ \t]America"
    r"|(?:Eastern|Western|Central)[ \t]Europe|Geopolitics|Government|Explainer|Insight|Exclusive"
    r"|Current[ \t]Affairs|International[ \t]Relations|Diplomatic[ \t]Affairs)"
)
#: A few capitalized words: one step of a breadcrumb trail ("Foreign Affairs", "Iran").
_CAPS_PHRASE: Final = r"[A-Z][\w'’&.-]*(?:[ \t][A-Za-z][\w'’&.-]*){0,3}"
#: A social network, newsletter or channel that a prompt asks the reader to follow.
_CHANNEL: Final = (
    r"(?i:telegram|whatsapp|twitter|x|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|google[ \t]news"
    r"|viber|newsletters?|channels?|podcasts?|alerts)"
)
#: A share button naming its network: "Share on Facebook", "Share via Email", "Copy URL".
_SHARE_TO: Final = (
    r"(?i:(?:share|post|send)(?:[ \t](?:this|the)[ \t](?:article|story|page|post))?[ \t](?:on|via|to|by|with)[ \t]"
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|reddit|messenger|viber|flipboard|bluesky|threads"
    r"|vk|weibo|wechat)"
    r"|copy[ \t](?:the[ \t])?(?:url|article[ \t]link|link[ \t]to[ \t]clipboard)"
    r"|link[ \t]copied(?:[ \t]to[ \t](?:the[ \t])?clipboard)?!?"
    r"|(?:print|e-?mail|save|gift|share)[ \t](?:this[ \t])?(?:article|story|page)|(?:text|font)[ \t]size)"
)
#: A role word in a staff blurb: "Jane Doe is the paper's Brussels correspondent."
_BLURB_ROLE: Final = (
    r"(?i:correspondent|reporter|editor|writer|columnist|contributor|journalist|bureau[ \t]chief|fellow|analyst"
    r"|researcher|professor|lecturer)"
)
#: What a sign-off after a dash names: "Bernama", "TIMES/NA", "AFP".
_SIGNOFF: Final = r"[A-Z][A-Za-z&.]{1,14}(?:/[A-Za-z]{1,8}){0,2}"
#: A social network or tool in a row of share buttons.
_NETWORK: Final = (
    r"(?i:e-?mail|facebook|x|twitter|reddit|linkedin|pinterest|flipboard|print|whatsapp|telegram|messenger"
    r"|copy[ \t]link|link[ \t]copied|copied|share|tweet|bluesky|threads)"
)
#: A link of a site's footer: "Contact us", "Privacy Policy", "Terms of Use".
_FOOTER_LINK: Final = (
    r"(?i:contact[ \t]us|about[ \t]us|privacy(?:[ \t]policy)?"
    r"|terms[ \t](?:of[ \t](?:use|service)|(?:and|&)[ \t]conditions)"
    r"|cookie[ \t](?:policy|settings)|advertise(?:[ \t]with[ \t]us)?|careers|sitemap|rss(?:[ \t]feeds?)?"
    r"|(?:(?:[\w.]+[ \t]){0,2}[\w.]+(?:['’]s|s['’])[ \t])?journalistic[ \t]standards(?:[ \t](?:and|&)[ \t]practices)?"
    r"|corrections?(?:[ \t](?:and|&)[ \t]clarifications)?|about[ \t](?:[\w.]+[ \t]){1,2}news)"
)
#: Where a story's material came from: "Xinhua", "Reuters and AFP", "agencies".
_SOURCES: Final = (
    rf"(?:{_NAME}|(?:news[ \t])?agencies|wires)"
    rf"(?:(?:(?:,|[ \t]and|[ \t]&)?[ \t]+|[ \t]?/[ \t]?)(?:{_NAME}|(?:news[ \t])?agencies|wires)){{0,5}}"
)
#: "With input from Xinhua", "with inputs from agencies", "With agency inputs".
_INPUT_FROM: Final = (
    r"[Ww]ith[ \t](?:(?:additional[ \t])?(?:inputs?|reporting|contributions?)[ \t](?:from|by)[ \t]"
    rf"{_SOURCES}|agency[ \t]inputs?|(?:news[ \t])?agencies|{_NAME}[ \t]inputs?)"
)

#: A news agency credited by name: "AFP", "dpa", "Reuters", "Keystone-SDA", "agencies".
_WIRE: Final = (
    r"(?:AFP|AP|Reuters|REUTERS|dpa|DPA|EFE|ANSA|Xinhua|XINHUA|Lusa|LUSA|TASS|Anadolu|Kyodo|KYODO|Yonhap|YONHAP"
    r"|Bernama|BERNAMA|PTI|ANI|IANS|KUNA|WAM|SPA|MENA|Petra|BNS|Keystone-SDA|SDA|ATS|APA|Interfax|IRNA|CNA|AA"
    r"|Tanjug|BTA|CTK|ČTK|MTI|PAP|Ukrinform|Agerpres|HINA|STA|[Aa]gencies|[Ww]ires)"
)
_WIRES: Final = rf"{_WIRE}(?:(?:,|[ \t]and|[ \t]&)?[ \t]{_WIRE}|[ \t]?/[ \t]?{_WIRE}){{0,3}}"
#: A language a page offers the article in ("Read in Arabic", "Japanese version").
_LANGUAGE: Final = (
    r"(?:Arabic|Persian|Farsi|French|Spanish|Portuguese|German|Russian|Ukrainian|Chinese|Japanese|Korean|Turkish"
    r"|Hindi|Urdu|Bengali|Bangla|Indonesian|Malay|Vietnamese|Thai|Albanian|Serbian|Croatian|Bosnian|Macedonian"
    r"|Montenegrin|Bulgarian|Romanian|Hungarian|Polish|Czech|Slovak|Slovenian|Lithuanian|Latvian|Estonian|Finnish"
    r"|Swedish|Norwegian|Danish|Dutch|Italian|Greek|Hebrew|Georgian|Armenian|Azerbaijani|Kazakh|Uzbek|Kyrgyz"
    r"|Tajik|Mongolian|Swahili|Amharic|Pashto|Dari|Kurdish|Sorani|Tamil|Sinhala|Nepali|Burmese|Khmer|Filipino"
    r"|Quechua|Aymara|Guarani|English)"
)
_LANGUAGES: Final = rf"{_LANGUAGE}(?:(?:,|[ \t]and|[ \t]&)?[ \t]{_LANGUAGE}){{0,6}}"
#: Capitalized words naming an outlet or a desk: "The Andean Weekly", "ANW", "ANDES 24".
_OUTLET_WORDS: Final = r"(?:The[ \t])?[A-Z][\w&'’.-]*(?:[ \t][A-Z0-9][\w&'’.-]*){0,3}"
#: A name that does not close with a full stop: an entry whose lines never end in one is not
#: tried against prose lines at all (see :class:`newsfacts.prefilter.LinePatterns`).
_NAME_NO_STOP: Final = r"[A-Z](?:[\w'’.-]*[\w'’])?"

#: Page furniture that the first round's patterns left in bodies (second round). Kinds that
#: the same lines may hold share one entry: a line is tried against each entry its first and
#: last characters admit, so that fewer entries cost prose lines less.
FURNITURE_R2: Final = (
    # Bylines with "By": a stamp after the name ("By Jane Doe in Diplomacy on 9 April 2025",
    # "By ANDES/Jane, in News · 9 Apr 2025, 09:12 · 0 Comments"), the role first ("By
    # political reporter Jane Doe"), an e-mail address after it ("BY JANE DOE [jdoe@example.com]").
    Boilerplate(
        "generic.byline_r2",
        rf"(?:By|BY|by)[ \t]+(?:[^\n·|]{{1,60}}?(?:[ \t]*[·|–—][ \t]*|[ \t]on[ \t]|,[ \t]){STAMP}"
        rf"|(?:[A-Za-z]+[ \t]){{0,2}}(?i:reporter|correspondent|editor|writer|journalist)[ \t]{_PERSONS}"
        rf"|{_OUTLET_WORDS}[ \t](?:staff(?:[ \t](?:writers?|reporters?))?|reporters?|correspondents?|desk|team)\.?)"
        rf"|{BYLINE}[ \t]*[(\[<]?[\w.+-]{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,4}}[)\]>]?",
    ),
    # Staff credits without "By" (a short line): "Jane Doe | El Diario in English", "JANE DOE,
    # Andes staff writer", "The Andean Times staff", "Andes Gazette report", "Political
    # reporter·Andes Herald·", "Jane Doe with AFP, dpa", "Le Diario with AFP".
    Boilerplate(
        "generic.staff_credit_r2",
        rf"(?=[^\n]{{1,100}}+$)(?:{_PERSONS}[ \t]*[|·][ \t]*{_NAME_NO_STOP}"
        rf"(?:[ \t](?:(?:in|of|de|the|and)[ \t])?{_NAME_NO_STOP}){{0,4}}"
        rf"|[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]+){{1,2}}[ \t]*[,|–—-][ \t]*{_STAFF_ROLE}"
        rf"|{_OUTLET_WORDS}[ \t](?:(?:staff(?:[ \t](?:writers?|reporters?))?|reporters?|report|correspondents?|desk"
        r"|team)"
        rf"|(?:with|WITH|and)[ \t]{_WIRES})"
        rf"|{_STAFF_ROLE}(?:[ \t]?[·|][ \t]?{_NAME_NO_STOP}(?:[ \t]{_NAME_NO_STOP}){{0,3}}){{1,2}}[ \t]?·?)",
    ),
    # Agency initials and sign-offs: "J.D.", "ANDES JD MK RT", "ANDES 1125 GMT 2025", "--(Andina)",
    # "andesTV/ JD", an agency alone ("Keystone-SDA", "AFP/Reuters").
    Boilerplate(
        "generic.agency_initials_r2",
        r"[A-Z]{2,5}(?:[ \t][A-Z]{2,3}){2,5}|[A-Z]{2,6}[ \t]\d{4}[ \t](?:GMT|UTC)(?:[ \t]\d{4})?"
        r"|(?:--?|[–—])[ \t]?\([A-Z][A-Za-z]{1,10}\)|[A-Za-z]{2,12}[ \t]?/[ \t]?[A-Z]{2,4}"
        rf"|{_WIRES}",
    ),
    Boilerplate("generic.source_paren", rf"\((?:SOURCES?|[Ss]ources?)[ \t]?:[ \t]?{_SOURCES}\)\.?"),
    # The outlet named alone: by its address ("Andes.pe (Andean News Agency)", "Andes.pe, EFE") or
    # by a newspaper's word ("The Andean Times", "Peru Today"); a country over its section
    # ("PERU / Foreign Affairs").
    Boilerplate(
        "generic.outlet_name",
        rf"[A-Z][\w-]{{1,30}}\.[a-z]{{2,4}}(?:,[ \t]?{_WIRES}|[ \t]\([A-Z][\w .'’-]{{1,40}}\))?"
        r"|(?:The[ \t])?[A-Z][\w&'’.-]*(?:[ \t][A-Z][\w&'’.-]*){0,2}[ \t](?:Times|Post|Herald|Tribune|Gazette|Today"
        r"|World|Daily|Monitor|Insider|Express|Observer|Standard|Guardian|Telegraph|Journal|Chronicle|Review|Weekly)",
    ),
    Boilerplate("generic.country_section", rf"[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?[ \t]?/[ \t]?(?i:{_SECTION})"),
    # Credits written out: "Edited translation from El Diario",
    # "Some information for this report came from Reuters.", "(Japanese original by Jane Doe)",
    Boilerplate(
        "generic.credit_note_r2",
        rf"(?:(?:Edited|Abridged)[ \t])?(?i:translat(?:ion|ed))[ \t](?:from|of)[ \t](?:the[ \t])?"
        rf"{_NAME_NO_STOP}(?:[ \t]{_NAME_NO_STOP}){{0,4}}"
        r"|\((?:[A-Z][a-z]+[ \t])?(?i:original)[ \t](?:article[ \t])?by[ \t][^()\n]{1,100}\)",
    ),
    Boilerplate(
        "generic.information_from",
        r"(?i:some[ \t](?:of[ \t]the[ \t])?(?:information|material)[ \t](?:for|in)[ \t]this[ \t]"
        rf"(?:report|story|article)[ \t](?:came|comes|is)[ \t]from)[ \t]{_SOURCES}\.?",
    ),
    Boilerplate(
        "generic.bracket_credit_fragment",
        r"\[(?<=[ \t]\[)(?:[A-Z]{2,12}|[A-Z][^\[\]\n/]{1,40}/[A-Z][^\[\]\n]{1,40})\][ \t]*$",
        scope="fragment",
    ),
    # Language versions: "Read in Arabic", "Japanese version", "This article is also available in: …".
    Boilerplate(
        "generic.language_version",
        rf"(?i:read|view|see|watch)[ \t](?:this[ \t](?:article|story)[ \t])?in[ \t]{_LANGUAGE}"
        rf"|{_LANGUAGE}[ \t](?:version|edition|original)"
        r"|(?:(?:This|The)[ \t])?(?:[Aa]rticle|[Ss]tory)[ \t](?:is[ \t])?(?:also[ \t])?(?:available[ \t])?"
        rf"in[ \t]?:?[ \t]{_LANGUAGES}"
        r"|(?i:lire[ \t]en[ \t]français|leer[ \t]en[ \t]español|ler[ \t]em[ \t]português|auf[ \t]deutsch[ \t]lesen"
        r"|in[ \t]english)",
    ),
    # Lone place tags: "Lima", "Lima, Cusco", "Lima--", "LIMA, Lima Region".
    Boilerplate(
        "generic.place_tag",
        r"[A-Z][a-z]{2,20}(?:,[ \t][A-Z][a-z]{2,20}){0,2}(?:[ \t]?(?:--|[–—]))?"
        r"|[A-Z]{3,}(?:[ \t][A-Z]{3,})?,[ \t][A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?",
    ),
    Boilerplate("generic.hashtags", r"#\w[\w-]*(?:[ \t]+#?\w[\w-]*){0,10}"),
    # Counters and players: "- Views: 1284", "Full article 4 comments", "0:00 / 2:58".
    Boilerplate(
        "generic.counter",
        r"[-–—•·]?[ \t]?(?i:views?|reads?|comments?|shares?)[ \t]?[:–—-][ \t]?\d{1,9}"
        r"|(?i:full[ \t]article)[ \t]\d{1,5}[ \t](?i:comments?)|\d{1,2}:\d{2}[ \t]?/[ \t]?\d{1,2}:\d{2}(?::\d{2})?",
    ),
    # Page widgets: summaries, feedback, paywall links, font size, e-paper.
    Boilerplate(
        "generic.widgets_r2",
        r"(?i:what[ \t]you[ \t]need[ \t]to[ \t]know|key[ \t](?:points|takeaways)|in[ \t]brief|at[ \t]a[ \t]glance"
        r"|get[ \t]a[ \t](?:quick[ \t])?summary(?:[ \t]with[ \t][A-Z][\w.-]*[\w](?:[ \t][A-Z][\w.-]*[\w]){0,2})?"
        r"|do[ \t]you[ \t]like[ \t](?:the[ \t]content[ \t]of[ \t])?this[ \t](?:article|story)"
        r"|how[ \t]does[ \t]this[ \t](?:article[ \t]|story[ \t])?make[ \t]you[ \t]feel"
        r"|found[ \t]an?[ \t](?:mistake|typo|error)(?:[ \t]in[ \t]this[ \t](?:article|story))?"
        r"|report[ \t]an?[ \t](?:editorial[ \t]|ethics[ \t])?(?:error|issue|typo|mistake)"
        r"|was[ \t]this[ \t](?:article|story)[ \t](?:helpful|useful)"
        r"|check[ \t]out[ \t]our[ \t](?:other[ \t])?(?:content|stories|articles|coverage)"
        r"|(?:kindly|please)[ \t]share[ \t]this[ \t](?:article|story|post|page)"
        r"|download[ \t](?:the[ \t]|our[ \t])?e-?(?:copy|paper|edition))[?:]?"
        r"|(?i:read[ \t]more[ \t](?:with|on|at|from))[ \t][A-Z][\w.-]*[\w](?:[ \t][A-Z][\w.-]*[\w]){0,3}"
        r"|(?i:latest[ \t]news[ \t](?:on|about|from))[ \t][^\n.]{0,59}[\w)]"
        r"|(?i:read[ \t]more[ \t]subscribers?[ \t]only)[ \t][^\n]{0,199}[\w)?!]|A\+[ \t]?A-|A-[ \t]?A\+",
    ),
    # Prompts to subscribe, follow or download: "Subscribe to The Andean Times", "Get the Andina
    # app …", "Get breaking news … straight to your phone", "Like Andina on Facebook, follow …",
    # "Sign up to The Brief, a free newsletter …", "By subscribing, you …".
    Boilerplate(
        "generic.prompt_r2",
        r"(?i:subscribe)[ \t](?:to|for)[ \t](?:the[ \t])?[A-Z][\w.'’-]*(?:[ \t](?:of[ \t])?[A-Z0-9][\w.'’-]*){0,4}"
        r"(?:[ \t]and[ \t][^\n.]{1,60})?[.!]?"
        r"|(?i:get|download)[ \t](?:the[ \t]|our[ \t])?[^\n,\"“”]{1,30}?[ \t](?i:app)\b[^\n\"“”]{0,120}"
        r"|(?i:get)[ \t][^\n]{1,60}?[ \t](?i:(?:straight|directly)[ \t](?:to|into)[ \t]your[ \t](?:phone|inbox|mobile))"
        r"\b[^\n]{0,200}"
        r"|(?i:like)[ \t](?:us|[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})[ \t]on[ \t](?i:facebook)"
        r"(?:[.!]?|[,;]?[ \t](?:and[ \t])?(?i:follow)[ \t][^\n]{1,150})"
        r"|(?i:for[ \t]more[ \t][^\n,]{1,40},[ \t]follow[ \t]us[ \t]on)[ \t][^\n]{1,80}"
        r"|(?i:sign[ \t]up)[ \t](?:for|to)[ \t][^\n]{1,60}\b(?i:newsletter)\b[^\n]{0,200}"
        r"|(?i:by[ \t](?:subscribing|becoming[ \t]a[ \t]member)),?[ \t]you[ \t][^\n]{1,150}",
    ),
    # Appeals and prompts inside a longer line, each behind one rare word (a gate): "Support The
    # Andean Times' journalism", "… quality journalism is more crucial than ever.", "… Click here
    # to join …", "… republishing this content …", "… donations from our readers …".
    Boilerplate(
        "generic.support_journalism",
        r"(?:[^\n]{0,200}[.!?][ \t])?(?i:support)[ \t](?:our|us|independent|quality"
        r"|[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}(?:['’]s?)?)[ \t](?:(?:independent|quality)[ \t])?journalism\b"
        r"[^\n]{0,120}"
        r"|[^\n]{0,150}\bjournalism[ \t]is[ \t](?:more[ \t])?(?:crucial|important|essential|vital|needed)[ \t]than"
        r"[ \t]ever\b[^\n]{0,40}",
    ),
    Boilerplate("generic.click_here", r"[^\n]{1,120}?\b(?i:click[ \t]here[ \t]to)\b[^\n]{0,150}"),
    Boilerplate("generic.republishing", r"[^\n]{0,300}\b(?i:republishing[ \t]this[ \t]content)\b[^\n]{0,200}"),
    Boilerplate(
        "generic.our_readers",
        r"[^\n]{0,300}\b(?i:(?:donations|support|contributions)[ \t]from[ \t]our[ \t]readers)\b[^\n]{0,200}",
    ),
    # Reuse notices, behind their rare words (a gate): "All rights reserved. This material … may
    # not be reproduced …", "Any material taken from this site must be accompanied by a reference
    # …", "A link to Andina is required when using materials".
    Boilerplate(
        "generic.reuse_note",
        # the key phrases with plain spaces: the gate holds them as four words
        r"(?:(?i:all[ \t]rights[ \t]reserved)\.?[ \t])?"
        r"(?i:this[ \t](?:material|content|article)|(?:any|all)[ \t]materials?)"
        r"\b[^\n]{0,120}?\b(?i:may not be (?:reproduced|republished))\b[^\n]{0,300}"
        r"|(?i:(?:any|all)[ \t])?(?i:materials?|content|articles?)\b[^\n]{0,120}?[ \t](?i:must|should)[ \t]be[ \t]"
        r"(?i:accompanied by a )[^\n]{1,120}"
        r"|(?i:(?:a[ \t])?(?:link|reference|hyperlink))[ \t][^\n]{1,60}?[ \t]"
        r"(?i:is required when )(?i:using|quoting|reproducing|republishing|citing|copying)\b[^\n]{0,100}",
    ),
    # Comment rules, contact notes and copyright notices: "Comments will be moderated. …",
    # "Users with an Andes ID can leave comments …", "Please direct questions to
    # [desk@example.com]", "Copyright (c) 2025. …".
    Boilerplate(
        "generic.notice_r2",
        r"(?i:comments?[ \t](?:will|may|are)[ \t](?:be[ \t])?(?:moderated|edited|reviewed|approved|checked"
        r"|pre-moderated))\b[^\n]{0,400}"
        r"|(?i:please[ \t])?(?i:direct|send|e-?mail)[ \t](?:your[ \t])?(?i:questions|comments|feedback|tips)"
        r"[^\n@]{0,60}@[^\n]{1,80}"
        r"|(?:Copyright|COPYRIGHT)[ \t]?(?:\([Cc]\)|©)[^\n]{1,400}"
        r"|(?i:users|readers|you)\b[^\n]{0,60}?[ \t](?i:can[ \t](?:leave|post)[ \t]comments)\b[^\n]{0,200}",
    ),
)


# -- third round (session 5): furniture of national outlets in Spanish, Portuguese, French, German,
# Italian, Dutch, the Nordic and Baltic languages and Polish, and English prompts in more words ---

#: A word of letters only, in any script and case: a month's name in a stamp ("julio", "Fevereiro",
#: "aprill", "maja"), where the rest of the line leaves nothing else it can be.
_S5_WORD: Final = r"[^\W\d_]{3,10}\.?"
#: A date in a stamp, day first ("22 de mayo 2025", "15. Oktober 2026", "18 de Fevereiro de 2026",
#: "17.abr.2025"), month first in any case ("january 15, 2025"), in numbers ("06.11.2025", "11.6.").
_S5_DATE: Final = (
    rf"(?:\d{{1,2}}\.?[ \t](?:de[ \t])?{_S5_WORD}(?:[ \t]de)?,?[ \t]\d{{4}}"
    rf"|{_S5_WORD}[ \t]\d{{1,2}},?[ \t]\d{{4}}|\d{{1,2}}\.[^\W\d_]{{3,5}}\.\d{{4}}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\.\d{1,2}\.)"
)
#: A time in a stamp: "19h30", "17:42h", "07:15 p. m.", "05:00 AM", "21:01:45", "14:36 Uhr", "17:42 IST".
_S5_TIME: Final = (
    r"\d{1,2}(?::\d{2}(?::\d{2})?h?|h\d{2})(?:[ \t]?[ap]\.[ \t]?m\.|[ \t]?[AaPp][Mm]|[ \t]Uhr|[ \t][A-Z]{2,4})?"
)
#: A stamp's label in the languages of national outlets: "Actualizado al", "Publié le", "mis à jour le",
#: "Stand:", "Publisert:", "Päivitetty", "modifica il".
_S5_LABEL: Final = (
    r"(?i:actualizado|publicado|atualizado|publié|publiée|mis[ \t]à[ \t]jour|mise[ \t]à[ \t]jour|stand|publisert"
    r"|oppdatert|päivitetty|julkaistu|aktualisiert|veröffentlicht|published|updated|posted|aggiornato|pubblicato"
    r"|modificato|modifica|gepubliceerd|bijgewerkt|publicerad|uppdaterad|opublikowano|zaktualizowano|udgivet"
    r"|opdateret|avaldatud|uuendatud)"
    r"(?:[ \t](?:el|al|em|le|il|am|on|den|op))?[ \t]?:?[ \t]"
)
#: What joins a date to its time: "às", "a las", "à", "um", "klo", a comma, a dash or a bar.
_S5_JOIN: Final = r"(?:,?[ \t](?:às|a[ \t]las|à|a|at|um|kl\.|klo|kell|om|o|alle)[ \t]|[ \t]?[,|–—-]?[ \t])"
_S5_PART: Final = rf"(?:{_S5_LABEL})?(?:{_S5_WORD},?[ \t])?{_S5_DATE}(?:{_S5_JOIN}{_S5_TIME})?"

#: A capital in any Latin script: "Á", "É", "Ø"; a small letter ("é", "ø"), so that a word in capitals
#: ("ANKARA", a dateline's place) is none of these.
_S5_CAP: Final = r"[A-ZÀ-ÖØ-Þ]"
_S5_LOWER: Final = r"[a-zß-öø-ÿ]"
#: A name in a byline, its words capitalized in any Latin script ("Ignacio Landeros Ávila"), up to four.
_S5_PERSON: Final = (
    rf"{_S5_CAP}[\w'’.-]*(?:[ \t](?:(?:de|da|del|dos|di|van|von|la|le|el|y|e)[ \t])?{_S5_CAP}[\w'’.-]*){{1,3}}"
)

#: Furniture of national outlets (third round). Every entry fully matches a line; the ones that could
#: match inside a sentence too open with ``(?<![^\n])`` (a line's start), so that a search of a whole
#: text (the prefilter tests) finds them only where a line opens.
FURNITURE_S5: Final = (
    # Date stamps in many languages, with their labels, a place before them ("Ciudad de México /")
    # and a second stamp after them ("…, mis à jour le …", "(modifica il … | 19:12)").
    Boilerplate(
        "generic.stamp_s5",
        # a digit among the first characters: the look-ahead fails most prose lines at once
        r"(?<![^\n])(?=[^\d\n]{0,40}\d)"
        r"(?:[A-Z][^\W\d_]+(?:[ \t](?:de[ \t](?:la[ \t])?|del[ \t])?[A-Z][^\W\d_]+){0,3}[ \t]?[/|][ \t])?\(?"
        rf"{_S5_PART}(?:[ \t]?[,|(][ \t]?{_S5_PART}){{0,2}}\)?",
    ),
    # Bylines in other languages: "Por Jane Doe", "par Jane Doe", "di Jane Doe", "Von Jane Doe",
    # "Author: Jane Doe | desk@example.com", "Autor: Jane Doe".
    Boilerplate(
        "generic.byline_s5",
        r"(?<![^\n])"
        rf"(?:Por|por|POR|Par|par|PAR|Di|di|Von|von|Door|door|Af|af|Av|av|Autor(?:a|in)?:|Auteur[ \t]?:|Author:)[ \t]"
        rf"{_S5_PERSON}(?:[ \t]?[|,][ \t]?[\w.+-]{{1,64}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,4}})?",
    ),
    # One capitalized word alone on its line, in mixed case in any Latin script: a place or a topic tag ("Brasília",
    # "Algérie", "Asia-Plus"); no paragraph is one word.
    Boilerplate("generic.lone_word_s5", rf"(?<![^\n]){_S5_CAP}{_S5_LOWER}{{1,24}}(?:-{_S5_CAP}?{_S5_LOWER}{{1,24}})?"),
    # A section's label in other languages, alone on its line (a kicker over the headline).
    Boilerplate(
        "generic.section_s5",
        r"(?<![^\n])(?i:pol[ií]tica|pol[ií]tica[ \t]externa|politique|politik|politiek|polityka|mundo|monde|welt|wereld"
        r"|[sś]wiat|verden|v[aä]rlden|ulkomaat|kotimaa|ausland|inland|buitenland|binnenland|utland|innenriks"
        r"|esteri|internacional(?:es)?|internacionais|international|nación|nacional|naci[oó]n|país|pa[ií]s|gobierno"
        r"|governo|gouvernement|regierung|actualidad|actualité|attualità|econom[ií]a|économie|wirtschaft|sociedad"
        r"|sociedade|société|justicia|opini[oó]n|opinião|noticias|notícias|nachrichten|nieuws|uutiset|wiadomości"
        r"|kraj|uudised|välismaa|news|world)",
    ),
    # Listen, save and share buttons, reading times and counters in other languages.
    Boilerplate(
        "generic.page_tools_s5",
        r"(?<![^\n])(?i:ouvir[ \t]o[ \t]texto|escuch(?:e|ar|a)[ \t](?:este|esta)[ \t](?:art[ií]culo|nota|noticia)"
        r"|écouter[ \t]cet[ \t]article|ascolta(?:[ \t]l['’])?[ \t]?articolo|artikel[ \t](?:anhören|vorlesen|teilen)"
        r"|salvar[ \t]artigos?|guardar[ \t](?:art[ií]culo|nota)|partilhar|compartilhar|comparte[ \t]esta[ \t]noticia"
        r"|compartir[ \t]esta[ \t]noticia|partager[ \t]cet[ \t]article|condividi|deel[ \t](?:dit[ \t])?artikel"
        r"|del[ \t]artikkelen|jaa[ \t]artikkeli|udostępnij|share[ \t](?:this[ \t])?(?:news|on)|like[ \t]this"
        r"|follow[ \t]us|temps[ \t]de[ \t]lecture|lecture|lesezeit|tiempo[ \t]de[ \t]lectura|tempo[ \t]de[ \t]leitura"
        r"|lukuaika|lesetid|czas[ \t]czytania|leestijd)"
        r"(?:[ \t]?:?[ \t]?\d{1,3}[ \t]?(?i:min(?:ute)?s?|minutos?|minuten)\.?|[ \t]?:)?"
        r"|(?i:views?|visitas|vues|aufrufe|visualizações|lecturas)[ \t]?:[ \t]?\d{1,3}(?:[,.]\d{3})*"
        r"|\d{1,3}(?:[,.]\d{3})*[ \t](?i:postings|kommentare|comentarios|comentários|commentaires|commenti|reacties"
        r"|kommentarer|kommentit|komentarzy|kommentaari)",
    ),
    # Source and picture credits in other languages: "Quelle: F.A.Z.", "Bildquelle: dpa", "Fuente: EFE".
    Boilerplate(
        "generic.source_s5",
        r"(?<![^\n])"
        r"(?:Quelle|Bildquelle|Fuente|Fonte|Source|Bron|Kilde|Lähde|Źródło|Foto|Fotos|Crédito|Créditos)[ \t]?:[ \t]?"
        r"[\w][\w&'’./-]*(?:[ \t][\w&'’./-]+){0,4}",
    ),
    # Prompts and paywall notes in other languages, and English prompts in more words.
    Boilerplate(
        "generic.prompt_s5",
        r"(?i:recurso[ \t]exclusivo[ \t]para[ \t]assinantes|assine[ \t]ou[ \t]faça[ \t]login"
        r"|continua[ \t]após[ \t]a[ \t]publicidade|continúa[ \t]después[ \t]de[ \t]la[ \t]publicidad"
        r"|visita[ \t]nuestros[ \t]portales:?|segu[ií][ \t]leyendo|sigue[ \t]leyendo|siga[ \t]lendo|suscr[ií]bete"
        r"|suscribite|assine|abonnez-vous|jetzt[ \t]abonnieren|abbonati)"
        r"|(?i:s[ií]g(?:a|uenos|anos|ue)[ \t](?:las[ \t]noticias[ \t]de[ \t][^\n]{1,30}[ \t])?"
        r"en[ \t]google[ \t]news)\.?"
        r"|(?i:recib[ií][ \t]las[ \t]noticias|recibe[ \t]las[ \t]noticias|receba[ \t]as[ \t]notícias)[^\n]{0,100}"
        r"|(?i:subscribe[ \t]to[ \t](?:the[ \t])?)[A-Z][\w.'’&-]*(?:[ \t](?:&[ \t])?[A-Z][\w.'’&-]*){0,4}[.!]?"
        r"|(?i:get[ \t]a[ \t](?:round-?up|note|digest|summary)\b)[^\n]{0,200}"
        r"|(?i:check[ \t]out[ \t](?:all[ \t])?(?:our[ \t])?newsletters)[.!]?"
        r"|(?i:share[ \t]with[ \t]us[ \t]your[ \t]feedback)[^\n]{0,100}"
        r"|(?i:log[ \t]in,[ \t]register[ \t]or[ \t]subscribe)[^\n]{0,100}"
        r"|(?i:(?:normal|larger|large|very[ \t]large|small|smaller)[ \t]text[ \t]size)"
        r"|(?i:support)[ \t][A-Z][\w.'’&-]*(?:[ \t][A-Z][\w.'’&-]*){0,2}"
        r"[ \t](?i:or[ \t]become[ \t]our[ \t]patron)[.!]?",
    ),
    # "Andes Brief newsletter: your guide to …": a newsletter's pitch (an entry of its own, so that its
    # gate, the word "newsletter", keeps it from articles that lack it).
    Boilerplate("generic.newsletter_pitch_s5", r"[^\n]{0,80}\b(?i:newsletter):[^\n]{0,200}"),
    # "Stay informed with The Daily – …": a prompt naming the outlet, however long its line.
    Boilerplate(
        "generic.stay_informed_s5",
        r"(?i:stay[ \t](?:informed|updated|connected)[ \t]with)[ \t](?:The[ \t])?[A-Z][^\n]{0,400}",
    ),
    # A related link with its label, in other languages: "Le puede interesar: <headline>",
    # "Te recomendamos: …", "Lue myös: …", "Czytaj także: …".
    Boilerplate(
        "generic.read_more_link_s5",
        r"(?<![^\n])(?i:le[ \t]puede[ \t]interesar|te[ \t]puede[ \t]interesar|puede[ \t]interesarle|te[ \t]recomendamos"
        r"|lea[ \t]también|lee[ \t]también|vea[ \t]también|ver[ \t]también|mirá[ \t]también|leia[ \t]também"
        r"|veja[ \t]também|saiba[ \t]mais|lire[ \t]aussi|à[ \t]lire[ \t]aussi|voir[ \t]aussi|lesen[ \t]sie[ \t]auch"
        r"|auch[ \t]interessant|weiterlesen|leggi[ \t]anche|bekijk[ \t]ook|lees[ \t]ook|lue[ \t]myös|les[ \t]også"
        r"|läs[ \t]också|læs[ \t]også|loe[ \t]ka|czytaj[ \t](?:także|też|więcej)|zobacz[ \t](?:także|też)"
        r"|more[ \t]related[ \t]stories)"
        r"[ \t]?[:|»›–—-][ \t]?\S[^\n]{0,200}",
    ),
)
#: The same labels alone on their line: a tail at the page's end, a link header between paragraphs
#: (it takes the headline line after it).
FURNITURE_S5_TAIL: Final = (
    Boilerplate(
        "generic.related_s5",
        r"(?<![^\n])(?i:le[ \t]puede[ \t]interesar|te[ \t]puede[ \t]interesar|te[ \t]recomendamos|lea[ \t]también"
        r"|vea[ \t]también|mirá[ \t]también|veja[ \t]também|saiba[ \t]mais|voir[ \t]aussi|lesen[ \t]sie[ \t]auch"
        r"|weiterlesen|leggi[ \t]anche|bekijk[ \t]ook|lees[ \t]ook|lue[ \t]myös|les[ \t]også|läs[ \t]också"
        r"|læs[ \t]også|loe[ \t]ka|czytaj[ \t](?:także|też)|zobacz[ \t](?:także|też)|more[ \t]related[ \t]stories"
        r"|temas(?:[ \t]relacionados)?|tópicos|etiquetas|palabras[ \t]clave|mots-clés|thèmes|schlagwörter|themen"
        r"|argomenti|onderwerpen|aiheet|emner|tematy|tagi|teemad)[ \t]?:?",
        scope="tail",
    ),
)


#: A social network or messenger a page asks to follow it on.
_S6_NETWORK: Final = (
    r"(?:WhatsApp|LINE|Line|Telegram|Viber|Signal|Google[ \t]News|Instagram|TikTok|YouTube|Facebook|Threads|X|Twitter)"
)
#: Furniture of national outlets (fourth round): prompts to follow a channel, share buttons and
#: tag lists in more languages, counters with spaces in their numbers, copyright notes in brackets,
#: stamps with an hour mark, a page number or an agency in them, bylines with a staff title, desk
#: initials with slashes, "with information from" credits. Every entry fully matches a line (one
#: fragment: desk initials glued to a paragraph's end after a slash).
FURNITURE_S6: Final = (
    # "Kurdistan24 is on WhatsApp. Join now!", "The Daily is on LINE. Add us @thedaily"
    Boilerplate(
        "generic.channel_prompt_s6",
        rf"(?<![^\n])[A-Z][\w.'’&-]*(?:[ \t][A-Z0-9][\w.'’&-]*){{0,4}}"
        rf"[ \t]is[ \t](?:now[ \t])?on[ \t]{_S6_NETWORK}[.!]?"
        r"(?:[ \t](?i:join|add|follow|subscribe|click|tap)[^\n]{0,80})?",
    ),
    # "Keep up with the latest news. Follow The Daily on Google News."
    Boilerplate(
        "generic.keep_up_s6",
        r"(?i:keep[ \t]up[ \t](?:to[ \t]date[ \t])?with[ \t]the[ \t]latest[ \t](?:news|updates|stories|headlines))[.!]?"
        r"(?:[ \t](?i:follow|subscribe|join|download|sign[ \t]up)[^\n]{0,100})?",
    ),
    # Share buttons in more languages: "Compartir en Facebook", "Zdieľať", "Podelite vest:", "Sdílet".
    Boilerplate(
        "generic.share_s6",
        r"(?<![^\n])(?i:compartir(?:[ \t]en[ \t](?:facebook|x|twitter|whatsapp|linkedin|telegram|e-?mail))?"
        r"|compartilhar[ \t]no[ \t](?:facebook|x|twitter|whatsapp)|zdieľať|sdílet|podelite(?:[ \t]vest)?|podeli"
        r"|podijeli|podijelite|dalintis|dalīties|jaga|megosztás|paylaş|distribuie|partajează"
        r"|share[ \t]on[ \t](?:facebook|x|twitter|whatsapp|linkedin|telegram))[ \t]?:?",
    ),
    # "Suscríbase a nuestro boletín", "Suscríbete a nuestro canal de WhatsApp"
    Boilerplate(
        "generic.newsletter_s6",
        r"(?<![^\n])(?i:suscr[ií]b(?:a|e|í)se|suscr[ií]bete|suscribite|inscr[ií]bete|reg[ií]strate|únete|unite)"
        r"[ \t](?i:a|al|en)[ \t](?i:nuestro|nuestros|nuestra|el|la)[ \t](?i:bolet[ií]n|newsletter|canal)[^\n]{0,60}",
    ),
    # A list of tags with its label: "Oznake: Hrvatska, Slovenija", "En este artículo: Caribe, Cuba".
    Boilerplate(
        "generic.tags_s6",
        r"(?<![^\n])(?i:oznake|tagovi|klju[čc]ne[ \t]rije[čc]i|klju[čc]ne[ \t]re[čc]i|štítky|značky|tagy|címkék"
        r"|etichete|cuvinte[ \t]cheie|en[ \t]este[ \t]art[ií]culo|in[ \t]this[ \t]article|neste[ \t]artigo"
        r"|dans[ \t]cet[ \t]article|in[ \t]diesem[ \t]artikel)[ \t]?:[ \t]?"
        r"[^\n,.;:!?]{1,40}(?:,[ \t][^\n,.;:!?]{1,40}){0,15}",
    ),
    # Counters with a space in the number: "Views: 1 248".
    Boilerplate(
        "generic.views_s6",
        r"(?<![^\n])(?i:views?|visitas|vues|aufrufe|visualizações|lecturas|pregledi|zobrazenia|zhlédnutí)[ \t]?:?"
        "[ \t]?\\d{1,3}(?:[ \u00a0\u202f,.]\\d{3})+",
    ),
    # A copyright note in brackets: "[Copyright The Daily Press, Ltd.]", "(c) 2025 The Daily".
    Boilerplate("generic.copyright_bracket_s6", r"\[(?i:copyright|©)[ \t][^\n\]]{1,80}\]\.?"),
    # Prompts: "If you notice an error, please highlight it and press Ctrl+Enter.", "Already a member? Login
    # here", "Watch the latest edition of The Business Hour".
    Boilerplate(
        "generic.prompt_s6",
        r"(?i:if[ \t]you[ \t](?:notice|see|find|spot)[ \t]an?[ \t](?:error|mistake|typo))[^\n]{0,80}"
        r"(?i:ctrl|report[ \t]it|let[ \t]us[ \t]know|contact[ \t]us)[^\n]{0,40}"
        r"|(?i:already[ \t]a[ \t](?:member|subscriber)\?)[ \t]?(?i:log[ \t]?in|sign[ \t]in)(?:[ \t]here)?[.!]?"
        r"|(?i:watch[ \t]the[ \t]latest[ \t](?:edition|episode)[ \t]of)[ \t][A-Z][^\n.!?]{0,60}",
    ),
    # Stamps: an hour mark or a page number after the time ("9 Nov 2026 | 18:32 h", "Miércoles, 12 de Agosto de 2026
    # a las 14:25 hrs.", "Jueves 15 de enero de 2026, p. 4"), the time first ("9:37pm Oct 2"), an agency in brackets
    # ("June 6 (BTA) 10:05"), an Arabic comma ("27 March، 2025"), a second stamp after "Updated on".
    Boilerplate(
        "generic.stamp_s6",
        # a digit among the first characters, and a line no longer than a stamp: most prose lines fail at once
        r"(?<![^\n])(?=[^\d\n]{0,40}\d)(?=[^\n]{0,160}$)(?:"
        rf"(?:{_S5_WORD},?[ \t])?{_S5_DATE}"
        rf"(?:{_S5_JOIN}{_S5_TIME}[ \t]?(?:h|hrs?|horas)\.?|(?:,[ \t]p\.[ \t]?\d{{1,3}}))"
        rf"|\d{{1,2}}:\d{{2}}[ \t]?[ap]\.?m\.?[ \t]{MONTH}[ \t]\d{{1,2}}(?:,?[ \t]\d{{4}})?"
        rf"|{MONTH}[ \t]\d{{1,2}}(?:,?[ \t]\d{{4}})?[ \t]\([A-Z]{{2,8}}\)[ \t]\d{{1,2}}:\d{{2}}"
        rf"|\d{{1,2}}[ \t]{MONTH}،[ \t]?\d{{4}}"
        rf"|(?=[^\n]{{8,80}}(?i:updated|modified))"
        rf"{STAMP}\.?[ \t](?i:updated|last[ \t]updated|modified)(?:[ \t](?i:on|at))?:?[ \t]{STAMP}\.?)",
    ),
    # A section, a byline and a stamp on one line: "Local | Jane Doe 31 Mar 2026 8:12 pm"; a section "of" a day:
    # "Politics of Wednesday, 7 May 2025".
    Boilerplate(
        "generic.section_stamp_s6",
        rf"(?<![^\n])[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]\|[ \t]{_S5_PERSON}[ \t]{DATE}[ \t]{TIME}"
        rf"|(?<![^\n])[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]of[ \t]{WEEKDAY}[ \t]\d{{1,2}}[ \t]{MONTH}[ \t]\d{{4}}",
    ),
    # Bylines: with a staff title ("By Jane Doe, 1News Political Reporter"), "Por:" with a colon, two names
    # joined by "y" or "e" ("Ana Ruiz y Luis Pérez"), a staff title alone ("CTVNews.ca Parliamentary Bureau
    # Online Producer"), an agency's credits ("AGERPRES (RO - author: …, editor: …)").
    Boilerplate(
        "generic.byline_s6",
        rf"(?<![^\n])(?:By|by|BY)[ \t]{_S5_PERSON},[ \t](?:[A-Z0-9][\w.'’&-]*[ \t]){{0,4}}"
        r"(?i:reporter|correspondent|editor|writer|producer|journalist|columnist|contributor)"
        rf"|(?<![^\n])(?:Por|POR|Par|PAR):[ \t]{_S5_PERSON}"
        rf"|(?<![^\n])(?=[^\n]{{3,60}}[ \t][ye][ \t]){_S5_PERSON}[ \t](?:y|e)[ \t]{_S5_PERSON}"
        r"|(?<![^\n])(?=[^\n]{0,80}(?:Bureau|Desk|Staff))(?:[A-Z][\w.'’&-]*[ \t]){1,5}(?:Bureau|Desk|Staff)[ \t]"
        r"(?:[A-Z][\w'’-]*[ \t]){0,2}"
        r"(?:Producer|Reporter|Correspondent|Writer|Editor|Journalist)"
        r"|(?<![^\n])(?=[A-Za-z]{3,16}[ \t]\()[A-Z][A-Za-z]{2,15}[ \t]\("
        r"(?:[A-Z]{2}[ \t]-[ \t])?(?i:author|autor)[ \t]?:[^\n]{1,200}\)",
    ),
    # Desk initials with slashes or dots, alone on their line: "RCL // VM", "R.J / H.Z", "M.N", "/NT/"
    # (a place in capitals alone, a dateline's, has neither).
    Boilerplate(
        "generic.desk_initials_s6",
        r"(?<![^\n])/?[A-Z]{1,4}(?:\.[A-Z]{1,3}){0,3}(?:(?:[ \t]?//?[ \t]?|\.)[A-Z]{1,4}(?:\.[A-Z]{1,3}){0,3}){1,3}/?"
        r"|(?<![^\n])/[A-Z]{1,4}/",
    ),
    # "(Con información de Cubaminrex)", "(With information from Xinhua)": a source credit in brackets.
    Boilerplate(
        "generic.information_from_s6",
        r"\((?i:con[ \t]informaci[oó]n[ \t]de|com[ \t]informações[ \t]d[aoe]s?|with[ \t](?:information|reporting)"
        r"[ \t]from|avec[ \t]des[ \t]informations[ \t]de)[ \t][^\n)]{1,60}\)",
    ),
    # "Published at : The Daily": a stamp's label before the outlet, with no date.
    Boilerplate(
        "generic.published_at_s6",
        r"(?<![^\n])(?i:published[ \t](?:at|in|by))[ \t]?:[ \t]?[A-Z][\w'’&.-]*(?:[ \t][A-Z][\w'’&.-]*){0,3}",
    ),
    # An agency and its place: "QNA | Doha".
    Boilerplate("generic.agency_place_s6", r"(?<![^\n])[A-Z]{2,6}[ \t]\|[ \t][A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?"),
    # An outlet named by its domain, with a service or a place: "LSM.lv English Service", "Emol.com - Santiago, Chile".
    Boilerplate(
        "generic.outlet_domain_s6",
        r"(?<![^\n])[A-Z][\w-]*\.(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?"
        r"(?:(?:[ \t][A-Z][\w]*){1,3}|[ \t]?[-–—|][ \t]?[A-Z][\w'’.-]*(?:,?[ \t][A-Z][\w'’.-]*){0,3})",
    ),
)
#: Labels over a list of links at the page's end, in more languages: "MÁS NOTICIAS", "Ver además:",
#: "Najnovije vesti", "Read more from Asia".
FURNITURE_S6_TAIL: Final = (
    Boilerplate(
        "generic.related_s6",
        r"(?<![^\n])(?i:más[ \t]noticias|ver[ \t]además|otras[ \t]noticias|últimas[ \t]noticias|najnovije(?:[ \t]vesti"
        r"|[ \t]vijesti)?|povezane[ \t](?:vesti|vijesti)|pro[čc]itajte[ \t](?:još|i)|související[ \t]články"
        r"|súvisiace[ \t]články|čítajte[ \t]aj|kapcsolódó[ \t]cikkek|citește[ \t]și"
        r"|read[ \t]more[ \t](?:from|on|about)[ \t][A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})[ \t]?:?",
        scope="tail",
    ),
)
#: Desk initials glued to the last paragraph after a slash: "… chairmanship. / KJA".
FURNITURE_S6_FRAGMENTS: Final = (
    Boilerplate(
        "generic.desk_initials_fragment_s6",
        r"/(?<=[.!?\"”’)][ \t]/)(?:[ \t]?[A-Z]{2,4}|[A-Z]{1,4}/)[ \t]?$",
        scope="fragment",
    ),
    # A photo credit glued to its caption's full stop: "… on Wednesday.Jane Doe/The Daily Press".
    Boilerplate(
        "generic.photo_credit_fragment_s6",
        r"[A-Z](?<=[a-z]\.[A-Z])[\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2}"
        r"/(?:The[ \t])?[A-Z][\w&'’.-]*(?:[ \t][A-Z][\w&'’.-]*){0,3}$",
        scope="fragment",
    ),
)


#: A word that names an outlet's service or language edition after its name ("RÚV English", "Daily Online",
#: "NRK Nyheter", "ANP Nieuws", "Example Zeitung", "Суспільне Новини").
_S7_SERVICE: Final = (
    r"(?:English|Online|Nyheter|Nyheder|Nieuws|Nachrichten|Noticias|Notícias|Novosti|Vesti|Vijesti|Uutiset"
    r"|Wiadomości|Zprávy|Správy|Hírek|Zeitung|Новини|Новости|Web[ \t]Team|Web[ \t]Desk|Digital[ \t]Desk"
    r"|Politics[ \t]Hub|Broadcasting[ \t]Corporat(?:e|ion)(?:[ \t](?:S\.C\.|Ltd\.?|PLC|Plc))?)"
)
#: A verb asking the reader to follow, download or subscribe, in the languages of national outlets.
_S7_FOLLOW: Final = (
    r"(?i:kövesse|kövess|pratite|sledite|sledujte|śledź|obserwuj|folgen[ \t]sie|suivez|seguici|síguenos|volg"
    r"|følg|följ|seuraa|sekite|sekojiet|jälgi|підписуйтесь|підпишіться|подписывайтесь|подпишитесь|слідкуйте"
    r"|stay[ \t]connected[ \t]with)"
)
#: Furniture of national outlets (fifth round): the outlet named alone with its service or agency words,
#: stamps with "kl"/"klo" and times with a full stop, dates closed by a full stop (day, month and year), a day
#: and month with no year, a zone after a comma, a place before a bullet; share buttons and follow or
#: download prompts in more languages; photo, editor and translation credits; sign-offs and desk codes in
#: lower case; an agency after its place; newsletter and support pitches. Every entry fully matches a line.
FURNITURE_S7: Final = (
    # The outlet alone: "Example English", "Example Nyheter", "Web Team", "ABC - Example News Agency",
    # "ABC – Example novinska agencija", "Коммерсантъ" (one word in Cyrillic, as lone_word_s5 in Latin script).
    Boilerplate(
        "generic.outlet_service_s7",
        rf"(?<![^\n])(?=[^\n]{{3,60}}$)(?:[A-Z0-9À-ÖØ-ÞА-ЯЁЄІЇҐ][\w&'’.-]*[ \t]){{1,3}}{_S7_SERVICE}"
        r"|(?<![^\n])[A-Z]{2,6}[ \t][-–—][ \t](?:[\w'’.-]+[ \t]){0,4}"
        r"(?i:agency|agencija|agencia|agência|agence|agentur|agenzia|ajansı|agentúra|agentura|ügynökség|агентство"
        r"|агенція)"
        r"|(?<![^\n])[А-ЯЁЄІЇҐ][а-яёєіїґʼ'ъь]{2,24}",
    ),
    # Stamps: "Publicerad 3 mars 2026 kl 09.15", "Publisert 03.03.2026, kl. 09.15", "03.03.2026. 09:15",
    # "3. mar. 2026. 09:15", "Issued on: 03/03 - 09:15", "Tuesday 3 March 2026 09:15, UK",
    # "Lima, Peru • Updated: Mar 3, 2026, 09:15 PET".
    Boilerplate(
        "generic.stamp_s7",
        r"(?<![^\n])(?=[^\d\n]{0,40}\d)(?=[^\n]{0,120}$)(?:"
        rf"(?:{_S5_LABEL})?{_S5_DATE},?[ \t](?:kl\.?|klo\.?|kello|um|o|at)[ \t]\d{{1,2}}[.:]\d{{2}}"
        r"|\d{1,2}\.[ \t]?(?:\d{1,2}|[^\W\d_]{3,4})\.[ \t]?\d{4}\.?[ \t]\d{1,2}[:.]\d{2}"
        rf"|{_STAMP_LABEL}\d{{1,2}}/\d{{1,2}}[ \t]?[-–—,][ \t]?\d{{1,2}}:\d{{2}}"
        rf"|(?:{WEEKDAY}[ \t])?\d{{1,2}}[ \t]{MONTH}[ \t]\d{{4}}[ \t]\d{{1,2}}:\d{{2}},[ \t][A-Z]{{2,4}}"
        rf"|[A-Z][\w'’.-]*(?:,?[ \t][A-Z][\w'’.-]*){{0,3}}[ \t][•·][ \t]{STAMP})",
    ),
    # Share buttons: "Dela artikeln:", "Dela på X", "Del artiklen", "Partager sur Facebook", "Teilen auf X".
    Boilerplate(
        "generic.share_s7",
        r"(?<![^\n])(?i:dela|del|deel|jaa|partager|teilen|condividi)"
        r"(?:[ \t](?i:artikeln|artiklen|artikkelen|artikel|artikkeli|cet[ \t]article)"
        r"|[ \t](?i:på|sur|auf|on|op|su)[ \t](?i:facebook|x|twitter|linkedin|whatsapp|telegram|e-?mail|messenger"
        r"|bluesky))[ \t]?:?",
    ),
    # Follow and download prompts: "Kövesse az Example-t", "Pratite nas na društvenim mrežama", "Suivez Example sur
    # Google Actualités", "Preuzmite Example aplikaciju", "Підписуйтесь на Example у Telegram".
    Boilerplate(
        "generic.follow_s7",
        rf"(?<![^\n])(?=[^\n]{{4,100}}$){_S7_FOLLOW}[ \t][^\n.!?]{{1,80}}[.!]?"
        r"|(?<![^\n])(?=[^\n]{4,100}$)(?i:preuzmite|pobierz|stáhněte|töltse[ \t]le|descargue|baixe|téléchargez"
        r"|laden[ \t]sie|scarica)[ \t][^\n]{0,40}(?i:aplikacij\w*|aplikac\w*|app\w*|applicazione|application"
        r"|aplicación|aplicativo|alkalmazás\w*)[^\n]{0,40}",
    ),
    # Link labels in Cyrillic: "Читайте також: <headline>", "Читайте также"; a photo credit: "Фото: Example".
    Boilerplate(
        "generic.read_also_s7",
        r"(?<![^\n])(?i:читайте[ \t](?:також|также|тоже)|дивіться[ \t]також|смотрите[ \t]также)[ \t]?:?"
        r"(?:[ \t]\S[^\n]{0,200})?"
        r"|(?<![^\n])(?:Фото|Джерело|Источник)[ \t]?:[ \t]?[^\n]{1,60}",
    ),
    # Credits: "Photo by Jane Doe/EXA-AGENCY", "(Web editor: Li Wen, Zhao Min)", "Translated and edited by Radio
    # Example", "—ABC, Example Integrated News", "Political correspondent @janedoe".
    Boilerplate(
        "generic.credit_s7",
        rf"(?<![^\n]){_CREDIT_ROLE}[ \t](?:by|By):?[ \t]{_PERSON}[ \t]?/[ \t]?"
        r"[A-Z][\w&-]*(?:[ \t/][A-Z][\w&-]*){0,2}"
        r"|(?<![^\n])\((?i:web[ \t])?(?i:editors?|edited[ \t]by|reporters?|writers?)[ \t]?:[ \t]?[^\n()]{1,80}\)"
        r"|(?<![^\n])(?i:translated|edited|written|compiled|adapted)[ \t](?:and|&)[ \t]"
        r"(?i:translated|edited|written|compiled|adapted)[ \t](?:by|By)[ \t][A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,5}"
        r"|(?<![^\n])[—–-]{1,2}[ \t]?[A-Z]{2,4}(?:/[A-Z]{2,4})?,[ \t][A-Z][\w&-]*(?:[ \t][A-Z][\w&-]*){0,3}"
        rf"|(?<![^\n]){_STAFF_ROLE}[ \t]@\w{{2,30}}",
    ),
    # Desk codes: "/j.d/", "ab/ cd/", an agency after its place alone on its line: "Lima, ABC".
    Boilerplate(
        "generic.desk_code_s7",
        r"(?<![^\n])/[a-z]{1,3}(?:\.[a-z]{1,3}){0,2}/"
        r"|(?<![^\n])[a-z]{2,3}/(?:[ \t]?[a-z]{2,3}/){0,3}"
        r"|(?<![^\n])[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?,[ \t][A-Z]{2,5}",
    ),
    # An agency in brackets and a desk's initials: "(ABC) J.D." (an entry of its own: its first character is
    # one that prose lines seldom open with, so that they are not tried against it).
    Boilerplate("generic.agency_initials_s7", r"(?<![^\n])\([A-Z]{2,6}\)[ \t](?:[A-Z]\.){1,3}"),
    # Pitches: "Daily newsletter", "Receive the essential news every morning", "Keep up to date with the news by
    # downloading the Example app", "Subscribe to Example e-paper", "Get your news on the go. Download …", "Get the
    # Example delivered - subscribe today", "Support Example's independent online newspaper", "We welcome the
    # submission of articles for publication on Example.", "Story highlights".
    Boilerplate(
        "generic.pitch_s7",
        r"(?<![^\n])(?i:daily|weekly|free|our)[ \t](?i:newsletters?)"
        r"|(?<![^\n])(?i:receive|get)[ \t][^\n]{0,50}\b(?i:news)[ \t](?i:every|each)[ \t]"
        r"(?i:morning|day|evening|week)[.!]?"
        r"|(?<![^\n])(?i:keep|stay)[ \t](?i:up[ \t]to[ \t]date|informed)[^\n]{0,80}"
        r"(?i:download(?:ing)?|subscrib(?:e|ing)|follow(?:ing)?)[^\n]{0,60}(?i:app|newsletter|channel)[.!]?"
        r"|(?<![^\n])(?i:subscribe[ \t]to)[ \t][^\n]{1,40}(?i:e-?paper|newsletter|channel|podcast)[.!]?"
        r"|(?<![^\n])(?i:get[ \t]your[ \t]news[ \t]on[ \t]the[ \t]go)[.!]?(?:[ \t][^\n]{0,150})?"
        r"|(?<![^\n])(?i:get)[ \t][^\n]{1,40}[ \t](?i:delivered)[^\n]{0,20}(?i:subscribe)[^\n]{0,30}"
        r"|(?<![^\n])(?i:support)[ \t][^\n]{0,60}(?i:independent)[^\n]{0,40}"
        r"(?i:newspaper|journalism|media|news[ \t]site)[.!]?"
        r"|(?<![^\n])(?i:we[ \t](?:welcome|accept|invite))[ \t][^\n]{0,60}(?i:submissions?)[^\n]{0,80}"
        r"(?i:publication)[^\n]{0,60}"
        r"|(?<![^\n])(?i:story[ \t]highlights|key[ \t]highlights)",
    ),
)


#: Furniture of real pages read in session 9 (news sites, ministries' and presidencies' press pages,
#: Joomla and other CMS pages). Every entry fully matches a line.
FURNITURE_S9: Final = (
    # A stamp with the page's tools or a byline after it: "Posted on: May 01, 2026 | Back | Print",
    # "Published: 14th March 2026 11:37 AM | Last Updated: … | A+A-", "18 March 2026 - 10:12 By Andes Post".
    Boilerplate(
        "generic.stamp_tools_s9",
        rf"(?<![^\n])(?=[^\d\n]{{0,40}}\d){STAMP}"
        rf"(?:[ \t]*[|•·–—-]?[ \t]*{BYLINE}"
        rf"|(?:[ \t]*[|•·][ \t]*(?i:{_BUTTON}|back|top|a\+[ \t]?a-|a-[ \t]?a\+))+)",
    ),
    # Dates a stamp does not take: "Wednesday, 18, March, 2026" (commas between every part), "17 Mar. 16:00"
    # (a day and a time, no year).
    Boilerplate(
        "generic.date_line_s9",
        rf"(?<![^\n]){WEEKDAY}[ \t]*,?[ \t]*{_MDAY},[ \t]*{MONTH},[ \t]*\d{{4}}"
        rf"|(?<![^\n]){_MDAY}[ \t]{_STAMP_MONTH}[ \t]{TIME}",
    ),
    # Credits and sources in brackets: "(Photo | AP)", "[Photo: Andes]", "[Source: ANDA]", "(Source: Andes Post)",
    # "(ANDA/Jane/JD)", an agency in brackets closed by a bar: "(ANDA) |".
    Boilerplate(
        "generic.bracket_credit_s9",
        r"(?<![^\n])[(\[](?i:photos?|images?|file[ \t]photo|pictures?|video|source|sources|courtesy|via)"
        r"[ \t]?[|:/][ \t]?[^\n()\[\]]{1,60}[)\]]"
        r"|(?<![^\n])\([A-Z]{2,6}(?:/[A-Z][\w'’-]{1,15}){1,4}\)"
        r"|(?<![^\n])\([A-Z][A-Za-z]{1,10}\)[ \t]?[|/]",
    ),
    # Links to the next and the previous story: "Previous story: <headline>", "Next article »", "« Older post".
    Boilerplate(
        "generic.story_nav_s9",
        r"(?<![^\n])(?:[«‹←<][ \t]?)?(?i:previous|prev|next|older|newer)[ \t]"
        r"(?i:story|article|post|news|item|entry|page)(?:[ \t]?[:»›→>][ \t]?[^\n]{0,200})?",
    ),
    # Joomla's article furniture: "Written by", "Rate this item", "(1 Vote)", "Read 160 times", "Hits: 1234";
    # a "Back to <section>" link.
    Boilerplate(
        "generic.cms_meta_s9",
        r"(?<![^\n])(?i:written[ \t]by|rate[ \t]this[ \t](?:item|article|story|post))"
        r"|(?<![^\n])\(\d{1,6}[ \t](?i:votes?)\)"
        r"|(?<![^\n])(?i:read|viewed|seen)[ \t]\d{1,3}(?:[ ,.]?\d{3})*[ \t](?i:times)"
        r"|(?<![^\n])(?i:hits)[ \t]?:[ \t]?\d{1,9}"
        r"|(?<![^\n])(?i:back[ \t]to)[ \t](?:the[ \t])?[A-Za-z][\w'’&-]*(?:[ \t][A-Za-z][\w'’&-]*){0,3}",
    ),
    # Comment forms: "No comments", fields ("Name *", "comment : *", "Email:*", "Show email", "Verification code :
    # Refresh", "Write code :") and the rules under them ("All comments are reviewed …", "<Outlet> reserves the
    # right to delete any comment …").
    Boilerplate(
        "generic.comment_form_s9",
        r"(?<![^\n])(?i:no|zero)[ \t](?i:comments?)(?:[ \t](?:yet|so[ \t]far))?[.!]?"
        r"|(?<![^\n])(?i:(?:your[ \t])?(?:full[ \t])?(?:name|e-?mail(?:[ \t]address)?|comment|message|website))"
        r"[ \t]?:?[ \t]?\*[ \t]?:?"
        r"|(?<![^\n])(?i:show|hide)[ \t](?i:e-?mail)"
        r"|(?<![^\n])(?i:verification|security|captcha)[ \t](?i:code)[ \t]?:?(?:[ \t]?(?i:refresh))?"
        r"|(?<![^\n])(?i:write|enter|type)[ \t](?:the[ \t])?(?i:code)(?:[ \t](?i:shown|above|below))?[ \t]?:?"
        r"|(?<![^\n])(?i:all[ \t]comments[ \t](?:are|will[ \t]be)[ \t](?:reviewed|moderated|checked))[^\n]{0,200}"
        r"|(?<![^\n])[A-Z][^\n]{0,60}[ \t](?i:reserves?[ \t]the[ \t]right[ \t]to[ \t](?:delete|remove|edit|reject))"
        r"[ \t](?:any[ \t])?(?i:comments?)\b[^\n]{0,1000}",
    ),
    # Paywall prompts: "Please register to access this content.", "This content is for our paying subscribers
    # only", "To continue reading, please sign in or create a free account".
    Boilerplate(
        "generic.paywall_s9",
        r"(?<![^\n])(?i:please[ \t](?:register|log[ \t]?in|sign[ \t]?in|subscribe)[ \t](?:now[ \t])?to[ \t]"
        r"(?:access|read|view|continue|see))[^\n]{0,80}"
        r"|(?<![^\n])(?i:this[ \t](?:content|article|story|page)[ \t]is[ \t](?:only[ \t])?(?:for|available[ \t]to"
        r"|reserved[ \t]for|exclusive[ \t]to)[ \t](?:our[ \t])?(?:paying[ \t]|paid[ \t]|premium[ \t])?"
        r"(?:subscribers|members))(?:[ \t]only)?[.!]?"
        r"|(?<![^\n])(?i:to[ \t]continue[ \t](?:reading|viewing))[^\n]{0,80}(?i:sign[ \t]?in|log[ \t]?in|subscribe"
        r"|register|create[ \t]an?[ \t](?:free[ \t])?account)[^\n]{0,60}",
    ),
    # Share buttons in a bulleted list: "• Facebook", "• VK", "• Одноклассники".
    Boilerplate(
        "generic.bullet_share_s9",
        rf"(?<![^\n])[•·▪●][ \t]?(?i:{_BUTTON}|vkontakte|vk|odnoklassniki|одноклассники|вконтакте|weibo|wechat"
        r"|viber|messenger|threads|bluesky|x)",
    ),
    # A line in Cyrillic only, in an English article (a link or a menu of the site's own language), and
    # a line of one to five signs and no word ("−", "***", "|").
    Boilerplate(
        "generic.cyrillic_line_s9",
        r"(?<![^\n])[\u0400-\u04FF\d\s.,:;!?«»\"“”'’()–—-]*[\u0400-\u04FF][\u0400-\u04FF\d\s.,:;!?«»\"“”'’()–—-]*",
    ),
    Boilerplate("generic.sign_line_s9", r"(?<![^\n])[^\w\s]{1,5}"),
    # An image's alt text: "Image of 'Minister visits the border'".
    Boilerplate("generic.image_of_s9", r"(?<![^\n])(?i:image|photo|picture)[ \t]of[ \t][\"“'‘][^\n]{1,200}[\"”'’]"),
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
        rf"{_META_FIELD}(?:[ \t]*[|;–—-][ \t]*(?:{_META_FIELD}|{DATE}(?:[ \t]+{TIME})?|{TIME})){{0,3}};?",
    ),
    # An agency's credit line over the headline: "Ethiopian News Agency (Addis Ababa)", "Xinhua News Agency (Beijing)".
    Boilerplate(
        "generic.agency_credit",
        r"(?:[A-Z][\w'’.&-]*[ \t]+){0,4}(?:News[ \t]+Agency|Press[ \t]+Agency|Agency)[ \t]*\([A-Z][\w'’. -]{1,40}\)",
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
    # "Advertisement 1Story continues below": an ad slot's label glued to its placeholder's text
    Boilerplate(
        "generic.advertisement",
        r"(?i:advertisement(?:[ \t]*[\w-]{0,30}?story continues below)?|story continues below(?: this)? advertisement)",
    ),
    # Section headers of the page around the article.
    Boilerplate(
        "generic.top_stories", r"(?i:top(?: [\w-]+)? stories|top \d{1,2}|all stories|latest news|editor'?s picks?)"
    ),
    Boilerplate(
        "generic.topics_tail",
        r"(?i:tags|topics|keywords|categories|filed[ \t]under|related[ \t]topics"
        r"|explore[ \t]more[ \t]on[ \t]th(?:is|ese)[ \t]topics?"
        r"|more[ \t]on[ \t]th(?:is|ese)[ \t](?:story|stories|topics?)"
        r"|search[ \t]trends|trending(?:[ \t]now|[ \t]topics|[ \t]news)?|read[ \t]next|up[ \t]next|more[ \t]to[ \t]read"
        r"|editor['’]?s[ \t]choice|in[ \t]other[ \t]news|most[ \t]shared|skip[ \t]next[ \t]section[^\n]{0,40})[ \t]?:?",
        scope="tail",
    ),
    Boilerplate("generic.tags", r"(?i:tags?)\s?:.{0,200}"),
    Boilerplate("generic.tags_tail", r"(?i:tags)", scope="tail"),
    Boilerplate("generic.most_visited", r"(?i:most (?:visited|viewed|read|popular))(?: in [\w ]{1,30})?", scope="tail"),
    Boilerplate(
        "generic.related",
        r"(?i:related (?:news|articles?|posts?|stor(?:y|ies)|content|coverage|search(?:es)?|topic)"
        r"|more (?:articles|news|stories)(?: from [\w ]{1,30})?"
        r"|related(?: (?:topics|coverage|links|readings?))?|suggested(?: (?:for you|articles|stories|reading|news))?"
        r"|see also|also read"
        r"|you (?:may|might) (?:also )?like(?: these)?(?: stories| articles)?(?: too)?|recommended(?: for you)?"
        r"|recent posts|other (?:news|stories|articles|topics(?: of interest)?)|more (?:information|by this author)"
        r"|more in [^\n:]{1,40}:|mehr (?:lesen|zum thema)(?: über)?|más sobre|te puede interesar"
        r"|lee también|leia também|à lire aussi|lire aussi)\s?:?",
        scope="tail",
    ),
    # A "Read more" link stands between paragraphs on many pages: a tail only at the end; between
    # paragraphs the line goes with the headline it links, not the article after it.
    Boilerplate("generic.read_more", r"(?i:read (?:more|also))\s?[:»›>]?", scope="tail"),
    *FURNITURE_S5_TAIL,
    *FURNITURE_S6_TAIL,
    *FURNITURE_R2,
    *FURNITURE_S5,
    *FURNITURE_S6,
    *FURNITURE_S6_FRAGMENTS,
    *FURNITURE_S7,
    *FURNITURE_S9,
    # Bylines without "By": a name alone under the headline, a name with a staff title, credits
    # written out ("Reporting by …; Editing by …"), staff blurbs closing the page.
    Boilerplate(
        "generic.byline_name",
        rf"{_PERSONS}(?:(?:[ \t]*[,|/–—-][ \t]*|,?[ \t](?:in|from)[ \t]){_NAME}(?:[ \t]{_NAME}){{0,2}}"
        r"|[ \t]*@\w{1,30})?"
        # staff initials alone ("J.D."): tried on the same lines, in the same regex
        r"|(?:[A-Z]\.){2,3}",
    ),
    # "By Jane Doe in Lima", "By Jane Doe | Andina | 9 April": no comma after the name, so that
    # "By Jane Doe's account, …" is no byline.
    Boilerplate(
        "generic.byline_more",
        rf"(?:By|by|BY):?[ \t]+{_PERSONS}(?:[ \t](?:in|from)[ \t]{_NAME}(?:[ \t]{_NAME}){{0,2}})?"
        r"(?:[ \t]*[|/–—-][ \t]*[^\n]{1,80}|[ \t]*\([\w.+-]{1,64}@[\w.-]{1,100}\))?",
    ),
    Boilerplate(
        "generic.our_correspondent",
        r"(?i:(?:from[ \t])?(?:our|a)[ \t](?:own[ \t])?(?:staff[ \t])?(?:correspondent|reporter)s?)"
        rf"(?:[ \t](?:in|at)[ \t]{_NAME}(?:[ \t]{_NAME}){{0,2}})?",
    ),
    Boilerplate(
        "generic.staff_line",
        # a staff line is short: the look-ahead fails a paragraph at once
        rf"(?=[^\n]{{1,100}}+$)(?:(?:By|by|BY)[ \t]+)?{_PERSONS}[ \t]*[,|–—-]?[ \t]*{_STAFF_ROLE}"
        rf"(?:(?:,?[ \t](?:in|at|for|based[ \t]in)[ \t]|[ \t]*[|,–—-][ \t]*){_NAME}(?:[ \t]{_NAME}){{0,2}})?",
    ),
    Boilerplate(
        "generic.credit_line",
        rf"[(\[]?{_CREDIT}(?:[ \t]*[;,][ \t]*(?:and[ \t]+)?{_CREDIT}){{0,4}}\.?[)\]]?",
    ),
    Boilerplate(
        "generic.staff_blurb",
        rf"{_PERSONS}[ \t](?:is|was|are)[ \t](?:(?:a|an|the|our)[ \t])?(?:[\w'’-]+[ \t]){{0,5}}?{_BLURB_ROLE}s?"
        r"(?:,?[ \t](?:at|for|in|of|with|on|covering|reporting|based[ \t]in)[ \t][^\n.]{1,80})?\."
        r"|The[ \t](?:writer|author)s?[ \t](?:is|are|was)[ \t][^\n]{1,200}"
        r"|(?i:about[ \t]the[ \t]authors?)[ \t]?:?[^\n]{0,300}"
        rf"|{_PERSONS}[ \t]writes[ \t](?:for|about|on)[ \t][^\n.]{{1,80}}\.",
    ),
    Boilerplate(
        "generic.contributed",
        rf"{_NAME}(?:,?[ \t](?:{_NAME}|writers?|reporters?|correspondents?|staff|in|and|from|at|of)){{0,10}}"
        r"[ \t]contributed(?:[ \t]reporting|[ \t]to[ \t]this[ \t](?:report|story|article))[^\n.]{0,60}\.?",
    ),
    # Reading times and notes on the story's history.
    Boilerplate(
        "generic.read_time",
        r"(?i:(?:estimated[ \t])?read(?:ing)?[ \t]time[ \t]?:?[ \t]?"
        r"(?:less[ \t]than[ \t]|about[ \t])?\d{1,3}[ \t]?min(?:ute)?s?\.?"
        r"|(?:less[ \t]than[ \t]|about[ \t])?(?:\d{1,3}|a|one)[ \t-]?min(?:ute)?s?\.?"
        r"[ \t](?:(?:to[ \t])?read|listen|reading(?:[ \t]time)?)"
        r"|\d{1,3}[ \t]?min(?:ute)?s?"
        r"|listen[ \t]to[ \t](?:(?:this|the)[ \t])?(?:article|story)"
        r"(?:[ \t]?[|·•-]?[ \t]?\d{1,2}:\d{2}(?:[ \t]?min)?)?)",
    ),
    Boilerplate(
        "generic.amended",
        r"(?i:this[ \t](?:article|story)[ \t](?:was|has[ \t]been)[ \t](?:amended|updated|corrected|edited"
        r"|originally[ \t]published|first[ \t]published)\b[^\n]{0,250}"
        r"|an[ \t]earlier[ \t]version[ \t]of[ \t]this[ \t](?:article|story)\b[^\n]{0,250}"
        r"|(?:this[ \t]is[ \t]an?[ \t])?translation[ \t]of[ \t](?:an?|the|this)[ \t](?:article|story|report)\b"
        r"[^\n]{0,250}"
        r"|this[ \t](?:article|story|item|content)[ \t](?:was|has[ \t]been|is)[ \t]"
        r"(?:produced|provided|supplied|generated|translated)[ \t](?:by|with|from|using)\b[^\n]{0,400})",
    ),
    # Section labels and breadcrumb trails: "World", "Diplomacy | Middle East", "Home > World > Asia".
    Boilerplate("generic.section_label", rf"(?i:{_SECTION})(?:[ \t]*[|/•·,>»›&][ \t]*{_CAPS_PHRASE}){{0,4}}"),
    Boilerplate(
        "generic.breadcrumb_trail",
        # the look-ahead fails a line with no arrow at once
        r"[A-Z](?=[^\n>»›]{0,80}+[>»›])[\w'’&.-]*(?:[ \t][A-Za-z][\w'’&.-]*){0,3}"
        rf"(?:[ \t]*[>»›][ \t]*{_CAPS_PHRASE}){{1,5}}",
    ),
    Boilerplate(
        "generic.topics",
        r"(?i:(?:related[ \t])?(?:topics?|keywords?|categor(?:y|ies)|searche?s?|tags?)|filed[ \t]under|sections?"
        r"|subjects?|content[ \t-]?type)[ \t]?:[ \t]?\S[^\n]{0,200}",
    ),
    # Share bars, prompts and page tools.
    Boilerplate("generic.share_to", rf"{_SHARE_TO}(?:[ \t]*[|·•/]?[ \t]*(?:{_SHARE_TO}|{_BUTTON})){{0,8}}:?"),
    Boilerplate(
        "generic.channel_prompt",
        rf"(?i:subscribe|join|follow|find)[ \t][^\n\"“”,]{{0,60}}?\b{_CHANNEL}\b[^\n\"“”]{{0,120}}",
    ),
    Boilerplate(
        "generic.sign_up",
        r"(?i:sign[ \t]up)(?:[ \t](?:now|here|today))?(?:[ \t](?:for|to)[ \t][^\n\"“”,]{1,100})?[.!]?",
    ),
    Boilerplate(
        "generic.latest_updates",
        r"(?i:get[ \t](?:the[ \t])?latest[ \t](?:news|updates|headlines)\b[^\n]{0,200}"
        r"|download[ \t](?:the|our)[ \t][^\n,\"“”]{0,40}?\bapp\b[^\n,\"“”]{0,80}|click[ \t]here\b[^\n]{0,120})",
    ),
    Boilerplate(
        "generic.page_tools",
        r"(?i:reuse[ \t]this[ \t]content|reprints?[ \t](?:&|and)[ \t]permissions|report[ \t]an[ \t](?:error|issue)"
        r"|share[ \t](?:on|via)[ \t]?:|be[ \t]the[ \t]first[ \t]to[ \t]comment[.!]?"
        r"|send[ \t]us[ \t](?:your[ \t])?(?:feedback|a[ \t]tip|comments?)|why[ \t]you[ \t]can[ \t]trust[^\n]{0,60}"
        r"|save[ \t]articles?[ \t]to[ \t]read[ \t]later[^\n]{0,100}|skip[ \t]to[ \t](?:main[ \t])?content"
        r"|(?:text|font)[ \t]size(?:[ \t]+(?:small|medium|large|normal|[+-]|a\+?|a-))*"
        r"|purchase[ \t]licensing[ \t]rights(?:,[ \t]opens[ \t]new[ \t]tab)?"
        r"|(?:view|see|show)[ \t](?:all[ \t])?comments?|\d{1,5}[ \t]shares?|have[ \t]your[ \t]say"
        r"|report[ \t]it[ \t]to[ \t]us[.!]?|track[ \t](?:the[ \t])?latest[ \t]news\b[^\n]{0,150}"
        r"|join[ \t]the[ \t](?:conversation|discussion)|support[ \t](?:our|independent)[ \t]journalism\b[^\n]{0,150}"
        r"|become[ \t]a[ \t](?:member|subscriber|supporter)\b[^\n]{0,100}"
        r"|(?:if[ \t]you[ \t](?:quote|use|reproduce)|when[ \t](?:quoting|using))"
        r"[^\n]{0,80}\b(?:hyper)?link[^\n]{0,100})",
    ),
    # "Read more: <headline>", "ALSO READ | <headline>": the link goes with its label.
    Boilerplate(
        "generic.read_more_link",
        r"(?i:(?:also[ \t]|further[ \t])?read(?:[ \t](?:more|also|next|the[ \t]full[ \t](?:story|article)))?"
        r"|related(?:[ \t](?:story|stories|articles?|news|coverage|content|reading))?|see[ \t]also"
        r"|recommended(?:[ \t]reading)?|must[ \t]read|don'?t[ \t]miss|more[ \t]on[ \t]this"
        r"|editor['’]?s[ \t](?:choice|picks?)|lee[ \t]también|lea[ \t]también|leia[ \t]também|lire[ \t]aussi"
        r"|à[ \t]lire[ \t]aussi|mehr[ \t]zum[ \t]thema)"
        r"[ \t]?[:|»›–—-][ \t]?\S[^\n]{0,200}",
    ),
    Boilerplate(
        "generic.ad_slot",
        r"(?:[-–—*][ \t]?){0,3}"
        r"(?i:advertisement[ \t]*[-–—:|][ \t]*scroll[ \t]to[ \t]continue(?:[ \t]reading|[ \t]with[ \t]content)?"
        r"|scroll[ \t](?:down[ \t])?to[ \t]continue(?:[ \t]reading|[ \t]with[ \t]content)?"
        r"|continue[ \t]reading(?:[ \t]below|[ \t]the[ \t](?:main[ \t])?story)?|sponsored(?:[ \t]content|[ \t]links?)?"
        r"|promoted(?:[ \t]content)?|ad(?:vert)?|advertis(?:ing|ement)"
        r"|(?:article|story)[ \t]continues[ \t](?:below|after[ \t](?:the[ \t])?(?:ad(?:vertisement)?|this)))"
        r"(?:[ \t]?[-–—*]){0,3}",
    ),
    # Sign-offs and credits: "— Bernama", "— TIMES/NA", "Enditem/ls", "/TASS/", "Source: Xinhua",
    # "(With input from Xinhua)", photo credits; alone on a line or glued to its end.
    Boilerplate("generic.signoff_line", rf"(?:--?|[–—])[ \t]?{_SIGNOFF}(?:[ \t][A-Z][A-Za-z&.]{{1,14}}){{0,2}}"),
    # Sign-offs in mixed case or with a desk code, glued to the last paragraph: "… said. — Bernama",
    # "— TIMES/NA". One pattern per dash, each opening with its plain character.
    Boilerplate("generic.signoff_fragment", rf"-(?<=[.!?\"”’)][ \t]-)-?[ \t]?{_SIGNOFF}[ \t]*$", scope="fragment"),
    Boilerplate(
        "generic.signoff_en_dash_fragment", rf"–(?<=[.!?\"”’)][ \t]–)[ \t]?{_SIGNOFF}[ \t]*$", scope="fragment"
    ),
    Boilerplate(
        "generic.signoff_em_dash_fragment", rf"—(?<=[.!?\"”’)][ \t]—)[ \t]?{_SIGNOFF}[ \t]*$", scope="fragment"
    ),
    Boilerplate(
        "generic.end_item_code",
        r"(?i:end[ \t]?item)(?:[ \t]?/[ \t]?[A-Za-z0-9]{1,8}){1,3}|-{0,3}[ \t]?(?:ENDS?|Ends?)[ \t]?-{0,3}\.?",
    ),
    Boilerplate(
        "generic.end_item_fragment",
        r"E(?<=[.!?\"”’)][ \t]E)(?i:nd[ \t]?item)(?:/[A-Za-z0-9]{1,8}){0,3}[ \t]*$",
        scope="fragment",
    ),
    Boilerplate("generic.agency_tag", r"/[A-Z]{2,10}/\.?"),
    Boilerplate(
        "generic.source_line",
        rf"(?:SOURCES?|[Ss]ources?)[ \t]?:[ \t]?{_SOURCES}(?:/[a-z]{{1,6}}(?:\([a-z]{{1,6}}\))?)?\.?",
    ),
    # Wire header fields in capitals: "WRITER: Jane Doe", "EDITOR: Omar Ali".
    Boilerplate(
        "generic.meta_field_caps",
        rf"(?:SOURCE|EDITORS?|WRITERS?|REPORTERS?|AUTHORS?|PHOTOS?|TEXT|WORDS|BY)[ \t]?:[ \t]?{_NAMES}",
    ),
    Boilerplate(
        "generic.source_fragment",
        rf"S(?<=[.!?\"”’)][ \t]S)(?:OURCES?|ources?)[ \t]?:[ \t]?{_SOURCES}\.?[ \t]*$",
        scope="fragment",
    ),
    Boilerplate("generic.input_from", rf"\(?{_INPUT_FROM}\.?\)?\.?|[Ww]ith[ \t]{_SOURCES}"),
    # "(Inputs from Reuters)", "(Excerpts : Xinhua)", "TB (according to VNA)": the story's sources in brackets
    # alone on the last line, after the signoff's initials or none (session 8, real pages)
    Boilerplate(
        "generic.sources_in_brackets",
        rf"(?:[A-Z]{{1,4}}[ \t])?\((?:[Ii]nputs?[ \t](?:from|by)|[Ee]xcerpts?[ \t]?:|[Aa]ccording[ \t]to)"
        rf"[ \t]{_SOURCES}\)\.?",
    ),
    # "SAnews.gov.za", "Kazinform.kz": the source site's host alone on a line
    Boilerplate("generic.host_line", r"[A-Za-z][\w-]{1,30}(?:\.[a-z]{2,6}){1,3}"),
    Boilerplate("generic.input_from_fragment", rf"\((?<=[.!?\"”’][ \t]\(){_INPUT_FROM}\)\.?[ \t]*$", scope="fragment"),
    Boilerplate(
        "generic.photo_label",
        r"(?i:file[ \t]photo|photo[ \t]?(?:courtesy|credit|source)|(?:image|picture)[ \t]credit|credit|courtesy"
        r"|representational[ \t]image|photo|picture|foto"
        r"|(?:main|featured)[ \t](?:image|photo|picture)(?:[ \t]credit)?)"
        r"(?:[ \t]?[:/|][ \t]?[^\n]{1,200})?",
    ),
    Boilerplate(
        "generic.caption_label",
        r"(?i:image[ \t](?:source|caption)|media[ \t]caption|photo[ \t]caption|caption)[ \t]?[,:][ \t]?[^\n]{1,250}",
    ),
    Boilerplate(
        "generic.picture_agency",
        r"(?=[^\n]{1,100}+$)(?:[A-Z][\w&.-]*[ \t]){1,2}(?:Images|IMAGES|Photos?|PHOTOS?|Pictures|PICTURES)"
        r"(?:[ \t]?/[ \t]?[^\n]{1,60})?",
    ),
    Boilerplate("generic.agency_paren", r"\([A-Z][A-Za-z]{1,10}\)\.?"),
    Boilerplate(
        "generic.agency_paren_fragment", r"\((?<=[.!?\"”’][ \t]\()[A-Z][A-Za-z]{1,10}\)[ \t]*$", scope="fragment"
    ),
    Boilerplate("generic.agencies_line", r"(?i:agencies|agency[ \t]reports?|wire[ \t]services|news[ \t]agencies)\.?"),
    Boilerplate(
        "generic.photo_credit_paren",
        r"\((?:(?:[Ff]ile[ \t])?(?:[Pp]hotos?|PHOTO|[Ii]mage|[Pp]icture|[Cc]redit|[Vv]ideo)(?:[ \t](?:by|source))?"
        r"[ \t]?[:/][ \t]?"
        r"[^()\n]{1,80}|[Ff]ile(?:[ \t][Pp]hoto)?|FILE(?:[ \t]PHOTO)?|[Rr]epresentational[ \t][Ii]mage"
        r"|[A-Z][\w.]{1,14}/[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3})\)[ \t]*$",
        scope="fragment",
    ),
    Boilerplate("generic.agency_photo_credit", rf"[A-Z][A-Za-z]{{1,14}}(?:/{_NAME}(?:[ \t]{_NAME}){{0,3}}){{1,3}}"),
    Boilerplate(
        "generic.agency_photo_fragment",
        # opens with the space before it: a plain character, which the regex engine searches fast
        rf" (?<=[.!?\"”’)] )[A-Z]{{2,12}}(?:/{_NAME}(?:[ \t]{_NAME}){{0,3}}){{1,2}}[ \t]*$",
        scope="fragment",
    ),
    # A photo credit after a caption's sentence: "… in Lima on Tuesday. Photograph: Jane Doe/AFP".
    Boilerplate(
        "generic.photo_credit_after_caption",
        r" (?<=[.!?\"”’)|] )(?:Photo(?:graph)?|PHOTO(?:GRAPH)?|Picture|Image|Credit)s?"
        r"(?:(?:[ \t](?:by|credit|courtesy|[Cc]redit))?[ \t]?:[ \t]?[^\n]{1,100}"
        # "… in Lima on Tuesday. Photo by Andina" (round 2)
        r"|[ \t](?:by|courtesy(?:[ \t]of)?)[ \t][A-Z][\w.&/-]*(?:[ \t][A-Z][\w.&/-]*){0,4}[ \t]*"
        # "… at State House, Nairobi. Photo/PSCU", "… Office. PHOTO | PSCU" (session 8, real pages)
        r"|[ \t]?[|/][ \t]?[A-Z][\w.&-]*(?:[ \t][A-Z][\w.&-]*){0,3}[ \t]*)$",
        scope="fragment",
    ),
    # A caption's credit with no full stop before it: "… in Abu Dhabi on Wednesday Image Credit: WAM".
    Boilerplate(
        "generic.image_credit_fragment",
        r" (?:Image|Photo|Picture)[ \t](?:[Cc]redit|[Ss]ource)s?[ \t]?:[ \t]?[A-Z][^\n]{0,60}$",
        scope="fragment",
    ),
    Boilerplate(
        "generic.gallery",
        r"(?i:click[ \t]to[ \t]enlarge|enlarge[ \t](?:this[ \t])?image|view[ \t](?:gallery|image|photos?)"
        r"|(?:photo|image|slide)[ \t]?\d{1,2}[ \t]of[ \t]\d{1,2}|\d{1,2}[ \t]of[ \t]\d{1,2}"
        r"|watch(?:[ \t](?:video|now|live))?|play[ \t]video|video|newsletters?"
        r"|go[ \t]to[ \t](?:video|gallery|comments)|show[ \t]full[ \t](?:article|story)"
        r"|open[ \t]this[ \t](?:photo|image)[ \t]in[ \t](?:the[ \t])?gallery[ \t]?:?)",
    ),
    # Notes to readers and prompts: "Disclaimer: …", "Editor's note: …", "Stay updated …".
    Boilerplate(
        "generic.reader_note",
        r"(?i:disclaimer|editor['’]?s[ \t]note)[ \t]?:[^\n]{0,400}"
        r"|(?i:stay[ \t](?:updated|informed|connected|tuned|up[ -]to[ -]date)|for[ \t](?:more|the[ \t]latest)[ \t]"
        r"(?:news|updates|stories)|(?:got|have)[ \t]a[ \t](?:news[ \t])?(?:tip|story))\b[^\n]{0,150}"
        r"|(?i:follow[ \t]@)\w[^\n]{0,150}"
        r"|(?i:add[ \t](?:a[ \t])?comment|log[ \t]?in[ \t]to[ \t](?:comment|continue))",
    ),
    # Footer links: "Contact us | Privacy Policy | Terms of Use".
    Boilerplate(
        "generic.footer_links",
        rf"{_FOOTER_LINK}(?:[ \t]*[|·•/]?[ \t]*{_FOOTER_LINK}){{0,8}}",
    ),
    Boilerplate(
        "generic.stamp_no_year",
        rf"(?i:(?:last[ \t])?(?:updated?|published|posted))[ \t]?(?:on[ \t]?)?:?[ \t]?(?:{WEEKDAY}[ \t]+)?"
        rf"(?:{MONTH}[ \t]{_MDAY}|{_MDAY}[ \t]{MONTH}|\d{{1,2}}/\d{{1,2}})"
        rf"(?:(?:,?[ \t]+(?:at[ \t]+)?|[ \t]?[-–|][ \t]?){TIME})?"
        rf"|(?i:today|yesterday)(?:,?[ \t]+{TIME})?",
    ),
    # A photo gallery's caption: "Item 1 of 3 <caption>", "[1/3] <caption>".
    Boilerplate(
        "generic.gallery_caption",
        r"(?i:item[ \t]\d{1,2}[ \t]of[ \t]\d{1,2})[ \t][^\n]{1,400}|\[\d{1,2}/\d{1,2}\][ \t][^\n]{1,400}",
    ),
    # A rule between page parts: "___", "* * *".
    Boilerplate("generic.rule_line", r"[-_=*~#•·]{3,}|[*•·](?:[ \t][*•·]){2,}"),
    # A row of share buttons naming the networks: "Email Facebook X Reddit LinkedIn Print".
    Boilerplate("generic.share_row", rf"{_NETWORK}(?:[ \t]*[|·•/]?[ \t]*{_NETWORK}){{1,14}}"),
    Boilerplate(
        "generic.newsletter_box",
        r"[^\n]{0,60}(?i:newsletters?)\b[^\n]{0,160}[ \t](?i:subscribe|sign[ \t]up)(?:[ \t]now)?!?",
    ),
    Boilerplate(
        "generic.syndicated_note",
        r"\(?(?i:except[ \t]for[ \t]the[ \t]headline)[^\n]{0,250}"
        r"|(?i:this[ \t](?:story|article)[ \t](?:has[ \t]not[ \t]been|was[ \t]not)[ \t]edited)[^\n]{0,200}",
    ),
    Boilerplate(
        "generic.staff_role",
        rf"(?=[^\n]{{1,60}}+$){_STAFF_ROLE}(?:[ \t](?:in|at|for)[ \t]{_NAME}(?:[ \t]{_NAME}){{0,2}})?",
    ),
    # A broadcaster's report credit: "Andina's Jane Doe reports from Lima."
    Boilerplate(
        "generic.reports_from",
        rf"[A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*){{0,2}}['’]s[ \t]{_PERSONS}"
        r"[ \t]reports?[ \t](?:from|on)[ \t][^\n.]{1,60}\.",
    ),
    Boilerplate("generic.newspaper_section", r"(?i:newspaper[ \t]section|print[ \t]edition)[ \t]?:[^\n]{1,80}"),
    # The outlet with its place ("BBC News, Accra") and wire slugs in lower case ("dpa ab cd1 xy").
    Boilerplate(
        "generic.outlet_place",
        r"(?=[^\n]{1,80}+$)(?:[A-Z][\w&'’.-]*[ \t]){0,3}"
        r"(?:NEWS|News|ONLINE|Online|AGENCY|Agency|DESK|Desk|BUREAU|Bureau|Radio|TV)"
        r"[ \t]?[,|–—-][ \t]?[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,2}",
    ),
    Boilerplate("generic.desk_slug", r"[a-z]{2,5}(?=[a-z0-9 \t]*\d)(?:[ \t][a-z0-9]{1,5}){2,6}"),
    # The outlet or desk named alone (last, so that a section header such as "Related News" is
    # matched as the tail it starts): "ARAB NEWS", "News Desk", "Staff Reporter", "PTI".
    Boilerplate(
        "generic.outlet_credit",
        r"(?:[A-Z][\w&'’.-]*[ \t]){0,3}(?:NEWS|News|ONLINE|Online|AGENCY|Agency|DESK|Desk|BUREAU|Bureau"
        r"|STAFF|Staff|Reporter|Correspondent|Newsroom|NEWSROOM)|[A-Z]{2,3}",
    ),
    _creative_commons("generic.cc_by_4", "Attribution", "CC BY 4.0"),
    _creative_commons("generic.cc_by_nc_4", "Attribution-NonCommercial", "CC BY-NC 4.0"),
    _creative_commons("generic.cc_by_sa_4", "Attribution-ShareAlike", "CC BY-SA 4.0"),
)

# -- title ------------------------------------------------------------------------------------

#: The generic title finder skips the lines its own line patterns call chrome (each line tried
#: only against the patterns that can match it: see newsfacts.prefilter).
_CHROME: Final = LinePatterns([bp.pattern for bp in BOILERPLATE if bp.scope != "fragment"]).matcher()
#: Their sources, to read what the cleaning stage told of a line (told_chrome) instead of matching it again.
_CHROME_SOURCES: Final = frozenset(bp.pattern for bp in BOILERPLATE if bp.scope != "fragment")
_SENTENCE_END: Final = re.compile(r"(?<!\b[A-Z])[.;,][\"”’)]?$|[!?][\"”’)]$")
_CAPTION: Final = re.compile(r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}")  # "Kyrgyz President Sadyr Japarov"
#: A wire's tag before a headline: "(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)".
_HEADLINE_TAG: Final = re.compile(r"\((?:[A-Z0-9][\w'-]*)(?: [A-Z0-9][\w'-]*){0,2}\) (?=\S)")
_MAX_TITLE: Final = 200
#: Not in a headline: a caption's position mark ("(right)", "(2nd L)"), a closing colon ("Information for the
#: Press:"), a photo's alt text.
_NOT_HEADLINE: Final = re.compile(
    r"\((?:(?:far|second|2nd|third|3rd)[ \t])?(?:l[ \t]?eft|r[ \t]?ight|cent(?:er|re)|front|back|[LRC])\)|:$"
)
#: A place, its country and a day, alone on the line: "BAKU, Azerbaijan, May 25".
_PLACE_AND_DAY: Final = re.compile(
    r"[A-Z][A-Za-z'.-]+(?:[ ][A-Z][A-Za-z'.-]+){0,3}(?:,[ \t]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})?,[ \t]+"
    r"(?:(?i:" + MONTH + r")[ \t]+\d{1,2}|\d{1,2}[ \t]+(?i:" + MONTH + r"))(?:,?[ \t]+\d{4})?"
)
#: Before the headline, lines this short that are not it: the site's name, a section, a menu
#: ("News story", "Navigation and service", "MainPolitics"); at most this many of them.
_NAV_WORDS: Final = 3
_MAX_NAV_LINES: Final = 2
#: What follows the headline in a page's title: " - News - National Security Bureau", " | Andes Post".
_SITE_SUFFIX: Final = re.compile(r"[ \t]+[-–—|:][ \t]+\S.{0,80}")
_MAX_TITLE_WORDS: Final = 20  # headlines run to 15 words at most; a longer line is a lead sentence


def content_lines(text: str, chrome: LineMatcher, limit: int = 8) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each non-blank line that ``chrome`` does not fully match, among the
    first ``limit * 3`` lines."""
    pos = 0
    for _ in range(limit * 3):
        if pos >= len(text):
            return
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        stripped = line.strip()
        if stripped and chrome.first(stripped) is None:
            left = pos + len(line) - len(line.lstrip())
            yield left, left + len(stripped)
        pos = end + 1


#: The lines the title finder reads (``content_lines``' default window).
_TITLE_WINDOW: Final = 8 * 3
#: What a page's title holds between the headline and the site's name (``_SITE_SUFFIX``' opening).
_SITE_MARK: Final = re.compile(r"[ \t][-–—|:][ \t]")


class _ContentLines:
    """``content_lines(text, _CHROME)`` for the title finder, read and tested against the chrome patterns only as
    far as it asks: a test costs tens of microseconds, and the first line or two most often decide."""

    __slots__ = ("_found", "_pos", "_read", "_tested", "text", "window")

    def __init__(self, text: str) -> None:
        self.text = text
        #: The non-blank lines of the window read so far, ``(start, end)`` stripped.
        self.window: list[tuple[int, int]] = []
        #: Where the next line starts, and how many lines (blank ones too) were read.
        self._pos = 0
        self._read = 0
        #: The index in ``window`` of each content line found so far, and how many of ``window`` were tested.
        self._found: list[int] = []
        self._tested = 0

    def _more(self) -> bool:
        """Read the window's next non-blank line into ``window``; False when there is none."""
        text = self.text
        while self._read < _TITLE_WINDOW and self._pos < len(text):
            pos = self._pos
            nl = text.find("\n", pos)
            end = len(text) if nl < 0 else nl
            self._pos = end + 1
            self._read += 1
            line = text[pos:end]
            stripped = line.strip()
            if stripped:
                left = pos + len(line) - len(line.lstrip())
                self.window.append((left, left + len(stripped)))
                return True
        return False

    def get(self, i: int) -> int | None:
        """The index in ``window`` of the ``i``-th content line, None when there are fewer."""
        found = self._found
        while len(found) <= i and (self._tested < len(self.window) or self._more()):
            start, end = self.window[self._tested]
            told = told_chrome(self.text, start, end, _CHROME_SOURCES)
            if (_CHROME.first(self.text[start:end]) is None) if told is None else not told:
                found.append(self._tested)
            self._tested += 1
        return found[i] if i < len(found) else None

    def only_last_left(self, i: int) -> bool:
        """Whether the ``i``-th content line, not found yet, can only be the window's last line."""
        if len(self._found) > i or not (self._tested < len(self.window) or self._more()):
            return False
        return self._tested == len(self.window) - 1 and not self._more()

    def prefix_later(self, k: int, line: str) -> bool:
        """Whether a line after ``window[k]`` is shorter than ``line`` and begins it (``_site_title_over``)."""
        if _SITE_MARK.search(line) is None:
            return False  # no site's name can follow a headline in this line
        while self._more():
            pass
        text = self.text
        return any(end - start < len(line) and line.startswith(text[start:end]) for start, end in self.window[k + 1 :])


def looks_like_headline(line: str) -> bool:
    """A headline: a few words, no closing full stop, not a caption of names."""
    # (at most one word past the limit split off: a lead sentence runs to hundreds)
    if len(line) > _MAX_TITLE or not 2 <= len(line.split(None, _MAX_TITLE_WORDS)) <= _MAX_TITLE_WORDS:
        return False
    tag = _HEADLINE_TAG.match(line)
    line = line[tag.end() :] if tag else line
    # a closing stop is two characters at most: look only there (the look-behind still sees before)
    closed = _SENTENCE_END.search(line, max(0, len(line) - 2))
    if closed or not (line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"):
        return False
    if _CAPTION.fullmatch(line) or _NOT_HEADLINE.search(line):
        return False
    return _dateline_match(line, 0) is None and _PLACE_AND_DAY.fullmatch(line) is None


@newsfacts.hookimpl(trylast=True)
def newsfacts_find_title(text: str, outlet: str | None) -> Span | None:
    # The first of the content lines (content_lines) that is a headline, past at most _MAX_NAV_LINES lines of
    # a site's name or menu. A line is tested for chrome only when the answer depends on it (_ContentLines).
    lines = _ContentLines(text)
    window = lines.window
    doubled = _doubled_headline(text, lines)
    if doubled is not None:
        return doubled
    for i in range(_MAX_NAV_LINES + 1):
        if lines.only_last_left(i):
            # with no line after it, the last line gives a title only if it is a headline: else the answer is
            # None whether or not it is chrome
            start, end = window[-1]
            line = text[start:end]
            if not ((_long_headline(line) if i else looks_like_headline(line)) and _text_after(text, end)):
                return None
        k = lines.get(i)
        if k is None:
            return None
        start, end = window[k]
        line = text[start:end]
        if lines.prefix_later(k, line):
            a = lines.get(i + 1)
            if a is not None and _site_title_over(line, text[window[a][0] : window[a][1]]):
                continue  # "<headline> - News - <site>" (the page's title) over "<headline>"
        short = len(line.split(None, _NAV_WORDS)) <= _NAV_WORDS
        # past a line taken for the site's name or a menu, only a headline longer than such a line
        headline = _long_headline(line) if i else looks_like_headline(line)
        if headline:
            if not short:
                return Span.trusted(start, end) if _text_after(text, end) else None
            a = lines.get(i + 1)
            if a is None or not _long_headline(text[window[a][0] : window[a][1]]):
                return Span.trusted(start, end) if _text_after(text, end) else None
        if not short and (
            _SENTENCE_END.search(line, max(0, len(line) - 2)) or len(line.split(None, _NAV_WORDS + 2)) > _NAV_WORDS + 2
        ):
            return None  # prose, or a long line that is no headline: the article has begun
    return None


#: The most words a headline printed twice may have (a paragraph printed twice is a longer standfirst).
_DOUBLED_MAX_WORDS: Final = 20


def _doubled_headline(text: str, lines: _ContentLines) -> Span | None:
    """A page that prints its headline twice, one copy right under the other, below a time stamp or a news id
    ("May 30, 2018, 7:54 PM / Mauritania denies summoning Iranian amb. / Mauritania denies ..."): the first copy
    is the title, even when a full stop ends it (cleaning takes the second copy for chrome)."""
    for i in range(_MAX_NAV_LINES + 2):
        k, a = lines.get(i), lines.get(i + 1)
        if k is None or a is None:
            return None
        start, end = lines.window[k]
        line = text[start:end]
        twin_end = lines.window[a][1]
        doubled = line == text[lines.window[a][0] : twin_end]
        words = len(line.split(None, _DOUBLED_MAX_WORDS))
        # (a sentence printed twice is a lead's copy: a headline that ends in a full stop is a short one, its
        # last word cut: "... summoning Iranian amb.")
        if words > (_DOUBLED_MAX_WORDS if line[-1] != "." else 10):
            return None  # prose: the article has begun
        if not doubled:
            if _furniture_like(line):
                continue
            return None  # a line of the article's, or a headline told once: no doubled headline below it
        if (
            words >= 3
            and line[:1].isupper()
            and _text_after(text, twin_end)
            # (a photo's caption printed twice names who the article then tells of: "Tajik President Emomali
            # Rahmon", twice, over "Iran has invited Tajik President Emomali Rahmon to ...")
            and text.find(line, twin_end) < 0
        ):
            return Span.trusted(start, end)
        return None
    return None


def _furniture_like(line: str) -> bool:
    """A line of a few words over a headline: a site's name or section (five words at most), or a stamp or an id
    with a figure ("Published: 0430 GMT January 10, 2018", "News ID: 207937")."""
    words = len(line.split(None, 8))
    return words <= 5 or (words <= 8 and line[-1] != "." and any(ch.isdigit() for ch in line))


#: A character ``str.strip`` keeps (``\s`` is what it strips).
_NOT_SPACE: Final = re.compile(r"\S")


def _text_after(text: str, end: int) -> bool:
    """``bool(text[end:].strip())``, without the copy of the rest of the article."""
    return _NOT_SPACE.search(text, end) is not None


def _long_headline(line: str) -> bool:
    return len(line.split(None, _NAV_WORDS)) > _NAV_WORDS and looks_like_headline(line)


def _site_title_over(line: str, after: str) -> bool:
    """Whether ``line`` is the page's title: ``after`` (the headline) followed by a section or the site's name."""
    return len(after) < len(line) and line.startswith(after) and _SITE_SUFFIX.fullmatch(line, len(after)) is not None


# -- dateline ---------------------------------------------------------------------------------

_PLACE: Final = r"[A-Z][A-Za-z'.-]+(?:[ ][A-Z][A-Za-z'.-]+){0,3}"
_CAPS_PLACE: Final = r"[A-Z][A-Z'.-]{2,}(?:[ ][A-Z][A-Z'.-]+){0,3}"
_AGENCY: Final = r"[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,3}"
_DASH: Final = r"[ \t]?(?:--|[-–—])"
#: "May 17", "17 May", "21st January, 2025", "February 18, 2025".
_DAY: Final = rf"(?:{MONTH}[ \t]+{_MDAY}|{_MDAY}[ \t]+{MONTH})(?:,?[ \t]+\d{{4}})?"
#: A day in a dateline, its month in any case: "July 16", "MARCH 25", "January 28/2025".
_DAY_ANY: Final = rf"(?:(?i:{MONTH})[ \t]+{_MDAY}|{_MDAY}[ \t]+(?i:{MONTH}))(?:,?[ \t]+\d{{4}}|/\d{{4}})?"
#: What closes an agency's brackets: a dash, a colon, ".-" (EFE), or nothing before the sentence
_AGENCY_END: Final = rf"(?:{_DASH}-?|[ \t]?:|\.-|(?=[ \t]+[A-Z\"“]))"
#: Wire datelines, as named groups ``place`` and ``agency``. Horizontal space only: a dateline
#: never runs over a line break.
DATELINES: Final = (
    # MOSCOW (Reuters) -   TEHRAN, Dec. 07 (MNA) –   BEIJING, May 17 (Xinhua) --
    rf"(?P<place>{_PLACE})(?:,[ \t]+{_DAY})?[ \t]*\((?P<agency>{_AGENCY})\){_DASH}",
    # LIMA, Apr 9 (Andina): ...   Quito, Apr 9 (EFE).- ...   Lima, Apr 9 (Andina) Peru's ... (a day
    # or a place in capitals, so that "John Smith (CNN) Former ..." is no dateline)
    # NUSA DUA, Indonesia (Reuters) President ...   (a place in capitals and its country)
    rf"(?P<place>{_CAPS_PLACE}|{_PLACE}(?=,[ \t]+{_DAY_ANY}))(?:,[ \t]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}})?"
    rf"(?:,[ \t]+{_DAY_ANY})?[ \t]*\((?P<agency>{_AGENCY})\){_AGENCY_END}",
    # TOKYO (UrduPoint News / Sputnik - 31st May, 2023) The launch ...   (agencies and a day in the brackets)
    rf"(?P<place>{_CAPS_PLACE})[ \t]*\((?P<agency>{_AGENCY}(?:[ \t]?/[ \t]?{_AGENCY}){{0,2}}){_DASH}[ \t]*{_DAY_ANY}\)"
    rf"(?=[ \t]+[A-Z\"“])",
    # MOSCOW, April 28. /TASS/.
    rf"(?P<place>{_PLACE}),[ \t]+{_DAY}\.?[ \t]+/(?P<agency>[A-Z]{{2,10}})/\.?",
    # Tehran, IRNA –  (an all-caps agency, so that "Meanwhile, Zarif –" is no dateline)
    rf"(?P<place>{_PLACE}),[ \t]+(?P<agency>[A-Z]{{2,10}}){_DASH}",
    # Moscow, Feb 4, IRNA -
    rf"(?P<place>{_PLACE}),[ \t]+{_DAY},[ \t]+(?P<agency>[A-Z][A-Za-z]{{1,10}}){_DASH}",
    # QUITO, MAY 3, ANDES.   Sucre, May 3, ABI (alone on its line): an all-caps agency after the day
    rf"(?P<place>{_PLACE}),[ \t]+{_DAY_ANY},[ \t]+(?P<agency>[A-Z]{{2,12}})(?:\.|[ \t]*(?=\n|$))",
    # MINSK, June 3 - BelTA.   (the agency after the day and a dash, closed by a full stop)
    rf"(?P<place>{_PLACE}),[ \t]+{_DAY_ANY}{_DASH}[ \t]*(?P<agency>{_AGENCY})\.",
    # PUTRAJAYA, July 16 —   LIMA, APRIL 9 -   (a day and no agency)
    rf"(?P<place>{_PLACE}),[ \t]+{_DAY_ANY}{_DASH}",
    # AhlulBayt News Agency:
    r"(?P<agency>[A-Z]\w*(?:[ ][A-Z]\w*){0,3}[ ]News Agency)[ \t]?[:–—-]",
    # MANILA, Philippines —   BEIRUT, Lebanon –   (a place in capitals and its country)
    rf"(?P<place>{_CAPS_PLACE}),[ \t]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}}{_DASH}",
    # TEHRAN –   WASHINGTON:
    rf"(?P<place>{_CAPS_PLACE}){_DASH}",
    rf"(?P<place>{_CAPS_PLACE}):",
    # ANKARA, alone on its line (Anadolu)
    rf"(?P<place>{_CAPS_PLACE})[ \t]*(?=\n|$)",
)
_DATELINE_PATTERNS: Final = tuple(re.compile(p) for p in DATELINES)
#: What every one of them opens with: capitalised words (their letters, an agency's "&" and digits too), then after
#: spaces a comma, a bracket, a colon, a dash or the line's end. Prose fails it within a word or two, and the
#: patterns are then not tried (most openings asked are prose).
_DATELINE_OPENING: Final = re.compile(r"[A-Z][\w&'.-]*(?:[ ][A-Z][\w&'.-]*)*[ \t]*(?:[,(:\n–—-]|$)")
#: "Kuwait City: ...", "Rabat - ...": a place not in capitals with only a colon or a dash is a
#: dateline when the lexicon knows it as a city, its gazetteer's too (not any capitalised words: "Meanwhile: ...")
_KNOWN_PLACE_DATELINE: Final = re.compile(rf"(?P<place>{_PLACE})(?:[ \t]?:|{_DASH})")


def _dateline_match(text: str, start: int, known_places: bool = False) -> re.Match[str] | None:
    """The dateline opening ``text`` at ``start``; with ``known_places``, also "Rabat - ..." (not
    where a headline is told from a dateline: "Tehran: talks resume" is a headline)."""
    for pattern in _DATELINE_PATTERNS if _DATELINE_OPENING.match(text, start) is not None else ():
        m = pattern.match(text, start)
        if m is not None and (
            m.end() == len(text)
            or text[m.end()] in " \t\n"
            # "Tokyo, March 11 (Jiji Press)--Japanese ...": the dash after an agency's brackets glued to the text
            or (text[m.end()].isupper() and m.group().rstrip("-–—").endswith(")") and m.group()[-1] in "-–—")
        ):
            return m
    if not known_places:
        return None
    m = _KNOWN_PLACE_DATELINE.match(text, start)
    # a city of the gazetteer too ("Tapachula - ..."; the stop list keeps out "Reading: ...")
    if m is not None and m.end() < len(text) and text[m.end()] == " " and load_lexicon().is_city(m.group("place")):
        return m
    return None


def dateline_from(match: re.Match[str] | None) -> Dateline | None:
    """The :class:`Dateline` a match of a pattern with ``place``/``agency`` groups describes."""
    if match is None:
        return None
    groups = match.groupdict()
    span = Span.trusted(match.start(), match.end())
    return Dateline(place=groups.get("place"), agency=groups.get("agency"), span=span)


@newsfacts.hookimpl(trylast=True)
def newsfacts_find_dateline(text: str, outlet: str | None, start: int) -> Dateline | None:
    return dateline_from(_dateline_match(text, start, known_places=True))


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
