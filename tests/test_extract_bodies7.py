"""'The company', 'the firm', 'the bank': the body the article named, or nobody.

Passages are from the BBC News dataset (bbc/, Greene & Cunningham 2006) and ECB+ (ecbplus/,
CC BY 3.0), shortened where marked.
"""

from __future__ import annotations

import pytest
from extraction import claim_with, claims_of

from factdb.extract.speakers import people_plural

# the body spoke before, and only a person, a place or a month was named since
SPOKE_BEFORE = [
    (
        'GM said its profits were also hit by higher healthcare costs in the US. "GM reported '
        'solid overall results in 2004," GM chairman and chief executive Rick Wagoner said in a '
        "statement. The company recently announced that it expected profits in 2005 to be lower "
        "than in 2004.",
        "it expected profits in 2005 to be lower than in 2004",
        "GM",
    ),
    (
        "In January 2004, Shell told shocked investors that its reserves were 20% smaller than "
        "previously thought. Shell said the pay-off was in line with Ms Boynton's contract. She "
        'was leaving "by mutual agreement to pursue other career opportunities", the firm said '
        "in a statement.",
        'She was leaving "by mutual agreement to pursue other career opportunities"',
        "Shell",
    ),
]

# nobody spoke before: the one body the article names before "the firm"
NAMED_ONCE = [
    (
        "Shares in Cairn Energy have jumped 6% after the firm said an Indian oilfield was "
        "larger than previously thought.",
        "an Indian oilfield was larger than previously thought",
        "Cairn Energy",
    ),
    (
        "British energy firm Burren Energy has been awarded two potentially lucrative oil "
        "exploration contracts in Egypt. The firm, which floated in 2003, recently announced a "
        "deal to buy 26% of Indian firm Hindustan Oil Exploration.",
        "a deal to buy 26% of Indian firm Hindustan Oil Exploration",
        "Burren Energy",
    ),
    (
        "Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of "
        "the dollar, the group said. The company said it was optimistic about growth.",
        "it was optimistic about growth",
        "Reuters",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPOKE_BEFORE + NAMED_ONCE)
def test_the_company_is_the_body_named(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.kind == "organization"


# two bodies may be meant, or the one named is no company's name: "the company" stays unnamed
AMBIGUOUS = [
    (  # Renault spoke, Nissan is named after it (bbc:business/247, shortened)
        "Japanese carmaker Nissan - in which Renault owns a 44% stake - contributed 1.7bn "
        "euros in net income over the year. However, the firm said it expected operating "
        'margins to be lower in 2005. "In a sluggish market, Renault intends to continue to '
        'grow its global sales," the company said in a statement.',
        "In a sluggish market, Renault intends to continue to grow its global sales,",
        "Nissan",
    ),
    (  # a company named like a person, beside another (bbc:business/393, shortened)
        "Since 2002, Ms Tan has been managing director and chief executive of Metrojaya, one of "
        "the largest retail groups in Malaysia. Laura Ashley, which is due to issue its next "
        "trading statement in the next few weeks, has in recent months been hit by reports of "
        "poor sales. In September, the company had said that its half-year clothing sales had "
        'been "below expectations".',
        'its half-year clothing sales had been "below expectations"',
        "Metrojaya",
    ),
    (  # the buyer is the subject; the bought firm is named after (ecbplus 43_13, shortened)
        "AMD has made a $334 million bet on the energy-efficient microserver market. On "
        "Wednesday afternoon, the company announced that they have reached a $334 million "
        "agreement, to purchase SeaMicro, a successful microserver manufacturer.",
        "they have reached a $334 million agreement, to purchase SeaMicro, a successful "
        "microserver manufacturer",
        "SeaMicro",
    ),
    (  # a description capitalised for its place is no name (bbc:tech/186, shortened)
        "Paris-based pressure group Reporters Without Borders said China was censoring Google "
        '"By agreeing to launch a news service that excludes publications disliked by the '
        'government, Google has let itself be used by Beijing," the group said. For its part, '
        "the search giant said it was looking into the issue.",
        "it was looking into the issue",
        "Paris-based pressure group",
    ),
]


@pytest.mark.parametrize(("text", "content", "wrong"), AMBIGUOUS)
def test_the_company_is_not_a_body_it_may_not_be(text: str, content: str, wrong: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is None or claim.speaker.name != wrong


# a body named for people and their cause, its preposition capitalised, is one organisation
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reporters Without Borders said the sentence was harsh.", "Reporters Without Borders"),
        ("Mothers Against Drunk Driving said the law was weak.", "Mothers Against Drunk Driving"),
        ("Veterans For Peace said the war was wrong.", "Veterans For Peace"),
    ],
)
def test_people_named_with_their_cause_are_a_body(text: str, name: str) -> None:
    (claim,) = claims_of(text)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (name, "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Washington said the talks had failed.",
        "Lawyers for Apple said the suit was baseless.",
    ],
)
def test_people_described_in_passing_are_no_body(text: str) -> None:
    (claim,) = claims_of(text)
    assert claim.speaker is not None and claim.speaker.kind != "organization"


def test_the_organisation_is_the_body_that_spoke() -> None:
    # BBC politics: the motoring organisation named as it spoke, then "the organisation"
    text = (
        "The RAC said the price of petrol had fallen for a third week. The organisation urged "
        "drivers to continue to shop around to get the best price for petrol."
    )
    claim = claim_with(text, "drivers to continue to shop around to get the best price for petrol")
    assert claim.speaker is not None and claim.speaker.name == "RAC"


def test_a_headline_run_into_a_name_is_no_body_to_stand_for() -> None:
    # ECB+: the headline's last word runs into the first sentence's name
    text = (
        "IE Patch To Curb Password-Stealing Hackers Microsoft Microsoft said it has released a "
        "patch for Internet Explorer. The company said it will protect computers only if "
        "installed."
    )
    claim = claim_with(text, "it will protect computers only if installed")
    assert claim.speaker is None or "Microsoft Microsoft" not in claim.speaker.name


@pytest.mark.parametrize(
    ("word", "plural"),
    [("boss", False), ("witness", False), ("actress", False), ("officials", True)],
)
def test_a_role_noun_in_ss_is_one_person(word: str, plural: bool) -> None:
    assert people_plural(word) is plural
