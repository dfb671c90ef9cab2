"""Golden tests for words carried by what someone owns: "Mr Crosby's statement said" is Lynton
Crosby speaking, "Labour's new posters say" is Labour; "Friday's lawsuit" has no owner who
speaks. And a quotation that a reported clause gives to a speaker of its own ("Mr Peston's book
claimed that Mr Brown told Mr Blair: "..."") is no gist of the outer speaker's: the whole clause
is the claim.

Passages are short excerpts from BBC (../shared/corpora/bbc/bbc.jsonl), named per case.
"""

from __future__ import annotations

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claim_for(text: str, content: str) -> Claim:
    """The one claim whose content opens with `content`."""
    found = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(found) == 1, [c.text for c in extract_article(text).claims]
    return found[0]


def test_a_statement_speaks_for_its_owner() -> None:
    # BBC (politics): Lynton Crosby's statement, with his name given earlier
    text = (
        "The strategist Lynton Crosby helped Australia's PM, John Howard, win four elections. "
        "Mr Howard appointed Mr Crosby as his elections chief last October. Mr Crosby's "
        'statement said: "The Conservative Party has been making an impact on the issues of '
        'lower tax and controlled immigration over the past week."'
    )
    claim = claim_for(text, "The Conservative Party has been making")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Lynton Crosby", "person")
    assert claim.speaker.mention == "Mr Crosby's statement"


def test_posters_speak_for_the_party() -> None:
    # BBC (politics): a party's posters
    text = (
        "Labour's new posters say Britain is enjoying the lowest inflation since the 1960s, "
        "lowest unemployment for 29 years and the lowest mortgage rates for 40 years."
    )
    claim = claim_for(text, "Britain is enjoying")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Labour", "organization")


def test_a_day_owns_no_words() -> None:
    # BBC (business): "Friday's lawsuit" names when, not who
    text = (
        "Friday's lawsuit argues that the Verizon offer makes no provision for future growth "
        "prospects."
    )
    claim = claim_for(text, "the Verizon offer")
    assert claim.speaker is not None and claim.speaker.name == "unknown"


def test_a_quotation_given_to_an_inner_speaker_stays_in_its_clause() -> None:
    # BBC (politics): the quoted words are Mr Brown's, reported by the book
    text = (
        "Robert Peston's book is out this week. Mr Peston's book claimed that Mr Brown told "
        'Mr Blair: "There is nothing you could ever say to me now that I could ever believe."'
    )
    claim = claim_for(text, "Mr Brown told Mr Blair")
    assert claim.kind == "mixed"
    assert claim.text.endswith('that I could ever believe."')
    assert claim.speaker is not None and claim.speaker.name == "Robert Peston"
