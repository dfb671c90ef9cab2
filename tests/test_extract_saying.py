"""Golden tests for reported speech with a plain speech verb that the patterns missed for the
shape of the reported clause's first word or of the subject: an -ed or -ing word modifying the
clause's subject ("Armed robbers stole ..., the office said"), "no" or "nothing" opening the
clause ("said no decision had been taken"), "agree" with a bare clause, a contracted auxiliary
("He’s predicting ...") and a subject set off from its cue by a dashed aside.

Passages are verbatim from PolNeAR train (../shared/corpora/polnear/train.jsonl), the BBC
corpus (../shared/corpora/bbc/bbc.jsonl) and ECB+ (../shared/corpora/ecbplus/ecbplus.jsonl),
named per case.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


def _claim(text: str, content: str):
    claims = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    return claim


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # ECB+: an -ed adjective opens the reported clause
        (
            "Armed robbers stole diamonds valued at 85 million euros ($108 million) from the "
            "Paris branch of jeweler Harry Winston, the city prosecutors' office said.",
            "Armed robbers stole diamonds",
            "city prosecutors' office",
        ),
        # BBC business: an -ing subject
        (
            "Putting off payments may lower a country's rating among financial organisations, "
            "making it more expensive and more difficult for them to borrow money in the "
            "future, analysts said.",
            "Putting off payments may lower",
            "analysts",
        ),
        # PolNeAR train (USA Today, 2016-02-05): the -ed word after an opening adverbial
        (
            "They also can't be counted on to propel a candidate to victory. In this year's "
            "Republican contest, undeclared voters aren't likely to help one candidate more "
            "than another, Smith said.",
            "In this year's Republican contest, undeclared voters",
            "Smith",
        ),
    ],
)
def test_a_modifier_opening_the_clause_before_the_speaker_is_its_subject(
    text: str, content: str, speaker: str
) -> None:
    claim = _claim(text, content)
    assert claim.kind == "indirect"
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_a_participle_with_a_clause_of_its_own_stays_an_adverbial() -> None:
    # BBC tech: "Explaining why ..." is the writer's frame, not what Horiuchi said
    text = (
        "Explaining why Hitachi's Emiew used wheels instead of feet, Toshihiko Horiuchi, from "
        "Hitachi's Mechanical Engineering Research Laboratory, said: \"We aimed to create a "
        'robot that could live and co-exist with people."'
    )
    assert not [c for c in extract_article(text).claims if c.text.startswith("Explaining")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC politics
        (
            "Mr Milburn said no decision had been taken yet over whether David Blunkett would "
            "have a prominent role in the election.",
            "no decision had been taken yet",
        ),
        # ECB+
        ("Fanning said no one else was injured.", "no one else was injured"),
        # BBC politics
        (
            "He said nothing had changed in respect of his work with the law firm and it was a "
            "matter he would have to discuss with the other partners at Tods Murray.",
            "nothing had changed in respect of his work",
        ),
    ],
)
def test_no_or_nothing_opening_a_reported_clause(text: str, content: str) -> None:
    assert _claim(text, content).kind == "indirect"


def test_said_no_to_is_no_clause() -> None:
    # PolNeAR train (New York Times, 2016-03-15): an answer, not a statement
    text = "He said no to the Iraq war."
    assert extract_article(text).claims == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2016-06-09)
        (
            "But most Republicans agreed they had no real recourse at this point.",
            "they had no real recourse",
            "most Republicans",
        ),
        # BBC sport
        (
            "Campbell agreed receiving the honour capped off what has been a difficult year for "
            "the sprinter.",
            "receiving the honour capped off",
            "Campbell",
        ),
    ],
)
def test_agree_with_a_bare_clause(text: str, content: str, speaker: str) -> None:
    claim = _claim(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Breitbart, 2016-02-18): the writer's sentence goes on after "agreed"
        "Asked if Sanders is “realistic enough to serve effectively as president,” 72 percent "
        "of Democrats said yes while 48 percent overall agreed and 44 percent of Independents "
        "disagreed.",
        # PolNeAR train (Politico, 2015-11-24)
        "But the administration’s decision will increase the pressure on her to say whether "
        "she agrees or disagrees with the EPA’s call to fall behind the specific gallon "
        "mandates that Congress had written into the law.",
    ],
)
def test_a_conjunction_after_the_cue_opens_no_reported_clause(text: str) -> None:
    for claim in extract_article(text).claims:
        assert not claim.text.startswith(("and ", "or ")), claim.text


def test_a_contracted_auxiliary_keeps_the_pronoun_as_subject() -> None:
    # PolNeAR train (Breitbart, 2016-02-20): "He’s predicting" was read as a participle on
    # nobody's act
    text = (
        "But despite the kind words, Trump says he goes “back to war tomorrow.” He’s predicting "
        "he will do “very, very well” in the next Republican contest in Nevada."
    )
    claim = _claim(text, "he will do")
    assert claim.speaker is not None and claim.speaker.name in ("Donald Trump", "Trump")


def test_a_contracted_pronoun_is_never_a_speakers_name() -> None:
    # ECB+: "They've" was the speaker's name
    text = (
        "Critics of the Endangered Species Act often substitute anecdote for fact. They've "
        "argued that consultation with government scientists means holdups and more work."
    )
    claim = _claim(text, "consultation with government scientists")
    assert claim.speaker is not None and claim.speaker.name == "unknown"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (New York Times, 2016-03-04): the names in the aside are the subject's
        (
            "The three constitutional scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed "
            "there are qualified candidates who could thread the needle between Democratic and "
            "Republican priorities.",
            "there are qualified candidates",
            "The three constitutional scholars",
        ),
        # BBC tech: the aside's description was the speaker
        (
            "Mr Hawkins - a paraplegic himself - says his customers have included right or left "
            "arm amputees, quadriplegics, people who have had strokes and a woman who had had "
            "all four limbs amputated.",
            "his customers have included",
            "Mr Hawkins",
        ),
    ],
)
def test_the_subject_before_a_dashed_aside_speaks(text: str, content: str, mention: str) -> None:
    claim = _claim(text, content)
    assert claim.speaker is not None and claim.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (New York Times, 2016-06-23): the speaker set off by commas in the claim
        (
            "There is no chance of that level of violence, officials in both cities insist, "
            "because modern policing has evolved to be less confrontational.",
            "There is no chance of that level of violence",
            "officials in both cities",
        ),
        # PolNeAR train (Huffington Post, 2016-05-19): a long subject after its claim
        (
            "Seitchi, a cadet at France’s elite military academy, Saint-Cyr Coëtquidan, was "
            "returning to his home country of Chad to mourn the death of his mother, Chad’s "
            "Ambassador to France confirmed.",
            "Seitchi, a cadet",
            "Chad’s Ambassador to France",
        ),
        # PolNeAR train (Washington Post, 2016-02-10): after an opening subordinate clause
        (
            "When her double-digit lead slipped last fall, Clinton's biggest boosters in New "
            "Hampshire insisted it was a temporary dip, reflecting restlessness within an "
            "electorate that would ultimately return to the candidate best prepared to be "
            "president.",
            "it was a temporary dip",
            "Clinton's biggest boosters in New Hampshire",
        ),
    ],
)
def test_a_long_subject_opening_the_last_clause_speaks(
    text: str, content: str, mention: str
) -> None:
    claim = _claim(text, content)
    assert claim.speaker is not None and claim.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # PolNeAR train (New York Times, 2016-05-09): the end of a list is not the speaker
        (
            "Ms. Toretti, Mrs. Rao and other prominent bundlers in both parties said their "
            "networks of potential donors, almost exclusively men until just a few years ago, "
            "were now composed mostly of other women.",
            "Ms. Toretti",
        ),
        # BBC business
        (
            "In recent months News Corp's News International unit, which publishes The Sun and "
            "the News of the World, the Guardian Media Group, Trinity Mirror and the Daily Mail & "
            "General Trust have all announced substantial investments in new printing plants.",
            "In recent months",
        ),
        # BBC tech: a name's appositive without its closing comma
        (
            "As a telecoms company, BT is moving to a content distribution strategy, Andrew "
            "Burke, chief of BT's new Entertainment unit told the IPTV World Forum.",
            "As a telecoms company",
        ),
    ],
)
def test_no_subject_is_cut_from_a_list_or_an_appositive(text: str, wrong: str) -> None:
    assert not [c for c in extract_article(text).claims if c.text.startswith(wrong)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (New York Times, 2016-03-21)
        (
            "And until the announcement of the eventual shutdown, most of them said they had "
            "loved working for Carrier.",
            "they had loved working for Carrier",
        ),
        # PolNeAR train (Politico, 2016-06-21)
        (
            "More than half the senators surveyed support at least lowering the number of "
            "superdelegates, and all but two said the party should take up the matter at next "
            "month’s convention in Philadelphia.",
            "the party should take up the matter",
        ),
    ],
)
def test_a_quantifier_opening_a_later_clause_speaks(text: str, content: str) -> None:
    claim = _claim(text, content)
    assert claim.speaker is None or claim.speaker.name == "unknown"


def test_a_quantifier_set_off_by_commas_leaves_no_bare_predicate() -> None:
    # PolNeAR train (Washington Post, 2016-06-02)
    text = (
        "That attitude, many argue, could carry constitutional implications if Trump becomes "
        "president."
    )
    assert not [c for c in extract_article(text).claims if c.text.startswith("could carry")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # PolNeAR train (USA Today, 2016-08-16)
        ("Those over 60 say they feel that way by 2-1.", "Those over 60"),
        # PolNeAR train (Washington Post, 2016-04-21)
        (
            "While he is in generally good health and has shown remarkable stamina on the "
            "campaign trail, those around him acknowledge that a White House bid at age 78 "
            "seems improbable.",
            "those around him",
        ),
    ],
)
def test_those_and_what_describes_them_speak(text: str, mention: str) -> None:
    claims = extract_article(text).claims
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    assert claims[0].speaker is not None and claims[0].speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Politico, 2016-08-17): the colon is inside the reported clause
        (
            "Republicans say Democrats are just trying to distract the public from the most "
            "important issue: the content of the leaks.",
            "Democrats are just trying to distract the public",
        ),
        # BBC politics
        (
            "He said the Liberals could keep out Labour in three ways: lend ad hoc support to "
            "his minority government, help draw up the government's programme, or have up to "
            "three Cabinet members in a coalition with the Conservatives.",
            "the Liberals could keep out Labour in three ways: lend ad hoc support",
        ),
        # ECB+
        (
            "The Cupertino, Calif.-based company (NASDAQ: AAPL) said iTunes songs will now have "
            "three-tiered pricing: 69 cents, 99 cents and $1.29, depending on how new or "
            "desirable the songs are judged to be.",
            "iTunes songs will now have three-tiered pricing: 69 cents",
        ),
    ],
)
def test_a_reported_clause_runs_on_past_its_colon(text: str, content: str) -> None:
    _claim(text, content)


def test_a_frame_before_a_colon_leads_to_the_quotation() -> None:
    # PolNeAR train (New York Times, 2016-08-11)
    text = (
        "Referring to Clinton's aides, the campaign said in a statement: ''Neither of these "
        "emails involve the secretary or relate to the foundation's work.''"
    )
    claim = _claim(text, "Neither of these emails")
    assert claim.kind == "direct"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Breitbart, 2016-01-05): the quotation opens the reported clause
        (
            "Obama said “it gets me mad” every time he thinks about the 20 first-graders who "
            "were killed in the mass shooting at a Connecticut elementary school in  December "
            "2012.",
            "“it gets me mad” every time he thinks",
        ),
        # BBC tech
        (
            'Merriam-Webster said "blog" headed the list of most looked-up terms on its site '
            "during the last twelve months.",
            '"blog" headed the list',
        ),
    ],
)
def test_a_quotation_inside_a_reported_clause_keeps_the_clause(text: str, content: str) -> None:
    assert _claim(text, content).kind == "mixed"


def test_a_frame_after_a_quotation_leaves_the_quotation() -> None:
    # PolNeAR train (Washington Post, 2016-03-03): where it is feared, not what
    text = (
        "Scott Reed, who managed Bob Dole's 1996 campaign, said \"the fear is as high as it's "
        'ever been" in the establishment.'
    )
    claim = _claim(text, "the fear is as high")
    assert claim.kind == "direct"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Politico, 2015-11-30): a subordinate clause opens with the speech
        (
            "While almost everyone agrees NCLB was a deeply flawed law, some critics fear the "
            "new approach will leave poor and minority students with fewer protections.",
            "NCLB was a deeply flawed law",
        ),
        # PolNeAR train (Politico, 2015-11-30): one adverb before the comma, a participle in
        # the subject
        (
            "Nonetheless, House Republicans supporting the bill have said they think they will "
            "have sufficient votes to pass it.",
            "they think they will have sufficient votes",
        ),
        # BBC business: a plural body after the claim
        (
            "Fiat is to stop making six-cylinder petrol engines for its sporty Alfa Romeo "
            "subsidiary, unions at the Italian carmaker have said.",
            "Fiat is to stop making",
        ),
    ],
)
def test_a_subject_after_an_opener_or_a_subordinator_speaks(text: str, content: str) -> None:
    _claim(text, content)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC politics: the addressee, then when
        (
            "Chairman Sam Younger told MPs on Tuesday care was needed to ensure that people were "
            "not lost off the register in the process.",
            "care was needed",
            "Sam Younger",
        ),
        # PolNeAR train (Breitbart, 2016-03-02): an addressee's name holds "of"
        (
            "Republican Christine Todd Whitman, the former New Jersey governor and Environmental "
            "Protection Agency administrator, told The Star-Ledger of Newark last week she "
            "would rather vote for Hillary Clinton than Trump.",
            "she would rather vote",
            "Christine Todd Whitman",
        ),
        # BBC sport: "earlier this week" is when, not what
        (
            "But Kenteris' lawyer Gregory Ioannidis told BBC Sport earlier this week he was "
            "confident the sprinters would be cleared of the charges.",
            "he was confident",
            "Gregory Ioannidis",
        ),
    ],
)
def test_told_an_addressee_and_when_then_the_clause(text: str, content: str, speaker: str) -> None:
    claim = _claim(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_a_modifier_of_the_speakers_noun_stays_in_the_subject() -> None:
    # BBC business: "leading" was cut from the subject, leaving "economists have warned"
    # after a word that looked like a verb, and the claim was lost
    text = (
        "Taxpayers may have to bail out the US agency that protects workers' pension funds, "
        "leading economists have warned."
    )
    claim = _claim(text, "Taxpayers may have to bail out")
    assert claim.speaker is not None and claim.speaker.mention == "leading economists"


def test_a_speakers_noun_after_a_modifier_opens_the_last_clause() -> None:
    # PolNeAR train (Huffington Post, 2015-12-08): "multiple sources" after a "while" clause
    text = (
        "But while Republicans are happily supporting the delay as a blow to Obamacare, "
        "multiple sources privy to negotiations say it’s the Democratic leaders in Congress, "
        "responding to pressure from labor unions, who have insisted on acting now."
    )
    claim = _claim(text, "it’s the Democratic leaders in Congress")
    assert claim.speaker is not None and claim.speaker.mention == (
        "multiple sources privy to negotiations"
    )


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Politico, 2016-05-26): "Just over" a share
        (
            "Just over a quarter, 26 percent, say they will vote for someone else.",
            "they will vote for someone else",
            "Just over a quarter",
        ),
        # BBC politics: "Just under" a share, the whole share named
        (
            "Just under three-quarters of respondents (73%) said politicians had shown "
            "themselves to be dishonest too often.",
            "politicians had shown themselves",
            "Just under three-quarters of respondents",
        ),
    ],
)
def test_a_share_just_over_or_under_speaks(text: str, content: str, mention: str) -> None:
    claim = _claim(text, content)
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_a_participle_on_a_noun_before_that_is_part_of_the_adverbial() -> None:
    # PolNeAR train (Washington Post, 2015-11-15): "taped" describes the interview
    text = (
        "Obama had said in an ABC interview taped before the attacks that the United States "
        'had "contained" the Islamic State from expanding its land grab in Iraq and Syria.'
    )
    claim = _claim(text, "the United States had")
    assert claim.speaker is not None and claim.speaker.name == "Obama"


def test_a_list_of_names_speaks_whole() -> None:
    # BBC tech: the list's last two were the speaker, the first left out
    text = (
        "Last month, Paramount, Universal and Warner Brothers said they were opting for the "
        "Toshiba and NEC-backed format, HD-DVD high-definition discs."
    )
    claim = _claim(text, "they were opting")
    assert claim.speaker is not None
    assert claim.speaker.mention == "Paramount, Universal and Warner Brothers"
