"""Hedge cues on real news text: each category, each look-alike that is not a hedge, and how
cues are handed to the claims they qualify."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract.hedges import _matcher, attach_hedges, find_hedges, parse_lexicon
from factdb.extract.lexicon import trie_regex
from factdb.extract.types import Claim, Span

# The seed article lives in the repository (seeds/), so these tests never need /work/shared.
SEED = (Path(__file__).resolve().parent.parent / "seeds" / "korea-bizwire-nk-troops.txt").read_text(
    "utf-8"
)

# Sentences from the seed article (Korea Bizwire) unless a corpus is named.
KIRBY = (
    "John Kirby, National Security Council Coordinator for Strategic Communications, stated in "
    "a briefing on October 15, “While we cannot independently confirm these reports, if true, "
    "they would indicate a significant strengthening of the Russia-North Korea defense "
    "relationship.”"
)
SANCTIONS = (
    "“Any cooperation that directly or indirectly aids North Korea’s military enhancement "
    "violates U.N. Security Council resolutions and is subject to international monitoring and "
    "sanctions,” the official said, urging an immediate halt to illegal military cooperation "
    "between the two nations."
)


def cues(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.category) for h in find_hedges(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            KIRBY,
            [
                ("cannot independently confirm", "verification"),
                ("if true", "conditional"),
                ("would", "epistemic"),
            ],
            id="kirby-disclaimer-longest-phrase",
        ),
        pytest.param(
            "South Korea’s Defense Ministry stated they were “closely tracking the possibility of "
            "personnel or civilian workforce support” from North Korea to Russia.",
            [("possibility", "epistemic")],
            id="possibility",
        ),
        pytest.param(
            "A South Korean Foreign Ministry official emphasized the government’s serious concern "
            "about the reported expansion of Russia-North Korea military cooperation.",
            [("reported", "distancing")],
            id="reported-adjective-and-about-without-number",
        ),
        pytest.param(
            "Ukrainian media outlets have reported that Russia has formed a battalion-sized unit "
            "of about 3,000 North Korean troops.",
            [("about 3,000", "approximation")],
            id="reporting-verb-reported-is-not-a-hedge",
        ),
        pytest.param(
            "One Ukrainian news source claimed that six North Korean soldiers were among "
            "approximately 20 casualties on the Russian side.",
            [("claimed", "distancing"), ("approximately 20", "approximation")],
            id="claimed-and-approximately",
        ),
        pytest.param(
            "The White House have voiced concerns over reports suggesting North Korea has sent "
            "troops, marking a potential escalation in military cooperation.",
            [("suggesting", "epistemic"), ("potential", "epistemic")],
            id="narrative-suggesting-potential",
        ),
        pytest.param(SANCTIONS, [], id="sanctions-quote-unhedged"),
        pytest.param(
            "Kirby noted that the U.S. has observed this relationship “growing and deepening” "
            "over recent months.",
            [],
            id="growing-and-deepening-unhedged",
        ),
        pytest.param(
            "The video could not be independently verified.",
            [("could not be independently verified", "verification")],
            id="passive-verification",
        ),
        pytest.param(
            "The claims, which have not been independently verified, surfaced on Tuesday.",
            [("claims", "distancing"), ("have not been independently verified", "verification")],
            id="has-not-been-verified",
        ),
        pytest.param(
            "He was reportedly paid in cash, according to unverified accounts.",
            [("reportedly", "distancing"), ("according to unverified", "distancing")],
            id="reportedly-according-to-unverified",
        ),
        pytest.param(
            "The minister is said to be furious.",
            [("is said to", "distancing")],
            id="is-said-to",
        ),
        pytest.param(
            "A spokesman for the company declined to comment.",
            [("declined to comment", "no_comment")],
            id="declined-to-comment",
        ),
        pytest.param(
            "The ministry did not respond to a request for comment.",
            [("did not respond to a request for comment", "no_comment")],
            id="did-not-respond",
        ),
        pytest.param(
            "Mr Smith could not be reached for comment.",
            [("could not be reached for comment", "no_comment")],
            id="could-not-be-reached",
        ),
        pytest.param(
            # BBC News corpus (Greene & Cunningham 2006), business.
            "Analysts said the firm may have to cut up to 3,000 jobs.",
            [("may", "epistemic"), ("up to 3,000", "approximation")],
            id="bbc-may-up-to",
        ),
        pytest.param(
            # Szeged Uncertainty Corpus, Wikipedia part (wikiweasel).
            "It is believed to be one of the oldest buildings in the town.",
            [("is believed", "epistemic")],
            id="wikiweasel-believed",
        ),
        pytest.param(
            # Szeged Uncertainty Corpus, Wikipedia part (wikiweasel).
            "Eisenhower is considered one of the most effective generals of the war.",
            [("is considered", "epistemic")],
            id="wikiweasel-considered",
        ),
        pytest.param(
            "Gerrard said he would consider leaving if the club was knocked out.",
            [("would", "epistemic"), ("if", "conditional")],
            id="conditional-if-makes-would-a-hedge",
        ),
        pytest.param(
            # BBC News corpus (Greene & Cunningham 2006), politics.
            "Tory chairman Liam Fox accused Labour of misrepresentation.",
            [("accused", "distancing")],
            id="bbc-accused",
        ),
        pytest.param(
            "Analysts think the bank will raise rates, though it is possible that it waits.",
            [("think", "epistemic"), ("possible", "epistemic")],
            id="think-and-possible-that",
        ),
        pytest.param(
            # PolNeAR (USA Today, 2016).
            "Trump campaign spokeswoman Hope Hicks did not respond to USA TODAY's request for "
            "comment.",
            [("did not respond to USA TODAY's request for comment", "no_comment")],
            id="polnear-request-for-comment-with-outlet-name",
        ),
        pytest.param(
            # BBC News corpus (Greene & Cunningham 2006), tech.
            "No one at Lycos was available for comment on latest developments.",
            [("No one at Lycos was available for comment", "no_comment")],
            id="bbc-no-one-available",
        ),
        pytest.param(
            "Jeremy de Souza said he could not confirm whether the Treasury would invest.",
            [("could not confirm", "verification"), ("whether", "epistemic")],
            id="could-not-confirm-beats-could",
        ),
        pytest.param(
            "Chelsea have yet to officially confirm the meeting.",
            [("have yet to officially confirm", "verification")],
            id="yet-to-confirm",
        ),
        pytest.param(
            "The firm would not say how many staff had left.",
            [("would not say", "no_comment")],
            id="would-not-say",
        ),
    ],
)
def test_hedge_cues(text: str, expected: list[tuple[str, str]]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            # Szeged Uncertainty Corpus, Wikipedia part (wikiweasel).
            "On May 20, 1983, Witherspoon had his first attempt at a world title.",
            id="may-the-month",
        ),
        pytest.param("The band toured with Brian May last year.", id="may-in-a-name"),
        pytest.param("He could swim as a child.", id="could-past-ability"),
        pytest.param("She could not attend the meeting.", id="could-not-past"),
        pytest.param("The ministry confirmed that the talks had ended.", id="confirmed-that"),
        pytest.param("Critics voiced concern about the plan.", id="about-without-number"),
        pytest.param(
            # BBC News corpus (Greene & Cunningham 2006), sport.
            "Chelsea claimed the title with a win at Bolton.",
            id="claimed-the-title",
        ),
        pytest.param("The plan was made possible by a grant.", id="made-possible"),
        pytest.param("Russia's military might was on display.", id="military-might"),
        pytest.param("The paper reported the figures on Monday.", id="reporting-verb"),
        pytest.param("The committee considered the bill on Monday.", id="considered-deliberation"),
        pytest.param("A think tank published the figures.", id="think-tank"),
        pytest.param("The striker has great potential.", id="potential-noun"),
        pytest.param("He acted as if nothing had happened.", id="as-if"),
        pytest.param("The project was made possible by donors.", id="feasible-possible"),
        pytest.param("Tickets are selling as fast as possible.", id="as-possible"),
        pytest.param(
            # BBC News corpus (Greene & Cunningham 2006), tech.
            "So-called grid computing is the latest buzz phrase.",
            id="so-called-names-a-term",
        ),
        pytest.param("The thought of him returning distressed her.", id="thought-noun"),
        pytest.param("He said it would open next year.", id="would-future-in-past"),
        pytest.param("The report did not specify how many jobs would go.", id="did-not-specify"),
        pytest.param("The club did not respond to calls for his resignation.", id="calls-for"),
    ],
)
def test_not_hedges(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("a battalion-sized unit of about 3,000-strong troops", "about 3,000"),
        ("about 20-25 people were hurt", "about 20-25"),
        ("nearly half a million people", "nearly half a million"),
        ("talks began around 3pm", "around 3pm"),
        ("roughly two-thirds of voters", "roughly two-thirds"),
        ("an estimated 1.5 million viewers", "an estimated 1.5 million"),
        ("close to £5bn in debt", "close to £5bn"),
        ("about one in five adults", "about one in five"),
        ("fined up to £5,000.", "up to £5,000"),
    ],
)
def test_approximation_spans_cover_the_number(text: str, cue: str) -> None:
    assert cues(text) == [(cue, "approximation")]


def test_seed_article_document_cues() -> None:
    found = cues(SEED)
    for expected in [
        ("suggesting", "epistemic"),
        ("potential", "epistemic"),
        ("possibility", "epistemic"),
        ("reported", "distancing"),
        ("about 3,000", "approximation"),
        ("claimed", "distancing"),
        ("approximately 20", "approximation"),
        ("cannot independently confirm", "verification"),
        ("if true", "conditional"),
        ("would", "epistemic"),
    ]:
        assert expected in found


def test_hedges_sorted_non_overlapping_and_slice_back() -> None:
    hedges = find_hedges(SEED)
    assert all(SEED[h.start : h.end] == h.text for h in hedges)
    assert all(a.end <= b.start for a, b in zip(hedges, hedges[1:], strict=False))


@given(st.text())
def test_any_text_never_raises_and_offsets_slice_back(text: str) -> None:
    hedges = find_hedges(text)
    assert all(text[h.start : h.end] == h.text for h in hedges)
    assert all(a.end <= b.start for a, b in zip(hedges, hedges[1:], strict=False))


@given(st.lists(st.sampled_from(["may ", "could not be ", "about ", "3,000 ", "if true ", "x. "])))
def test_cue_fragments_never_raise(parts: list[str]) -> None:
    text = "".join(parts)
    assert all(text[h.start : h.end] == h.text for h in find_hedges(text))


def _claim(text: str, content: str, cue: str, context: str) -> Claim:
    start = text.index(content)
    cue_start = text.index(cue)
    ctx = text.index(context)
    return Claim(
        text=content,
        start=start,
        end=start + len(content),
        kind="direct",
        speaker=None,
        cue=Span(cue, cue_start, cue_start + len(cue)),
        context_start=ctx,
        context_end=ctx + len(context),
    )


def test_attach_hedges_on_seed_claims() -> None:
    kirby = _claim(SEED, "While we cannot independently", "stated in a briefing", "John Kirby,")
    kirby.end = SEED.index("relationship.”") + len("relationship.")
    kirby.context_end = kirby.end + 1
    source = _claim(SEED, "six North Korean soldiers", "claimed", "One Ukrainian news source")
    source.end = SEED.index("on October 3.") + len("on October 3")
    source.context_end = source.end + 1
    sanctions = _claim(SEED, "Any cooperation", "said, urging", "“Any cooperation")
    sanctions.end = SEED.index("sanctions,”") + len("sanctions,")
    sanctions.context_end = SEED.index("two nations.") + len("two nations.")
    claims = [kirby, source, sanctions]
    attach_hedges(claims, find_hedges(SEED), SEED)
    assert [h.text for h in kirby.hedges] == ["cannot independently confirm", "if true", "would"]
    assert [h.text for h in source.hedges] == ["claimed", "approximately 20"]
    assert sanctions.hedges == []
    assert not sanctions.hedged


def test_hedge_in_another_claims_content_stays_there() -> None:
    text = "Officials said the strike may resume, and the union said talks reportedly failed."
    sentence = Span(text, 0, len(text))
    first = _claim(text, "the strike may resume", "Officials said", text)
    second = _claim(text, "talks reportedly failed", "the union said", text)
    first.context_start = second.context_start = sentence.start
    attach_hedges([first, second], find_hedges(text), text)
    assert [h.text for h in first.hedges] == ["may"]
    assert [h.text for h in second.hedges] == ["reportedly"]


def test_framing_hedge_outside_contents_goes_to_claims_it_frames() -> None:
    text = "Allegedly, the minister said he would resign. Later he said nothing."
    first = _claim(text, "he would resign", "the minister said", "Allegedly, the minister said")
    first.context_end = text.index(" Later")
    later = _claim(text, "nothing", "he said", "Later he said nothing.")
    attach_hedges([first, later], find_hedges(text), text)
    assert [h.text for h in first.hedges] == ["Allegedly"]
    assert later.hedges == []


def test_shared_frame_gives_a_hedge_to_the_nearest_claim_only() -> None:
    # One sentence frames two claims; "reportedly" sits by the second speaker's verb.
    text = "The minister said taxes will rise, and the governor reportedly said rates will fall."
    first = _claim(text, "taxes will rise", "The minister said", text)
    second = _claim(text, "rates will fall", "the governor reportedly said", text)
    second.cue = Span("said", text.index("said rates"), text.index("said rates") + 4)
    attach_hedges([first, second], find_hedges(text), text)
    assert first.hedges == []
    assert [h.text for h in second.hedges] == ["reportedly"]


def test_hedge_in_a_claims_cue_is_not_its_neighbours() -> None:
    text = "Kyiv said the town fell, while Moscow claimed it held out."
    first = _claim(text, "the town fell", "Kyiv said", text)
    second = _claim(text, "it held out", "claimed", text)
    attach_hedges([first, second], find_hedges(text), text)
    assert first.hedges == []
    assert [h.text for h in second.hedges] == ["claimed"]


def test_attach_rejects_hedges_from_another_text() -> None:
    claim = _claim(SEED, "growing and deepening", "noted", "Kirby noted")
    with pytest.raises(ValueError, match="not from this text"):
        attach_hedges([claim], find_hedges("It may rain."), SEED)


@pytest.mark.parametrize(
    "line",
    ["guess | maybe", "epistemic | maybe | no_such_guard", "epistemic | ", "epistemic"],
)
def test_bad_lexicon_lines_are_errors(line: str) -> None:
    with pytest.raises(ValueError, match="bad line"):
        parse_lexicon([line])


def _hedge_eval_module():
    """benchmarks/ is not a package; load the evaluator from its file."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "hedge_eval.py"
    spec = importlib.util.spec_from_file_location("hedge_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_hedge_eval_scores_a_small_wikiweasel_file(tmp_path: Path) -> None:
    # Sentences in the shape of the Szeged Uncertainty Corpus, Wikipedia part (wikiweasel).
    records = [
        {"text": "It may rain.", "cues": [{"start": 3, "end": 6}], "uncertain": True},
        {"text": "Some say so.", "cues": [{"start": 0, "end": 8}], "uncertain": True},
        {"text": "He might go, about 20 of them.", "cues": [], "uncertain": False},
        {"text": "The sky is blue.", "cues": [], "uncertain": False},
    ]
    path = tmp_path / "weasel.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    module = _hedge_eval_module()
    result = module.evaluate_hedges(str(path))
    assert result["sentences"] == 4
    assert result["sentence"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    # "about 20" is an approximation and not counted; "might" is a false cue.
    assert result["cue"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert result["top_missed_cues"] == [("some say", 1)]
    report = module.format_hedge_report(result)
    assert "sentence  P 0.500  R 0.500  F1 0.500" in report


WIKIWEASEL = (
    Path(__file__).resolve().parents[2] / "shared" / "corpora" / "hedges" / "wikiweasel.jsonl"
)


@pytest.mark.skipif(not WIKIWEASEL.exists(), reason="needs /work/shared/corpora/hedges")
def test_hedge_eval_on_wikiweasel_keeps_its_measured_level() -> None:
    result = _hedge_eval_module().evaluate_hedges(str(WIKIWEASEL))
    assert result["sentence"]["f1"] >= 0.80
    assert result["cue"]["f1"] >= 0.75


@st.composite
def _text_and_claims(draw: st.DrawFn) -> tuple[str, list[Claim]]:
    words = ["may", "reportedly", "if true", "said", "about 20", "claimed that", "x.", "the"]
    text = " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=30)))
    claims = []
    for _ in range(draw(st.integers(0, 4))):
        a, b, c, d = sorted(draw(st.lists(st.integers(0, len(text)), min_size=4, max_size=4)))
        claims.append(
            Claim(text[b:c], b, c, "indirect", None, None, context_start=a, context_end=d)
        )
    return text, claims


@given(_text_and_claims())
def test_attach_only_gives_cues_within_reach_and_content_cues_to_their_claim(
    case: tuple[str, list[Claim]],
) -> None:
    text, claims = case
    hedges = find_hedges(text)
    attach_hedges(claims, hedges, text)
    for claim in claims:
        for hedge in claim.hedges:
            assert min(claim.start, claim.context_start) <= hedge.start
            assert hedge.end <= max(claim.end, claim.context_end)
    for hedge in hedges:
        holders = [c for c in claims if c.start <= hedge.start and hedge.end <= c.end]
        if holders:
            assert all(hedge in c.hedges for c in holders)
            assert not any(hedge in c.hedges for c in claims if c not in holders)


# The cue scan matches the character before a word over a text padded with a space, not a
# lookbehind: a cue opening the text, after a hyphen or an apostrophe, or right after the
# previous cue must be found (or not) just as a word edge would tell.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reportedly, the deal collapsed.", [("Reportedly", "distancing")]),
        ("non-reportedly", []),
        ("It was 'reportedly' done.", [("reportedly", "distancing")]),
        ("reportedly reportedly", [("reportedly", "distancing"), ("reportedly", "distancing")]),
    ],
)
def test_cue_at_word_edges(text: str, expected: list[tuple[str, str]]) -> None:
    assert cues(text) == expected


@given(st.text(alphabet=" -'’.,xabcdeghilmnoprstuy\n", max_size=40))
def test_cue_scan_same_as_word_edge_lookbehind(text: str) -> None:
    """Every cue starts where a lookbehind for a word edge would let it, and no such start
    holding a cue is skipped: the padded scan finds the words the plain scan found."""
    starts = _matcher().starts
    edge = re.compile(r"(?<![\w-])" + starts.pattern.removeprefix(r"[^\w-]"))
    lowered = text.lower()
    padded = [(m.start(), m.end() - 1) for m in starts.finditer(" " + lowered)]
    assert padded == [m.span() for m in edge.finditer(lowered)]


_SCAN_WORDS = ["to", "in", "of", "on", "it", "be", "not", "will", "can", "can't", "no", "no-one",
               "my", "his", "view", "mind", "the", "that", "is", "said", "believed", "about",
               "3", "comment", "independently", "confirmed", "would", "if", "appears", "event"]  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from(_SCAN_WORDS), st.sampled_from([" ", "-", "'", ".", ", ", "\n"])),
        max_size=10,
    ).map(lambda pairs: "".join(word + sep for word, sep in pairs))
)
def test_scan_skips_only_words_no_cue_opens_at(text: str) -> None:
    """The scan tests some words ("to", "of") for a whole cue itself; it finds every word a
    cue opens at that the plain word scan finds, and skips only words none opens at."""
    matcher = _matcher()
    plain = re.compile(rf"[^\w-](?:{trie_regex(sorted(matcher.by_first_word))})(?!\w)")

    def opening(scan: re.Pattern[str]) -> list[int]:
        found, pos = [], 0
        while (word := scan.search(" " + text, pos)) is not None:
            start, pos = word.start(), word.end() - 1
            if matcher.by_first_word[text[start:pos]].match(text, start):
                found.append(start)
        return found

    assert opening(matcher.starts) == opening(plain)
