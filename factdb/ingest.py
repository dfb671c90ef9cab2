"""Ingest: read documents, run the engine, store each article in its own transaction.

This is the library behind `factdb ingest` and `factdb extract`; the CLI only renders the
outcomes it yields. One outcome per document (or per failure), in input order, so a caller
can count, report and stop at any point without losing what already finished.
"""

from __future__ import annotations

import re
import signal
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from sqlalchemy.engine import Engine
from sqlmodel import Session

from factdb.extract import EXTRACTOR_VERSION, extract_article
from factdb.extract.types import ArticleExtraction
from factdb.readers import discover, read_source
from factdb.readers.types import ReadError, SourceDocument


@dataclass(slots=True)
class SourceOptions:
    """Metadata given on the command line for single files (`--outlet`, `--url`, `--date`)."""

    outlet: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(slots=True)
class Extracted:
    document: SourceDocument
    extraction: ArticleExtraction


@dataclass(slots=True)
class Stored:
    document: SourceDocument
    article_id: int
    new: bool
    claims: int
    existing_reason: str | None = None
    linking_error: str | None = None


@dataclass(slots=True)
class Failed:
    origin: str
    message: str


Outcome = Extracted | Stored | Failed


@dataclass(slots=True)
class IngestSummary:
    new: int = 0
    existing: int = 0
    failed: int = 0
    claims: int = 0
    failures: list[Failed] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Failed):
            self.failed += 1
            self.failures.append(outcome)
        elif isinstance(outcome, Stored):
            if outcome.new:
                self.new += 1
                self.claims += outcome.claims
            else:
                self.existing += 1


def documents_by_source(
    paths: Sequence[str],
    *,
    options: SourceOptions | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[tuple[Path | Literal["-"] | None, Iterable[SourceDocument | ReadError]]]:
    """Each source under `paths` with its documents, read lazily, so a caller can show
    progress per file; files that could not be found come first, with no source."""
    options = options or SourceOptions()
    sources, errors = discover(paths)
    for error in errors:
        yield None, [error]
    for source in sources:
        yield (
            source,
            read_source(
                source,
                stdin=stdin,
                outlet=options.outlet,
                url=options.url,
                published=options.published,
            ),
        )


def extract_documents(
    items: Iterable[SourceDocument | ReadError], jobs: int = 1
) -> Iterator[Extracted | Failed]:
    """Run the engine on each document; a document the engine cannot handle is a failure, not a crash.

    With `jobs` above 1 the engine runs in that many worker processes; outcomes still come
    one per document, in input order, as the engine is a pure function of the text.
    """
    recent = _RecentExtractions(RECENT_TEXTS, RECENT_CHARACTERS)
    if jobs > 1:
        yield from _extract_in_workers(items, recent, jobs)
        return
    for item in items:
        if isinstance(item, ReadError):
            yield Failed(item.origin, item.message)
            continue
        key = engine_input(item)
        extraction = recent.get(key)
        if extraction is None:
            extraction = _engine(key)
            if isinstance(extraction, ArticleExtraction):
                recent.put(key, extraction)
        yield _settled(item, extraction)


# what the engine reads of a document: its text, and its title where the text opens with it
EngineInput = tuple[str, str | None]


def engine_input(document: SourceDocument) -> EngineInput:
    """The document's text, with its title only where the text opens with that title (ECB+ and
    scraped pages run the headline into the story's first line): elsewhere the title changes
    nothing, and two documents with one text share one extraction whatever their titles."""
    title = (document.title or "").strip()
    text = document.text
    if title and text.startswith(title, _LEADING_SPACE.match(text).end()):
        return text, title
    return text, None


_LEADING_SPACE = re.compile(r"\s*")  # matched in place: no copy of a 50 MB text, as lstrip makes


def _engine(key: EngineInput) -> ArticleExtraction | str:
    """The engine on one text, or the message of its failure (in this or a worker process)."""
    try:
        return extract_article(*key)
    except Exception as exc:  # the engine must never raise; if it does, report and go on
        return f"extraction failed: {type(exc).__name__}: {exc}"


def _settled(document: SourceDocument, extraction: ArticleExtraction | str) -> Extracted | Failed:
    if isinstance(extraction, str):
        return Failed(document.origin, extraction)
    return Extracted(document, extraction)


# Documents handed to the workers ahead of the one being stored, per worker: enough to keep
# every worker busy, few enough that memory does not grow with the corpus.
WORKER_AHEAD = 16


def _ignore_interrupts() -> None:
    """In a worker: a Ctrl-C is the parent's to handle (it stores what finished, then stops)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_in_workers(
    items: Iterable[SourceDocument | ReadError], recent: _RecentExtractions, jobs: int
) -> Iterator[Extracted | Failed]:
    """The engine in `jobs` worker processes, a bounded window of documents ahead, outcomes
    in input order; a text already extracted (or in flight) is not sent again."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pending: deque[tuple[SourceDocument | ReadError, Future[ArticleExtraction | str] | None]]
    pending = deque()
    in_flight: dict[EngineInput, Future[ArticleExtraction | str]] = {}

    def settle() -> Extracted | Failed:
        item, future = pending.popleft()
        if isinstance(item, ReadError):
            return Failed(item.origin, item.message)
        key = engine_input(item)
        known = recent.get(key)
        if known is not None:
            return Extracted(item, known)
        if future is None:  # known when sent, forgotten since: run it here
            extraction = _engine(key)
        else:
            try:
                extraction = future.result()
            except BrokenProcessPool:
                extraction = "extraction failed: a worker process died"
        if in_flight.get(key) is future:
            del in_flight[key]
        if isinstance(extraction, ArticleExtraction):
            recent.put(key, extraction)
        return _settled(item, extraction)

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        for item in items:
            future = None
            key = engine_input(item) if isinstance(item, SourceDocument) else None
            if key is not None and recent.get(key) is None:
                future = in_flight.get(key)
                if future is None:
                    future = in_flight[key] = pool.submit(_engine, key)
            pending.append((item, future))
            while len(pending) > jobs * WORKER_AHEAD:
                yield settle()
        while pending:
            yield settle()
    finally:
        # also when the caller stops early (Ctrl-C, an error): drop what was not started
        pool.shutdown(wait=True, cancel_futures=True)


# What is kept for a repeat: wire copies and re-sent feeds repeat articles word for word,
# mostly within a few hundred documents (BBC: 133 of 2,225, all within 354). The characters
# bound keeps memory to about one more batch however long the articles are.
RECENT_TEXTS = 512
RECENT_CHARACTERS = 4_000_000


class _RecentExtractions:
    """The engine, with the extractions of the latest distinct texts kept for reuse.

    The engine is a pure function of the text (and of a title run into it), so a repeated text
    gets its twin's extraction (the same object: nothing downstream changes one) instead of a
    second run. Bounded in texts and in characters, so memory stays flat however long the input.
    """

    def __init__(self, texts: int, characters: int) -> None:
        self._texts = texts
        self._characters = characters
        self._held = 0  # characters of the texts kept
        self._by_text: OrderedDict[EngineInput, ArticleExtraction] = OrderedDict()

    def get(self, key: EngineInput) -> ArticleExtraction | None:
        known = self._by_text.get(key)
        if known is not None:
            self._by_text.move_to_end(key)
        return known

    def put(self, key: EngineInput, extraction: ArticleExtraction) -> None:
        if key in self._by_text:
            return
        self._by_text[key] = extraction
        self._held += len(key[0])
        while self._by_text and (len(self._by_text) > self._texts or self._held > self._characters):
            (oldest, _), _ = self._by_text.popitem(last=False)
            self._held -= len(oldest)


# A batch is one transaction: large enough that commits stop dominating (4 ms each on
# SQLite), small enough that Ctrl-C or a failure loses little work and memory stays flat.
BATCH_ARTICLES = 200
BATCH_CHARACTERS = 4_000_000


def ingest_documents(
    engine: Engine, items: Iterable[SourceDocument | ReadError], jobs: int = 1
) -> Iterator[Stored | Failed]:
    """Store extracted articles in batches, each batch atomic, outcomes in input order; the
    engine runs in `jobs` processes, the writes in this one."""
    batch: list[Extracted] = []
    characters = 0
    linker = _Linker()
    for outcome in extract_documents(items, jobs):
        if isinstance(outcome, Failed):
            yield outcome
            continue
        batch.append(outcome)
        characters += len(outcome.document.text)
        if len(batch) >= BATCH_ARTICLES or characters >= BATCH_CHARACTERS:
            yield from _store_batch(engine, batch, linker)
            batch, characters = [], 0
    if batch:
        yield from _store_batch(engine, batch, linker)


def _store_batch(
    engine: Engine, batch: list[Extracted], linker: _Linker
) -> Iterator[Stored | Failed]:
    """Store one batch; a Ctrl-C meanwhile waits until the batch is stored and reported.

    Without that, an interrupt between the commit and the report would leave articles in
    the database that the summary does not count.
    """
    from factdb.store.writes import FailedArticle, store_articles

    with _deferred_interrupt() as interrupted:
        try:
            results = store_articles(
                engine,
                [(item.document, item.extraction) for item in batch],
                extractor_version=EXTRACTOR_VERSION,
            )
        except Exception as exc:  # the database itself failed: nothing of this batch was kept
            message = f"not stored: {_one_line(exc)}"
            results = None
        # Matching can wait for the next run when the user asked to stop.
        linking_error = None
        if not interrupted():
            stored = [r.article_id for r in results or () if not isinstance(r, FailedArticle)]
            linking_error = linker.link(engine, stored)
    if results is None:
        for item in batch:
            yield Failed(item.document.origin, message)
    else:
        yield from _outcomes(batch, results, linking_error)
    if interrupted():
        raise KeyboardInterrupt


def _outcomes(
    batch: list[Extracted], results: list[Any], linking_error: str | None
) -> Iterator[Stored | Failed]:
    from factdb.store.writes import FailedArticle

    for item, result in zip(batch, results, strict=True):
        if isinstance(result, FailedArticle):
            yield Failed(item.document.origin, f"not stored: {result.error}")
        else:
            yield Stored(
                document=item.document,
                article_id=result.article_id,
                new=result.new,
                claims=result.claims,
                existing_reason=result.existing_reason,
                linking_error=linking_error if result.new else None,
            )


@contextmanager
def _deferred_interrupt() -> Iterator[Callable[[], bool]]:
    """Hold SIGINT until the block ends; yields a function telling whether one came."""
    received: list[object] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda *_: received.append(True))
    except ValueError:  # not the main thread: signals are not ours to hold
        yield lambda: False
        return
    try:
        yield lambda: bool(received)
    finally:
        signal.signal(signal.SIGINT, previous)


@dataclass(slots=True)
class _Linker:
    """Links each batch's claims to what is stored; a failure keeps the articles, and is said.

    The first batch, and the one after a failure, match every unmatched claim (what an
    earlier run or batch left); the others only their own articles' claims, so a batch
    does not cost more as the database grows. Claims left unlinked are matched again by
    the next ingest, `matches` or `similar`.
    """

    catch_up: bool = True

    def link(self, engine: Engine, article_ids: list[int]) -> str | None:
        from factdb.store.matching import match_new_claims

        try:
            with Session(engine) as session:
                match_new_claims(session, article_ids=None if self.catch_up else article_ids)
        except Exception as exc:
            self.catch_up = True
            return f"claims stored but not yet matched across outlets: {_one_line(exc)}"
        self.catch_up = False
        return None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
