"""Golden tests: "the company" and "the firm" resolved to the one company the article means,
left unresolved when another body may be meant (bodies16)."""

from extraction import claim_with


def _speaker(text: str, content: str) -> str:
    claim = claim_with(text, content)
    assert claim.speaker is not None
    return claim.speaker.name


def test_firm_carries_on_the_previous_sentences_subject() -> None:
    text = (
        "Mr Tellier had indicated he wanted to stay until the restructuring was complete. "
        "But Bombardier has been faced with a declining share price and profits. "
        "Earlier this month the firm said it earned $10m in the third quarter."
    )
    assert _speaker(text, "it earned $10m in the third quarter") == "Bombardier"


def test_places_are_no_other_candidate_company() -> None:
    text = (
        "Shares in Cairn Energy, a UK oil firm, have closed down 18% after a disappointing "
        "drilling update.\nInvestors had held high hopes of major oil finds in Rajasthan. "
        "The company said tests had shown no significant finds in one of its oil fields."
    )
    assert _speaker(text, "tests had shown no significant finds in one of its oil fields") == (
        "Cairn Energy"
    )


def test_a_person_given_a_post_is_no_candidate_company() -> None:
    text = (
        "Telecoms equipment maker Nortel Networks has sharply revised its profits.\n"
        "Nortel shares climbed 1.46% in Toronto on Tuesday. Nortel's head Frank Dunn was "
        "fired in January. The company also said 12 senior executives have agreed to repay "
        "bonuses."
    )
    assert _speaker(text, "12 senior executives have agreed to repay bonuses") == (
        "Nortel Networks"
    )


def test_guard_a_regulator_subject_is_not_the_company() -> None:
    text = (
        "The Securities and Exchange Commission has fined Bombardier over its accounts. "
        "The company said it would appeal."
    )
    assert _speaker(text, "it would appeal") != "Securities and Exchange Commission"


def test_guard_what_was_said_is_no_subject_carried_on() -> None:
    text = (
        "DaimlerChrysler and Mercedes both sold more cars.\n"
        "Sales totalled 3.9 million units worldwide during 2004, the company said."
    )
    assert _speaker(text, "Sales totalled 3.9 million units worldwide during 2004") != "Sales"


def test_guard_two_companies_stay_unresolved() -> None:
    text = (
        "Renault boosted its profits last year. Japanese carmaker Nissan also did well in "
        "Europe. Analysts were surprised by the results. The company said sales rose by 5% in the "
        "year."
    )
    assert _speaker(text, "sales rose by 5% in the year") not in ("Renault", "Nissan")


def test_guard_a_firm_named_after_its_founder_stays_a_candidate() -> None:
    text = (
        "Laura Ashley is parting company with its chief executive.\n"
        "Since 2002, Ms Tan has been chief executive of Metrojaya, one of the largest retail "
        "groups in Malaysia. In September, the company had said that its sales had been weak."
    )
    assert _speaker(text, "its sales had been weak") not in ("Metrojaya", "Malaysia")


def test_capitalised_bank_is_short_for_the_one_bank_named() -> None:
    text = (
        "The Reserve Bank of Australia lifted interest rates 0.25% to 5.5%. However, shortly "
        "after the Bank made its decision, new figures showed a fall in growth. The Bank said "
        "it had acted to curb inflation."
    )
    assert _speaker(text, "it had acted to curb inflation") == "Reserve Bank of Australia"


def test_capitalised_ministry_is_short_for_the_one_ministry_named() -> None:
    text = (
        "INS Mysore swung into action against the pirates, a Defence Ministry release said. "
        "The Ministry said MV Gibe put out a message at 1100 hours that it was under attack "
        "from two boats closing in on it and firing small arms."
    )
    content = (
        "MV Gibe put out a message at 1100 hours that it was under attack from two boats "
        "closing in on it and firing small arms"
    )
    assert _speaker(text, content) == ("Defence Ministry")


def test_guard_two_banks_named_leave_the_bank_unresolved() -> None:
    text = (
        "The Bank of England kept rates on hold, said an economist at Wells Fargo Bank. "
        "The Bank said that inflation would rise to its target within two years."
    )
    assert _speaker(text, "inflation would rise to its target within two years") not in (
        "Bank of England",
        "Wells Fargo Bank",
    )


def test_guard_lower_case_bank_is_not_any_bank_named() -> None:
    text = (
        "ABN Amro, the Netherlands' largest bank, is to cut 2,850 jobs. It is the third "
        "European bank to announce cuts following Deutsche Bank. The bank said it was on course "
        "for a 10% rise in net income."
    )
    assert _speaker(text, "it was on course for a 10% rise in net income") != "Deutsche Bank"
