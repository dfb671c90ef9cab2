"""Golden tests for characterisations and demands the engine used to miss: "characterized X
as ...", "likened X to Y", "deemed X Y", "continued to portray X as Y", and speech acts in a
relative set off by commas ("Sen. Lindsey Graham, who's called for ..."), on real-news-shaped
sentences.

Passages are short paraphrases of PolNeAR train (../shared/corpora/polnear/train.jsonl)
sentences, each naming the behaviour it pins, with guard tests for the near shapes that must
stay without a claim.
"""

from __future__ import annotations

import pytest

from tests.test_extract_evidence import claims_of, only_claim


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        # PolNeAR train (NYT): "characterized ... as", a plain object
        (
            "Carson has characterized his recent speechmaking as the fulfillment of "
            "longstanding commitments.",
            "indirect:characterisation",
            "his recent speechmaking as the fulfillment of longstanding commitments",
            "Carson",
        ),
        # PolNeAR train (Politico): "characterizes" with quoted words, read as "described"
        (
            'On the campaign trail, Fiorina routinely characterizes herself as a "change '
            'warrior" who "saved the company."',
            "mixed:characterisation",
            'herself as a "change warrior" who "saved the company."',
            "Fiorina",
        ),
        # PolNeAR train (NYT): "likened X to Y" is a comparison, as "compared X to Y"
        (
            "Pierre de Vos, a professor in public law at the University of Cape Town, "
            "likened the campaign to a car crash.",
            "indirect:comparison",
            "the campaign to a car crash",
            "Pierre de Vos",
        ),
        # PolNeAR train (Politico): "deem" needs no adjective's ending nor quotation marks
        (
            "Politifact deemed those statements false because there is no ISIS recruitment video.",
            "indirect:characterisation",
            "those statements false",
            "Politifact",
        ),
        # PolNeAR train (Politico): a count with a comma opens the object
        (
            "The State Department has deemed about 1,500 of those pages purely personal and "
            "says it does not plan to process them.",
            "indirect:characterisation",
            "about 1,500 of those pages purely personal",
            "State Department",
        ),
        # PolNeAR train (NYT): a "despite" clause after it is the writer's
        (
            "Mr. Obama deemed the release of a few sanctions-busters a reasonable trade-off, "
            "despite the complaints of critics.",
            "indirect:characterisation",
            "the release of a few sanctions-busters a reasonable trade-off",
            "Obama",
        ),
        # PolNeAR train (Breitbart): a speaker who keeps on characterising, as "went on to"
        (
            "On the same day, Trump continued to portray illegal immigrants as violent criminals.",
            "indirect:characterisation",
            "illegal immigrants as violent criminals",
            "Trump",
        ),
        # PolNeAR train (Breitbart): one who sets about it
        (
            "Long before that, White House officials started to portray the shooting as a "
            "workplace issue.",
            "indirect:characterisation",
            "the shooting as a workplace issue",
            "White House officials",
        ),
        # PolNeAR train (Politico): a call in a relative set off by commas, "who's" for "who
        # has"; the relative ends at its comma, before the main clause
        (
            "Other than South Carolina Sen. Lindsey Graham, who's called for 20,000 troops split "
            "between Syria and Iraq, the candidates aren't offering specifics.",
            "indirect:call",
            "20,000 troops split between Syria and Iraq",
            "Lindsey Graham",
        ),
        # ECB+ (wire news): a promise in such a relative
        (
            "It was the first poll held under President Kurbanguly Berdymukhamedov, who has "
            "promised to end the nation's international isolation.",
            "indirect:promise",
            "to end the nation's international isolation",
            "Kurbanguly Berdymukhamedov",
        ),
        # PolNeAR train (Huffington Post): a relative "that" in what something is described
        # as belongs to the characterisation, no "that" clause of the speaker's
        (
            "Smith described the plan as a short-term buzz that voters would reject if they "
            "only understood it.",
            "indirect:characterisation",
            "the plan as a short-term buzz that voters would reject if they only understood it",
            "Smith",
        ),
        # PolNeAR train (Huffington Post): an opening participle after "But in", said by the
        # main clause's subject
        (
            "But in describing the plan as a short-term buzz, the journalists are missing the "
            "sound reasons people support it.",
            "indirect:participle-opening",
            "the plan as a short-term buzz",
            "the journalists",
        ),
        # BBC News (education): a passive characterisation, said by its agent after "by"; the
        # claim is the passive's subject and the words
        (
            'Her comments have been described as "irresponsible" and "outrageous" by the '
            "Islamic Human Rights Commission.",
            "mixed:characterisation",
            'Her comments have been described as "irresponsible" and "outrageous"',
            "Islamic Human Rights Commission",
        ),
        # BBC News (technology): the agent before "as"
        (
            'The Macintosh, sold for £339 in the UK, was described by Jobs as the "most '
            'important Mac" made by Apple.',
            "mixed:characterisation",
            'the "most important Mac" made by Apple',
            "Jobs",
        ),
        # BBC News (politics): "dubbed" with the words quoted
        (
            'The Law Society dubbed Mr Clarke\'s new proposals an "abuse of power".',
            "mixed:characterisation",
            'Mr Clarke\'s new proposals an "abuse of power"',
            "Law Society",
        ),
        # BBC News (politics): a passive's words quoted whole, said by the agent
        (
            "Reports that Tony Blair is planning a snap general election have been described as "
            '"idle speculation" by Downing Street.',
            "mixed:characterisation",
            "idle speculation",  # a subject with a verb of its own: the words alone
            "Downing Street",
        ),
        # PolNeAR train (NYT): a relative on an appositive's head: the name it describes speaks,
        # never "who"
        (
            "But Mr. Guerrero, a Republican who described himself as a religious Catholic, said "
            "he recoiled.",
            "indirect:characterisation",
            "himself as a religious Catholic",
            "Guerrero",
        ),
        # PolNeAR train (Politico): so for an accusation
        (
            '"Do they read newspapers?" said Bob Mulholland, a California superdelegate who has '
            "accused Sanders supporters of harassing his peers.",
            "indirect:accusation",
            "Sanders supporters of harassing his peers",
            "Bob Mulholland",
        ),
        # PolNeAR train (The Hill): what is portrayed may hold "of"
        (
            "Republicans have portrayed her use of the private email system as a reckless "
            "danger to national security.",
            "indirect:characterisation",
            "her use of the private email system as a reckless danger to national security",
            "Republicans",
        ),
        # PolNeAR train (Breitbart): an adverb between the subject and the verb
        (
            "Rush Limbaugh has even likened Perez to socialist Hugo Chavez.",
            "indirect:comparison",
            "Perez to socialist Hugo Chavez",
            "Rush Limbaugh",
        ),
    ],
)
def test_characterisations_and_acts(text: str, rule: str, content: str, speaker: str) -> None:
    claim = only_claim(text, ":" + rule.split(":", 1)[1])
    assert claim.rule == rule
    assert claim.text == content
    assert claim.speaker is not None and claim.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a passive with "by": what the period was like, nobody's characterisation
        "The period was characterized by rapid growth and low inflation.",
        # "deem" in the passive, before "to be", after a modal and an adverb, in a relative
        "Many potential Sanders delegates were deemed ineligible.",
        "The court deemed him to be a flight risk.",
        "If the Sox are pushed to 10 years, they would likely deem it acceptable.",
        "They will protect their property in whatever manner they deem most appropriate.",
        # an infinitive of intent is no characterisation yet
        "He wants to call the plan a disaster.",
        # what the speaker in a relative would call for is not yet said
        "Other than Sen. Lindsey Graham, who would call for more troops, the candidates are silent.",
        # a passive description is nobody's, nor the clause inside it
        "Painkiller has been described as a game that adds a few modern touches to the genre.",
        # a passive with no agent names no speaker; a title is no characterisation
        'This feature of the movement has been called "strategic ambiguity".',
        "The song is called Gonna Have a No 1 This Christmas by Moped Vs Santa.",
        # "dub" also lays a voice on a film: without quoted words, no characterisation
        "The comedian dubbed himself over footage of Trump talking on Fox News.",
        # a relative on a head no name stands before describes nobody the reader can check
        "The firm hired a lawyer who called the plan a disgrace.",
        # "as" opening a clause of time is no characterisation
        "He described the state of the economy as he left the stage.",
        # a likeness nobody states
        "The hotel, likened by some to a palace, opened in 1923.",
    ],
)
def test_no_characterisation(text: str) -> None:
    assert not [
        c
        for c in claims_of(text)
        if c.rule.endswith((":characterisation", ":comparison", ":call", ":said-that"))
    ]


def test_a_deed_kept_on_is_no_speech() -> None:
    # ECB+ (wire news): "add" also names a deed with a plain object; kept on, it says nothing
    text = "T-Mobile USA continues to add to its growing smartphone portfolio with the Q10."
    assert claims_of(text) == []
