"""Golden tests from held-out news (BBC 2004-5): companies, clubs and places taken for persons,
and a person's nationality taken for a name."""

from __future__ import annotations

from extraction import claim_with


def _kind(text: str, content: str) -> tuple[str | None, str | None]:
    speaker = claim_with(text, content).speaker
    assert speaker is not None
    return speaker.name, speaker.kind


def test_title_stops_at_the_sentence_end() -> None:
    # "Mr Fogg. Apple": the company opening the next sentence is no part of Mr Fogg's name
    text = (
        '"It is a good price," said Mr Fogg. Apple expects the Mac mini to sell for £339 in the UK.'
    )
    assert _kind(text, "the Mac mini to sell for £339 in the UK") == ("Apple", "organization")


def test_title_keeps_initials() -> None:
    text = "Mr. Donald J. Trump said the wall was big. Trump said the wall was paid for."
    assert _kind(text, "the wall was paid for") == ("Donald J. Trump", "person")


def test_company_noun_before_a_lone_name() -> None:
    text = (
        "Upscale department store Nordstrom said same store sales were 9.3% higher than "
        "during the same period last year."
    )
    content = "same store sales were 9.3% higher than during the same period last year"
    assert _kind(text, content) == ("Nordstrom", "organization")


def test_known_company_name() -> None:
    text = "Glaxo says distribution of the new-look drugs has already begun."
    content = "distribution of the new-look drugs has already begun"
    assert _kind(text, content) == ("Glaxo", "organization")


def test_lone_name_with_a_plural_verb_is_a_club() -> None:
    text = (
        "Leicester say they will not be rushed into making a bid for Andy Farrell should "
        "the Great Britain rugby league captain decide to switch codes."
    )
    content = (
        "they will not be rushed into making a bid for Andy Farrell should the Great "
        "Britain rugby league captain decide to switch codes"
    )
    assert _kind(text, content) == ("Leicester", "organization")


def test_county_after_an_open_aside_is_no_speaker() -> None:
    text = (
        "And the BBC's Sarah Mukherjee, with the Beaufort Hunt in Badminton, Gloucestershire "
        "said several hundred people had gathered on foot to see the hunt."
    )
    content = "several hundred people had gathered on foot to see the hunt"
    assert _kind(text, content)[0] != "Gloucestershire"


def test_nationality_stands_for_the_person_named() -> None:
    text = (
        "Arsene Wenger has signed a new contract with Arsenal. The 55-year-old Frenchman "
        'told the club\'s website: "I love this club and am very happy here."'
    )
    content = "I love this club and am very happy here."
    assert _kind(text, content) == ("Arsene Wenger", "person")


def test_nationality_is_not_the_other_one_named_in_its_sentence() -> None:
    # guard: the Kiwi is Deans, who has not spoken; never Dallas, whose words come first
    text = (
        "A Bob Deans try was ruled out by Scottish referee John Dallas. Dallas said that "
        "Deans was tackled short, but the Kiwi said he was dragged back into the field of play."
    )
    content = "he was dragged back into the field of play"
    assert _kind(text, content)[0] != "John Dallas"


def test_speaking_in_a_place_keeps_the_speaker() -> None:
    # guard: a sentence's opening phrase with a place, no aside left open
    text = "Speaking in London, Chirac said the deal was done."
    assert _kind(text, "the deal was done") == ("Chirac", "person")


def test_nation_alone_is_not_a_person_named_before() -> None:
    # guard: "the Chinese" may be the nation; no one named before is taken for it
    text = "Hu Jintao visited Paris. The Chinese said the deal was fine."
    assert _kind(text, "the deal was fine")[0] != "Hu Jintao"


def test_asker_of_a_fronted_question_is_not_he() -> None:
    text = (
        "Brian Nichols appeared in court on Monday. Asked by the judge if he understood the "
        'charges against him, he responded "Yes."'
    )
    assert _kind(text, "Yes.") == ("Brian Nichols", "person")


def test_degree_after_a_name_is_no_role() -> None:
    text = (
        '"He is a forceful personality," said Tom Murray, PhD, head of the Hastings Center, '
        "an independent bioethics research institute."
    )
    speaker = claim_with(text, "He is a forceful personality,").speaker
    assert speaker is not None and speaker.name == "Tom Murray" and speaker.role != "PhD"


def test_the_firm_is_the_known_company_before_it() -> None:
    text = (
        "Strong sales outside western Europe helped Renault boost its profits by more than "
        "40% in 2004 although the firm warned of lower margins this year. The firm said strong "
        "demand outside western Europe lifted its results."
    )
    content = "strong demand outside western Europe lifted its results"
    assert _kind(text, content) == ("Renault", "organization")


def test_the_firm_stays_unresolved_between_two_companies() -> None:
    # guard: two companies named before, either may be "the firm"
    text = (
        "Shares in Renault rose after Peugeot boosted its profits. The firm said demand was strong."
    )
    assert _kind(text, "demand was strong")[0] not in ("Renault", "Peugeot")


def test_rival_known_company_is_a_company() -> None:
    text = (
        "Rival Sony has said it will launch its first handheld console, the PSP, in the US "
        "and Europe before the end of March."
    )
    content = (
        "it will launch its first handheld console, the PSP, in the US and Europe before the "
        "end of March"
    )
    assert _kind(text, content) == ("Sony", "organization")


def test_rival_person_stays_a_person() -> None:
    # guard: a politician's rival is a person
    text = "His rival Gordon Brown said the plan was wrong."
    assert _kind(text, "the plan was wrong") == ("Gordon Brown", "person")
