"""Golden tests for reported speech whose subject or content the first patterns misread: a
quotation in the frame before the speaker, a quoted or dashed aside between the subject and the
cue, and an inverted "said" whose next words are a clause of their own.

Passages are one or two sentences from PolNeAR train (../shared/corpora/polnear/train.jsonl),
named per case.
"""

from __future__ import annotations

import pytest
from extraction import claims_of

from factdb.extract.types import Claim


def claim_for(text: str, content_start: str) -> Claim:
    """The one claim whose content opens with `content_start`."""
    claims = [c for c in claims_of(text) if c.text.startswith(content_start)]
    assert len(claims) == 1, [(c.text, c.rule) for c in claims_of(text)]
    return claims[0]


def test_a_quoted_title_before_the_speaker_is_not_the_claim() -> None:
    # PolNeAR train (Breitbart, 2016): the show's name is in quotation marks; Issa's words
    # are the clause after "said", with two quoted words inside it
    text = (
        "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said "
        "Democratic presidential candidate Hillary Clinton’s “judgment” and “honesty” are in "
        "question because of her handling of classified material."
    )
    claim = claim_for(text, "Democratic presidential candidate")
    assert claim.rule == "mixed:said-clause"
    assert claim.speaker is not None and claim.speaker.name == "Darrell Issa"
    assert not any(c.text.startswith("Sunday") for c in claims_of(text))


def test_a_clause_after_said_is_content_not_an_inverted_speaker() -> None:
    # PolNeAR train (New York Times, 2016): "the candidate could be" is what Manafort said;
    # the quotation inside his aside is no claim of "the candidate"
    text = (
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could be in a "
        "very competitive situation in states like Pennsylvania, Maryland and Delaware."
    )
    claim = claim_for(text, "the candidate could be")
    assert claim.rule == "indirect:name-aside"
    assert claim.speaker is not None and claim.speaker.name.endswith("Manafort")
    assert all(c.speaker is None or c.speaker.name != "the candidate" for c in claims_of(text))


def test_an_aside_ending_in_a_quotation_keeps_its_name_as_speaker() -> None:
    # PolNeAR train (Breitbart, 2016): the appositive closes with '“Guccifer,”'
    text = (
        "Marcel Lazăr Lehel, the hacker known as “Guccifer,” stated that he had access to "
        "Democratic presidential candidate former Secretary of State Hillary Clinton’s email "
        "server."
    )
    claim = claim_for(text, "he had access")
    assert claim.rule == "indirect:name-aside"
    assert claim.speaker is not None and claim.speaker.name == "Marcel Lazăr Lehel"


def test_a_quotation_before_an_inverted_speaker_stays_his() -> None:
    # PolNeAR train (Politico, 2016): the quoted words are Coleman's, said after them
    text = (
        "The party, typically attended by hundreds of convention-goers every four years, "
        '"allows us to get our message out," said Frank Coleman, the group\'s senior vice '
        "president of public affairs."
    )
    assert all(c.rule != "indirect:name-aside" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (AP, 2016-06-10): a list between dashes
        (
            "Many speakers at the service — including Muslims, Christians, Catholics, Jews — "
            "said Ali’s death is particularly painful at a time when political rhetoric is "
            "dividing the country further.",
            "Ali’s death is particularly painful",
            "Many speakers at the service",
        ),
        # PolNeAR train (Politico, 2016): an aside that narrows the subject
        (
            "Democratic leaders — and, in particular, Senate Minority Leader Harry Reid — "
            "insisted that any package include a two-year delay of the Cadillac tax.",
            "any package include",
            "Democratic leaders",
        ),
    ],
)
def test_a_dashed_aside_between_subject_and_cue(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:dash-aside"
    assert claim.speaker is not None and claim.speaker.mention == speaker


def test_no_dashed_aside_subject_after_a_verb() -> None:
    # an object before the dash is not the subject: "Trump beat Clinton — ... — said"
    text = (
        "Trump beat Rubio — the senator from Florida — and said the party would unite behind "
        "him by the summer."
    )
    assert all(c.rule != "indirect:dash-aside" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016): "it" before the quoted words is the thing judged
        (
            'Cruz belittled the issue of the $1 million in loans, calling it a "paperwork '
            'error" that was reported in a "hit piece" by The New York Times.',
            'it a "paperwork error',
            "Cruz",
        ),
        # PolNeAR train (Politico, 2016): a relative clause between the name and the cue
        (
            "Stuart Stevens, who served as Mitt Romney's chief strategist during the 2012 "
            'campaign, called Trump\'s statements and actions on Sunday "childish."',
            "Trump's statements and actions",
            "Stuart Stevens",
        ),
        # PolNeAR train (New York Times, 2016): an appositive between the name and the cue
        (
            "Yang Shu, director of the Institute of Central Asian Studies at Lanzhou "
            'University, calls Horgos "a mistake" because so few people are in its vicinity.',
            'Horgos "a mistake',
            "Yang Shu",
        ),
    ],
)
def test_a_characterisation_behind_an_aside_or_of_it(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "mixed:characterisation"
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_nobody_in_particular_characterises() -> None:
    # PolNeAR train (Breitbart, 2016): "Someone" is no source a reader could check
    text = (
        'Pundits still cannot understand the success of Trump. Someone called it a "quiet '
        'revolution," and the name stuck.'
    )
    assert [c for c in claims_of(text) if c.rule.endswith(":characterisation")] == []


def test_it_without_quoted_words_is_no_characterisation() -> None:
    # "called it a day": no quotation, no judgement
    text = "After six hours of talks the negotiators called it a day and went home."
    assert [c for c in claims_of(text) if c.rule.endswith(":characterisation")] == []


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Washington Post, 2016): "State" is a name's word, "have" an auxiliary
        (
            "Clinton and the State Department have said that none of the material was marked "
            "classified at the time it was sent.",
            "none of the material",
            "Clinton and the State Department",
        ),
        # PolNeAR train (AP, 2016): a participle and its time describe the document
        (
            "A court document filed Thursday says that Donald Trump’s campaign manager will not "
            "be prosecuted on a misdemeanor battery charge.",
            "Donald Trump’s campaign manager",
            "A court document filed Thursday",
        ),
        # PolNeAR train (Politico, 2016): "report" is the subject's head noun here
        (
            "An earlier report in a New Hampshire paper said that Sanders had used the images "
            "of pastors and veterans in his fliers.",
            "Sanders had used",
            "An earlier report in a New Hampshire paper",
        ),
    ],
)
def test_long_subjects_with_names_participles_and_auxiliaries(
    text: str, content: str, mention: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:long-subject"
    assert claim.speaker is not None and claim.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (USA Today, 2016): an opening time, then the subject and its appositive
        (
            "Last month, the Independent, a British newspaper, revealed that most of the Ivanka "
            "Trump brand's clothing was manufactured in Vietnam and China.",
            "most of the Ivanka",
            "the Independent",
        ),
        # PolNeAR train (USA Today, 2016): a subject no name finder reads, before an aside
        (
            "The project's website, run by Michael McDonald, an associate professor at the "
            "University of Florida, said the estimated turnout is based on the total number of "
            "ballots counted in each state.",
            "the estimated turnout",
            "The project's website",
        ),
    ],
)
def test_a_subject_phrase_before_a_comma_aside(text: str, content: str, mention: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:comma-aside"
    assert claim.speaker is not None and claim.speaker.mention == mention


def test_a_frame_before_a_comma_aside_is_no_speaker() -> None:
    # PolNeAR train (Politico, 2016): "Among likely GOP primary voters" is where, not who
    text = (
        "Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for "
        "Trump."
    )
    # the counted people after the frame speak ("about two-thirds"); the frame never does
    assert all(
        c.speaker is None or not c.speaker.mention.startswith("Among") for c in claims_of(text)
    )


def test_a_noun_like_cue_after_an_appositive_is_the_verb() -> None:
    # PolNeAR train (USA Today, 2016): "notes that" after the appositive's comma
    text = (
        "Gerry O'Brien, a GOP political consultant, notes that scoring 20% of the vote in a "
        "district is enough to qualify for a delegate in the state."
    )
    claim = claim_for(text, "scoring 20%")
    assert claim.speaker is not None and claim.speaker.name == "Gerry O'Brien"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Reuters, 2016): "state" opens the clause, a noun, not a cue
        (
            "Since last November, according to Human Rights Watch, state security forces have "
            "killed more than 400 protesters in the Oromia region.",
            "Since last November",
            "Human Rights Watch",
        ),
        # PolNeAR train (Washington Post, 2016): "demands" is the object, not a speaker's verb
        (
            "But the next day, according to Roffman, Trump made further demands.",
            "But the next day",
            "Roffman",
        ),
    ],
)
def test_according_to_inside_a_clause_with_a_noun_like_word(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:according-to-inside"
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (AP, 2016): the people a restrictive relative clause describes speak
        (
            "North Carolina has faced a national backlash from gay rights groups, entertainers "
            "and business leaders who say the law unfairly targets gay and lesbian people.",
            "the law unfairly targets",
            "business leaders",
        ),
        # PolNeAR train (New York Times, 2016)
        (
            "Rubio's answer echoed some far-right commentators who have suggested that Mr. "
            "Rubio is more willing to present himself as a pragmatist on the issue.",
            "Mr. Rubio is more willing",
            "some far-right commentators",
        ),
    ],
)
def test_the_antecedent_of_a_restrictive_who_speaks(text: str, content: str, mention: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:relative-who"
    assert claim.speaker is not None and claim.speaker.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause in the subject: its content would run into the main verb
        "Voters who said they were angry about trade backed Trump by wide margins in Ohio.",
        # what someone "will say" has not been said
        "The ads portray Cruz as a flip-flopping politician who will say whatever makes the "
        "most political sense at the moment.",
    ],
)
def test_no_relative_who_claim_in_a_subject_or_a_future(text: str) -> None:
    assert all(c.rule != "indirect:relative-who" for c in claims_of(text))


def test_a_participle_after_a_relative_clause_is_the_subjects() -> None:
    # PolNeAR train (Breitbart, 2015): Obama says it, not the critics he rebuked
    text = (
        "President Obama passionately rebuked critics who say he should condemn terrorists as "
        '"radical Islamists," saying calling the Islamic State by another name will do nothing '
        "to defeat it."
    )
    claim = claim_for(text, "calling the Islamic State")
    assert claim.speaker is not None and claim.speaker.name == "Obama"
    critics = claim_for(text, "he should condemn")
    assert critics.rule == "mixed:relative-who"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2016): what a company reports is its claim
        (
            "Oil prices kept falling. The company reported its smallest quarterly profit in 17 "
            "years, well below what analysts were looking for.",
            "its smallest quarterly profit in 17 years, well below what analysts were looking for",
            "company",
        ),
        # PolNeAR train (New York Times, 2016): an announcement in an adverbial clause ends
        # where the writer's own clause begins
        (
            "The backlash came fast. When Trump announced his candidacy in June 2015, he "
            "referred to Mexican immigrants as criminals.",
            "his candidacy in June 2015",
            "Trump",
        ),
    ],
)
def test_what_is_announced_or_reported_is_the_claim(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule == "indirect:said-object"
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a byline's place, an agent of the passive, a deed: no object the speaker put out
        "Costa reported from Washington. Gearan reported from Oakland, Calif.",
        "Her death was confirmed by the Eagle Forum, the organization she founded in 1975.",
        "Mr. Mannix reported daily to Louis B. Mayer and spied on him for the studio.",
        # the Senate confirms nominees: a deed, not a statement
        "Democrats confirmed 68 judicial nominees by this point in the Bush presidency.",
    ],
)
def test_no_object_claim_from_a_place_an_agent_or_a_deed(text: str) -> None:
    assert all(c.rule != "indirect:said-object" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (New York Times, 2016): plural nouns in a prepositional opener are no verb
        (
            "In television interviews on Sunday, Manafort defended Mr. Trump's views on Russia, "
            "saying that as president, Mr. Trump would be firm with Russia.",
            "as president, Mr. Trump would be firm",
            "Manafort",
        ),
        # PolNeAR train (New York Times, 2016): a day opens the sentence without a comma
        (
            "On Sunday morning Mr. Trump made a third attempt to deflect Mr. Khan's criticism, "
            "writing on Twitter that the real issue at stake in the election was terrorism.",
            "the real issue at stake",
            "Trump",
        ),
        # PolNeAR train (New York Times, 2016): "Back in 1999," is when, not who
        (
            "Back in 1999, Mr. Trump expressed admiration for Mr. Clinton's retail political "
            "skills, telling CNBC: ''I wish I could be like that. I just can't.''",
            "I wish I could be like that",
            "Trump",
        ),
    ],
)
def test_a_participle_after_an_opened_sentence_is_its_subjects(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_for(text, content)
    assert ":participle-" in claim.rule
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_an_opener_that_is_a_clause_names_no_subject() -> None:
    # "After Trump won Iowa," is a clause of its own: Trump is no subject of "saying"
    text = (
        "After Trump won Iowa, Cruz attacked him for weeks, saying that the front-runner had "
        "no plan for the border."
    )
    assert all(c.speaker is None or c.speaker.name != "Trump" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC (business/140): the name in the aside after a role speaks
        (
            "Aid budgets are half their 1960 levels. The charity's director, Barbara Stocking, "
            'said: "2005 offers the chance for an historic breakthrough."',
            "2005 offers the chance",
            "Barbara Stocking",
        ),
        # BBC (sport): a role, then the name, then the cue
        (
            "The plans were approved. The club's managing director, Keith Edelman, stressed "
            "that the development of their new stadium had no effect on the squad.",
            "the development of their new stadium",
            "Keith Edelman",
        ),
    ],
)
def test_a_name_in_the_aside_after_a_role_speaks(text: str, content: str, speaker: str) -> None:
    claim = claim_for(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker
    # the role before the name is read as the name's appositive ("charity's director")
    assert claim.speaker.role is not None and claim.speaker.role.endswith("director")


def test_one_of_two_joined_names_is_not_the_pair() -> None:
    # BBC (tech): "Apple" later is Apple, not "Motorola and Apple"
    text = (
        "In July last year, Motorola and Apple announced a version of iTunes would be released "
        "for Motorola phones. Apple said the new iTunes music player would become Motorola's "
        "standard music application."
    )
    claim = claim_for(text, "the new iTunes music player")
    assert claim.speaker is not None and claim.speaker.name == "Apple"


@pytest.mark.parametrize(
    ("text", "not_content"),
    [
        # BBC (business/487): "that of the Swiss summit" is a pronoun's phrase, no clause
        (
            "The organisers of the Brazilian gathering, which brings together thousands of "
            "campaigners, have promised to set an alternative agenda to that of the Swiss "
            "summit.",
            "of the Swiss summit",
        ),
        # BBC (business): "report" is the noun before the cue "says"
        (
            "Their targets became known as the Lisbon Agenda. But the Commission report says "
            "that the pace of economic reform has been too slow.",
            "says that",
        ),
    ],
)
def test_content_never_opens_inside_the_frame(text: str, not_content: str) -> None:
    assert all(not c.text.startswith(not_content) for c in claims_of(text))


def test_that_of_right_after_the_cue_opens_the_clause() -> None:
    # BBC (politics): "adding that of the £50m given ..., only ... had been spent"
    text = (
        "The important thing was action, he said, adding that of the £50m given by the "
        "government so far only six or seven million had been spent."
    )
    claim = claim_for(text, "of the £50m given")
    assert claim.rule.endswith("said-that")


@pytest.mark.parametrize(
    "text",
    [
        # BBC (sport): what a coach "will announce" is not yet said
        "The squad trained on Monday. France coach Bernard Laporte will announce his starting "
        "line-up next Tuesday for the match against Wales.",
        # BBC (business): a clause before a comma, then an inverted speaker
        "Cover is rare. Many of the affected countries, such as Indonesia, Sri Lanka or the "
        "Maldives, do not usually buy insurance for these kinds of disasters, said a US-based "
        "insurance expert.",
    ],
)
def test_no_claim_from_a_future_cue_or_a_clause_before_an_aside(text: str) -> None:
    rules = [c.rule for c in claims_of(text)]
    assert "indirect:said-object" not in rules and "indirect:comma-aside" not in rules


def test_a_relative_aside_after_a_preposition_keeps_its_subject() -> None:
    # BBC (politics): "for whom the ban is ..." describes the organisations, who speak
    text = (
        "The ban starts on Friday. Anti-hunt organisations, for whom the ban is the "
        "culmination of years of campaigning, say they hope most will stay within the law."
    )
    claim = claim_for(text, "they hope most")
    assert claim.rule.endswith(":comma-aside")


def test_an_opening_time_is_never_the_subject_before_an_aside() -> None:
    # BBC (business): "Late last year," is when; Doubleclick warned
    text = (
        "Sales fell again. Late last year, marketing company Doubleclick, one of the leading "
        "providers of online advertising, warned that some or all of its business would have "
        "to be put up for sale."
    )
    claim = claim_for(text, "some or all of its business")
    assert claim.speaker is not None and "Doubleclick" in claim.speaker.name


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Politico, 2016): "that," then an aside inside the reported clause
        (
            "The fees are contested. They and their supporters argue that, while the tax may "
            "result in lower insurance premiums, workers won't end up with higher wages.",
            "while the tax may result",
        ),
        # PolNeAR train (AP, 2016)
        (
            "The meetings were studied. The AP reported that, according to an analysis of her "
            "calendar, 85 of the 154 meetings were with donors.",
            "according to an analysis",
        ),
    ],
)
def test_that_with_a_comma_opens_the_reported_clause(text: str, content: str) -> None:
    claim = claim_for(text, content)
    assert claim.rule.endswith("said-that")


def test_a_time_and_a_participle_after_an_inverted_cue_leave_the_quote_the_claim() -> None:
    # PolNeAR dev (Washington Post, 2016): "in June 2012, citing ..." is how he said it
    text = (
        'The sanctions were lifted. The country "has made dramatic changes for the better," '
        "McConnell said in June 2012, citing the release of political prisoners."
    )
    claim = claim_for(text, "The country")
    assert claim.rule == "mixed:speaker-after"
    assert claim.speaker is not None and claim.speaker.name == "McConnell"
