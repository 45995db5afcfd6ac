"""Who wrote to whom, as the archive's title says it: ``Cable, Terebin to Stalin [via Kuznetsov]``.

The archive titles a letter, cable or report by its kind, then sender ``to`` recipients:
``Letter, I. V. Stalin to Cde. Pishevari``, ``Cable from Dimitrov to Stalin, Molotov, Beria, and
Malenkov``, ``Report from X (Ottawa) to Y (Dublin), 'Subject'``.  :func:`read_correspondence`
reads the parties as names (``name``: a title does not say whether a party is a person, an office
or a group).  A word in parentheses after each side's name is where they wrote from or to; on
one side only (``… to the Central Committee (Excerpt)``) it is a remark on the document, left out
as a bracketed remark (``[via Kuznetsov]``) is.  A title without that shape
(``Record of Conversation between …``) says nothing about correspondence, and nothing is stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Kinds of document that pass from a sender to recipients.
CORRESPONDENCE_TYPES = ("cable", "telegram", "letter", "memo", "memorandum", "report", "message",
                        "note", "ciphered-telegram", "directive", "instructions", "petition")
_TITLE = re.compile(
    r"^[A-Z][\w -]*?(?:,\s*|\s+from\s+)(?P<sender>[^,]+?)\s+to\s+(?P<recipients>[^\u2018\u201c'\"]+?)"
    r"(?:,\s*[\u2018\u201c'\"].*)?$"
)
_REMARK = re.compile(r"\s*\[[^\]]*\]")
_PLACE = re.compile(r"^(?P<name>.+?)\s*\((?P<place>[^()]+)\)$")
_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


@dataclass(frozen=True)
class Party:
    """A sender or recipient, and where they were."""

    name: str
    place: str | None = None


@dataclass
class Correspondence:
    senders: list[Party] = field(default_factory=list)
    recipients: list[Party] = field(default_factory=list)


def _parties(text: str, with_places: bool) -> list[Party]:
    parties = []
    for part in _SEPARATOR.split(_REMARK.sub("", text).strip()):
        part = part.strip()
        placed = _PLACE.match(part)
        if placed:
            part, place = placed.group("name"), placed.group("place") if with_places else None
        else:
            place = None
        if part:
            parties.append(Party(part, place))
    return parties


def read_correspondence(title: str, doc_type: str) -> Correspondence | None:
    """The title's sender and recipients, for a kind of document that is sent; else None."""
    if doc_type not in CORRESPONDENCE_TYPES:
        return None
    match = _TITLE.match(" ".join(title.split()))
    if match is None:
        return None
    sender, recipients = match.group("sender"), match.group("recipients")
    with_places = bool(_PLACE.match(sender.strip()) and _PLACE.search(recipients.strip()))
    found = Correspondence(_parties(sender, with_places), _parties(recipients, with_places))
    return found if found.senders and found.recipients else None
