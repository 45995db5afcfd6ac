"""The kind of document a title names, as the archive writes its titles."""

from __future__ import annotations

import pytest

from teiconv.convert.doctype import document_type


@pytest.mark.parametrize("title, kind", [
    ("Cable, Terebin to Stalin [via Kuznetsov]", "cable"),
    ("Telegrams from the Soviet Embassy", "telegram"),
    ("Ciphered Telegram, Roshchin to Filippov", "ciphered-telegram"),
    ("Memo via a Telegraph Message from Tabriz", "memorandum"),
    ("Confidential Report from T. Example (Ottawa) to C. Sample (Dublin), 'Our Policy'", "report"),
    ("Excerpt from the Diary of the Soviet Ambassador", "diary"),
    ("Journal of the Soviet Ambassador to the DPRK", "diary"),
    ("Press Release containing a Speech by the Minister", "press-release"),
    ("Petition on Opposition to the Visit", "petition"),
    ("Minutes of the Meeting of the Presidium", "minutes"),
])
def test_a_title_opens_with_its_kind(title, kind):
    assert document_type(title) == kind


@pytest.mark.parametrize("title", [
    "Memorandum of Conversation between A. Example and B. Sample",
    "Record of a Meeting between A. Example and B. Sample",
    "Minutes of Talks between the Delegations",
    "The Chancellor's [A. Example's] Meeting with President Sample on 17 April 1997",
    "Conversation between A. Example and B. Sample",
])
def test_a_record_of_a_conversation_or_a_meeting(title):
    assert document_type(title) == "record-of-conversation"


def test_an_offices_paper_with_a_quoted_title_is_a_memorandum():
    assert document_type("Example Division [Ministry of Affairs, Exampleland], 'Main Points of the Talks'") == "memorandum"
    assert document_type("A. Example, 'On the People's Democracy'") == "document"  # an article? a speech?


def test_a_title_that_names_no_kind():
    assert document_type("Information on the Situation in the Province") == "document"
