"""Golden tests: speech acts reported by their object rather than a "that" clause
(factdb/extract/speech_acts.py families, lexicons/verb_classes.txt).

"rejected the idea that ...", "dismissed Walker as an ineffective leader", "portrayed Mr. Trump
as a nasty and divisive candidate": what was said is the object after the verb, read only in
the shape of the verb's family; the same verbs with any other object ("rejected the bill",
"dismissed the case") are no claim. Passages are quoted from PolNeAR train (US political news,
2016) and BBC News (British news, 2004-05), outlet named with each case.
"""

from __future__ import annotations

import pytest

from tests.test_extract_speech_acts import claims_of, only_claim


def assert_act(text: str, rule: str, content: str, speaker: str) -> None:
    """The one claim of `rule` in `text` has this content and a speaker named with `speaker`."""
    claim = only_claim(text, rule)
    assert claim.text == content
    assert claim.speaker is not None
    assert speaker in claim.speaker.name


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016): what is rejected keeps its noun
            "In a brief interview, Ms. Conway rejected the idea that the changes amounted to a "
            "shake-up and said that Mr. Manafort was not being demoted.",
            "indirect:rejection",
            "the idea that the changes amounted to a shake-up",
            "Conway",
        ),
        (
            # PolNeAR train (Washington Post, 2016): "dismissed concerns that ..."
            "Levin dismissed concerns that he's bucking the will of his state by supporting "
            "Clinton even though Sanders won Michigan.",
            "indirect:rejection",
            "concerns that he's bucking the will of his state by supporting Clinton even though "
            "Sanders won Michigan",
            "Levin",
        ),
        (
            # BBC News (business, 2004-05): the rejected allegation is never the speaker's claim
            "Mr Balls rejected the allegation that Mr Brown had been sidelined in the election "
            'campaign, saying he was playing a "different" role to the one he played in the '
            "last two elections.",
            "indirect:rejection",
            "the allegation that Mr Brown had been sidelined in the election campaign",
            "Balls",
        ),
        (
            # BBC News (politics, 2004-05): a that-less clause after the noun
            "Mr Raynsford dismissed a suggestion the move was designed to keep council taxes "
            "down ahead of an expected general election.",
            "indirect:rejection",
            "a suggestion the move was designed to keep council taxes down ahead of an expected "
            "general election",
            "Raynsford",
        ),
        (
            # PolNeAR train (USA Today, 2016): "dismissed X as Y", a characterisation
            "Inside the hotel conference center, Trump on Tuesday dismissed Wisconsin Gov. Scott "
            "Walker as an ineffective leader, arguing that the Badger State governor has been a "
            "poor steward of the state's economy.",
            "indirect:characterisation",
            "Wisconsin Gov. Scott Walker as an ineffective leader",
            "Trump",
        ),
        (
            # PolNeAR train (New York Times, 2016): "portrayed X as Y"
            "On Wednesday night, the president portrayed Mr. Trump as a nasty and divisive "
            "candidate.",
            "indirect:characterisation",
            "Mr. Trump as a nasty and divisive candidate",
            "president",
        ),
        (
            # PolNeAR train (Western Journal, 2016): "painting X as Y" on the subject's act
            "On Thursday evening Hillary Clinton delivered her acceptance speech as the "
            "Democratic nominee, seeking to prove her credentials while painting her chief "
            "political rival, Donald Trump, as a man too unqualified for the job.",
            "indirect:characterisation",
            "her chief political rival, Donald Trump, as a man too unqualified for the job",
            "Hillary Clinton",
        ),
    ],
    ids=[
        "rejected-idea",
        "dismissed-concerns",
        "rejected-allegation",
        "no-that",
        "dismissed-as",
        "portrayed-as",
        "painting-as",
    ],  # fmt: skip
)
def test_object_speech_act(text: str, rule: str, content: str, speaker: str) -> None:
    assert_act(text, rule, content, speaker)


def test_rejected_clause_is_not_the_speakers_claim() -> None:
    # BBC News (business, 2004-05): Balls rejected it; "Mr Brown had been sidelined" is not his
    text = (
        "Mr Balls rejected the allegation that Mr Brown had been sidelined in the election "
        "campaign."
    )
    assert [c.text for c in claims_of(text) if c.text.startswith("Mr Brown")] == []


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (news on the 2008 Turkmenistan election): a passive, the subject dismissed nothing
        "Voters in Turkmenistan cast ballots Sunday in a parliamentary election hailed by the "
        "government as an exercise in democracy but dismissed by critics as a sham.",
        # PolNeAR train (HuffPost, 2016): "paints" in a relative clause, no "that" clause of its own
        "First, the picture that Matthews paints of a public that loves playing the stock "
        "market is likely an exaggeration.",
        # BBC News (technology, 2004-05): an object that is a deed, not something said
        "The draft law suffered setbacks when Poland, one of the largest EU member states, "
        "rejected its adoption twice in two months.",
        # BBC News (politics, 2004-05): the noun alone; what was reported follows as a clause
        "Tony Blair has dismissed reports he told Gordon Brown he would quit before the next "
        "general election.",
        # BBC News (business, 2004-05): a quotation before "dismissed" is someone else's words
        "Lack of uniformity, coupled with lack of procedures for prompt EU-wide review can "
        'hinder US exports, especially for small to mid-sized businesses", An EU spokesman in '
        "Washington dismissed the US complaint.",
        # constructed guards: a court's and a legislature's acts
        "The judge dismissed the case against him on Monday.",
        "The Senate rejected the bill by a vote of 52 to 48.",
    ],
    ids=["passive", "relative", "deed", "bare-noun", "quote-before", "case", "bill"],
)
def test_no_object_claim(text: str) -> None:
    kept = [c for c in claims_of(text) if c.cue is not None]
    words = ("dismiss", "reject", "paint", "portray")
    assert [c.text for c in kept if c.cue.text.lower().startswith(words)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2015): ", citing ..." on the speaker's own words
            "“It’s a reflection of frustration and anger that people feel,” McCain said, citing "
            "low economic growth, unemployment and growing economic inequality.",
            "low economic growth, unemployment and growing economic inequality",
            "McCain",
        ),
        (
            # BBC News (business, 2004-05): what a company cites for its results
            "The company also cited difficult trading conditions and a lack of demand for goods "
            "such as its Slimfast range.",
            "difficult trading conditions and a lack of demand for goods such as its Slimfast "
            "range",
            "company",
        ),
        (
            # PolNeAR train (Washington Post, 2016): a document cited as grounds
            "In his proposed legislation to ban Trump, Salceda cited a 2001 memorandum issued by "
            "the Philippine immigration agency.",
            "a 2001 memorandum issued by the Philippine immigration agency",
            "Salceda",
        ),
    ],
    ids=["citing-reasons", "cited-conditions", "cited-memorandum"],
)
def test_citation(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:citation", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (Vancouver Sun report on FLDS arrests): a source cited, not a reason given
        "Winston Blackmore and another member of the Fundamentalist Church of Jesus Christ of "
        "Latter Day Saints (FLDS) were arrested for violating a little-used law against "
        "polygamy, the Vancouver Sun reported on its website, citing court documents.",
        # ECB+ (Turkmenistan election report, 2013): a name alone
        "Its parliamentary elections will have two parties, ITAR-TASS reported September 26, "
        "citing the country's Central Election and Referendum Commission (TsKVPR).",
        # BBC News (business, 2004-05): the noun "points" before "to", no citation
        "The better than expected jobs data had an immediate upward effect on stocks in New "
        "York, with the main Dow Jones index gaining 45.4 points to 10,360 by late morning "
        "trading.",
        # BBC News (business, 2004-05): figures point to a trend; nobody cites anything
        "Although the figures point to a slowdown in the market, the most recent surveys from "
        "Nationwide and Halifax have indicated the market may be undergoing a revival.",
        # BBC News (technology, 2004-05): "cite ... for" a charge in a lawsuit
        "The suits, brought on behalf of the major record companies, cite the individuals for "
        "illegally distributing music via unauthorized peer-to-peer services such as KaZaa and "
        "eDonkey.",
        # PolNeAR train (Washington Post, 2015): after "by", the citer is the subject of the
        # verb before, which the sentence split from "according to" had named wrongly
        "(the actual number is closer to 15 percent, according to Factcheck.org). He defended "
        "his position of not allowing Muslims to enter the United States by citing a poll "
        "conducted by the Center for Security Policy.",
    ],
    ids=["source", "name", "points-noun", "figures", "lawsuit", "by-citing"],
)
def test_no_citation(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":citation")] == []


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Western Journal, 2016): what a court rules is its claim
            "The judge ruled that 17-year-olds who will turn 18 prior to the November "
            "presidential election are eligible to vote in the state’s primary on Tuesday.",
            "indirect:said-that",
            "17-year-olds who will turn 18 prior to the November presidential election are "
            "eligible to vote in the state’s primary on Tuesday",
            "judge",
        ),
        (
            # BBC News (business, 2004-05): "ruled that", then a second verb of the court's
            "A court ruled that Chongqing Lifan Industry Group must stop selling Honda brand "
            "motorbikes.",
            "indirect:said-that",
            "Chongqing Lifan Industry Group must stop selling Honda brand motorbikes",
            "court",
        ),
        (
            # PolNeAR train (Washington Post, 2016): a quality called into question, without
            # the subject's next act
            "In a December interview with the Associated Press, Trump questioned Israel's "
            "commitment to peace and refused to back an undivided Jerusalem as the capital of "
            "Israel, a red line for many GOP Israel supporters.",
            "indirect:challenge",
            "Israel's commitment to peace",
            "Trump",
        ),
        (
            # ECB+ (Turkmenistan election report): "question the validity of"
            "The authorities say the vote is an important democratic step, but critics question "
            "the validity of the process.",
            "indirect:challenge",
            "the validity of the process",
            "critics",
        ),
    ],
    ids=["ruled-that", "court-ruled", "questioned-commitment", "question-validity"],
)
def test_ruling_and_challenge(text: str, rule: str, content: str, speaker: str) -> None:
    assert_act(text, rule, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (business, 2004-05): "ruled out" reports what will not be done
        "The government has ruled out raising the state pension age, because it says it would "
        "penalise lower-skilled workers who generally have lower life expectancies.",
        # BBC News (sport, 2004-05): whose integrity, the sentence leaves to the reader
        "Referees chief Keith Hackett believes Mourinho should retract his comments about "
        "Ferguson and Barry as he believes the Blues boss has questioned their integrity.",
        # constructed guards: an interrogation, and the noun "rules" before "that"
        "Police questioned the suspect for six hours.",
        "The rules that govern the game are strict.",
    ],
    ids=["ruled-out", "their-integrity", "interrogation", "rules-noun"],
)
def test_no_ruling_or_challenge(text: str) -> None:
    kept = [c for c in claims_of(text) if c.cue is not None]
    assert [c.text for c in kept if c.cue.text.lower().startswith(("rule", "question"))] == []


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016): the accused named with an apposition
            "Kicking off the day at a town hall meeting in Salem, Trump accused Cruz, the "
            'senator from Texas and winner of the Iowa caucuses, of being "politically '
            'correct" and "very queasy" on the issue of interrogation of terrorism suspects.',
            "mixed:accusation",
            'Cruz, the senator from Texas and winner of the Iowa caucuses, of being "politically '
            'correct" and "very queasy" on the issue of interrogation of terrorism suspects',
            "Trump",
        ),
        (
            # BBC News (politics, 2004-05): two accused, joined by "and"
            "Dr Fox accused Mr Blair and other Cabinet ministers of telling lies about Tory "
            "policies and then attacking the lies.",
            "indirect:accusation",
            "Mr Blair and other Cabinet ministers of telling lies about Tory policies and then "
            "attacking the lies",
            "Fox",
        ),
    ],
    ids=["apposition", "two-accused"],
)
def test_accused_several(text: str, rule: str, content: str, speaker: str) -> None:
    assert_act(text, rule, content, speaker)


def test_portrayed_as_bare_plural() -> None:
    # PolNeAR train (HuffPost, 2016): "as" before a plural noun with no determiner
    text = "He portrayed undocumented immigrants as criminals with victims."
    claim = only_claim(text, "indirect:characterisation")
    assert claim.text == "undocumented immigrants as criminals with victims"


def test_characterisation_stops_at_the_next_act() -> None:
    # PolNeAR train (Politico, 2015): "painting X as Y and suggesting that ...": two acts
    text = (
        "In the days following last Friday's deadly attacks in Paris, Donald Trump has sought "
        "to bolster his credibility as a tough enforcer, painting others as weak and suggesting "
        "that he would do whatever it took to stop a similar attack."
    )
    assert only_claim(text, "indirect:characterisation").text == "others as weak"
    suggested = only_claim(text, "indirect:participle-said-that")
    assert suggested.text == "he would do whatever it took to stop a similar attack"


def test_just_that_is_an_object() -> None:
    # PolNeAR train (New York Times, 2016): "proposed just that": no clause after "that"
    text = "In fact, Senator Sanders proposed just that in 2013."
    assert [c.text for c in claims_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016): "warned against ..."
            "In her New Year speech, Merkel, who has adopted one of the most open policies in "
            "Europe toward asylum seekers fleeing war in the Middle East, warned against the "
            "forces of hate once again brewing in Germany.",
            "the forces of hate once again brewing in Germany",
            "Merkel",
        ),
        (
            # BBC News (business, 2004-05): "warned of ..." in a company's results
            "Strong sales outside western Europe helped Renault boost its profits by more than "
            "40% in 2004 although the firm warned of lower margins this year.",
            "lower margins this year",
            "Renault",  # "the firm": the one company named before it
        ),
    ],
    ids=["warned-against", "warned-of"],
)
def test_warning(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:warning", content, speaker)


def test_warning_of_a_relative_clause_is_no_claim() -> None:
    # PolNeAR train (HuffPost, 2016): "about" is stranded; what follows is where, not what
    text = (
        "As it happens, this was exactly the sort of demographic change the party warned "
        "about in its 2013 report."
    )
    assert [c.text for c in claims_of(text) if c.rule.endswith(":warning")] == []


def test_participle_after_a_warning_keeps_its_speaker() -> None:
    # PolNeAR train (Politico, 2015): "warning" is a verb here, so "pledging" is Trump's too
    text = (
        '"The tragic attacks in Paris proves once again that America needs to get tough on '
        'radical Islamic terrorism," Trump says in the spot titled "Dangerous," warning against '
        'allowing in the refugees coming from Syria, pledging to "quickly and decisively bomb '
        'the hell out of ISIS."'
    )
    pledge = only_claim(text, "direct:participle-partial")
    assert pledge.text == "quickly and decisively bomb the hell out of ISIS."
    assert pledge.speaker is not None and pledge.speaker.name == "Trump"


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Politico, 2016): the complaint ends where "but" adds another act
            "Biden complained about the dour tone of the Democratic presidential primary but "
            "defended Bernie Sanders as a mainstream candidate.",
            "indirect:complaint",
            "the dour tone of the Democratic presidential primary",
            "Biden",
        ),
        (
            # PolNeAR train (New York Times, 2015): "boasted of ..."
            "On Oct. 23, during a presidential campaign appearance at the resort, now called "
            "Trump National Doral, the candidate boasted of his negotiating skills in whittling "
            "$25 million off the asking price of the property.",
            "indirect:boast",
            "his negotiating skills in whittling $25 million off the asking price of the property",
            "candidate",
        ),
    ],
    ids=["complained-about", "boasted-of"],
)
def test_complaint_and_boast(text: str, rule: str, content: str, speaker: str) -> None:
    assert_act(text, rule, content, speaker)


def test_act_inside_a_later_source_keeps_both() -> None:
    # BBC News (business, 2004-05): the complaint, and the figures that report it
    text = (
        "Almost a quarter of a million US consumers complained of being targeted for identity "
        "theft in 2004, official figures suggest."
    )
    complaint = only_claim(text, "indirect:complaint")
    assert complaint.text == "being targeted for identity theft in 2004"
    source = only_claim(text, "indirect:speaker-after")
    assert source.text.startswith("Almost a quarter of a million US consumers complained")
    assert source.speaker is not None and source.speaker.name == "official figures"


def test_act_in_a_fronted_clause_ends_with_it() -> None:
    # ECB+ (Sun Journal, on the death of Vincent Gigante): "when he complained of ..., his ..."
    text = (
        "Recently when he complained of breathing difficulties, his family obtained a court "
        "order to have him treated at a hospital outside the prison until about two weeks ago, "
        "Marinaccio said in a telephone interview."
    )
    assert only_claim(text, "indirect:complaint").text == "breathing difficulties"


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (HuffPost, 2016): "apologized for ...", then what was said
            "Bradley apologized for the columns after they came out, saying they were old and "
            "have “nothing to do with who I am as a person or a jurist, and they have nothing to "
            "do with the issues facing the voters of this state.”",
            "indirect:apology",
            "the columns after they came out",
            "Bradley",
        ),
        (
            # PolNeAR train (Politico, 2015): "joked about ..." ends before the next act
            "Donald Trump joked about Jewish stereotypes, declined to affirm his support for a "
            "united Jerusalem, and told his audience they wouldn’t back him because he did not "
            "want their money.",
            "indirect:joke",
            "Jewish stereotypes",
            "Trump",
        ),
    ],
    ids=["apologized-for", "joked-about"],
)
def test_apology_and_joke(text: str, rule: str, content: str, speaker: str) -> None:
    assert_act(text, rule, content, speaker)


def test_jokes_made_is_a_noun() -> None:
    # PolNeAR train (New York Times, 2016): "make jokes about": "make" is no speaker's name
    text = (
        "Now his friends make jokes about sending election observers to American this November "
        "''to ensure a free and fair vote.''"
    )
    assert [c.text for c in claims_of(text) if c.rule.endswith(":joke")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Western Journal, 2015): ", comparing X to Y" on the subject's act
            "Donald Trump unleashed a harsh attack on Ben Carson last night, comparing Carson to "
            "a child molester.",
            "Carson to a child molester",
            "Trump",
        ),
        (
            # BBC News (politics, 2004-05): "compared X to Y"
            "During his response to Gordon Brown's Budget statement on Tuesday, Michael Howard "
            "compared the chancellor's figures to the prime minister's claims about Iraq's "
            "weapons of mass destruction.",
            "the chancellor's figures to the prime minister's claims about Iraq's weapons of mass "
            "destruction",
            "Howard",
        ),
    ],
    ids=["comparing", "compared"],
)
def test_comparison(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:comparison", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # constructed guards from the shape of BBC business reports: a figure compared
        "Sales rose 5%, compared with 2003.",
        "Profits were £5m compared to £3m a year earlier.",
    ],
    ids=["compared-with", "compared-to"],
)
def test_no_comparison(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":comparison")] == []


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2016): a quoted word in what is dismissed as what
            "Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd.”",
            "mixed:characterisation",
            "the whole kerfuffle as “absurd.”",
            "Manafort",
        ),
        (
            # BBC News (politics, 2004-05): the same with straight quotation marks
            'The Treasury dismissed the research as "complete rubbish".',
            "mixed:characterisation",
            'the research as "complete rubbish"',
            "Treasury",
        ),
        (
            # PolNeAR train (Breitbart, 2016): ", questioning X's judgment" on the subject's act
            "Sanders is pushing back, questioning Clinton’s judgment in supporting the war in "
            "Iraq and accepting support from super PACs.",
            "indirect:challenge",
            "Clinton’s judgment in supporting the war in Iraq and accepting support from super "
            "PACs",
            "Sanders",
        ),
    ],
    ids=["dismissed-as-quoted", "dismissed-as-straight-quotes", "questioning"],
)
def test_quoted_characterisation_and_participle_challenge(
    text: str, rule: str, content: str, speaker: str
) -> None:
    assert_act(text, rule, content, speaker)
