"""Golden tests for an indirect claim interrupted in mid-sentence by its speaker set off by
commas ("..., they say, but he is still ...", "..., he said, becomes hopeless"): the rest of
the sentence after the frame is still the claim when it is a "but" clause with a subject of
its own, the "but also" half of "not only", or the predicate a verbless subject before the
frame still waits for. What else follows such a frame ("..., he said, on condition of
anonymity", "..., but added that ...", "..., officials said, the first by ...") stays out.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), BBC and ECB+ (../shared/corpora/), each named in a
comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of


def _pieces(text: str, content: str) -> list[str]:
    claim = claim_with(text, content)
    return [text[s:e] for s, e in (claim.segments or [(claim.start, claim.end)])]


@pytest.mark.parametrize(
    ("text", "content", "speaker", "pieces"),
    [
        # PolNeAR train (New York Times, 2016): the "but" clause has its own subject ("he")
        (
            "He may not electrify a room the way he once did, Mr. Clinton's friends say, but "
            "he is still an effective advocate for Mrs. Clinton.",
            "He may not electrify a room the way he once did, Mr. Clinton's friends say, but "
            "he is still an effective advocate for Mrs. Clinton",
            "Clinton's friends",
            [
                "He may not electrify a room the way he once did",
                "but he is still an effective advocate for Mrs. Clinton",
            ],
        ),
        # BBC (business): a contrast with its own subject, the company's figures both
        (
            "Total production costs were £1.30 per gigajoule, UK Coal said, but the average "
            "selling price was just £1.18 per gigajoule.",
            "Total production costs were £1.30 per gigajoule, UK Coal said, but the average "
            "selling price was just £1.18 per gigajoule",
            "UK Coal",
            [
                "Total production costs were £1.30 per gigajoule",
                "but the average selling price was just £1.18 per gigajoule",
            ],
        ),
        # ECB+: "he" in the second half is the speaker, what he did not know is his to say
        (
            "Kirkpatrick was let go by his employer last Thursday, Tim Fanning said, but he did "
            "not know how long the suspect had worked at the business.",
            "Kirkpatrick was let go by his employer last Thursday, Tim Fanning said, but he did "
            "not know how long the suspect had worked at the business",
            "Tim Fanning",
            [
                "Kirkpatrick was let go by his employer last Thursday",
                "but he did not know how long the suspect had worked at the business",
            ],
        ),
        # PolNeAR train (Western Journalism, 2016): "not only ..., she said, but also ..."
        (
            "Phyllis Schlafly wrote often about the border. A wall would not only address the "
            "flow of criminals coming across the border, Schlafly said, but also the flow of "
            "illegal drugs.",
            "A wall would not only address the flow of criminals coming across the border, "
            "Schlafly said, but also the flow of illegal drugs",
            "Phyllis Schlafly",
            [
                "A wall would not only address the flow of criminals coming across the border",
                "but also the flow of illegal drugs",
            ],
        ),
        # PolNeAR train (New York Times, 2016): the subject before the frame, its verb after
        (
            "Charlie Sykes, the conservative radio host, was blunt. Therefore any attempt to "
            "debunk a falsehood by Mr. Trump, Mr. Sykes said, becomes hopeless.",
            "Therefore any attempt to debunk a falsehood by Mr. Trump, Mr. Sykes said, becomes "
            "hopeless",
            "Charlie Sykes",
            ["Therefore any attempt to debunk a falsehood by Mr. Trump", "becomes hopeless"],
        ),
    ],
)
def test_claim_goes_on_after_the_frame(
    text: str, content: str, speaker: str, pieces: list[str]
) -> None:
    assert_said(text, content, speaker, "indirect:speaker-inside")
    assert _pieces(text, content) == pieces


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guard: what the speaker did after saying it is theirs, no part of the claim
        (
            "The economy is weak, the minister said, but added that it will recover next year.",
            "The economy is weak",
            "the minister",
        ),
        # guard (PolNeAR train, Washington Post, 2016): how it was said is the writer's
        (
            "He was unable to find a single taker, Mr. Jones said, on condition of anonymity.",
            "He was unable to find a single taker",
            "Jones",
        ),
        # guard (PolNeAR train, New York Times, 2015): an elaboration with no verb stays out
        (
            "Ms. Malik also had two in-person interviews, federal officials said, the first by a "
            "consular officer in Pakistan.",
            "Ms. Malik also had two in-person interviews",
            "federal officials",
        ),
        # guards: a "but" clause that answers or reports is the writer's narration
        (
            "The plan is dead, Mr. Jones said, but Mr. Smith disagreed.",
            "The plan is dead",
            "Jones",
        ),
        (
            "The plan is dead, Mr. Jones said, but the governor has yet to respond.",
            "The plan is dead",
            "Jones",
        ),
        # guard: a participle after the frame is the writer's ("citing", "adding")
        (
            "Members of the Trump family long ago soured on Lewandowski, the Post reported, "
            "citing another anonymous source.",
            "Members of the Trump family long ago soured on Lewandowski",
            "Post",
        ),
    ],
)
def test_what_follows_the_frame_stays_out(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:speaker-after")


def test_a_pronoun_and_an_unnamed_person_are_one_speaker() -> None:
    # PolNeAR train (New York Times, 2016): "she and another reporter" said it, together; the
    # claim was dropped for the "and" before "another reporter", and no pronoun may name it
    text = (
        "And on Tuesday night, the Trump campaign manager, Corey Lewandowski, roughly yanked the "
        "arm of a Breitbart reporter as she tried to ask Mr. Trump about affirmative action, she "
        "and another reporter said."
    )
    claim = claim_with(
        text,
        "on Tuesday night, the Trump campaign manager, Corey Lewandowski, roughly yanked the "
        "arm of a Breitbart reporter as she tried to ask Mr. Trump about affirmative action",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "unknown"
    assert claim.speaker.mention == "she and another reporter"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guard (PolNeAR train, New York Times, 2016): a pronoun with a group of its own names
        # the group a later "they" stands for, as before
        (
            "She and her aides have vowed to win back the public's trust.",
            "to win back the public's trust",
            "She and her aides",
        ),
        # guard: a pronoun and a name, unknown as before
        (
            "It's not only about creating big audiences for advertisers, he and Mr. Allen said.",
            "It's not only about creating big audiences for advertisers",
            "unknown",
        ),
    ],
)
def test_pronoun_conjuncts_as_before(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        # PolNeAR train (Politico, 2016): a gerund subject with "that" as its determiner
        (
            "Defending that terrain is squarely within the Biden wheelhouse, said a handful of "
            "Democrats who point to his strong relationships with organized labor.",
            "Defending that terrain is squarely within the Biden wheelhouse",
            "a handful of Democrats",
            "indirect:speaker-after",
        ),
        # PolNeAR train (New York Times, 2016): the same, before "as X suggested"
        (
            "Bridging that gap means cutting costs wherever savings can be found, as Mr. "
            "McDonough suggested at the meeting with analysts.",
            "Bridging that gap means cutting costs wherever savings can be found",
            "McDonough",
            "indirect:as-source",
        ),
        # PolNeAR train (New York Times, 2016): a short gerund subject and its verb
        (
            "Finding the tunnels is hard, Mr. Bauman said.",
            "Finding the tunnels is hard",
            "Bauman",
            "indirect:speaker-after",
        ),
    ],
)
def test_a_gerund_subject_opens_the_claim(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # guard (PolNeAR train, New York Times, 2016): a participle and its own "as" clause
        # are the writer's lead-in, no claim
        (
            "Growing sharper as he spoke, Mr. Trump continued: ''The worst attack ever in this "
            "country? It was during his presidency.''",
            "Growing sharper as he spoke",
        ),
        # guard: after a reporting gerund, "that" opens its clause ("Noting that ...")
        (
            "Noting that only Kirk voted for the bill, Mr. Tester said it was a shame.",
            "Noting that only Kirk voted for the bill",
        ),
    ],
)
def test_a_participle_opener_is_no_claim(text: str, absent: str) -> None:
    assert all(c.text != absent for c in claims_of(text))


def test_a_weak_verb_after_a_dash_aside() -> None:
    # PolNeAR train (New York Times, 2016): "declared that" after an aside set off by dashes
    # is said by the subject before the dashes, as after an aside set off by commas
    assert_said(
        "On his way out of the campaign, Mr. Bush - in a line that seemed squarely directed at "
        "Mr. Trump's divisive brand of politics - declared that a president must tend to all "
        "corners of the country and all kinds of people.",
        "a president must tend to all corners of the country and all kinds of people",
        "Bush",
        "indirect:dash-aside",
    )
