"""Golden tests: replies, denials, admissions, rejections and challenges whose content is a noun
phrase or a question (factdb/extract/speech_acts.py families).

"Trump continued to question whether ...", "rejected Saudi concerns", "denied any role in the
attacks", "..., pointing to a big victory in Mississippi": what was said is read in the shape
of the verb's family. Guards: the same words in another sense ("The Kiwis went on to claim the
Cup", "Sales fell 5%, pointing to weak demand", "rejected the allegation" with nothing of whose
it was). Passages are paraphrased from PolNeAR train (US political news, 2016), BBC News
(British news, 2004-05) and ECB+ (news, 2006-2013), the corpus named with each case.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def only_claim(text: str, rule: str) -> Claim:
    (claim,) = [c for c in claims_of(text) if c.rule == rule]
    return claim


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        pytest.param(
            # PolNeAR train (USA Today): the speaker keeps on questioning
            "Trump continued to question whether Cruz's birth in Canada makes him ineligible "
            "for the White House.",
            "indirect:question",
            "whether Cruz's birth in Canada makes him ineligible for the White House",
            "Trump",
            id="continued-to-question-whether",
        ),
        pytest.param(
            # PolNeAR train (USA Today): what is called into question, kept on
            "In an interview with CNN, Trump continued to question Cruz's temperament, saying "
            "the Texas senator could not make deals.",
            "indirect:challenge",
            "Cruz's temperament",
            "Trump",
            id="continued-to-question-quality",
        ),
        pytest.param(
            # BBC News (business): a plural noun for people, an adverb, then "question"
            "However, analysts still question whether the park attracts enough visitors to "
            "stay open.",
            "indirect:question",
            "whether the park attracts enough visitors to stay open",
            "analysts",
            id="people-adverb-question",
        ),
        pytest.param(
            # PolNeAR train (Politico): whose concerns were rejected, named before the noun
            "But supporters of the bill have rejected Saudi concerns.",
            "indirect:rejection",
            "Saudi concerns",
            "supporters of the bill",
            id="rejected-named-concerns",
        ),
        pytest.param(
            # constructed, after BBC News (politics): a possessive holder of the remarks
            "Tony Blair dismissed the Tories’ remarks.",
            "indirect:rejection",
            "the Tories’ remarks",
            "Tony Blair",
            id="dismissed-possessive-remarks",
        ),
        pytest.param(
            # PolNeAR train (Politico): a role in a deed denied
            "Although 15 of the 19 hijackers were Saudis, the government in Riyadh has "
            "vigorously denied any role in the Sept. 11, 2001, attacks.",
            "indirect:denial",
            "any role in the Sept. 11, 2001, attacks",
            "Riyadh",
            id="denied-any-role",
        ),
        pytest.param(
            # ECB+ (Sudan, 2011): links denied
            "However, Sudan Armed Forces spokesman Sawarmi Khaled Saad vehemently denied any "
            "links to the raid.",
            "indirect:denial",
            "any links to the raid",
            "Sawarmi Khaled Saad",
            id="denied-links",
        ),
        pytest.param(
            # ECB+ (Deep Throat, 2008): the denier's next act is no part of the denial
            "Felt denied his role and stayed at the FBI until his retirement in June 1973.",
            "indirect:denial",
            "his role",
            "Felt",
            id="denial-then-next-act",
        ),
        pytest.param(
            # PolNeAR train (Washington Post): "pointing to" set off by a comma cites evidence
            "Hillary Clinton sought to brush aside her Michigan loss, pointing to a big victory "
            "in Mississippi and the fact that she emerged with more total delegates.",
            "indirect:citation",
            "a big victory in Mississippi and the fact that she emerged with more total delegates",
            "Clinton",
            id="pointing-to-participle",
        ),
        pytest.param(
            # BBC News (business): the same after a criticism
            "Democrat challenger John Kerry has criticised President George W Bush's handling "
            "of the economy, pointing to a net loss of over 800,000 jobs since Mr Bush took "
            "office.",
            "indirect:citation",
            "a net loss of over 800,000 jobs since Mr Bush took office",
            "John Kerry",
            id="pointing-to-after-criticism",
        ),
        pytest.param(
            # PolNeAR train (Washington Post): the participle ends before the next one
            "Asked about it, Marco Rubio basically ducked, pointing to his record in the Florida Legislature and "
            "saying that productive senators are overrated.",
            "indirect:citation",
            "his record in the Florida Legislature",
            "Rubio",
            id="pointing-to-then-saying",
        ),
        pytest.param(
            # PolNeAR train (Breitbart): questions raised about a topic
            "Trump has raised questions about Obama’s birthplace and religion, falsely "
            "suggesting that Obama was born outside the United States.",
            "indirect:question",
            "Obama’s birthplace and religion",
            "Trump",
            id="raised-questions-topic",
        ),
        pytest.param(
            # BBC News (politics): questions raised about whether
            "The men's solicitor, Louise Christian, has raised questions about whether the "
            "evidence was gathered through torture.",
            "indirect:question",
            "whether the evidence was gathered through torture",
            "Louise Christian",
            id="raised-questions-whether",
        ),
        pytest.param(
            # BBC News (technology): concerns raised, read like "warned about"; how often is no
            # part of them
            "The fresh delay came after Polish officials had raised concerns about the law for "
            "the second time in two months.",
            "indirect:warning",
            "the law",
            "Polish officials",
            id="raised-concerns",
        ),
        pytest.param(
            # PolNeAR train (Politico): a gerund admitted
            "Ben Carson also acknowledged urging his senior staff to adjust salaries to meet "
            "campaign industry norms.",
            "indirect:admission",
            "urging his senior staff to adjust salaries to meet campaign industry norms",
            "Ben Carson",
            id="acknowledged-gerund",
        ),
        pytest.param(
            # PolNeAR train (HuffPost): a failing acknowledged
            "At the same time, Obama has acknowledged difficulties in keeping government "
            "information secure.",
            "indirect:admission",
            "difficulties in keeping government information secure",
            "Obama",
            id="acknowledged-difficulties",
        ),
        pytest.param(
            # BBC News (business): "admitted to" and a gerund
            "On his first day of questioning, Mr Sullivan admitted to falsifying the company's "
            "financial statements.",
            "indirect:admission",
            "falsifying the company's financial statements",
            "Sullivan",
            id="admitted-to-gerund",
        ),
        pytest.param(
            # ECB+ (polygamy, 2009): the next clause is no part of the admission
            "Blackmore openly admits to having numerous wives and dozens of children but has "
            "said the community abhors sexual abuse of children.",
            "indirect:admission",
            "having numerous wives and dozens of children",
            "Blackmore",
            id="admits-then-but",
        ),
        pytest.param(
            # PolNeAR train (New York Times): the accuser after "by", an aside in commas
            "Mr. Lewandowski's troubles began when he was accused by a female Breitbart "
            "reporter, who worked for Mr. Bannon, of grabbing her roughly after a news "
            "conference.",
            "indirect:accusation",
            "grabbing her roughly after a news conference",
            "Breitbart reporter",
            id="accused-by-aside",
        ),
        pytest.param(
            # PolNeAR train (USA Today): a body accuses
            "The donors have ties to a movement which has been accused by the Turkish "
            "government of attempting a coup in that country.",
            "indirect:accusation",
            "attempting a coup in that country",
            "Turkish government",
            id="accused-by-body",
        ),
        pytest.param(
            # BBC News (business): the dash closes the aside the accusation was in
            "Anil's demand that Anand Jain - another board member accused by Anil of creating "
            "a rift in the Ambani family - be thrown out, was not met.",
            "indirect:accusation",
            "creating a rift in the Ambani family",
            "Anil",
            id="accused-by-in-dashes",
        ),
        pytest.param(
            # BBC News (politics): a clause denied without "that"
            "The BNP has denied it is trying to stir up hatred of any race or religion.",
            "indirect:denial",
            "it is trying to stir up hatred of any race or religion",
            "BNP",
            id="denied-bare-clause",
        ),
        pytest.param(
            # PolNeAR train (Washington Post): the writer's "with" clause is no part of it
            "The Trump campaign has denied it happened, with Lewandowski taking to Twitter to "
            "call her story false.",
            "indirect:denial",
            "it happened",
            "Trump campaign",
            id="denied-then-with",
        ),
    ],
)
def test_reply_act(text: str, rule: str, content: str, speaker: str) -> None:
    claim = only_claim(text, rule)
    assert claim.text == content
    assert claim.speaker is not None and speaker in claim.speaker.name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (USA Today): an accusation in the passive, nobody named making it
        (
            "Dylann Roof is accused of a massacre at a historic black church that left nine "
            "dead last year.",
            "a massacre at a historic black church that left nine dead last year",
        ),
        # BBC News (business): after a comma, the relative closes with its sentence
        (
            "The trade gap grew with China, which has been accused of keeping its currency "
            "artificially weak in order to boost exports.",
            "keeping its currency artificially weak in order to boost exports",
        ),
    ],
)
def test_an_accusation_by_nobody_named_has_no_speaker(text: str, content: str) -> None:
    claim = only_claim(text, "indirect:accusation")
    assert claim.text == content
    assert claim.speaker is None


def test_a_belief_ends_before_pointing_to() -> None:
    # PolNeAR train (Politico): the belief and what its holder points to are two claims
    text = (
        "Mayor Don Guardian hopes that Clinton’s focus on Atlantic City could produce a "
        "positive outcome for the city, pointing to the sale of some city-owned plots of land."
    )
    assert only_claim(text, "indirect:belief").text == (
        "Clinton’s focus on Atlantic City could produce a positive outcome for the city"
    )
    assert only_claim(text, "indirect:citation").text == "the sale of some city-owned plots of land"


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (sport): "claim" is winning a cup, not a claim
        "The Kiwis went on to claim the Cup, and would inflict further misery on Wales.",
        # constructed: figures point, nobody cites them
        "Sales fell 5% in March, pointing to weak demand for new cars.",
        "The figures rose sharply, pointing to a recovery in the housing market.",
        # constructed: a gesture
        "The senator stood up, pointing to the door of the chamber.",
        # PolNeAR train (Washington Post): the noun alone says nothing of what was rejected
        "Clinton and the DNC rejected the allegation.",
        "Priebus rejected that idea.",
        # PolNeAR train (New York Times): an agreement to pay is a commitment, no claim
        "Mr. Deripaska agreed to pay a 2 percent annual management fee to Mr. Manafort.",
        # PolNeAR train (Washington Post, New York Times): doubts and questions a thing raises
        "The clash raised serious doubts about whether Congress will heed warnings.",
        "It immediately raised new questions about whether the Murdochs would be forced into "
        "a bigger house cleaning.",
        # PolNeAR train (Washington Post): money raised
        "Conservative Solutions PAC raised about $58 million in support of Rubio.",
        # constructed: what "it" is, the sentence before says
        "Mr Smith raised concerns about it.",
        # BBC News (business, sport) and constructed: no admission, or one not made yet, or
        # a goal, a patient, a role's demand
        "Under the terms of the settlement, none of the 18 former directors will admit any "
        "wrongdoing.",
        "The bank agreed to pay $5m without admitting wrongdoing.",
        "He refused to admit any wrongdoing.",
        "Chelsea conceded a late goal.",
        "The hospital admitted 20 patients.",
        "Part of being an effective president is acknowledging mistakes.",
        # PolNeAR train (New York Times): an accusation nobody is named making
        "Cuba also released Alan Gross, an American contractor accused of spying.",
        "He was accused by default of breaking the rules.",
        # constructed and ECB+ (2007): an accusation denied, supposed, or running on into the
        # sentence's own verb
        "The U.S. has never been accused of complicity in the attacks.",
        "If he is accused of lying to the court, he will resign.",
        "Weeks earlier a driver who had been accused of stealing from a beer distributorship "
        "fatally shot eight people.",
        # BBC News (entertainment): the deed's object came before it
        "He faces action from the mother of the actress he has been accused of killing.",
        # constructed: a court's act and a withholding, no clause after "denied"
        "The court denied the motion filed by the defendants.",
        "The government denied him entry to the country.",
        # PolNeAR train (New York Times): withholding, not a denial
        "Nega was poised to become mayor, but the government denied his party the victory.",
    ],
    ids=[
        "claim-the-cup",
        "sales-point",
        "figures-point",
        "gesture",
        "bare-allegation",
        "bare-idea",
        "agreed-to-pay",
        "doubts-by-a-thing",
        "questions-by-it",
        "money",
        "about-it",
        "none-will-admit",
        "without-admitting",
        "refused-to-admit",
        "conceded-goal",
        "admitted-patients",
        "role-acknowledging",
        "accused-by-nobody",
        "accused-by-default",
        "never-accused",
        "if-accused",
        "restrictive-relative",
        "object-before",
        "denied-motion",
        "denied-entry",
        "withheld",
    ],
)
def test_no_reply_claim(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.cue is not None] == []
