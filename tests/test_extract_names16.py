"""Golden tests: words taken for a speaker's name that name nobody, and titles cut wrongly
(factdb/extract/speakers.py, `resolve`, `_common_word_opening`; lexicons/titles.txt).

An abbreviated title before a name ("Dist. Atty. Steve Cooley") is the role, not the name,
nor a sentence's end. A month's abbreviation after a cue opens a date ("announced Nov. 12").
A common noun capitalised only because it opens its sentence ("Alerts tell people ...",
"Cost estimates, he added, were ...") names nobody when the article writes it in lower case
elsewhere: the speaker is unknown, as a wrong name is worse than none. A surname that is also
a word ("Felt") is written in full elsewhere, and a plural naming people ("Companies say")
stays an unnamed group. Passages are paraphrased from ECB+, BBC News and PolNeAR train.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of


def test_abbreviated_district_attorney_is_the_role() -> None:
    # ECB+ (Los Angeles Times): "Dist." was read as the sentence's end and the name
    text = (
        '"This is the kind of crime that the death penalty was made for," said Dist. Atty. '
        "Steve Cooley."
    )
    content = "This is the kind of crime that the death penalty was made for,"
    assert_said(text, content, "Steve Cooley", "direct:speaker-after")
    speaker = claim_with(text, content).speaker
    assert speaker is not None and speaker.role == "Dist. Atty."


def test_county_district_attorney_before_the_name() -> None:
    # ECB+: the whole title before the name is the role
    text = (
        "Los Angeles County Dist. Atty. Steve Cooley said he expected Orozco to be charged "
        "with murder."
    )
    claim = claim_with(text, "he expected Orozco to be charged with murder")
    assert claim.speaker is not None
    assert claim.speaker.name == "Steve Cooley"
    assert claim.speaker.role == "Los Angeles County Dist. Atty."


def test_month_abbreviation_after_a_cue_is_no_speaker() -> None:
    # ECB+: "announced Nov. 12" is when, not who
    text = "Financial details of the acquisition, announced Nov. 12, were not disclosed."
    for claim in claims_of(text):
        assert claim.speaker is None or claim.speaker.name != "Nov."


@pytest.mark.parametrize(
    ("text", "content", "opener"),
    [
        (
            # BBC News (tech): "Alerts" opens the sentence; "alerts" is written lower case
            "The service sends alerts by e-mail. Alerts tell people how the threats affect "
            "them and what they can do to protect themselves.",
            "how the threats affect them and what they can do to protect themselves",
            "Alerts",
        ),
        (
            # PolNeAR train (Politico): "Cost estimates, he added, were ..."
            "The plan did not include the cost of closing the prison. Cost estimates, he "
            "added, were “based on a prototype detention facility.”",
            "he added, were “based on a prototype detention facility.”",
            "Cost",
        ),
    ],
)
def test_common_noun_opening_a_sentence_names_nobody(text: str, content: str, opener: str) -> None:
    speakers = [c.speaker.name for c in claims_of(text) if c.speaker is not None]
    assert opener not in speakers, speakers


def test_guard_surname_that_is_a_word_stays_a_name() -> None:
    # "Felt" is written in full mid-sentence: a surname, not the verb "felt"
    text = "The source was Mark Felt. Felt said he had never felt so free."
    assert_said(text, "he had never felt so free", "Mark Felt", "indirect:said-clause")


def test_guard_plural_of_people_stays_an_unnamed_group() -> None:
    # BBC News (business): "Companies" opens the sentence and "companies" is written too
    text = (
        "Shares in oil companies fell. Companies echoed this sentiment, saying that they would "
        "require more information."
    )
    claim = claim_with(text, "they would require more information")
    assert claim.speaker is not None
    assert claim.speaker.name == "Companies"
    assert claim.speaker.kind == "anonymous"


def test_guard_lone_surname_opening_a_sentence() -> None:
    # no lower-case "parry" in the article: a surname
    text = "Parry said the club would appeal."
    assert_said(text, "the club would appeal", "Parry", "indirect:said-clause")


def test_report_released_late_last_year_keeps_its_time() -> None:
    # the brief's case: "late last year" was cut after "late", leaving "A report released late"
    text = "A report released late last year said the plan had failed."
    claim = claim_with(text, "the plan had failed")
    assert claim.speaker is not None
    assert claim.speaker.name != "A report released late"


def test_order_released_on_a_weekday_is_no_person() -> None:
    # the day's capital made "The order released Friday" a person's name
    text = "The order released Friday said the plant must close."
    claim = claim_with(text, "the plant must close")
    assert claim.speaker is None or claim.speaker.kind != "person"


def test_guard_poll_named_before_its_day_stays_media() -> None:
    # PolNeAR train (USA Today): the names in it say it is a poll
    text = (
        "In an ABC News/Washington Post Poll released Sunday, three of four Americans "
        "disapproved of the way Trump had handled the situation."
    )
    claim = claim_with(
        text, "three of four Americans disapproved of the way Trump had handled the situation"
    )
    assert claim.speaker is not None and claim.speaker.kind == "media"


@pytest.mark.parametrize(
    ("text", "content", "opener"),
    [
        (
            # BBC News (sport): a plural opener, a plural verb
            "Rules stipulate that teams from the same country will be kept apart in the draw.",
            "teams from the same country will be kept apart in the draw",
            "Rules",
        ),
        (
            # PolNeAR train (Washington Post)
            "Associates say he is likely to run for reelection as a senator in two years.",
            "he is likely to run for reelection as a senator in two years",
            "Associates",
        ),
    ],
)
def test_plural_opener_with_a_plural_verb_names_no_person(
    text: str, content: str, opener: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is None or claim.speaker.name != opener


def test_guard_surname_in_s_with_a_singular_verb() -> None:
    text = "Reyes says he is likely to run again."
    assert_said(text, "he is likely to run again", "Reyes", "indirect:said-clause")
