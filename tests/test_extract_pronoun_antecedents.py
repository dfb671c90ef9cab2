"""Golden tests for "he" and "she" standing for the named subject just before them.

When no one quoted before may be meant, a pronoun that opens the next sentence stands for the
person that sentence was about; when anything makes that doubtful, it stays `unknown`.
Passages are from the corpora in ../shared/corpora, named per test.
"""

from __future__ import annotations

from factdb.extract import extract_article
from factdb.extract.types import Claim


def claims_of(text: str) -> list[Claim]:
    claims = extract_article(text).claims
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        if claim.speaker is not None:
            assert text[claim.speaker.start : claim.speaker.end] == claim.speaker.mention
    return claims


def speaker_of(text: str, opening: str) -> str:
    (claim,) = [c for c in claims_of(text) if c.text.startswith(opening)]
    assert claim.speaker is not None
    return claim.speaker.name


def test_he_after_a_sentence_about_a_named_person_who_has_not_spoken() -> None:
    # ECB+: the building's owner has not been quoted, yet "He" is plainly him
    text = (
        "Anchorage lawyer William Ingaldson, the building's owner, was there to inspect the "
        "damage. He said he had owned the property for six or seven years."
    )
    assert speaker_of(text, "he had owned") == "William Ingaldson"


def test_he_after_a_sentence_about_someone_other_than_the_last_speaker() -> None:
    # BBC politics/083: Tim Collins spoke last, but the sentence before "He said" is Hague's
    text = (
        "Former Conservative leader William Hague says he will not stand for the leadership "
        "again, having given up his ambition to be prime minister.\n"
        'Tim Collins, the shadow education secretary, said last week it would be a "huge '
        'boost" to the party if Mr Hague returned to the front bench. Mr Hague became an MP '
        'at 27 and Leader of the Opposition at 36. He said: "I feel fortunate that, by the age '
        'of 40, I had crammed in an entire political career."'
    )
    assert speaker_of(text, "I feel fortunate") == "William Hague"


def test_a_person_named_again_in_the_pronouns_sentence_is_not_the_pronoun() -> None:
    # ECB+: "he" attacked Mendes, so he is not Mendes
    text = (
        "Robyn Mendes was the victim in that case. In 2005, he was charged with assault and "
        "battery on Mendes with a dangerous weapon, according to court records, which indicate "
        "he grabbed her by the throat, threw her down, then held a knife to her throat and told "
        "her, “You're never going to leave me.”"
    )
    for claim in claims_of(text):
        assert claim.speaker is None or "Mendes" not in claim.speaker.name


def test_a_person_the_quotation_names_is_not_its_speaker() -> None:
    # BBC sport/264: the manager speaks of his skipper by his first name
    text = (
        "Meanwhile, O'Leary has rapped skipper Olof Mellberg for his comments before Sunday's "
        "derby with Birmingham.\n"
        "Mellberg spoke of his dislike of Villa's rivals ahead of the match. \"I've had more "
        "than a quiet word with Olof. It's been said within the whole group, not as a "
        "one-to-one,\" he told Villa's website."
    )
    assert speaker_of(text, "I've had more") != "Olof Mellberg"


def test_she_is_not_the_father_named_in_the_daughters_description() -> None:
    # PolNeAR train (Washington Post, 2016): the same surname, another person
    text = (
        "CLEVELAND - Donald Trump painted a dire portrait of a lawless, terrorized nation as "
        "he accepted the Republican presidential nomination here Thursday night.\n\n"
        "At center stage was Trump's eldest daughter, Ivanka Trump, who spoke passionately "
        'about her father\'s competitive drive. "I have seen him fight for his family," she said.'
    )
    assert speaker_of(text, "I have seen him") != "Donald Trump"


def test_a_compound_abbreviation_does_not_end_the_sentence() -> None:
    # ECB+: "Aoraki-Mt." had ended a sentence, so "Cook National Park" became a subject
    text = (
        "Police Inspector Dave Gaskin said the two incidents on consecutive days in the "
        "Aoraki-Mt. Cook National Park were not related and were not due to bad weather. He "
        "said they come as a reminder that climbers need to use extreme caution."
    )
    names = {c.speaker.name for c in claims_of(text) if c.speaker is not None}
    assert names == {"Dave Gaskin"}


def test_the_organisation_in_a_speakers_aside_is_no_rival_for_he() -> None:
    # BBC tech: "Jupiter Research" in Ian Fogg's own description had been taken for a person
    text = (
        '"In many ways the different DRM systems are akin to the different physical formats, '
        'such as Betamax and VHS, that consumers have seen in the past," said Ian Fogg, personal '
        'technology and broadband analyst at Jupiter Research. "The difference is that it is '
        'very fragmented," he said.'
    )
    assert speaker_of(text, "The difference is") == "Ian Fogg"


def test_a_person_quoted_before_and_named_again_by_surname_is_a_rival() -> None:
    # PolNeAR train (Washington Post, 2016): "he" after "Trump's handling" is Trump, not the
    # Clinton aide quoted last, though the frame never names Trump in full
    text = (
        'At one point on Sunday, Trump tweeted, "Reporting that Orlando killer shouted." '
        "Jennifer Palmieri, communications director for the Clinton campaign, said in a "
        'statement: "This act of terror is the largest mass shooting in American history."\n\n'
        "Trump's handling of the unfolding events on Sunday is reflective of how he often "
        "handles breaking news. While he works closely with advisers, he believes it is also "
        "crucial for him to be part of the national conversation as soon as possible."
    )
    for claim in claims_of(text):
        if claim.text.startswith("it is also crucial"):
            assert claim.speaker is not None and claim.speaker.name != "Jennifer Palmieri"


def test_a_calling_describes_the_one_person_named_before() -> None:
    # BBC entertainment: "The pop star" is the singer the article opened with
    text = (
        "Singer George Michael has said that a new film about his life is the start of a "
        "retirement from public view.\n"
        'The pop star said it would be a much more "behind the scenes affair".'
    )
    assert speaker_of(text, "it would be a much more") == "George Michael"


def test_an_office_is_not_given_to_the_one_person_named_before() -> None:
    # a written guard: "the president" may be someone the article never names
    text = (
        "Merrick Garland has been nominated to the Supreme Court.\n"
        "The president said the judge was the right choice for the country."
    )
    assert speaker_of(text, "the judge was") != "Merrick Garland"
