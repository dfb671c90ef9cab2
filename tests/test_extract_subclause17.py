"""Speakers of claims in a subordinate clause after the main clause: ", even as advocates ...
called for", ", although bookmakers have said"; and guards for the clause that opens the
sentence, whose content would run on into the main clause."""

from extraction import assert_said, claims_of


def test_call_after_comma_even_as():
    assert_said(
        "On his personal blog on Tuesday, Schilling did not back down, even as advocates in "
        "the transgender community called for his dismissal.",
        "his dismissal",
        "advocates in the transgender community",
        "indirect:call",
    )


def test_call_after_comma_although_progressive():
    assert_said(
        "Ideas already floated include raising tax thresholds and abolishing or reducing "
        "inheritance tax, although some in the Tory party are urging Mr Howard to announce "
        "something more eye-catching before the election.",
        "Mr Howard to announce something more eye-catching before the election",
        "some in the Tory party",
        "indirect:call",
    )


def test_said_after_comma_although():
    assert_said(
        "Odds on Kenzie's victory have been slashed from 4/6 to 1/2, although bookmakers have "
        "said they are not ruling out a late rally from former Happy Mondays star Bez.",
        "they are not ruling out a late rally from former Happy Mondays star Bez",
        "bookmakers",
        "indirect:said-clause",
    )


def test_call_in_clause_after_fronted_time_ends_at_its_comma():
    text = (
        "In a September debate, while most of his competitors called for a bigger military "
        "effort to destroy the Islamic State, also known as ISIS or ISIL, Trump hewed more to "
        "President Obama's approach, noting that the Syrian leadership and ISIL are enemies."
    )
    assert_said(
        text,
        "a bigger military effort to destroy the Islamic State",
        "most of his competitors",
        "indirect:call",
    )
    # guard: the participle after the main clause is the main clause subject's act
    assert_said(
        text,
        "the Syrian leadership and ISIL are enemies",
        "Trump",
        "indirect:participle-said-that",
    )


def test_said_in_clause_after_fronted_time_ends_at_its_comma():
    assert_said(
        "In the 1980's, after the authorities said Mr. Gigante had assumed undisputed command "
        "of the Genovese family, he conducted his activities in a starkly unorthodox fashion "
        "for a Mafia leader.",
        "Mr. Gigante had assumed undisputed command of the Genovese family",
        "authorities",
        "indirect:said-clause",
    )


def test_participle_after_fronted_clause_is_the_main_subjects():
    text = (
        "While Clinton said the plan was flawed, Trump backed it, noting that it would create jobs."
    )
    assert_said(text, "the plan was flawed", "Clinton", "indirect:said-clause")
    assert_said(text, "it would create jobs", "Trump", "indirect:participle-said-that")


def test_guard_noun_call_after_while():
    text = (
        'While Sanders\'s clarion call for a "revolution" draws thousands of liberals to his '
        "rallies, Clinton's campaigning generates far more selective enthusiasm."
    )
    assert not any("draws thousands" in c.text for c in claims_of(text))


def test_guard_while_name_aside_keeps_the_name():
    text = (
        "Retired neurosurgeon Ben Carson proposed the creation of a federal agency to "
        "coordinate cyber security efforts, while Jeb Bush in a Medium post said he would put "
        "more conservative judges on the federal bench."
    )
    said = [c for c in claims_of(text) if c.text.startswith("he would put")]
    assert said and all(c.speaker.name == "Jeb Bush" for c in said)
