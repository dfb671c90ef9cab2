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


def test_bracket_inside_an_unclosed_quotation_stays() -> None:
    # an unclosed quotation runs to its paragraph's end, the parenthesis inside it: the
    # sentence keeps it rather than cut the quotation short
    text = (
        "(In an interview on Sunday, Mr. Rhodes sought to clarify the comment. Mr. Rhodes "
        'said, "The fact is, we have been able to stop that geographic advance.)'
    )
    claim = next(c for c in claims_of(text) if c.text.startswith("The fact is"))
    assert claim.speaker is not None and claim.speaker.name == "Rhodes"


def test_quotation_and_frame_in_parentheses_inside_a_sentence() -> None:
    # PolNeAR train (The New York Times): the frame ends at the closing bracket
    text = (
        "The divide is between those who fear Western softness in the face of conquest "
        "(''This is less a 'refugee crisis' and more an occupation,'' Monica Crowley wrote in "
        "The Washington Times last week) and those who fear a vengeful West will overreact."
    )
    assert_said(
        text,
        "This is less a 'refugee crisis' and more an occupation,",
        "Monica Crowley",
        "direct:speaker-after",
    )


def test_parenthesised_quotation_inside_a_sentence_loses_its_marks() -> None:
    # PolNeAR train (Politico)
    text = (
        "But those union endorsements prompted some blowback from rank-and-file members "
        '("I want my dues back," wrote Edward Nelson, an instrument technician in Chalmette, '
        "La., on the Steelworkers' Facebook page), and the AFL-CIO's pending endorsement will "
        "likely occasion similar complaint."
    )
    claim = claim_with(text, "I want my dues back,")
    assert claim.kind == "direct"
    assert claim.speaker is not None and claim.speaker.name == "Edward Nelson"


def test_quotation_between_dashes_is_its_own_claim_and_ends_the_one_before() -> None:
    # PolNeAR train (The Washington Post)
    text = (
        "Clinton suggested that Sanders's latest plan was unserious - \"Again, we need to get "
        'into the details," she said - and charged that in pursuing his goal of a '
        "single-payer system, Sanders would jeopardize Obama's landmark Affordable Care Act."
    )
    assert_said(text, "Sanders's latest plan was unserious", "Clinton", "indirect:said-that")
    assert_said(text, "Again, we need to get into the details,", "Clinton", "direct:speaker-after")


def test_doubled_apostrophes_between_dashes() -> None:
    # PolNeAR train (The New York Times)
    text = (
        "Neither man was impressed by Mrs. Clinton - ''Born with a silver spoon in her "
        "mouth,'' Mr. Elkins said - but they couldn't bring themselves to back Mr. Trump."
    )
    assert_said(text, "Born with a silver spoon in her mouth,", "Elkins", "direct:speaker-after")


def test_quotation_in_a_dash_aside_does_not_run_on_into_the_next_paragraph() -> None:
    # PolNeAR train (The New York Times): the writer's sentence goes on after the aside, so
    # the next paragraph's quotation is a continuation, not the aside's second half
    text = (
        "Mr. Bush also praised his younger brother's ''deep and genuine faith'' - ''faith "
        "that reveals itself through good works, not loud words,'' he said - and argued for "
        "nominating a Republican who can win the general election in November. ''All the "
        "sloganeering and all the talk doesn't matter if we don't win.''"
    )
    first = claim_with(text, "faith that reveals itself through good works, not loud words,")
    assert first.rule == "direct:speaker-after"
    assert all("November" not in c.text for c in claims_of(text))


# guards for asides inside a sentence


def test_nicknames_and_titles_in_parentheses_stay_quiet() -> None:
    # PolNeAR train (The Huffington Post), ECB+ (film titles)
    text = (
        "Trump spent the hour taking shots at Marco Rubio (“Little Marco”) and Ted Cruz "
        "(“Lyin Ted”). Jackman can be a determined magician (“The Prestige”) and a dancing "
        "penguin (“Happy Feet”)."
    )
    assert claims_of(text) == []


def test_words_that_go_on_past_an_aside_keep_it() -> None:
    # a frame outside the aside whose words go on after it is not cut at the bracket
    text = (
        'Opponents prompted some blowback ("I want my dues back," wrote Edward Nelson), '
        "and Mr. Smith said the union (“a disgrace,” one member called it) would lose members."
    )
    claims = claims_of(text)
    assert any(c.text.endswith("would lose members") for c in claims), [
        (c.text, c.rule) for c in claims
    ]


def test_frame_in_parentheses_frames_only_the_aside() -> None:
    # ECB+ (a New York Post live blog): the police said what is outside the brackets, the
    # Post what is inside
    text = (
        "At this point (10:30 p. m.), the police said that the crowd has dispersed and that "
        "there was one arrest, with no injuries to police or civilians (the Post says three "
        "people were injured)."
    )
    police = claim_with(
        text,
        "the crowd has dispersed and that there was one arrest, with no injuries to police "
        "or civilians",
    )
    assert police.speaker is not None and police.speaker.name == "police"
    post = claim_with(text, "three people were injured")
    assert post.speaker is not None and post.speaker.name == "Post"


def test_source_in_parentheses_leaves_no_bracket_on_the_claim() -> None:
    # PolNeAR train (The New York Times) style: the source's aside after the content
    text = "Mr. Trump's own manifesto has sold 235,000 hardcover copies (according to Nielsen)."
    assert_said(
        text,
        "Mr. Trump's own manifesto has sold 235,000 hardcover copies",
        "Nielsen",
        "indirect:according-to",
    )


def test_that_said_opening_an_aside_is_no_first_half() -> None:
    # PolNeAR train (USA Today): "That said" is the writer's "even so", not words of hers
    text = (
        'Last spring, she described Trump as "kind" with a "great heart." (That said, she '
        'also noted, "When you attack him, he will punch back 10 times harder.")'
    )
    claim = claim_with(text, "When you attack him, he will punch back 10 times harder.")
    assert claim.kind == "direct"
    assert all(not c.text.startswith("That said") for c in claims_of(text))


def test_aside_between_the_cue_and_that() -> None:
    # ECB+ (a cable operator's statement): the date in parentheses is no part of the claim
    text = (
        "SEACOM said today (10 October 2011) that the total repair time of the current "
        "problems they experience will be around twelve days depending on weather conditions."
    )
    assert_said(
        text,
        "the total repair time of the current problems they experience will be around twelve "
        "days depending on weather conditions",
        "SEACOM",
        "indirect:said-that",
    )


def test_archive_stop_between_closing_marks_before_a_parenthesis() -> None:
    # PolNeAR train (The New York Times archive): ''...'' closed as '.' before the aside's
    # closing parenthesis
    text = (
        "(A machinists spokesman said that, ''At this point, any estimates of support for a "
        "candidate are more a passing snapshot of popularity.'.')"
    )
    claim = claim_with(
        text,
        "At this point, any estimates of support for a candidate are more a passing snapshot "
        "of popularity.",
    )
    assert claim.kind == "direct"
    assert claim.speaker is not None and claim.speaker.name == "A machinists spokesman"
