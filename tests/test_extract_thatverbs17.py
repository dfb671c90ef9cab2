"""Golden tests: verbs read only with a "that" clause and a person for subject (verb class
that_person in lexicons/verb_classes.txt; `_not_a_person_that` in
factdb/extract/attribution/sentence.py).

Verbs of speech ("signaled that", "clarified that", "confided to her that") and of guesses,
bets and assumptions ("guessed that", "anticipated that", "is betting that", "reckon that",
"assumed that") report what a person said or holds, but only with a "that" clause after them:
"signaled support for", "clarified regulations", "assumed office" are acts, and a thing that
signals ("It probably signals the beginning of a fight", "a more confident business sector
would signal that ...") speaks for nobody. A sentence that opens "Assuming that ..." is the
writer's supposition. Passages are paraphrased from PolNeAR train (US political news, 2016),
BBC News (British news, 2004-05) and ECB+ (news of many outlets), the corpus named with each.
"""

from __future__ import annotations

import pytest

from tests.extraction import assert_said, claim_with, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            # PolNeAR train (Politico, 2016)
            "Hillary Clinton and Bernie Sanders traded jabs on Monday. Clinton also signaled "
            "that she is girding for a fight at the debate Thursday night in Brooklyn.",
            "she is girding for a fight at the debate Thursday night in Brooklyn",
            "Hillary Clinton",
            "indirect:said-that",
        ),
        (
            # PolNeAR train (Washington Post, 2016)
            "Hillary Clinton misspoke on Sunday. A campaign aide later clarified that Clinton "
            "misspoke and intended to say that it was a mistake.",
            "Clinton misspoke and intended to say that it was a mistake",
            "A campaign aide",
            "indirect:said-that",
        ),
        (
            # ECB+ (a film review, 2008)
            "Bella is drawn to Edward Cullen. Neither can deny the attraction, even when Edward "
            "confides that he and his family are vampires.",
            "he and his family are vampires",
            "Edward",
            "indirect:said-that",
        ),
        (
            # PolNeAR train (Washington Post, 2016)
            "Maryam Violet was on the promenade with her family. She guessed that the family "
            "was Muslim, because some members were wearing headscarves.",
            "the family was Muslim, because some members were wearing headscarves",
            "Maryam Violet",
            "indirect:belief",
        ),
        (
            # PolNeAR train (New York Times, 2015)
            "Mr. Rubio, the Florida senator, anticipated that a question-and-answer session "
            "with business leaders would focus on terrorism.",
            "a question-and-answer session with business leaders would focus on terrorism",
            "Rubio",
            "indirect:belief",
        ),
        (
            # PolNeAR train (Washington Post, 2016)
            "Donald Trump accepted the nomination. Trump is betting that general-election "
            "voters feel so beleaguered that they will vote for change.",
            "general-election voters feel so beleaguered that they will vote for change",
            "Donald Trump",
            "indirect:belief",
        ),
        (
            # BBC News (business, 2005)
            "Even so, analysts reckon that the saga still has a long way to go.",
            "the saga still has a long way to go",
            "analysts",
            "indirect:belief",
        ),
    ],
)
def test_that_clause_after_a_that_person_verb(
    text: str, content: str, speaker: str, rule: str
) -> None:
    assert_said(text, content, speaker, rule)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # PolNeAR train (Politico, 2016): a thing signals, nobody speaks
        (
            "Trump won again. It probably signals the beginning of a protracted, three-way "
            "fight for the nomination.",
            "signals",
        ),
        # BBC News (business, 2005): the sector would signal it, it says nothing
        (
            "Observers had been hoping that a more confident business sector would signal that "
            "economic activity was picking up.",
            "signal",
        ),
        # PolNeAR train (USA Today, 2015): support signaled is an act, no clause
        (
            "He has proposed conducting surveillance on mosques and signaled support for a "
            "database of Muslims.",
            "signaled",
        ),
        # BBC News (tech, 2005): a noun, and "that" far after it opens no clause of it
        (
            "Visual Radio takes an existing FM signal from a radio station and enables that "
            "station to add pictures.",
            "signal",
        ),
        # ECB+ (2013): an act for subject
        (
            "Choosing DeGeneres, known for her gentler humor, signals that the Academy's next "
            "awards show will have a different tone.",
            "signals",
        ),
        # ECB+ (2008): an object, not a clause
        (
            "To that end, he clarified regulations addressing threats to polar bear habitat: "
            "greenhouse emissions from automobiles and power plants.",
            "clarified",
        ),
        # PolNeAR train (USA Today, 2016): the writer's supposition
        (
            "Assuming that Clinton remains a prohibitive favorite to win the general election, "
            "she might renominate Garland.",
            "Assuming",
        ),
        # MRPC (news, 2004): the head before "of" is a thing, not the name after it
        (
            "The death of Ghozi signals that terrorists will never get far in the Philippines.",
            "signals",
        ),
        # a thing for subject, capitalised as it opens the sentence
        ("Stocks rose sharply on Wednesday, signaling that investors expect a deal.", "signal"),
        # guards on the plain uses of the verbs
        ("Obama assumed office in January 2009 after winning the election.", "assumed"),
        ("Clinton signaled she would run for the Senate again next year.", "signaled"),
    ],
)
def test_no_claim_without_a_person_and_that(text: str, cue: str) -> None:
    claims = claims_of(text)
    assert not [c for c in claims if c.cue is not None and cue in c.cue.text], [
        (c.text, c.cue) for c in claims
    ]


def test_clarifying_after_the_main_clause() -> None:
    # PolNeAR train (Breitbart, 2016): "before clarifying that": the main clause's speaker
    text = (
        "\u201cI believe he is the best person to beat Hillary Clinton,\u201d the governor said, "
        "before clarifying that he, Christie, was the best candidate."
    )
    assert_said(
        text,
        "he, Christie, was the best candidate",
        "the governor",
        "indirect:participle-said-that",
    )


def test_determined_to_stays_an_intention() -> None:
    # BBC News (sport, 2005): the adjective "determined to" is untouched by the class
    text = "Olympic 10,000m champion Kenenisa Bekele is determined to add the world indoor record."
    assert_said(text, "to add the world indoor record", "Kenenisa Bekele", "indirect:belief")


def test_a_body_signals_for_itself() -> None:
    # a body named by a common noun speaks as its name would (paraphrase of a business-news
    # pattern: "the government/bank/company has signalled that ...")
    text = "The government has signalled that it will raise taxes next year."
    claim = claim_with(text, "it will raise taxes next year")
    assert claim.speaker is not None and claim.speaker.name == "government"


def test_and_even_before_the_subject() -> None:
    # PolNeAR train (USA Today, 2016): "And even" opens the sentence before its subject
    text = (
        "President Obama spoke in Ottawa. And even Obama tried to help them off the hook, "
        "noting that he'd demur too in their position."
    )
    assert_said(text, "he'd demur too in their position", "Obama", "indirect:participle-said-that")


def test_but_even_as_stays_a_subordinate_clause() -> None:
    # PolNeAR train (Politico, 2016): "But even as Trump claimed ...": the claim stops at its
    # quotation, and the main clause's speaker keeps his own
    text = (
        "But even as Trump claimed on Tuesday that \u201cGeneral Petraeus got in trouble for far "
        "less,\u201d one of the former prosecutors for David Petraeus said the two cases were "
        "quite different."
    )
    claim_with(text, "the two cases were quite different")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016), the clause after a new adjective of belief
        (
            "Clinton's allies, who are growing irritated by Sanders, are nervous that he is "
            "damaging Clinton.",
            "he is damaging Clinton",
            "Clinton's allies",
        ),
        # a common news pattern (constructed): a holder upbeat that ...
        (
            "Angela Merkel spoke in Berlin. Merkel remains upbeat that a deal can be reached.",
            "a deal can be reached",
            "Angela Merkel",
        ),
    ],
)
def test_more_adjectives_of_belief(text: str, content: str, speaker: str) -> None:
    assert_said(text, content, speaker, "indirect:belief")


@pytest.mark.parametrize(
    "text",
    [
        # no clause after them, no belief ("nervous about" a thing is one: see wants17)
        "She was nervous that night, her aides said later.",
        "Mr. Brown was persuaded to support the Texas senator after meeting him.",
    ],
)
def test_adjectives_without_a_clause(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule == "indirect:belief"]


def test_bosses_are_a_group() -> None:
    # BBC News (business, 2005): "Rover bosses" hold what they have said
    text = (
        "Rover bosses have said they are confident the investment deal would be signed in "
        "March or early April."
    )
    claim = claim_with(
        text, "they are confident the investment deal would be signed in March or early April"
    )
    assert claim.speaker is not None and claim.speaker.name == "Rover bosses"


def test_hypothesized_that() -> None:
    # PolNeAR train (Western Journal, 2016), with "that"
    text = (
        "Douglas Schoen is a former Clinton pollster. The pollster even hypothesized that "
        "Clinton could easily be replaced by Vice President Joe Biden."
    )
    claim = claim_with(text, "Clinton could easily be replaced by Vice President Joe Biden")
    assert claim.cue is not None and claim.cue.text == "hypothesized"
