"""Quotations and reporting frames in an aside: a sentence in parentheses or brackets is the
sentence inside them, and the brackets are the writer's, no part of what was said nor a wall
between a frame and its speaker. Parenthesised figures, titles, wire tags and party labels
stay quiet."""

from __future__ import annotations

from extraction import assert_said, claim_with, claims_of


def test_quotation_in_a_parenthesised_sentence_keeps_its_speaker_after() -> None:
    # PolNeAR train (Politico): the frame inverted after the quotation, all in parentheses
    text = (
        "“Call the roll,” came shouts from the crowd, as the crowd booed. (“I don’t want to "
        "have fisticuffs,” said one party activist.) Armstrong huddled briefly with other "
        "party officials."
    )
    assert_said(
        text, "I don’t want to have fisticuffs,", "one party activist", "direct:speaker-after"
    )


def test_parenthesised_quotation_is_direct_without_its_marks() -> None:
    text = "(“I don’t want fisticuffs,” said John Smith.) Armstrong huddled."
    claim = claim_with(text, "I don’t want fisticuffs,")
    assert claim.kind == "direct"
    assert claim.speaker is not None and claim.speaker.name == "John Smith"


def test_doubled_apostrophe_quotation_in_parentheses_is_a_sentence_of_its_own() -> None:
    # PolNeAR train (The New York Times): the aside after the full stop opens a new sentence,
    # so the earlier "said" does not swallow it
    text = (
        "Mr. Nevins said he pursued a new ''Twin Peaks'' only because Mr. Lynch agreed to "
        "participate. (''We've persuaded the original creators to complete their mission,'' "
        "he said.) David Duchovny and Gillian Anderson signed on."
    )
    claims = claims_of(text)
    quoted = claim_with(text, "We've persuaded the original creators to complete their mission,")
    assert quoted.kind == "direct"
    assert quoted.rule == "direct:speaker-after"
    first = claim_with(
        text, "he pursued a new ''Twin Peaks'' only because Mr. Lynch agreed to participate"
    )
    assert first.speaker is not None and first.speaker.name == "Nevins"
    assert quoted.speaker is not None and quoted.speaker.name == "Nevins"
    assert all("(" not in c.text for c in claims)


def test_aside_of_several_sentences_opens_the_first_and_closes_the_last() -> None:
    # PolNeAR train (Politico)
    text = (
        "“Senator Murphy is our party's likely nominee for the presidency,” she said.\n\n"
        '(Grayson\'s spokeswoman challenged the assertion that Grayson had ever "attacked" '
        'Clinton, and said he "maintains that she will be a very competent president." '
        "Pressed for specifics, Murphy's campaign could not immediately provide an example "
        "of an attack.)"
    )
    claim = claim_with(text, "maintains that she will be a very competent president.")
    assert claim.speaker is not None and claim.speaker.name == "Grayson's spokeswoman"


# guards


def test_wire_tag_and_party_label_in_parentheses_stay_quiet() -> None:
    text = (
        "WASHINGTON (AP) -- Sen. Ted Cruz (R-Texas) said Tuesday that the bill would fail. "
        "(CNN) The senator spoke for an hour."
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == ["the bill would fail"]
    assert claims[0].speaker is not None and claims[0].speaker.name == "Ted Cruz"


def test_parenthesised_figures_and_titles_are_no_claims() -> None:
    # BBC business style: figures in parentheses after the full stop
    text = (
        "Profits rose to £1.2bn. (£1.1bn in 2003.) The firm sold 2m copies of the album "
        '("Hopes and Fears") in a year.'
    )
    assert claims_of(text) == []


def test_bracket_closing_inside_an_unclosed_quotation_stays() -> None:
    # PolNeAR train (The New York Times): the archive's mangled closing mark leaves the
    # quotation open to its paragraph's end, the parenthesis inside it
    text = (
        "(In an interview on Sunday, Mr. Rhodes sought to clarify the comment. Mr. Rhodes "
        "said, ''The fact is, we have been able to stop that geographic advance.'.')"
    )
    claim = next(c for c in claims_of(text) if c.text.startswith("The fact is"))
    assert claim.speaker is not None and claim.speaker.name == "Rhodes"
