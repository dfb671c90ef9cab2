"""Golden tests for words a thing carries and for transcripts labelled in ordinary case: a sign,
a cover or a T-shirt "saying" or "that said" a quotation holds the quoted words (as "reading"
and "that read" already did), typed `unknown` even when capitalised ("a T-shirt"), never a
person; a panel transcript whose turns open with a name in ordinary case and a colon
("Matthews: ...", "Lopez: ...") gives each turn to its speaker when a surname labels two turns
or more. Guards: a sender named as the sentence's subject still speaks through the message it
posted; title-case sub-heads ("Bernie Sanders: I'm Not Much Of A Socialist ...") stay
headline claims; sub-heads that each name someone new are no transcript.

Passages are real sentences, or short excerpts of them, from PolNeAR train
(../shared/corpora/polnear/train.jsonl), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with, claims_of


def test_sign_saying_holds_the_quotation() -> None:
    # PolNeAR train (Washington Post, 2016-03-22): the sign's words, its holder unnamed as
    # their writer
    text = (
        "Lori Bernstein held up a sign saying \"Jews Against Trump - Because We've Seen This "
        'Before." The crowd cheered.'
    )
    claim = claim_with(text, "Jews Against Trump - Because We've Seen This Before.")
    assert claim.speaker is not None
    assert claim.speaker.name == "a sign"
    assert claim.speaker.kind == "unknown"
    assert claim.rule == "direct:bearer-reads"


def test_cover_saying_holds_the_quotation() -> None:
    # PolNeAR train (Washington Post, 2016-04-05): a tabloid's cover
    text = 'This prompted the tabloid to do a cover saying "Don\'t be a Bum, Hil!"'
    assert_said(text, "Don't be a Bum, Hil!", "a cover", "direct:bearer-reads")


def test_hat_that_says_holds_the_quotation() -> None:
    # PolNeAR train (Breitbart, 2016-08-31, an embedded tweet)
    text = 'Rudy Giuliani is now wearing a campaign hat that says "MAKE MEXICO GREAT AGAIN ALSO".'
    claim = claim_with(text, "MAKE MEXICO GREAT AGAIN ALSO")
    assert claim.speaker is not None and claim.speaker.kind == "unknown"
    assert claim.rule == "direct:bearer-reads"


def test_capitalised_bearer_is_no_person() -> None:
    # built on the PolNeAR shape above: "T-shirt" opens with a capital, as a name does
    text = 'He wore a T-shirt that read "I love NY." They marched.'
    claim = claim_with(text, "I love NY.")
    assert claim.speaker is not None
    assert claim.speaker.name == "a T-shirt"
    assert claim.speaker.kind == "unknown"


def test_sender_of_a_message_still_speaks() -> None:
    # guard: the sentence's subject posted the message, so the words are hers
    text = 'Trump posted a message saying "Thank you Georgia" on Monday.'
    assert_said(text, "Thank you Georgia", "Trump", "direct:document-saying")


_PANEL = (
    "This cable news panel talked about Wall Street.\n\n"
    "Alex Seitz-Wald: She [Hillary Clinton] is right on all these things if you dig down, but "
    "it’s the vegetables. She’s trying to sell broccoli and Bernie Sanders is selling ice cream. "
    "You’re gonna feel terrible the next day if you eat a lot of ice cream, but for the moment, "
    "it sounds pretty good.\n\n"
    "Luciana Lopez: Saying to people ‘Wall Street speculation’ — everyone has different image "
    "of what that is.\n\n"
    "Matthews: Well, speculation is bad.\n\n"
    "Lopez: Well, no one is like, ‘My 401(k) is speculation.’ In a way, it gets to be all things "
    "to all people, to use these words that people then get to kind of define.\n"
)


def test_named_transcript_turns() -> None:
    # PolNeAR train (Huffington Post, 2016-02-21): a panel transcript labelled in ordinary case
    claim = claim_with(
        _PANEL,
        "She [Hillary Clinton] is right on all these things if you dig down, but it’s the "
        "vegetables. She’s trying to sell broccoli and Bernie Sanders is selling ice cream. "
        "You’re gonna feel terrible the next day if you eat a lot of ice cream, but for the "
        "moment, it sounds pretty good.",
    )
    assert claim.speaker is not None and claim.speaker.name == "Alex Seitz-Wald"
    assert claim.rule == "direct:transcript"
    lopez = claim_with(
        _PANEL,
        "Well, no one is like, ‘My 401(k) is speculation.’ In a way, it gets to be all things to "
        "all people, to use these words that people then get to kind of define.",
    )
    assert lopez.speaker is not None and lopez.speaker.name == "Luciana Lopez"


def test_section_heads_are_no_transcript() -> None:
    # guard: sub-heads each naming someone new (the shape of a "what each candidate needs"
    # piece) are the writer's sections, not turns
    text = (
        "Here is a look at what each candidate needs to do on Tuesday, and why it matters now.\n\n"
        "Sanders: Win in a walk, and then keep the money coming in for the long spring ahead.\n\n"
        "Clinton: Keep it close enough to say the result was no surprise to anyone at all.\n\n"
        "Cruz: Just hang on and wait for the race to move to friendlier states in the south.\n"
    )
    assert not [c for c in claims_of(text) if c.rule == "direct:transcript"]


def test_title_case_sub_head_stays_a_headline() -> None:
    # guard, PolNeAR train (Huffington Post, 2015-11-15): a sub-head in title case is a
    # headline claim, not a transcript turn, even where the label repeats
    text = (
        "Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage.\n\n"
        "The senator spoke to striking workers in Washington on Tuesday about wages and unions.\n\n"
        "Bernie Sanders: I’m Not Much Of A Socialist Compared To Eisenhower.\n\n"
        "Sanders: He said the rich must pay their share of the taxes that keep the country going."
        "\n"
    )
    rules = {c.rule for c in claims_of(text)}
    assert "direct:transcript" not in rules


def test_here_is_name_then_time_presents_the_quotation() -> None:
    # PolNeAR train (Huffington Post, 2016-03-23): "Here's X in <time>:" hands over to X's words
    text = (
        "The vote was close.\n\nHere’s Clinton in December 1992: “Our new direction must rest on "
        "an understanding of the new realities of global competition.”"
    )
    assert_said(
        text,
        "Our new direction must rest on an understanding of the new realities of global "
        "competition.",
        "Clinton",
        "direct:name-colon",
    )


def test_here_is_a_label_names_nobody() -> None:
    # guard: "Here's The Latest:" presents a section, not a speaker
    text = "The vote was close.\n\nHere’s The Latest: “Our new direction must rest on it.”"
    assert not [c for c in claims_of(text) if c.speaker and c.speaker.name == "Latest"]


def test_live_blog_headline_after_clock_time() -> None:
    # PolNeAR train (Huffington Post live blog, 2016-02-07): byline furniture and a time stamp
    # glued before the entry's title-case headline
    text = (
        "The Latest: GOP debate kicked off.\n"
        "Igor BobicFlagShareLikeReplyMari Hayman 5ptsmoderatorFeaturedFebruary 6, 2016 "
        "9:23PMRubio Says Abandoning Comprehensive Immigration Reform Was A Sign Of Leadership\n"
        "Marco Rubio defended himself on Saturday for bailing on his own immigration bill.\n"
    )
    claim = claim_with(text, "Abandoning Comprehensive Immigration Reform Was A Sign Of Leadership")
    assert claim.speaker is not None and claim.speaker.name.endswith("Rubio")
    assert claim.rule == "indirect:headline"


def test_last_of_a_line_of_headlines_after_a_dash() -> None:
    # PolNeAR train (Huffington Post, 2016-05-19): related headlines run together, each after
    # a dash; the last one credits its speaker
    text = (
        "The plane vanished on Thursday.\n\n"
        "— Here’s What We Know So Far About EgyptAir Flight MS804— 3 Important Things To Know "
        "About The Missing EgyptAir Flight— Egyptian Military: Personal Belongings, Debris From "
        "EgyptAir Jet Found— EgyptAir Flight MS804 Crashes Into Mediterranean Sea— Hillary "
        "Clinton Says EgyptAir Crash Seems Like An ‘Act Of Terrorism.’"
    )
    assert_said(
        text,
        "EgyptAir Crash Seems Like An ‘Act Of Terrorism.’",
        "Hillary Clinton",
        "mixed:headline",
    )


def test_headline_segment_run_into_body_is_left_alone() -> None:
    # guard, the ECB+ shape (headline glued to the story's first sentence): where the body runs
    # on after the headline, its end cannot be told, so nothing is credited
    text = (
        "Tara Reid In Rehab — Reid Says She Needs Help May 03, 2013 After skipping out on "
        "entering a Newport Beach facility, Reid has checked into the Betty Ford Center."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":headline")]


def test_some_say_names_nobody() -> None:
    # guard, PolNeAR train (Western Journal, 2016): "Some" is no name to credit a headline to
    text = (
        "Bombshell Hillary Photo From DURING Debate Surfaces — Some Say It Proves She Cheated."
        "\n\nFox News correspondent Ed Henry stirred the pot."
    )
    assert not [c for c in claims_of(text) if c.rule.endswith(":headline")]


def test_comment_opening_on_a_direction_mark() -> None:
    # PolNeAR train (Western Journal, 2015-12-16): readers' comments quoted, each line opening
    # on an invisible left-to-right embedding and a closing glyph typed for the opener
    text = (
        "Palin’s post resonated with Facebook viewers.\n\n"
        "\u202a”This is why ISIS has to be destroyed. They are evil. Children are gifts from God "
        "and are to be protected,” said John Krystek.\n\n"
        "\u202a”Isis declares death on a lot of people and will burn in hell for all eternity for "
        "it cause Gods children are precious to him!!! Thanks Sarah!!!” wrote Pete Hidalgo.\n"
    )
    assert_said(
        text,
        "This is why ISIS has to be destroyed. They are evil. Children are gifts from God and "
        "are to be protected,",
        "John Krystek",
        "direct:speaker-after",
    )
    claim = claim_with(
        text,
        "Isis declares death on a lot of people and will burn in hell for all eternity for it "
        "cause Gods children are precious to him!!! Thanks Sarah!!!",
    )
    assert claim.speaker is not None and claim.speaker.name == "Pete Hidalgo"


@pytest.mark.parametrize(
    "text",
    [
        # the shape of PolNeAR's "Police receive 911 calls saying shots have been fired": the
        # one who receives or comes by a document did not write it
        "Smith received a letter saying his benefits would end.",
        "Smith saw a video saying the vote was rigged.",
    ],
)
def test_receiver_of_a_document_is_no_sender(text: str) -> None:
    assert not [c for c in claims_of(text) if c.speaker and c.speaker.name == "Smith"]


def test_writer_of_a_document_still_speaks() -> None:
    # guard: "wrote a letter saying" is the writer's
    text = "Smith wrote a letter saying his benefits would end."
    assert_said(text, "his benefits would end", "Smith", "indirect:document-saying")


def test_embedded_tweet_is_its_signer_s() -> None:
    # PolNeAR train (Breitbart, 2016-07-05): an embedded tweet, signed "— Name (@handle) Date"
    text = (
        "Ryan reacted on Twitter.\n\n"
        '<tweet id="750366792434978816" author="@SpeakerRyan" datetime="2016-07-05">While I '
        "respect the professionals at the FBI, this announcement defies explanation. No one "
        "should be above the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, "
        "2016</tweet>."
    )
    assert_said(
        text,
        "While I respect the professionals at the FBI, this announcement defies explanation. "
        "No one should be above the law.",
        "Paul Ryan",
        "direct:post-signature",
    )


def test_embedded_tweet_without_its_tag() -> None:
    # the same signature in a paragraph of its own, as a pasted embed reads elsewhere
    text = (
        "Reaction was swift.\n\n"
        "Why isn't Pence wearing a Make Mexico Great Again Also hat? #RINO — Ben Jacobs "
        "(@Bencjacobs) September 1, 2016\n"
    )
    assert_said(
        text,
        "Why isn't Pence wearing a Make Mexico Great Again Also hat? #RINO",
        "Ben Jacobs",
        "direct:post-signature",
    )
