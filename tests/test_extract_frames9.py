"""Golden tests for quotations and reports whose speaker is written in the frame but was not
found: a clause joined by "and" to a whole clause before it ("Duff sustained a knee injury ...
and manager Jose Mourinho said:"), where the subject after "and" is the speaker, not nobody and
not the object before "and". Guards: a relative or subordinate clause before "and" ("when Cruz
and Rubio implied"), a list that is the antecedent of "who", and a list of objects of a verb
that reports ("He said Smith and Jones agreed") stay as they were.

Passages are real sentences, or short excerpts of them, from BBC, ECB+ and PolNeAR train
(../shared/corpora/), each named in a comment with the behaviour it pins.
"""

from __future__ import annotations

import pytest
from extraction import assert_said, claim_with


def test_subject_after_and_joining_a_clause() -> None:
    # BBC sport/103: the manager speaks, after a clause about the injured player
    text = (
        "Duff sustained a knee injury in the FA Cup defeat at Newcastle and manager Jose "
        'Mourinho said: "He cannot run. His injury is very painful, so he is out."'
    )
    claim = claim_with(text, "He cannot run. His injury is very painful, so he is out.")
    assert claim.speaker is not None
    assert claim.speaker.name == "Jose Mourinho"
    assert claim.speaker.role == "manager"


def test_unnamed_spokesman_after_and() -> None:
    # BBC sport/050
    text = (
        "They have until midnight on 16 December and an IAAF spokesman said: \"We're sure "
        'their responses are on their way."'
    )
    assert_said(
        text, "We're sure their responses are on their way.", "an IAAF spokesman",
        "direct:speaker-before",
    )  # fmt: skip


def test_time_before_and_is_no_part_of_the_speaker() -> None:
    # ECB+ 25_6ecb: "Thursday and coach Sean Payton" was the speaker's name
    text = (
        "Bush tweaked his left knee last Thursday and coach Sean Payton said the Saints decided "
        "to put the running back on IR."
    )
    claim = claim_with(text, "the Saints decided to put the running back on IR")
    assert claim.speaker is not None
    assert claim.speaker.name == "Sean Payton"


def test_list_after_subordinator_speaks_together() -> None:
    # guard, PolNeAR train (Washington Post, 2016): "when" opens a clause whose subject is
    # the whole list
    text = (
        "But Trump seemed to become especially agitated when Cruz and Rubio implied that the "
        "billionaire couldn't win the nomination or the election."
    )
    claim = claim_with(text, "the billionaire couldn't win the nomination or the election")
    assert claim.speaker is not None
    assert claim.speaker.name == "Cruz and Rubio"


def test_list_before_who_is_not_split() -> None:
    # guard, BBC entertainment/239: both students observe, not the last one
    text = (
        "Less impressed were fellow students Ryan Crabbe and Gordon Rennie, who observed, "
        "\"With Fightstar, Charlie has clearly progressed from Busted's sound, but they're still "
        'not very inspiring."'
    )
    claim = claim_with(
        text,
        "With Fightstar, Charlie has clearly progressed from Busted's sound, but they're still "
        "not very inspiring.",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Ryan Crabbe and Gordon Rennie"


def test_adverb_between_appositive_and_cue() -> None:
    # BBC sport/395: "simply" between the pair's closing comma and the cue
    text = (
        'A crestfallen France coach, Bernard Laporte, simply observed: "There was a French '
        'half and there was a Welsh half".'
    )
    claim = claim_with(text, "There was a French half and there was a Welsh half")
    assert claim.speaker is not None
    assert claim.speaker.name == "Bernard Laporte"


def test_relative_aside_with_participle_then_adverb() -> None:
    # BBC entertainment/187: the name before the relative aside speaks; the place and the
    # vote inside the aside are no speaker
    text = (
        "Caprice, who left in the scheduled fourth eviction having gained just 5% of the public "
        'vote, afterwards said: "I am so happy, I am so glad I\'m out."'
    )
    assert_said(text, "I am so happy, I am so glad I'm out.", "Caprice", "direct:speaker-before")


def test_article_role_and_name_after_opening_quote() -> None:
    # PolNeAR train (New York Times, 2015): "the economist Jared Bernstein, a former adviser
    # in the Obama White House, wrote"
    text = (
        "''We finally may be seeing some wage acceleration, and if it sticks, that would be a "
        "very big story,'' the economist Jared Bernstein, a former adviser in the Obama White "
        "House, wrote on his blog."
    )
    claim = claim_with(
        text,
        "We finally may be seeing some wage acceleration, and if it sticks, that would be a "
        "very big story,",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Jared Bernstein"


def test_parenthesised_acronym_in_role_before_name() -> None:
    # BBC tech/366
    text = (
        '"In a sense, we have hardly started in reaching the whole population," the new chair '
        "of the Internet Engineering Task Force (IETF), Brian Carpenter, says."
    )
    claim = claim_with(text, "In a sense, we have hardly started in reaching the whole population,")
    assert claim.speaker is not None
    assert claim.speaker.name == "Brian Carpenter"
    assert claim.speaker.organization == "Internet Engineering Task Force"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2015): the name opens the sentence; the article phrase
        # after its comma is its appositive, not the speaker
        (
            "Rachel Berg, a philanthropist from Monsey, New York, said Thursday's speeches have "
            "led her to count Trump and Carson out and focus on Rubio and Cruz.",
            "Thursday's speeches have led her to count Trump and Carson out and focus on Rubio "
            "and Cruz",
            "Rachel Berg",
        ),
        # PolNeAR train (New York Times, 2016): a name given as one of a set ("like ...") is
        # no subject of the plural verb after an adverb
        (
            "Some staunch defenders of globalization, like Gary Clyde Hufbauer, a senior fellow "
            "at the Peter G. Peterson Institute for International Economics in Washington, also "
            "acknowledge that the federal government has failed to adequately address the needs "
            "of workers.",
            "the federal government has failed to adequately address the needs of workers",
            "Some staunch defenders of globalization",
        ),
    ],
)
def test_appositive_guards(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker


def test_participle_aside_gives_no_role() -> None:
    # guard, PolNeAR train (Washington Post, 2015): "exasperated" is no role of Clinton's
    text = (
        'Clinton, exasperated, famously responded: "What difference - at this point, what '
        'difference does it make?"'
    )
    claim = claim_with(text, "What difference - at this point, what difference does it make?")
    assert claim.speaker is not None
    assert claim.speaker.role is None


def test_quotation_after_cue_past_a_quoted_phrase_in_the_opening() -> None:
    # PolNeAR train (Politico, 2016): the opening clause quotes a phrase; the quotation set
    # off by the cue's comma is Starr's
    text = (
        'Remarking upon Clinton\'s "genuine empathy," Starr said, "Leave aside the '
        'unpleasantness, his genuine empathy for human beings is absolutely clear."'
    )
    assert_said(
        text,
        "Leave aside the unpleasantness, his genuine empathy for human beings is absolutely clear.",
        "Starr",
        "direct:speaker-before",
    )


def test_long_name_after_possessive_role() -> None:
    # BBC business/301: a four-word name after "the central bank's vice president"
    text = (
        '"We are in the process of opening accounts in banks in the United States," the '
        "central bank's vice president Farhat Omar Ben Gadaravice said."
    )
    claim = claim_with(
        text, "We are in the process of opening accounts in banks in the United States,"
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Farhat Omar Ben Gadaravice"


def test_role_without_article_after_opening_phrase() -> None:
    # BBC politics/349: "shadow chief secretary to the Treasury" is Osborne's role
    text = (
        "Responding to the speech, shadow chief secretary to the Treasury, George Osborne, said: "
        '"This was more talk from Gordon Brown. We have heard it all before."'
    )
    claim = claim_with(text, "This was more talk from Gordon Brown. We have heard it all before.")
    assert claim.speaker is not None
    assert claim.speaker.name == "George Osborne"
    assert claim.speaker.role == "shadow chief secretary to the Treasury"


def test_and_then_before_the_subject_of_a_participle_frame() -> None:
    # PolNeAR train (Washington Post, 2016): "And then" opens the sentence before its subject
    text = (
        'And then Trump went fully on the attack, saying, "Is President Obama going to finally '
        'mention the words radical Islamic terrorism?"'
    )
    claim = claim_with(
        text, "Is President Obama going to finally mention the words radical Islamic terrorism?"
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Trump"


def test_role_and_name_after_opening_phrase_then_relative_aside() -> None:
    # BBC politics/205: the two clients named inside the aside are never the speaker, nor the
    # opening phrase
    text = (
        "Following Mr Straw's announcement, lawyer Louise Christian, who represents Mr Abbasi "
        "and Mr Mubanga, said the government should have acted sooner."
    )
    claim = claim_with(text, "the government should have acted sooner")
    assert claim.speaker is not None
    assert claim.speaker.name == "Louise Christian"
    assert claim.speaker.role == "lawyer"


def test_role_inside_a_longer_role_stays_whole() -> None:
    # guard, BBC entertainment/192: "Talk show host", not "host"
    text = (
        "Talk show host Jerry Springer, whose programme inspired the controversial opera shown "
        "by the BBC, has said he would not have written it himself."
    )
    claim = claim_with(text, "he would not have written it himself")
    assert claim.speaker is not None
    assert claim.speaker.name == "Jerry Springer"
    assert claim.speaker.role == "Talk show host"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # ECB+ 1_15ecbplus: the corpus writes a space after the dot
        (
            "Lindsay Lohan admitted herself to the Betty Ford Center, according to TMZ. com.",
            "Lindsay Lohan admitted herself to the Betty Ford Center",
            "TMZ. com",
        ),
        # PolNeAR train (Huffington Post, 2016)
        (
            "They lived in the French city of Angers and were merchants, according to "
            "ouest-france.fr.",
            "They lived in the French city of Angers and were merchants",
            "ouest-france.fr",
        ),
    ],
)
def test_web_address_is_a_medium(text: str, content: str, speaker: str) -> None:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    assert claim.speaker.name == speaker
    assert claim.speaker.kind == "media"


def test_state_after_a_city_is_no_speaker() -> None:
    # PolNeAR train (New York Times, 2016): "Ohio" was the speaker, a place inside the aside
    text = (
        "Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday "
        "to promote the new rules, said they touched on a core issue for Mr. Obama."
    )
    claim = claim_with(text, "they touched on a core issue for Mr. Obama")
    assert claim.speaker is not None
    assert claim.speaker.name == "Joseph R. Biden Jr."


def test_city_and_state_end_the_speakers_phrase() -> None:
    # PolNeAR train (Breitbart, 2016)
    text = "Stacy Baker of Columbia, South Carolina says she really thinks Cruz can pull off a win."
    claim = claim_with(text, "she really thinks Cruz can pull off a win")
    assert claim.speaker is not None
    assert claim.speaker.name == "Stacy Baker"


def test_inverted_speaker_after_a_city_and_state() -> None:
    # ECB+ 13_19ecb: the frame at the end was read as a speaker inside, "Alaska" its subject
    # (the article's first sentence before it: a passage's first line alone reads as a title)
    text = (
        "An overnight fire Friday at Alaska Gov. Sarah Palin's home church caused an estimated "
        "$1 million in damage, and investigators say it could be the work of an arsonist. "
        "Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m. "
        "Friday and found flames and smoke coming out windows at the back of the three-story "
        "structure, said James Steele, chief of the Central Mat-Su Fire Department."
    )
    claim = claim_with(
        text,
        "Firefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m. "
        "Friday and found flames and smoke coming out windows at the back of the three-story "
        "structure",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "James Steele"


def test_role_word_then_name_after_opening_quote() -> None:
    # BBC sport/358: a role in lower case, then the name, between the quotation and the cue
    text = (
        '"Under the Elite Player Squad agreement, England wanted a second opinion, which they '
        'can do," director of rugby Nigel Melville told the Gloucester Citizen.'
    )
    assert_said(
        text,
        "Under the Elite Player Squad agreement, England wanted a second opinion, which they "
        "can do,",
        "Nigel Melville",
        "direct:speaker-after",
    )


def test_here_in_a_place_opens_the_sentence_before_its_subject() -> None:
    # PolNeAR train (Washington Post, 2016)
    text = (
        "Here in Columbia, Sanders stepped up his emphasis on criminal justice issues, saying, "
        '"We have got to achieve the day when young black males and women can walk the streets."'
    )
    claim = claim_with(
        text,
        "We have got to achieve the day when young black males and women can walk the streets.",
    )
    assert claim.speaker is not None
    assert claim.speaker.name == "Sanders"
