"""Golden tests: a statement that runs across a sentence boundary (factdb/extract/pipeline.py,
`_quote_with_tail`, `_quote_after_lead`, `_join_as_split`, `_sourced_after`;
factdb/extract/sentences.py).

'"A," said Senator Kirk, .... "B" or to control the arsenal.': the quotation after the frame
goes on with the statement the frame split, though a few of the writer's words follow it, as
for a quotation standing alone. A comma ending the second quotation leaves room for a new
speaker's frame, and a tail that names someone may be that frame, so both are left alone.
So does a quotation that ends a sentence after a few of the writer's words ('Unless rivals
quit, "it's very difficult to see how he is stopped."'); the writer's words stay out of the
claim, and a lead that may name someone else, or a fragment in the writer's report before
it, keeps the sentence apart. A place or a party abbreviated after a comma ("in Binghamton,
N.Y.", "Lindsey Graham, R-S.C.") ends its sentence when a quotation follows. A sentence that
only names a source ("That's according to exit polls.") sources the sentence before it
(`_sourced_after`).
Passages are paraphrased from PolNeAR train (US political news, 2016), BBC News (British
news, 2004-05) and ECB+ (news of many outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from factdb.extract.sentences import sentences
from tests.extraction import claims_of


@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016): NYT's doubled apostrophes as marks
            "''I cannot and will not support my party's nominee,'' said Senator Mark Kirk, "
            "Republican of Illinois. ''After much thought, I have concluded that Donald Trump "
            "lacks the temperament necessary'' or to control the nuclear arsenal.",
            [
                "I cannot and will not support my party's nominee",
                "After much thought, I have concluded that Donald Trump lacks the temperament "
                "necessary",
            ],
            "Mark Kirk",
        ),
        (
            # PolNeAR train (USA Today, 2016)
            '"There are a lot of undercover Trump voters," said Kellyanne Conway, a pollster. '
            '"They agree with him on issues, but they aren\'t there yet" to support him.',
            [
                "There are a lot of undercover Trump voters",
                "They agree with him on issues, but they aren't there yet",
            ],
            "Kellyanne Conway",
        ),
        (
            # ECB+ (2008), paraphrased
            "“We have to come up with a solution,” Dodd said. “These are unheard-of times, and "
            "no one can predict what is going to happen” with the economy.",
            [
                "We have to come up with a solution",
                "These are unheard-of times, and no one can predict what is going to happen",
            ],
            "Dodd",
        ),
        (
            # PolNeAR train (New York Times, 2016): a lead that opens with a subordinator
            "''It's an enormous moment,'' said Steve Schmidt, a Republican strategist. Unless "
            "further rivals quit the race, ''it's very difficult to see how he is stopped.''",
            [
                "It's an enormous moment",
                "it's very difficult to see how he is stopped.",
            ],
            "Steve Schmidt",
        ),
        (
            # PolNeAR train (Politico, 2016): a lead after a connective
            "“Many federal laws could technically be read as a criminal violation,” Susan "
            "Hennessey added. But that’s not the same thing as “properly chargeable under the "
            "law.”",
            [
                "Many federal laws could technically be read as a criminal violation",
                "properly chargeable under the law.",
            ],
            "Susan Hennessey",
        ),
    ],
)
def test_quotation_with_a_tail_goes_on_with_the_statement(
    text: str, pieces: list[str], speaker: str
) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    claim = claims[0]
    assert [text[s:e] for s, e in claim.segments] == pieces
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.kind == "direct"
    assert claim.rule == "direct:split"


def test_pronoun_led_quotation_goes_on_with_a_mixed_statement() -> None:
    # PolNeAR train (New York Times, 2016), shortened
    text = (
        "But Mr. Kim's ''execution has been challenged,'' Mr. Solomon said. He has directed ''a "
        "very ambitious internal reorganization which has gone on for a long time.''"
    )
    [claim] = claims_of(text)
    assert [text[s:e] for s, e in claim.segments] == [
        "Mr. Kim's ''execution has been challenged",
        "a very ambitious internal reorganization which has gone on for a long time.",
    ]
    assert claim.speaker is not None and claim.speaker.name == "Solomon"
    assert claim.kind == "mixed"
    assert claim.rule == "mixed:split"


@pytest.mark.parametrize(
    "text",
    [
        # BBC (2005), paraphrased: the comma leaves room for a new speaker's frame
        '"Nobody has paid any tax at all," observed Mr MacKenzie. "That was a total disaster, '
        'I just could not think of things to say," a crestfallen Mr Lim confided.',
        # BBC (2005), paraphrased: the tail names another speaker
        'Kevin Donnellon was asked: "Why do you want our representatives to be disabled?" '
        '"Don\'t you care about the Inuit?" implored campaigner Barry Lim.',
        # BBC (2005), paraphrased: the lead names someone else, who believes the words after it
        '"We have an opportunity to win this cup this year," Ferguson declared. It is a view '
        'shared by Rooney, who believes "if we can get past Milan, we have a great chance".',
        # PolNeAR train (Washington Post, 2016): a fragment in the writer's report before
        'The FBI confirmed that it was "working on matters related to the private email '
        'server." The agency declined to detail the inquiry\'s "specific focus, scope or '
        'potential targets."',
        # a new paragraph: the writer may have moved on
        '"We will win this state," Ms. Smith said.\n\n"The old rules no longer apply" to this '
        "race, the report found.",
    ],
)
def test_quotation_with_a_tail_is_not_joined_when_someone_else_may_speak(text: str) -> None:
    first = claims_of(text)[0]
    assert not first.segments
    assert first.rule != "direct:split"


@pytest.mark.parametrize(
    ("text", "pieces", "speaker"),
    [
        (
            # PolNeAR train (Politico, 2016): a place after a comma ends the frame's sentence
            "“Her role in fracking is not a good record,” Sanders said at a rally in Binghamton, "
            "N.Y. “Secretary Clinton worked to export fracking throughout the world.”",
            [
                "Her role in fracking is not a good record",
                "Secretary Clinton worked to export fracking throughout the world.",
            ],
            "Sanders",
        ),
        (
            # a party and state after a comma
            '"I am still supporting him," said Sen. Lindsey Graham, R-S.C. "Donald Trump must '
            'stop this."',
            ["I am still supporting him", "Donald Trump must stop this."],
            "Lindsey Graham",
        ),
    ],
)
def test_place_abbreviation_before_a_quotation_ends_the_sentence(
    text: str, pieces: list[str], speaker: str
) -> None:
    [claim] = claims_of(text)
    assert [text[s:e] for s, e in claim.segments] == pieces
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.kind == "direct"
    assert claim.rule == "direct:split"


def test_writers_sentence_before_a_place_abbreviation_stays_out() -> None:
    # ECB+ (2008), paraphrased: the quotation after "Calif." is the source's, not the writer's
    # sentence before it
    text = (
        "Reports surfaced that she was at the Betty Ford Center in Rancho Mirage, Calif. "
        '"Lindsay is back at Betty Ford," the source told us.'
    )
    [claim] = claims_of(text)
    assert claim.text == "Lindsay is back at Betty Ford,"
    assert claim.kind == "direct"


def test_initials_before_a_quoted_nickname_do_not_end_the_sentence() -> None:
    # PolNeAR train (2016), paraphrased: no comma before the initials, a nickname after them
    text = 'His campaign was represented by Gov. C.L. "Butch" Otter, an early endorser.'
    assert sentences(text, 0, len(text)) == [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart/AP, 2016), shortened: the source's own paragraph
            "Bernie Sanders’ campaign raised more than $21 million in January.\n\n"
            "That’s according to fundraising reports that the campaign is filing on Saturday.",
            "Bernie Sanders’ campaign raised more than $21 million in January",
            "fundraising reports",
        ),
        (
            # BBC (2005), paraphrased: a source with a relative clause after it
            "The way people watch TV will be radically different in five years' time.\n"
            "That is according to an expert panel which gathered at the Consumer Electronics "
            "Show in Las Vegas.",
            "The way people watch TV will be radically different in five years' time",
            "an expert panel",
        ),
    ],
)
def test_sentence_naming_only_a_source_sources_the_one_before(
    text: str, content: str, speaker: str
) -> None:
    [claim] = claims_of(text)
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker
    assert claim.kind == "indirect"
    assert claim.rule == "indirect:according-to-previous"


def test_sentence_before_a_source_is_not_taken_when_it_quotes_someone() -> None:
    # a quotation has its own speaker, even with no frame in its sentence
    text = '"We will win," the mayor said.\n\nThat is according to a report by the Times.'
    assert all(c.rule != "indirect:according-to-previous" for c in claims_of(text))
