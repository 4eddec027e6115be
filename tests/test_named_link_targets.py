"""A link whose target is plain words, the source's name where its address belongs (CIT002), beside links that
are not: addresses, titles, fragments, ``mailto:``, relative paths and template expressions stay quiet."""

from __future__ import annotations

import auditor


def placeholders(text: str) -> list[str]:
    report = auditor.audit_text(text, "markdown").to_dict()
    return [f["evidence"]["marker"] for f in report["findings"] if f["rule"] == "CIT002"]


def test_a_link_whose_target_is_a_name_cites_nothing() -> None:
    text = "The board counts [ships calling at each quay](Harbour Board Statistics Office), back to 1998.\n"
    assert placeholders(text) == ["[ships calling at each quay](Harbour Board Statistics Office)"]


def test_the_message_quotes_the_link_and_says_what_to_do() -> None:
    text = "The board counts [ships calling at each quay](Harbour Board Statistics Office), back to 1998.\n"
    report = auditor.audit_text(text, "markdown").to_dict()
    (message,) = [f["message"] for f in report["findings"] if f["rule"] == "CIT002"]
    assert "[ships calling at each quay](Harbour Board Statistics Office)" in message
    assert "put the URL of the 'Harbour Board Statistics Office' page" in message


def test_links_with_addresses_stay_quiet() -> None:
    text = (
        "The board counts ships at each quay, back to 1998: see its [tide tables](https://harbourboard.example/t "
        '"Tide tables"), its [contact page](mailto:data@harbourboard.example), the notes [below](#notes), '
        "[the archive](../archive/index.html), [the feed]({{ site.url }}/feed.xml) and [a page](Statistics).\n"
    )
    assert placeholders(text) == []


def test_an_image_and_code_stay_quiet() -> None:
    text = "The quay was rebuilt in 1998. ![the new quay](Harbour Board Photo Library)\n\n`[a](Harbour Board)`\n"
    assert placeholders(text) == []
