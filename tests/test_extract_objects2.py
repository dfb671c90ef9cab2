"""Golden tests: speech acts whose content is an object or comes after a preposition
(factdb/extract/speech_acts.py families, lexicons/verb_classes.txt), second set.

"Clinton recalled her opposition to ...", "Mr. Brown said, recalling a visit to his church":
what was recalled is the noun phrase after the verb; goods, envoys and players called back
("Toyota recalled the vehicles", "recalled the striker to the squad") are no claim. Passages
are quoted from PolNeAR train (US political news, 2016), BBC News (British news, 2004-05) and
ECB+ (news of many outlets), the corpus named with each case.
"""

from __future__ import annotations

import pytest

from tests.test_extract_objects import assert_act
from tests.test_extract_speech_acts import claims_of, only_claim


@pytest.mark.parametrize(
    ("text", "rule", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016): what is recalled is the object
            "Hillary Clinton spoke to the union. Clinton recalled her opposition to George W. "
            "Bush administration efforts to privatize federal jobs.",
            "indirect:recollection",
            "her opposition to George W. Bush administration efforts to privatize federal jobs",
            "Clinton",
        ),
        (
            # PolNeAR train (New York Times, 2016): the participle after the speaker's frame
            "''He'd get choked up speaking about America,'' Mr. Brown said, recalling a visit "
            "to his church by Rafael Cruz.",
            "indirect:recollection",
            "a visit to his church by Rafael Cruz",
            "Brown",
        ),
        (
            # PolNeAR train (Washington Post, 2016): "that" after the object opens a relative
            # clause inside what is recalled, not a reported clause
            '"It is true we got close to immigration reform," Hillary Clinton said in Los '
            "Angeles, recalling a 2007 comprehensive immigration reform bill that failed when "
            "she, Sanders and President Obama were in the Senate.",
            "indirect:recollection",
            "a 2007 comprehensive immigration reform bill that failed when she, Sanders and "
            "President Obama were in the Senate",
            "Clinton",
        ),
        (
            # BBC News (tech, 2004-05): a finite "recalled" with a named subject
            "Mr Palmer recalled the case of a couple who had hundreds of pictures of their "
            "baby's first three months on their computer.",
            "indirect:recollection",
            "the case of a couple who had hundreds of pictures of their baby's first three "
            "months on their computer",
            "Palmer",
        ),
        (
            # ECB+ (2011): a gerund for what is recalled
            "Roy Williams recalled the effort Ford put forth to complete the team's mile run in "
            "a predetermined amount of time.",
            "indirect:recollection",
            "the effort Ford put forth to complete the team's mile run in a predetermined amount "
            "of time",
            "Roy Williams",
        ),
    ],
)
def test_recollection_is_the_object_recalled(
    text: str, rule: str, content: str, speaker: str
) -> None:
    assert_act(text, rule, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # goods withdrawn from sale, envoys and players called back: no recollection
        "Toyota recalled the vehicles on Monday after reports of faulty brakes.",
        "The coach recalled the striker to the squad for the match against Wales.",
        "The government recalled its ambassador from Tehran last week.",
        "Ford recalled 1.3 million cars in the United States.",
    ],
)
def test_calling_back_is_no_recollection(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith("recollection")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2016): a name points to what backs the claim
            "Blackwell is a conservative icon. Morton Blackwell pointed to Cruz’s organizational "
            "capabilities.",
            "Cruz’s organizational capabilities",
            "Blackwell",
        ),
        (
            # PolNeAR train (New York Times, 2016): a modal and a long object
            "At first, Mr. Rubio would point to his lengthy résumé as both a state legislator and "
            "speaker of the Florida House of Representatives.",
            "his lengthy résumé as both a state legislator and speaker of the Florida House of "
            "Representatives",
            "Rubio",
        ),
        (
            # PolNeAR train (New York Times, 2016): a noun for people as the subject
            "Saudi officials deny any links to terrorism groups, but critics point to Saudi "
            "charities that fund organizations suspected of ties to militant cells.",
            "Saudi charities that fund organizations suspected of ties to militant cells",
            "critics",
        ),
        (
            # PolNeAR train (HuffPost, 2016): what is pointed to is the claim, as PolNeAR marks
            # it (test_extract_speech_verbs.py held this for no claim before "point to" cited)
            "Ben Jealous spoke before the committee. He pointed to the Fight for 15 protesters "
            "who are advocating for a $15 an hour minimum wage.",
            "the Fight for 15 protesters who are advocating for a $15 an hour minimum wage",
            "Jealous",
        ),
        (
            # BBC News (politics, 2004-05)
            "Gordon Brown spoke in London. He pointed to international plans to invest $10bn "
            "for education in Africa over the next decade.",
            "international plans to invest $10bn for education in Africa over the next decade",
            "Brown",
        ),
    ],
)
def test_someone_pointing_to_something_cites_it(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:citation", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # BBC News (business, 2004-05): a thing points to a finding, nobody cites it
        "However, a slower-than-expected fourth quarter points to more modest growth for the "
        "trade-driven economy in 2005.",
        # ECB+ (2008): a gesture
        "When references to him had to be made, capos and soldiers would silently point to "
        "their chins or form the letter C with their fingers.",
        # PolNeAR train (New York Times, 2016): the name right before is the object of
        # "supporting", not who points
        "Democrats supporting Mrs. Clinton have pointed to Senators Harry Reid of Nevada and "
        "Elizabeth Warren of Massachusetts as potential peacemakers.",
        "He pointed to the door and walked out.",
        "It points to a deeper problem in the economy.",
    ],
)
def test_pointing_that_cites_nothing_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith("citation")]
    assert not [c for c in claims_of(text) if c.speaker and "Clinton" in c.speaker.name]


def test_an_act_inside_what_is_pointed_to_is_kept_beside_it() -> None:
    # BBC News (politics, 2004-05): Howard cites Blair's complaint; both are claims
    text = (
        "Mr Howard did not comment on the claims. Instead, he pointed to how Tony Blair had in "
        '1997 complained about "personalised abusive campaigning".'
    )
    cited = only_claim(text, "mixed:citation")
    assert cited.text.startswith("how Tony Blair had in 1997 complained")
    complaint = only_claim(text, "direct:complaint")
    assert complaint.speaker is not None and complaint.speaker.name == "Tony Blair"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Breitbart, 2016): what a speaker names is the claim
            "Barack Obama spoke at the White House on Tuesday about rights that had been denied "
            "victims of other mass shootings. He also mentioned the violence in his Chicago "
            "hometown.",
            "the violence in his Chicago hometown",
            "Obama",
        ),
        (
            # PolNeAR train (HuffPost, 2016): the subject's next act is no part of it
            "In a two-minute response on the issue, Ted Cruz mentioned CNN five times and "
            "seemed to blame the network for its reporting.",
            "CNN five times",
            "Ted Cruz",
        ),
        (
            # PolNeAR train (Washington Post, 2016): a comma before a lower-case word ends it
            "During the Miami debate, Donald Trump mentioned his personal connections to the "
            "faith, referring to his daughter Ivanka.",
            "his personal connections to the faith",
            "Trump",
        ),
        (
            # ECB+ (2008): after "and", the subject's second act
            "In that statement, Warren Jeffs evoked images of the civil rights movement and "
            "mentioned former Mormon leader Joseph Smith Jr.",
            "former Mormon leader Joseph Smith Jr",
            "Jeffs",
        ),
    ],
)
def test_what_is_mentioned_is_the_object(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:mention", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # the writer's aside
        "The cost of the scheme is high, not to mention the risk to taxpayers.",
        # PolNeAR train (Breitbart, 2016): when it happened, not what was said
        "Boos rained down when Trump mentioned the former secretary of state.",
        # BBC News (tech, 2004-05): "it mentions" is a relative clause
        "But anyone visiting the website it mentions who then downloads and opens the fake "
        "image file stored on that site will be infected.",
        # a negated mention reports nothing said, as "did not say" does
        "Carson did not mention any of his opponents by name.",
    ],
)
def test_a_mention_outside_its_shape_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith("mention")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (Washington Post, 2016): whom it is asked of, then what
            "Michigan Attorney General Bill Schuette (R) asked the Supreme Court for quick action.",
            "quick action",
            "Schuette",
        ),
        (
            # PolNeAR train (Washington Post, 2016)
            "In court documents, Lazar's public defense counsel asked for a sentence of three "
            "years.",
            "a sentence of three years",
            "counsel",
        ),
        (
            # ECB+ (2008): the asker's next act, an auxiliary and a participle, ends the call
            "Deputy Jerry Ortiz asked the man for some identification and was checking it when "
            "Orozco appeared from inside the house.",
            "some identification",
            "Ortiz",
        ),
        (
            # BBC News (tech, 2004-05): the first "for" is what is asked for
            "Prosecutors had asked for 15 years in jail for Jaynes, and a jail term for his "
            "sister.",
            "15 years in jail for Jaynes, and a jail term for his sister",
            "Prosecutors",
        ),
    ],
)
def test_what_is_asked_for_is_a_call(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:call", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman, who asked for anonymity, said the plan was dead.",
        "John Smith, the party chairman, asked for comment.",
        "The reporter asked him questions for an hour.",
        # BBC News (tech, 2004-05): the participle's subject is no asker
        "More than 277 million enquiries were made, asking for information of a wide range of "
        "subjects.",
    ],
)
def test_asking_for_nothing_said_is_no_call(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith(":call")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016): another's words, named by their noun
            "On Sunday, Donald Trump even echoed Mr. Putin's justification of the annexation of "
            "Crimea.",
            "Mr. Putin's justification of the annexation of Crimea",
            "Trump",
        ),
        (
            # BBC News (politics, 2004-05)
            "Shadow home secretary David Davis echoed criticisms of the way Mr Blunkett "
            "introduced the murder tariff rules.",
            "criticisms of the way Mr Blunkett introduced the murder tariff rules",
            "David Davis",
        ),
        (
            # PolNeAR train (USA Today, 2015): a participle after it is a claim of its own
            "Marco Rubio spoke first. Other Republicans echoed those comments, saying Obama's "
            "strategy had failed.",
            "those comments",
            "Republicans",
        ),
    ],
)
def test_echoed_words_are_the_object(text: str, content: str, speaker: str) -> None:
    assert_act(text, "indirect:echo", content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The shots echoed through the valley.",
        "The new design echoes the 1960s.",
    ],
)
def test_an_echo_of_no_words_is_no_claim(text: str) -> None:
    assert not [c for c in claims_of(text) if c.rule.endswith("echo")]


def test_a_party_and_a_state_after_a_name_are_no_speaker() -> None:
    # PolNeAR train (New York Times, 2016): "Republican of Arizona" says who Flake is
    text = (
        "''If Donald remains Donald, I will not vote for him,'' declared Senator Jeff Flake, "
        "Republican of Arizona, who echoed Mr. Ryan's denunciation of Mr. Trump's comments."
    )
    assert all(c.speaker is None or "Republican" not in c.speaker.name for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            # PolNeAR train (New York Times, 2016): the relative is the thing described
            "He has rolled out dozens of endorsements to showcase what his aides describe as a "
            "coalescing of responsible and respected party figures around his candidacy.",
            "a coalescing of responsible and respected party figures around his candidacy",
            "aides",
        ),
        (
            # PolNeAR train (New York Times, 2016): a relative between commas ends at the next
            "Asked whether Freddy's experience in the family business, which friends described "
            "as miserable, contributed to the drinking, Mr. Trump paused.",
            "miserable",
            "friends",
        ),
    ],
)
def test_what_a_relative_is_described_as(text: str, content: str, speaker: str) -> None:
    claim = next(c for c in claims_of(text) if c.rule == "indirect:characterisation")
    assert claim.text == content
    assert claim.speaker is not None and speaker in claim.speaker.name


def test_what_a_speaker_calls_himself_ends_at_the_comma() -> None:
    # PolNeAR train (Politico, 2015): the word for himself, without quotation marks
    text = (
        "In the past, Donald Trump had voiced support for a single-payer health system and "
        "called himself pro-choice, stances that he has since disavowed."
    )
    claim = only_claim(text, "indirect:characterisation")
    assert claim.text == "himself pro-choice"
    assert claim.speaker is not None and "Trump" in claim.speaker.name


def test_a_name_taken_for_oneself_is_no_characterisation() -> None:
    # ECB+ (2006): a name he took, not a judgement
    text = "Saparmurat Niyazov forged a pervasive personality cult. He called himself Turkmenbashi."
    assert not [c for c in claims_of(text) if c.rule.endswith("characterisation")]


def test_a_mention_with_no_word_names_nobody() -> None:
    # found by the property test: the speaker slot after "According to" holds marks alone
    claims = claims_of('"0"According to::')
    assert all(c.speaker is None or c.speaker.kind == "unknown" for c in claims)
