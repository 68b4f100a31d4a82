"""Statement rules: who said, stressed, condemned, called for what.

Every reporting cue of the lexicon in a sentence is a candidate; it becomes a statement
only when a rule finds its speaker:

* ``statement.finite``: a subject right before the cue ("Rahimi further welcomed ...");
* ``statement.coordinated``: a cue joined to the one before ("..., voiced support for B and
  stressed the need for C"), sharing its speaker;
* ``statement.participle``: ", stressing the need for D" after a clause with a speaker;
* ``statement.fronted_participle``: "Describing X as Y, the minister said ...";
* ``statement.fronted_quote``: "“...,” he said." and "..., said Wang.";
* ``statement.according_to``: "according to (a statement issued by) X";
* ``statement.account_whole``: "According to the ministry, A welcomed X and urged Y": the account's
  content is the whole clause; A's own cues are statements of their own;
* ``statement.according_to_aside``: "X, according to a statement from Y, urged ...": Y's account
  is a statement whose content is the rest of the clause (X's own cue stays X's: the
  content of a cue after the aside runs to the end of the sentence);
* ``statement.trailing_source``: "..., people familiar with the matter said", "..., the people
  said", "..., his office said", "..., the readout said": a source no actor rule names, after
  what it reports;
* ``statement.relative_who``: "..., Salcedo, who had accused China of ...": the relative
  pronoun's antecedent is the speaker;
* ``statement.anonymous_source``: "Western diplomats said", "Two EU diplomats told the paper",
  "..., experts said": a plural source noun with no determiner is an unnamed group that speaks;
* ``statement.possessive_noun``: "following X's announcement that ...": the possessor of a noun of speech (the
  lexicon's ``speech_noun`` table) said what follows "that";
* ``statement.fronted_title``: "..., presidential spokesman X said", "according to presidential
  spokesman X": lower-case words before the speaker's title.

A cue without a speaker yields nothing. Content runs from the cue to the end of the clause
(the next coordinated cue or the end of the sentence), copied from the text.

The modules, lowest first (a module imports only those above it):

* ``patterns``: the regexes and word tables several modules share;
* ``drafts``: StatementDraft, StatementState and the lookups every rule uses;
* ``quotemarks``: where quotation marks stand, quotes left open or closed paragraphs on;
* ``content``: where a content starts and ends, and the draft made from it (``_make``);
* ``coordinated``: coordinated cues and the content they cut;
* ``speakers``: the keys a speaker mention stands for, the subject a clause opens with;
* ``bodies``: institutions named as speakers;
* ``offices``: offices, press services and spokespersons;
* ``issuers``: who issued the statement, communiqué or readout that speaks;
* ``unnamed``: anonymous and unnamed sources, joint subjects, a relative "who";
* ``kinds``: a statement's content kind;
* ``quotes``: quote paragraphs, quoted parties, continued quotes;
* ``participles``: participle cues;
* ``according``: "according to X" and "citing X";
* ``trailing``: a trailing source ("..., officials said");
* ``finite``: the finite-verb cue rule;
* ``possessives``: a possessor's noun of speech;
* ``extract``: ``extract_statements``, the driver.
"""

from __future__ import annotations

from newsfacts.rules.statements.drafts import StatementDraft, StatementState
from newsfacts.rules.statements.extract import extract_statements

__all__ = ["StatementDraft", "StatementState", "extract_statements"]
