"""Golden tests for beliefs and intentions attributed to a named source (`indirect:belief`).

Passages are single sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl),
each naming the behaviour it pins. A fact-checker tracks "Economists believe X" like a
statement; the writer's own view, a passive, or a believer nobody can name is not extracted.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract import extract_article


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016): a bare clause after "think", an adverb before
        (
            "Privately, some Democratic officials think Wasserman Schultz is at risk of losing "
            "her Aug. 30 primary to Canova.",
            "Wasserman Schultz is at risk of losing her Aug. 30 primary to Canova",
            "some Democratic officials",
        ),
        # PolNeAR train (USA Today, 2016): "hopes" with a clause, role before the name
        (
            "New Jersey Gov. Chris Christie hopes his latest celebrity endorsement before the "
            "New Hampshire primary will give him the boost needed for a strong performance Tuesday.",
            "his latest celebrity endorsement before the New Hampshire primary will give him the "
            "boost needed for a strong performance Tuesday",
            "Chris Christie",
        ),
        # PolNeAR train (USA Today, 2016): "wants" with a to-infinitive
        (
            "Rubio wants to emerge as the go-to candidate for mainstream Republicans.",
            "to emerge as the go-to candidate for mainstream Republicans",
            "Rubio",
        ),
        # PolNeAR train (Politico, 2016): "hopes that" after a comma-set adverb
        (
            "Party leaders hope that as his path to the nomination continues to narrow, Sanders "
            "will tone down his attacks against Clinton.",
            "as his path to the nomination continues to narrow, Sanders will tone down his "
            "attacks against Clinton",
            "Party leaders",
        ),
    ],
    ids=["think-bare-clause", "hopes-clause", "wants-to-infinitive", "hope-that"],
)
def test_belief_of_a_named_source_is_a_claim(text: str, content: str, speaker: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    claim = claims[0]
    assert (claim.text.rstrip("."), claim.kind, claim.rule) == (
        content,
        "indirect",
        "indirect:belief",
    )
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.confidence < 0.6  # a stance reported by the writer, less sure than speech


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Breitbart, 2016): the writer's own knowledge, not an attribution
        "For those of you not yet on the Trump Train, I know you don't want to vote for Hillary.",
        # PolNeAR train (USA Today, 2016): a wish for a thing, no claim to check
        "They want safe streets.",
        # PolNeAR train (Politico, 2016): a modal, no stance is reported
        "Donald Trump may want to check his stats.",
        # PolNeAR train (Politico, 2016): the believer sits in a comparative clause
        "The biggest prize in labor endorsements won't be doled out next week as many people "
        "expected.",
        # PolNeAR train (Washington Post, 2016): a passive has no believer in view
        "Trump is expected to win the primary in New York by a wide margin.",
    ],
    ids=["writer-knows", "want-a-thing", "modal", "comparative", "passive"],
)
def test_no_belief_without_a_believer_in_view(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016): the progressive states the belief
        (
            "The campaign is expecting to air a new ad, which paints rival Hillary Clinton as a "
            "job-killer, as soon as Monday in nine states.",
            "to air a new ad, which paints rival Hillary Clinton as a job-killer, as soon as "
            "Monday in nine states",
            "campaign",
        ),
        # PolNeAR train (Wash. Post, 2016): a participle after the main clause; the believer is
        # its subject
        (
            "Establishment Republicans and their big-money allies are rushing to build a "
            "multistate defense system to protect Senate and House candidates, fearing that the "
            "party could lose its hold on Congress if Donald Trump is at the top of the ticket in "
            "November.",
            "the party could lose its hold on Congress if Donald Trump is at the top of the "
            "ticket in November",
            "Establishment Republicans",
        ),
        # PolNeAR train (Breitbart, 2016): the to-infinitive, not the relative clause after "that"
        (
            "Instead, the Vermont senator is sticking to his campaign message, hoping to avoid any "
            "misstep that could undermine his sizeable New Hampshire lead just a day before voters "
            "head to the polls.",
            "to avoid any misstep that could undermine his sizeable New Hampshire lead just a day "
            "before voters head to the polls",
            "the Vermont senator",
        ),
    ],
    ids=["progressive", "participle-that", "participle-to"],
)
def test_belief_in_the_progressive_or_a_participle(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): an appositive between the believer and the verb
        (
            "Bobby Franklin, the president of the National Venture Capital Association, thinks "
            "Mr. Trump will pick up support among tech people as he moderates his views.",
            "Mr. Trump will pick up support among tech people as he moderates his views",
            "Bobby Franklin",
        ),
        # PolNeAR train (Breitbart, 2016): an adverb set off by commas
        (
            "Sanders, meanwhile, hopes that winning a large share of the state’s 475 delegates "
            "will give him momentum heading into the party’s Philadelphia convention in July.",
            "winning a large share of the state’s 475 delegates will give him momentum heading "
            "into the party’s Philadelphia convention in July",
            "Sanders",
        ),
        # PolNeAR train (USA Today, 2016): a relative clause; "hopes" after a comma is the verb
        (
            "Now Jeb Bush, who has been more successful raising money than attracting votes this "
            "year, hopes his campaign could score a turnaround there.",
            "his campaign could score a turnaround there",
            "Jeb Bush",
        ),
    ],
    ids=["appositive", "adverb-aside", "relative-aside"],
)
def test_belief_of_a_name_with_an_aside_before_the_verb(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Wash. Post, 2016): "hopes that" after a determined singular noun
        (
            "Now the government hopes that its diplomats can make a more forceful argument "
            "about the benefits that Mexico provides to the United States.",
            "its diplomats can make a more forceful argument about the benefits that Mexico "
            "provides to the United States",
            "government",
        ),
        # PolNeAR train (USA Today, 2016): "wants to" after a name used as a modifier
        (
            "The Sanders campaign wants to address concerns about the use of joint fundraising "
            "committees.",
            "to address concerns about the use of joint fundraising committees",
            "Sanders campaign",
        ),
    ],
    ids=["government-hopes-that", "campaign-wants-to"],
)
def test_belief_form_after_a_determined_noun_is_the_verb(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_belief_noun_after_a_possessive_is_no_belief() -> None:
    # the party's hopes: a noun phrase, the subject of "were dashed"
    text = "The party's hopes that the economy would recover were dashed by the report."
    assert [c for c in claims_of(text) if c.rule == "indirect:belief"] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Wash. Post, 2016): "why" opens the clause the belief stands in
        (
            "That's why Rubio's team thinks the survival strategy eventually can be a winning "
            "strategy.",
            "the survival strategy eventually can be a winning strategy",
            "Rubio's team",
        ),
        # PolNeAR train (Wash. Post, 2016): a complementiser "that" before the believer
        (
            "Part of it is that Republicans think the Fed's zero-interest rates and bond-buying "
            "have just enabled Obama's big government.",
            "the Fed's zero-interest rates and bond-buying have just enabled Obama's big "
            "government",
            "Republicans",
        ),
    ],
    ids=["why", "complement-that"],
)
def test_belief_inside_a_subordinate_clause(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Wash. Post, 2016): a condition, not a belief held
        "Trump is not without recourse if he thinks that Curiel has engaged in misconduct.",
    ],
    ids=["conditional"],
)
def test_no_belief_in_a_relative_or_a_condition(text: str) -> None:
    # ("a show of muscle that Clinton hopes can help block ...": the relative's predicate is
    # held, tests/test_extract_minds.py)
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


def test_believer_after_its_content() -> None:
    # PolNeAR train (Politico, 2016): the believer follows the content, a dash after it
    text = (
        "Such a move could alienate his backers, Clinton allies believe — backers she will need "
        "come November."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text == "Such a move could alienate his backers"
    assert claim.speaker is not None and claim.speaker.name == "Clinton allies"


def test_believer_inside_its_content_is_left_out_of_the_pieces() -> None:
    # BBC tech/337: "X, Mr Weiner believes, Y": one claim in two pieces, as for speech
    text = (
        "It has achieved this dominance, Mr Weiner believes, by a canny combination of "
        "acquisitions such as that of Inktomi and Overture."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    pieces = [text[s:e] for s, e in claim.segments]
    assert pieces == [
        "It has achieved this dominance",
        "by a canny combination of acquisitions such as that of Inktomi and Overture",
    ]
    assert claim.speaker is not None and claim.speaker.name == "Weiner"


def test_pronoun_believer_inside_the_content_is_not_guessed() -> None:
    # BBC tech/030: "they" are the critics of the sentence before, whom no claim names
    text = (
        "Critics are concerned that the directive could lead to a similar model happening in "
        "Europe. This, they fear, could hurt small software developers because they do not have "
        "the legal and financial might of larger companies."
    )
    # (the critics' concern in the first sentence is theirs, named: a claim of its own)
    fears = [
        c
        for c in claims_of(text)
        if c.rule == "indirect:belief" and c.cue is not None and "fear" in c.cue.text
    ]
    assert fears == []


@pytest.mark.parametrize(
    "text",
    [
        # BBC politics/187: the progressive sits in a relative clause about the subject
        "Shares in British casino operators London Clubs International, Rank Group and Stanley "
        "Leisure, who had been hoping the bill would pave the way for a big expansion in smaller "
        "casinos, fell by between 10 and 25% following the announcement.",
        # PolNeAR train (NYT, 2015): a participle modifying a noun, no comma
        "The surprisingly robust United States jobs report cheered Democrats hoping to retain "
        "the White House and capture the Senate next year.",
        # PolNeAR train (Huff. Post, 2016): a quantifier is nobody to check a belief with
        "Each faction projected its own worldview onto Obama, believing he would pursue their "
        "own particular vision of the future.",
    ],
    ids=["relative-progressive", "noun-modifier", "quantifier"],
)
def test_no_belief_in_a_participle_without_a_believer(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


def test_belief_of_a_pronoun_is_kept_with_the_sentence_subject_before_it() -> None:
    # BBC politics/340: "He" opens the sentence after the one Charles Kennedy opens
    text = (
        "Charles Kennedy is pledging a maternity income guarantee and a pension system based "
        "on years of residence rather than national insurance payments. He also thinks women "
        "will back plans to end university tuition fees and for free long-term care for the "
        "elderly."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.mention) == ("Charles Kennedy", "He")
    assert claim.text.startswith("women will back plans")


@pytest.mark.parametrize(
    "text",
    [
        # BBC sport/057: a negated wish is no wish
        "Holmes will not want to needlessly suffer the indignity of being beaten.",
        # BBC: "also" between the passive's parts
        "Prime Minister Tony Blair is also expected to announce new measures to strengthen "
        "the use of Asbos and fixed penalty notices.",
    ],
    ids=["negated", "passive-with-adverb"],
)
def test_no_belief_when_negated_or_passive(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


def test_belief_of_a_pronoun_with_a_woman_named_between_is_the_mans() -> None:
    # PolNeAR train (Wash. Post, 2016): Hillary Clinton is named between Teske and "he"; a
    # woman's first name against a man's, the belief is Teske's, at lower confidence (never
    # Clinton's)
    text = (
        "Marvin Teske, 53, a security guard at a Reno casino, is backing Hillary Clinton "
        "because he worries Sanders would have trouble winning in the fall."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text == "Sanders would have trouble winning in the fall"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.mention) == ("Marvin Teske", "he")
    assert claim.confidence < 0.5


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (USA Today, 2016): nobody named before "They"
        (
            "They think the progress on climate change is real, and likely to beget more.",
            "the progress on climate change is real, and likely to beget more",
        ),
        # BBC tech: the speaker of the quotation before is not named either
        (
            '"It was just not very interesting," he said. He believes the rush to enter the '
            "desktop business is just a way of keeping up with rivals.",
            "the rush to enter the desktop business is just a way of keeping up with rivals",
        ),
    ],
    ids=["they", "he-after-unnamed-speaker"],
)
def test_belief_with_an_unresolvable_pronoun_has_an_unknown_believer(
    text: str, content: str
) -> None:
    # a person the article talks about holds the belief: the claim stands as said words do
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        # BBC tech: "they want" is a relative clause on "the blogs", with no "that"
        "Bloglines has become popular because it lets users build a list of the blogs they want "
        "to follow without having to visit each journal site individually.",
        # BBC tech: the content lacks its object
        "Ringtone firms gave people several ringtones per week instead of the single track they "
        "thought they were getting.",
    ],
    ids=["want-to", "thought-object-gap"],
)
def test_no_belief_in_a_relative_clause_without_that(text: str) -> None:
    # the content lacks its object; a missing subject is the noun's predicate, which is held
    # (tests/test_extract_minds.py: "the toxins she thought were plaguing her")
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Reuters, 2016): a poll shows a finding
        (
            "The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 "
            "percent of Republican voters.",
            "Trump leading the field with support of 31 percent of Republican voters",
            "latest Reuters/Ipsos poll",
        ),
        # PolNeAR train (Breitbart, 2016): records with a modifier before the verb
        (
            "FEC records from the 2008 presidential election cycle show he backed both Sen. "
            "John McCain and Rudy Giuliani.",
            "he backed both Sen. John McCain and Rudy Giuliani",
            "FEC records from the 2008 presidential election cycle",
        ),
        # PolNeAR train (AP, 2016): the finding first, the documents after it
        (
            "More than 40 percent of that money arrived in February alone, new fundraising "
            "reports show.",
            "More than 40 percent of that money arrived in February alone",
            "new fundraising reports",
        ),
        # PolNeAR train (AP, 2016): "found that"
        (
            "Exit polls taken in South Carolina found that about three-quarters of Republican "
            "voters support a temporary ban.",
            "about three-quarters of Republican voters support a temporary ban",
            "Exit polls taken in South Carolina",
        ),
    ],
    ids=["poll-showed", "records-show", "reports-show-after", "polls-found-that"],
)
def test_finding_of_a_document_is_attributed_to_it(text: str, content: str, speaker: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    claim = claims[0]
    assert (claim.text.rstrip("."), claim.rule) == (content, "indirect:evidence")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "media")


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Politico, 2016): a person finds, no document
        "He found the report on his desk when he came back from lunch.",
        # PolNeAR train (NYT, 2016): a passive
        "The report was found to be flawed by several reviewers at the agency.",
    ],
    ids=["person-found", "passive"],
)
def test_no_finding_without_a_document_as_subject(text: str) -> None:
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): an aside between the poll and its verb
        (
            "The poll, released on Wednesday night by the Public Policy Institute of "
            "California, showed Mrs. Clinton leading Mr. Sanders among likely voters, 46 percent "
            "to 44 percent.",
            "Mrs. Clinton leading Mr. Sanders among likely voters, 46 percent to 44 percent",
            "poll",
        ),
        # PolNeAR train (NYT, 2016): the perfect, the finding first
        (
            "Hillary Clinton and Bernie Sanders are locked in a tight race in California, the "
            "nation's most populous state, a new statewide poll has found.",
            "Hillary Clinton and Bernie Sanders are locked in a tight race in California, the "
            "nation's most populous state",
            "a new statewide poll",
        ),
        # PolNeAR train (USA Today, 2016): a bare plural after "as"
        (
            "Clinton's campaign has responded to Sanders more aggressively as polls show Sanders "
            "surging in Iowa before the caucuses Feb. 1.",
            "Sanders surging in Iowa before the caucuses Feb. 1",
            "polls",
        ),
        # PolNeAR train (USA Today, 2016): the document is the noun before "of polls"
        (
            "The RealClearPolitics rolling average of polls shows Clinton's figure has improved "
            "to the low 40s since the end of the Democratic convention.",
            "Clinton's figure has improved to the low 40s since the end of the Democratic "
            "convention",
            "RealClearPolitics rolling average of polls",
        ),
        # PolNeAR train (Huff. Post, 2016): polling and recordings report findings too
        (
            "Exit polling showed that Clinton won every demographic tracked except voters "
            "under 30.",
            "Clinton won every demographic tracked except voters under 30",
            "Exit polling",
        ),
        (
            "A video of the episode shows her clutching her cellphone and pinballing among "
            "outstretched, shoving hands.",
            "her clutching her cellphone and pinballing among outstretched, shoving hands",
            "A video of the episode",
        ),
        # PolNeAR train (USA Today, 2016): a paper's name with a function word in it
        (
            "A USA TODAY/Suffolk University poll found that in a hypothetical race with Donald "
            "Trump as the Republican nominee and Bernie Sanders leading the Democratic ticket,  "
            "Trump was chosen by 37% of likely voters, Sanders by 30% and Bloomberg by 16%.",
            "in a hypothetical race with Donald Trump as the Republican nominee and Bernie Sanders "
            "leading the Democratic ticket,  Trump was chosen by 37% of likely voters, Sanders by "
            "30% and Bloomberg by 16%",
            "A USA TODAY/Suffolk University poll",
        ),
        # PolNeAR train (Wash. Post, 2016): modifiers between "of" and the document noun
        (
            "This year, an average of recent Post-ABC polls shows Hillary Clinton leading Trump "
            "by 70 percent to 25 percent among Hispanic voters - similar to Obama's margin over "
            "Romney.",
            "Hillary Clinton leading Trump by 70 percent to 25 percent among Hispanic voters - "
            "similar to Obama's margin over Romney",
            "an average of recent Post-ABC polls",
        ),
    ],
    ids=[
        "aside",
        "perfect-after",
        "as-polls-show",
        "average-of-polls",
        "polling",
        "video",
        "name-with-today",
        "average-of-modified-polls",
    ],  # fmt: skip
)
def test_finding_in_more_shapes_is_attributed_to_its_document(
    text: str, content: str, speaker: str
) -> None:
    claims = claims_of(text)
    assert len(claims) == 1, [(c.text, c.rule) for c in claims]
    claim = claims[0]
    assert (claim.text.rstrip("."), claim.rule) == (content, "indirect:evidence")
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "media")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Huff. Post, 2016): an agency finds, stated as a "that" clause
        (
            "After an investigation, the Department of Justice found that the city’s police "
            "force was fleecing its residents in order to raise revenue.",
            "the city’s police force was fleecing its residents in order to raise revenue",
            "Department of Justice",
        ),
        # PolNeAR train (Huff. Post, 2016): researchers named in an aside, a year before "that"
        (
            "Two military analysts, Patrick Megahan and Chris Harman, found in 2014 that the "
            "Israeli Air Force is “the best in the world“ and Israeli ground forces are “the best "
            "in the Middle East.”",
            "the Israeli Air Force is “the best in the world“ and Israeli ground forces are “the "
            "best in the Middle East.”",
            "Two military analysts",
        ),
    ],
    ids=["agency-found-that", "analysts-found-in-year-that"],
)
def test_what_a_named_source_found_that_is_its_finding(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":evidence")]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_finding_that_of_the_reader_is_no_claim() -> None:
    # ECB+ 43_7: "you" find that, no source
    text = "They were kindred spirits and when you find that, you can move very quickly."
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


def test_document_set_off_by_commas_reports_what_comes_before_it() -> None:
    # ECB+ 19_5: ", the video shows, while ...": the finding is the clause before the document
    text = (
        "Kimani also swiped a beaded necklace from the Crip and then stomped on it, the video "
        "shows, while his friends in the background identified themselves as Bloods."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:evidence"]
    assert claim.text == "Kimani also swiped a beaded necklace from the Crip and then stomped on it"


def test_document_inside_its_finding_is_left_out_of_the_pieces() -> None:
    # PolNeAR train (USA Today, 2016): "X, the survey shows, is Y": one finding in two pieces
    text = (
        "What is less certain, the  survey shows, is whether they'll bother to vote in 2016, even "
        "in an election in which they identify an agenda they call crucial."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:evidence"]
    assert [text[s:e] for s, e in claim.segments] == [
        "What is less certain",
        "is whether they'll bother to vote in 2016, even in an election in which they identify "
        "an agenda they call crucial",
    ]
    assert claim.speaker is not None and claim.speaker.name == "survey"


def test_poll_numbers_are_the_poll_s_finding() -> None:
    # ECB+ 19_6: "numbers" after the document noun is part of its name
    text = "The latest poll numbers show a 20 percent approval rating."
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:evidence"]
    assert claim.speaker is not None and claim.speaker.name == "latest poll numbers"


def test_perfect_of_find_without_a_document_is_no_finding() -> None:
    # PolNeAR train (Huff. Post, 2016): people find a voice, no document reports anything
    text = (
        "And as mass shootings have gotten deadlier and closer together, Democrats — buoyed by "
        "interest and big spending from anti-gun billionaires such as Michael Bloomberg — have "
        "found their voice on gun control again."
    )
    assert [c for c in claims_of(text) if c.rule.endswith(":evidence")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2016): one quoted word characterises the object
        (
            "On Twitter, Former Florida Gov. Jeb Bush called Trump “unhinged.”",
            "Trump “unhinged.”",
            "Jeb Bush",
        ),
        # PolNeAR train (AP, 2016): "described ... as"
        (
            "Bush described his leadership skills as a “work in progress.”",
            "his leadership skills as a “work in progress.”",
            "Bush",
        ),
        # PolNeAR train (NYT, 2016): an honorific's full stop inside the thing characterised
        (
            "Meg Whitman, a former candidate for governor in California who now runs Hewlett "
            "Packard Enterprise, labeled Mr. Trump ''unfit to be president.''",
            "Mr. Trump ''unfit to be president.''",
            "Meg Whitman",
        ),
    ],
    ids=["called", "described-as", "honorific-in-object"],
)
def test_characterisation_in_quoted_words(text: str, content: str, speaker: str) -> None:
    (claim,) = claims_of(text)
    assert (claim.text, claim.kind, claim.rule) == (content, "mixed", "mixed:characterisation")
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Huff. Post, 2016): "what X called "..."": the relative is characterised
        (
            "Nixon’s use of the “Southern Strategy” led to what aide Kevin Phillips called “the "
            "beginning of a new Republican era” in his 1969 book.",
            "the beginning of a new Republican era",
            "Kevin Phillips",
        ),
        # PolNeAR train (NYT, 2016): "which X called"
        (
            "Bloomberg pegged him at $2.9 billion, which Mr. Trump called ''a disgrace,'' blaming "
            "Michael R. Bloomberg.",
            "a disgrace",
            "Trump",
        ),
        # PolNeAR train (USA Today, 2015): "one which X calls", role and name before the verb
        (
            "Containment is intimately connected to the Republican franchise in national "
            'security, one which Western New England University historian John Baick calls "a '
            'foundation of our political culture."',
            "a foundation of our political culture",
            "John Baick",
        ),
    ],
    ids=["what-called", "which-called", "one-which-calls"],
)
def test_characterisation_of_a_relative_is_the_quoted_words(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
    assert (claim.text, claim.rule) == (content, "direct:characterisation")
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_speaker_of_a_relative_characterisation_is_no_antecedent_for_a_later_pronoun() -> None:
    # ECB+ 36_3: "his church" characterises inside a relative clause; the "they" of a later
    # sentence is the prosecutors, whom no claim names, so it stays unknown
    text = (
        "A Texas jury convicted polygamist sect leader Warren Jeffs of child sexual assault "
        "Thursday in a case stemming from two young followers he took as brides in what his "
        'church calls "spiritual marriages." The 55-year-old head of the Fundamentalist Church '
        "of Jesus Christ of Latter Day Saints stood stone-faced as the verdict was read. Jeffs, "
        "who acted as his own attorney, faces up to life in prison. The jury went immediately "
        "into sentencing proceedings. They had deliberated on a verdict for more than three "
        "hours. Prosecutors used DNA evidence to show Jeffs fathered a child with a 15-year-old "
        "girl and played an audio recording of what they said was him sexually assaulting a "
        "12-year-old girl."
    )
    claims = claims_of(text)
    (characterised,) = [c for c in claims if c.rule == "direct:characterisation"]
    assert characterised.text == "spiritual marriages"
    assert characterised.speaker is not None and characterised.speaker.name == "his church"
    later = [c for c in claims if c.text.endswith("12-year-old girl")]
    assert later and all(c.speaker is None or c.speaker.name != "his church" for c in later)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Breitbart, 2015): "with NAME calling ...": the name after "with" does
        (
            "Democratic candidates went further, with former Maryland Gov. Martin O’Malley "
            "calling Trump a fascist.",
            "Trump a fascist",
            "Martin O’Malley",
        ),
        # BBC entertainment/074: an organisation after "with"
        (
            "However, US critics were less complimentary about the $110m (£57.2m) project, with "
            'the Los Angeles Times labelling it a "dispiriting vanity project".',
            'it a "dispiriting vanity project"',
            "Los Angeles Times",
        ),
        # PolNeAR train (Breitbart, 2016): an opener before the main clause the participle hangs on
        (
            "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, "
            "calling him “a total stiff.”",
            "him “a total stiff.”",
            "Trump",
        ),
        # PolNeAR train (USA Today, 2015): a document the subject put out, then the participle;
        # an extraposed "that" clause goes with "it"
        (
            'After the Paris attacks, Trump released a new radio ad calling it "dangerous" that '
            'Obama "has no strategy to defeat ISIS."',
            'it "dangerous" that Obama "has no strategy to defeat ISIS."',
            "Trump",
        ),
        # PolNeAR train (Breitbart, 2016): "issued a statement describing ... as"
        (
            "Trump and Ryan issued a statement describing their meeting as a “very positive step "
            "toward unification”.",
            "their meeting as a “very positive step toward unification”",
            "Trump and Ryan",
        ),
    ],
    ids=[
        "with-name-calling",
        "with-organisation-labelling",
        "opener-then-participle",
        "ad-calling-it-that",
        "statement-describing",
    ],  # fmt: skip
)
def test_characterisation_in_a_participle(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_characterisation_of_a_pronoun_is_kept_with_the_sentence_subject_before_it() -> None:
    # PolNeAR train (Breitbart, 2016): "She" opens the sentence after the one Clinton
    # opens, and the paragraph before names her in full; resolved as a pronoun believer is
    text = (
        "Democratic presidential contender Hillary Clinton is offering her positive reviews of "
        "the president’s actions on gun regulation in a tweet.\n\n"
        "Clinton tweeted her thanks to the president. She called his executive actions “a "
        "crucial step forward on gun violence.”"
    )
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.mention) == ("Hillary Clinton", "She")
    assert claim.text.startswith("his executive actions")


def test_characterisation_by_an_unresolved_pronoun_is_kept_with_an_unknown_speaker() -> None:
    # PolNeAR train (Breitbart, 2016): calling names is something said, so like "he said" it
    # is kept when nobody named may stand for "He"; the speaker is unknown, never "He"
    text = "He called anti-Trump protestors “illegals” and “thugs” without proof."
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":characterisation")]
    assert claim.text == "anti-Trump protestors “illegals” and “thugs” without proof"
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == ("unknown", "unknown")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Western Journalism, 2015): the document is the antecedent of "that"
        (
            "Not one, but two Republican candidates would defeat Democratic presidential "
            "front-runner Hillary Clinton, according to a new poll that shows more voters view "
            "Clinton unfavorably than support her.",
            "more voters view Clinton unfavorably than support her",
            "a new poll",
        ),
        # PolNeAR train (Washington Post, 2016): a named poll after a verb of the sentence
        (
            "Cruz pointed to the Wall Street Journal/NBC News poll that shows him beating Trump "
            "in a two-man race - although Trump leads the entire field.",
            "him beating Trump in a two-man race - although Trump leads the entire field",
            "Wall Street Journal/NBC News poll",
        ),
    ],
    ids=["according-to-a-poll-that", "pointed-to-the-poll-that"],
)
def test_finding_of_a_document_in_a_relative_clause(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":evidence")]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Washington Post, 2016): the relative is in the subject; the main verb
        # ("have") follows what the polls show
        "The polls that show Johnson at or above 10 percent have Clinton's lead growing if he "
        "is removed as a choice - but she has got a lead either way.",
        # PolNeAR train (Politico, 2016): no determiner before the noun, and a verb ("cited")
        # between it and the one before
        "By Wednesday afternoon, the White House cited initial analysis that showed "
        "inconsistencies with North Korea's claim that it had successfully tested a hydrogen "
        "weapon.",
    ],
    ids=["relative-in-the-subject", "phrase-across-a-verb"],
)
def test_no_finding_of_a_relative_document_phrase_that_runs_wrong(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":evidence")] == []


def test_finding_of_a_poll_out_on_a_day() -> None:
    # PolNeAR train (Politico, 2016): "out Monday" (published) between the poll and its verb
    text = (
        "A Monmouth poll out Monday showed Clinton with a healthy lead over Sanders in New York, "
        "earning 51 percent of the support of likely Democratic voters to Sanders’ 39 percent."
    )
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":evidence")]
    assert claim.speaker is not None and claim.speaker.name == "A Monmouth poll out Monday"
    assert claim.text.startswith("Clinton with a healthy lead over Sanders")


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ (Alaska headline): a passive participle with a preposition reports no stance
        "Arson suspected in fire that destroyed Alaska's Mat-Maid dairy in Palmer.",
        # (BBC sport, "had hoped for a vote of confidence": what the hope is for is the holder's,
        # as "hoped to" has it; see tests/test_extract_wants17.py)
        # PolNeAR train: "believes in" a thing
        "Ramos believes in journalism that “takes sides.”",
    ],
    ids=["suspected-in", "believes-in"],
)
def test_a_belief_verb_with_a_preposition_after_it_reports_no_claim(text: str) -> None:
    assert [c for c in extract_article(text).claims if c.rule.endswith("belief")] == []


def test_document_named_with_of_inside_its_name() -> None:
    # BBC News (bbc:business/153): "of" between two capitals is part of the name, so the
    # document is "Bank of England figures", not "England figures" (which named nobody)
    text = (
        "At the same time, the number of mortgage approvals fell in January to a near 10-year "
        "low, official Bank of England figures have shown."
    )
    (claim,) = [c for c in claims_of(text) if c.rule.endswith(":evidence")]
    assert claim.speaker is not None and claim.speaker.name == "Bank of England figures"
    assert claim.text.endswith("to a near 10-year low")


def test_a_nationality_alone_believes_nothing() -> None:
    # BBC entertainment: "hope" is a noun here, and "British" no believer
    text = (
        "But big British hope Kate Winslet walked away empty-handed on Saturday despite two "
        "nominations."
    )
    assert extract_article(text).claims == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business: a lower-case plural of people after "but", no speaker vocabulary
        (
            "During 2000 many motorists campaigned against the rises but environmentalists "
            "believe less duty means more pollution.",
            "less duty means more pollution",
            "environmentalists",
        ),
        # PolNeAR train (Politico, 2016): the group's head before "of"
        (
            "Supporters of the law hope this is just a transition period as insurers figure out "
            "the right types of policies for the exchanges.",
            "this is just a transition period as insurers figure out the right types of policies "
            "for the exchanges",
            "Supporters of the law",
        ),
        # PolNeAR train (Politico, 2016): a person and a group joined by "and"
        (
            "Then comes the delegate-packed April 19 New York primary — where Sanders and his "
            "aides believe they can surprise Clinton in her home state.",
            "they can surprise Clinton in her home state",
            "Sanders and his aides",
        ),
        # PolNeAR train (Politico, 2016): two groups joined by "and"
        (
            "Obama is not appearing on the same stage much more, but the candidate’s friends and "
            "political allies expect the president to leverage his high popularity with reliable "
            "Democratic voters.",
            "the president to leverage his high popularity with reliable Democratic voters",
            "the candidate’s friends and political allies",
        ),
        # ECB+: after "because"
        (
            "Peterson was found guilty because jurors believed he had a motive to kill his wife.",
            "he had a motive to kill his wife",
            "jurors",
        ),
    ],
    ids=["lower-case-plural", "head-before-of", "person-and-group", "two-groups", "because"],
)
def test_belief_of_a_group_of_people(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None
    assert (claim.speaker.name, claim.speaker.kind) == (speaker, "anonymous")


@pytest.mark.parametrize(
    "text",
    [
        # a figure of speech: markets hold no belief to check
        "Markets worry that the Fed will raise rates again before the summer.",
        # BBC business: "can expect" is the writer's forecast, not a belief of women
        "Women can expect to live until 85, men until 78, four years longer than Americans and "
        "Europeans.",
        # BBC politics: "will hope" is the writer's forecast of a hope
        "The Lib Dems will hope to have made advances because of their consistent stand against "
        "the war on Iraq.",
        # BBC tech: "convinced" is no modifier of the group; the belief is the writer's clause
        "For those not convinced mobile users will want to watch TV on their handsets, Digital "
        "Audio Broadcasting may provide a good compromise.",
    ],
    ids=["markets", "can-expect", "will-hope", "participle-before-group"],
)
def test_no_belief_of_things_or_forecasts(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Wash. Post, 2016): a relative clause set off by a comma on a group
        # that a preposition governs
        (
            "Trump's racially tinged attacks on a federal judge have set off a wave of alarm "
            "among legal experts, who worry that the Republican presidential candidate's vendetta "
            "signals a remarkable disregard for judicial independence.",
            "the Republican presidential candidate's vendetta signals a remarkable disregard for "
            "judicial independence",
            "legal experts",
        ),
        # BBC business: the relative clause ends where the main clause's verb comes back
        (
            "Shares in ACC fell 5.5% as investors, who thought the offer was underpriced, decided "
            "to sell.",
            "the offer was underpriced",
            "investors",
        ),
    ],
    ids=["who-after-preposition", "who-then-main-verb"],
)
def test_belief_in_a_relative_clause_on_a_group(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (NYT, 2016): "and" joins the belief to the subject's first predicate
        (
            "Mr. McKinley is bearish on the future of student loans and expects them to become "
            "generally less available over time.",
            "them to become generally less available over time",
            "McKinley",
        ),
        # BBC business: after "but"
        (
            "Bosch has stopped production of the part but expects to restart by 2 February.",
            "to restart by 2 February",
            "Bosch",
        ),
    ],
    ids=["and-expects", "but-expects"],
)
def test_belief_as_a_second_predicate(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # a modal on the first predicate: advice, no belief ("think" has no clause either)
        "All journalists should pore over the many obits of Felt today and think long and hard "
        "about their duty to the public.",
        # the second predicate belongs to the relative clause's subject, not the sentence's
        "She met the governor, who praised her work and hopes she will run again next year.",
        # PolNeAR train (Breitbart, 2016): a count before a participle, no believer
        "Immigration to Israel continues to rise with over 30,000 immigrants expected this year "
        "heavily from Russia, Ukraine and France.",
    ],
    ids=["modal-first-predicate", "relative-between", "count"],
)
def test_no_belief_of_a_second_predicate_without_its_subject(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC politics: an adverb between subject and "wants", which was read as the noun
        (
            "The chancellor will present the plans next week. Mr Bush also wants to increase "
            "the amount given to poorer countries through his Millennium Challenge Corporation.",
            "to increase the amount given to poorer countries through his Millennium Challenge "
            "Corporation",
            "Bush",
        ),
        # PolNeAR train (Politico, 2016): an emphatic "did" states the hope
        (
            "In fact, Cruz did hope to have finished more of his 99-county tour earlier.",
            "to have finished more of his 99-county tour earlier",
            "Cruz",
        ),
        # BBC sport: a relative clause's belief ends where the main clause's verb comes back
        (
            "Bridge's injury also means Mourinho, who reportedly wants to sign Ashley Cole from "
            "Arsenal, will not have a specialist, senior left-back for the run-in to the season.",
            "to sign Ashley Cole from Arsenal",
            "Mourinho",
        ),
    ],
    ids=["also-wants", "emphatic-did", "who-wants-then-will"],
)
def test_belief_verb_after_an_adverb_or_emphatic_do(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


def test_no_believer_inside_a_dash_aside() -> None:
    # BBC sport: the name inside the dashes is not who thought so
    text = (
        "Substitute Joe Pattison - who had come on for the injured Gareth Morton - wrongly "
        "thought the ball was trickling out of play and eased up on the chase."
    )
    assert not [
        c for c in claims_of(text) if c.speaker is not None and c.speaker.name == "Gareth Morton"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Wash. Post, 2016): people the writer counts but does not name
        (
            "Obama has challenged much of the status quo. Many fear Trump will feed insecurity in "
            "nations worried about China's growing power.",
            "Trump will feed insecurity in nations worried about China's growing power",
        ),
        # BBC business: an auxiliary between the quantifier and the verb
        (
            "The ONS data confounded analyst expectations. Many had expected sales to fall "
            "slightly in November as shoppers put off buying Christmas presents until December.",
            "sales to fall slightly in November as shoppers put off buying Christmas presents "
            "until December",
        ),
    ],
    ids=["many-fear", "many-had-expected"],
)
def test_belief_of_counted_people_has_no_named_believer(text: str, content: str) -> None:
    # like "Some said", the claim stands with no speaker: a quantifier is nobody's name
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (NYT, 2016): "few" says the belief is not held
        "Both leaders have reasons to put the past behind them. But few believe their "
        "relationship can ever be more than coolly transactional.",
        # BBC politics: "suspects" is a noun after "of the terror"
        "Most of the terror suspects are being held indefinitely at Belmarsh prison, in London.",
        # BBC politics: a noun before an auxiliary
        "Several suspects have been detained under these powers because evidence against them "
        "was deemed too sensitive to be heard in court.",
    ],
    ids=["few", "of-the-noun", "noun-then-auxiliary"],
)
def test_no_belief_of_counted_people_when_none_is_held(text: str) -> None:
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # ECB+: the believer's next predicate after "but" is no part of the wish
        (
            "After attending Bible school, she wanted to serve as a missionary but was turned "
            "down because she had been divorced.",
            "to serve as a missionary",
        ),
        # BBC sport: "although insists" is the believer's own next statement
        (
            "Moya led Spain to victory over the USA but wants to focus on the Grand Slams in "
            "2005, although insists he will return to the Davis Cup in 2006.",
            "to focus on the Grand Slams in 2005",
        ),
        # BBC tech: a second stance of the believer after a clause
        (
            "He believes the rivalry between Google and Yahoo is overblown and instead thinks the "
            "real battle is going to be between Yahoo and MSN.",
            "the rivalry between Google and Yahoo is overblown",
        ),
        # BBC tech: a bare infinitive after "and" stays in the wish
        (
            "The Commission wants people to be able to locate the content they desire and have "
            "it delivered to any device.",
            "people to be able to locate the content they desire and have it delivered to any "
            "device",
        ),
    ],
    ids=["but-was", "although-insists", "and-instead-thinks", "and-have-stays"],
)
def test_belief_ends_where_the_believer_goes_on(text: str, content: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content


def test_want_with_a_long_object_before_its_infinitive() -> None:
    # PolNeAR train (USA Today, 2016): what the poll's share wants done, not a thing; the share
    # phrase, not "each state", holds the wish
    text = (
        "Only about 4 in 10 Republican voters in each state want all immigrants in the "
        "country illegally to be deported."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text == "all immigrants in the country illegally to be deported"
    assert claim.speaker is not None
    assert claim.speaker.name == "about 4 in 10 Republican voters in each state"


def test_no_belief_in_a_relative_clause_on_what_is_believed() -> None:
    # PolNeAR dev (no train or BBC passage has the shape): "believed the polls" trusts a
    # thing; the "that" clause after it is a relative clause on the polls, with no subject
    text = (
        "If Trump had a strategy coming into the debate, it was not evident. He apparently "
        "believed the unscientific Internet polls that showed him victorious in most of the GOP "
        "primary debates and followed the same script against Clinton that he had against his "
        "GOP rivals."
    )
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC tech: "is worried that" states the worry as "worries that" does
        (
            "As blocking all mail from net firms just to catch the spam is impractical, Spamhaus "
            "is worried that the technique will give junk mailers the ability to spam with little "
            "fear of being spotted.",
            "the technique will give junk mailers the ability to spam with little fear of being "
            "spotted",
            "Spamhaus",
        ),
        # BBC entertainment: past tense, a plural group
        (
            "Ministers were worried that bringing such acts to Jonesboro would lead to problems.",
            "bringing such acts to Jonesboro would lead to problems",
            "Ministers",
        ),
    ],
    ids=["is-worried-that", "were-worried-that"],
)
def test_worried_that_after_be(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.text.rstrip(".") == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_worried_about_a_thing_is_no_belief() -> None:
    # PolNeAR train (NYT, 2016): worried about a thing, no clause to check
    text = (
        "Democratic leaders are worried about emerging from their convention with an "
        "unmollified ''Bernie or Bust'' contingent."
    )
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


def test_belief_of_a_couple() -> None:
    # PolNeAR train (NYT, 2016): a collective of people in the singular holds the worry
    text = (
        "Having fled Afghanistan in early March, the couple worried that the Brussels attacks "
        "would further harden European attitudes toward migrants."
    )
    (claim,) = [c for c in claims_of(text) if c.rule == "indirect:belief"]
    assert claim.speaker is not None and claim.speaker.name == "the couple"


def test_no_belief_after_an_aside_closed_by_a_dash() -> None:
    # PolNeAR train (Politico, 2016): "they believe" closes an aside; what follows the dash is
    # the writer's sentence going on, not what they believe
    text = (
        "The animating question for people close to the Sanders operation now is not whether he "
        "slides out of the race before the convention — that won’t happen, they believe — but "
        "how he finds a comfortable position campaigning against Trump."
    )
    assert [c.text for c in claims_of(text) if c.rule.endswith(":belief")] == []


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR dev (NYT, 2016): the authors found it, not "the filings" before "and"
        "The authors of the report combed through the filings of the Fortune 500 for 2015 and "
        "found an astonishing 73 percent ''maintained subsidiaries in offshore tax havens.''",
        # BBC tech: "lost and found" is no finding of research
        "Danes were as careless as in any of the nine other cities where the research into lost "
        "and found gadgets was carried out.",
    ],
)
def test_no_document_finds_what_a_coordinated_verb_found(text: str) -> None:
    for claim in extract_article(text).claims:
        assert claim.speaker is not None
        assert "filings" not in claim.speaker.name and "research" not in claim.speaker.name


def test_a_coordinated_finding_that_keeps_its_subject() -> None:
    # PolNeAR train (2016): "and found that" shares the sentence's subject
    text = "Clinton's lawyers looked through the e-mails and found that many of them were personal."
    (claim,) = extract_article(text).claims
    assert claim.speaker is not None and claim.speaker.name == "Clinton's lawyers"
