"""Statements named by a noun of saying: a to-infinitive after a possessor's promise, pledge,
proposal or claim, and the person a "his" or "her" owning a claim noun stands for."""

from __future__ import annotations

from extraction import assert_said, claims_of


def test_possessors_promise_to_do() -> None:
    text = (
        "Donald J. Trump said the wall would be paid for. Donald J. Trump has gotten traction "
        "with his promise to build a wall between the United States and Mexico."
    )
    assert_said(
        text,
        "to build a wall between the United States and Mexico",
        "Donald J. Trump",
        "indirect:nominal",
    )


def test_named_possessors_claim_to_be() -> None:
    text = (
        "A second-place finish in New Hampshire would bolster Rubio's claim to be the GOP "
        "establishment's strongest alternative to Trump."
    )
    assert_said(
        text,
        "to be the GOP establishment's strongest alternative to Trump",
        "Rubio",
        "indirect:nominal",
    )


def test_fronted_phrase_ends_at_its_comma() -> None:
    text = (
        "In response to Donald Trump's proposal to bar Muslims from entering the United "
        "States, Hillary Clinton's right-hand woman rallied supporters."
    )
    assert_said(
        text,
        "to bar Muslims from entering the United States",
        "Donald Trump",
        "indirect:nominal",
    )


def test_infinitive_ends_before_the_next_object() -> None:
    text = (
        "Mr. Trump has broken even more rules than Mr. Perot did, from Mr. Trump's unlikely "
        "proposal to deport 11 million illegal immigrants, to his lightning policy reversals."
    )
    assert_said(text, "to deport 11 million illegal immigrants", "Trump", "indirect:nominal")


def test_his_claim_stands_for_the_sentence_subject() -> None:
    text = (
        "Donald Trump spoke in Ohio on Monday. Trump never cited a source for his claim in "
        "November that President Obama wants to take in as many as 250,000 Syrian refugees."
    )
    assert_said(
        text,
        "President Obama wants to take in as many as 250,000 Syrian refugees",
        "Donald Trump",
        "indirect:nominal",
    )


def test_claim_nouns_owner_is_no_antecedent_for_he() -> None:
    text = (
        "Joe Biden said Clinton would win. Biden rubbished Trump's claim to understand the "
        'middle class. "To repeat myself, it\'s a bunch of malarkey," he said.'
    )
    claims = {c.text: c for c in claims_of(text)}
    assert claims["to understand the middle class"].speaker.name == "Trump"
    quote = claims["To repeat myself, it's a bunch of malarkey,"]
    assert quote.speaker is not None and quote.speaker.name == "Joe Biden"


def test_guard_pledge_to_an_audience_is_no_content() -> None:
    text = (
        "Donald Trump said the wall would be built. He kept his pledge to voters in Iowa and "
        "Trump's claim to fame was his show."
    )
    assert not [c for c in claims_of(text) if c.rule == "indirect:nominal"]


def test_guard_budget_proposals_to_date() -> None:
    text = (
        "President Bush is to send his toughest budget proposals to date to the US Congress, "
        "seeking large cuts in domestic spending."
    )
    assert not [c for c in claims_of(text) if c.rule == "indirect:nominal"]


def test_guard_his_with_nobody_named_stays_out() -> None:
    text = "Critics rejected his claim that the economy was growing faster than ever before."
    # the critics' rejection is theirs (indirect:rejection); "his" claim, with nobody named,
    # stays out
    assert not [c for c in claims_of(text) if c.rule.endswith(":nominal")]


def test_claim_noun_from_its_source() -> None:
    text = (
        "The prime minister shrugged off claims from Conservative leader Michael Howard that he "
        'led a "grubby government".'
    )
    assert_said(text, 'he led a "grubby government"', "Michael Howard", "mixed:nominal")


def test_guard_claim_from_a_place_is_no_source() -> None:
    text = "There were reports from Baghdad that the bridge had been closed by the army."
    assert not [c for c in claims_of(text) if c.rule.endswith(":nominal")]


def test_subject_made_charges_that() -> None:
    text = (
        "Trump made similarly bigoted charges that a Latino federal judge would be biased "
        "against him because of his heritage."
    )
    assert_said(
        text,
        "a Latino federal judge would be biased against him because of his heritage",
        "Trump",
        "indirect:nominal",
    )


def test_subject_delivered_a_promise_to() -> None:
    text = (
        "In this battleground state, Hillary Clinton delivered a forceful promise to strengthen "
        "labor unions and raise the minimum wage."
    )
    assert_said(
        text,
        "to strengthen labor unions and raise the minimum wage",
        "Hillary Clinton",
        "indirect:nominal",
    )


def test_guard_made_comments_that_is_a_relative_clause() -> None:
    text = "Trump made comments that angered many voters in the state on Tuesday."
    assert not [c for c in claims_of(text) if c.rule.endswith(":nominal")]


def test_hyphened_and_capitalised_words_before_the_noun() -> None:
    text = (
        "The union is unlikely to back her after Hillary Clinton's March comment that coal "
        "companies would go out of business. Her views are a harder sell than Mr. Trump's "
        "fire-breathing vows to trash bad trade deals and use tariffs as weapons."
    )
    assert_said(
        text,
        "coal companies would go out of business",
        "Hillary Clinton",
        "indirect:nominal",
    )
    assert_said(
        text,
        "to trash bad trade deals and use tariffs as weapons",
        "Trump",
        "indirect:nominal",
    )


def test_common_noun_owner_of_a_claim_noun() -> None:
    text = (
        "The Clinton campaign said Sanders was wrong. The tactic was reminiscent of the "
        "campaign's earlier claim that Sanders wanted to dismantle the Affordable Care Act."
    )
    claim = [c for c in claims_of(text) if c.rule == "indirect:nominal"]
    assert [c.text for c in claim] == ["Sanders wanted to dismantle the Affordable Care Act"]


def test_guard_contraction_owns_no_claim_noun() -> None:
    text = "It was reminiscent of what's claim that nothing had changed, and that's promise to act."
    assert not [c for c in claims_of(text) if c.rule.endswith(":nominal")]
