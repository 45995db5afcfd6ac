"""Names: mentions of persons, places and organisations, marked and linked to the registers.

The last stage of the conversion, run on the finished TEI: a pass over the text of ``<body>``
(inside the translator's brackets too, whatever element they became), so it depends on no other
stage's markup.  Two kinds of mention are marked:

- **registered**: any form of an entry of the registers (:mod:`teiconv.registers`) — its name
  and variants, upper-case (``MOLOTOV``), hyphen or space (``Kuchuk-Khan``/``Kuchuk Khan``), with
  initials before it (``I. V. Stalin``), before a possessive — becomes ``persName``/``placeName``
  /``orgName`` with ``@ref`` to the entry (``person:stalin``); a pseudonym (``Filippov``) points
  to the person it stands for and is typed ``pseudonym``.
- **candidates**: names the registers do not know, found by the patterns of the genre (see
  :mod:`teiconv.convert.namepatterns`), point to an entry proposed in the document's own
  ``standOff`` (``#cand-person-ivanov``, ``@resp="#teiconv"``), which the editor confirms into
  a register, merges with an entry, or rejects (``teiconv registers``).

Nothing else changes: a name element holds exactly the text it replaced, so ``totext`` is as
before.  The registers' prefixes are declared in the header (``listPrefixDef``) so that any TEI
tool resolves ``person:stalin`` to ``../registers/persons.xml#stalin``.
"""

from __future__ import annotations

import re
from copy import copy, deepcopy
from functools import lru_cache
from pathlib import Path
from typing import Iterable, NamedTuple

from lxml import etree

from ..diagnostics import Diagnostic, Severity
from ..registers.model import KIND_BY_NAME, KINDS, Entry, Kind, Registers
from .namepatterns import Candidate, display, find_candidates, listed_with_places
from .tei import el, local, qname, sub

#: Elements whose text is not running prose that could name someone (or is a name already):
#: their tags, as lxml gives them.
SKIP = frozenset(qname(name) for name in
                 "persName placeName orgName name idno date time gap desc foreign g ref ptr".split())
#: Initials written before a surname: ``I. V.``, ``I.V.``, ``J.``
_INITIALS = re.compile(r"(?:\b[A-Z]\.\s?){1,3}$")
_WORD_END = re.compile(r"[\w'\u2019]")
_CAPITAL = re.compile(r"[A-Z]")
_SEPARATOR = re.compile(r"[\s\u00a0\-\u2010\u2011]+")


@lru_cache(maxsize=4096)
def canonical(text: str) -> str:
    """The form mentions are compared in: one space for hyphens and white space, apostrophes
    straight."""
    return _SEPARATOR.sub(" ", text.replace("\u2019", "'")).strip()


class Mention(NamedTuple):
    """A stretch of one text node naming an entity: where, which element, what it points at (a
    tuple: made for every name of every document, where a frozen dataclass costs a call per
    field)."""

    start: int
    end: int
    kind: Kind
    ref: str
    type: str | None = None
    #: A candidate proposed as a person only because nothing said otherwise.
    guessed: bool = False


class Gazetteer:
    """Every form of every registered name (and its capitals), compiled into one expression."""

    def __init__(self, registers: Registers):
        self.forms: dict[str, tuple[Entry, str | None]] = {}
        #: Forms two entries share: (the form, the entry its mentions go to, the other entry).
        self.shared: dict[tuple[str, str, str], tuple[str, Entry, Entry]] = {}
        for entry in registers.entries.values():
            for form in entry.forms:
                for written in (form.text, form.text.upper()):
                    first, _ = self.forms.setdefault(canonical(written), (entry, "pseudonym" if form.pseudonym else None))
                    if first is not entry:
                        self.shared.setdefault((canonical(form.text.upper()), first.ref, entry.ref),
                                               (form.text, first, entry))
        #: One-word names of places: the stems of ``Azerbaijani``, ``Iranian``.
        self.places = frozenset(form for form, (entry, _) in self.forms.items()
                                if entry.kind.name == "place" and " " not in form and len(form) >= 4)
        #: What a mention of each form is — its kind, its ``@ref``, its type, whether initials
        #: before it belong to it (a person's) — worked out once, not for every mention.
        self._readings = {form: (entry.kind, entry.ref, type_, entry.kind.name == "person")
                          for form, (entry, type_) in self.forms.items()}
        #: The readings by the text a mention was written with, filled as mentions are met.
        self._written: dict[str, tuple[Kind, str, str | None, bool]] = {}
        #: Every form begins with a capital: a text without one mentions no registered name.
        self.capitalised = all(_CAPITAL.match(form) for form in self.forms)
        body = _trie_expression(self.forms)
        self.pattern = re.compile(rf"(?:{body})(?![\w])") if body else None

    def mentions(self, text: str) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(text):
            start = match.start()
            if start and _WORD_END.match(text, start - 1):
                continue  # inside a word: the expression starts with the names' letters, for speed
            written = match.group()
            reading = self._written.get(written)
            if reading is None:
                reading = self._written[written] = self._readings[canonical(written)]
            kind, ref, type_, initialled = reading
            if initialled:
                window = start - 12 if start > 12 else 0
                initials = _INITIALS.search(text[window:start])
                start = window + initials.start() if initials else start
            found.append(Mention(start, match.end(), kind, ref, type_))
        return found


#: How the characters of a canonical form are matched: any separator for a space, either
#: apostrophe for one.
_CHARACTER = {" ": r"[\s\-\u2010\u2011]+", "'": "['\u2019]"}


def _trie_expression(forms: Iterable[str]) -> str:
    """One expression for all ``forms``, shaped as their prefix tree: a regular expression
    engine tries the alternatives of a flat list one by one at every position of the text, but
    follows a tree's branches only as far as the text agrees.  Where a form continues into a
    longer one, the longer is tried first (``Soviet`` / ``Soviet Union``)."""
    trie: dict = {}
    for form in forms:
        node = trie
        for character in form:
            node = node.setdefault(character, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict) -> str:
    ends = "" in node
    children = [_CHARACTER.get(c, re.escape(c)) + _branch(child) for c, child in sorted(node.items()) if c]
    if not children:
        return ""
    inner = children[0] if len(children) == 1 else "(?:" + "|".join(children) + ")"
    if ends:
        return f"(?:{inner})?"
    return inner


def shared_forms(registers: Registers) -> list[Diagnostic]:
    """A warning for each form two entries share: its mentions can link to only one of them
    (the one first in the registers), so the editor should make it one entry's alone."""
    folder = registers.folder or Path(".")
    return [Diagnostic(str(folder / other.kind.file), other.line, 1, Severity.WARNING, "register-shared-form",
                       f"\"{form}\" is a form of {other.ref} and of {first.ref}; its mentions link to "
                       f"{first.ref} only (keep it in one entry, or merge the two)")
            for form, first, other in gazetteer(registers).shared.values()]


@lru_cache(maxsize=8)
def gazetteer(registers: Registers) -> Gazetteer:
    """The registers' compiled forms, made once per registers (loaded once per content)."""
    return Gazetteer(registers)


class _Recogniser:
    """Marks the mentions in one document and collects the candidate entries it proposes."""

    def __init__(self, registers: Registers):
        self.gazetteer = gazetteer(registers)
        self.candidates: dict[str, Candidate] = {}
        self.prefixes: set[str] = set()
        #: Names guessed persons somewhere that a list showed to be places.
        self.listed_places: set[str] = set()

    def mentions(self, text: str) -> list[Mention]:
        if self.gazetteer.capitalised and not _CAPITAL.search(text):
            return []  # every registered form and every candidate's pattern begins with a capital
        registered = self.gazetteer.mentions(text)
        if registered:
            self.prefixes.update(mention.kind.name for mention in registered)
        proposed: list[tuple[Candidate, int, int]] = []
        position = 0
        for mention in [*registered, None]:
            end = mention.start if mention else len(text)
            proposed.extend(find_candidates(text, position, end, self.gazetteer.places))
            position = mention.end if mention else len(text)
        if not proposed:
            return registered
        if registered:
            registered, proposed = _join_forenames(text, registered, proposed)
            registered, proposed = _join_places_of_organisations(text, registered, proposed)
        found = sorted([*registered, *(self._mention(*proposal) for proposal in proposed)], key=lambda m: m.start)
        if any(mention.guessed for mention in found):
            self._read_lists(text, found)
        return found

    def _mention(self, candidate: Candidate, start: int, stop: int) -> Mention:
        self.candidates.setdefault(candidate.ref[1:], candidate)
        return Mention(start, stop, KIND_BY_NAME[candidate.kind], candidate.ref, guessed=candidate.guessed)

    def _read_lists(self, text: str, found: list[Mention]) -> None:
        """Note the guessed persons that a list of ``found`` shows to be places."""
        names = [(m.start, m.end, m.kind.name, m.guessed) for m in found]
        for index in listed_with_places(text, names):
            self.listed_places.add(self.candidates[found[index].ref[1:]].name)

    def _as_listed(self, mention: Mention) -> Mention:
        """``mention`` as a place if it is a guessed person whose name a list showed to be a place."""
        if not mention.guessed:
            return mention
        name = self.candidates[mention.ref[1:]].name
        if name not in self.listed_places:
            return mention
        return self._mention(Candidate("place", name), mention.start, mention.end)

    def mark(self, body: etree._Element) -> None:
        slots: list[tuple[etree._Element, str, str]] = []
        _text_slots(body, slots)
        marked = []
        for element, attribute, text in slots:
            mentions = self.mentions(text)
            if mentions:
                marked.append((element, attribute, text, mentions))
        if self.listed_places:  # every mention of such a name, before its list or after it
            marked = [(element, attribute, text, [self._as_listed(m) for m in mentions])
                      for element, attribute, text, mentions in marked]
            used = {m.ref[1:] for *_, mentions in marked for m in mentions}
            self.candidates = {ref: c for ref, c in self.candidates.items() if ref in used}
        for element, attribute, text, mentions in marked:
            _replace(element, attribute, text, mentions)


def _join_forenames(text: str, registered: list[Mention],
                    proposed: list[tuple[Candidate, int, int]]) -> tuple[list[Mention], list[tuple[Candidate, int, int]]]:
    """``Radion Malinovsky``, ``Nikita Sergeevich Khrushchev``: words the registers do not hold,
    read as a person right before a registered person's name, are that person's forenames (in
    a spelling, or with a patronymic, the register lacks), so they join the mention instead of
    being proposed as a person of their own."""
    persons = {mention.start: index for index, mention in enumerate(registered) if mention.kind.name == "person"}
    if not persons:
        return registered, proposed
    joined = list(registered)
    kept = []
    for candidate, start, stop in proposed:
        gap_end = _space_end(text, stop)
        index = persons.get(gap_end) if candidate.kind == "person" and gap_end > stop else None
        if index is None:
            kept.append((candidate, start, stop))
        else:
            joined[index] = joined[index]._replace(start=start)
    return joined, kept


#: What joins an organisation's words to the place it is of: ``Export-Import Bank of Japan``.
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _join_places_of_organisations(text: str, registered: list[Mention], proposed: list[tuple[Candidate, int, int]]
                                  ) -> tuple[list[Mention], list[tuple[Candidate, int, int]]]:
    """``Export-Import Bank of Japan``, ``Embassy of the USSR``: an organisation the patterns
    proposed, then ``of`` and a registered place, is one name, the organisation's (whose name the
    patterns could not carry past the registered place, where their stretch of text ends)."""
    places = {mention.start: index for index, mention in enumerate(registered) if mention.kind.name == "place"}
    if not places:
        return registered, proposed
    joined: list[tuple[Candidate, int, int]] = []
    taken: set[int] = set()
    for candidate, start, stop in proposed:
        of = _OF.match(text, stop) if candidate.kind == "org" else None
        index = places.get(of.end()) if of else None
        if index is None:
            joined.append((candidate, start, stop))
            continue
        stop = registered[index].end
        taken.add(index)
        joined.append((Candidate("org", display(text[start:stop])), start, stop))
    return [mention for index, mention in enumerate(registered) if index not in taken], joined


def _space_end(text: str, position: int) -> int:
    """Where the white space at ``position`` ends; ``position`` if there is none, or a blank line."""
    following = text[position:position + 40]
    space = following[:len(following) - len(following.lstrip())]
    return position + len(space) if space.count("\n") < 2 else position


def _text_slots(element: etree._Element, slots: list[tuple[etree._Element, str, str]]) -> None:
    """Add to ``slots`` (element, "text", its text) and (child, "tail", its tail) for every
    stretch of text not inside a SKIP element, in document order (collected in a list, not
    yielded up through every level of the tree; each text read once: lxml makes a new string
    for every read of a text or a tag)."""
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIP:
        return
    text = element.text
    if text:
        slots.append((element, "text", text))
    for child in element:
        _text_slots(child, slots)
        tail = child.tail
        if tail:
            slots.append((child, "tail", tail))


@lru_cache(maxsize=4096)
def _name_element(tag: str, ref: str, type_: str | None) -> etree._Element:
    """An empty name element of a mention, made once for each entry and copied for each
    mention: a copy costs a third less than a new element, whose tag and attributes lxml parses
    and checks each time (the same entries come back in every document)."""
    return el(tag, {"ref": ref, "type": type_})


def _replace(element: etree._Element, attribute: str, text: str, mentions: list[Mention]) -> None:
    """Put name elements for ``mentions`` where ``text`` was (the element's text or tail)."""
    names = []
    position = 0
    for mention in mentions:
        name = copy(_name_element(mention.kind.name_element, mention.ref, mention.type))
        name.text = text[mention.start:mention.end]
        names.append((text[position:mention.start], name))
        position = mention.end
    rest = text[position:]
    if attribute == "text":
        element.text = names[0][0]
        for index, (_, name) in enumerate(names):
            element.insert(index, name)
    else:
        element.tail = names[0][0]
        anchor = element
        for _, name in names:
            anchor.addnext(name)
            anchor = name
    for (_, name), (following, _) in zip(names, names[1:]):
        name.tail = following
    names[-1][1].tail = rest


def mark_names(root: etree._Element, registers: Registers) -> None:
    """Mark the names in the body of the TEI document ``root``; declare the registers' prefixes
    and the proposed candidates in the document."""
    body = root.find(f"{qname('text')}/{qname('body')}")
    if body is None:
        return
    recogniser = _Recogniser(registers)
    recogniser.mark(body)
    _link_expansions(body, recogniser.candidates)
    _declare_prefixes(root, recogniser.prefixes)
    _add_candidates(root, recogniser.candidates)


def _link_expansions(body: etree._Element, candidates: dict[str, Candidate]) -> None:
    """``TsEKA [Central Committee]``: an abbreviation and its expansion name one entity, so an
    expansion that only the patterns found points where its registered abbreviation does."""
    for choice in body.iter(qname("choice")):
        names = {local(part): part.findall(".//*[@ref]") for part in choice}
        abbr, expan = names.get("abbr", []), names.get("expan", [])
        if len(abbr) == 1 and len(expan) == 1 and not abbr[0].get("ref").startswith("#") \
                and expan[0].get("ref").startswith("#") and local(abbr[0]) == local(expan[0]):
            candidate = expan[0].get("ref")
            expan[0].set("ref", abbr[0].get("ref"))
            if body.find(f".//*[@ref='{candidate}']") is None:
                candidates.pop(candidate[1:], None)


def prefix_definition(kind: Kind) -> etree._Element:
    """How ``kind:id`` resolves: to the entry with that xml:id in the register's file."""
    return el("prefixDef", {"ident": kind.name, "matchPattern": "([a-z0-9-]+)",
                            "replacementPattern": f"../registers/{kind.file}#$1"},
              el("p", None, f"{kind.title} of the edition's register: {kind.name}:id points to the entry with that xml:id."))


def _declare_prefixes(root: etree._Element, used: set[str]) -> None:
    encoding = root.find(f"{qname('teiHeader')}/{qname('encodingDesc')}")
    if used and encoding is not None:
        encoding.append(deepcopy(_prefix_list(frozenset(used))))


@lru_cache(maxsize=8)
def _prefix_list(used: frozenset[str]) -> etree._Element:
    """The declarations of the prefixes ``used``, made once and copied into each document (a
    copy is made in one call; building the seven elements anew costs a dozen)."""
    return el("listPrefixDef", None, *(prefix_definition(kind) for kind in KINDS if kind.name in used))


def _add_candidates(root: etree._Element, candidates: dict[str, Candidate]) -> None:
    if not candidates:
        return
    stand_off = el("standOff")
    for kind in KINDS:
        proposed = sorted((c for c in candidates.values() if c.kind == kind.name), key=lambda c: c.ref)
        if proposed:
            listing = sub(stand_off, kind.list_element, {"type": "candidates"})
            for candidate in proposed:
                entry = sub(listing, kind.entry, {"xml:id": candidate.ref[1:], "resp": "#teiconv"})
                sub(entry, kind.name_element, None, candidate.name)
    root.append(stand_off)

