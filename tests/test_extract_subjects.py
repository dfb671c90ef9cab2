"""Golden tests for the subject a verb after "and" shares across a subordinate clause.

"such as when Cruz knocked Rubio on trade and called him a "moderate"": the verb after "and"
goes on the "when" clause, so its speaker is that clause's subject, not the main clause's.
Only a clause that trails its main clause shares so: one before its main clause ("..., and
when Rubio thanked Miami and said ..., a man yelled") would let what was said run on into
the main clause, and a time or a cause ("after he clinched the nomination and said") may end
before the "and". A cue inside a leading clause ("When asked whom she supported, Ms. Sherry
smiled and said") leaves the main clause's subject to the verb after "and"; "but called it
..." right after a claim is its speaker's next act. Passages are quoted from PolNeAR train (../shared/corpora/polnear/train.jsonl).
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker", "rule"),
    [
        # PolNeAR train (Washington Post, 2015-11-13): "when" trailing its main clause
        (
            "There have been more-pointed references, such as when Cruz knocked Rubio on trade "
            'and called him a "moderate," a subtle dig at a candidate who came into office as a '
            "tea party darling.",
            "called",
            'him a "moderate,"',
            "Cruz",
            "mixed:characterisation",
        ),
        # PolNeAR train (Breitbart, 2016-03-01): a request in the "when" clause
        (
            "The Louisville crowd cheered when Trump spotted a sign in the crowd and asked it to "
            "be fetched for him.",
            "asked",
            "it to be fetched for him",
            "Trump",
            "indirect:call",
        ),
        # PolNeAR train (New York Times, 2016-02-01): a cue inside the leading "when" clause
        # ("asked") is no act the verb after "and" goes on with
        (
            "When asked whom she supported, Ms. Sherry smiled and said, ''I'm waiting for "
            "Michael Bloomberg to get in the race.''",
            "said",
            "I'm waiting for Michael Bloomberg to get in the race.",
            "Sherry",
            "direct:speaker-before",
        ),
        # PolNeAR train (Washington Post, 2016-07-06): the same after "When told ..."
        (
            "When told Perez was in President Obama's Cabinet, Bush thought for a moment and "
            "said that in the current political climate, \"I think it's kind of an advantage "
            'not to be a celebrity."',
            "said",
            "I think it's kind of an advantage not to be a celebrity.",
            "Bush",
            "direct:partial",
        ),
        # PolNeAR train (Politico, 2016-02-23): "but called" right after a claim cut off there
        # is the same speaker's next act
        (
            "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he hadn\u2019t gotten a "
            "chance to read the president's plan, but called it a \u201cstarting point for our "
            "deliberations.\u201d",
            "called",
            "it a “starting point for our deliberations.”",
            "Jack Reed",
            "mixed:characterisation",
        ),
    ],
)
def test_verb_after_and_shares_the_subordinate_subject(
    text: str, cue: str, content: str, speaker: str, rule: str
) -> None:
    claims = [c for c in extract_article(text).claims if c.cue is not None and c.cue.text == cue]
    assert [(c.text, c.speaker.name if c.speaker else None, c.rule) for c in claims] == [
        (content, speaker, rule)
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # PolNeAR train (Politico): a time clause; the saying is McConnell's, not the mogul's
        (
            "McConnell was quick to embrace the mogul after he clinched the nomination and said "
            "this week that Trump is looking like he'll be \u201cvery competitive\u201d in November.",
            "said",
        ),
        # a clause before its main clause with no break to end it: its words would run into
        # the main clause (with a comma it is a claim: tests/test_extract_said4.py)
        (
            "When Rubio thanked Miami and said it was great to be home a man yelled.",
            "said",
        ),
    ],
)
def test_no_shared_subject_across_a_leading_or_time_clause(text: str, cue: str) -> None:
    assert [
        c.text for c in extract_article(text).claims if c.cue is not None and c.cue.text == cue
    ] == []
