"""What kind of document a title names: ``Cable, Terebin to Stalin`` is a cable, ``Memorandum of
Conversation between …`` the record of a conversation.

The archive's titles open with the kind of document, after a word of secrecy or extent
(``Confidential Report from …``, ``Excerpt from the Diary of …``), or name the document by its
author and a quoted title of its own (``Economic Cooperation Division, 'Main Points of …'``: an
office's paper), or describe a meeting (``The Chancellor's Meeting with Russian President
Yeltsin``).  The kind is recorded as the document division's ``@subtype`` (the ODD lists them).
"""

from __future__ import annotations

import re

#: The kind a title's opening word or words name, and the kind recorded for it.
KINDS = {
    "cable": "cable", "telegram": "telegram", "ciphered telegram": "ciphered-telegram",
    "letter": "letter", "memo": "memorandum", "memorandum": "memorandum", "report": "report",
    "decree": "decree", "resolution": "resolution", "instructions": "instructions",
    "minutes": "minutes", "note": "note", "notes": "note", "record": "record",
    "directive": "directive", "order": "order", "protocol": "protocol", "statement": "statement",
    "speech": "speech", "diary": "diary", "journal": "diary", "message": "message",
    "press release": "press-release", "petition": "petition",
}
#: Words before the kind that say how secret the document is or how much of it there is.
_QUALIFIER = re.compile(r"(?:(?:strictly |top )?secret|confidential|urgent|draft|(?:excerpts?|extract) from"
                        r"|(?:the )?text of|translation of)\s+(?:the |an? )?", re.IGNORECASE)
#: ``Memorandum of Conversation``, ``Minutes of Talks``, ``Record of a Meeting`` (the minutes of
#: a meeting are minutes).
_RECORD_OF_CONVERSATION = re.compile(
    r"(?:memorandum|record|minutes|notes|transcript|summary)\s+of\s+(?:an?\s+|the\s+)?(?:conversations?|talks?|discussions?)\b"
    r"|(?:memorandum|record|notes|transcript|summary)\s+of\s+(?:an?\s+|the\s+)?meeting\b",
    re.IGNORECASE)
#: A kind, or several of it (``Telegrams from …``).
_KIND = re.compile("(?P<kind>" + "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True)) + r")s?(?![\w-])",
                   re.IGNORECASE)
#: ``Office, 'Title'``: an office's paper with a title of its own (the office may hold a
#: bracketed remark with a comma: ``Division [Ministry of Foreign Affairs, Japan], 'Main …'``); a
#: person's (``Mao Zedong, 'On …'``) may be an article or a speech, and names no kind.
_OFFICE_TITLE = re.compile(r"(?P<office>(?:[^,\[\u2018\u201c'\"]|\[[^\]]*\])+),\s*[\u2018\u201c'\"]")
_OFFICE = re.compile(r"\b(?:Division|Department|Ministry|Bureau|Committee|Office|Section|Embassy|Directorate"
                     r"|Commission|Agency|Council|Secretariat|Consulate|Legation|Mission)\b")
#: A title that describes a conversation or a meeting rather than naming a kind.
_CONVERSATION = re.compile(r"\b(?:conversations?|meeting|talks|discussions?)\s+(?:with|between)\b", re.IGNORECASE)


def document_type(title: str) -> str:
    """The kind of document ``title`` names (see the module's docstring); ``document`` if none."""
    title = title.strip()
    qualifier = _QUALIFIER.match(title)
    opening = title[qualifier.end():] if qualifier else title
    if _RECORD_OF_CONVERSATION.match(opening):
        return "record-of-conversation"
    kind = _KIND.match(opening)
    if kind:
        return KINDS[kind.group("kind").lower()]
    authored = _OFFICE_TITLE.match(title)
    if authored and _OFFICE.search(authored["office"]):
        return "memorandum"
    if _CONVERSATION.search(title):
        return "record-of-conversation"
    return "document"
