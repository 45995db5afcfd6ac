"""The index of names with each page once.

A printed index gives every page that names an entry, and each page once.  The print stylesheet
(xslt/print/names.xsl) anchors every mention and links the entry to each; CSS target-counter()
turns the links into page numbers, but cannot tell that two of them are the same page.  So the
book is laid out once with that index, the page of every mention is read from the laid-out
pages, and the index alone is laid out again from the same HTML with its numbers written out,
each page once and linking to the first mention on it, in place of the first index's pages.
The index comes last, so nothing before it moves.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import html as lxml_html

#: The id of the index's heading (xslt/print/names.xsl), where its pages begin.
INDEX_ID = "names-index"
_INDEX = f"//section[h1[@id = '{INDEX_ID}']]"


def anchor_pages(pages) -> dict[str, int]:
    """Each anchor of the laid-out ``pages`` (WeasyPrint's) and the number of its page."""
    return {anchor: number for number, page in enumerate(pages, start=1) for anchor in page.anchors}


def index_alone(book: str, pages: Mapping[str, int]) -> str | None:
    """The index of ``book`` (the edition's HTML) as a page of its own, each entry's pages
    written out once (from ``pages``, :func:`anchor_pages`) with a link to the first mention on
    each; None when the book has no index."""
    root = lxml_html.document_fromstring(book)
    index = root.xpath(_INDEX)
    if not index:
        return None
    for entry in index[0].iter("li"):
        _one_link_per_page(entry, pages)
    body = root.body
    for child in list(body):
        body.remove(child)
    body.append(index[0])
    return lxml_html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def _one_link_per_page(entry, pages: Mapping[str, int]) -> None:
    """Number the links of ``entry`` (they end it) by the page of their mention, keeping the
    first to each page, in page order; a link to a mention that was not printed goes."""
    first: dict[int, object] = {}
    for link in entry.xpath("a[@class = 'index-page']"):
        page = pages.get(link.get("href").removeprefix("#"))
        if page is not None:
            first.setdefault(page, link)
        entry.remove(link)
    for page, link in sorted(first.items()):
        link.text = str(page)
        entry.append(link)
