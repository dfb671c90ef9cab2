"""Golden tests: plain verbs of speech the engine knows but dropped (factdb/extract/attribution/
sentence.py, content before ", SPEAKER said"; clause_after_cue.py, a clause without "that").

'Sanders' plan would "end all the kinds of health care we know," Hillary Clinton declared in
an interview Thursday, in ...': the comma that sets the speaker off may sit inside the closing
mark of a quotation the content ends with; the frame's adverbials then read as after a plain
comma. "They are saying his vote for that plan is a signal ...": a determiner "that" after a
preposition, with its noun and a verb after it, is inside the reported clause's subject, not
the clause's "that". Passages are quoted or paraphrased from PolNeAR train (US political news,
2016), BBC News (British news, 2004-05) and ECB+ (news of many outlets), the corpus named with
each case. One who "went out of his way to say" it said it; "after telling his aides he planned
to ..." tells a pronoun's clause with no "that", as "after telling them that ..." does. A frame
inside a relative clause ("declarations, which, critics say, will add to the cost") reports the
relative clause, never the main clause before it that ends in "which". An "as X noted" aside
between a subject and its predicate ("And that, as Trump points out, is quite a bit") reports
both halves, never the predicate alone. "said in a statement released by the Trump campaign the
AP report merits ...": who released it is still the frame. "erred in saying that ...": after
"in", a verb of speech with its "that" is the subject's saying.
"""

from __future__ import annotations

import pytest

from tests.extraction import assert_said, claims_of


@pytest.mark.parametrize(
    ("text", "content", "speaker", "rule"),
    [
        (
            # PolNeAR train (Politico): adverbials, a comma, then more of the writer's words
            'Bernie Sanders\' plan would "end all the kinds of health care we know," Hillary '
            "Clinton declared in an interview Thursday, in the latest escalation of words "
            "between the Democratic candidates ahead of the Iowa caucus.",
            'Bernie Sanders\' plan would "end all the kinds of health care we know,"',
            "Hillary Clinton",
            "mixed:speaker-after",
        ),
        (
            # ECB+: the same with "said about"
            "In addition to providing for her ill patients-whether or not they can foot the "
            'bill-"she\'s been a relentless promoter of prevention and wellness programs," Obama '
            "said about Benjamin, who has had many relatives die of preventable diseases.",
            "In addition to providing for her ill patients-whether or not they can foot the "
            'bill-"she\'s been a relentless promoter of prevention and wellness programs,"',
            "Obama",
            "mixed:speaker-after",
        ),
        (
            # BBC: "for that result" inside the clause's subject
            "The BBC's David Willey in Rome says one reason for that result is the changeover "
            "from the lira to the euro in 2001.",
            "one reason for that result is the changeover from the lira to the euro in 2001",
            "David Willey",
            "indirect:said-clause",
        ),
        (
            # PolNeAR train (Politico): a pronoun subject, so no named speaker
            "They are saying his vote for that plan is a signal he wants to play politics and "
            "not solve the funding problem.",
            "his vote for that plan is a signal he wants to play politics and not solve the "
            "funding problem",
            "unknown",
            "indirect:said-clause",
        ),
        (
            # PolNeAR train (Reuters via NYT): going out of one's way to say it is saying it
            "Putin went out of his way to say that Russia's economy had hit bottom this year.",
            "Russia's economy had hit bottom this year",
            "Putin",
            "indirect:said-that",
        ),
        (
            # PolNeAR train (NYT): after "telling", whom, then a pronoun's clause, no "that"
            "The candidate has bucked efforts to rein in his impulsive behavior, committing "
            "repeated gaffes after telling his aides he planned to adopt a more presidential "
            "tone.",
            "he planned to adopt a more presidential tone",
            "The candidate",
            "indirect:participle-said-clause",
        ),
        (
            # BBC: the frame sits inside a relative clause; what was said is the relative
            # clause, not the main clause before it
            "It obliges all firms with US stock market listings to make declarations, which, "
            "critics say, will add substantially to the cost of preparing their annual accounts.",
            "which, critics say, will add substantially to the cost of preparing their annual "
            "accounts",
            "critics",
            "indirect:speaker-inside",
        ),
        (
            # PolNeAR train (Washington Post), shortened: with a quantifier, "all of whom"
            "She praised the budding entrepreneurs in the slums of New Delhi - all of whom, she "
            "explained, needed a boost to reach their potential.",
            "all of whom, she explained, needed a boost to reach their potential",
            "unknown",
            "indirect:speaker-inside",
        ),
        (
            # BBC, shortened: the frame inverted ("said Mr Hopkins")
            "The fight goes to the courts which, said Mr Hopkins, are part of the whole messy "
            "conversation.",
            "which, said Mr Hopkins, are part of the whole messy conversation",
            "Hopkins",
            "indirect:speaker-inside",
        ),
        (
            # PolNeAR train (Washington Post): an "as X points out" aside between a subject and
            # its predicate; the claim is both, not the predicate alone
            "And that, as Trump points out, is quite a bit right now.",
            "that, as Trump points out, is quite a bit right now",
            "Trump",
            "indirect:speaker-inside",
        ),
        (
            # PolNeAR train (HuffPost): the aside set off by dashes, adverbials before its close
            "The statements are consistent with the rhetoric of her new Iowa ad, which — as "
            "columnist Jonathan Chait noted recently in New York magazine — promises to “stop "
            "the Republicans from ripping all our progress away” while clips of Donald Trump "
            "and Ted Cruz play on the screen.",
            "which — as columnist Jonathan Chait noted recently in New York magazine — promises "
            "to “stop the Republicans from ripping all our progress away” while clips of Donald "
            "Trump and Ted Cruz play on the screen",
            "Jonathan Chait",
            "mixed:speaker-inside",
        ),
        (
            # PolNeAR train (Breitbart): who released the statement is part of the frame; the
            # clause with no "that" comes after it
            "Republican vice presidential nominee Mike Pence said in a statement released by the "
            "Trump campaign the AP report merits the appointment of a special prosecutor.",
            "the AP report merits the appointment of a special prosecutor",
            "Mike Pence",
            "indirect:said-clause",
        ),
        (
            # PolNeAR train (Washington Post): a verb of speech after "in", its "that" after it
            'Clinton clearly erred in saying that the "90 to 95 percent" figure was from the '
            "State Department.",
            'the "90 to 95 percent" figure was from the State Department',
            "Clinton",
            "mixed:participle-said-that",
        ),
    ],
)
def test_plain_speech_verb_claims(text: str, content: str, speaker: str, rule: str) -> None:
    assert_said(text, content, speaker, rule)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # PolNeAR train (Washington Post): "that attack" is a thing asserted, no clause
        (
            "The Islamic State asserted responsibility for that attack, the worst bloodshed on "
            "French soil since World War II.",
            "responsibility for that attack",
        ),
        # ECB+: "so that" opens a purpose, not the clause of what is recommended
        (
            "It also recommends users set up IE so that it informs them ahead of time before "
            "running any Active Scripting features.",
            "users set up IE so",
        ),
        ("He agreed with that specific point.", "specific point"),
        # PolNeAR train (Politico) and BBC: after "in", no "that" or "in and": no claim
        (
            "I made a commitment that I will go wherever they want me, I said guys, I'm not "
            "going in and saying: Woe is me.",
            "Woe is me",
        ),
        (
            'They may be content if it does not "close too many doors" in writing - whatever '
            "spin is put on it.",
            "whatever spin",
        ),
        # after "while telling", a request to do something is no clause of what was told
        ("She smiled while telling him to go.", "to go"),
        ("She smiled while telling him to go.", "him to go"),
    ],
)
def test_determiner_that_guards(text: str, absent: str) -> None:
    assert not any(c.text.startswith(absent) for c in claims_of(text))


@pytest.mark.parametrize(
    "text",
    [
        # BBC and PolNeAR train (Washington Post): never the main clause ending in the relative
        # pronoun as what was said
        "It obliges all firms with US stock market listings to make declarations, which, "
        "critics say, will add substantially to the cost of preparing their annual accounts.",
        "But the way these issues get tested is through the courts which, said Mr Hopkins, "
        '"is part of the whole messy conversation."',
        "She compared her former employees at HP to the budding entrepreneurs in the slums of "
        "New Delhi - all of whom, she explained, needed a boost to reach their potential.",
    ],
)
def test_no_claim_ends_in_a_relative_pronoun(text: str) -> None:
    for claim in claims_of(text):
        if claim.cue is not None and claim.cue.text in ("say", "said", "explained"):
            assert not claim.text.rstrip(" ,").endswith(("which", "whom")), claim.text


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (NYT) and BBC: after an "as X said" aside a whole clause, its own
        # subject first, stays the claim
        (
            "Mr. Ailes was lending advice, given that, as The Times reported on Saturday, he has "
            "already emerged as an influential Trump adviser.",
            "he has already emerged as an influential Trump adviser",
        ),
        (
            "Commentators will listen for hints on whether, as the Conservatives claim, he plans "
            "to raise tax after the election.",
            "he plans to raise tax after the election",
        ),
    ],
)
def test_clause_after_as_aside_stays(text: str, content: str) -> None:
    assert any(c.text == content for c in claims_of(text))
