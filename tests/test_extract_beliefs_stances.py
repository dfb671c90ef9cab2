"""Golden tests for beliefs stated by an adjective, by "feel" or by a verb of regard, and for
the believers and contents of beliefs in more sentence shapes (`indirect:belief`).

"Some Democrats are concerned that ...", "his donors remain confident that ...", "Germany
views itself as a leader ...": a stance a named holder takes is tracked like "Democrats fear
that ...". Passages are quoted from PolNeAR train (../shared/corpora/polnear/train.jsonl),
BBC News (../shared/corpora/bbc/bbc.jsonl) and ECB+ (../shared/corpora/ecbplus/ecbplus.jsonl),
each naming the behaviour it pins; the guards keep questions, forecasts, negations, relative
gaps and transcript turns free of new claims.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article
from factdb.extract.types import Claim


def beliefs_of(text: str) -> list[Claim]:
    """The belief claims of a passage, each checked to slice back to the text."""
    claims = extract_article(text).claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return [c for c in claims if c.rule.endswith(":belief")]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        # PolNeAR train (Breitbart, 2016-05-24): "are concerned that" after a plural group
        (
            "But despite the math, some Democrats are concerned that Sanders’ tactics could "
            "make it more difficult to unite in the summer.",
            "Sanders’ tactics could make it more difficult to unite in the summer",
            "some Democrats",
            "are concerned",
        ),
        # PolNeAR train (Washington Post, 2016-01-24): "remain" links the adjective too
        (
            "Despite Rubio's standing, his donors remain confident that he will win, even if "
            "he may have to do it in a way different from what they initially expected.",
            "he will win, even if he may have to do it in a way different from what they "
            "initially expected",
            "his donors",
            "remain confident",
        ),
        # PolNeAR train (New York Times, 2016-03-17): a title before the name
        (
            "But Mr. Ackman is convinced that Valeant will be a comeback story.",
            "Valeant will be a comeback story",
            "Ackman",
            "is convinced",
        ),
        # PolNeAR train (Washington Post, 2015-12-20): "seemed" as the linking verb
        (
            "Before the Paris attacks, Rubio seemed hopeful that the United States could "
            "accept more refugees fleeing chaos and war in Syria.",
            "the United States could accept more refugees fleeing chaos and war in Syria",
            "Rubio",
            "seemed hopeful",
        ),
        # BBC sport/001: "confident" with a bare clause
        (
            "British hurdler Sarah Claxton is confident she can win her first major medal at "
            "next month's European Indoor Championships in Madrid.",
            "she can win her first major medal at next month's European Indoor Championships "
            "in Madrid",
            "Sarah Claxton",
            "is confident",
        ),
        # BBC entertainment/278: an organisation holds the concern
        (
            "The BPI is concerned that independent repertoire is not adequately represented "
            "online and said they were looking at ways of rectifying it.",
            "independent repertoire is not adequately represented online",
            "BPI",
            "is concerned",
        ),
    ],
    ids=["are-concerned-that", "remain-confident-that", "is-convinced-that", "seemed-hopeful",
         "confident-bare-clause", "organisation-concerned"],
)  # fmt: skip
def test_adjective_of_belief_after_a_linking_verb(
    text: str, content: str, speaker: str, cue: str
) -> None:
    claims = [c for c in beliefs_of(text) if c.text == content]
    assert len(claims) == 1, [(c.text, c.rule) for c in beliefs_of(text)]
    assert claims[0].speaker is not None and claims[0].speaker.name.endswith(speaker)
    assert claims[0].cue is not None and claims[0].cue.text == cue


def test_was_certain_with_a_bare_clause() -> None:
    # ECB+ 22_9 (articles.philly.com, 2010): "certain" and a clause of its own
    text = (
        'Yvonne Hiller was certain she was being targeted for surreptitious "chemical abuse," '
        "but no one believed her story."
    )
    (claim,) = [c for c in beliefs_of(text) if c.cue is not None and c.cue.text == "was certain"]
    assert claim.text.startswith("she was being targeted for surreptitious")
    assert claim.speaker is not None and claim.speaker.name == "Yvonne Hiller"


def test_adjective_after_the_main_clause_is_its_subjects_belief() -> None:
    # PolNeAR train (New York Times, 2015-11-10): ", convinced that" after the main clause
    text = (
        "Disillusioned, Mr. Mitchell resigned, convinced that Washington had let the "
        "settlement issue become too central."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "Washington had let the settlement issue become too central"
    assert claim.speaker is not None and claim.speaker.name.endswith("Mitchell")


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Washington Post, 2016-05-23): a negated stance holds no belief
        "Her advisers are not convinced that what worked for him in the primaries will be "
        "successful with the broader electorate.",
        # PolNeAR train (Washington Post, 2016-01-31): confidence in a thing, no clause
        "Some top Democrats are confident in the Clinton operation - and openly skeptical "
        "about Sanders's ability to translate the energy of his large crowds into votes.",
        # PolNeAR train (New York Times, 2016-03-04): "sure to" is a likelihood, nobody's view
        "Mrs. Clinton, if elected, might nominate Mr. Obama himself, a prospect sure to horrify "
        "many Republicans.",
        # PolNeAR train (New York Times, 2016-01-07): "To be sure" is the writer's concession
        "To be sure, the big banks do all this and more.",
        # BBC business/173: a comparison, not a clause
        "Carlsberg is more optimistic than Heineken about 2005, projecting a 15% rise in net "
        "profits for the year.",
        # BBC tech/286: "as far as X is concerned" has no content
        "Looking into P2P's future, file sharing is just the beginning for P2P networks, as far "
        "as Mr Broes is concerned.",
        # BBC politics/377: "certain to" is a likelihood, nobody's belief
        "He said the way the licences were being awarded meant UK firms were at a massive "
        "disadvantage and foreign companies would be certain to win the contracts.",
    ],
    ids=["negated", "confident-in", "sure-to", "to-be-sure", "more-optimistic-than",
         "as-far-as-concerned", "certain-to"],
)  # fmt: skip
def test_no_belief_from_an_adjective_without_a_clause_or_holder(text: str) -> None:
    assert [(c.text, c.cue) for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016-02-11): "felt" with a bare clause
        (
            "People close to the Clintons felt her projection of anger in the last debate was "
            "over the top, and now some close Clinton allies are hoping to see her focus on "
            "strength — not frustration — when she takes on the senator she has accused of "
            "impugning her integrity.",
            "her projection of anger in the last debate was over the top",
            "People close to the Clintons",
        ),
        # BBC sport/144: a role before the name
        (
            "Boss Graeme Souness felt Newcastle were never really in danger of going out of the "
            "Uefa Cup against Heerenveen.",
            "Newcastle were never really in danger of going out of the Uefa Cup against Heerenveen",
            "Graeme Souness",
        ),
        # BBC business/339: "feel that" after a group
        (
            "The country has a population of more than a billion people and many observers feel "
            "that it is underserved by airlines.",
            "it is underserved by airlines",
            "many observers",
        ),
    ],
    ids=["felt-bare-clause", "role-name-felt", "feel-that"],
)
def test_feel_with_a_clause_is_a_belief(text: str, content: str, speaker: str) -> None:
    (claim,) = [c for c in beliefs_of(text) if c.cue is not None and "fe" in c.cue.text]
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (New York Times, 2015-12-10): how they feel, no clause
        "Immigrants feel discriminated against more often in Europe.",
        # PolNeAR train (Breitbart, 2016-02-11): a noun object, though "need" ends in -ed
        "What is clear is that the State Department felt the need to obtain internal documents "
        "from the Clinton Foundation as part of their investigation.",
        # PolNeAR train (Huffington Post, 2016-06-09): "feel like", and a causative
        "He could introduce more progressive policies into the document and make his "
        "supporters feel like they’ve had a tangible influence upon the party’s direction.",
        # PolNeAR train (Huffington Post, 2016-08-29): an adjective after "feels"
        "Today, the Free Syrian Army feels alive and well with Turkish support, carrying out a "
        "dual mission as declared by Erdogan, to purge the border region from both ISIS and the "
        "Kurds.",
    ],
    ids=["feel-participle", "felt-the-need", "feel-like", "feels-adjective"],
)
def test_no_belief_from_feel_without_a_clause(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        # BBC politics/290: an auxiliary before the believer asks a question
        "At what point will they feel they have enough control over every single person in the "
        "British Isles; when we are all tagged and monitored constantly?",
        # PolNeAR train (New York Times, 2016-04-18)
        "Once ratings come into the picture, will reporters still want to pursue those smaller "
        "stories?",
        # ECB+ 43_8 (zdnet.com)
        "So what does AMD hope to gain from this acquisition?",
        # ECB+ 44_11 (bloggingstocks.com): the auxiliary opens the sentence, read as part of the name
        "Does HP's Mark Hurd want to grow the company he leads into the biggest computing "
        "hardware and services manufacturing company the world has ever seen?",
    ],
    ids=["will-they-feel", "will-reporters-want", "does-amd-hope", "does-name-want"],
)
def test_no_belief_in_a_question(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2016-08-31): "views X as Y"
        (
            "Germany views itself as a leader in the push against climate change.",
            "itself as a leader in the push against climate change",
            "Germany",
        ),
        # BBC sport/168: "view him as"
        (
            "Real Madrid view him as a natural replacement for compatriot Ronaldo.",
            "him as a natural replacement for compatriot Ronaldo",
            "Real Madrid",
        ),
        # ECB+ 9_7: a group of people as holder
        (
            "Environmentalists viewed them as eroding the protections for endangered species.",
            "them as eroding the protections for endangered species",
            "Environmentalists",
        ),
        # PolNeAR train (Breitbart, 2016-02-18): "consider X Y" after a name, a poll's share
        (
            "Just 30 percent of all voters consider Clinton honest.",
            "Clinton honest",
            "Just 30 percent of all voters",
        ),
        # PolNeAR train (West Journal, 2016-06-23): after a pronoun, "a" and a noun
        (
            "Conservative Christians were upset he admittedly has never asked God to forgive him "
            "for anything. Constitutionalists, like Texas Sen. Ted Cruz, consider him a phony.",
            "him a phony",
            "Constitutionalists",
        ),
        # PolNeAR train (West Journal, 2016-01-26): the holder's next predicate ends the view
        (
            "Past correspondence on the Quartet statement was so sensitive that the State "
            "Department considered the emails as classified and redacted details of past emails "
            "released in the investigation.",
            "the emails as classified",
            "State Department",
        ),
    ],
    ids=["views-itself-as", "view-him-as", "viewed-them-as", "consider-name-adjective",
         "consider-him-a", "considered-as-then-and"],
)  # fmt: skip
def test_verb_of_regard_with_object_and_complement(text: str, content: str, speaker: str) -> None:
    (claim,) = beliefs_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (USA Today, 2016-05-09): deliberation over a deed
        "For a short time, Vanessa Iampaglia considered selling her eggs to pay for college.",
        # PolNeAR train (USA Today, 2016-06-22): deliberation over a question
        "In fact, the only time Clinton came up was when Megyn Kelly speculated about the cost "
        "of her wardrobe, referred to Clinton's supposed divisiveness and considered whether "
        "President Obama's endorsement would create a conflict of interest.",
        # BBC business/130: "such as" is no complement
        "But the Indian Air Force is also considering proposals from other foreign firms such as "
        "France's Dassault Aviation, Sweden's Saab and Russia's Mikoyan-Gurevich.",
        # BBC business/486: a possessive is no name taken for something
        "It is understood that the board also considered Anil's resignation and asked him to "
        "reconsider his decision.",
    ],
    ids=["considered-selling", "considered-whether", "considering-such-as",
         "considered-possessive"],
)  # fmt: skip
def test_no_belief_from_a_verb_of_regard_without_complement(text: str) -> None:
    # ("In Ash's view, the change would ...": the noun names Ash's belief, as "according to"
    # names a source, tests/test_extract_minds.py)
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business/339: "and wants to" is the subject's second verb, not the noun
        (
            "Air Deccan was set up last year and wants to lure travellers away from the railway "
            "network and pricier rivals.",
            "to lure travellers away from the railway network and pricier rivals",
            "Air Deccan",
        ),
        # BBC sport/202: "but now wants to"
        (
            "The former France manager moved to White Hart Lane this summer but now wants to "
            "return to France.",
            "to return to France",
            "The former France manager",
        ),
    ],
    ids=["and-wants-to", "but-now-wants-to"],
)
def test_belief_verb_as_a_second_predicate(text: str, content: str, speaker: str) -> None:
    (claim,) = beliefs_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_belief_noun_in_a_list_stays_a_noun() -> None:
    # BBC business/045: "and fears that" closes a list of causes, no one fears
    text = (
        "Oil prices are roughly 45% higher than a year ago and have risen sharply in recent "
        "weeks due to a combination of colder weather, the declining value of the dollar and "
        "fears that Opec could rein in production to head off a seasonal drop in demand."
    )
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business/093: "with" a body and the adjective after a main clause
        (
            "Argentina is set to close its $102.6bn (£53.51bn) debt restructuring offer for "
            "bondholders later on Friday, with the government hopeful that most creditors will "
            "accept the deal.",
            "most creditors will accept the deal",
            "government",
        ),
        # BBC sport/016: "sounded" links the adjective
        (
            "Following the final hearing in late January, the athletes sounded confident they "
            "would be acquitted.",
            "they would be acquitted",
            "the athletes",
        ),
        # BBC politics/087: "is worried" with a bare clause
        (
            "But the UN refugees agency is worried the policy sends the wrong message to poorer "
            "countries which receive the bulk of refugees.",
            "the policy sends the wrong message to poorer countries which receive the bulk of "
            "refugees",
            "UN refugees agency",
        ),
        # BBC politics/114: "is concerned" with a bare clause
        (
            "The Green Party is concerned thousands of residents may not be able to vote in "
            "Edinburgh's transport referendum.",
            "thousands of residents may not be able to vote in Edinburgh's transport referendum",
            "Green Party",
        ),
    ],
    ids=["with-body-hopeful", "sounded-confident", "worried-bare-clause", "concerned-bare-clause"],
)
def test_adjective_of_belief_in_more_frames(text: str, content: str, speaker: str) -> None:
    (claim,) = beliefs_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_impersonal_it_holds_no_certainty() -> None:
    # BBC politics/270: "it was virtually certain" is the writer's inference
    text = (
        "And it was virtually certain his pledge on tax cuts was meant to be the core message "
        "from his interview on the BBC One's Breakfast with Frost programme."
    )
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business/352: "hopes" after a determined noun and before a clause is the verb
        (
            "The board hopes the move will reverse a 13% fall in Reliance's shares since the feud "
            "became public last month.",
            "the move will reverse a 13% fall in Reliance's shares since the feud became public "
            "last month",
            "board",
        ),
        # BBC business/257
        (
            "The government hopes the change will be seen as a promise of growing economic "
            "stability as Turkey embarks on the long process of trying to join the European "
            "Union.",
            "the change will be seen as a promise of growing economic stability as Turkey embarks "
            "on the long process of trying to join the European Union",
            "government",
        ),
    ],
    ids=["board-hopes-clause", "government-hopes-clause"],
)
def test_belief_noun_form_before_a_clause_is_the_verb(
    text: str, content: str, speaker: str
) -> None:
    (claim,) = beliefs_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_plural_of_bodies_holds_a_fear() -> None:
    # BBC business/250: "agencies" are bodies of people, as "companies" and "governments" are
    text = (
        "There have been rumours that the deal could be in trouble because US government "
        "agencies fear it could offer China opportunities for industrial espionage."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "it could offer China opportunities for industrial espionage"
    assert claim.speaker is not None and claim.speaker.name == "US government agencies"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC sport/166: the relative's "who" believes, though a preposition governs its noun
        (
            "Prutton will be joined at Wednesday's hearing by Saints boss Harry Redknapp, who "
            "believes that the FA will throw the book at his player.",
            "the FA will throw the book at his player",
            "Harry Redknapp",
        ),
        # PolNeAR train (Breitbart, 2016-07-22)
        (
            "Kaine shifted to a fully pro-abortion stance in order to be in sync with Clinton, "
            "who believes an unborn baby – up until its birth – has no constitutional rights.",
            "an unborn baby – up until its birth – has no constitutional rights",
            "Clinton",
        ),
    ],
    ids=["by-name-who-believes", "with-name-who-believes"],
)
def test_relative_who_after_a_prepositional_object(text: str, content: str, speaker: str) -> None:
    (claim,) = beliefs_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_view_with_a_polls_adverb() -> None:
    # PolNeAR train (New York Times, 2016-01-29): "viewed him favorably", the regard and its adverb
    text = (
        "Thirty-nine percent of all Americans viewed him favorably in the mid-January poll, "
        "compared to 50 percent in a similar survey in early November."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "him favorably"
    assert (
        claim.speaker is not None and claim.speaker.name == "Thirty-nine percent of all Americans"
    )


def test_regard_ends_at_a_dash() -> None:
    # PolNeAR train (New York Times, 2016-07-15): the poll's figures after the dash are the
    # writer's, and the share "saying" them a claim of its own
    text = (
        "Voters still view Mrs. Clinton as vastly more prepared for the job - with 50 percent "
        "saying she is prepared, compared with the 30 percent who say the same about Mr. Trump."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "Mrs. Clinton as vastly more prepared for the job"
    assert claim.speaker is not None and claim.speaker.name == "Voters"


def test_counted_holders_of_an_adjective_are_unnamed() -> None:
    # BBC politics/035: "Some are concerned that ...", a belief of people counted, not named
    text = (
        "Some are concerned that a change of government could lead to Turkey reneging on key "
        "human rights reforms it has recently enacted."
    )
    (claim,) = beliefs_of(text)
    assert claim.text.startswith("a change of government could lead to Turkey reneging")
    assert claim.speaker is None


def test_plural_believers_next_saying_ends_the_belief() -> None:
    # PolNeAR train (Washington Post, 2016-09-04): "and warn that" is the strategists' next
    # statement, a claim of its own, not part of what they fear
    text = (
        "But some Democratic strategists fear that Clinton has already missed a unique "
        "opportunity and warn that counting on Hispanic voters to turn out just because they "
        "hate Trump is not a reliable strategy."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "Clinton has already missed a unique opportunity"
    assert claim.speaker is not None and claim.speaker.name == "some Democratic strategists"


def test_group_after_and_is_the_believer_not_the_object_before() -> None:
    # BBC business/308: "the headlines in France" is the first clause's object, no believer
    text = (
        "Fighting between Mr Camus and Mr Forgeard has hit the headlines in France and analysts "
        "feared that this fighting could destabilise the defence and aerospace group."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "this fighting could destabilise the defence and aerospace group"
    assert claim.speaker is not None and claim.speaker.name == "analysts"


def test_expect_with_a_longer_object_before_its_infinitive() -> None:
    # BBC sport/183: "expects" takes a longer object before "to", as "wants" does
    text = (
        "Chelsea manager Jose Mourinho expects the Champions League clash with Barcelona to be "
        "a fight to the finish."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "the Champions League clash with Barcelona to be a fight to the finish"
    assert claim.speaker is not None and claim.speaker.name == "Jose Mourinho"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC tech/399: a plain noun phrase, then an aside, then the belief verb
        (
            "Many observers of the computing scene, including myself, think the results will be "
            "disastrous for small companies, innovative programmers and the free and open source "
            "software movement.",
            "the results will be disastrous for small companies, innovative programmers and the "
            "free and open source software movement",
            "Many observers of the computing scene",
        ),
        # PolNeAR train (Politico, 2016-08-08): a description with a relative clause aside
        (
            "The 43-year-old former congressman, who led a filibuster in June after the Orlando "
            "massacre, thinks the gun issue should now be a litmus test for being a Democrat.",
            "the gun issue should now be a litmus test for being a Democrat",
            "The 43-year-old former congressman",
        ),
    ],
    ids=["observers-including-myself", "description-who-aside"],
)
def test_believer_before_a_comma_aside(text: str, content: str, speaker: str) -> None:
    (claim,) = beliefs_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_no_believer_through_a_pronouns_relation() -> None:
    # PolNeAR train (Washington Post, 2016-08-28): "Her father" names nobody the resolver can check
    text = (
        "Her father, Brad, 39, worried that too many voters limit the news they read and "
        "couldn't see the point of choosing Johnson."
    )
    assert [c.text for c in beliefs_of(text)] == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # ECB+ 11_4: "keen to" states an intention, as "wants to" does
        (
            "Officials are keen to demonstrate that these elections are part of Turkmenistan's "
            "process of democratisation.",
            "to demonstrate that these elections are part of Turkmenistan's process of "
            "democratisation",
            "Officials",
        ),
        # PolNeAR train (New York Times, 2016-07-05)
        (
            "Mr. Hurt is eager to get the book out before the election.",
            "to get the book out before the election",
            "Hurt",
        ),
        # BBC business/160: the writer's next clause with a subject of its own ends the wish
        (
            "German-US car firm DaimlerChrysler had been willing to buy the firm, but Fiat "
            "patriarch Gianni Agnelli did not want to give up control.",
            "to buy the firm",
            "DaimlerChrysler",
        ),
    ],
    ids=["keen-to", "eager-to", "willing-to-then-but"],
)
def test_adjective_of_intention_with_a_to_infinitive(text: str, content: str, speaker: str) -> None:
    claims = [c for c in beliefs_of(text) if c.text == content]
    assert len(claims) == 1, [(c.text, c.rule) for c in beliefs_of(text)]
    assert claims[0].speaker is not None and claims[0].speaker.name.endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        # BBC tech/155: a relative clause whose object is the noun before "which"
        "This offers incredible 3D-like quality of pictures which major Hollywood studios and "
        "games publishers are extremely keen to exploit in the coming year.",
        # BBC tech/286: "will be keen" is the writer's forecast
        "Once several high-profile legal cases against file-sharers are resolved this year, firms "
        "will be very keen to try and make money from P2P technology.",
    ],
    ids=["which-gap", "will-be-keen"],
)
def test_no_intention_in_a_relative_gap_or_a_forecast(text: str) -> None:
    assert [c.text for c in beliefs_of(text)] == []


def test_belief_inside_a_transcript_turn_leaves_the_turn_whole() -> None:
    # PolNeAR train (USA Today, 2016-05-06): the answer is the interviewee's words; "She was so
    # desperate to ..." inside it is part of them, not a claim that pushes the turn out
    text = (
        "Q: And the idea of building a wall along the southern border?\n\n"
        "A: Believe me, a wall is not going to keep people away from their families. It's not "
        "going to keep away people who are running away from dire situations.\n\n"
        "Q: Your mother was deported twice and returned both times.\n\n"
        "A: She was so desperate to get to me, to get back to me that she made that sacrifice, "
        "and she paid the ultimate price, believe me. She did. We all did. That didn't keep her "
        "away."
    )
    claims = extract_article(text).claims
    assert [c.text for c in claims if c.rule.endswith(":belief")] == []
    assert any(c.text.startswith("She was so desperate") for c in claims)


def test_intention_ends_at_the_holders_next_deed() -> None:
    # BBC sport/189: "and rejected a move" is what the player did next, not what he intends
    text = (
        "But the player is determined to return to Scotland and rejected a move to Goodison Park."
    )
    (claim,) = beliefs_of(text)
    assert claim.text == "to return to Scotland"


def test_holder_governed_by_a_preposition_is_no_antecedent() -> None:
    # PolNeAR train (Washington Post, 2015-11-15): Dickerson's question is a claim of his, but
    # the later "she said" is the candidate's, whom the passage's "She" sentences are about
    text = (
        "She skirted the opening question from CBS moderator John Dickerson, who wanted to know "
        "whether the Obama administration bears responsibility for underestimating the Islamic "
        "State terrorist network early on.\n\n"
        'She also maneuvered around the charged term, "radical Islam," which some Republicans '
        "want U.S. leaders to use to describe the enemy. She referred to jihadism but was "
        "careful not to link it directly to religion.\n\n"
        '"I don\'t think we are at war with Islam," she said, only with violent extremists.'
    )
    claims = extract_article(text).claims
    (asked,) = [c for c in claims if c.rule.endswith(":belief")]
    assert asked.speaker is not None and asked.speaker.name == "John Dickerson"
    (quoted,) = [c for c in claims if c.text.startswith("I don't think we are at war")]
    assert quoted.speaker is None or quoted.speaker.name != "John Dickerson"
