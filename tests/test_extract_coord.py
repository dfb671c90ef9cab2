"""Golden tests for a speech cue whose subject is shared with an earlier verb of the sentence
or frame: "refused to answer ... but said ...", '"...," she said, but added that ...', a clause
after a dash ("- he called her "weak" and said ..."), "and instead portrayed", and a colon
quotation that belongs to a participle (", adding: "..."") rather than to the cue before it.

Passages are paraphrased from PolNeAR train (../shared/corpora/polnear/train.jsonl), BBC news
and ECB+, each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "rule"),
    [
        # PolNeAR train (HuffPost, 2016): "but said" shares the subject of "refused"; the
        # quotation after ", adding:" is the participle's, not what "said" reports
        (
            "The spokesman refused to answer questions on who the prime minister wanted to win "
            "but said there was no meeting planned with Trump, adding: “If one is proposed we "
            "will consider it.”",
            "there was no meeting planned with Trump",
            "The spokesman",
            "said",
            "indirect:said-clause",
        ),
        (
            "The spokesman refused to answer questions on who the prime minister wanted to win "
            "but said there was no meeting planned with Trump, adding: “If one is proposed we "
            "will consider it.”",
            "If one is proposed we will consider it.",
            "The spokesman",
            "adding",
            "direct:participle-speaker-before",
        ),
        # BBC (politics): the same colon after a participle in a sentence of one verb
        (
            "Ian Gibson urged the two men to stop squabbling, declaring: “Sometimes you have to "
            "rise above petulance.”",
            "Sometimes you have to rise above petulance.",
            "Ian Gibson",
            "declaring",
            "direct:participle-speaker-before",
        ),
        # PolNeAR train (New York Times, 2016): after a quotation and its frame, "but added"
        # is the same speaker's next act
        (
            "''I hate the term,'' Maureen Sherry said, but added that after taxes the family "
            "was not living large.",
            "after taxes the family was not living large",
            "Maureen Sherry",
            "added",
            "indirect:said-that",
        ),
        # BBC (business): the frame of an indirect claim, then "but warned that"
        (
            "The cross-Channel truck market is improving, Eurotunnel said, but warned that it "
            "was not benefiting from the container traffic.",
            "it was not benefiting from the container traffic",
            "Eurotunnel",
            "warned",
            "indirect:said-that",
        ),
        # ECB+: the speaker after the frame's cue does not matter: "said X, and alleged"
        (
            "The suspect's ID was found on a pillow, said prosecutor Aaron Strojny, and alleged "
            "the suspect later dressed the victim.",
            "the suspect later dressed the victim",
            "Aaron Strojny",
            "alleged",
            "indirect:said-clause",
        ),
        # PolNeAR train (Washington Post, 2016): a clause after a dash has its own subject,
        # which the verb after "and" shares
        (
            "Ms. Ayotte drew the candidate's ire - Trump called her weak and said she had no "
            "support in New Hampshire.",
            "she had no support in New Hampshire",
            "Trump",
            "said",
            "indirect:said-clause",
        ),
        # PolNeAR train (Washington Post, 2016): "and instead" before the second verb
        (
            "In the book, O'Donnell departed from the usual narrative and instead portrayed the "
            "developer as a crude bully.",
            "the developer as a crude bully",
            "O'Donnell",
            "portrayed",
            "indirect:characterisation",
        ),
        # PolNeAR train (New York Times, 2015): a name opening a subordinate clause, an aside
        # after it, then the cue
        (
            "The row started last week when Mrs. Clinton, in response to Mr. Trump's use of a "
            "crude reference to describe her loss in 2008, accused him of having a penchant for "
            "sexism.",
            "him of having a penchant for sexism",
            "Clinton",
            "accused",
            "indirect:name-aside",
        ),
        # BBC (business): the same after "after", the aside a relative clause
        (
            "The lawsuit was filed on Friday after Qwest Communications, which had an earlier "
            "offer rejected, said it would submit an improved bid.",
            "it would submit an improved bid",
            "Qwest Communications",
            "said",
            "indirect:name-aside",
        ),
        # PolNeAR train (HuffPost, 2016): "even" between the aside's comma and the cue
        (
            "RNC members and officials, in fact, even insist that Trump will exceed "
            "expectations among Latino voters.",
            "Trump will exceed expectations among Latino voters",
            "RNC members and officials",
            "insist",
            "indirect:name-aside",
        ),
        # PolNeAR train (Breitbart, 2016): a threat after "and", its subject the sentence's
        (
            "In April, Trump called Ford’s plans to open a plant in Mexico “an absolute "
            "disgrace,” and threatened to impose a 35 percent tax on imported Ford vehicles.",
            "to impose a 35 percent tax on imported Ford vehicles",
            "Trump",
            "threatened",
            "indirect:threat",
        ),
    ],
)
def test_shared_subject_claims(text: str, content: str, speaker: str, cue: str, rule: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.rule == rule


def test_another_subject_after_the_frame_speaks_for_itself() -> None:
    # guard: '"...," Smith said, and Jones said ...' is Jones's claim, not Smith's
    claim = claim_with(
        '"We will win this," Smith said, and Jones said the vote would be close.',
        "the vote would be close",
    )
    assert claim.speaker is not None and claim.speaker.name == "Jones"


def test_negated_cue_after_the_frame_says_nothing() -> None:
    # guard: "but did not say when" reports nothing
    claims = claims_of('"We will win this," Smith said, but did not say when the vote is.')
    assert not any("when the vote" in c.text for c in claims)


def test_participle_after_the_frame_is_no_act_of_the_speaker() -> None:
    # guard, PolNeAR train (Politico, 2016): '"...," McCain said, asked about ...': he was
    # asked, he asked nothing
    claims = claims_of(
        "“It’s been seven-and-a-half years,” McCain said, asked about the vagueness in an "
        "interview."
    )
    assert not any(c.cue and c.cue.text == "asked" and c.speaker for c in claims)


def test_colon_after_a_participle_of_no_speech_stays_with_the_cue() -> None:
    # guard, BBC (entertainment): "joking:" is no participle the engine gives a speaker, so the
    # quotation stays with the cue before it rather than being left with nobody
    claims = claims_of(
        'The actor apologised for not being in London, joking: "I am stuck in a car in LA."'
    )
    quote = next(c for c in claims if c.text == "I am stuck in a car in LA.")
    assert quote.speaker is not None and quote.speaker.name == "The actor"


def test_dash_aside_keeps_the_sentence_subject() -> None:
    # guard: a dash that closes an aside leaves the verb with the sentence's subject, not
    # with the aside's words ("a senator from Texas")
    claim = claim_with(
        "Mr. Cruz - a senator from Texas - attacked the plan and said it was a fraud.",
        "it was a fraud",
    )
    # the name is "Cruz" as "Mr Makower" is "Makower" (was "Mr. Cruz - a senator from Texas",
    # which "startswith" let pass)
    assert claim.speaker is not None and claim.speaker.name == "Cruz"


def test_such_as_opens_a_list_not_a_clause() -> None:
    # guard, BBC (business): "such as Indonesia, ..." names examples; the expert after the cue
    # speaks
    claim = claim_with(
        "Many of the affected countries, such as Indonesia, Sri Lanka or the Maldives, do not "
        "usually buy insurance, said a US-based insurance expert.",
        "Many of the affected countries, such as Indonesia, Sri Lanka or the Maldives, do not "
        "usually buy insurance",
    )
    assert claim.speaker is not None and claim.speaker.name == "a US-based insurance expert"


def test_said_little_about_how_is_no_claim() -> None:
    # guard, PolNeAR train (Politico, 2015): "but said little about how" reports no content
    claims = claims_of(
        'Sanders pledged Saturday to rid the world of "this barbarous organization" but said '
        "little about how."
    )
    assert not any(c.cue and c.cue.text == "said" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "The storm knocked out power across the state and threatened to flood the town.",
        "The dispute dragged on for months and threatened to derail the deal.",
    ],
)
def test_a_thing_that_threatens_after_and_is_no_speaker(text: str) -> None:
    # guard: the verb after "and" shares a subject that is a thing, not someone
    assert not any(c.rule == "indirect:threat" for c in claims_of(text))


def test_pointing_after_and_is_no_citation() -> None:
    # guard, PolNeAR train (Washington Post, 2016): "and pointed to a man in the crowd" is a
    # gesture; the characterisation after it stays
    claims = claims_of(
        "The candidate has mocked a reporter and recently pointed to a black man in the crowd "
        'at one of his rallies and called him "my African American."'
    )
    assert not any(c.rule.endswith(":citation") for c in claims)
