"""Golden tests for what documents, media and reports say: a sentence hedged by "reportedly"
is a claim of unnamed reports, with no speaker (never a guessed one).

Passages are short excerpts from BBC (../shared/corpora/bbc/bbc.jsonl), ECB+
(../shared/corpora/ecbplus/ecbplus.jsonl) and PolNeAR train
(../shared/corpora/polnear/train.jsonl), named per case.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claims_of(text: str, content: str) -> list[Claim]:
    """The claims whose content opens with `content`."""
    return [c for c in extract_article(text).claims if c.text.startswith(content)]


def one_claim(text: str, content: str) -> Claim:
    """The one claim whose content opens with `content`."""
    found = claims_of(text, content)
    assert len(found) == 1, [c.text for c in extract_article(text).claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Breitbart): subject, auxiliary, "reportedly", verb
        (
            "The Club for Growth is reportedly spending $1.5 million on television "
            "advertisements ahead of the Indiana primary.",
            "The Club for Growth is reportedly spending $1.5 million",
        ),
        # PolNeAR train (Breitbart): "reportedly" opens the sentence
        (
            "Reportedly, he made ISIS-sympathetic comments to co-workers and had been under "
            "investigation by the FBI for having terrorist ties.",
            "Reportedly, he made ISIS-sympathetic comments",
        ),
        # ECB+: a passive
        (
            "Flag's cable was reportedly cut by ships anchored off the coast of Alexandria, Egypt.",
            "Flag's cable was reportedly cut",
        ),
    ],
)
def test_reportedly_is_a_claim_with_no_speaker(text: str, content: str) -> None:
    claim = one_claim(text, content)
    assert claim.rule == "indirect:reportedly"
    assert claim.speaker is None
    assert claim.cue is not None and claim.cue.text.endswith(("reportedly", "Reportedly"))
    assert "reportedly" in [h.text.lower() for h in claim.hedges]


def test_reportedly_keeps_a_parenthesis_whole() -> None:
    # BBC (business): the ";" inside the brackets ends no clause
    text = (
        "The nuclear unit of Russian energy giant Gazprom is reportedly facing a 1bn rouble "
        "($35.7m; £19.1m) back-tax claim for the 2001-2003 period."
    )
    claim = one_claim(text, "The nuclear unit")
    assert claim.text.endswith("back-tax claim for the 2001-2003 period")


@pytest.mark.parametrize(
    "text",
    [
        # a named speaker's cue follows: the cue's rule names Trump (PolNeAR train, Breitbart)
        'Asked whether this differed from Nazi Germany, Trump reportedly said, "You tell me," '
        "repeatedly.",
        # in a relative clause, not the main clause (made up around a BBC sports report)
        "Mourinho, who reportedly wants to sign three players, will not have the money.",
        # in a participle phrase (PolNeAR train, Breitbart)
        "With former New York City Mayor Michael Bloomberg reportedly considering a "
        "presidential run as an Independent, the race could change.",
        # a headline ran on past the page's time stamp (ECB+)
        "Red Sox extend offer to Teixeira Boston reportedly looks to ink free-agent slugger "
        "for eight years 12/16/08 1:30 AM EST Though the Red Sox continue to operate in "
        "intriguing secrecy, it appears an offer has been transmitted.",
        # a capitalised "Reportedly" inside a headline (ECB+)
        "Nationals' Eight-Year Offer to Teixeira Reportedly Bumped as High as $184M.",
    ],
)
def test_reportedly_outside_a_main_clause_gives_no_unnamed_claim(text: str) -> None:
    rules = [c.rule for c in extract_article(text).claims]
    assert "indirect:reportedly" not in rules
    assert "mixed:reportedly" not in rules


def test_reportedly_said_keeps_its_speaker() -> None:
    # PolNeAR train (Breitbart): the quotation is Trump's, not an unnamed report's
    text = (
        'Asked whether this differed from Nazi Germany, Trump reportedly said, "You tell me," '
        "repeatedly."
    )
    claim = one_claim(text, "You tell me")
    assert claim.speaker is not None and claim.speaker.name == "Trump"


@pytest.mark.parametrize(
    ("text", "content", "poll"),
    [
        # PolNeAR train (Politico): a standing that a poll gives, a time after the poll
        (
            "Trump has a decisive lead in the polls ahead of the state’s April 19 primary.",
            "Trump has a decisive lead",
            "polls",
        ),
        # PolNeAR train (USA Today): a capitalised "State" is a title's, no verb "state"
        (
            "Vermont Sen. Bernie Sanders has led former secretary of State Hillary Clinton in "
            "just about every statewide poll in New Hampshire this year, usually by double "
            "digits.",
            "Vermont Sen. Bernie Sanders has led",
            "just about every statewide poll",
        ),
        # PolNeAR train (Breitbart): the poll is named without the participle that follows it
        (
            "Bernie Sanders held a commanding lead over Hillary Clinton in the New Hampshire "
            "polls conducted before Clinton narrowly won the Iowa caucuses this week.",
            "Bernie Sanders held a commanding lead",
            "New Hampshire polls",
        ),
    ],
)
def test_a_standing_in_a_poll_is_the_polls_finding(text: str, content: str, poll: str) -> None:
    claim = one_claim(text, content)
    assert claim.rule == "indirect:evidence"
    assert claim.speaker is not None and claim.speaker.name == poll
    assert claim.speaker.kind == "media"


def test_a_poll_a_speaker_cites_stays_the_speakers_claim() -> None:
    # made up around the PolNeAR train standing above: the saying is the claim, not the poll's
    text = (
        "Secretary of State John Kerry said Trump has a decisive lead in the polls ahead of "
        "the primary."
    )
    rules = [c.rule for c in extract_article(text).claims]
    assert "indirect:evidence" not in rules


def test_two_sources_in_one_sentence_each_report_their_own_clause() -> None:
    # PolNeAR train (USA Today): KING-TV reports Seattle, the Sun-Times Chicago
    text = (
        "In Seattle, marchers honored the Orlando victims with white roses held aloft, KING-TV "
        "reported, while in Chicago the parade began with a moment of silence, the Chicago "
        "Sun-Times reported."
    )
    seattle = one_claim(text, "In Seattle, marchers honored")
    assert seattle.text.endswith("white roses held aloft")
    assert seattle.speaker is not None and seattle.speaker.name == "KING-TV"
    chicago = one_claim(text, "in Chicago the parade began")
    assert chicago.text.endswith("a moment of silence")
    assert chicago.speaker is not None and chicago.speaker.name == "Chicago Sun-Times"


def test_a_place_before_the_clause_with_no_comma_keeps_the_claim() -> None:
    # ECB+: "In Suka Makmur village" opens the reported clause
    text = (
        "Five people had so far been confirmed dead in the quake, Fauzi, an official from the "
        "local disaster agency, told AFP late Tuesday. In Suka Makmur village a landslide "
        "engulfed a coffee plantation, killing one man, said the official who uses one name."
    )
    claim = one_claim(text, "In Suka Makmur village a landslide")
    assert claim.speaker is not None and claim.speaker.name == "Fauzi"


@pytest.mark.parametrize(
    ("text", "not_content"),
    [
        # ECB+: an adverbial before the cue, and a frame at the end of the sentence
        (
            "Throughout the investigation and court proceedings, Simpson repeatedly denied "
            "having bought such a phone despite a Walmart video showing him doing so, then on "
            "Wednesday he testified he bought it, but for Clayton, not for himself, Howell said.",
            "Throughout the investigation",
        ),
        # ECB+: a speaker inside the sentence, no conjoined clause after it
        (
            "The imminent purchase of ATI, analysts say, is the most vital element in AMD's "
            "campaign to dethrone Intel, the companies announced Monday.",
            "The imminent purchase of ATI",
        ),
    ],
)
def test_a_closing_frame_splits_only_a_conjoined_clause(text: str, not_content: str) -> None:
    assert not [c for c in extract_article(text).claims if c.text == not_content]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # PolNeAR train (Politico): a connective before "as"
        (
            "However, as POLITICO has reported, cases that have led to charges included "
            "aggravating circumstances that were likely not present in Clinton’s case.",
            "cases that have led to charges",
            "POLITICO",
        ),
        # PolNeAR train (New York Times): a time after the cue; the lead-in before the colon
        # is the writer's
        (
            "He had a possible reason: Mr. Hannity was among those supporting Mr. Ailes amid the "
            "sexual harassment scandal, eventually even discussing a walkout in the event of "
            "Mr. Ailes's ouster, as Breitbart reported a few days later.",
            "Mr. Hannity was among those supporting",
            "Breitbart",
        ),
    ],
)
def test_an_as_clause_gives_its_source_the_main_clause(
    text: str, content: str, source: str
) -> None:
    claim = one_claim(text, content)
    assert claim.rule == "indirect:as-source"
    assert claim.speaker is not None and claim.speaker.name == source
    assert claim.speaker.kind == "media"
    assert not claims_of(text, "a few days later")


@pytest.mark.parametrize(
    ("text", "content", "outlet"),
    [
        # PolNeAR train (New York Times)
        (
            "But the agreement faltered in May when Mr. Lewandowski backed away from the deal, "
            "after BuzzFeed reported that he was working on a book.",
            "he was working on a book",
            "BuzzFeed",
        ),
        # ECB+
        (
            "After scooping up jewelry and watches, the thieves reversed their car out of the "
            "store and set fire to it before making off in another vehicle, Le Monde reported.",
            "After scooping up jewelry",
            "Le Monde",
        ),
    ],
)
def test_an_outlet_known_by_name_is_media(text: str, content: str, outlet: str) -> None:
    claim = one_claim(text, content)
    assert claim.speaker is not None and claim.speaker.name == outlet
    assert claim.speaker.kind == "media"


def test_a_reporter_named_with_the_outlet_stays_a_person() -> None:
    # PolNeAR train (Breitbart): the outlet's name opens the reporter's
    text = (
        "Breitbart News’ Michael Patrick Leahy previously reported, The Clinton Foundation "
        "refused to release the names of 1,076 foreign donors."
    )
    claim = one_claim(text, "The Clinton Foundation refused")
    assert claim.speaker is not None and claim.speaker.kind == "person"


@pytest.mark.parametrize(
    ("text", "content", "sender"),
    [
        # PolNeAR train (Washington Post): the relative clause's name put the statement out,
        # not the sentence's subject ("The case")
        (
            "The case attracted the interest of First Amendment activists, including the ACLU "
            "of Oregon, which released a statement Tuesday questioning whether the court's "
            "determination of Santilli's danger based on his words is a violation of his First "
            "Amendment rights.",
            "whether the court's determination",
            "ACLU of Oregon",
        ),
        # PolNeAR train (Washington Post): a time between the document and the participle
        (
            "A coalition of nearly 40 groups - including the American Academy of Pediatrics "
            "and Easter Seals - sent a letter this week urging Congress to pass a measure that "
            "would not place restrictions on Zika funding.",
            "Congress to pass a measure",
            "A coalition",
        ),
    ],
)
def test_a_document_speaks_for_whoever_put_it_out(text: str, content: str, sender: str) -> None:
    claim = one_claim(text, content)
    assert claim.rule == "indirect:document-saying"
    assert claim.speaker is not None and claim.speaker.name == sender
    assert claim.speaker.kind == "organization"


def test_a_document_is_not_the_subject_s_when_a_named_writer_stands_between() -> None:
    # ECB+: the principal named in the aside wrote the letter, not "Gray's school"
    text = (
        "Gray's school principal, Matthew Willoughby of the Urban Assembly School of Design "
        "and Construction, wrote a heartfelt letter describing the teen as a hard-working "
        "student who was committed to his academics."
    )
    for claim in extract_article(text).claims:
        assert claim.speaker is None or claim.speaker.name != "Gray's school"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times): a long document subject with an organisation's name
        # of several words, and a participle described by a time of three words
        (
            "A report about the integration of immigrants issued over the summer by the "
            "Organization for Economic Cooperation and Development noted that more than a fifth "
            "of Europe's immigrants from outside the European Union were unemployed.",
            "more than a fifth of Europe's immigrants",
            "A report about the integration of immigrants issued over the summer by the "
            "Organization for Economic Cooperation and Development",
        ),
        # PolNeAR train (Associated Press): "Super Tuesday" is a name, no time to trim
        (
            "Large majorities of Republican primary voters in six states going to the polls on "
            "Super Tuesday said they support a proposal to temporarily ban all non-citizen "
            "Muslims from entering the United States.",
            "they support a proposal",
            "Large majorities of Republican primary voters in six states going to the polls on "
            "Super Tuesday",
        ),
    ],
)
def test_a_long_subject_with_names_in_it_is_the_source(
    text: str, content: str, speaker: str
) -> None:
    claim = one_claim(text, content)
    assert claim.rule == "indirect:long-subject"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times)
        (
            "The Labor Department calculates that 4.2 million workers will become newly eligible "
            "for overtime. Other estimates put the number of newly eligible workers "
            "substantially higher.",
            "4.2 million workers will become newly eligible",
            "Labor Department",
        ),
        # PolNeAR train (New York Times): an aside between the name and "has calculated that"
        (
            "The Rhodium Group, an economic consulting firm, has calculated that Mr. Obama's "
            "plans may reduce emissions only 23 percent or so.",
            "Mr. Obama's plans may reduce emissions",
            "Rhodium Group",
        ),
        # BBC (technology): a time before the speaker is no part of its name
        (
            "Earlier this year economists calculated that these massively multi-player online "
            "role-playing games have a gross economic impact equivalent to the GDP of Namibia.",
            "these massively multi-player online",
            "economists",
        ),
    ],
)
def test_calculates_that_reports_a_finding(text: str, content: str, speaker: str) -> None:
    claim = one_claim(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_calculated_with_an_object_is_no_claim() -> None:
    # BBC (technology): a deed, not a finding reported
    text = (
        '"Virtual weight" measurements are based on research by California Institute of '
        "Technology professor Roy Williams. He calculated physical comparisons for digital data "
        "in the mid-1990s."
    )
    assert not claims_of(text, "physical comparisons")


def test_a_time_before_the_speaker_is_no_part_of_its_name() -> None:
    # BBC (business)
    text = (
        "This week opposition politicians had called on the Irish government to make an urgent "
        "decision on the future of the airline."
    )
    claim = one_claim(text, "the Irish government to make")
    assert claim.speaker is not None and claim.speaker.name == "opposition politicians"


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        # PolNeAR train (Associated Press): a bare plural right after a verb
        (
            "Sanders highlighted polls that show him performing as well or better than Clinton "
            "in a general election matchup against GOP candidates.",
            "him performing as well or better",
            "polls",
        ),
        # BBC (technology)
        (
            "In September Symantec released statistics which showed that the numbers of active "
            '"bot computers" rose from 2,000 to 30,000 per day.',
            "the numbers of active",
            "statistics",
        ),
    ],
)
def test_a_relative_after_a_bare_plural_document_is_its_finding(
    text: str, content: str, document: str
) -> None:
    claim = one_claim(text, content)
    assert claim.rule.endswith(":evidence")
    assert claim.speaker is not None and claim.speaker.name == document
    assert claim.speaker.kind == "media"


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Washington Post): the document is the sentence's subject, its own
        # verb follows the relative
        "The polls that show Johnson at or above 10 percent have Clinton's lead growing.",
        # PolNeAR train (CNN): "entrance poll results" is no bare plural
        "The New York Times provides entrance poll results that show where each candidate's "
        "support came from in Iowa.",
        # made up: a person who shows up is no document
        "Trump showed up at the rally in Ohio with his family and spoke for an hour.",
        # PolNeAR train (New York Times): a campaign that shows signs
        "But his campaign showed no immediate signs of relenting in its improbable bid to "
        "catch her in the chase for delegates.",
    ],
)
def test_no_finding_without_a_document_that_shows_it(text: str) -> None:
    assert not [c for c in extract_article(text).claims if c.rule.endswith(":evidence")]


def test_messages_are_documents_that_suggest() -> None:
    # PolNeAR train (New York Times)
    text = (
        "Text messages discovered on one of the attackers' phones suggested that the attackers "
        "were not even using encryption."
    )
    claim = one_claim(text, "the attackers were not even using encryption")
    assert claim.rule == "indirect:evidence"
    assert claim.speaker is not None and claim.speaker.kind == "media"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times): a filing's sums
        (
            "Mr. Kasich reported having $1.3 million in cash on hand at the beginning of March.",
            "having $1.3 million in cash on hand",
            "Kasich",
        ),
        # PolNeAR train (Associated Press)
        (
            "The fiscally conservative Club for Growth Action reported spending $1.1 million on "
            "online and television ads attacking Trump.",
            "spending $1.1 million on online and television ads",
            "conservative Club for Growth Action",
        ),
    ],
)
def test_a_reported_sum_is_what_the_filer_reported(text: str, content: str, speaker: str) -> None:
    claim = one_claim(text, content)
    assert claim.rule == "indirect:said-object"
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


def test_a_reported_sum_ends_before_the_writers_next_clause() -> None:
    # PolNeAR train (Associated Press)
    text = (
        "Cruz's campaign on Monday reported having almost $19 million in the bank, and he has "
        "organized extensively not only in the opening states but also in the Southern "
        "primaries that follow in March."
    )
    claim = one_claim(text, "having almost $19 million")
    assert claim.text == "having almost $19 million in the bank"


@pytest.mark.parametrize(
    "text",
    [
        # made up: a gerund with no sum is no filing
        "He reported having a good time at the party with his friends and family.",
        # PolNeAR train (Associated Press): "Overall" opens the sentence, it names nobody
        "Overall, conservative outside groups reported spending $6 million attacking Clinton "
        "using various means, while liberal groups, including labor unions and groups "
        "supporting gay rights and abortion rights, reported spending only $1 million "
        "supporting her.",
    ],
)
def test_no_reported_sum_without_a_sum_or_a_filer(text: str) -> None:
    for claim in extract_article(text).claims:
        assert claim.rule != "indirect:said-object" or claim.text.startswith("spending")
        assert claim.speaker is None or claim.speaker.name != "Overall"


def test_a_plural_role_inside_a_body_s_name_is_no_title() -> None:
    # PolNeAR train (Associated Press): "Nurses" is part of the PAC's name, not a role
    text = (
        "National Nurses United for Patient Protection, the super PAC connected to the "
        "nation’s largest union of registered nurses, has reported spending more than $1 "
        "million on ads, rallies and other voter outreach in support of Sanders."
    )
    claim = one_claim(text, "spending more than $1 million")
    assert claim.speaker is not None
    assert claim.speaker.name.startswith("National Nurses United")
    assert claim.speaker.role != "National Nurses"


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        # PolNeAR train (CNN)
        (
            "CNN exit poll data revealed deep anxiety over the nation's economy.",
            "deep anxiety over the nation's economy",
            "CNN exit poll data",
        ),
        # BBC (entertainment): the finding first, the document after
        (
            "A skeleton found by the River Severn is not Edwards, tests reveal.",
            "A skeleton found by the River Severn is not Edwards",
            "tests",
        ),
    ],
)
def test_a_document_reveals_a_finding(text: str, content: str, document: str) -> None:
    claim = one_claim(text, content)
    assert claim.rule == "indirect:evidence"
    assert claim.speaker is not None and claim.speaker.name == document


@pytest.mark.parametrize(
    "text",
    [
        # ECB+: a finding no one has made
        "If there were church records that would reveal something Sarah Palin didn’t want "
        "uncovered, the destruction of those records by fire would solve that problem.",
        # PolNeAR train (Breitbart)
        "The State Department withheld a key Benghazi email in 2014 that would have revealed "
        "Hillary Clinton’s use of a private email server months before.",
    ],
)
def test_a_document_that_would_reveal_finds_nothing(text: str) -> None:
    assert not [c for c in extract_article(text).claims if c.rule.endswith(":evidence")]


def test_a_post_after_its_content_reports_it() -> None:
    # PolNeAR train (Huffington Post)
    text = (
        "Monique Dalle, a member of the Parisian congregation of the Living Church of God, was "
        "traveling to Cairo to visit her daughter Esther, the church posted on Facebook."
    )
    claim = one_claim(text, "Monique Dalle, a member")
    assert claim.rule == "indirect:speaker-after"
    assert claim.cue is not None and claim.cue.text == "posted"


def test_a_post_of_a_thing_is_no_claim() -> None:
    # PolNeAR train (Breitbart): what he posted is named, not reported
    text = "He was suspended for a month after he posted a comment on Twitter in August."
    assert not extract_article(text).claims


@pytest.mark.parametrize(
    ("text", "content", "sender", "rule"),
    [
        # PolNeAR train (Washington Post)
        (
            "Sen. Rand Paul (Ky.) has released a Web video that accuses Cruz of being welcoming "
            "to Syrian refugees before that became an unpopular position after the Paris attacks.",
            "Cruz of being welcoming",
            "Rand Paul",
            "indirect:accusation",
        ),
        # PolNeAR train (Washington Post): the quotation is his, through his video
        (
            'In selling the courses, Trump released a marketing video that said, "We are going '
            "to have professors and adjunct professors that are absolutely terrific . . . and "
            'these are all people who are going to be handpicked by me."',
            "We are going to have professors",
            "Trump",
            "direct:document-saying",
        ),
    ],
)
def test_a_document_s_relative_clause_speaks_for_its_sender(
    text: str, content: str, sender: str, rule: str
) -> None:
    claim = one_claim(text, content)
    assert claim.rule == rule
    assert claim.speaker is not None and claim.speaker.name == sender


def test_a_statement_reassuring_voters_that_reports_its_clause() -> None:
    # PolNeAR train (Breitbart)
    text = (
        "Florida's Secretary of State Ken Detzner sent out a statement reassuring voters that "
        "Trump had not been left off any presidential ballots."
    )
    claim = one_claim(text, "Trump had not been left off")
    assert claim.rule == "indirect:document-saying"
    assert claim.speaker is not None and "Ken Detzner" in claim.speaker.name
