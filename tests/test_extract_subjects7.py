"""A "he said" after a sentence whose subject a reader finds past an aside the subject parser
did not step over: one between dashes that is no appositive ("Mr Khodorkovsky - who has been in
jail for more than a year - pleaded"), or one opened by a comma and never closed ("Sam Lau, the
communications director for the Iowa Democratic Party said")."""

from __future__ import annotations

from extraction import assert_said, claim_with

# BBC News, business/025
KHODORKOVSKY = (
    "Separately, former Yukos boss Mikhail Khodorkovsky began testimony on Friday in his trial "
    "for fraud and tax evasion.\n"
    "Mr Khodorkovsky - who has been in jail for more than a year - pleaded not guilty to the "
    'charges brought against him and denied involvement in any criminal activities. "I pride '
    "myself on heading for 15 years a number of successful companies and helping other "
    'enterprises rise from their knees," he told a Russian court.'
)


def test_dash_aside_not_an_appositive() -> None:
    assert_said(
        KHODORKOVSKY,
        "I pride myself on heading for 15 years a number of successful companies and helping "
        "other enterprises rise from their knees,",
        "Mikhail Khodorkovsky",
        "direct:speaker-after",
    )


# PolNeAR train, west-journal 2016-02-08 "On eve of NH primary, Hillary ..."
LAU = (
    "Democratic Party officials say that, even if they thought it was appropriate, a recount of "
    "Monday’s vote could not be done.\n\n"
    "Sam Lau, the communications director for the Iowa Democratic Party said in a statement. "
    "“There are no paper ballots to recount. Monday’s caucuses were a unique event that "
    "involved more than 171,000 Iowans and their neighbors at a specific time and place, an "
    "thus, they can not be re-created or recounted.”"
)


def test_comma_aside_never_closed() -> None:
    claim = claim_with(LAU, LAU[LAU.index("There are") : LAU.index("”")])
    assert claim.speaker is not None and claim.speaker.name == "Sam Lau"


# PolNeAR train, politico 2016-07-06 "Atlantic City officials welcome ..."
CHRISTIE = (
    "Gov. Chris Christie — who is being vetted as a possible running mate for Trump — made "
    "revitalizing Atlantic City a priority in his first term, but the effort stalled, and he "
    "has battled with Guardian over how best to stabilize the city's finances, at one point "
    'calling the mayor a "liar" who was not "honorable."'
)


def test_dash_aside_relative_clause_before_the_verb() -> None:
    claim = claim_with(CHRISTIE, 'the mayor a "liar" who was not "honorable."')
    assert claim.speaker is not None and claim.speaker.name == "Chris Christie"


# Guards (adapted from BBC News passages): what the aside or the subject rules out


def _speaker_of_he_said(text: str, content: str) -> str | None:
    claim = claim_with(text, content)
    return None if claim.speaker is None else claim.speaker.name


def test_body_subject_past_a_dash_aside_is_no_he() -> None:
    text = (
        "Sales rose in January.\n"
        "The Department for Culture - which oversees the channel - said there were no plans to "
        "sell it. He said the review was over."
    )
    assert _speaker_of_he_said(text, "the review was over") in (None, "unknown")


def test_dash_aside_adding_a_second_person() -> None:
    text = (
        "Tony Blair visited the school on Monday.\n"
        "Mr Blair - and his wife Cherie Booth - met the pupils in the hall. "
        '"It was a joy to be here," she said.'
    )
    assert _speaker_of_he_said(text, "It was a joy to be here,") != "Tony Blair"


def test_verb_of_a_relative_clause_ends_no_aside() -> None:
    text = (
        "Lionel Sosa, a Texas media consultant and a friend of Ted Cruz who said he would not "
        'vote for him. "I\'m not sure that Hispanic Republicans really believe that," he said.'
    )
    assert (
        _speaker_of_he_said(text, "I'm not sure that Hispanic Republicans really believe that,")
        != "Lionel Sosa"
    )


# BBC News, business/345: the news agency told is no other person the "he" could stand for
MAGUIRE = (
    '"With the enormous displacement of people...there will be a serious relaxation of fiscal '
    'policy," Glenn Maguire, chief economist for the region at Societe Generale, told Agence '
    "France Presse.\n"
    '"The economic impact of it will certainly be large, but it should not be enough to derail '
    'the momentum of the region in 2005," he said.'
)


def test_news_agency_told_is_no_person_between() -> None:
    claim = claim_with(
        MAGUIRE,
        "The economic impact of it will certainly be large, but it should not be enough to "
        "derail the momentum of the region in 2005,",
    )
    assert claim.speaker is not None and claim.speaker.name == "Glenn Maguire"


def test_person_told_is_still_someone_between() -> None:
    text = MAGUIRE.replace("Agence France Presse", "Jim Smith")
    claim = claim_with(
        text,
        "The economic impact of it will certainly be large, but it should not be enough to "
        "derail the momentum of the region in 2005,",
    )
    assert claim.speaker is None or claim.speaker.name != "Glenn Maguire"


# BBC News, politics/050: a role opening the sentence, the person named in the aside after it
STURGEON = (
    "The afternoon announcement, following a cabinet meeting on Wednesday morning, won broad "
    "support from opposition parties.\n"
    "The Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed the move but "
    "added that the public should be consulted as the clock ticked towards the ban date. She "
    'said: "The time has come for a ban on smoking in public places."'
)


def test_role_then_name_between_commas() -> None:
    claim = claim_with(STURGEON, "The time has come for a ban on smoking in public places.")
    assert claim.speaker is not None and claim.speaker.name == "Nicola Sturgeon"


# ECB+ 13_1ecb
KROON = (
    "Firefighters fought the blaze in temperatures of minus 17 degrees. The pastor, Larry "
    "Kroon, declined to say whether the church had received any recent threats. “There are so "
    "many variables,” he said."
)


def test_the_role_then_name_between_commas() -> None:
    claim = claim_with(KROON, "There are so many variables,")
    assert claim.speaker is not None and claim.speaker.name == "Larry Kroon"


def test_body_then_name_between_commas_is_no_person() -> None:
    text = (
        "Oil prices fell on Monday. The company, Yukos, said the auction was illegal. "
        '"We will pursue all legal recourses," he said.'
    )
    claim = claim_with(text, "We will pursue all legal recourses,")
    assert claim.speaker is None or claim.speaker.name in ("unknown",)


def test_role_then_two_names_between_commas() -> None:
    text = (
        "Firefighters fought the blaze on Sunday. The pastors, Larry Kroon and Ann Kroon, "
        "declined to say whether the church had received threats. “There are so many "
        "variables,” he said."
    )
    claim = claim_with(text, "There are so many variables,")
    assert claim.speaker is None or claim.speaker.name in ("unknown",)


# BBC News, sport/247: a role, what it is of, and the name
BUTRAGUENO = (
    "Real Madrid director of sport Emilio Butragueno praised the spectators inside the ground "
    "for their conduct. \"I'd like to highlight the behaviour of the fans, who showed great "
    'maturity and it was an example of good citizenship," he said.'
)


def test_role_of_what_then_name() -> None:
    claim = claim_with(
        BUTRAGUENO,
        "I'd like to highlight the behaviour of the fans, who showed great maturity and it was "
        "an example of good citizenship,",
    )
    assert claim.speaker is not None and claim.speaker.name == "Emilio Butragueno"


# BBC News, politics/078: a name and the body the person is of
BROWNLEES = (
    "Laura Brownlees of Save the Children said there were grave concerns, not least because of "
    "the well-documented trafficking of children into crime and prostitution in Albania.\n"
    '"If children are going to be returned then there should be proper assessments and '
    'decisions on a case by case basis," she said.'
)


def test_name_of_body_then_she() -> None:
    claim = claim_with(
        BROWNLEES,
        "If children are going to be returned then there should be proper assessments and "
        "decisions on a case by case basis,",
    )
    assert claim.speaker is not None and claim.speaker.name == "Laura Brownlees"


def test_body_of_a_place_is_no_person() -> None:
    text = (
        "Applications rose in January.\n"
        "The University of Leeds said there were grave concerns. "
        '"We do not think the checks are in place," she said.'
    )
    claim = claim_with(text, "We do not think the checks are in place,")
    assert claim.speaker is None or claim.speaker.kind != "person"


# BBC News, tech/156 (sentences left out): the sentence before names the speaker in a frame
# closing it, after a "he" (Sloncek) the history may not pass over
POUWELSE = (
    "Despite Suprnova administrator Sloncek's involvement with Exeem, the basic technology "
    "appears to have been developed by a firm called Swarm Systems.\n"
    "Dr Johan Pouwelse, a researcher at the Delft University of Technology who studies "
    "peer-to-peer networks, said Exeem was the next evolution in file-sharing systems. Mr "
    "Pouwelse said that future versions of file-sharing systems are likely to incorporate some "
    "kind of distributed reputation system. When big files were being shared moderation "
    "systems were key, said Mr Pouwelse. He added that the legal attacks on BitTorrent had "
    "driven people away from sites such as Suprnova."
)


def test_frame_closing_the_sentence_before() -> None:
    claim = claim_with(
        POUWELSE,
        "the legal attacks on BitTorrent had driven people away from sites such as Suprnova",
    )
    assert claim.speaker is not None and claim.speaker.name == "Johan Pouwelse"


# BBC News, business/284 (sentences left out)
ALEXANDER = (
    "The economy has become the second-most dominant issue for many political parties ahead of "
    "Sunday's election, according to Bristol University political scientist Anne Alexander.\n"
    "One Iraqi woman told Ms Alexander about her frustration as she watched TV adverts for "
    "private hospitals.\n"
    "Foreign firms also hope to cash in on the reconstruction effort. But the involvement of "
    "foreign firms in the health and banking sectors and beyond sits uneasily with many Iraqis "
    "who are accustomed to the state taking responsibility for functions that are essential to "
    "making society work, observes Ms Alexander. \"It is seen as a selling off of Iraq's assets "
    'and bringing in multinationals at the expense of Iraqi businesses and Iraqi workers," she '
    "says."
)


def test_inverted_frame_closing_the_sentence_before() -> None:
    claim = claim_with(
        ALEXANDER,
        "It is seen as a selling off of Iraq's assets and bringing in multinationals at the "
        "expense of Iraqi businesses and Iraqi workers,",
    )
    assert claim.speaker is not None and claim.speaker.name == "Anne Alexander"


def test_name_told_in_a_closing_frame_is_no_speaker() -> None:
    text = POUWELSE.replace("key, said Mr Pouwelse", "key, told Mr Pouwelse")
    claim = claim_with(
        text, "the legal attacks on BitTorrent had driven people away from sites such as Suprnova"
    )
    assert claim.speaker is None or claim.speaker.name != "Johan Pouwelse"


# BBC News, politics/066: a stray comma between the subject and its verb, and the subject a
# description before the person's name
KNIGHT = (
    "Five of the eight men held an impromptu news conference outside Charing Cross Police "
    "Station on Monday evening, after the charges were formerly put to them. The men's solicitor "
    "Matthew Knight, said that at no time had it occurred to the men that they were committing "
    "a criminal offence.\n"
    '"There is no offence of trespassing in the House of Commons - it is not a criminal '
    'offence," he said.'
)


def test_stray_comma_before_the_verb() -> None:
    claim = claim_with(
        KNIGHT,
        "There is no offence of trespassing in the House of Commons - it is not a criminal "
        "offence,",
    )
    assert claim.speaker is not None and claim.speaker.name == "Matthew Knight"


def test_comma_then_inverted_frame_is_no_stray_comma() -> None:
    text = KNIGHT.replace("Matthew Knight, said that", "Matthew Knight, said Mr Brown,")
    claim = claim_with(
        text,
        "There is no offence of trespassing in the House of Commons - it is not a criminal "
        "offence,",
    )
    assert claim.speaker is None or claim.speaker.name != "Matthew Knight"


# PolNeAR train, wash-post 2016-04-21 "What's next for Sanders ..."
WEAVER = (
    "But his campaign showed no immediate signs of relenting in its improbable bid to catch her "
    "in the chase for delegates.\n\n"
    "After the results from New York were in Tuesday night, Sanders's campaign manager, Jeff "
    "Weaver, appeared on MSNBC in front of a map of remaining states and outlined how he thinks "
    "the campaign could still close the delegate gap. He also said that if Sanders gets close, "
    "he will start actively trying to flip the allegiances of superdelegates."
)
WEAVER_SAID = (
    "if Sanders gets close, he will start actively trying to flip the allegiances of superdelegates"
)


def test_subject_after_an_opening_clause() -> None:
    claim = claim_with(WEAVER, WEAVER_SAID)
    assert claim.speaker is not None and claim.speaker.name == "Jeff Weaver"


def test_lower_case_subject_after_an_opening_clause_is_no_person() -> None:
    text = WEAVER.replace("Sanders's campaign manager, Jeff Weaver,", "the campaign")
    claim = claim_with(text, WEAVER_SAID)
    assert claim.speaker is None or claim.speaker.kind != "person"
