"""Is a word English?  The question behind telling supplied words from original-language terms.

A translator writes ``[their]`` for a word English needs and ``[kordony]`` for the Russian word
behind a translation; both are lower-case words in brackets.  Word frequencies from ``wordfreq``
separate them without a hand-made word list: an English word has a Zipf frequency well above
zero, a transliterated Russian word has none.
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


@lru_cache(maxsize=4096)
def frequency(word: str) -> float:
    from wordfreq import zipf_frequency  # loads its word lists: only when a bracket asks

    return zipf_frequency(word, "en")


def is_english(word: str) -> bool:
    """A common English word, or a capitalised name (names are English text too)."""
    return frequency(word) >= ENGLISH_FROM or (word[:1].isupper() and word[1:].islower())


def is_foreign_term(word: str) -> bool:
    """A lower-case Latin-script word that English does not use: a transliteration."""
    return word.islower() and frequency(word) < FOREIGN_BELOW


def is_cyrillic(text: str) -> bool:
    """Written in Cyrillic: an original word not transliterated (``[кордоны]``)."""
    return bool(_CYRILLIC.search(text))


def is_acronym(word: str) -> bool:
    """``IKKI``, ``TsEKA``, ``VKP(b)``, ``NKID``: two or more capitals, no lower-case run."""
    capitals = sum(char.isupper() for char in word)
    return capitals >= 2 and not re.search(r"[a-z]{3,}", word)
