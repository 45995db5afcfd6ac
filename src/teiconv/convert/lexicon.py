"""Is a word English?  The question behind telling supplied words from original-language terms.

A translator writes ``[their]`` for a word English needs and ``[kordony]`` for the Russian word
behind a translation; both are lower-case words in brackets.  Word frequencies from ``wordfreq``
separate them without a hand-made word list: an English word has a Zipf frequency well above
zero, a transliterated Russian word has none.  An inflected form (``deducing``) is English when
its stem is.  Chinese in pinyin (``buli``, ``neng chuwai``) has short syllables that also occur
in English text as names or abbreviations, so a word built only of pinyin syllables counts as
foreign from a higher frequency on; the syllables are the language's own inventory (initials
and finals), not words of any document.
"""

from __future__ import annotations

import re
from functools import lru_cache


#: Zipf frequency (log10 per billion words) from which a word counts as English.
ENGLISH_FROM = 2.5
#: Below this a lower-case word is taken for a foreign (transliterated) term.
FOREIGN_BELOW = 1.5

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff'\u2019-]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def last_word(text: str) -> str | None:
    """``words(text)[-1]`` (None if it has none), found from the end: the text before a bracket
    can be a whole paragraph."""
    match = _WORD.search(text[::-1])  # one character class: its first run there is the last word
    return match.group()[::-1] if match else None


@lru_cache(maxsize=4096)
def frequency(word: str) -> float:
    from wordfreq import zipf_frequency  # loads its word lists: only when a bracket asks

    return zipf_frequency(word, "en")


#: English inflections: ending → what the stem ends with instead (``deducing`` → ``deduce``).
_INFLECTIONS = (("ing", "e"), ("ing", ""), ("ed", "e"), ("ed", ""), ("ies", "y"), ("es", ""), ("s", ""),
                ("ly", ""))

_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|er|ia|ie|iu|ua|uo|ui|ue|[aoeiu\u00fc])"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,4}}", re.IGNORECASE)
_PINYIN_SYLLABLES = re.compile(_PINYIN_SYLLABLE, re.IGNORECASE)


def is_english(word: str) -> bool:
    """A common English word (or an inflection of one), or a capitalised name."""
    if frequency(word) >= ENGLISH_FROM or (word[:1].isupper() and word[1:].islower()):
        return True
    lower = word.lower()
    return any(lower.endswith(ending) and len(lower) - len(ending) >= 3
               and frequency(lower[: -len(ending)] + stem) >= ENGLISH_FROM
               for ending, stem in _INFLECTIONS)


#: From this Zipf frequency a word is common English (``bureau``), not a name (``Mikoyan``).
COMMON_FROM = 4.0


def is_common_word(word: str) -> bool:
    """A word English uses often in lower case, so not by itself a name."""
    return frequency(re.sub(r"['\u2019]s$", "", word).lower()) >= COMMON_FROM


def is_pinyin(word: str) -> bool:
    """Built of Chinese syllables in pinyin (``buli``, ``chuwai``, ``Shaoqi``)."""
    return bool(_PINYIN_WORD.fullmatch(word))


def syllables(word: str) -> int:
    """How many pinyin syllables ``word`` has (0 when it is not pinyin)."""
    return len(_PINYIN_SYLLABLES.findall(word)) if is_pinyin(word) else 0


def is_foreign_term(word: str) -> bool:
    """A lower-case Latin-script word that English does not use: a transliteration."""
    if not word.islower():
        return False
    return frequency(word) < FOREIGN_BELOW or (is_pinyin(word) and not is_english(word))


def is_cyrillic(text: str) -> bool:
    """Written in Cyrillic: an original word not transliterated (``[кордоны]``)."""
    return bool(_CYRILLIC.search(text))


def is_acronym(word: str) -> bool:
    """``IKKI``, ``TsEKA``, ``VKP(b)``, ``NKID``: two or more capitals, no lower-case run."""
    capitals = sum(char.isupper() for char in word)
    return capitals >= 2 and not re.search(r"[a-z]{3,}", word)
