"""Golden tests: reports, studies, surveys and polls as sources, and who stands behind them
(factdb/extract/speakers.py: `_document_sender`, `_study_sender`, `_document_sent_before`,
`_another_document_between`; lexicons study_nouns.txt, report_subjects.txt,
publisher_nouns.txt).

The policy is the one statements and letters already follow ("A statement from Waitrose said"
is Waitrose speaking):
- a report, study, survey or poll named with whoever put it out speaks for that one: "A report
  by the IMF", "an IMF report", "a survey conducted by security firm Mirapoint", "a report
  published by UK-based research consultancy Analysys"; the mention keeps the words as written.
  A name before the document must be a body's, by itself or as the article named it before (not
  "the Tankan survey", "a DNA report", "New Hampshire polls"); two senders joined by "and", a
  month, or a place name none;
- a later "the report", "the study" or "the survey" stands for the sender of the document named
  before it, or of the one it "published" ("The IMF published a report ... The report said"),
  only when no other document comes between and no document of another sender was named before;
- a document named with nobody behind it ("a report", "research", "reports", "a report on the
  IMF") stays the speaker, as before.
Passages are paraphrased from BBC News (British news, 2004-05), PolNeAR train (US political
news, 2016) and ECB+ (news of many outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import claim_with


@pytest.mark.parametrize(
    ("text", "content", "speaker", "mention"),
    [
        (
            # BBC News tech/033: a report by its publisher, named before the document
            "The digital divide between rich and poor nations is narrowing fast, according to "
            "a World Bank report.",
            "The digital divide between rich and poor nations is narrowing fast",
            "World Bank",
            "a World Bank report",
        ),
        (
            # BBC News politics/098: the publisher after "by"
            "A report by the Fraser of Allander Institute said the decision was based on flawed "
            "research.",
            "the decision was based on flawed research",
            "Fraser of Allander Institute",
            "A report by the Fraser of Allander Institute",
        ),
        (
            # BBC News tech/032: the publisher after what it is
            "HSDPA will be vital for profitable services, according to a report published by "
            "UK-based research consultancy Analysys.",
            "HSDPA will be vital for profitable services",
            "Analysys",
            "a report published by UK-based research consultancy Analysys",
        ),
        (
            # BBC News tech/212: a possessive owner, as for "Mr Crosby's statement"
            "According to Ericsson's research, consumers divide into different tribes.",
            "consumers divide into different tribes",
            "Ericsson",
            "Ericsson's research",
        ),
        (
            # BBC News politics/076: "the" before the owner
            "According to the NAO's annual report, the total cost of the 20 projects was expected "
            "to reach £50bn.",
            "the total cost of the 20 projects was expected to reach £50bn",
            "NAO",
            "the NAO's annual report",
        ),
        (
            # PolNeAR train (Politico, 2016): a poll from a school, the day it came out cut off
            "A poll from Marquette Law School released Wednesday showed Clinton leading Trump "
            "by 15 points among likely voters in Wisconsin.",
            "Clinton leading Trump by 15 points among likely voters in Wisconsin",
            "Marquette Law School",
            "A poll from Marquette Law School released Wednesday",
        ),
    ],
)
def test_a_document_named_with_its_publisher_speaks_for_it(
    text: str, content: str, speaker: str, mention: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.mention) == (speaker, mention)
    assert claim.speaker.kind == "organization"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # BBC News tech/021: "the survey" after a survey by its publisher
            "A survey conducted by PC Pro Magazine has revealed that many Britons are unhappy "
            "with their internet service. They are fed up with slow speeds. The survey found "
            "that BT and Tiscali have been dissuading customers from leaving.",
            "BT and Tiscali have been dissuading customers from leaving",
            "PC Pro Magazine",
        ),
        (
            # the brief's case, after BBC News tech (Mirapoint): another noun for one document
            "According to a survey conducted by security firm Mirapoint, nearly a third of "
            "users click on spam. The report said many more would.",
            "many more would",
            "Mirapoint",
        ),
        (
            # BBC News business (IMF), paraphrased: "the report" after "a report by"
            "A report by the IMF said growth would slow. The report said inflation would rise.",
            "inflation would rise",
            "IMF",
        ),
        (
            # BBC News business (IMF), paraphrased: the report the IMF published
            "The IMF published a report on Tuesday. The report said inflation would rise.",
            "inflation would rise",
            "IMF",
        ),
        (
            # ECB+ 12_2ecbplus: a statement from its sender, then "the statement"
            "A statement from the Defence PRO says the incident happened yesterday. After a brief "
            "skirmish, three boats were captured by INS Sukanya, the statement said.",
            "After a brief skirmish, three boats were captured by INS Sukanya",
            "Defence PRO",
        ),
        (
            # BBC News politics/115: the sender in an aside after "The research"
            "The research, carried out by transport expert professor Richard Allsop, says "
            "cutting the limit would also lead to 230 fewer serious injuries on the UK's roads.",
            "cutting the limit would also lead to 230 fewer serious injuries on the UK's roads",
            "Richard Allsop",
        ),
        (
            # BBC News politics/065: a letter's sender in an aside, as for a report
            'The letter, from the Home Office, says: "I am writing to inform you that the home '
            'secretary considered withdrawing your passport."',
            "I am writing to inform you that the home secretary considered withdrawing your "
            "passport.",
            "Home Office",
        ),
        (
            # the brief's case, after BBC News tech (Mirapoint): "The study, by Mirapoint,"
            "A new study has found that spam works. The study, by Mirapoint, said that a third "
            "of users click.",
            "a third of users click",
            "Mirapoint",
        ),
        (
            # BBC News business/146: the author named in full before ("his report")
            "The report was written by the former Dutch prime minister Wim Kok. Lisbon is about "
            "everything and thus about nothing, the Kok report said.",
            "Lisbon is about everything and thus about nothing",
            "Wim Kok",
        ),
        (
            # PolNeAR train (West Journal, 2016): "The new poll" and "Monday's poll" between are
            # the same poll, and "post-convention" no post
            "Clinton is now well ahead of the GOP challenger 46 percent to 39 percent according "
            "to a CBS poll released Monday. The new poll has a margin of error of three points. "
            "The size of Clinton's post-convention bounce appears likely to be larger.\n\nIn "
            "the poll, Trump rose to 42 percent following the GOP convention before slipping "
            "back to 39 percent in Monday's poll.\n\nThe poll showed that Clinton remains the "
            "leader among female voters.",
            "Clinton remains the leader among female voters",
            "CBS",
        ),
    ],
)
def test_the_document_later_stands_for_its_publisher(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # guard: two reports named, of two senders; "the report" may be either
            "A report by the IMF said growth would slow. A study by the OECD said prices would "
            "fall. The report said inflation would rise.",
            "inflation would rise",
            "report",
        ),
        (
            # guard: another document between, with nobody behind it
            "A report by the IMF said growth would slow. A new study found that prices fall. The "
            "report said inflation would rise.",
            "inflation would rise",
            "report",
        ),
        (
            # guard: a report about someone, not by them
            "A report on the IMF said the fund would fail.",
            "the fund would fail",
            "A report on the IMF",
        ),
        (
            # guard: the publisher inside a quotation is no sender of the report after it
            'Mr Smith said: "The IMF published a report on Tuesday." The report said inflation '
            "would rise.",
            "inflation would rise",
            "report",
        ),
        (
            # guard: an aside that says what the report is about names no sender
            "The report, on the IMF, said growth would slow.",
            "growth would slow",
            "report",
        ),
        (
            # guard, ECB+ 36_5ecbplus: a report named for what it is about
            "Jeffs had fathered a child with the 15 year old, according to a DNA report.",
            "Jeffs had fathered a child with the 15 year old",
            "a DNA report",
        ),
        (
            # guard, PolNeAR train (Politico, 2016): polls named for the place they were taken
            "Bernie Sanders held a commanding lead over Hillary Clinton, New Hampshire polls "
            "showed.",
            "Bernie Sanders held a commanding lead over Hillary Clinton",
            "New Hampshire polls",
        ),
        (
            # guard: a survey's own name is no sender ("the Tankan survey", BBC business/295)
            "Business confidence has weakened, according to the quarterly Tankan survey.",
            "Business confidence has weakened",
            "quarterly Tankan survey",
        ),
        (
            # guard, BBC News business: a report with nobody behind it stays as it is
            "UK children enjoy the highest average income in Europe, a report suggests.",
            "UK children enjoy the highest average income in Europe",
            "a report",
        ),
        (
            # guard, PolNeAR train (Huffington Post, 2016): a month is no pollster
            "A June poll showed Trump receiving 20 percent support from Latino voters.",
            "Trump receiving 20 percent support from Latino voters",
            "A June poll",
        ),
    ],
)
def test_documents_with_no_single_publisher_stay_as_they_are(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
