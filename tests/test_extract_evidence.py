"""Golden tests for findings of documents (`indirect:evidence`) and characterisations
(`*:characterisation`) in more of the shapes news writes them in.

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract import extract_article
from factdb.extract.types import Claim


def only_claim(text: str, rule_ending: str) -> Claim:
    """The one claim whose rule ends with `rule_ending` (":evidence", ":characterisation")."""
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(rule_ending)]
    return claim


def test_a_poll_finding_holds_what_its_respondents_said() -> None:
    # PolNeAR train (Military Times, 2016): the survey's finding is a share of respondents
    # and what they said; both claims are kept, the one inside the other
    text = (
        "The survey showed that 54 percent of active duty military personnel said they would "
        "vote for Trump, the Republican nominee, while only 25 percent would vote for Clinton, "
        "the Democratic front-runner."
    )
    claims = claims_of(text)
    (finding,) = [c for c in claims if c.rule.endswith(":evidence")]
    assert finding.text.startswith("54 percent of active duty military personnel said")
    assert finding.speaker is not None and finding.speaker.name == "survey"
    (said,) = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert said.text.startswith("they would vote for Trump")
    assert finding.start < said.start and said.end <= finding.end


def test_a_finding_holds_no_claim_of_a_clause_after_and() -> None:
    # BBC News (business): "and experts say" opens the writer's next clause, whose claim is
    # the experts' own; the figures' finding does not swallow it
    text = (
        "On Tuesday, figures showed China's economy grew by 9.5% in 2004 and experts say the "
        "overall growth picture remains strong."
    )
    claims = claims_of(text)
    assert not any(c.rule.endswith(":evidence") and "experts say" in c.text for c in claims)


def test_a_document_capitalised_as_the_sentence_opener_is_published_matter() -> None:
    # BBC News (business): "Figures" opens the sentence; the document is no person
    text = "Figures released earlier this year showed exports at a six-year high in 2004, up 35%."
    claim = only_claim(text, ":evidence")
    assert claim.text == "exports at a six-year high in 2004, up 35%"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (
        "Figures released earlier this year",
        "media",
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): a name, a comma and "who": the name characterises, even
        # as the object of a preposition
        (
            "Domestically, Trump’s row with the Khan family triggered a damning reaction from "
            "U.S. President Barack Obama, who called the Republican nominee “unfit to serve” as "
            "president.",
            "the Republican nominee “unfit to serve”",
            "Barack Obama",
        ),
        # PolNeAR train (NYT, 2016): "who has called", the main verb after the relative
        (
            "Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed his "
            "own party's nominee as a temporary affliction on conservatism.",
            "Mr. Trump's comments ''racially toxic,''",
            "Scott",
        ),
        # PolNeAR train (Huff. Post, 2016): "when" opens a clause whose subject characterises
        (
            "The idea came up in a Democratic debate in December, when Hillary Clinton called "
            "the Republican frontrunner “ISIS’ best recruiter.”",
            "the Republican frontrunner “ISIS’ best recruiter.”",
            "Hillary Clinton",
        ),
    ],
    ids=["name-who-called", "who-has-called", "when-called"],
)
def test_characterisation_in_a_relative_or_when_clause(
    text: str, content: str, speaker: str
) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_who_after_a_common_noun_describes_it_and_characterises_nothing() -> None:
    # PolNeAR train (Breitbart, 2015): a restrictive relative; the boy is no source
    text = "Question: What do you call a boy who calls himself a girl? Answer: A boy."
    assert [c for c in claims_of(text) if c.rule.endswith(":characterisation")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (AP, 2016): a relative clause set off by commas describes the survey;
        # the survey's own phrase before it is part of its name, as the gold has it
        (
            "An Associated Press survey of superdelegates, who are influential in picking the "
            "nominee, found that 449 of the party insiders back Clinton, while only 19 support "
            "Sanders.",
            "449 of the party insiders back Clinton",
            "An Associated Press survey of superdelegates",
        ),
        # PolNeAR train (USA Today, 2016): a restrictive relative clause with a verb of its own
        (
            "The little polling that was done in the state before Tuesday’s primary showed a "
            "virtual dead heat between Clinton and Sanders.",
            "a virtual dead heat between Clinton and Sanders",
            "little polling",
        ),
        # PolNeAR train (Politico, 2016): an organisation's name inside an aside is nearer the
        # verb than the poll
        (
            "A Fox News poll, conducted jointly with Anderson Robbins Research (D) and Shaw & "
            "Company Research (R), shows Sanders with 47 percent versus Clinton, who has 44 "
            "percent.",
            "Sanders with 47 percent versus Clinton, who has 44 percent",
            "Fox News",  # its pollster speaks through it (tests/test_extract_documents7.py)
        ),
        # PolNeAR train (Breitbart, 2016): ", which showed" after a time phrase
        (
            "Clinton released her medical records in July, which showed she was fit for duty.",
            "she was fit for duty",
            "her medical records",
        ),
        # PolNeAR train (USA Today, 2016): a long name after "by"
        (
            "A study by Vanderbilt University and the Pennsylvania State University Graduate "
            "School of Education found that New Jersey, Pennsylvania and New Hampshire's public, "
            "four-year tuition costs are the highest.",
            "New Jersey, Pennsylvania and New Hampshire's public, four-year tuition costs are "
            "the highest",
            "A study by Vanderbilt University and the Pennsylvania State University Graduate "
            "School of Education",
        ),
    ],
    ids=["comma-relative", "that-relative", "name-in-aside", "which-after-time", "long-by"],
)
def test_finding_of_a_document_described_before_its_verb(
    text: str, content: str, speaker: str
) -> None:
    claim = only_claim(text, ":evidence")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_little_evidence_that_is_the_finding_not_its_object() -> None:
    # PolNeAR train (Wash. Post, 2016): the records show little evidence that Trump made
    # good on his promises, which is the opposite of "Trump made good on those promises"
    text = "But public records show little evidence that Trump made good on those promises."
    claim = only_claim(text, ":evidence")
    assert claim.text == "little evidence that Trump made good on those promises"


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (technology): "found" is a participle after the relative clause's noun
        "The issue is a lack of awareness about paid-for results that many search engines "
        "provide alongside lists of websites found by indexing the web.",
        # (BBC News, "But the figures - revised after an audit ... - showed revenue was ...":
        # the document is "the figures", beyond the dash aside, not the audit inside it; pinned
        # in tests/test_extract_evidence2.py)
    ],
    ids=["participle-by"],
)
def test_no_finding_of_a_document_inside_another_phrase(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016): a time owns the results; "that" is a determiner in
        # the finding, not the conjunction after the verb
        (
            "But Monday night’s results showed just how weak that establishment is.",
            "just how weak that establishment is",
            "Monday night’s results",
        ),
        # PolNeAR train (Wash. Post, 2016): a possessive and an ordinal before the document
        (
            "Santilli started his YouTube channel in 2009, and his first videos show a starkly "
            "different person than the long-haired ambush journalist of today.",
            "a starkly different person than the long-haired ambush journalist of today",
            "his first videos",
        ),
        # BBC News (technology): before the owner only its time, not "By contrast"
        (
            "By contrast last year's survey found that 15% of firms had failed to take basic "
            "steps to improve security.",
            "15% of firms had failed to take basic steps to improve security",
            "last year's survey",
        ),
    ],
    ids=["time-owner", "ordinal", "owner-after-adverbial"],
)
def test_finding_of_an_owned_or_ordered_document(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, ":evidence")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # ECB+ (AP, 2015): an autopsy is a document that finds
        (
            "An autopsy shows that Gray was hit in the back by three of the seven bullets fired "
            "by the officers.",
            "Gray was hit in the back by three of the seven bullets fired by the officers",
            "An autopsy",
        ),
        # ECB+ (Reuters, 2008): pictures show; "TV showed" is a verb, "TV shows" a noun
        (
            "Pictures on Palestinian TV showed walls heavily marked by shrapnel and bloodstains.",
            "walls heavily marked by shrapnel and bloodstains",
            "Pictures on Palestinian TV",
        ),
        # PolNeAR train (Breitbart, 2015): an article finds
        (
            "However, a Wall Street Journal article published Friday found no record of the "
            "class nor of a Yale Daily News article about the incident.",
            "no record of the class nor of a Yale Daily News article about the incident",
            "a Wall Street Journal article published Friday",
        ),
    ],
    ids=["autopsy", "pictures", "article"],
)
def test_finding_of_pictures_tests_and_articles(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, ":evidence")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (entertainment): "shows" is a noun after a compound's first noun
        "The agreement cancels investigations into about 50 radio and television shows, said "
        "Richard Diamond, FCC deputy secretary of communications.",
        # BBC News (entertainment): "a slide show" is one noun
        "Mr. Wiley walked them through a slide show that predicted victory for Mr. Trump.",
        # BBC News (entertainment): a preposition's object is no subject of "show"
        "Just looking at the pictures of the animations for the new film show that these "
        "characteristics have not been preserved.",
        # PolNeAR train (NYT, 2016): "showed off"
        "Mr. Trump said in a documentary that showed off some of the renovations that it was "
        "like a new plane.",
        # PolNeAR train (Western Journalism, 2015): a question, nothing found
        "Did the investigation find reasons to question the government's actions before, "
        "during and after the attacks?",
    ],
    ids=["television-shows", "slide-show", "object-of-at", "showed-off", "question"],
)
def test_no_finding_where_show_is_a_noun_or_nothing_is_found(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


def test_a_document_is_not_who_they_stands_for() -> None:
    # ECB+ (AP, 2008): "court testimony" is a document; "they" are the lawyers
    text = (
        "The gang member took off running with Ortiz behind him, according to court "
        "testimony. During the trial, the defense lawyers focused on a number of other people "
        "they claimed were equally responsible in the crime."
    )
    claims = claims_of(text)
    assert all(
        c.speaker is None or c.speaker.name != "court testimony"
        for c in claims
        if c.cue is not None and c.cue.text == "claimed"
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016): an article before the quoted words goes with them
        (
            "The ongoing legal battle over whether Trump University is what former employees "
            "have called a “fraudulent scheme” took an even uglier turn.",
            "a “fraudulent scheme”",
            "former employees",
        ),
        # PolNeAR train (Politico, 2016): the quoted words modify a noun
        (
            "Another would be a more traditional leadership PAC, while a third would be what "
            'Sroka called a "let a thousand flowers bloom" approach - working with a variety of '
            "existing organizations.",
            'a "let a thousand flowers bloom" approach',
            "Sroka",
        ),
        # PolNeAR train (Breitbart, 2016): a name before a time before the verb
        (
            "Much of Beck’s ire was also directed at Bannon, who Beck on Wednesday called “a "
            "horrible, despicable human being.”",
            "a horrible, despicable human being",
            "Beck",
        ),
        # PolNeAR train (Wash. Post, 2016): a name and an appositive before the verb
        (
            "He fiercely protected Gerald Ford's delegates at the last contested convention in "
            "1976, in what Bay Buchanan, national treasurer for Ronald Reagan's insurgent "
            'campaign, called "hand-to-hand combat."',
            "hand-to-hand combat",
            "Bay Buchanan",
        ),
        # ECB+ (NYT, 2012): the writer's next clause after ", and he" is no part of it
        (
            "Mr. Kiir denounced the Sudanese government for threatening what he called a "
            '"military invasion" of South Sudan, and he rejected accusations by the Sudanese '
            "government.",
            'a "military invasion" of South Sudan',
            "Kiir",  # "he", the sentence's subject, named by title and surname
        ),
    ],
    ids=["article", "quoted-modifier", "name-then-time", "name-appositive", "and-he"],
)
def test_characterisation_of_a_relative_with_an_article_or_an_aside(
    text: str, content: str, speaker: str
) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Huff. Post, 2016): a noun phrase of three words or more
        (
            "And in explaining why many of those solutions had not been passed already, Clinton "
            "described a rigged system in terms familiar to followers of Sen. Bernie Sanders.",
            "a rigged system in terms familiar to followers of Sen. Bernie Sanders",
            "Clinton",
        ),
        # PolNeAR train (NYT, 2016): how something went
        (
            "In his autobiography, published in 2015, Mr. Cruz described how, growing up, "
            "Rafael turned into Rafaelito and then Felito.",
            "how, growing up, Rafael turned into Rafaelito and then Felito",
            "Cruz",
        ),
    ],
    ids=["noun-phrase", "how"],
)
def test_what_someone_described(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_described_with_a_short_object_is_no_claim() -> None:
    # a two-word object names what was described, and says nothing of it
    assert [c for c in claims_of("Mr. Smith described the scene.")] == []


def test_a_verb_after_and_in_a_subordinate_clause_is_not_the_main_subject_s() -> None:
    # PolNeAR train (NYT, 2016): "he" mentioned and described, not "some people"
    text = (
        "By the 30-minute mark on Wednesday night, some people were yawning and others checking "
        "their phones as he mentioned raising the minimum wage and described Mrs. Clinton's "
        "plans for new Wall Street regulations."
    )
    assert all(c.speaker is None or c.speaker.name != "some people" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC News (entertainment): a clause without "that", a short subject and its auxiliary
        (
            "The committee found the BBC had succeeded in ensuring subscription-free access to "
            "digital television.",
            "the BBC had succeeded in ensuring subscription-free access to digital television",
            "committee",
        ),
        # PolNeAR train (Huff. Post, 2016): the finding is all in quotation marks
        (
            "In 2014, Pew found that “about twice as many Democrats and Democratic leaners said "
            "it was more important to control gun ownership than to protect gun rights.”",
            "“about twice as many Democrats and Democratic leaners said it was more important to "
            "control gun ownership than to protect gun rights.”",
            "Pew",
        ),
    ],
    ids=["bare-clause", "quoted-finding"],
)
def test_what_a_named_body_found(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, ":evidence")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (BBC, 2012): "found dead" is a passive participle
        "The brother of a woman from Aberdare found dead in Cumbria on Saturday has been charged.",
        # PolNeAR train (Huff. Post, 2016): the auxiliary is in a relative clause of the object
        "Donald Trump has finally found someone he would like to enter the contest.",
        # ECB+ (UNHCR, 2012): the auxiliary goes with a second verb, not a clause of its own
        "More than 30,000 Sudanese have found refuge and are being helped by UNHCR and its "
        "partners.",
        # PolNeAR train (Wash. Post, 2016): an object and its complement
        "Twenty-four percent said they were more likely to vote for him, while 9 percent found "
        "it to be a deterrent.",
    ],
    ids=["found-dead", "relative-after-object", "and-are", "object-complement"],
)
def test_found_with_an_object_is_no_finding(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016): an appositive between the thing and the words
        (
            "Speaking at a campaign rally in Florida on Wednesday, Trump called Clinton, his "
            "Democratic presidential challenger, an ISIS “co-founder.”",
            "Clinton, his Democratic presidential challenger, an ISIS “co-founder.”",
            "Trump",
        ),
        # PolNeAR train (USA Today, 2016): "that" is the thing characterised
        (
            'Sanders campaign manager Jeff Weaver called that "beyond preposterous."',
            'that "beyond preposterous."',
            "Jeff Weaver",
        ),
        # BBC News (politics): "this"
        (
            'The Commons education select committee called this "morally indefensible".',
            'this "morally indefensible"',
            "Commons education select committee",
        ),
    ],
    ids=["appositive", "that", "this"],
)
def test_characterisation_of_a_thing_with_an_aside_or_a_demonstrative(
    text: str, content: str, speaker: str
) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_a_speech_frame_is_no_aside_of_a_characterisation() -> None:
    # PolNeAR train (Breitbart, 2016): ", he said," frames the quotation after it
    text = (
        "When he first described the wall in December, he said, “We’re going to do a wall; "
        "we’re going to have a big, fat beautiful door on the wall.”"
    )
    assert [c for c in claims_of(text) if c.rule.endswith(":characterisation")] == []


def test_a_named_finder_after_the_finding() -> None:
    # BBC News (business): ", the Royal Institute of Chartered Surveyors found." ends it
    text = (
        "House prices fell further in November and property sale times lengthened as rate "
        "rises took their toll, the Royal Institute of Chartered Surveyors found."
    )
    claim = only_claim(text, ":evidence")
    assert claim.text == (
        "House prices fell further in November and property sale times lengthened as rate "
        "rises took their toll"
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Royal Institute of Chartered Surveyors"


def test_found_at_the_end_of_a_relative_clause_is_no_finding() -> None:
    text = "He looked everywhere for the keys to the old house, which he finally found."
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


def test_a_finding_of_three_words() -> None:
    # PolNeAR train (Politico, 2016): a pronoun, a participle and its object
    text = "And every recent state poll has shown him trailing Trump."
    claim = only_claim(text, ":evidence")
    assert (claim.text, claim.speaker.name if claim.speaker else None) == (
        "him trailing Trump",
        "every recent state poll",
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (USA Today, 2015): "by calling", the main clause's subject
        (
            'Trump responded to that tweet by calling Alwaleed "dopey" and accusing him of '
            "wanting to control the U.S. politicians.",
            'Alwaleed "dopey"',
            "Trump",
        ),
        # BBC News (politics): "by branding"
        (
            'On Wednesday, Mr Mallon provoked fury by branding the official No Campaign "two-bit '
            'Tories" in a confrontation outside its Durham headquarters.',
            'the official No Campaign "two-bit Tories"',
            "Mallon",
        ),
    ],
    ids=["by-calling", "by-branding"],
)
def test_characterisation_in_a_participle_after_by(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (USA Today, 2016): a possessive complement, without quotation marks
        ("Lynch calls North Carolina her home state.", "North Carolina her home state", "Lynch"),
        # PolNeAR train (USA Today, 2016): cut before the writer's next participle
        (
            "The two had played nice earlier in the campaign, with Cruz repeatedly calling Trump "
            "his friend, meeting with him in July at Trump Tower.",
            "Trump his friend",
            "Cruz",
        ),
    ],
    ids=["possessive", "possessive-then-participle"],
)
def test_characterisation_with_a_possessive_complement(
    text: str, content: str, speaker: str
) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "He called his lawyer his attorney on Monday.",
        "He called his wife on her cell phone.",
    ],
)
def test_calling_someone_on_the_phone_is_no_characterisation(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":characterisation")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (USA Today, 2016): "in what officials called a hate crime"
        (
            "Roof should have been prevented from buying the weapon used in Charleston, S.C., "
            "in what officials called a hate crime.",
            "a hate crime",
            "officials",
        ),
        # PolNeAR train (Breitbart, 2016): a comma and "and" end the words
        (
            "Trump despises what he calls political correctness, and has made bold but vague "
            "proclamations.",
            "political correctness",
            "unknown",
        ),
    ],
    ids=["what-officials-called", "what-he-calls"],
)
def test_what_someone_calls_a_thing_unquoted(text: str, content: str, speaker: str) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (technology): a name, not a judgement
        "The pair are creating what they call the Alert Retrieval Cache.",
        # PolNeAR train (Breitbart, 2016): the words go on past a comma
        "She criticized what she called the angry, divisive rhetoric from the Republican "
        "front-runners.",
        "I don't know what he called for.",
    ],
    ids=["name", "comma", "called-for"],
)
def test_what_someone_calls_without_a_short_judgement(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":characterisation")] == []


def test_found_without_that_shares_no_subject_across_and() -> None:
    # BBC News (technology): "lost and found gadgets" is no finding of the sentence's subject
    text = (
        "More phones were left in taxis in London than in any of the nine other cities where "
        "the research into lost and found gadgets was carried out."
    )
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "poll"),
    [
        # PolNeAR train (New York Times, 2015-11-13)
        (
            "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
            "she led Mr. Sanders 56 percent to 32 percent",
            "an early-October CBS News poll",
        ),
        # PolNeAR train (Washington Post, 2016-06-14): the "conducted" aside is the poll's
        (
            "In the latest Washington Post-ABC News poll, conducted in May, Clinton led Trump 47 "
            "percent to 39 percent among voters ages 18 to 39.",
            "Clinton led Trump 47 percent to 39 percent among voters ages 18 to 39",
            "latest Washington Post-ABC News poll",
        ),
    ],
    ids=["poll", "poll-conducted"],
)
def test_a_poll_that_opens_the_sentence_is_the_source_of_its_main_clause(
    text: str, content: str, poll: str
) -> None:
    (claim,) = claims_of(text)
    assert (claim.rule, claim.text) == ("indirect:evidence", content)
    assert claim.speaker is not None and claim.speaker.name == poll
    assert claim.cue is not None and claim.cue.text == "In"


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Breitbart, 2016-03-01): the polls are inside a relative clause
        "In eight of nine states where exit polls were conducted Tuesday, Democratic voters were "
        "more likely to want a continuation of President Barack Obama’s policies.",
        # BBC entertainment/142: a poll's design, not its finding
        "In the survey, the pundits were asked for tips for three acts they thought were capable "
        "of reaching the top.",
    ],
    ids=["relative-clause", "asked"],
)
def test_an_opening_poll_is_no_source_of_what_it_does_not_find(text: str) -> None:
    assert not [c for c in claims_of(text) if c.cue is not None and c.cue.text == "In"]


def test_an_opening_poll_leaves_a_named_source_its_own_words() -> None:
    # PolNeAR train (USA Today, 2016-02-10): the memo's author acknowledged it, not the polls
    text = (
        "In a memo released as polls closed Tuesday, Clinton campaign manager Robby Mook "
        "acknowledged the former secretary of State and Sanders had split the first two contests."
    )
    assert all(
        c.speaker is None or c.speaker.name != "a memo released as polls closed Tuesday"
        for c in claims_of(text)
    )


def test_researchers_who_found_something_are_its_source() -> None:
    # PolNeAR train (New York Times, 2016-04-27): "the researchers" is a group of people, as
    # "environmentalists" are of a belief; the finding was dropped for want of a named source
    text = (
        "The authors found that voters in congressional districts hardest hit by Chinese imports "
        "tended to choose more ideologically extreme lawmakers."
    )
    (claim,) = claims_of(text)
    assert claim.rule == "indirect:evidence"
    assert claim.text.startswith("voters in congressional districts")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("The authors", "anonymous")


def test_a_finding_in_the_progressive_is_the_documents() -> None:
    # PolNeAR train (Western Journalism, 2016-03-10)
    text = "Recent polling is showing Trump has a significant lead over Rubio in Florida."
    (claim,) = claims_of(text)
    assert (claim.rule, claim.text) == (
        "indirect:evidence",
        "Trump has a significant lead over Rubio in Florida",
    )
    assert claim.speaker is not None and claim.speaker.name == "Recent polling"
    assert claim.cue is not None and claim.cue.text == "is showing"


def test_a_document_showing_something_is_no_finding() -> None:
    # a participle after its noun: the sentence's own verb follows ("was broadcast")
    assert not claims_of("Footage showing the police beating a man was broadcast on Monday.")


def test_a_block_quote_keeps_the_finding_it_reports() -> None:
    # PolNeAR train (Western Journalism, 2015-11-10), shortened ("are showing" there): a finding
    # inside a block quote had the block, and so the writer's words, dropped
    text = (
        "In the text accompanying the video post, Wallnau wrote:\n\n"
        "I think this prophetic prayer timely, as at this time, Iowa polls show a "
        "slipping of support for Mr. Trump among Evangelicals. I think it's time evangelicals "
        "had a conversation about it.\n\nThe video went viral."
    )
    claims = claims_of(text)
    (block,) = [c for c in claims if c.rule == "direct:block-quote"]
    assert block.text.startswith("I think this prophetic prayer timely")
    assert block.speaker is not None and block.speaker.name == "Wallnau"
    (finding,) = [c for c in claims if c.rule == "indirect:evidence"]
    assert block.start <= finding.start and finding.end <= block.end


def test_people_who_found_something_are_no_document() -> None:
    # PolNeAR train (HuffPost, 2015-12-20): the finders are the experts the article quoted; the
    # source had been 'an article cited by her campaign quoted a few experts who'
    text = (
        "An article cited by her campaign quoted a few experts who have found no evidence of the "
        "videos so far."
    )
    assert not [c for c in claims_of(text) if c.speaker and c.speaker.name.endswith("who")]


def test_a_decimal_point_inside_the_thing_characterised_is_no_sentence_end() -> None:
    # PolNeAR train (Breitbart, 2016-05-18)
    text = (
        "In April, Trump called Ford’s plans to open a $1.6 billion assembly plant in Mexico “an "
        "absolute disgrace,” and threatened to impose a 35 percent tax on imported Ford vehicles."
    )
    claim = only_claim(text, ":characterisation")
    assert claim.text.startswith("Ford’s plans to open a $1.6 billion")
    assert claim.speaker is not None and claim.speaker.name == "Trump"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # PolNeAR train (The New York Times, 2016)
        (
            "Mr. Trump is ahead in public opinion polls in Florida, Illinois and North Carolina.",
            "Mr. Trump is ahead",
            "public opinion polls",
        ),
        # PolNeAR train (CNN, 2015): the standing after the opener's clause
        (
            "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday, a "
            "collapse driven by doubts about his experience.",
            "he fell to 10 percent",
            "latest CNN/ORC poll released Wednesday",
        ),
        # PolNeAR train (USA Today, 2016): a second clause with a poll of its own
        (
            "Cruz came in second in January polls, although Rubio moved from third to second in "
            "a more-recent survey from Florida Southern College.",
            "Rubio moved from third to second",
            "a more-recent survey",
        ),
        # PolNeAR train (USA Today, 2016): a polling average named by its maker
        (
            "Trump leads Cruz by roughly 9 percentage points, 42%-32.7%, in the "
            "RealClearPolitics average of recent Hoosier polls.",
            "Trump leads Cruz by roughly 9 percentage points, 42%-32.7%",
            "RealClearPolitics average",
        ),
    ],
    ids=["ahead", "after-opener", "second-clause", "average"],
)
def test_a_standing_in_a_poll_is_the_polls(text: str, content: str, source: str) -> None:
    found = [c for c in extract_article(text).claims if c.text == content]
    assert len(found) == 1 and found[0].rule == "indirect:evidence"
    assert found[0].speaker is not None and found[0].speaker.name == source


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Reuters, 2015): the poll stands in a relative clause about Trump
        "“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau when "
        "asked if he had met Trump, who leads in opinion polls of Republican voters.",
        # BBC (business): a mean, no poll
        "The amount of unsold properties on their books rose for the sixth month in a row to an "
        "average of 67 properties.",
    ],
    ids=["relative-clause", "a-mean"],
)
def test_no_standing_of_a_poll(text: str) -> None:
    assert not [c for c in extract_article(text).claims if c.rule == "indirect:evidence"]
