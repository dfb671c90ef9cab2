"""Golden tests: speakers of reporting verbs other than "say"/"tell" whose noun phrase the
speaker search did not know (lexicons np_modifiers.txt and role_nouns.txt), a condition
after an adverb that is no reported clause (attribution/clause_after_cue.py, `_bare_clause`), and a
participle of speech inside a relative clause (attribution/relative_clauses.py, `_antecedent_name`).

A body's stance or status before its name ("the nonpartisan Congressional Budget Office",
"the left-leaning Brookings Institution") is a modifier of the speaker's phrase, as
"conservative" already was; "lobbyists" and "donors" head a speaker's phrase, as "activists"
and "supporters" do. "must declare publicly if they represent ...": an adverb then "if" or
"whether" after a verb that also takes objects opens a condition or a question, no clause said.
"Paul Ryan, who ... surprised Trump by declaring he couldn't ...": the participle is the act of
the name the relative clause describes, not of the sentence's subject; a "that" is no relative
there ("It was then that ... countered by asking", "followed that by saying").
Passages are quoted or paraphrased from PolNeAR train (US political news, 2016), the outlet
named with each case.
"""

from __future__ import annotations

import pytest

from tests.extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            # PolNeAR train (New York Times, 2016): "nonpartisan" before the body's name
            "A six-year trend of declining federal budget deficits will end this year, sooner "
            "than expected, the nonpartisan Congressional Budget Office reported on Tuesday -- "
            "a development that injects new questions into the presidential race.",
            "A six-year trend of declining federal budget deficits will end this year, sooner "
            "than expected",
            "Congressional Budget Office",
            "indirect:speaker-after",
        ),
        (
            # PolNeAR train (Washington Post, 2016): "lobbyists" heads the speaker's phrase
            'Corporate lobbyists describe such work as "a different cup of tea" than the typical '
            "contract lobbying for corporations.",
            'such work as "a different cup of tea"',
            "Corporate lobbyists",
            "mixed:characterisation",
        ),
        (
            # paraphrased from PolNeAR train (USA Today, 2016): the hyphenated form
            "The race will be close, the non-partisan Cook Political Report reported on Monday.",
            "The race will be close",
            "Cook Political Report",
            "indirect:speaker-after",
        ),
    ],
)
def test_speaker_phrase_with_new_words(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


def test_registered_lobbyist_is_no_name() -> None:
    # PolNeAR train (New York Times, 2016): the singular "lobbyist" stays out of the head
    # nouns, or the document's relative clause reads as a name
    text = (
        "Douglas E. Schoen arranged about a dozen meetings with State Department officials, "
        "according to reports Mr. Schoen filed as a registered lobbyist."
    )
    for claim in claims_of(text):
        assert claim.speaker is None or "filed" not in claim.speaker.name


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Politico, 2016): an obligation on a condition, nothing declared
        "Under federal law, U.S. lobbyists must declare publicly if they represent foreign "
        "leaders or their political parties.",
        # a question after the adverb
        "The firms must disclose publicly whether they represent foreign governments.",
    ],
)
def test_condition_after_adverb_is_no_clause(text: str) -> None:
    assert claims_of(text) == []


def test_condition_after_said_and_adverb_still_said() -> None:
    # guard: "said" takes a clause; its conditional clause after an adverb is still reported
    text = "She said repeatedly if elected she would close the border."
    assert [c.rule for c in claims_of(text)] == ["indirect:said-clause"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Politico, 2016): the relative clause's act is its antecedent's
            "For an hour, the Republican Party’s presumptive nominee sat face to face with House "
            "Speaker Paul Ryan, who just a week ago surprised Trump by declaring he couldn’t yet "
            "support his candidacy.",
            "he couldn’t yet support his candidacy",
            "Paul Ryan",
        ),
        (
            # PolNeAR train (New York Times, 2016): not the sentence's subject "He"
            "He will need their support with recent polls showing a tightening of the race with "
            "Donald J. Trump, who last week injected a volatile new element into the race by "
            "questioning Mr. Cruz's eligibility to be president because of his Canadian birth.",
            "Mr. Cruz's eligibility to be president because of his Canadian birth",
            "Donald J. Trump",
        ),
    ],
)
def test_participle_in_relative_clause_is_the_antecedents(
    text: str, content: str, speaker: str
) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # guards: the participle of the sentence's own subject
        ("Trump attacked Clinton, saying she was weak.", "she was weak", "Trump"),
        (
            # PolNeAR train (Washington Post, 2016): "that" is an object, no relative
            'Clinton followed that by saying, "I am not a natural politician."',
            "I am not a natural politician.",
            "Clinton",
        ),
    ],
)
def test_participle_of_the_subject_unchanged(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


def test_cleft_that_keeps_its_claim() -> None:
    # guard, ECB+: "It was then that" opens a cleft, not a relative clause
    text = (
        "It was then that agent Scott Boras countered by asking for an eight-year contract "
        "worth $200 million, sources said."
    )
    assert claim_with(text, "an eight-year contract worth $200 million").rule == "indirect:call"


def test_act_in_relative_clause_without_speech_stays_out() -> None:
    # guard, PolNeAR train (New York Times, 2015): "while saying goodbye" says nothing
    text = (
        "But Mrs. Clinton, who was distracted while saying goodbye to the previous guest, was "
        "not as friendly."
    )
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2016): "In addition to" before the opening participle
            "In addition to stating that unborn babies have no constitutional rights, Clinton has "
            "vowed to work to repeal the Hyde Amendment.",
            "unborn babies have no constitutional rights",
            "Clinton",
        ),
        (
            # PolNeAR train (New York Times, 2016): two adverbs before the main verb
            "After suggesting on Wednesday that he regretted lobbing juvenile insults at Mr. Trump "
            "last month, Mr. Rubio only occasionally disagreed with him.",
            "he regretted lobbing juvenile insults at Mr. Trump last month",
            "Rubio",
        ),
    ],
)
def test_opening_participle_reports(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:participle-opening")


@pytest.mark.parametrize(
    "text",
    [
        # guards: an opening participle that reports nothing
        "In addition to being a senator, Smith has written that taxes are too high.",
        "After winning Iowa, Cruz only briefly celebrated his victory.",
    ],
)
def test_opening_participle_without_report(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":participle-opening")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2015): a time and a place with its state
            # abbreviated open the sentence before its subject
            "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming "
            "without any evidence that President Obama wanted to take in 250,000 Syrian refugees.",
            "President Obama wanted to take in 250,000 Syrian refugees",
            "Trump",
        ),
        (
            # BBC News (business, 2004): "A day earlier," opens the sentence
            "A day earlier, Mr Yushchenko - keen to reassure potential investors - had said only "
            "30 to 40 top firms would be targeted.",
            "only 30 to 40 top firms would be targeted",
            "Yushchenko",
        ),
    ],
)
def test_subject_after_time_and_place_openers(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (Washington Post, 2016): "the Stanford graduate" is a person, not the
        # university (a guard once the openers are skipped; "Stanford" on the base without them)
        "At a conference that month in Aspen, Colo., the Stanford medieval-history graduate "
        'ended her speech with a line: "Every obstacle yields to stern resolve."',
        'The Stanford graduate ended her speech with a line: "Every obstacle yields to stern '
        'resolve."',
    ],
)
def test_name_modifying_a_role_is_no_speaker(text: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].speaker is not None
    assert claims[0].speaker.name != "Stanford"


def test_subject_after_even_so() -> None:
    # PolNeAR train (New York Times, 2015): "Even so," opens the sentence before a subject with
    # a dashed aside
    text = (
        "Even so, some liberal economists - including a minority of the Fed's own policy-making "
        "committee - warn that the central bank could undermine growth by raising rates "
        "prematurely."
    )
    assert_said(
        text,
        "the central bank could undermine growth by raising rates prematurely",
        "some liberal economists",
        "indirect:dash-aside",
    )


def test_as_a_result_stays_in_the_finding() -> None:
    # guard, PolNeAR train (Washington Post, 2016): the poll's finding keeps its connective
    text = (
        "As a result, just 18 percent of registered Hispanic voters have a favorable view of "
        "Trump in a new Washington Post-ABC News poll."
    )
    claim = claim_with(
        text,
        "As a result, just 18 percent of registered Hispanic voters have a favorable view of Trump",
    )
    assert claim.rule == "indirect:evidence"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # paraphrased from PolNeAR train (New York Times, 2016): a connective before the
            # participle's preposition
            "Now, after arguing that the results in Iowa effectively narrowed the primary to a "
            "three-man race, Rubio is suggesting that he can win.",
            "the results in Iowa effectively narrowed the primary to a three-man race",
            "Rubio",
        ),
        (
            "Later, while insisting that he was innocent, Smith resigned.",
            "he was innocent",
            "Smith",
        ),
    ],
)
def test_opening_participle_after_connective(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:participle-opening")


def test_opening_participle_after_connective_without_report() -> None:
    # guard: a deed after the connective reports nothing
    assert claims_of("Still, after winning Iowa, Cruz celebrated his victory.") == []


def test_question_put_to_an_addressee_without_comma() -> None:
    # PolNeAR train (Politico, 2016): the addressee, then the question with no comma
    text = (
        "Smith, delivering Cross’ speech, asked the Cleveland crowd \"If Hillary Clinton can't "
        'give us the truth, why should we give her the presidency?"'
    )
    assert_said(
        text,
        "If Hillary Clinton can't give us the truth, why should we give her the presidency?",
        "Smith",
        "direct:speaker-before",
    )


@pytest.mark.parametrize(
    ("text", "content", "rule"),
    [
        (
            # guard, PolNeAR train (Western Journalism, 2016): the quotation is inside an
            # indirect question, which the question act reads
            "New Hampshire Public Radio asked Clinton Friday how the “average person should view "
            "the hefty speaking fees?”",
            "average person should view the hefty speaking fees?",
            "direct:question",
        ),
    ],
)
def test_quotation_inside_indirect_question_unchanged(text: str, content: str, rule: str) -> None:
    assert claim_with(text, content).rule == rule


def test_quoted_name_after_asked_is_no_question() -> None:
    # guard: a programme's name between "asked" and the addressee, and no question
    assert claims_of('Smith asked the "Fox News" host about it.') == []


@pytest.mark.parametrize(
    "text",
    [
        # PolNeAR train (USA Today, 2016): the person before where he works, the body's stance
        # before its name
        '"Cruz\'s victory should give him momentum," says Stu Rothenberg of the non-partisan '
        "Rothenberg-Gonzales Political Report.",
        '"Cruz\'s victory should give him momentum," says Stu Rothenberg of the conservative '
        "Heritage Foundation.",
    ],
)
def test_person_of_a_described_body_is_a_person(text: str) -> None:
    claim = claim_with(text, "Cruz's victory should give him momentum,")
    assert claim.speaker is not None
    assert claim.speaker.name == "Stu Rothenberg"
    assert claim.speaker.kind == "person"
