"""The engine's cost must grow linearly with article length (issue 6: a hostile 50 MB article).

The indexes that replaced whole-article scans are checked against the scans they replaced, and
a long synthetic article must cost about four times a quarter of it (before the indexes:
nearly ten times).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factdb.extract import extract_article
from factdb.extract.attribution import Attribution
from factdb.extract.pipeline import _closing_mark_kept, _LatestEnd, _Spans
from factdb.extract.quotes import Quote
from factdb.extract.sentences import LONGEST_SENTENCE, sentences
from factdb.extract.speakers import SpeakerResolver, _word_keys

_SURNAME_CHARS = "abkisSKIB.-'&_1xy"
_STRETCH_CHARS = _SURNAME_CHARS + " ’ſKıİé\u0307,"


@given(
    st.text(alphabet=_STRETCH_CHARS, max_size=20),
    st.sets(st.text(alphabet=_SURNAME_CHARS, min_size=1, max_size=5), max_size=5),
)
def test_word_keys_find_what_a_surname_regex_finds(stretch: str, names: set[str]) -> None:
    surnames = {name.lower() for name in names}
    longest = max((len(s) for s in surnames), default=0)
    expected = {s for s in surnames if re.search(rf"\b{re.escape(s)}\b", stretch, re.IGNORECASE)}
    assert _word_keys(stretch, longest) & surnames == expected


_span = st.tuples(st.integers(0, 40), st.integers(1, 10)).map(lambda p: (p[0], p[0] + p[1]))


@given(st.lists(_span, max_size=12), _span)
def test_spans_overlap_as_a_scan_of_every_span(
    spans: list[tuple[int, int]], probe: tuple[int, int]
) -> None:
    start, end = probe
    expected = any(s < end and start < e for s, e in spans)
    assert _Spans(spans).overlaps(start, end) is expected


def _claim(start: int, end: int) -> Attribution:
    return Attribution(start, end, "direct", "direct:test", None, (start, start))


@given(st.lists(_span, max_size=12), st.lists(st.integers(0, 60), max_size=8))
def test_latest_end_is_the_max_of_claims_ended_so_far(
    spans: list[tuple[int, int]], points: list[int]
) -> None:
    claims = [_claim(s, e) for s, e in spans]
    chain = _LatestEnd(claims, [])
    for at in sorted(points):
        previous = [c for c in claims if c.end <= at]
        expected = max(previous, key=lambda c: c.end) if previous else None
        assert chain.before(at) is expected  # ties go to the first listed, as max() does


def test_latest_end_sees_claims_added_and_moved_on_the_way() -> None:
    first, second = _claim(0, 10), _claim(12, 20)
    extra: list[Attribution] = []
    chain = _LatestEnd([first, second], extra)
    assert chain.before(15) is first
    extra.append(_claim(16, 30))
    first.end = 40  # a continuation extends the claim past the quote it joined
    chain.moved(first)
    assert chain.before(35) is extra[0]
    assert chain.before(45) is first


_FIRST = ["Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas"]
_LAST = ["Abbott", "Brandt", "Costa", "Dunn", "Ekberg", "Fischer", "Garcia", "Hale", "Ivanov"]
_ROLE = ["minister", "spokesman", "analyst", "chief executive", "director", "professor"]
_ORG = ["the Treasury", "Acme Bank", "the Institute for Fiscal Studies", "Globex", "the BBC"]
_WORD = ["plan", "budget", "deal", "vote", "strike", "merger", "inquiry", "tax", "report"]


def _article(paragraphs: int, seed: int = 0) -> str:
    """Varied news paragraphs (named speakers, quotes, pronouns), none repeated verbatim."""
    rng = random.Random(seed)
    out = []
    for n in range(paragraphs):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        pronoun = rng.choice(["He", "She"])
        word, other = rng.choice(_WORD), rng.choice(_WORD)
        out.append(
            f"{name}, a {rng.choice(_ROLE)} at {rng.choice(_ORG)}, said the {word} number {n} "
            f'was {rng.choice(["late", "costly", "popular"])}. "We will look at the {other} '
            f'again in {rng.randint(2, 90)} days," {pronoun.lower()} said. {pronoun} added '
            f"that {rng.choice(_LAST)} had not seen the {word} papers, according to {rng.choice(_ORG)}."
        )
        out.append(
            f'"The {other} is not finished and we all know it, {rng.randint(2, 9)} times over."'
        )
    return "\n\n".join(out)


def _cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        extract_article(text)
        best = min(best, time.process_time() - started)
    return best


def _run_on(text: str) -> str:
    """The same prose with no full stops and no line breaks: one sentence, hostile input."""
    return text.replace(".", "").replace("\n", " ")


@pytest.mark.parametrize(
    ("shape", "paragraphs"), [(lambda text: text, 800), (_run_on, 100)], ids=["prose", "run-on"]
)
def test_a_four_times_longer_article_costs_about_four_times_as_much(
    shape: Callable[[str], str], paragraphs: int
) -> None:
    short, long = shape(_article(paragraphs)), shape(_article(4 * paragraphs))
    ratio = _cpu_seconds(long) / _cpu_seconds(short)
    assert ratio < 6.5, f"cost grew {ratio:.1f}x for 4x the text: something scans the whole article"


def test_a_run_on_sentence_is_cut_at_spaces_outside_quotations() -> None:
    text = _run_on(_article(100))
    quote = text.index('"')
    protected = [(quote, text.index('"', quote + 1) + 1)]
    spans = sentences(text, 0, len(text), protected)
    assert len(spans) > 1
    for (start, end), (following, _) in zip(spans, spans[1:], strict=False):
        assert end - start <= LONGEST_SENTENCE
        assert text[end:following].isspace()  # nothing between pieces but the space cut at
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert not any(
        start < q_start < end and end < q_end
        for start, end in spans
        for q_start, q_end in protected
    )


def _closing_marks_looked_up(quotations: int) -> float:
    """CPU seconds to look up the closing mark of 2,000 claims, each just past a quotation of
    an article of `quotations` quotations ('called it "absurd."', one a sentence)."""
    sentence = 'Anna Costa called the plan "a costly idea." '
    text = sentence * quotations
    step, open_at = len(sentence), sentence.index('"')
    quotes = [
        Quote(
            n * step + open_at + 1,
            n * step + open_at + 15,
            n * step + open_at,
            n * step + open_at + 16,
            True,
        )
        for n in range(quotations)
    ]
    opens = [q.open_at for q in quotes]
    started = time.process_time()
    for n in range(0, quotations, max(1, quotations // 2000)):
        claim_start = n * step + sentence.index("the plan")
        assert _closing_mark_kept(text, quotes, opens, claim_start, n * step + open_at + 14) == (
            n * step + open_at + 16
        )
        _closing_mark_kept(text, quotes, opens, claim_start, claim_start + 4)  # none to close
    return time.process_time() - started


def test_a_closing_mark_is_found_without_reading_every_quotation() -> None:
    """Each claim that ends just inside a quotation looks up that quotation's closing mark: a
    scan of every quotation per claim made the 50 MB article of issue 6 run for many minutes."""
    small = min(_closing_marks_looked_up(4_000) for _ in range(3))
    large = min(_closing_marks_looked_up(64_000) for _ in range(3))
    assert large < 3 * small, f"{large / small:.1f}x the time for 16x the quotations"


_SYLLABLES = ["ka", "lo", "mi", "ren", "do", "sa", "vi", "tor", "bel", "an", "gru", "pe"]


def _names_article(people: int, seed: int = 0) -> str:
    """An article naming `people` different people in full, middle name and all."""
    rng = random.Random(seed)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()

    return "\n\n".join(
        f"{word()} {word()} {word()}, a {rng.choice(_ROLE)}, said the {rng.choice(_WORD)} was late."
        for _ in range(people)
    )


def _two_names_checks(text: str, names: list[list[str]]) -> float:
    resolver = SpeakerResolver.for_document(text)
    resolver._two_names_run(names[0])  # whatever is built once per article, built
    started = time.process_time()
    for toks in names:
        resolver._two_names_run(toks)
    return time.process_time() - started


def test_a_name_is_checked_for_two_names_without_reading_the_whole_article() -> None:
    """Each name of three words or more is looked for alone elsewhere in the article: a count
    over the whole text per name made an article naming thousands of people quadratic."""
    names = [["Anna", "Brandt", "Costa"], ["Ines", "Hale", "Garcia", "Dunn"]] * 500
    small = min(_two_names_checks(_names_article(1_000), names) for _ in range(3))
    large = min(_two_names_checks(_names_article(16_000), names) for _ in range(3))
    assert large < 3 * small, f"{large / small:.1f}x the time for 16x the article"


@given(
    st.lists(st.sampled_from(["Anna", "Brandt", "Costa", "Dunn", "said", ",", "."]), max_size=30),
    st.lists(
        st.sampled_from(["Anna", "Brandt", "Costa", "Dunn"]), min_size=3, max_size=4, unique=True
    ),
)
def test_two_names_run_answers_as_a_count_over_the_text(words: list[str], toks: list[str]) -> None:
    # the words of one name differ ("Anna Anna Anna" would count overlapping runs apart)
    text = " ".join(words)
    expected = text.count(" ".join(toks[:-1])) > text.count(" ".join(toks))
    assert SpeakerResolver.for_document(text)._two_names_run(toks) is expected
