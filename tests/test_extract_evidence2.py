"""Golden tests for findings of documents (`indirect:evidence`, `indirect:headline`) in shapes
the first evidence rules missed: an aside after the document's own phrase, disclosures and a
newsroom's reporting as documents, "with the survey finding that", and title-case headlines
in which documents "Reveal" or "Suggest".

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def only_claim(text: str, rule: str) -> Claim:
    """The one claim whose rule is `rule`."""
    (claim,) = [c for c in claims_of(text) if c.rule == rule]
    return claim


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): the studies' own phrase, then an aside opening with an
        # adverb and a participle
        (
            "Many recent studies of the minimum wage, often conducted by comparing differences "
            "across state and county lines, have found little evidence that raising the floor "
            "causes large job losses.",
            "little evidence that raising the floor causes large job losses",
            "Many recent studies of the minimum wage",
        ),
        # BBC News (business): the study's own phrase, then an aside opening with "from"
        (
            "A study of the 1993 Des Moines floods, from the Disaster Research Center at the "
            "University of Delaware, found that 70% of local businesses were no worse off after "
            "the disaster.",
            "70% of local businesses were no worse off after the disaster",
            "A study of the 1993 Des Moines floods",
        ),
        # a "where" clause describes the poll as a "which" clause does
        (
            "The new poll, where voters were asked about the economy, shows Clinton leading by "
            "six points.",
            "Clinton leading by six points",
            "new poll",
        ),
    ],
    ids=["own-phrase-adverb-participle", "own-phrase-from", "where-aside"],
)
def test_finding_of_a_document_past_an_aside(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): filings disclose who paid, the finding before them
        (
            "Wealthy conservatives are helping pay for a series of last-ditch efforts to wound "
            "Donald J. Trump, disclosures filed on Sunday night revealed.",
            "Wealthy conservatives are helping pay for a series of last-ditch efforts to wound "
            "Donald J. Trump",
            "disclosures filed on Sunday night",
        ),
        # PolNeAR train (USA Today, 2016): a newsroom's reporting, owned by its name
        (
            "Sen. Kelly Ayotte returned $43,100 in donations last year after USA TODAY's "
            "reporting indicated that some of the donors were unaware of basic facts about her.",
            "some of the donors were unaware of basic facts about her",
            "USA TODAY's reporting",
        ),
        # PolNeAR train (NYT, 2016): "finding" after "with" and a survey, as "showing" is
        (
            "Mrs. Clinton and Mr. Sanders appeared to be locked in a close race in Iowa, with "
            "the new Register/Bloomberg Politics survey finding that 45 percent of likely "
            "Democratic caucusgoers backed Mrs. Clinton.",
            "45 percent of likely Democratic caucusgoers backed Mrs. Clinton",
            "new Register/Bloomberg Politics survey",
        ),
    ],
    ids=["disclosures", "possessive-reporting", "with-survey-finding"],
)
def test_finding_of_filings_reporting_and_a_survey(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert claim.text == content
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "media")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016)
        (
            "Leaked Documents Reveal Democratic Campaign Donors.\n\nHillary Clinton was once "
            "asked about them.",
            "Democratic Campaign Donors",
            "Leaked Documents",
        ),
        # PolNeAR train (Breitbart, 2016)
        (
            "Newly Released Document Reveals State Department Knew Benghazi Security "
            "Inadequate.\n\nA newly released email shows it.",
            "State Department Knew Benghazi Security Inadequate",
            "Newly Released Document",
        ),
        (
            "Emails Suggest Clinton Aide Knew About Server.\n\nThe aide declined to comment.",
            "Clinton Aide Knew About Server",
            "Emails",
        ),
    ],
    ids=["documents-reveal", "document-reveals", "emails-suggest"],
)
def test_a_headline_in_which_documents_reveal(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:headline")
    assert claim.text == content
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "media")


@pytest.mark.parametrize(
    "text",
    [
        # a person reveals a plan: no document, no finding
        "Trump Reveals His Plan For Mexico Wall.\n\nHe spoke in Arizona.",
        # PolNeAR train (Breitbart, 2016): "Just Revealed" after a person
        "Kasich Just Revealed The 1 Thing He Thinks The GOP Will Do.\n\nHe said so on Monday.",
    ],
    ids=["person-reveals", "person-just-revealed"],
)
def test_a_person_revealing_in_a_headline_is_no_document(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule == "indirect:headline"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a finding is a noun here, after the court's name: nothing is "found" by a document
        "The judge upheld the finding that the company had broken the law.",
        # "finding" after "with": a person, not a document, finds
        "He spent the week with friends finding that the city had changed.",
        # the aside's "where" follows a place, not a document
        "Voters in Iowa, where the caucuses are held, show little interest in the race.",
    ],
    ids=["finding-noun", "friends-finding", "place-where"],
)
def test_no_finding_without_a_document(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC News (politics)
        (
            "Every opinion poll points to an overwhelming anti-Europe feeling in this country.",
            "an overwhelming anti-Europe feeling in this country",
            "Every opinion poll",
        ),
        # BBC News (business): the perfect, as "has shown"
        (
            "Recent evidence has pointed to an upturn in the US economy.",
            "an upturn in the US economy",
            "Recent evidence",
        ),
        # PolNeAR train (Politico, 2016)
        (
            "The findings point to growing momentum among Democrats for changing a system that "
            "gives party bigwigs undue sway.",
            "growing momentum among Democrats for changing a system that gives party bigwigs "
            "undue sway",
            "findings",
        ),
    ],
    ids=["poll-points-to", "evidence-has-pointed-to", "findings-point-to"],
)
def test_a_document_points_to_its_finding(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert claim.text == content
    assert claim.cue is not None and claim.cue.text.split()[-1] == "to"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "media")


@pytest.mark.parametrize(
    "text",
    [
        # a person pointing to something cites it (`indirect:citation`), finds nothing
        "Clinton pointed to her record in the Senate as proof of her experience.",
        # BBC News (business): "points" a noun, "to" a number
        "The Dow Jones index gained 45.4 points to 10,360 in early trading.",
        # BBC News (business): "which all point" is the bodies' verb, after a verb the phrase
        # may not run back across ("The figures support recent data ...")
        "The figures support recent data from the government and other bodies which all point "
        "to a slowdown in the housing market.",
        # the same with "show": "which all" is no relative clause describing the data
        "The figures support recent data from the government and other bodies which all show "
        "a slowdown in the housing market.",
        # a point in time, not a document's verb
        "At one point to the surprise of everyone, the survey was stopped.",
    ],
    ids=[
        "person-points",
        "points-to-a-number",
        "which-all-point",
        "which-all-show",
        "at-one-point",
    ],
)
def test_pointing_to_without_a_document_is_no_finding(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


def test_a_bare_plural_document_before_a_time_is_published_matter() -> None:
    # "Polls last week": the opener's capital and a time after it, no person's name
    claim = only_claim("Polls last week showed Sanders gaining on Clinton.", "indirect:evidence")
    assert claim.text == "Sanders gaining on Clinton"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("Polls last week", "media")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): a long name after "by", then "concluded that"
        (
            "A study by Michael Greenstone and Thomas Covert of the University of Chicago "
            "concluded that at current battery prices, oil would have to cost $350 a barrel.",
            "at current battery prices, oil would have to cost $350 a barrel",
            "A study by Michael Greenstone and Thomas Covert of the University of Chicago",
        ),
        # BBC News (politics): a clause without "that", its subject and verb first
        (
            "The government mounted a publicity campaign after a review concluded no law change "
            "was necessary.",
            "no law change was necessary",
            "a review",
        ),
        # BBC News (tech): "forecasts that"
        (
            "A separate report by Jupiter forecasts that the European digital music market will "
            "grow to 836m euros by 2009.",
            "the European digital music market will grow to 836m euros by 2009",
            "A separate report by Jupiter",
        ),
        # ECB+ (a news report of a shooting): results conclude after "while"
        (
            "Lynch said his client had a .32-caliber revolver, while autopsy results concluded "
            "that Kathina was killed by a .45-caliber bullet.",
            "Kathina was killed by a .45-caliber bullet",
            "autopsy results",
        ),
    ],
    ids=[
        "study-concluded-that",
        "review-concluded-clause",
        "report-forecasts",
        "results-concluded",
    ],
)
def test_a_document_concludes_or_forecasts_a_clause(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert claim.text == content
    assert claim.speaker is not None
    # the document as written; one named with its publisher ("A separate report by Jupiter")
    # is that publisher speaking (tests/test_extract_documents7.py)
    publisher = claim.speaker.name != claim.speaker.mention
    assert claim.speaker.mention == speaker
    assert claim.speaker.kind == ("organization" if publisher else "media")


@pytest.mark.parametrize(
    "text",
    [
        # a plain object: nothing concluded or estimated as a claim
        "The inquiry concluded its hearings last month.",
        "The study estimated the cost at $3 billion.",
        # PolNeAR train (Wash. Post, 2016): party figures are people, no document
        "The party was in a state of pandemonium Wednesday, even as some party figures "
        "concluded it was now too late to stop the billionaire mogul.",
        # BBC News (politics): "when" opens another clause; "projected" is an adjective there
        "Authorities will decide final figures on Thursday when projected increases will be "
        "more than twice the rate of inflation.",
        # BBC News (tech): "projects" a noun after "research", not a verb
        "The plan brings together the work of many research projects that the EC has been "
        "funding for a number of years.",
    ],
    ids=["concluded-object", "estimated-object", "party-figures", "when-projected", "projects"],
)
def test_no_conclusion_without_a_document_and_a_clause(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


def test_a_document_that_seems_to_show_is_a_hedged_finding() -> None:
    # PolNeAR train (Western Journal, 2015): the review, not the emails it reviewed, seems to
    # show; "seems" hedges the finding
    text = (
        "But a recent review of Hillary Clinton’s emails seems to show that a CNN reporter "
        "coordinated with Clinton’s staff to push favorable stories."
    )
    claim = only_claim(text, "indirect:evidence")
    assert claim.text == "a CNN reporter coordinated with Clinton’s staff to push favorable stories"
    assert claim.speaker is not None
    assert claim.speaker.name == "a recent review of Hillary Clinton’s emails"
    assert [h.text for h in claim.hedges] == ["seems"]


def test_a_document_past_an_aside_between_dashes() -> None:
    # BBC News (business): the figures, not the audit inside the aside, show
    text = (
        "But the figures - revised after an audit which led to the sacking of the Canadian "
        "firm's chief - showed revenue was about 4% higher than first thought."
    )
    claim = only_claim(text, "indirect:evidence")
    assert claim.text == "revenue was about 4% higher than first thought"
    assert claim.speaker is not None and claim.speaker.name == "figures"


@pytest.mark.parametrize(
    "text",
    [
        # "seems to" before a verb that is no finding's: a person's seeming
        "The senator seems to show little interest in the race.",
        # a dash opens the writer's own clause, no aside before the verb
        "The poll was taken last week - voters show little interest in the race.",
    ],
    ids=["person-seems-to-show", "dash-then-clause"],
)
def test_no_finding_from_seeming_or_a_dash_alone(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC News (business)
        (
            "The belief comes despite the latest labor department report showing a surprise "
            "rise in unemployment.",
            "a surprise rise in unemployment",
            "latest labor department report",
        ),
        # ECB+ (a news report of the Greek riots)
        (
            "A week of violence has taken its toll on the government, with opinion polls "
            "showing many think authorities mishandled the worst rioting in decades.",
            "many think authorities mishandled the worst rioting in decades",
            "opinion polls",
        ),
    ],
    ids=["labor-department-report", "opinion-polls"],
)
def test_a_compound_document_showing_after_with_or_despite(
    text: str, content: str, speaker: str
) -> None:
    claim = only_claim(text, "indirect:evidence")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker
