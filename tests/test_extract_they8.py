"""Golden tests for "they" after a group that spoke in the plural ("Prosecutors", "Economists",
"Critics") when a later sentence opens with other people or bodies in the plural as its
subject ("The tobacco companies denied ...", "Major companies ... have spent ...", "Phone
companies refuse ..."): the "they" may be either group, and naming the wrong one is worse
than naming none, so it is `unknown`. Guards: the same group again ("Those police officers"
after "Bloomington Police"), a plural opening the very sentence a trailing "they added"
reports ("Companies such as Quiksilver would ..., they added"), and a "they" right after its
group.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), BBC and ECB+ (../shared/corpora/), each named in a
comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC business (tobacco case): the companies denied and "They also said"; not the
        # prosecutors who brought the case
        (
            "Prosecutors went after the companies using legislation put in place to fight "
            "organised crime, and accused the firms of conspiring. The tobacco companies denied "
            "the charges, saying that they never illegally conspired to promote smoking and fool "
            "the public. They also said that they have met many of the government's demands.",
            "they have met many of the government's demands",
        ),
        # BBC business: the companies in talks with unions warned, not the economists
        (
            "Economists predict that an increase is unlikely to come until the second half of "
            "2005. Major companies including Volkswagen, DaimlerChrysler and Siemens have spent "
            "much of 2004 in tough talks with unions about trimming jobs and costs. They have "
            "also warned there are more cost cutting measures on the horizon.",
            "there are more cost cutting measures on the horizon",
        ),
        # BBC tech: the phone companies say it in their own sentence, not the regulator
        (
            "It has received 45,000 complaints, according to premium phone line regulator "
            "Icstis. Phone companies refuse to pay compensation because they say calls must be "
            "paid for.",
            "calls must be paid for",
        ),
        # PolNeAR train (New York Times, 2015): companies note it, not the officials the
        # article cited before
        (
            "According to law enforcement officials, the Facebook account that Ms. Malik used "
            "was linked to an email account she had used for many years.\n\nCompanies say that "
            "weakening the encryption in their products would only make regular users more "
            "vulnerable to cybertheft. What's more, they note, there are plenty of encryption "
            "options not made by American companies and many of them are free.",
            "What's more, they note, there are plenty of encryption options not made by "
            "American companies and many of them are free",
        ),
    ],
)
def test_they_after_other_plural_subject_is_unknown(text: str, content: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.kind == "unknown"


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # ECB+: "Those police officers" are the Bloomington Police again
        (
            "Bloomington Police say he drank so much his blood-alcohol level was 0.41, more "
            "than five times the legal limit. Minutes later, Bloomington Police saw the car "
            "LaSalle was driving. They tried to contact LaSalle, but they say he was "
            "uncooperative and refused to get out of his vehicle. Those police officers had to "
            "use a taser to get him out of his car. They say he smelled like alcohol and had "
            "glassy eyes.",
            "he smelled like alcohol and had glassy eyes",
            "Bloomington Police",
            "indirect:said-clause",
        ),
        # BBC business: the companies open what the analysts added, not who added it
        (
            "European sporting goods companies have seen foreign revenues squeezed by a slump "
            "in the value of the US dollar, making a takeover more attractive, analysts said. "
            "Companies such as Quiksilver would be able to cut costs by selling Rossignol skis "
            "through their shops, they added.",
            "Companies such as Quiksilver would be able to cut costs by selling Rossignol skis "
            "through their shops",
            "analysts",
            "indirect:speaker-after",
        ),
        # BBC politics: nobody else in between; "They said" is the opponents
        (
            "Opponents say the £2bn cost of the new runway could not be met unless cash from "
            "Heathrow and Gatwick was used. They said this is illegal under current rules.",
            "this is illegal under current rules",
            "Opponents",
            "indirect:said-clause",
        ),
    ],
)
def test_they_keeps_its_group(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)
