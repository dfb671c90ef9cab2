"""Golden tests for speech-verb subjects the first patterns did not read: a noun phrase with a
relative clause ("the state officials whose laws have been invalidated say"), and a subject
after an opening adverbial ("At the same time, Sanders and his supporters argue that").

Passages are verbatim from PolNeAR train (../shared/corpora/polnear/train.jsonl), named per
case; each gave no claim before the rule.
"""

from __future__ import annotations

import pytest

from factdb.extract import extract_article


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Washington Post, 2016-09-07): "whose" and a passive in the clause
        (
            "The state officials whose laws have been invalidated say the real change has come "
            "in the makeup of the judiciary after nearly eight years of Obama's nominations.",
            "the real change has come in the makeup of the judiciary after nearly eight years "
            "of Obama's nominations",
            "The state officials whose laws have been invalidated",
        ),
        # PolNeAR train (USA Today, 2016-07-27): a lead conjunction and a long "who" clause
        (
            "But many diehard Sanders supporters who came to Philadelphia to protest this "
            "week's convention say they'll shift their support to Stein unless Sanders disavows "
            "the endorsement he gave Clinton after it became clear he would fall short of "
            "winning the Democratic nomination.",
            "they'll shift their support to Stein",
            "many diehard Sanders supporters who came to Philadelphia to protest this week's "
            "convention",
        ),
        # PolNeAR train (Western Journal, 2016-01-18): a singular person and her relative clause
        (
            "A woman who has accused former President Bill Clinton of rape said Sunday night "
            "that Clinton was trying to strike up a date with her weeks after he had sexually "
            "assaulted her.",
            "Clinton was trying to strike up a date",
            "A woman who has accused former President Bill Clinton of rape",
        ),
    ],
)
def test_a_subject_with_a_relative_clause_speaks(text: str, content: str, mention: str) -> None:
    claims = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    claim = claims[0]
    assert text[claim.start : claim.end] == claim.text
    assert claim.kind == "indirect"
    assert claim.speaker is not None and claim.speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Washington Post, 2016-05-19)
        (
            "At the same time, Sanders and his supporters argue that superdelegates should "
            "consider bolting Clinton and backing him, based on polls that show him leading "
            "Trump as her favorables sink.",
            "superdelegates should consider bolting Clinton",
            "Sanders and his supporters",
        ),
        # PolNeAR train (New York Times, 2016-06-07): the content's subject is a gerund phrase
        (
            "Since earlier this year, Mr. Xi and other leaders have said cutting that output "
            "must be a key part of their program to reinvigorate growth.",
            "cutting that output must be a key part of their program",
            "Mr. Xi and other leaders",
        ),
    ],
)
def test_a_subject_after_an_opening_adverbial_speaks(text: str, content: str, mention: str) -> None:
    claims = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    assert claims[0].speaker is not None and claims[0].speaker.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        # the cue is the relative clause's own verb; its subject's verb follows the content
        "Voters who said they were angry backed Trump.",
        # ECB+ 6_10ecbplus (thepopcornjunkie.com): the "relative clause" runs into a clause of its own
        "The biggest player who doesn’t have a deal in place is director Gary Ross and The "
        "Hollywood Reporter and Collider are reporting that he is in negotiations with Lionsgate "
        "to return.",
    ],
)
def test_no_subject_reaches_over_a_second_clause(text: str) -> None:
    for claim in extract_article(text).claims:
        assert claim.speaker is None or "who" not in claim.speaker.mention, claim


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # BBC politics/378 ("Blair defends terror law changes")
        (
            "The prime minister has defended measures to allow house arrest without trial, saying "
            '"several hundred" people in the UK are plotting terror attacks.',
            '"several hundred" people in the UK are plotting terror attacks',
        ),
        # PolNeAR train (Washington Post, 2016-01-17)
        (
            'Trump\'s biggest applause came when he said "zero" voters would follow Sen. Lindsey '
            "O. Graham (R-S.C.) and endorse Bush.",
            '"zero" voters would follow Sen. Lindsey O. Graham (R-S.C.) and endorse Bush',
        ),
        # PolNeAR train (Western Journal, 2016-07-28)
        (
            "Comey testified “thousands” of emails in fact had not been turned over.",
            "“thousands” of emails in fact had not been turned over",
        ),
    ],
)
def test_a_short_quotation_opening_the_reported_clause_keeps_the_clause(
    text: str, content: str
) -> None:
    claims = extract_article(text).claims
    assert [(c.text, c.kind) for c in claims] == [(content, "mixed")]


def test_a_quotation_then_a_prepositional_phrase_stays_the_quotation() -> None:
    claims = extract_article('He said "I\'m done" to reporters who were waiting outside.').claims
    assert [(c.text, c.kind) for c in claims] == [("I'm done", "direct")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (HuffPost, 2016-06-22)
        (
            "Rep. Gregory Meeks (D-N.Y.) said Clinton reassured them that everyone would come "
            "together and that Democrats “were not going to be like Trump.”",
            "Clinton reassured them that everyone would come together and that Democrats “were "
            "not going to be like Trump.”",
        ),
        # BBC entertainment/252 ("Rock star sued by ex-girlfriend")
        (
            "The woman, Robin Mantooth, said Mars promised her repeatedly that he would provide "
            "financial support in the event of the couple breaking up.",
            "Mars promised her repeatedly that he would provide financial support in the event "
            "of the couple breaking up",
        ),
    ],
)
def test_that_after_a_verb_and_its_pronoun_object_is_inside_the_reported_clause(
    text: str, content: str
) -> None:
    """ "said Clinton reassured them that ...": the "that" is the reported clause's own, so the
    claim keeps its subject and verb."""
    claims = extract_article(text).claims
    assert [c.text for c in claims] == [content]


@pytest.mark.parametrize(
    ("text", "said", "characterised"),
    [
        # PolNeAR train (Washington Post, 2015-11-13)
        (
            "Sen. Rand Paul (R-Ky.) said Rubio's tax plan would give money to undocumented "
            'immigrants, and called him "the leading proponent for allowing people in the country '
            'illegally to be citizens."',
            "Rubio's tax plan would give money to undocumented immigrants",
            "the leading proponent",
        ),
        # BBC entertainment/269 ("Michael film signals 'retirement'")
        (
            'The pop star said it would be a much more "behind the scenes affair", and called his '
            'own genre of music "dead".',
            'it would be a much more "behind the scenes affair"',
            "dead",
        ),
    ],
)
def test_a_characterisation_after_and_is_the_speakers_next_act(
    text: str, said: str, characterised: str
) -> None:
    claims = extract_article(text).claims
    assert [c.text for c in claims if c.rule.endswith(("said-clause", "said-that"))] == [said]
    assert any(characterised in c.text and c.rule.endswith("characterisation") for c in claims)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Western Journal, 2016-03-04)
        (
            "Kasich (who has 25 delegates to date) said it is possible for him to secure the "
            "nomination during the primary elections, but it will be difficult.",
            "it is possible for him to secure the nomination",
            "Kasich",
        ),
        # PolNeAR train (Politico, 2016-08-08): the subject opens the clause after ", but"
        (
            "Few politicians would ever admit this, but Sen. Chris Murphy (a Connecticut Democrat "
            "so boyish he has been mistaken for a junior staffer) says he was unfocused, a bit "
            "adrift, in the weeks after being elected to the upper chamber in 2012.",
            "he was unfocused",
            "Sen. Chris Murphy",
        ),
        # BBC business/238 ("Firms pump billions into pensions")
        (
            "A survey of 280 schemes by Incomes Data Services' (IDS) said employer contributions "
            "had increased from £5.5bn to £8.2bn a year, a rise of 49.7%.",
            "employer contributions had increased",
            "A survey of 280 schemes by Incomes Data Services'",
        ),
    ],
)
def test_a_subject_with_a_parenthesis_before_the_cue_speaks(
    text: str, content: str, mention: str
) -> None:
    claims = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    assert claims[0].speaker is not None and claims[0].speaker.mention == mention


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # PolNeAR train (Western Journal, 2016-03-19): the participle's speaker was "Amid"
        (
            "Amid responses from some to create websites that would identify those blacklisted, "
            "The Blaze’s Matt Walsh provided a philosophical justification for a blacklist, "
            "saying it is necessary to “identify the traitors and remember their names.”",
            "it is necessary to “identify the traitors",
            "Matt Walsh",
        ),
    ],
)
def test_a_preposition_opening_the_sentence_is_no_speakers_name(
    text: str, content: str, name: str
) -> None:
    claims = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    assert claims[0].speaker is not None and claims[0].speaker.name == name


def test_despite_reports_is_nobody() -> None:
    # ECB+ 6_4ecbplus (examiner.com): "Despite" spoke the whole sentence
    text = (
        "Despite reports last week that said Gary Ross would definitely not be returning to "
        "direct The Hunger Games sequel, Catching Fire, it seems he will be back at the "
        "negotiating table with Lionsgate this week."
    )
    for claim in extract_article(text).claims:
        assert claim.speaker is None or "Despite" not in claim.speaker.name


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (HuffPost, 2016-07-18): "One of" opens the description
        (
            "One of the authors of that 2013 report, Ari Fleischer, said Trump’s nomination will "
            "at least test the validity of their conclusions.",
            "Trump’s nomination will at least test the validity of their conclusions",
            "Ari Fleischer",
        ),
        # BBC sport/082 ("Greek duo cleared in doping case"): "that" as a determiner
        (
            "The head of that tribunal, Kostas Panagopoulos, said it had not been proven that "
            "the athletes refused to take the test in Athens.",
            "it had not been proven that the athletes refused to take the test in Athens",
            "Kostas Panagopoulos",
        ),
    ],
)
def test_a_name_after_its_description_speaks(text: str, content: str, mention: str) -> None:
    claims = [c for c in extract_article(text).claims if c.text == content]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    assert claims[0].speaker is not None and claims[0].speaker.mention == mention


def test_an_adverbial_before_a_name_is_no_description() -> None:
    text = "In the end, Ari Fleischer, said Trump’s nomination will at least test the validity."
    assert extract_article(text).claims == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (Western Journal, 2016-06-27): a plural subject and a bare present verb
        (
            "Walker also appeared on Trump’s Celebrity Apprentice. The NFL legend said people "
            "misunderstand Trump.",
            "people misunderstand Trump",
        ),
        # PolNeAR train (New York Times, 2016-06-17)
        ("He said his friends feel the same way.", "his friends feel the same way"),
    ],
)
def test_a_plural_subject_with_a_present_verb_is_a_reported_clause(text: str, content: str) -> None:
    assert [c.text for c in extract_article(text).claims] == [content]


def test_a_plural_noun_before_a_preposition_is_no_clause() -> None:
    # no verb after "voters": the object of "praised" is a noun phrase, not a claim
    assert extract_article("He praised voters in the state for their patience.").claims == []


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # PolNeAR train (Western Journal, 2016-04-22)
        (
            "Boreing said the members will still meet for drinks and speakers, but said, “It’s "
            "time we change how we do it,” promising the Friends of Abe will return to its roots.",
            "the members will still meet for drinks and speakers",
            "Boreing",
        ),
        # PolNeAR train (Breitbart, 2016-06-05)
        (
            "King won 12 Grand Slam singles titles during her career in the 1960s and 70s, while "
            "Ali was rising to stardom in his sport. King says Ali “talked the talk and walked "
            "the walk.”",
            "talked the talk",
            "King",
        ),
        # ECB+ 18_10ecb
        (
            "Twelve other people managed to leave the office while police began two hours of "
            "negotiations with a suspect. Fanning says the incident was extremely traumatic for "
            "witnesses.",
            "the incident was extremely traumatic for witnesses",
            "Fanning",
        ),
    ],
)
def test_a_name_in_ing_opening_the_sentence_speaks(text: str, content: str, mention: str) -> None:
    claims = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    assert claims[0].speaker is not None and claims[0].speaker.mention == mention


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the members will still meet for drinks.",
        # bbc:business/132 (Brazil buy boosts Belgium's Inbev): "Continuing" is no company's name
        "Continuing demand for Inbev's products in the South American markets where its "
        "Brazilian arm is most popular means it expects to keep boosting its turnover.",
    ],
)
def test_a_participle_opening_the_sentence_is_nobody(text: str) -> None:
    for claim in extract_article(text).claims:
        assert claim.speaker is None or not claim.speaker.mention.endswith("ing"), claim


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # PolNeAR train (Politico, 2016-09-01): the verb after the source is the subject's own
        (
            "One of the decisions they have made, according to a person close to the secretive "
            "process, is to turn any Trump attacks on the foundation and its finances into a "
            "counterattack.",
            "One of the decisions they have made, according to a person close to the secretive "
            "process, is to turn any Trump attacks on the foundation and its finances into a "
            "counterattack",
            "a person close to the secretive process",
        ),
        # PolNeAR train (HuffPost, 2016-07-18): the source opens the clause after a colon
        (
            "And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 "
            "percent of the Latino vote compared to Hillary Clinton’s 76 percent.",
            "Trump holds only 14 percent of the Latino vote compared to Hillary Clinton’s 76 "
            "percent",
            "recent polls",
        ),
        # PolNeAR train (Western Journal, 2015-12-03): after "because," the clause follows
        (
            "Trump went to that debate, and he’ll probably go to the debate on December 15th, "
            "because, according to Trump, the media would call him a “chicken” if he didn’t.",
            "the media would call him a “chicken” if he didn’t",
            "Trump",
        ),
    ],
)
def test_according_to_reports_the_clause_it_stands_in(text: str, content: str, source: str) -> None:
    claims = extract_article(text).claims
    assert [(c.text, c.speaker.mention if c.speaker else None) for c in claims] == [
        (content, source)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # PolNeAR train (HuffPost, 2016-07-14)
        (
            "But a source familiar with the FDIC’s internal investigation said the areas of the "
            "regulator’s network that were hacked suggested the intruders were seeking “economic "
            "intelligence.”\nIn all, hackers compromised 12 FDIC workstations.",
            "the areas of the regulator’s network that were hacked suggested the intruders were "
            "seeking “economic intelligence.”",
        ),
        # BBC business/077 ("China had role in Yukos split-up")
        (
            "Analysts said one factor that might have influenced the Chinese decision was the "
            "possibility of litigation from Yukos, Yugansk's former owner, if CNPC had become a "
            "shareholder.",
            "one factor that might have influenced the Chinese decision was the possibility of "
            "litigation from Yukos, Yugansk's former owner, if CNPC had become a shareholder",
        ),
        # BBC entertainment/011 ("Artists' secret postcards on sale")
        (
            "She said the people that had bought the famous name postcards had arrived early and "
            "had spent time studying each work.",
            "the people that had bought the famous name postcards had arrived early and had spent "
            "time studying each work",
        ),
    ],
)
def test_a_relative_that_inside_the_reported_subject_keeps_the_clause(
    text: str, content: str
) -> None:
    assert [c.text for c in extract_article(text).claims][:1] == [content]


def test_a_relative_that_with_no_main_verb_after_is_no_clause() -> None:
    # ECB+ ecbplus:31_13ecb: "told the real story ... that will echo until ..."
    text = (
        "And in a brief quote that will probably be lost to memory, Phil Ford told the real "
        "story of the night in words that will echo until winter turns to spring."
    )
    assert extract_article(text).claims == []


def test_a_connective_after_an_opening_adverbial_is_no_part_of_the_subject() -> None:
    # PolNeAR train (New York Times, 2015-12-14)
    text = (
        "On Wednesday, however, the director of the Federal Bureau of Investigation, James B. "
        "Comey, said that online communications about jihad by Ms. Malik and her husband, Syed "
        "Rizwan Farook, involved ''direct, private messages.''"
    )
    claims = extract_article(text).claims
    assert [(c.text[:40], c.speaker.mention if c.speaker else None) for c in claims] == [
        ("online communications about jihad by Ms.", "James B. Comey")
    ]


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # BBC business/500 ("Low-cost airlines hit Eurotunnel"): a lead conjunction first
        (
            "But the BBC's business editor, Jeff Randall, said the banks could yet step in and "
            "take over altogether.",
            "the banks could yet step in and take over altogether",
            "Jeff Randall",
        ),
        # BBC politics/372 ("Observers to monitor UK election"): a possessive determiner too
        (
            "But his counterpart on the DCA committee, Alan Beith, said it should be delayed "
            '"until measures likely to increase registration have been put in place and proved '
            'effective."',
            "until measures likely to increase registration",
            "Alan Beith",
        ),
        # PolNeAR train (New York Times, 2016-02-20): a possessive determiner opens the subject
        (
            "His critics in the United States, many of them conservative Catholics, argue that "
            "Francis is a ''political pope'' pursuing a leftist agenda that castigates capitalism "
            "and environmental degradation.",
            "Francis is a ''political pope''",
            "His critics in the United States",
        ),
    ],
)
def test_a_description_after_but_or_a_possessive_still_opens_the_subject(
    text: str, content: str, mention: str
) -> None:
    claims = [c for c in extract_article(text).claims if c.text.startswith(content)]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    assert claims[0].speaker is not None and claims[0].speaker.mention == mention


def _speaker_of_the_claim(text: str, content: str, cue_opening: str = "") -> str | None:
    """The speaker's name of the one claim whose content is `content`, its cue opening with
    `cue_opening`."""
    claims = [c for c in extract_article(text).claims if c.text == content]
    assert len(claims) == 1, [(c.text, c.rule) for c in extract_article(text).claims]
    assert claims[0].cue is not None and claims[0].cue.text.startswith(cue_opening)
    return claims[0].speaker.name if claims[0].speaker else None


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # BBC business/221: the participle's subject after "However,"
        (
            "However, Lord Browne rejected calls for a windfall tax on his company's huge "
            "profits, saying that in the North Sea it paid progressively more tax.",
            "in the North Sea it paid progressively more tax",
            "Browne",
        ),
        # PolNeAR train (Breitbart, 2016-03-01): a characterisation after "However,"
        (
            "Trump said Rubio was a lightweight. However, he held his fire on Ben Carson, "
            "calling him a “nice guy” and he didn’t provide any descriptions for John Kasich.",
            "him a “nice guy”",
            "Trump",
        ),
        # PolNeAR train (Politico, 2015-11-30): a name after "Still," and a relative clause
        (
            "Still, Petrilli, who thinks the Obama administration made a power grab with its "
            "education policies, called the new law “much, much better” than No Child Left Behind.",
            "the new law “much, much better”",
            "Petrilli",
        ),
    ],
    ids=["however-saying", "however-calling", "still-name-aside"],
)
def test_a_connective_before_the_subject_keeps_it_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert _speaker_of_the_claim(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # ECB+ 45_5ecbplus
        (
            "Prosecutors went on to acknowledge that the case against Simpson was complicated "
            "and mostly circumstantial.",
            "the case against Simpson was complicated and mostly circumstantial",
            "Prosecutors",
        ),
        # PolNeAR train (Western Journalism, 2016-03-14), shortened
        (
            "Billionaire Mark Cuban said he would support Trump. He went on to call Cruz “the "
            "absolutely worst politician in Texas.”",
            "Cruz “the absolutely worst politician in Texas.”",
            "Mark Cuban",
        ),
    ],
    ids=["went-on-to-acknowledge", "went-on-to-call"],
)
def test_went_on_to_is_part_of_the_cue(text: str, content: str, speaker: str) -> None:
    assert _speaker_of_the_claim(text, content, cue_opening="went on to") == speaker


def test_an_even_as_clause_ends_its_claim_before_the_main_clause() -> None:
    # PolNeAR train (Politico, 2016-07-05): Trump's words end with the "even as" clause; the
    # main clause is the prosecutor's claim
    text = (
        "But even as Trump claimed on Tuesday that “General Petraeus got in trouble for far "
        "less,” one of the former prosecutors for David Petraeus said the two cases were quite "
        "different."
    )
    claims = extract_article(text).claims
    assert [(c.text, c.speaker.name if c.speaker else None) for c in claims] == [
        ("“General Petraeus got in trouble for far less,”", "Trump"),
        (
            "the two cases were quite different",
            "one of the former prosecutors for David Petraeus",
        ),
    ]


def test_and_said_shares_the_speaker_of_the_act_right_before_it() -> None:
    # PolNeAR train (Washington Post, 2015-11-17), shortened: the sentence opens with another
    # person, whose subject "and said" had taken
    text = (
        "Louisiana Gov. Bobby Jindal on Monday signed an order, while Mike Huckabee, the former "
        'Arkansas governor, proposed we "wake up and smell the falafel" and said House Speaker '
        "Paul Ryan should resign."
    )
    claims = extract_article(text).claims
    assert [c.speaker.name for c in claims if c.speaker] == ["Mike Huckabee", "Mike Huckabee"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Washington Post, 2016-03-18)
        (
            "On Wednesday, Obama privately made the case to 23 progressive group leaders that he "
            "did not sell them out.",
            "he did not sell them out",
            "Obama",
        ),
        # PolNeAR train (Breitbart, 2016-05-05), shortened
        (
            "Gorka also made the point that Clinton’s philosophy would make her a third Obama term.",
            "Clinton’s philosophy would make her a third Obama term",
            "Gorka",
        ),
    ],
    ids=["made-the-case", "made-the-point"],
)
def test_making_a_case_or_a_point_is_arguing_it(text: str, content: str, speaker: str) -> None:
    assert _speaker_of_the_claim(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # PolNeAR train (Politico, 2016-07-11)
        (
            "Chaffetz is also asking Comey to turn over the FBI’s full investigative file.",
            "Comey to turn over the FBI’s full investigative file",
            "Chaffetz",
        ),
        # ECB+ 13_11ecb
        (
            "Authorities are now saying they suspect arson is to blame for Friday night's fire.",
            "they suspect arson is to blame for Friday night's fire",
            "Authorities",
        ),
    ],
    ids=["is-also-asking", "are-now-saying"],
)
def test_an_adverb_inside_a_progressive_cue_keeps_it_a_cue(
    text: str, content: str, speaker: str
) -> None:
    assert _speaker_of_the_claim(text, content) == speaker
