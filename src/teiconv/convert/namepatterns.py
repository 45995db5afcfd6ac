"""The genre's ways of naming, for names the registers do not know yet.

Each pattern is a habit of diplomatic and party documents, not a list of their names:

- **title**: a title or form of address before a name — ``Cde. Pishevari``, ``Ambassador Kovalev``,
  ``Cdes. STALIN, MOLOTOV, and BERIA`` (a plural title before a list names each) → person;
- **initials**: initials before a surname — ``A. Vyshinsky`` → person;
- **place phrase**: ``the city of X``, ``the province of X``, ``X province`` → place;
- **organisation**: capitalised words ending in an organisation's word — ``People's Party``,
  ``Communist Party of Iran``, ``Personnel Department`` → organisation;
- **unknown word**: a run of capitalised words one of which English does not use (wordfreq:
  :mod:`teiconv.convert.lexicon`) — ``Ehsanullah``, ``Suleiman Mirza`` → a place after a
  preposition of place (``in Rasht``, ``returned from Xichang``), else a person;
- **listed with places**: a name the last pattern could only take for a person that stands in a
  list with a place is a place — ``Canton, Nanning, Kunming``, ``Canton and Guilin``, ``the
  Beiping-Haikou railroad`` (:func:`listed_with_places`).

What they find is a :class:`Candidate`: the name as an entry would hold it, its kind, and the
reference its mentions share (``#cand-person-ehsanullah``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from .lexicon import frequency

#: Zipf frequency from which a capitalised word is an English word, not a name.
COMMON_FROM = 3.0
#: A word at either end of a run of capitalised words this common in English is not part of the
#: name (``Soviet``, ``Ambassador``); ``Zhou``, ``Liu`` are less common than that.
EDGE_COMMON_FROM = 3.9
#: After a title, a word is a name unless English uses it this much (``General Assembly``).
AFTER_TITLE_COMMON_FROM = 4.5
#: A leading word this frequent (``The``, ``Our``) is not part of an organisation's name.
FUNCTION_WORD_FROM = 5.8

TITLES = r"""Cde\.|Comrade|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Professor|Sir|Madame|Mme\.|Monsieur|Gen\.|
General|Marshal|Colonel|Col\.|Major|Captain|Admiral|Lieutenant|President|Premier|Chairman|
Chancellor|Prime\s+Minister|Foreign\s+Minister|Minister|Ambassador|Senator|Governor|Consul|
Prince|Princess|King|Queen|Emperor|Deputy|Vice-Premier|Vice-Chairman|Secretary-General|
Undersecretary|Under-Secretary|State\s+Secretary|Charg[ée]\s+d['\u2019]Affaires|Amir|Emir|Sheikh|Ayatollah|Mullah"""
PLURAL_TITLES = r"Cdes\.|Comrades|Messrs\.|Generals|Marshals"
ORGANISATION_WORDS = r"""Party|Committee|Ministry|Commissariat|Council|Bureau|Department|Directorate|
Commission|Administration|Front|Union|League|Federation|Organi[sz]ation|Association|Congress|
Assembly|Parliament|Embassy|Consulate|Academy|Agency|Bank|Company|Corporation|Institute|
University|Society|Army|Navy|Fleet|Division|Corps|Command|Headquarters|Office|Chancellery|Secretariat|
Politburo|Presidium|International|Cominform|Comintern"""
#: Words for a kind of place, after its name (``Gilan province``, ``the Yalu River``) or before it
#: (``the city of Zanjan``), in small letters or with a capital.
PLACE_WORDS = "|".join(f"{word}|{word.capitalize()}" for word in """city town village port province
region district island islands republic capital county oblast river lake sea reservoir canal strait
bay gulf peninsula valley desert mountains""".split())
PLACE_PREPOSITIONS = frozenset("in at near into towards toward across throughout inside within around".split())
#: Prepositions of an opening phrase (``In Tabriz, …``, ``From Moscow, …``).
OPENING_PREPOSITIONS = PLACE_PREPOSITIONS | {"from", "to"}
#: After a verb of going, ``to``, ``from`` and ``for`` lead to a place too (``his return from
#: Xichang``, ``left for Moscow``); after others a person may follow (``a letter from Stalin``).
MOVEMENT_VERBS = frozenset("""arrive arrived arrives arrival return returned returns go goes went gone
travel travelled traveled travels fly flew flown flight depart departed departure leave left leaves
move moved come came withdraw withdrew withdrawn withdrawal retreat retreated march marched advance
advanced flee fled evacuate evacuated evacuation journey trip transfer transferred""".split())
#: Endings of words for peoples, doctrines and what is made of a name (``Iranian``, ``Japanese``,
#: ``Leninist``, ``Anglophile``, ``Sovietization``).
NOT_NAMES = re.compile(r"(?:ians?|eses?|ists?|isms?|ans|ophiles?|i[sz]ation|i[sz]e[sd]?)$")
#: A plural is a people's name when its singular is this share of a known place's name or more.
PEOPLE_STEM_SHARE = 0.6
#: A word at the start of a sentence is taken for a name only when English has next to no use for
#: it (``Deciphered``, ``Interjection`` begin sentences; ``Ehsanullah`` is a name).
SENTENCE_START_BELOW = 2.15
_SENTENCE_OPENERS = ".!?:;\"\u201c(["


def _compact(pattern: str) -> str:
    return "".join(pattern.split("\n"))


WORD = r"[A-Z][\w\u2019'\-]*[\w]"
#: A capital that begins a word: ``\b[A-Z]`` written so that an expression opens with the capital,
#: which the expression engine jumps to from one to the next (an expression that opens with
#: ``\b`` or a look-behind is tried at every position of the text); the look-behind after it
#: checks the character before the capital.  ``_INITIALLED`` opens the same way.
CAPITAL_STARTING_WORD = r"[A-Z](?<!\w.)"


def _by_first_letter(alternatives: str, after_letter: str = "") -> str:
    r"""``(?:A|B…)`` for ``alternatives`` that each open with a letter, grouped by that letter
    (``C(?:de\.|omrade|…)|M(?:r\.|…)``), with ``after_letter`` after it.  At each position the
    expression engine tries the alternatives one by one, some hundred of them at every capital
    of a text; grouped, it tries the group of the letter there only.  The match is the flat
    list's: alternatives that open with different letters never match at one position, and
    those of one letter keep their order."""
    groups: dict[str, list[str]] = {}
    for word in _compact(alternatives).split("|"):
        assert word[:1].isalpha(), "each alternative opens with a letter"
        groups.setdefault(word[0], []).append(word[1:])
    return "(?:" + "|".join(f"{letter}{after_letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()) + ")"


def _word_starting(alternatives: str) -> str:
    """``\b(?:A|B…)`` for words ``alternatives`` that each open with a letter, written the same
    way: each alternative's first letter, then the look-behind that checks the character before
    it, so that the expression engine jumps from one of their first letters to the next."""
    return _by_first_letter(alternatives, r"(?<!\w.)")


CAPITAL_WORD = rf"(?:{WORD}|[A-Z])"
NAME = rf"(?:(?:[A-Z]\.\s?){{0,3}}{WORD}(?:\s+{WORD}){{0,2}})"

_TITLE = re.compile(rf"{_word_starting(TITLES + '|' + PLURAL_TITLES)}(?!\w)")
_TITLED = re.compile(rf"{_word_starting(TITLES)}\s+({NAME})")
_LISTED = re.compile(rf"{_word_starting(PLURAL_TITLES)}\s+({NAME}(?:\s*,\s*(?:and\s+)?{NAME})*(?:,?\s+and\s+{NAME})?)")
_INITIALLED = re.compile(rf"([A-Z](?<![\w.].)\.\s?(?:[A-Z]\.\s?){{0,2}}{WORD})")
_PLACE_OF = re.compile(rf"{_word_starting(PLACE_WORDS)}\s+of\s+({WORD}(?:\s+{WORD})?)")
_PLACE_BEFORE = re.compile(rf"({CAPITAL_STARTING_WORD}[\w\u2019'\-]*[\w])\s+{_by_first_letter(PLACE_WORDS)}\b")
#: Opens with a look-ahead for the capital every match opens with: a position without one is
#: left at once, not after the repetition of capitalised words and the organisation's words
#: have been tried there.
_ORGANISATION = re.compile(
    rf"(?=[A-Z])((?:{CAPITAL_WORD}\s+)*{_by_first_letter(ORGANISATION_WORDS)}"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?{CAPITAL_WORD}(?:\s+{CAPITAL_WORD})*)?)(?![\w])")
_CAPITAL = re.compile(r"[A-Z]")
#: Tests that let a stretch skip the patterns it has nothing for (most stretches have no title,
#: organisation's or place's word).  A title or an organisation's word anywhere, without the word
#: boundaries, which the expression engine finds by jumping from one of their first letters to
#: the next (a pattern that opens with ``\b`` is tried at every position): the two looked for at
#: once, and each only from the first of either on (neither is before it).  A place pattern
#: needs ``of`` before a capital (``the city of X``) or a place's word right after a run of
#: capitalised words (``Gilan province``), which is looked for at the end of each run.
_ANY_TITLE = re.compile(_by_first_letter(f"{TITLES}|{PLURAL_TITLES}"))
_ANY_ORGANISATION_WORD = re.compile(_by_first_letter(ORGANISATION_WORDS))
_ANY_TITLE_OR_ORGANISATION_WORD = re.compile(_by_first_letter(f"{TITLES}|{PLURAL_TITLES}|{ORGANISATION_WORDS}"))
_OF_CAPITAL = re.compile(r"of\s+[A-Z]")
_PLACE_WORD_AFTER = re.compile(rf"\s+{_by_first_letter(PLACE_WORDS)}")
_PLACE_WORD_ENDING = re.compile(rf"\s{_by_first_letter(PLACE_WORDS)}$")
#: Initials need a capital before a full stop: looked for from each full stop (the expression
#: engine jumps from one to the next), the capital checked behind it.
_CAPITAL_FULL_STOP = re.compile(r"\.(?<=[A-Z]\.)")
_NON_SPACE = re.compile(r"\S+")
_ORGANISATION_WORD = re.compile(rf"{_word_starting(ORGANISATION_WORDS)}\b")
_PLACE_WORD = re.compile(rf"{_word_starting(PLACE_WORDS)}\b")
_CAPITALISED_RUN = re.compile(rf"({CAPITAL_STARTING_WORD}[\w\u2019'\-]*[\w](?:\s+{WORD})*)")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|,?\s+and\s+")
_PRECEDING_WORD = re.compile(r"(\w+)\W*$")
#: An ordinal, in figures or in a word with a capital (``4th``, ``Seventh``): a capitalised word
#: after one names a meeting, a session or a unit, not a person (``the 4th Plenum``, ``the
#: Seventh Congress``; ``first Mao spoke`` is an adverb).
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
                      r"|Eleventh|Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth)")
_ABBREVIATION_END = re.compile(r"\.\s*[^\sA-Z]")
#: ``BArch``, ``OECF``: two capitals or more in one short word name an organisation.
_ACRONYM = re.compile(r"(?=\w*[A-Z]\w*[A-Z])[A-Z][A-Za-z]{1,7}")
#: What joins two names of a list: a comma, ``and`` or ``or`` (after a comma or not), or a hyphen,
#: dash or slash between two names written as one (``the Beiping-Haikou railroad``).
_LIST_JOIN = re.compile(r"\s*,\s*|(?:\s*,)?\s+(?:and|or)\s+|[\-\u2013/]")
#: The kind :func:`_unknown_words` gives a name with nothing to go by.
GUESSED_PERSON = "person, guessed"


@dataclass(frozen=True)
class Candidate:
    """A name proposed for a register: its kind (person, place, org) and the form it is known by."""

    kind: str
    name: str
    #: A person only because nothing said otherwise (the unknown-word pattern, no preposition of
    #: place before it): what the names listed with it are may still say.
    guessed: bool = field(default=False, compare=False)

    @property
    def ref(self) -> str:
        return f"#cand-{self.kind}-{slug(self.name)}"


@lru_cache(maxsize=4096)
def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_name)) or "x"


def display(name: str) -> str:
    """The form an entry holds: ``MOLOTOV`` → ``Molotov``; white space and hyphens kept single."""
    name = " ".join(name.split())
    return name.title() if name.isupper() and len(name) > 3 else name


@lru_cache(maxsize=8192)
def is_common(word: str, threshold: float = COMMON_FROM) -> bool:
    """An English word (``Government``, ``Soviet's``, ``Chargé``), or a word for a people or a
    doctrine."""
    word = re.sub(r"['\u2019]s$", "", word)
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return frequency(plain.lower()) >= threshold or bool(NOT_NAMES.search(word))


@lru_cache(maxsize=8192)
def _name_in_run(run: str) -> tuple[int, int] | None:
    """Where the name is in a run of capitalised words: English words at its ends taken off
    (``Soviet Ambassador Petrov``), kept if one of its words is not English (``Zhou Enlai``);
    remembered: the same runs, ``Soviet Union``, ``Comrade``, come back in every document."""
    words = list(_NON_SPACE.finditer(run))
    while words and is_common(words[0].group(), EDGE_COMMON_FROM):
        words.pop(0)
    while words and is_common(words[-1].group(), EDGE_COMMON_FROM):
        words.pop()
    if all(is_common(word.group()) for word in words):
        return None
    return words[0].start(), words[-1].end()


def _initialled(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    for match in _INITIALLED.finditer(text, start, end):
        if not is_common(match.group(1).rsplit(".", 1)[-1].strip()):
            yield "person", match.start(1), match.end(1)


def _titled(text: str, start: int, end: int) -> Iterator[tuple[str | None, int, int]]:
    for match in _LISTED.finditer(text, start, end):
        yield None, match.start(), match.start(1)
        position = match.start(1)
        for part in _LIST_SEPARATOR.split(match.group(1)):
            offset = text.index(part, position)
            yield "person", offset, offset + len(part)
            position = offset + len(part)
    for match in _TITLED.finditer(text, start, end):
        yield None, match.start(), match.start(1)
        trimmed = _strip_title_words(text, match.start(1), match.end(1))
        if trimmed:
            yield "person", *trimmed
    for match in _TITLE.finditer(text, start, end):
        yield None, match.start(), match.end()  # before a registered name, or before none


def _strip_title_words(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """``President Truman Said`` keeps ``Truman``: a name ends before a common word."""
    words = list(_NON_SPACE.finditer(text[start:stop]))
    kept: list[re.Match] = []
    for word in words:
        if kept and is_common(word.group()):
            break
        kept.append(word)
    first = kept[0].group() if kept else ""
    if not kept or _ORGANISATION_WORD.fullmatch(first) or is_common(first, AFTER_TITLE_COMMON_FROM):
        return None
    return start + kept[0].start(), start + kept[-1].end()


def _places(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    if not _PLACE_WORD.search(text, start, end):
        return
    for pattern in (_PLACE_OF, _PLACE_BEFORE):
        for match in pattern.finditer(text, start, end):
            if not is_common(match.group(1).split()[0]):
                yield "place", match.start(1), match.end(1)


def _organisations(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    for match in _ORGANISATION.finditer(text, start, end):
        words = match.group(1).split()
        if len(words) < 2:
            continue
        stretch = _strip_leading_function_words(text, match.start(1), match.end(1))
        if stretch and len(text[stretch[0]:stretch[1]].split()) >= 2:
            yield "org", *stretch


def _strip_leading_function_words(text: str, start: int, stop: int) -> tuple[int, int] | None:
    words = list(_NON_SPACE.finditer(text[start:stop]))
    while words and frequency(words[0].group().lower()) >= FUNCTION_WORD_FROM:
        words.pop(0)
    return (start + words[0].start(), stop) if words else None


def _unknown_words(text: str, runs: list[re.Match], places: frozenset[str]) -> Iterator[tuple[str, int, int]]:
    for match in runs:
        name_in_run = _name_in_run(match.group(1))
        if not name_in_run:
            continue
        first, last = match.start(1) + name_in_run[0], match.start(1) + name_in_run[1]
        name = text[first:last]
        if _derived(name, places):
            continue
        if _starts_sentence(text, first) and is_common(name.split()[0], SENTENCE_START_BELOW):
            continue
        if _ACRONYM.fullmatch(name):
            yield "org", first, last
            continue
        if _ABBREVIATION_END.match(text, last):
            continue  # ``Spets. №``: an abbreviation, not a name ending a sentence
        if name.isupper():
            continue  # a heading or routing line in capitals: its names are the registers' to find
        if _ORGANISATION_WORD.fullmatch(name):
            yield "org", first, last  # ``Politburo``, ``Secretariat``: an organisation's word alone
            continue
        if _after_place_preposition(text, first):
            yield "place", first, last
        elif not _after_ordinal(text, first):
            yield GUESSED_PERSON, first, last


def _after_ordinal(text: str, position: int) -> bool:
    """``the 4th Plenum``: an ordinal, and only white space, right before ``position`` (not one
    that opens a sentence: ``First Ivanov spoke``)."""
    before = _word_before(text, position)
    return before is not None and bool(_ORDINAL.fullmatch(before[0])) \
        and text[before[1] + len(before[0]):position].isspace() and not _starts_sentence(text, before[1])


def _word_before(text: str, position: int) -> tuple[str, int] | None:
    """The word before ``position`` (punctuation between them allowed) and where it starts."""
    window = max(0, position - 30)
    before = _PRECEDING_WORD.search(text, window, position)
    return (before.group(1), before.start(1)) if before else None


def _after_place_preposition(text: str, position: int) -> bool:
    """``in Rasht``, ``near Tabriz``; ``returned from Xichang``, ``left for Moscow``."""
    before = _word_before(text, position)
    if before is None:
        return False
    word = before[0].lower()
    if word in PLACE_PREPOSITIONS:
        return True
    if word not in ("to", "from", "for"):
        return False
    verb = _word_before(text, before[1])
    return verb is not None and verb[0].lower() in MOVEMENT_VERBS


def _starts_sentence(text: str, position: int) -> bool:
    """Nothing but white space before ``position``, or the end of a sentence or an opening."""
    before = text[max(0, position - 10):position].rstrip()
    return not before or before[-1] in _SENTENCE_OPENERS


@lru_cache(maxsize=8192)
def _derived(word: str, places: frozenset[str]) -> bool:
    """``Azerbaijani``, ``Iranians``: a word made from the name of a known place; ``Yugoslavs``,
    ``Turks``: a people named by most of its country's name, in the plural (a person's name may
    begin a place's, ``Stalin``, but is not plural; ``Philips`` is too little of
    ``Philippines``).  Remembered: the same words come back in every document."""
    if any(word[:length] in places for length in range(4, len(word))):
        return True
    stem = word[:-1]
    return word.endswith("s") and len(stem) >= 4 and any(
        place.startswith(stem) and len(stem) >= PEOPLE_STEM_SHARE * len(place) for place in places)


def _may_have_place(text: str, start: int, end: int, runs: list[re.Match]) -> bool:
    """Whether a place pattern can match in the stretch: ``of`` before a capital, or a place's
    word right after a run of capitalised words."""
    return bool(_OF_CAPITAL.search(text, start, end)) or any(
        _PLACE_WORD_AFTER.match(text, run.end(), end) or _PLACE_WORD_ENDING.search(run.group()) for run in runs)


def _readings(text: str, start: int, end: int, runs: list[re.Match],
              places: frozenset[str]) -> list[Iterator[tuple[str | None, int, int]]]:
    """The patterns' readings of the stretch, most telling first (where two overlap, the earlier
    one's reading stands): each pattern the stretch passes the test of (initials need a capital
    before a full stop); the runs of capitalised words, read for unknown words, last."""
    readings: list[Iterator[tuple[str | None, int, int]]] = []
    if _CAPITAL_FULL_STOP.search(text, start, end):
        readings.append(_initialled(text, start, end))
    word = _ANY_TITLE_OR_ORGANISATION_WORD.search(text, start, end)
    if word and _ANY_TITLE.search(text, word.start(), end):
        readings.append(_titled(text, start, end))
    if _may_have_place(text, start, end, runs):
        readings.append(_places(text, start, end))
    if word and _ANY_ORGANISATION_WORD.search(text, word.start(), end):
        readings.append(_organisations(text, start, end))
    if runs:
        readings.append(_unknown_words(text, runs, places))
    return readings


def find_candidates(text: str, start: int, end: int,
                    places: frozenset[str] = frozenset()) -> Iterator[tuple[Candidate, int, int]]:
    """Candidate names in ``text[start:end]``: (candidate, start, end), in text order, none
    overlapping another; ``places`` are the known places' one-word names (what ``Azerbaijani``
    is made from is not a new name)."""
    capital = _CAPITAL.search(text, start, end)
    if not capital:
        return iter(())  # every pattern begins with a capital
    runs = list(_CAPITALISED_RUN.finditer(text, capital.start(), end))
    taken: list[tuple[int, int]] = []
    found = []
    for reading in _readings(text, start, end, runs, places):
        for kind, first, last in reading:
            if any(first < stop and begin < last for begin, stop in taken):
                continue
            if kind is None:
                taken.append((first, last))
                continue
            if text.endswith(("'s", "\u2019s"), first, last):
                last -= 2
            taken.append((first, last))
            guessed = kind is GUESSED_PERSON
            found.append((Candidate("person" if guessed else kind, display(text[first:last]), guessed), first, last))
    return iter(sorted(found, key=lambda item: item[1]))


def listed_with_places(text: str, names: list[tuple[int, int, str, bool]]) -> set[int]:
    """Which of ``names`` — (start, end, kind, guessed) of every name in ``text``, in text order —
    are places by the company they keep: a guessed person joined in a list to a place
    (``Canton, Nanning, Kunming``; ``Canton and Guilin``; ``Beiping-Haikou``), and so on along the
    list.  A comma joins two names only where the list goes on from one of them (``Canton,
    Nanning,`` ``…``), and not after an opening phrase: in ``In Tabriz, Pishevari and Qavam met``
    Pishevari is no place."""
    joins = [_join(text, before[1], after[0]) for before, after in zip(names, names[1:])]
    for index, join in enumerate(joins):
        if join == "," and _opens_sentence_with_preposition(text, names[index][0]):
            joins[index] = None
    kinds = [kind for _, _, kind, _ in names]
    places: set[int] = set()
    changed = True
    while changed:
        changed = False
        for index, (_, _, kind, guessed) in enumerate(names):
            if not guessed or index in places:
                continue
            left = joins[index - 1] if index else None
            right = joins[index] if index < len(joins) else None
            if (left and kinds[index - 1] == "place" and (left != "," or right)) or \
                    (right and kinds[index + 1] == "place" and (right != "," or left)):
                kinds[index] = "place"
                places.add(index)
                changed = True
    return places


def _join(text: str, end: int, start: int) -> str | None:
    """How the names ending at ``end`` and starting at ``start`` are joined: "," (a comma alone),
    "word" (``and``, ``or``, a hyphen: a list for certain), or None (not as a list)."""
    match = _LIST_JOIN.fullmatch(text, end, start)
    if not match:
        return None
    return "," if match.group().strip() == "," else "word"


def _opens_sentence_with_preposition(text: str, position: int) -> bool:
    """``In Tabriz``: a name after a capitalised preposition that opens a sentence."""
    before = _word_before(text, position)
    if before is None or not before[0][:1].isupper():
        return False
    word, start = before
    return word.lower() in OPENING_PREPOSITIONS and _starts_sentence(text, start)
