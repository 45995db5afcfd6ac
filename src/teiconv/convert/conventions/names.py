"""Names given in another form, or identified: ``Beiping [Beijing]``, ``Andreev [Mikoyan]``.

The translator writes after a name its modern or standard form (``Beiping [Beijing]``,
``Guomindang [Kuomintang]``, ``Tan [Tang] Enbo``), the person a pseudonym stands for
(``Filippov [Stalin]``), or who or what a pronoun means (``They [the Soviets]``, ``It [the
treaty]``).  Nothing is missing from the text, so this is not ``supplied``: the name as written
and the translator's form are the two readings of one ``choice``, ``<orig>`` and ``<reg
resp="#translator">`` (a question mark after the form, ``[Zheng?]``, is the translator's doubt:
``reg cert="low"``).  A role in small letters is not replaced by the name that identifies it
(``the Korean leader [Kim Il Sung]``): the name is the translator's ``gloss`` on it.  An acronym
takes the whole name before it whose initials spell it (``the Ministry of Foreign Affairs
[MFA]``).

Told by form: a name (capitalised words) in brackets right after a name or a pronoun.  Two
forms of a name are not this convention when the bracket completes a name instead — a name in
brackets before a capitalised word is the first part of that name (``Ambassador [Patrick]
Hurley``), and a pinyin given name after a one-syllable Chinese surname completes it (``Liu
[Shaoqi]``), and a common English word ends a title, not a name (``the Northeast [Bureau's]``;
of several words, after a common word: ``Xinhua [New China News Agency]`` is another form) —
unless the two are spellings of one word (``Tan [Tang] Enbo``).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from lxml import etree

from ..brackets import Text
from ..lexicon import is_common_word, is_pinyin, syllables
from ..rendering import bracketed, content, renders
from ..tei import Mixed, append, el, local
from .base import BracketSite, capitalised_word_follows

#: A capitalised word of a name, or initials (``S.Y.``); not the pronoun ``I``.
_WORD = r"(?:[A-Z]\.)+|[A-Z][\w'\u2019-]+"
_PERSON = rf"(?:{_WORD})(?: (?:{_WORD})){{0,3}}"
#: A name in brackets: up to four capitalised words, "the" and a name (``the Soviets``), or a
#: list of names (``Liu Shaoqi, Gao Gang, and Wang Jiaxiang``).
_NAME = re.compile(rf"(?P<name>(?:the )?{_PERSON}(?:(?:,? and |, ){_PERSON}){{0,5}})(?P<doubt>\?)?")
#: A name before the bracket: up to three capitalised words, then the space before the bracket.
_NAME_BEFORE = re.compile(rf"(?<![\w.'\u2019-])(?P<name>(?:{_WORD})(?: (?:{_WORD})){{0,2}})(?P<space>[ \t]+)$")
_PRONOUN_BEFORE = re.compile(r"\b(?P<name>[Tt]hey|[Ww]e|[Hh]e|[Ss]he|[Ii]t|them|us|him|her|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur)"
                             r"(?P<space>[ \t]+)$")
#: The pronouns small-letter words in brackets say the meaning of: a subject or a possessive (after
#: an object, ``gave them [the documents]``, they are more likely the object the translator supplied).
_REFERRING_PRONOUNS = frozenset("they we he she it his its their our".split())
#: Who or what a pronoun means, in small letters or a name's possessive: ``It [the treaty]``, ``We
#: [the Chinese side]``, ``His [Stalin's]`` (after a name, such words would be supplied ones); not
#: words that run on into the text, ending in a function word (``him [the whereabouts of the]``).
_REFERENT = re.compile(r"(?P<name>the(?: [\w'\u2019-]+){0,3} (?!(?:the|a|an|of|to|and|or|in|on|at|by|for|with|from)$)"
                       r"[\w'\u2019-]+|[A-Z][\w-]+['\u2019]s)")
#: A role in small letters that a name identifies (``the Korean leader [Kim Il Sung]``); with a
#: capital it is a name before the bracket, another form of which the bracket gives (``the
#: Chairman [Mao Zedong]``).
_ROLE_BEFORE = re.compile(r"\b(?:leader|chairman|premier|president|minister|ambassador|secretary|general"
                          r"|marshal|commander|chief|envoy|representative|delegate|consul|chancellor)[ \t]+$")
#: Enough of the text before a bracket for the longest role, a space or two after it and the
#: character before it: only that end is searched, not the whole paragraph.
ROLE_MAX_CHARS = 24
#: An acronym in brackets (``[MFA]``), and a name before it that may spell it out: capitalised
#: words, with the small words of a name's title between them; how far back it is looked for.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_INITIALLED_NAME = re.compile(r"(?<![\w'\u2019-])(?P<name>[A-Z][\w'\u2019-]*"
                              r"(?: (?:(?:of|the|for|and|on|in) )*[A-Z][\w'\u2019-]*)+)[ \t]+$")
ACRONYM_NAME_MAX_CHARS = 120
#: Two spellings of one name are at least this alike (Beiping/Beijing, Tan/Tang, Zhong/Zheng).
SAME_NAME = 0.7
DOUBT = "low"


def another_form(site: BracketSite) -> etree._Element | None:
    bracket = site.bracket
    form = _NAME.fullmatch(site.inner) or _REFERENT.fullmatch(site.inner)
    if form is None or not bracket.closed or bracket.double or not all(isinstance(c, Text) for c in site.children):
        return None
    cert = DOUBT if form.re is _NAME and form.group("doubt") else None
    before = site.out[-1] if site.out and isinstance(site.out[-1], str) else ""
    if _ROLE_BEFORE.search(before[-ROLE_MAX_CHARS:]):
        if capitalised_word_follows(site):
            return None  # ``the ambassador [Patrick] Hurley``: the bracket begins a name
        return el("gloss", {"resp": "#translator", "cert": cert}, form.group("name"))
    host = _name_before(site.out)
    if host is None:
        return None
    name, pronoun, line_break, sentence_initial = host
    if form.re is _REFERENT and name.lower() not in _REFERRING_PRONOUNS:
        return None  # after a name, or an object (``gave them [the documents]``): supplied words
    if not pronoun and not line_break:
        name = _spelled_out(site.out[-1], form.group("name")) or name
    respelt = not pronoun and _spellings_of_one_name(name, form.group("name"))
    if respelt and " " not in form.group("name"):
        name = name.split()[-1]  # Liu Wenkui [Wenhui]: the given name is respelt
    if not pronoun and not respelt and (sentence_initial or _completes_a_name(site, name, form.group("name"))):
        return None
    written: list[Mixed] = [name]
    if line_break:
        written.append(site.out.pop())
    site.out[-1] = site.out[-1][: site.out[-1].rstrip(" \t").rfind(name)]
    reg = el("reg", {"resp": "#translator", "cert": cert}, form.group("name"))
    return el("choice", None, append(el("orig"), written), reg)


def _spelled_out(before: str, acronym: str) -> str | None:
    """``the Ministry of Foreign Affairs [MFA]``: the name before the bracket whose capitalised
    words' initials spell the acronym in it (words such as ``of`` between them), when it reaches
    further back than a name of capitalised words alone."""
    if not _ACRONYM.fullmatch(acronym):
        return None
    end = before[-ACRONYM_NAME_MAX_CHARS:]
    match = _INITIALLED_NAME.search(end)
    while match:  # from the longest name the expression finds to shorter ones ending at the bracket
        name = match.group("name")
        if "".join(word[0] for word in name.split() if word[0].isupper()) == acronym:
            return name
        match = _INITIALLED_NAME.search(end, match.start("name") + 1)
    return None


def _name_before(out: list[Mixed]) -> tuple[str, bool, bool, bool] | None:
    """The name (or pronoun) before the bracket, whether it is a pronoun, whether a line break
    (``<lb/>``) stands between them, and whether it is a common word starting a sentence."""
    line_break = bool(out) and isinstance(out[-1], etree._Element) and local(out[-1]) == "lb"
    text = out[-2] if line_break and len(out) >= 2 else (None if line_break or not out else out[-1])
    if not isinstance(text, str):
        return None
    probe = text + " " if line_break else text
    for pattern, pronoun in ((_PRONOUN_BEFORE, True), (_NAME_BEFORE, False)):
        match = pattern.search(probe)
        if match:
            name = match.group("name")
            return name, pronoun, line_break, _sentence_initial_word(probe[: match.start()], name)
    return None


def _sentence_initial_word(before: str, name: str) -> bool:
    """``Yesterday [Stalin] said``: a common word capitalised only because a sentence starts."""
    return " " not in name and is_common_word(name) and (not before.strip() or before.rstrip()[-1:] in ".!?:;")


def _spellings_of_one_name(name: str, form: str) -> bool:
    last = name.split()[-1].lower()
    return SequenceMatcher(None, last, form.lower().removeprefix("the ").split()[0]).ratio() >= SAME_NAME


def _completes_a_name(site: BracketSite, name: str, form: str) -> bool:
    """The bracket is part of a name (or a title), not another name: see the module's doc."""
    return capitalised_word_follows(site) or _ends_a_title(name, form) or _given_name(name, form)


def _ends_a_title(name: str, form: str) -> bool:
    """``the Northeast [Bureau's]``, ``the People's [Liberation Army]``: a common English word ends
    the bracket, which ends a title begun by the word before it — one word, or words after a
    common word (``Xinhua [New China News Agency]`` gives a name another form)."""
    return is_common_word(form.split()[-1]) and (" " not in form or is_common_word(name.split()[-1]))


def _given_name(surname: str, form: str) -> bool:
    """``Liu [Shaoqi]``: a one-syllable Chinese surname, then a given name of one or two syllables."""
    return syllables(surname) == 1 and is_pinyin(form) and 1 <= syllables(form) <= 2


def _is_another_form(element: etree._Element) -> bool:
    return [local(child) for child in element] == ["orig", "reg"]


@renders("choice", _is_another_form)
def _another_form(element: etree._Element) -> str:
    orig, reg = element
    written = content(orig)
    separator = "" if written.endswith("\n") else " "
    return written + separator + bracketed(reg, content(reg) + ("?" if reg.get("cert") == DOUBT else ""))
