"""Large input costs time in proportion to its size (issue #16, item 7).

A document of 20,000 paragraphs that each open a quotation, or of 20,000 lines with brackets,
converted in about 2 and 6 seconds here; when the quotation search rescanned every later
paragraph, the first took a minute.  The budget below is ten times what a linear converter needs,
so only a return of quadratic work fails it.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager

import pytest

import teiconv

BUDGET_SECONDS = 40


@contextmanager
def budget(seconds: int):
    def expired(signum, frame):
        raise TimeoutError(f"conversion took more than {seconds} s: quadratic work is back")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("block", ['"Paragraph {i} opens a quotation that never closes',
                                   "line {i} with a [bracket] and more words"],
                         ids=["open-quotations", "bracketed-lines"])
def test_twenty_thousand_blocks_convert_in_linear_time(block: str):
    text = "Title\n\n" + "\n\n".join(block.format(i=i) for i in range(20_000))
    with budget(BUDGET_SECONDS):
        conversion = teiconv.convert_text(text)
    assert teiconv.normalise(teiconv.to_text(conversion.root)) == teiconv.normalise(text)
