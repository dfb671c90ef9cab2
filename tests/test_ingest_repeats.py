"""Ingest runs the engine once per distinct text: a wire copy reuses its twin's extraction."""

from __future__ import annotations

import pytest

import factdb.ingest as ingest
from factdb.ingest import Extracted, extract_documents
from factdb.readers.types import SourceDocument

# A wire story (written for this test) that two outlets' feeds carry word for word.
WIRE_TEXT = (
    "Dollar gains on Greenspan speech\n\nThe dollar has hit its highest level against the euro "
    "in almost three months after the Federal Reserve head said the US trade deficit is set to "
    'stabilise. "We don\'t expect a sharp fall," said Alan Greenspan, the Fed chairman.'
)


def _doc(source_id: str, text: str) -> SourceDocument:
    return SourceDocument(source_id, text, "txt", f"test:{source_id}")


@pytest.fixture
def engine_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    runs: list[str] = []
    real = ingest.extract_article

    def counting(text: str, title: str | None = None):
        runs.append(text)
        return real(text, title)

    monkeypatch.setattr(ingest, "extract_article", counting)
    return runs


def test_a_repeated_text_is_extracted_once(engine_runs: list[str]) -> None:
    docs = [_doc("a", WIRE_TEXT), _doc("b", "Another story, said nobody."), _doc("c", WIRE_TEXT)]
    outcomes = list(extract_documents(docs))
    assert len(engine_runs) == 2
    assert all(isinstance(o, Extracted) for o in outcomes)
    first, _, repeat = outcomes
    assert repeat.document.source_id == "c"
    assert repeat.extraction == first.extraction
    assert "Alan Greenspan" in [c.speaker.name for c in repeat.extraction.claims if c.speaker]


def test_a_title_run_into_the_text_is_part_of_what_is_repeated(engine_runs: list[str]) -> None:
    # a title the text opens with changes what the engine reads (ECB+ 36_2ecb runs its
    # headline into the story); a title elsewhere does not, so a wire copy still shares
    title = "Polygamy arrests made in Canada"
    text = (
        f"{title} Two leaders of polygamous factions in Bountiful, British Columbia, have been "
        "arrested, Canadian authorities announced."
    )
    docs = [
        SourceDocument("a", text, "jsonl", "test:a", title=title),
        SourceDocument("b", text, "jsonl", "test:b"),
        SourceDocument("c", text, "jsonl", "test:c", title=title),
        SourceDocument("d", WIRE_TEXT, "jsonl", "test:d", title=title),
        SourceDocument("e", WIRE_TEXT, "jsonl", "test:e", title="Another headline"),
    ]
    outcomes = list(extract_documents(docs))
    assert engine_runs == [text, text, WIRE_TEXT]
    with_title, without, again, wire, other_title = outcomes
    assert again.extraction is with_title.extraction
    assert other_title.extraction is wire.extraction
    assert without.extraction.claims[0].text.startswith(title)
    assert with_title.extraction.claims[0].text.startswith("Two leaders")


def test_only_recent_texts_are_kept(
    engine_runs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "RECENT_TEXTS", 2)
    texts = [WIRE_TEXT, "One.", "Two.", WIRE_TEXT, "Two."]
    list(extract_documents(_doc(str(n), t) for n, t in enumerate(texts)))
    # the wire text had dropped out of the two kept when it came again; "Two." had not
    assert engine_runs == [WIRE_TEXT, "One.", "Two.", WIRE_TEXT]


def test_a_text_longer_than_the_characters_kept_is_not_kept(
    engine_runs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "RECENT_CHARACTERS", len(WIRE_TEXT) - 1)
    texts = ["Short.", WIRE_TEXT, WIRE_TEXT, "Short."]
    list(extract_documents(_doc(str(n), t) for n, t in enumerate(texts)))
    # the long text pushed out everything, itself included; memory holds no more than asked
    assert engine_runs == ["Short.", WIRE_TEXT, WIRE_TEXT, "Short."]
