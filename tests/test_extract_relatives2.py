"""Golden tests: speech acts inside relative clauses, given to the relative's antecedent
(factdb/extract/attribution/, `_relative_act`, `_restrictive_antecedent`,
`_name_of_appositive_who`, `_found_before_relative`, `_RELATIVE_TIME`).

A restrictive relative on people the sentence's own verb governs ("attacked by critics who
warned about ...") reports their act, whose content runs to the sentence's end; an appositive
relative ("Jesus Garcia, a little-known county commissioner who accused him of ...") reports
the name's act even when the name is an object; and a time between "who" and its verb ("who
last year said ...") still leaves the relative's content ending before the main verb. A claim
earlier in the sentence, set apart from the relative by a quotation or a comma, leaves the
relative's act its own (`_found_before_relative`). Never
"who" as the speaker, never the last name of a list, never a relative whose main verb follows
("a spokeswoman who asked not to be named said"), never a relative on the sentence's own
subject ("Voters who accused him of lying backed Trump").
Passages are paraphrased from PolNeAR train (US political news, 2016), ECB+ (news of many
outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "kind", "rule"),
    [
        (
            # PolNeAR train (Washington Post, 2016): a restrictive relative on people after "by"
            "The plan was attacked by critics who warned about the cost of the program.",
            "the cost of the program",
            "critics",
            "indirect",
            "indirect:warning",
        ),
        (
            # PolNeAR train (Washington Post, 2015): an appositive relative on a name that is
            # the object of "with"
            "He faced a runoff with Jesus Garcia, a little-known county commissioner who accused "
            "him of catering to special interests.",
            "him of catering to special interests",
            "Jesus Garcia",
            "indirect",
            "indirect:accusation",
        ),
        (
            # PolNeAR train (New York Times, 2016)
            "Trump clashed with Megyn Kelly, a star anchor at Fox News who questioned his "
            "respect for women in a debate.",
            "his respect for women in a debate",
            "Megyn Kelly",
            "indirect",
            "indirect:challenge",
        ),
        (
            # PolNeAR train (2016): a time between "who" and the cue; the main clause's verb
            # ("has been campaigning") is no part of what was said
            "Glenn Beck, who last year said Trump was a sociopath, has been campaigning for Cruz.",
            "Trump was a sociopath",
            "Glenn Beck",
            "indirect",
            "indirect:said-clause",
        ),
        (
            "Glenn Beck, who last year described Trump as a sociopath, has been campaigning for "
            "Cruz.",
            "Trump as a sociopath",
            "Glenn Beck",
            "indirect",
            "indirect:characterisation",
        ),
        (
            # PolNeAR train (New York Times, 2015): a quotation claimed earlier in the sentence
            # leaves the restrictive relative after it an act of its own
            'He expressed amusement that Mr. Rubio had described his views "on English-language '
            'television," echoing commentators who have suggested that Mr. Rubio is more '
            "moderate in Spanish.",
            "Mr. Rubio is more moderate in Spanish",
            "commentators",
            "indirect",
            "indirect:relative-who",
        ),
        (
            # PolNeAR train (2016): a number's comma inside the relative is not the comma
            # that closes it; the main verb ("spoke") is no part of the call
            "Graham, who has called for 20,000 troops in Syria, spoke on Sunday.",
            "20,000 troops in Syria",
            "Graham",
            "indirect",
            "indirect:call",
        ),
        (
            # PolNeAR train (Washington Post, 2015): a relative set off by dashes ends at the
            # closing dash, before the main clause's verb
            "GOP front-runner Donald Trump - who previously said he would bomb the oil fields - "
            "offered few new details.",
            "he would bomb the oil fields",
            "Donald Trump",
            "indirect",
            "indirect:relative-who",
        ),
    ],
)
def test_relative_act_is_the_antecedents(
    text: str, content: str, speaker: str, kind: str, rule: str
) -> None:
    claims = [c for c in claims_of(text) if c.text == content]
    assert len(claims) == 1, [(c.text, c.rule) for c in claims_of(text)]
    claim = claims[0]
    assert claim.speaker.name == speaker
    assert claim.kind == kind
    assert claim.rule == rule


@pytest.mark.parametrize(
    "text",
    [
        # ECB+: the relative's verb is followed by the main verb of its own noun phrase
        "The cables were cut near Egypt, a France Telecom spokeswoman who asked not to be "
        "named said.",
        # PolNeAR train (Washington Post, 2016): the last of a list of places is no speaker
        "She did support workers in New York, Los Angeles and Seattle who demanded a $15 "
        "minimum wage.",
        # the relative is on the sentence's subject, whose own verb follows it
        "Voters who accused him of lying backed Trump.",
        # a thing, not a speaker
        "The report that warned of a recession was ignored.",
        # PolNeAR train (2016): the relative describes the speaker just named, whose
        # background it gives; the quotation is the sentence's claim
        '"We need change," said Lionel Sosa, an influential Hispanic Republican who said the '
        "party must reach out to Latinos.",
    ],
)
def test_no_relative_act(text: str) -> None:
    relative_acts = [
        c
        for c in claims_of(text)
        if c.rule
        in ("indirect:call", "indirect:accusation", "indirect:warning", "indirect:relative-who")
    ]
    assert relative_acts == []


def test_who_in_a_question_is_no_speaker() -> None:
    # "who" opens what was asked; the relative reading never names a speaker for "warned"
    claims = claims_of("Reporters asked who warned of a recession.")
    assert [(c.text, c.speaker.name, c.rule) for c in claims] == [
        ("who warned of a recession", "Reporters", "indirect:question")
    ]


def test_name_inside_a_dashed_aside_is_no_antecedent() -> None:
    # PolNeAR train (Politico, 2015): the dash before "who" closes an aside; the candidates
    # say, not the name inside the aside
    claims = claims_of(
        "He pushed back against candidates - like Republican front-runner Donald Trump - who "
        "say the country is in decline."
    )
    assert [c for c in claims if c.speaker.name == "Donald Trump"] == []
