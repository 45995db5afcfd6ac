import pytest

from inline_helpers import encode


@pytest.mark.parametrize("text, expected", [
    ("sent at 2325 9 December 1941", 'sent at <date when="1941-12-09T23:25:00">2325 9 December 1941</date>'),
    ("Received at 0450,", 'Received at <time when="04:50:00">0450</time>,'),
    ("Incoming N\u00ba 4202/sh", 'Incoming N\u00ba <idno type="incoming">4202/sh</idno>'),
    ("Spets. \u2116 484-487", 'Spets. \u2116 <idno type="spets">484-487</idno>'),
    ("Copy \u2116 1", 'Copy \u2116 <idno type="copy">1</idno>'),
    ("No 3691-3692/538", 'No <idno type="reference">3691-3692/538</idno>'),
    ("7 December 46", '<date when="1946-12-07">7 December 46</date>'),
    ("Vladikavkaz, 16 November", 'Vladikavkaz, <date when="1941-11-16">16 November</date>'),
    ("16 November 17-5", '<date when="1941-11-16">16 November</date> 17-5'),
])
def test_routing_values(text, expected):
    xml, _ = encode(text, routing=True)
    assert xml == f"<p>{expected}</p>"


def test_dates_in_prose_stay_text():
    xml, _ = encode("So it was in 1905 on 9 January", routing=False)
    assert "<date" not in xml


def test_impossible_date_stays_text():
    xml, _ = encode("31 February 1941", routing=True)
    assert "<date" not in xml
