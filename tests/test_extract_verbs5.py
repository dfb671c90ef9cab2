"""Golden tests: verbs of how a speaker sounds, read as speech only beside a quotation.

'"...," crowed the chief executive', 'then leaned in and boomed: "..."', 'interjected, "..."':
the verb reports the quoted words before it (with its speaker after it) or after a comma or a
colon (with its speaker before it). Guards: the same verbs in their other senses ("laughed at
the idea", "cracked "the code"", "beamed with pride", "laughed that ...") report nothing, and a
name that is spelt like one of them ("saying Marvel shut him out") is no cue. Passages are
paraphrased from PolNeAR train (US political news, 2016), BBC News (British news, 2004-05) and
ECB+ (news, 2006-2013), the corpus named with each case.
"""

from __future__ import annotations

import pytest
from extraction import claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue", "rule"),
    [
        pytest.param(
            # ECB+: the quotation before the verb, its speaker after it
            "“I never thought we could get a present like this,” crowed the Nvidia chief "
            "executive Jen-Hsun Huang in an interview.",
            "I never thought we could get a present like this,",
            "Jen-Hsun Huang",
            "crowed",
            "direct:speaker-after",
            id="crowed-inverted",
        ),
        pytest.param(
            # BBC News: a newspaper as the speaker, in the present tense
            '"Xavi played like Maradona on Wednesday," the paper beams.',
            "Xavi played like Maradona on Wednesday,",
            "paper",
            "beams",
            "direct:speaker-after",
            id="beams-paper",
        ),
        pytest.param(
            # BBC News: an inverted present tense after the quotation
            '"Nobody was hurt, but it was frightening at the time," laughs Conti.',
            "Nobody was hurt, but it was frightening at the time,",
            "Conti",
            "laughs",
            "direct:speaker-after",
            id="laughs-inverted",
        ),
        pytest.param(
            # PolNeAR train (Breitbart): the speaker after the quotation, a clause of its own next
            "“Go back to your network,” Trump barked as a guard led the reporter out.",
            "Go back to your network,",
            "Trump",
            "barked",
            "direct:speaker-after",
            id="barked-then-clause",
        ),
        pytest.param(
            # PolNeAR train (Breitbart): a colon before the quotation
            "Trump raised a hand, then leaned in and boomed: “We will beat her in November.”",
            "We will beat her in November.",
            "Trump",
            "boomed",
            "direct:speaker-before",
            id="boomed-colon",
        ),
        pytest.param(
            # PolNeAR train (New York Times): a comma before the quotation
            "In their first debate, Hillary Clinton cracked, \"I'm a progressive who likes to "
            'get things done."',
            "I'm a progressive who likes to get things done.",
            "Hillary Clinton",
            "cracked",
            "direct:speaker-before",
            id="cracked-comma",
        ),
        pytest.param(
            # PolNeAR train (Politico)
            "Silverman interjected, “Ladies and gentlemen, Mr. Paul Simon.”",
            "Ladies and gentlemen, Mr. Paul Simon.",
            "Silverman",
            "interjected",
            "direct:speaker-before",
            id="interjected-comma",
        ),
        pytest.param(
            # PolNeAR train (New York Times)
            'And Mr. Christie gloated: "I told you he wasn\'t ready."',
            "I told you he wasn't ready.",
            "Christie",
            "gloated",
            "direct:speaker-before",
            id="gloated-colon",
        ),
        pytest.param(
            # ECB+: a quotation cut short after the comma
            'At one point Warren Jeffs mumbled, "I am peace," and said nothing more.',
            "I am peace,",
            "Warren Jeffs",
            "mumbled",
            "direct:speaker-before",
            id="mumbled-comma",
        ),
        pytest.param(
            # BBC News: a phrase cue, an unnamed person after it
            '"Not in my name," piped up a woman at the back of the hall.',
            "Not in my name,",
            "a woman",
            "piped up",
            "direct:speaker-after",
            id="piped-up-inverted",
        ),
    ],
)
def test_sound_verb_beside_a_quotation(
    text: str, content: str, speaker: str, cue: str, rule: str
) -> None:
    """The verb of how a speaker sounds reports the quotation beside it, and names who spoke."""
    (claim,) = [c for c in claims_of(text) if c.cue is not None and c.cue.text.endswith(cue)]
    assert claim.text == content
    assert claim.kind == "direct"
    assert claim.rule == rule
    assert claim.speaker is not None
    assert speaker in (claim.speaker.name, claim.speaker.mention)


@pytest.mark.parametrize(
    "text",
    [
        # BBC News: the verbs in their other senses
        pytest.param("Mr Jones laughed at the idea that the bank would fail.", id="laughed-at"),
        pytest.param('The hackers cracked "the code" in two days.', id="cracked-object"),
        pytest.param("She beamed with pride as her son collected the award.", id="beamed-pride"),
        pytest.param("The company ventured into new markets last year.", id="ventured-into"),
        pytest.param("Fans jeered the referee after the final whistle.", id="jeered-object"),
        # PolNeAR train: a "that" clause after them is no speech of theirs
        pytest.param("Mr Smith laughed that the plan was a joke.", id="laughed-that"),
        # PolNeAR train (Associated Press): "chimed in" with no quotation beside it
        pytest.param(
            "More Republican candidates are chiming in with criticism of the plan.",
            id="chiming-in-with",
        ),
    ],
)
def test_sound_verb_without_a_quotation_reports_nothing(text: str) -> None:
    """Away from a quotation these verbs report no words."""
    assert claims_of(text) == []


def test_name_spelt_like_a_sound_verb_is_no_cue() -> None:
    """BBC News: "Marvel" after "saying" is the company, the subject of the reported clause."""
    text = (
        'Lee took legal action in 2002, saying Marvel shut him out of "jackpot" profits '
        "from the first film."
    )
    (claim,) = claims_of(text)
    assert claim.text == 'Marvel shut him out of "jackpot" profits from the first film'
    assert claim.cue is not None and claim.cue.text == "saying"
