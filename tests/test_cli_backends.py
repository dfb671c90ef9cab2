"""The CLI end to end on SQLite and PostgreSQL: same seed in, same JSON out.

A newsroom may start on a laptop SQLite file and move to a shared server; a script that reads
`factdb quotes --format json` must not notice. Ids and ingest timestamps are normalised (each
backend numbers rows itself); everything else must match byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from backends import BACKENDS, PG_ENV, PG_URL, backend_database
from typer.testing import CliRunner

from factdb.cli import app

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "korea-bizwire-nk-troops.txt"

COMMANDS = {
    "quotes": ["quotes", "--limit", "1000"],
    "quotes_speaker": ["quotes", "--speaker", "kirby"],
    "quotes_topic": ["quotes", "--topic", "confirming"],  # stemmed: finds "confirm"
    "quotes_hedged": ["quotes", "--hedged"],
    "quotes_direct": ["quotes", "--kind", "direct"],
    "quotes_outlet": ["quotes", "--outlet", "korea bizwire"],
    "speakers": ["speakers"],
    "articles": ["articles"],
    "stats": ["stats"],
    "db_check": ["db", "check"],
}
_TIMESTAMP_KEYS = {"ingested_at", "applied_at", "created_at", "updated_at"}
_URL_KEYS = {"database"}


def run(url: str, *args: str) -> Any:
    result = CliRunner().invoke(app, ["--db", url, *args, "--format", "json"])
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return json.loads(result.stdout)


def ingest_seed(url: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--db", url, "ingest", str(SEED)])
    return result.exit_code, result.stderr


def collect(url: str) -> dict[str, Any]:
    """Every command's JSON for the seeded database, plus `show` of every claim."""
    outputs = {name: run(url, *args) for name, args in COMMANDS.items()}
    outputs["show"] = [run(url, "show", str(claim["claim_id"])) for claim in outputs["quotes"]]
    return outputs


def normalise(value: Any, ids: dict[str, dict[Any, int]] | None = None) -> Any:
    """Ids become their order of first appearance per id kind; timestamps and URLs a marker."""
    ids = {} if ids is None else ids
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if key in _TIMESTAMP_KEYS and item is not None:
                out[key] = "<time>"
            elif key in _URL_KEYS:
                out[key] = "<database>"
            elif (key == "id" or key.endswith("_id")) and isinstance(item, int):
                seen = ids.setdefault(key, {})
                out[key] = seen.setdefault(item, len(seen) + 1)
            else:
                out[key] = normalise(item, ids)
        return out
    if isinstance(value, list):
        return [normalise(item, ids) for item in value]
    return value


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    """The seed ingested once per available backend, and every command's output."""
    outputs: dict[str, dict[str, Any]] = {}
    backends = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]
    for backend in backends:
        with backend_database(backend, tmp_path_factory.mktemp(backend)) as url:
            code, stderr = ingest_seed(url)
            assert code == 0, stderr
            outputs[backend] = collect(url)
    yield outputs


@pytest.mark.parametrize("backend", BACKENDS)
def test_seed_round_trip(seeded: dict[str, dict[str, Any]], backend: str) -> None:
    out = seeded[backend]
    assert out["quotes"], "the seed article has quotes"
    text = " ".join(claim_text(c) for c in out["quotes_speaker"])
    assert "cannot independently confirm" in text or "significant strengthening" in text
    assert out["quotes_topic"], "--topic confirming must find the Kirby quote (stemming)"
    assert out["quotes_hedged"], "the Kirby quote is hedged"
    assert len(out["articles"]) == 1
    assert out["db_check"]["ok"] is True
    assert out["db_check"]["pending"] == []
    for claim, detail in zip(out["quotes"], out["show"], strict=True):
        assert detail["claim_id"] == claim["claim_id"]
        assert detail["context_start"] <= detail["start"] <= detail["end"] <= detail["context_end"]
        start = detail["start"] - detail["context_start"]
        assert detail["context"][start : start + len(detail["text"])] == detail["text"]


def claim_text(claim: dict[str, Any]) -> str:
    return str(claim.get("text", ""))


@pytest.mark.skipif(not PG_URL, reason=f"{PG_ENV} is not set")
@pytest.mark.parametrize("command", [*COMMANDS, "show"])
def test_json_identical_on_both_backends(seeded: dict[str, dict[str, Any]], command: str) -> None:
    sqlite_out = normalise(seeded["sqlite"][command])
    pg_out = normalise(seeded["postgresql"][command])
    if command == "db_check":
        sqlite_out.pop("backend")
        pg_out.pop("backend")
    assert pg_out == sqlite_out


@pytest.mark.parametrize("backend", BACKENDS)
def test_second_ingest_stores_nothing(tmp_path: Path, backend: str) -> None:
    with backend_database(backend, tmp_path) as url:
        assert ingest_seed(url)[0] == 0
        before = run(url, "stats")
        code, stderr = ingest_seed(url)
        assert code == 0, stderr
        assert "Already stored" in stderr
        assert run(url, "stats") == before


@pytest.mark.parametrize("backend", BACKENDS)
def test_empty_database_lists_nothing(tmp_path: Path, backend: str) -> None:
    with backend_database(backend, tmp_path) as url:
        for args in (["quotes"], ["speakers"], ["articles"], ["quotes", "--topic", "troops"]):
            assert run(url, *args) == []
