"""Golden tests for plain speech verbs in frames the subject finders used to give up on.

Passages are sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl) and the BBC
corpus (../shared/corpora/bbc/bbc.jsonl), each naming the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def claim_with(text: str, content: str) -> Claim | None:
    return next((c for c in claims_of(text) if content in c.text), None)


# each passage, the words of its claim and who said them, by the behaviour it pins
SPOKEN = [
    # PolNeAR train (Politico, 2016): a participle after a sentence whose subject is a
    # description no name pattern reads; a place inside it ("inside Trump Tower") is not
    # the one who speaks
    pytest.param(
        "One operative inside Trump Tower tried to downplay Ryan’s comments, saying they "
        "were “not a big deal around here.”",
        "not a big deal around here",
        "One operative inside Trump Tower",
        id="participle_after_a_described_subject-1",
    ),
    # PolNeAR train (Breitbart, 2015): the same, headed by a role
    pytest.param(
        "The Pentagon's recent top adviser on the military campaign went further, arguing "
        "Trump's proposal could make the homegrown Islamic terror threat worse.",
        "Trump's proposal could make the homegrown Islamic terror threat worse",
        "Pentagon's recent top adviser on the military campaign",
        id="participle_after_a_described_subject-2",
    ),
    # PolNeAR train (New York Times, 2016): a programme's title between the cue and "that"
    pytest.param(
        "Mr. Khan, who had addressed the Democratic National Convention on Thursday, said on "
        "NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife.",
        "Mr. Trump had shown disrespect to his wife",
        "Khan",
        id="programme_title_before_that-1",
    ),
    # PolNeAR train (USA Today, 2016): curly marks, a long title
    pytest.param(
        'Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would "take '
        'a look" at such legislation.',
        'he would "take a look" at such legislation',
        "Sanders",
        id="programme_title_before_that-2",
    ),
    # PolNeAR train (Politico, 2016): a place adverb between the subject and the cue
    pytest.param(
        "Her campaign workers here said they have been working the state since the spring.",
        "they have been working the state since the spring",
        "Her campaign workers",
        id="described_subject_before_a_speech_verb-1",
    ),
    # PolNeAR train (Politico, 2016): "those" with the relative clause that says who
    pytest.param(
        "But those who back her opponents say the widespread negative news media attention "
        "this week has likely damaged the Grayson brand.",
        "the widespread negative news media attention this week has likely damaged",
        "those who back her opponents",
        id="described_subject_before_a_speech_verb-2",
    ),
    # PolNeAR train (AP, 2016): a poll's share, who was asked and where: more words than
    # another long subject may hold; "Super Tuesday" is a day's name, not a trailing time
    pytest.param(
        "Large majorities of Republican primary voters in six states going to the polls on "
        "Super Tuesday said they support a proposal to temporarily ban all non-citizen "
        "Muslims from entering the United States.",
        "they support a proposal to temporarily ban",
        "Large majorities of Republican primary voters in six states going to the polls on "
        "Super Tuesday",
        id="long_subjects_of_polls_and_firms-1",
    ),
    # BBC: a name written with a slash
    pytest.param(
        "A report by analysts InStat/MDR has predicted that smartphone shipments will grow "
        "by 44% over the next five years.",
        "smartphone shipments will grow by 44%",
        "InStat/MDR",
        id="long_subjects_of_polls_and_firms-2",
    ),
    # PolNeAR train (Breitbart, 2016): "with" and a body's description before "saying"
    pytest.param(
        "And Rick Santorum turned his sights on Cruz, with the campaign of the former senator "
        'from Pennsylvania saying Cruz was "not a real conservative on immigration."',
        "not a real conservative on immigration",
        "the campaign of the former senator from Pennsylvania",
        id="with_a_described_speaker_saying-1",
    ),
    # BBC: a role after "with"
    pytest.param(
        "But the announcement never came, with the home secretary saying the debate had never "
        "reached that stage.",
        "the debate had never reached that stage",
        "the home secretary",
        id="with_a_described_speaker_saying-2",
    ),
    # PolNeAR train (New York Times, 2015): a subordinate clause, then a subject with a
    # relative clause in lower case
    pytest.param(
        "Still, while the tech industry cannot block all terror content on the web, people "
        "who have battled other online threats say it could be doing more.",
        "it could be doing more",
        "people who have battled other online threats",
        id="relative_subject_after_an_opening_clause-1",
    ),
    # PolNeAR train (New York Times, 2016): the subject inside "Though ..."
    pytest.param(
        "Though executives who have worked with Lachlan Murdoch say they assume he shares "
        "some of his father's conservatism, they also say he does not readily advertise his "
        "views.",
        "they assume he shares",
        "executives who have worked with Lachlan Murdoch",
        id="relative_subject_after_an_opening_clause-2",
    ),
    # PolNeAR train (Politico, 2015): a relative whose verb reports no words ("wrote to her")
    pytest.param(
        "While Clinton has forcefully condemned the GOP candidate’s proposal, the groups who "
        "wrote to her on Thursday say they are concerned about mixed messages.",
        "they are concerned",
        "the groups who wrote to her",
        id="relative_subject_after_an_opening_clause-3",
    ),
    # PolNeAR train (Politico, 2016): "There," opens the sentence; "but said" shares the
    # subject of the first verb
    pytest.param(
        "There, the district GOP Chairman Chuck Williams declined to name the three delegates "
        "on the caucus slate but said one was an avowed Trump supporter and he’s not sure of "
        "the allegiance of the other two.",
        "one was an avowed Trump supporter",
        "Chuck Williams",
        id="openers_and_placed_documents-1",
    ),
    # PolNeAR train (USA Today, 2016): a document and where it was posted
    pytest.param(
        "A statement posted on the website GunBroker.com said listings are user generated, "
        "and that the company reserved the right to reject any at its discretion.",
        "listings are user generated",
        "A statement posted on the website GunBroker.com",
        id="openers_and_placed_documents-2",
    ),
    # PolNeAR train (Politico, 2016): a time counted back from now stands between the
    # subject and the cue; it is not the speaker
    pytest.param(
        "The State Department less than two weeks ago said for the first time that “top "
        "secret” intelligence had passed through Clinton’s personal email server.",
        "intelligence had passed through Clinton’s personal email server",
        "State Department",
        id="time_and_focus_words_around_the_subject-1",
    ),
    # PolNeAR train (Politico, 2015): "Even", then the subject and an aside
    pytest.param(
        "Even the field's biggest hawks, like Rubio and Bush, say the bulk of ground troops "
        "should be Arab fighters.",
        "the bulk of ground troops should be Arab fighters",
        "the field's biggest hawks",
        id="time_and_focus_words_around_the_subject-2",
    ),
    # PolNeAR train (AP, 2016): "says if elected president "..."": the quotation, counted in
    # words as written, is the conditional's clause
    pytest.param(
        "Cruz says if elected president “I will work very, very closely with leaders in Congress.”",
        "I will work very, very closely",
        "Cruz",
        id="conditional_then_quotation",
    ),
    # PolNeAR train (Politico, 2016): an opener, the inverted speaker, then the quotation
    pytest.param(
        "Because of how Democrats crafted the primary schedule, explained Rosenberg, “with this "
        "thing being over by mid-March, there’s a scenario where it’s hard to see how Hillary "
        "gets a lot of TV.”",
        "with this thing being over",
        "Rosenberg",
        id="inverted_speaker_then_quotation",
    ),
    # ECB+: "said at a news conference Wednesday" ("news conference Wednesday" is no clause)
    pytest.param(
        "Winston Blackmore, 52, and James Oler, 44, were arrested by RCMP on Tuesday, Attorney "
        "General Wally Oppal said at a news conference Wednesday.",
        "were arrested by RCMP",
        "Wally Oppal",
        id="a_place_after_the_cue_stays_an_adverbial",
    ),
    # PolNeAR train (Breitbart, 2016): "after telling X that ...": a "that" clause after the
    # addressee is speech, by the main clause's subject
    pytest.param(
        "Comedian Sarah Silverman was booed and shouted down by Bernie Sanders supporters after "
        "telling holdouts for the Vermont senator that they were “being ridiculous.”",
        "being ridiculous",
        "Sarah Silverman",
        id="after_telling_someone_that",
    ),
    # PolNeAR train (Politico, 2016): a description of people no name pattern reads, then an
    # aside between dashes, then the cue
    pytest.param(
        "Three-in-five GOP insiders across the four states — and two-thirds of Republicans in "
        "New Hampshire — said that despite Marco Rubio’s apparent rise in Iowa, Trump can’t be "
        "toppled next Tuesday.",
        "Trump can’t be toppled",
        "Three-in-five GOP insiders across the four states",
        id="people_described_before_a_dashed_aside",
    ),
    # PolNeAR train (Breitbart, 2016): "who has succesfully argued" is the relative's own
    # verb, no subject of the cue; the sentence is Blackwell's
    pytest.param(
        "Cruz, a graduate of Harvard Law School who has succesfully argued a number of cases "
        "before the United States Supreme Court, will do an excellent job in judicial "
        "appointments, Blackwell maintains.",
        "will do an excellent job",
        "Blackwell",
        id="a_relative_whose_own_verb_is_the_cue_is_no_subject",
    ),
    # PolNeAR train (Breitbart, 2015): "Having announced that ..., Judge Berman proceeded"
    pytest.param(
        "Having announced that he would not send me to prison, Judge Berman proceeded to hand "
        "down his sentence.",
        "he would not send me to prison",
        "Berman",
        id="perfect_participle_opening_the_sentence",
    ),
    # PolNeAR train (Politico, 2016): the relative's second verb, after "and", is the cue
    pytest.param(
        "“This is one of Hillary’s friends from sixth grade,” Tom told Annette Guessford, who "
        "answered her door Sunday afternoon and said she planned to caucus for Clinton.",
        "she planned to caucus for Clinton",
        "Annette Guessford",
        id="relative_who_then_and_said",
    ),
    # PolNeAR train (Huffington Post, 2015): an adverb between the subject and a noun-like
    # cue makes it a verb
    pytest.param(
        "The candidate’s executive action announcements were broadly similar to those of "
        "O’Malley and Clinton, although O’Malley frequently notes that he was the first to put "
        "out an immigration platform and has the most executive experience on those issues.",
        "he was the first to put out an immigration platform",
        "O’Malley",
        id="adverb_before_a_noun_like_cue-1",
    ),
    # ECB+: "also claims"
    pytest.param(
        "Apple also claims the new MacBook Pro's battery is more environmentally friendly "
        "because it lasts five years and has fewer toxins.",
        "the new MacBook Pro's battery is more environmentally friendly",
        "Apple",
        id="adverb_before_a_noun_like_cue-2",
    ),
    # PolNeAR train (Reuters, 2016): a role, the name set off by commas, the verb, then the
    # participle
    pytest.param(
        "France’s far-right National Front party leader, Marine Le Pen, voiced support for U.S. "
        "Republican presidential candidate Donald Trump on Wednesday, saying his Democratic "
        "rival Hillary Clinton would bring war and hardship to the world.",
        "his Democratic rival Hillary Clinton would bring war",
        "Marine Le Pen",
        id="participle_after_role_and_name-1",
    ),
    # ECB+: the same with "The"
    pytest.param(
        "The de facto Hamas prime minister in Gaza, Ismail Haniyeh, issued a statement from "
        "hiding, saying that the Gazans would defeat Israel.",
        "the Gazans would defeat Israel",
        "Ismail Haniyeh",
        id="participle_after_role_and_name-2",
    ),
    # PolNeAR train (USA Today, 2016): "the justice" is a person who may speak
    pytest.param(
        "In three separate interviews, the justice sounded off on Trump, saying she didn't "
        '"want to contemplate" the effects a Trump candidacy would have on the court.',
        "the effects a Trump candidacy would have on the court",
        "the justice",
        id="justice_is_a_role",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPOKEN)
def test_spoken_by(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim is not None
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "participle_content"),
    [
        # BBC: "suggesting" after a thing drawing a crowd is the writer's inference
        (
            "A speech on mobile TV by Angel Gambino of the BBC also drew a large crowd, "
            "suggesting that even those mobile operators and equipment vendors which are not "
            "particularly active in mobile TV yet are starting to look into it.",
            "even those mobile operators",
        ),
        # BBC: "The comments come after Tony Blair defended ...": no opening noun phrase speaks
        (
            "The comments come after Tony Blair defended his controversial anti-terror "
            "proposals, warning that it would be wrong to wait for an attack before acting.",
            "it would be wrong to wait for an attack",
        ),
    ],
)
def test_participle_after_a_thing_has_no_described_speaker(
    text: str, participle_content: str
) -> None:
    claim = claim_with(text, participle_content)
    assert claim is None or claim.speaker is None or claim.speaker.name in ("unknown", "Tony Blair")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Washington Post, 2016): "another" counts an unnamed speaker
        (
            "While one company says there are more than 2,400 billionaires in the world, "
            "another says there are about 1,800.",
            "there are about 1,800",
        ),
        # BBC: "One told BBC News Online that ...": one of the people just named
        (
            "Some former employees are angry at the way cash crisis was handled. One told BBC "
            'News Online that the staff who had been fired had been "financially ruined in the '
            'space of a day".',
            "financially ruined",
        ),
    ],
)
def test_counted_speaker_has_no_name(text: str, content: str) -> None:
    claim = claim_with(text, content)
    assert claim is not None
    assert claim.speaker is None or claim.speaker.name == "unknown"


def test_a_relative_whose_verb_is_the_cue_is_no_subject() -> None:
    # PolNeAR train (AP, 2016): the cue is the relative clause's own verb; "those" is no
    # speaker of what "supported" says
    text = (
        "Among those who said they cared most about a candidate being honest and trustworthy, "
        "most in both states supported Sanders."
    )
    assert all(c.speaker is None or c.speaker.name != "those" for c in claims_of(text))


def test_content_ends_before_the_source_of_the_whole_sentence() -> None:
    # ECB+: the wire reports the whole sentence; the claim inside it ends before it
    text = (
        "One of them told the judge he needed more time to investigate the place and the judge "
        "has given him a May 10 deadline, the news wire said."
    )
    claim = next((c for c in claims_of(text) if c.text.startswith("he needed")), None)
    assert claim is not None
    assert claim.text.endswith("May 10 deadline")


def test_did_makes_a_noun_like_cue_a_verb() -> None:
    # PolNeAR train (AP, 2016): "did note" after "but": the subject's second verb
    text = (
        "Trump largely eschewed politics until the final moments of his speech. He did not "
        "mention his opponents by name but did note that he had won the most states and the "
        "most votes."
    )
    claim = claim_with(text, "he had won the most states")
    assert claim is not None
    assert claim.text.startswith("he had won")


def test_a_modal_before_a_noun_like_cue_reports_nothing_yet() -> None:
    # PolNeAR train (Politico, 2016): an obligation, not a promise made
    text = (
        "Applicants must promise to furnish $2,000 to participate after they’re selected, a "
        "requirement that tilts the process away from newcomers and outsiders."
    )
    assert claim_with(text, "to furnish $2,000") is None


def test_with_a_speaker_claiming_a_thing_is_no_claim() -> None:
    # PolNeAR train (Washington Post, 2015): "claiming residency" is a deed, not words
    text = (
        "Allergan, the far smaller company, will end up buying Pfizer, with the combined company "
        "claiming residency in Ireland."
    )
    assert claim_with(text, "residency in Ireland") is None


def test_inverted_speaker_quotation_ends_at_its_mark() -> None:
    # ECB+: what the writer runs on with after the quotation is another claim
    text = (
        'The acquisition, said Papermaster, "allows us to redefine the server building block," '
        'and he noted that AMD was keen on becoming "an agile SoC company."'
    )
    claim = claim_with(text, "allows us to redefine")
    assert claim is not None
    assert "noted" not in claim.text


@pytest.mark.parametrize(
    ("text", "content", "not_content"),
    [
        # PolNeAR train (New York Times, 2016): a plural subject and its present verb after the
        # cue is what was said, not an adverbial, so the fronted clause is not the claim
        (
            "Even though skateboarding is sanctioned within the park, the women say officers "
            "still scrutinize the area, handing out penalties to skateboarders who forgo helmets "
            "or stay after hours.",
            "officers still scrutinize the area",
            "Even though skateboarding",
        ),
        # BBC: the same after a poll
        (
            "A Daily Telegraph poll of 1,313 people suggests two-thirds of Britons support the "
            "couple's decision to marry.",
            "two-thirds of Britons support",
            "A Daily Telegraph poll",
        ),
    ],
)
def test_present_clause_after_the_cue(text: str, content: str, not_content: str) -> None:
    claims = claims_of(text)
    assert any(c.text.startswith(content) for c in claims)
    assert all(not c.text.startswith(not_content) for c in claims)


def test_having_said_that_is_an_idiom() -> None:
    # BBC: the idiom reports nothing (guard)
    text = (
        "Having said that, there are a lot of shows out there, a lot of material competing for "
        "people's attention."
    )
    assert all(c.rule != "indirect:participle-opening" for c in claims_of(text))


def test_as_she_put_it_ends_the_words() -> None:
    # PolNeAR train (New York Times, 2016): the writer's "as she put it" aside is no part of
    # the pledge, and the promise after it is hers too
    text = (
        "On the campaign trail, Mrs. Clinton regularly pledges to ''make sure our economy works "
        "for everyone, not just those at the top,'' as she put it on Wednesday in Raleigh, N.C., "
        "where she also promised to reject ''bad trade deals and unfair trade practices.''"
    )
    claim = claim_with(text, "make sure our economy")
    assert claim is not None
    assert "put it" not in claim.text
