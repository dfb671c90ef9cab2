"""The CLI end to end on SQLite and PostgreSQL: same seed in, same JSON out.

A newsroom may start on a laptop SQLite file and move to a shared server; a script that reads
`factdb quotes --format json` must not notice. Ids and ingest timestamps are normalised (each
backend numbers rows itself); everything else must match byte for byte.
"""

from __future__ import annotations

import json
import re
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
    "quotes_all": ["quotes", "--limit", "0"],  # 0 means all, not none
    "speakers_all": ["speakers", "--limit", "0"],
    "articles_all": ["articles", "--limit", "0"],
    "quotes_speaker": ["quotes", "--speaker", "kirby"],
    "quotes_topic": ["quotes", "--topic", "confirming"],  # stemmed: finds "confirm"
    "quotes_hedged": ["quotes", "--hedged"],
    "quotes_direct": ["quotes", "--kind", "direct"],
    "quotes_outlet": ["quotes", "--outlet", "korea bizwire"],
    "speakers": ["speakers"],
    "articles": ["articles"],
    "stats": ["stats"],
    "db_check": ["db", "check"],
    # commands over the newsroom's own work, run after the writes in `work_on`
    "matches": ["matches"],
    "similar": ["similar", "cannot independently confirm these reports"],
    "topics": ["topics"],
    "timeline": ["timeline", "--speaker", "kirby"],
    "export": ["export"],
}
# The same Kirby quote as another outlet ran it: gives `matches` a cross-outlet cluster.
OTHER_OUTLET = {
    "id": "yonhap:kirby",
    "outlet": "Yonhap",
    "date": "2024-10-16",
    "text": "WASHINGTON, Oct. 16 (Yonhap) -- The White House said it could not confirm the"
    " reports.\n\n\u201cWhile we cannot independently confirm these reports, if true, they"
    " would indicate a significant strengthening of the Russia-North Korea defense"
    " relationship,\u201d John Kirby, the National Security Council coordinator, told"
    " reporters.\n",
}
_TIMESTAMP_KEYS = {"ingested_at", "applied_at", "created_at", "updated_at"}
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_URL_KEYS = {"database"}


def run(url: str, *args: str) -> Any:
    result = CliRunner().invoke(app, ["--db", url, *args, "--format", "json"])
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return json.loads(result.stdout)


def ingest_seed(url: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--db", url, "ingest", str(SEED)])
    return result.exit_code, result.stderr


def act(url: str, *args: str) -> None:
    result = CliRunner().invoke(app, ["--db", url, *args])
    assert result.exit_code == 0, (args, result.stdout, result.stderr)


def work_on(url: str, tmp_path: Path) -> None:
    """What a newsroom does after ingest: a second outlet, a verdict, a tag, a hand-logged claim."""
    batch = tmp_path / "other.jsonl"
    batch.write_text(json.dumps(OTHER_OUTLET) + "\n", encoding="utf-8")
    act(url, "ingest", str(batch))
    kirby = run(url, "quotes", "--speaker", "kirby")[0]["claim_id"]
    act(url, "verify", str(kirby), "--status", "disputed", "--note", "Not confirmed", "--by", "Ana")
    act(url, "tag", str(kirby), "deployment-watch")
    act(url, "add", "We may see more troops.", "--speaker", "John Kirby", "--said-on", "2024-10-20")


def collect(url: str) -> dict[str, Any]:
    """Every command's JSON for the seeded database, plus `show` and `history` of every claim."""
    outputs = {name: run(url, *args) for name, args in COMMANDS.items()}
    claims = outputs["quotes"]
    outputs["show"] = [run(url, "show", str(claim["claim_id"])) for claim in claims]
    outputs["history"] = [run(url, "history", str(claim["claim_id"])) for claim in claims]
    return outputs


def normalise(value: Any, ids: dict[str, dict[Any, int]] | None = None) -> Any:
    """Ids become their order of first appearance per id kind; timestamps and URLs a marker."""
    ids = {} if ids is None else ids
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if (key in _TIMESTAMP_KEYS and item is not None) or (
                isinstance(item, str) and _DATETIME.match(item)
            ):
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
        folder = tmp_path_factory.mktemp(backend)
        with backend_database(backend, folder) as url:
            code, stderr = ingest_seed(url)
            assert code == 0, stderr
            work_on(url, folder)
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
    assert out["quotes_all"] == out["quotes"]
    assert out["speakers_all"] == out["speakers"] and out["articles_all"] == out["articles"]
    assert len(out["articles"]) == 2  # the seed and the other outlet (hand-logged: no article)
    assert out["matches"], "the Kirby quote ran in two outlets"
    exported = json.dumps(out["export"])
    assert "deployment-watch" in exported and "disputed" in exported
    assert any(out["history"]), "the verdict is recorded"
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
@pytest.mark.parametrize("command", [*COMMANDS, "show", "history"])
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


def test_tag_is_found_by_topic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    assert ingest_seed(url)[0] == 0
    kirby = run(url, "quotes", "--speaker", "kirby")[0]["claim_id"]
    act(url, "tag", str(kirby), "deployment-watch")
    assert run(url, "quotes", "--topic", "deployment-watch")
