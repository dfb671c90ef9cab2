"""Golden tests for calls ("called for", "called on", "calls X Y") and for findings a document
reports in a participle ("with polls showing ..."), on real passages.

Passages are short real sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl)
and BBC News (../shared/corpora/bbc/bbc.jsonl), each naming the behaviour it pins, with guard
tests for the near shapes that must stay without a claim.
"""

from __future__ import annotations

import pytest

from factdb.extract.types import Claim
from tests.test_extract_evidence import claims_of, only_claim


def assert_claim(
    claim: Claim, content: str, *, name: str | None = None, mention: str | None = None
) -> None:
    """The claim's content, and its speaker's resolved name or surface mention."""
    assert claim.text == content
    assert claim.speaker is not None
    if name is not None:
        assert claim.speaker.name == name
    if mention is not None:
        assert claim.speaker.mention == mention


# --- a finding in a participle after "with", "despite", "in the wake of" ---------------------


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        # PolNeAR train (USA Today, 2016-02-10): the phrase opens the sentence and ends at
        # the main clause's comma
        (
            "Despite polls showing her well behind, Clinton campaigned vigorously in the state "
            "that she won in 2008.",
            "her well behind",
            "polls",
        ),
        # PolNeAR train (NYT, 2016-01-12): the phrase ends the sentence
        (
            "He will need their support with recent polls showing a tightening of the race "
            "with Donald J. Trump, who last week injected a volatile new element into the race.",
            "a tightening of the race with Donald J. Trump",
            "recent polls",
        ),
        # PolNeAR train (Huffington Post, 2016-07-18): an aside between subject and verb
        (
            "Priebus, in the wake of a new poll showing Trump’s overall standing with Latinos "
            "down to 14 percent, told Fox News on Sunday that Trump appreciates the need to "
            "broaden his appeal.",
            "Trump’s overall standing with Latinos down to 14 percent",
            "a new poll",
        ),
        # BBC News (business): "with new figures showing"
        (
            "Calmer relations between India and Pakistan are paying economic dividends, with new "
            "figures showing bilateral trade up threefold in the summer.",
            "bilateral trade up threefold in the summer",
            "new figures",
        ),
        # BBC News (tech): the "that" of the finding is no part of it
        (
            "UK mobile owners continue to break records with their text messaging, with latest "
            "figures showing that 26 billion texts were sent in total in 2004.",
            "26 billion texts were sent in total in 2004",
            "latest figures",
        ),
    ],
)
def test_a_finding_in_a_participle_after_a_preposition(
    text: str, content: str, document: str
) -> None:
    assert_claim(only_claim(text, ":evidence"), content, mention=document)


def test_a_finding_participle_stops_before_another_clause() -> None:
    # PolNeAR train (Western Journal, 2016-04-02): the story's own claim follows the phrase
    text = (
        "Amid what the New York Times and Los Angeles Times each called a “rough week” for "
        "Trump, and with polls showing rival Sen. Ted Cruz, R-Texas, leading the race in "
        "Wisconsin, a story by the website Politco says that “already more than a hundred "
        "delegates are poised to break with him on a second ballot.”"
    )
    claim = only_claim(text, ":evidence")
    assert claim.text == "rival Sen. Ted Cruz, R-Texas, leading the race in Wisconsin"


@pytest.mark.parametrize(
    "text",
    [
        # pictures that show someone depict, they report no finding
        "The crowd cheered along with a video showing him dancing on stage.",
        # a participle with no preposition before the document: a noun phrase's modifier
        "Footage showing the police beating a man was broadcast on Tuesday.",
    ],
)
def test_no_finding_in_a_picture_or_a_plain_participle(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":evidence")]


# --- calls with a cue phrase: "called upon", a long subject, a call named by its noun -------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2015-11-19): "called upon" reads like "called on"
        (
            "Following the release of a new video from the terrorist group threatening an "
            "attack in New York City, Trump called upon Mayor Bill de Blasio to restart "
            "surveillance of mosques.",
            "Mayor Bill de Blasio to restart surveillance of mosques",
            "Trump",
        ),
        # PolNeAR train (Politico, 2016-01-05): a time and an adverb between speaker and cue
        (
            "Sen. Bernie Sanders on Wednesday morning also called upon the U.S. to press China "
            "into forcing North Korea to abide by international norms.",
            "the U.S. to press China into forcing North Korea to abide by international norms",
            "Bernie Sanders",
        ),
        # BBC News (politics): two parties, the subject the other patterns do not read
        (
            "The Tories and the Lib Dems have called for a second inquiry into the "
            "fast-tracking of a visa application for Mr Blunkett's ex-lover's nanny.",
            "a second inquiry into the fast-tracking of a visa application for Mr Blunkett's "
            "ex-lover's nanny",
            "The Tories and the Lib Dems",
        ),
    ],
)
def test_a_call_on_others(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.cue is not None and "call" in c.cue.text]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016-08-24)
        (
            "Other Republicans joined Pence’s call for a special prosecutor.",
            "a special prosecutor",
            "Pence",
        ),
        # BBC News (politics): the party that called, not the one who rejected the call
        (
            "But he rejected the Tories' call for a quota on economic migrants, saying no "
            '"arbitrary figure" could reflect the UK\'s needs.',
            "a quota on economic migrants",
            "Tories",
        ),
        # PolNeAR train (Huffington Post, 2015-12-17)
        (
            "The St. Paul City Council on Wednesday approved a resolution condemning "
            "Republican presidential candidate Donald Trump’s call for a ban on Muslims "
            "entering the United States.",
            "a ban on Muslims entering the United States",
            "Donald Trump",
        ),
    ],
)
def test_a_call_named_by_its_noun_is_the_possessors(text: str, content: str, speaker: str) -> None:
    assert_claim(only_claim(text, ":nominal"), content, name=speaker)


def test_a_nominal_call_ends_before_a_second_object() -> None:
    # PolNeAR train (Washington Post, 2016-03-18): what the leaders say of both objects is
    # theirs, not Trump's
    text = (
        "And Jewish leaders point to Trump's call for a ban on Muslims entering the United "
        "States and his harsh rhetoric on illegal Mexican migrants as reminiscent of the "
        "anti-immigrant sentiment that greeted European Jews in generations past."
    )
    claim = only_claim(text, ":nominal")
    assert claim.text == "a ban on Muslims entering the United States"


def test_a_call_after_a_possessive_is_no_act_of_the_sentence_subject() -> None:
    # PolNeAR train (NYT, 2016-02-18): "his call" is Trump's, never the Republicans' act
    text = (
        "Exit polls from the New Hampshire primary, which Mr. Trump won decisively, showed "
        "that 65 percent of Republicans supported his call for a temporary ban on Muslims "
        "entering the United States."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":call")]


# --- title-case headlines: "X Calls For ...", "X Calls Y 'Z'", "New Poll Shows ..." ----------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016-08-23)
        (
            "Mike Pence Calls for Special Prosecutor after Report Reveals Clinton’s Meetings "
            "with Foundation Donors.\n\nIndiana Gov. Mike Pence is joining his running mate "
            "Donald Trump in calling for a special prosecutor.",
            "Special Prosecutor after Report Reveals Clinton’s Meetings with Foundation Donors",
            "Mike Pence",
        ),
        # PolNeAR train (Western Journal, 2016-06-13)
        (
            "Trump Calls On Obama To Resign.\n\nJust after Omar Mateen carried out his murderous "
            "attack on club goers, Donald Trump was calling for change.",
            "Obama To Resign",
            "Donald Trump",
        ),
        # PolNeAR train (Huffington Post, 2015-12-30): a characterisation in quoted words
        (
            "Hillary Clinton Calls ISIS Violence Against Yazidis ‘Genocide.’\n\nDec 29 "
            "(Reuters) - U.S. Democratic presidential candidate Hillary Clinton spoke.",
            "ISIS Violence Against Yazidis ‘Genocide.’",
            "Hillary Clinton",
        ),
        # PolNeAR train (Western Journal, 2016-07-14): a poll's finding
        (
            "New Poll Shows Large Gap Emerging Between Presidential Candidates.\n\nOnly days "
            "before the Republican Convention in Cleveland, the race has changed.",
            "Large Gap Emerging Between Presidential Candidates",
            "New Poll",
        ),
    ],
)
def test_a_title_case_headline_call_or_finding(text: str, content: str, speaker: str) -> None:
    assert_claim(only_claim(text, ":headline"), content, name=speaker)


def test_a_show_in_a_name_is_no_finding() -> None:
    # BBC News (entertainment): "Show" is the name of the awards, nobody shows anything
    text = (
        "Coronation Street has become the first soap to triumph at the South Bank Show Awards, "
        "which traditionally reward highbrow and groundbreaking culture."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith((":headline", ":evidence"))]


# --- an act's content after its cue, never the writer's opener before the speaker -----------


@pytest.mark.parametrize(
    ("text", "content", "opener"),
    [
        # PolNeAR train (Western Journal, 2016-06-13)
        (
            "Just after Omar Mateen carried out his murderous attack on club goers at the Pulse "
            "nightclub in Orlando, Donald Trump was calling for change.",
            "change",
            "Just after",
        ),
        # PolNeAR train (Western Journal, 2016-08-27)
        (
            "Almost a week after Republican presidential candidate Donald Trump brought "
            "inspiration and supplies to the hard-pressed residents of flood-ravaged Louisiana, "
            "a Baton Rouge newspaper called on Democrat candidate Hillary Clinton to at least "
            "do something.",
            "Democrat candidate Hillary Clinton to at least do something",
            "Almost a week",
        ),
        # BBC News (politics): a promise's content follows "promised"
        (
            "In the speech, which prompted a standing ovation, he also promised to end teenage "
            "unemployment within the next five years.",
            "to end teenage unemployment within the next five years",
            "In the speech",
        ),
    ],
)
def test_an_acts_content_follows_its_cue(text: str, content: str, opener: str) -> None:
    claims = claims_of(text)
    assert content in [c.text for c in claims]
    assert not [c for c in claims if c.text.startswith(opener)]


# --- how far a quoted characterisation goes on past its closing mark -------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (USA Today, 2016-07-18): a second complement after "and someone"
        (
            "Fifteen minutes after Pence was picked as Trump's running mate, Clinton campaign "
            'chairman John Podesta called the Indiana governor "the most extreme pick in a '
            'generation" and someone who had "threatened women\'s privacy and limited their '
            "choice\" by signing one of the nation's most restrictive anti-abortion laws.",
            'the Indiana governor "the most extreme pick in a generation" and someone who had '
            '"threatened women\'s privacy and limited their choice" by signing one of the '
            "nation's most restrictive anti-abortion laws",
        ),
        # PolNeAR train (Washington Post, 2015-12-28): a modifier after "on the"
        (
            'Today, the People\'s Daily newspaper calls it "the pearl" on the Silk Road '
            "Economic Belt.",
            'it "the pearl" on the Silk Road Economic Belt',
        ),
        # BBC News (politics): the relative clause ends where the main verb resumes
        (
            'Mr Blair, who has described Africa as a "scar" on the world\'s conscience, has '
            "already said tackling world poverty would be one his G8 priorities.",
            'Africa as a "scar" on the world\'s conscience',
        ),
        # ECB+ (2005 news): the writer's participle after the closing mark is not said
        (
            'He called Orozco "the scum of the earth" and an "idiot," pointing to a photo of '
            'the suspect and the "devil horns" tattooed on his bald head.',
            'Orozco "the scum of the earth" and an "idiot,"',
        ),
        # PolNeAR train (Western Journal, 2016-01-20): where it was said is no part of it
        (
            "Last September, Beck called Palin a “clown” on his radio show when commenting on "
            "her speech.",
            "Palin a “clown”",
        ),
    ],
)
def test_a_characterisation_ends_with_its_clause(text: str, content: str) -> None:
    claim = only_claim(text, ":characterisation")
    assert claim.text == content


# --- what follows "called for" and "called on" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Huffington Post, 2016-08-01): "her" is the possessive of the object
        # of "for", and the belief after the comma is a claim of its own
        (
            "Sanders supporters have long called for her ouster, believing she was tipping the "
            "scales toward Clinton in the primary.",
            "her ouster",
            "Sanders supporters",
        ),
        # PolNeAR train (Washington Post, 2016-05-09): a dashed aside inside the addressee
        (
            "The rare accord calls on all nations - rich and poor - to increasingly limit "
            "emissions of carbon dioxide and other greenhouse gases over time.",
            "all nations - rich and poor - to increasingly limit emissions of carbon dioxide "
            "and other greenhouse gases over time",
            "The rare accord",
        ),
        # BBC News (business): an addressee with "of" and "and" in its name
        (
            "A group of five MPs are calling on the Department of Trade and Industry to block "
            "any takeover of the club by the US football magnate on public interest grounds.",
            "the Department of Trade and Industry to block any takeover of the club by the US "
            "football magnate on public interest grounds",
            "A group of five MPs",
        ),
    ],
)
def test_the_object_of_a_call_phrase(text: str, content: str, speaker: str) -> None:
    claims = claims_of(text)
    (claim,) = [c for c in claims if c.rule.endswith(":call")]
    assert_claim(claim, content, name=speaker)
    assert all(c.start >= claim.end or c.end <= claim.start or c is claim for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (sport): a conference call is a noun
        "The International Association of Athletics Federations (IAAF) council held a "
        "conference call on Tuesday and are set to announce their decision.",
        # PolNeAR train (Western Journal, 2015-11-21): so is a wake-up call
        "Citing last week’s Paris attack as a wake-up call for the American people and their "
        "“reveries about treating the presidency as an entry-level job,” Will urged the "
        "Republican electorate to abandon all outsider candidates.",
    ],
)
def test_a_call_in_a_compound_noun_is_no_call(text: str) -> None:
    assert not [c for c in claims_of(text) if c.cue is not None and "call" in c.cue.text]


def test_a_characterising_participle_after_a_quotation_with_its_comma_inside() -> None:
    # PolNeAR train (Politico, 2016-07-06): the comma sits inside the closing mark
    text = (
        "Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed "
        "Comey on MSNBC’s “Morning Joe,” calling it a “no-brainer” to prosecute under the "
        "statutory definition of the law."
    )
    assert_claim(
        only_claim(text, ":characterisation"),
        "it a “no-brainer” to prosecute under the statutory definition of the law",
        name="Rudy Giuliani",
    )


def test_a_place_after_the_document_is_no_part_of_its_name() -> None:
    # PolNeAR train (Politico, 2016-04-04): "Polls there show"
    text = (
        "The super PAC has spent over $2 million targeting the real estate mogul in Wisconsin, "
        "a state seen as critical for the Stop Trump movement. Polls there show Trump is "
        "trailing Ted Cruz just ahead of Tuesday's vote."
    )
    assert_claim(
        only_claim(text, ":evidence"),
        "Trump is trailing Ted Cruz just ahead of Tuesday's vote",
        name="Polls",
    )


# --- a document that suggests or indicates --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        # PolNeAR train (NYT, 2016-04-27)
        (
            "But research to be released this week by four leading academic economists suggests "
            "that the damage to manufacturing jobs from a sharp acceleration in globalization "
            "since the turn of the century has contributed heavily to the United States' bitter "
            "political divide.",
            "the damage to manufacturing jobs from a sharp acceleration in globalization since "
            "the turn of the century has contributed heavily to the United States' bitter "
            "political divide",
            "research to be released this week by four leading academic economists",
        ),
        # PolNeAR train (Western Journal, 2016-06-06)
        (
            "Reports indicate the Puerto Rico primary, along with late support from uncommitted "
            "superdelegates, put Clinton over the threshold.",
            "the Puerto Rico primary, along with late support from uncommitted superdelegates, "
            "put Clinton over the threshold",
            "Reports",
        ),
        # BBC News (business): the finding first, its source at the end
        (
            "Employers have spent billions of pounds propping up their final salary pensions "
            "over the past year, research suggests.",
            "Employers have spent billions of pounds propping up their final salary pensions "
            "over the past year",
            "research",
        ),
        # BBC News (business): the same, with the writer's words after a dash
        (
            "The French economy picked up speed at the end of 2004, official figures show - but "
            "still looks set to have fallen short of the government's hopes.",
            "The French economy picked up speed at the end of 2004",
            "official figures",
        ),
    ],
)
def test_a_document_that_suggests_or_indicates(text: str, content: str, document: str) -> None:
    assert_claim(only_claim(text, ":evidence"), content, mention=document)


def test_a_comparison_with_what_studies_suggested_is_no_finding() -> None:
    # PolNeAR train (NYT, 2016-02-08): after "than", and the dash opens another source's claim
    text = (
        "Still, the 125,000 suspensions stemming from concerns about terrorist activity is "
        "significantly higher than previous studies have suggested - a report released by the "
        "Brookings Institution last year estimated that from September to December 2014, at "
        "least 46,000 Twitter accounts were used by ISIS supporters."
    )
    findings = [c for c in claims_of(text) if c.rule.endswith(":evidence")]
    # the report's own estimate after the dash is its claim, and the Brookings Institution,
    # which released it, speaks through it; the studies compared find nothing
    assert [(c.speaker.name if c.speaker else None, c.text[:25]) for c in findings] == [
        ("Brookings Institution", "from September to Decembe")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Washington Post, 2016-09-04): "while also suggesting that"
        (
            "Trump has promised to build a massive wall along the U.S.-Mexico border and deport "
            "millions of undocumented immigrants, while also suggesting that birthright "
            "citizenship should be abolished.",
            "birthright citizenship should be abolished",
        ),
        # PolNeAR train (USA Today, 2016-03-22): ", also calling on"
        (
            "Yet she didn't limit her attacks to Israel policy, also calling on attendees to "
            'oppose "bigotry" after citing Trump\'s proposed temporary ban on Muslims entering '
            "the U.S.",
            'attendees to oppose "bigotry" after citing Trump\'s proposed temporary ban on '
            "Muslims entering the U.S",
        ),
    ],
)
def test_also_before_a_participle_of_speech(text: str, content: str) -> None:
    assert content in [c.text for c in claims_of(text)]


def test_a_possessive_pronouns_call_is_the_verbs_subjects() -> None:
    # BBC News (politics): "his" is Kennedy's, the subject of "repeated", who then speaks on
    text = (
        'On Sunday, Lib Dem leader Charles Kennedy repeated his call for a "pause" in '
        "considering the legislation.\nHe told BBC's Breakfast with Frost programme that Mr "
        'Clarke had a "real opportunity" on Monday following the departure of Mr Blunkett.'
    )
    claims = claims_of(text)
    call = only_claim(text, ":nominal")
    assert call.text == 'a "pause" in considering the legislation'
    assert call.speaker is not None and call.speaker.name == "Charles Kennedy"
    (told,) = [c for c in claims if c.cue is not None and c.cue.text == "told"]
    assert told.speaker is not None and told.speaker.name == "Charles Kennedy"


def test_a_long_subject_before_an_auxiliary_and_an_adverb() -> None:
    # BBC News (business): "have recently called on", then the callers' participle
    text = (
        "Ministers from European and Asian governments have recently called on the US to "
        "strengthen the dollar, saying the excessively high value of the euro was starting to "
        "hurt their export-driven economies."
    )
    claims = claims_of(text)
    (call,) = [c for c in claims if c.cue is not None and "called on" in c.cue.text]
    assert call.text == "the US to strengthen the dollar"
    assert call.speaker is not None
    assert call.speaker.name == "Ministers from European and Asian governments"


@pytest.mark.parametrize(
    ("text", "said", "call", "speaker"),
    [
        # BBC News (politics): "said ... but called on"
        (
            'Civil rights group Liberty said it was "delighted" but called on the government to '
            "release men indefinitely detained in the UK without charge or trial.",
            'it was "delighted"',
            "the government to release men indefinitely detained in the UK without charge or trial",
            "Liberty",
        ),
        # BBC News (politics): "said ... and called for"
        (
            "Mr Prentis said workers did not want to go on strike and called for talks between "
            "unions and the highest level of government.",
            "workers did not want to go on strike",
            "talks between unions and the highest level of government",
            "Prentis",
        ),
        # PolNeAR train (Breitbart, 2016-04-14)
        (
            "Clinton adds that she has released 30 years of tax returns and called on Sanders "
            "and Donald Trump to do the same.",
            "she has released 30 years of tax returns",
            "Sanders and Donald Trump to do the same",
            "Clinton",
        ),
    ],
)
def test_a_call_after_and_is_the_speakers_next_act(
    text: str, said: str, call: str, speaker: str
) -> None:
    claims = claims_of(text)
    assert said in [c.text for c in claims]
    (act,) = [c for c in claims if c.rule.endswith(":call")]
    assert_claim(act, call, name=speaker)


def test_a_call_in_a_clause_of_its_own_is_not_the_speakers() -> None:
    # PolNeAR train (NYT, 2016-04-26): Buchanan called, not "some Democrats"
    text = (
        "Some Democrats said they feared a left-wing equivalent of Pat Buchanan's searing "
        "speech at the 1992 Republican convention, when Mr. Buchanan, who had failed to win his "
        "party's nomination, called for a ''cultural war'' against ''liberals and radicals.''"
    )
    calls = [c for c in claims_of(text) if c.rule.endswith(":call")]
    assert not [c for c in calls if c.speaker is not None and "Democrats" in c.speaker.name]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Politico, 2016-01-28): the characterising participle is a claim of
        # its own, not the call's content
        (
            "In December, the prince called for Trump to drop out of the race, calling him "
            '"a disgrace not only to the GOP but to all America."',
            "Trump to drop out of the race",
        ),
        # PolNeAR train (USA Today, 2015-11-20): a long addressee with a dashed aside
        (
            "Ayotte called on others who received money from the same donors -- including "
            "President Obama and Hillary Clinton -- to return that money as well.",
            "others who received money from the same donors -- including President Obama and "
            "Hillary Clinton -- to return that money as well",
        ),
        # PolNeAR train (Washington Post, 2015-11-17): what to do in the caller's own words
        (
            'He called it "shameful" and called on leaders "not to feed that dark impulse '
            'inside of us."',
            "not to feed that dark impulse inside of us.",
        ),
    ],
)
def test_what_a_call_on_others_asks(text: str, content: str) -> None:
    (call,) = [c for c in claims_of(text) if c.rule.endswith(":call")]
    assert call.text == content


def test_a_characterising_participle_after_a_call_stands_on_its_own() -> None:
    # PolNeAR train (Politico, 2016-01-28): "the prince" is Alwaleed, who spoke before
    text = (
        '"Trump:You base your statements on photoshopped pics?I bailed you out twice;a 3rd '
        'time,maybe?" tweeted Prince Alwaleed, the nephew of the late King Abdullah and fellow '
        "real estate investor, on Thursday, hours after Trump retweeted the image in question."
        "\n\nIn December, the prince called for Trump to drop out of the race, calling him "
        '"a disgrace not only to the GOP but to all America."'
    )
    claims = claims_of(text)
    (call,) = [c for c in claims if c.rule.endswith(":call")]
    (named,) = [c for c in claims if c.rule.endswith(":characterisation")]
    assert named.text == 'him "a disgrace not only to the GOP but to all America."'
    assert call.speaker is not None and named.speaker is not None
    assert call.speaker.name == named.speaker.name == "Alwaleed"


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        # PolNeAR train (USA Today, 2016-08-24): two modifiers of one document at the end
        (
            "Much of that money came from companies that no longer exist or may have never "
            "existed, or from donors who cannot be located, campaign and corporate records show.",
            "Much of that money came from companies that no longer exist or may have never "
            "existed, or from donors who cannot be located",
            "campaign and corporate records",
        ),
        # PolNeAR train (Washington Post, 2015-11-08): "that" is the finding's subject, no
        # conjunction
        (
            "For much of the year, more voters had an unfavorable opinion of him than had a "
            "favorable one, but recent polls show that has reversed.",
            "that has reversed",
            "recent polls",
        ),
    ],
)
def test_more_findings_of_records_and_polls(text: str, content: str, document: str) -> None:
    assert_claim(only_claim(text, ":evidence"), content, mention=document)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016-07-15): "that way" after the infinitive is no
        # "that" clause, and the writer's clause after ", and" is not what the city asked
        (
            "In a tweet, the city of Nice urged people to seek shelter that way, and the hashtag "
            "was soon trending globally.",
            "people to seek shelter that way",
            "city of Nice",
        ),
        # BBC News (business): "that" of a relative clause inside the call
        (
            "He also urged Congress to reinstate lapsed rules that require tax cuts and spending "
            "to be offset elsewhere in the budget.",
            "Congress to reinstate lapsed rules that require tax cuts and spending to be offset "
            "elsewhere in the budget",
            "unknown",
        ),
        # BBC News (politics): "that" inside what the ministers are to do
        (
            "But the Scottish National Party called on ministers to reassure people that enough "
            "funding is in place to support the free personal care policy.",
            "ministers to reassure people that enough funding is in place to support the free "
            "personal care policy",
            "Scottish National Party",
        ),
    ],
)
def test_a_that_after_the_calls_infinitive_is_part_of_it(
    text: str, content: str, speaker: str
) -> None:
    claims = claims_of(text)
    (call,) = [c for c in claims if c.rule.endswith(":call")]
    assert_claim(call, content, name=speaker)
    assert not [c for c in claims if c.rule.endswith(":said-that")]


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        # BBC News (business): "report" before "shows" is the document, no verb of the WEF's
        (
            "The WEF report shows that despite the fact that 14,000 people contract HIV/Aids "
            "every day, concern among businesses has dropped by 23% in the last 12 months.",
            "despite the fact that 14,000 people contract HIV/Aids every day, concern among "
            "businesses has dropped by 23% in the last 12 months",
            "The WEF report",
        ),
        # BBC News (tech)
        (
            "By contrast a preliminary Ofcom report found that it would be quite straight-forward "
            "to deploy UWB without causing problems for those that already use it.",
            "it would be quite straight-forward to deploy UWB without causing problems for those "
            "that already use it",
            "a preliminary Ofcom report",
        ),
        # BBC News (business): a bare plural after "after" opens its own clause
        (
            "Expectations of a rate rise have gathered pace after figures showed that house "
            "prices are still rising.",
            "house prices are still rising",
            "figures",
        ),
    ],
)
def test_a_named_report_and_figures_after_a_subordinator(
    text: str, content: str, document: str
) -> None:
    assert_claim(only_claim(text, ":evidence"), content, mention=document)


@pytest.mark.parametrize(
    ("text", "content", "finder"),
    [
        # PolNeAR train (NYT, 2016-04-27): a subject phrase only the long-subject reading takes
        (
            "But Mr. Autor and his colleagues found that in districts with heavy minority "
            "representation, similar shocks can push more Democratic districts in the opposite "
            "direction.",
            "in districts with heavy minority representation, similar shocks can push more "
            "Democratic districts in the opposite direction",
            "Autor and his colleagues",
        ),
        # BBC News (tech): "found that," with an aside right after "that"
        (
            "Workshare surveyed firms around the world and found that, on average, 31% of "
            "documents contained legally sensitive information.",
            "on average, 31% of documents contained legally sensitive information",
            "Workshare",
        ),
    ],
)
def test_what_researchers_found_that(text: str, content: str, finder: str) -> None:
    assert_claim(only_claim(text, ":evidence"), content, name=finder)


def test_a_finding_first_then_the_writer_goes_on() -> None:
    # PolNeAR train (NYT, 2016-04-25): ", records show, and aviation experts say ...": two claims
    text = (
        "The aircraft was insured at a value of $35 million in 2011, records show, and aviation "
        "experts say it is currently worth about $18 million."
    )
    claims = claims_of(text)
    assert_claim(
        only_claim(text, ":evidence"),
        "The aircraft was insured at a value of $35 million in 2011",
        mention="records",
    )
    assert "it is currently worth about $18 million" in [c.text for c in claims]
