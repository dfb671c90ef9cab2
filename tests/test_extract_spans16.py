"""Content spans that ran over a sentence's end or took a writer's frame in (spans16).

Passages are short, adapted from PolNeAR, BBC and ECB+ sentences."""

from __future__ import annotations

from extraction import assert_said, claim_with, claims_of

from factdb.extract.sentences import sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text, 0, len(text))]


# --- sentences: a stop a scraper left without its space, a letter or a name's ending ----------


def test_a_stop_without_its_space_ends_the_sentence() -> None:
    # PolNeAR (HuffPost): the next sentence's claim was lost in the one before
    text = (
        "“The Chinese have complete control over North Korea,” Trump said.Trump claimed that "
        "he learned this from Chinese business people with whom he has worked."
    )
    assert_said(
        text,
        "he learned this from Chinese business people with whom he has worked",
        "Trump",
        "indirect:said-that",
    )


def test_a_web_address_is_no_sentence_end() -> None:
    text = "Claude Errera, editor of Halo.Bungie.Org, said it was superb. Visit Mic.com now."
    assert _sentences(text) == [
        "Claude Errera, editor of Halo.Bungie.Org, said it was superb.",
        "Visit Mic.com now.",
    ]


def test_a_numeral_letter_before_but_ends_the_sentence() -> None:
    # BBC entertainment: "World War I. But the BBC said ..." ran into Robinson's claim
    text = (
        'Robinson added he would "love" to do another series, ranging from the 15th century to '
        "World War I. But the BBC said on Thursday there were no plans for a comeback."
    )
    claim = claim_with(
        text, 'he would "love" to do another series, ranging from the 15th century to World War I'
    )
    assert claim.speaker is not None and claim.speaker.name == "Robinson"
    assert_said(text, "there were no plans for a comeback", "BBC", "indirect:said-clause")


def test_a_street_abbreviation_before_but_ends_the_sentence() -> None:
    # ECB+: "on Snyder Ave. near Nostrand Ave. But the procession ..."
    text = (
        "Nearly 100 people set off to the stationhouse on Snyder Ave. near Nostrand Ave. But the "
        "procession turned into a wild confrontation, police sources said."
    )
    assert_said(
        text,
        "the procession turned into a wild confrontation",
        "police sources",
        "indirect:speaker-after",
    )


def test_initials_and_saints_stay_inside_the_sentence() -> None:
    text = "J. A. Smith met John F. Kennedy on St. John Ave. in Boston. He left."
    assert _sentences(text) == [
        "J. A. Smith met John F. Kennedy on St. John Ave. in Boston.",
        "He left.",
    ]


# --- "admitted herself": no frame ----------------------------------------------------------


def test_admitted_herself_is_no_frame_inside_the_content() -> None:
    # ECB+: the fragment before "Lindsay Lohan admitted herself" was taken for TMZ's claim
    text = (
        "After leaving rehab in Newport Beach less than an hour after checking in on Thursday, "
        "Lindsay Lohan admitted herself to the Betty Ford Center, according to TMZ.com."
    )
    assert_said(
        text,
        "After leaving rehab in Newport Beach less than an hour after checking in on Thursday, "
        "Lindsay Lohan admitted herself to the Betty Ford Center",
        "TMZ.com",
        "indirect:according-to",
    )


def test_admitted_that_stays_a_cue() -> None:
    text = "The senator admitted that the plan had failed to cut costs."
    assert_said(text, "the plan had failed to cut costs", "The senator", "indirect:said-that")


# --- a quotation never closed ends at the writer's frame ----------------------------------------


def test_a_frame_inside_a_quotation_never_closed_is_no_content() -> None:
    # ECB+: the closing mark before ", the two men said in a statement." was left out
    text = (
        '"By rolling back this 11th hour regulation we are ensuring that endangered species '
        "continue to receive the full protection of the law, the two men said in a statement. "
        '"Federal agencies will once again have to consult with biologists."'
    )
    claim = claim_with(
        text,
        "By rolling back this 11th hour regulation we are ensuring that endangered species "
        "continue to receive the full protection of the law, the two men said in a statement. "
        '"Federal agencies will once again have to consult with biologists.',
    )
    assert "said in a statement" not in claim.quote
    assert claim.speaker is not None and claim.speaker.name == "the two men"


def test_the_writers_sentence_after_the_frame_is_no_quotation() -> None:
    # BBC business: the report's next sentence was read as the quotation's
    text = (
        '"Monetary policy in the euro area is likely to continue to wait and see, the '
        "organisation said in its report. Global growth is expected to fall from 5% in 2004 "
        "to 4.25%."
    )
    claim = claim_with(
        text, "Monetary policy in the euro area is likely to continue to wait and see"
    )
    assert claim.speaker is not None and claim.speaker.name == "organisation"
    assert not [c for c in claims_of(text) if "Global growth" in c.text]


def test_a_sentence_adverb_before_a_frame_keeps_the_quotation() -> None:
    # guard: "However, Hartog said there will be ..." is no frame the closing mark was left before
    text = (
        "If that happens, analyst Michelle Warren said, “it will open the doors for Nvidia to "
        "search for new options. However, Hartog said there will be no move to constrain supply."
    )
    assert not [c for c in claims_of(text) if c.text.endswith("However")]


def test_a_closed_quotation_keeps_a_frame_the_speaker_tells() -> None:
    # guard: inside a quotation that closes, "he said" is the speaker's own telling
    text = (
        'Mr Hopkins said: "He told me the law was clear, he said in a letter. We never met." '
        "The case goes on."
    )
    claim = claim_with(text, "He told me the law was clear, he said in a letter. We never met.")
    assert claim.speaker is not None and claim.speaker.name == "Hopkins"


# --- a dash after a quoted fragment opens the writer's aside ---------------------------------


def test_a_dash_after_a_quoted_fragment_ends_the_content() -> None:
    # PolNeAR (USA Today): "-- all without speaking his name" is the writer's
    text = (
        "Hillary Clinton attacked Donald Trump on Monday, saying he would abdicate U.S. "
        'leadership in the Middle East and he is a "bully" -- all without speaking his name.'
    )
    claim = claim_with(
        text, 'he would abdicate U.S. leadership in the Middle East and he is a "bully"'
    )
    assert claim.speaker is not None and claim.speaker.name == "Hillary Clinton"


def test_paired_dashes_round_a_quotation_keep_the_clause() -> None:
    # guard: BBC politics, 'Veritas - Latin for "truth" - would avoid ...' goes on after the aside
    text = (
        'Mr Kilroy-Silk said Veritas - Latin for "truth" - would avoid the old parties\' '
        '"lies and spin".'
    )
    assert [c for c in claims_of(text) if c.text.endswith('spin"') or "would avoid" in c.text]


def test_a_quotation_right_after_the_dash_goes_on() -> None:
    # guard: 'were not "racist" - just "common sense"': the speaker's words again
    text = 'Mr Howard said his plans were not "racist" - just "common sense".'
    assert [c for c in claims_of(text) if "common sense" in c.text]


# --- a headline in sentence case run into the story -----------------------------------------


def test_a_sentence_case_headline_is_no_part_of_the_first_claim() -> None:
    # ECB+: "Paris hit by 2 mn-euro jewelry heist Four men rammed ..."
    text = (
        "Quake shakes southern Iran, damages residential buildings An earthquake with a "
        "magnitude of 5.6 shook the southern Iranian island of Qeshm on Sunday, the ISNA news "
        "agency reported."
    )
    assert_said(
        text,
        "An earthquake with a magnitude of 5.6 shook the southern Iranian island of Qeshm on "
        "Sunday",
        "ISNA news agency",
        "indirect:speaker-after",
    )


def test_a_story_sentence_naming_a_title_keeps_its_words() -> None:
    # guard: BBC, a first sentence with a verb is no headline ("protege The Game")
    text = (
        "US rap star 50 Cent has said he has thrown protege The Game out of his G-Unit gang in "
        "a feud that has apparently involved two shootings.\nHe said so on Monday."
    )
    assert_said(
        text,
        "he has thrown protege The Game out of his G-Unit gang in a feud that has apparently "
        "involved two shootings",
        "Cent",  # as the base names him: the name is not what this guards
        "indirect:said-clause",
    )
