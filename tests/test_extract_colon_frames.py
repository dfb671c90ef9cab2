"""A sentence with no reporting verb that hands over to its quotation with a colon.

'Mr Dean is confident though: "I think ..."', 'Kasich resisted: "Ohio governors do not have
the power ..."': the sentence's subject says the quoted words, though no verb says so. Not when
the subject is a thing or nobody ("It will be: "Should the United Kingdom ...?""), and not
when the frame brings in someone else whose words they may be ("a statement by ...", "with
finance minister Herve Gaymard telling parliament:"). Passages are from BBC News, ECB+ and
PolNeAR train (shortened).
"""

from __future__ import annotations

import pytest
from extraction import claims_of


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # BBC tech
        (
            'Rick Dean runs the group. Mr Dean is confident though: "I think if they see real '
            'HD, there is such a remarkable difference."',
            "Rick Dean",
            "I think if they see real HD",
        ),
        # BBC sport
        (
            "Joachim Johansson reached the final. Johansson was more restrained in his "
            'assessment: "I have to improve my serve if I am going to go all the way."',
            "Joachim Johansson",
            "I have to improve my serve",
        ),
        # PolNeAR train (USA Today)
        (
            'John Kasich was asked to suspend the law. Kasich resisted: "Ohio governors do not '
            'have the power to arbitrarily suspend federal and state constitutional rights."',
            "John Kasich",
            "Ohio governors do not have the power",
        ),
        # ECB+
        (
            "Andrew Wetzler, director of the council's endangered species program, was blunt: "
            "“We will see them in court.”",
            "Andrew Wetzler",
            "We will see them in court.",
        ),
    ],
)
def test_the_subject_of_a_colon_frame_says_the_quotation(
    text: str, speaker: str, words: str
) -> None:
    found = [c for c in claims_of(text) if c.text.startswith(words)]
    assert len(found) == 1
    claim = found[0]
    assert (claim.kind, claim.rule) == ("direct", "direct:colon-frame")
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # BBC business: the minister speaks, not Paris
        "However Paris was more subdued, with finance minister Herve Gaymard telling "
        'parliament: "We must continue along this path of saving money."',
        # PolNeAR train: the timing is no speaker; the words are the pollster's
        "The timing of the surge does not surprise pollster Daron Shaw: “Historically, "
        "lesser-known candidates beating establishment candidates is common.”",
        # BBC politics: the referendum's question, said by no one
        'It will be: "Should the United Kingdom approve the treaty establishing a constitution '
        'for the European Union?"',
        # ECB+: the statement is the scientist's
        'Below is a statement by Francesca Grifo, director of the program: "Several '
        'last-minute regulatory changes have undermined the scientific foundation of the law."',
    ],
)
def test_no_colon_frame_when_the_subject_is_not_who_speaks(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "direct:colon-frame"]
