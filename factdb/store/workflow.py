"""The journalist's own records: claims logged by hand, and the verification log.

A hand-logged claim is a claim like any other (same table, same speaker identities, same
hedge cues) with no article: its "document" is its own text, so `text[start:end]` still holds,
and a `logged_claim` row says where it came from. Verdicts are appended, never updated, so
`history` can show who changed what and when; the newest entry is the claim's status.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from factdb.dates import parse_date
from factdb.extract.hedges import find_hedges
from factdb.store.keys import is_pronoun, name_key
from factdb.store.models import Claim, Hedge, Speaker, SpeakerAlias
from factdb.store.statuses import DEFAULT_STATUS, STATUSES
from factdb.store.transactions import BEGIN_OPTION
from factdb.store.workflow_models import LoggedClaim, Verification
from factdb.store.writes import chunks, insert_ignore  # shared with the bulk writer

_WEB_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
MANUAL_VERSION = "manual"  # extractor_version of a claim typed in by a person
MANUAL_RULE = "logged by hand"
SPEAKER_KINDS = ("person", "organization", "media")

_CLAIM = Claim.__table__
_SPEAKER = Speaker.__table__
_ALIAS = SpeakerAlias.__table__
_VERIFICATION = Verification.__table__


class WorkflowError(ValueError):
    """Bad input from a person (unknown claim, unknown status, bad date): nothing was written."""


@dataclass(slots=True)
class ClaimToLog:
    """A claim as a journalist types it; validated before anything touches the database."""

    text: str
    speaker: str
    role: str | None = None
    organization: str | None = None
    kind: str = "person"
    said_on: str | None = None
    source: str | None = None
    url: str | None = None
    note: str | None = None
    hedged: bool = False


@dataclass(slots=True)
class LoggedResult:
    claim_id: int
    speaker_id: int
    speaker: str
    hedges: list[str] = field(default_factory=list)


@dataclass(slots=True)
class VerificationEntry:
    """One line of a claim's history."""

    id: int
    claim_id: int
    status: str
    note: str | None
    evidence: list[str]
    checked_by: str | None
    checked_at: str  # ISO 8601, UTC


@dataclass(frozen=True, slots=True)
class ClaimStatus:
    """A claim's status now; `inherited_from` names the claim of its cluster that set it."""

    status: str
    note: str | None = None
    checked_by: str | None = None
    checked_at: str | None = None
    inherited_from: int | None = None

    @property
    def inherited(self) -> bool:
        return self.inherited_from is not None


UNVERIFIED = ClaimStatus(DEFAULT_STATUS)


def now() -> datetime:
    """Aware UTC: the models' datetime columns refuse naive values."""
    return datetime.now(UTC)


@contextmanager
def writing(session: Session) -> Iterator[Connection]:
    """One atomic write holding the write lock from the start; rolled back on any error.

    A read the session did before has opened a transaction without the lock; it is ended
    first, or SQLite would keep the deferred one and a concurrent writer could slip between.
    """
    if session.in_transaction():
        session.commit()
    try:
        conn = session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
        yield conn
        session.commit()
    except BaseException:
        session.rollback()
        raise


# -- input validation ---------------------------------------------------------------------


def check_status(status: str) -> str:
    cleaned = status.strip().lower()
    if cleaned not in STATUSES:
        raise WorkflowError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")
    return cleaned


def check_date(value: str | None, what: str = "date") -> str | None:
    if value is None or not value.strip():
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise WorkflowError(f"{what}: cannot read {value!r} as a date (use YYYY-MM-DD)")
    return parsed


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def claim_to_log(raw: dict[str, Any], where: str = "") -> ClaimToLog:
    """Validate one claim typed in (a CLI call or a JSONL line) into a ClaimToLog."""
    prefix = f"{where}: " if where else ""
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise WorkflowError(f"{prefix}the claim text is empty")
    speaker = _clean(raw.get("speaker"))
    if speaker is None or not name_key(speaker):
        raise WorkflowError(f"{prefix}a speaker name is required")
    if is_pronoun(speaker):
        raise WorkflowError(f"{prefix}{speaker!r} is a pronoun; name the speaker")
    kind = _clean(raw.get("kind")) or "person"
    if kind not in SPEAKER_KINDS:
        raise WorkflowError(
            f"{prefix}speaker kind {kind!r} is not one of {', '.join(SPEAKER_KINDS)}"
        )
    said_on = raw.get("said_on", raw.get("date"))
    hedged = raw.get("hedged", False)
    if not isinstance(hedged, bool):
        raise WorkflowError(f"{prefix}hedged must be true or false")
    try:
        said = check_date(None if said_on is None else str(said_on), "said on")
    except WorkflowError as exc:
        raise WorkflowError(f"{prefix}{exc}") from None
    url = _clean(raw.get("url"))
    if url is not None and not _WEB_URL.match(url):
        raise WorkflowError(f"{prefix}url {url!r} is not a web address (http:// or https://)")
    return ClaimToLog(
        text=text.strip(),
        speaker=speaker,
        role=_clean(raw.get("role")),
        organization=_clean(raw.get("organization")),
        kind=kind,
        said_on=said,
        source=_clean(raw.get("source")),
        url=url,
        note=_clean(raw.get("note")),
        hedged=hedged,
    )


def require_claim(session: Session, claim_id: int) -> None:
    found = session.exec(select(_CLAIM.c.id).where(_CLAIM.c.id == claim_id)).first()
    if found is None:
        raise WorkflowError(f"no claim with id {claim_id}")


# -- logging claims by hand -----------------------------------------------------------------


def log_claims(session: Session, claims: Sequence[ClaimToLog]) -> list[LoggedResult]:
    """Store hand-logged claims in one transaction: all of them, or (on any error) none."""
    results: list[LoggedResult] = []
    stamp = now()
    with writing(session) as conn:
        for item in claims:
            results.append(_log_one(conn, item, stamp))
    return results


def _log_one(conn: Connection, item: ClaimToLog, stamp: datetime) -> LoggedResult:
    speaker_id, speaker_name = resolve_speaker(conn, item)
    hedges = find_hedges(item.text)
    row = {
        "article_id": None,
        "speaker_id": speaker_id,
        "speaker_mention": None,
        "text": item.text,
        "start": 0,
        "end": len(item.text),
        "kind": "direct",
        "hedged": bool(hedges) or item.hedged,
        "confidence": 1.0,
        "rule": MANUAL_RULE,
        "context": item.text,
        "context_start": 0,
        "context_end": len(item.text),
        "said_on": item.said_on,
        "extractor_version": MANUAL_VERSION,
        "quote": item.text,  # logged as the speaker's words, in one piece
    }
    claim_id = conn.execute(insert(_CLAIM).returning(_CLAIM.c.id), row).scalar_one()
    if hedges:
        conn.execute(
            insert(Hedge.__table__),
            [
                {
                    "article_id": None,
                    "claim_id": claim_id,
                    "text": h.text,
                    "start": h.start,
                    "end": h.end,
                    "category": h.category,
                }
                for h in hedges
            ],
        )
    conn.execute(
        insert(LoggedClaim.__table__),
        {
            "claim_id": claim_id,
            "source": item.source,
            "url": item.url,
            "note": item.note,
            "logged_at": stamp,
        },
    )
    from factdb.store.workflow_topics import index_claim_topics

    index_claim_topics(conn, claim_id, item.text)
    return LoggedResult(claim_id, speaker_id, speaker_name, [h.text for h in hedges])


def resolve_speaker(conn: Connection, item: ClaimToLog) -> tuple[int, str]:
    """The stored speaker this name already means, else a new one.

    A name or alias that points at exactly one named speaker ("Kirby" -> John Kirby) is that
    speaker; one that points at several is refused rather than guessed, because attaching a
    verdict to the wrong person is worse than asking for the full name.
    """
    key = name_key(item.speaker)
    by_alias = select(_ALIAS.c.speaker_id).where(_ALIAS.c.key == key)
    query = (
        select(_SPEAKER.c.id, _SPEAKER.c.name, _SPEAKER.c.role, _SPEAKER.c.organization)
        .where((_SPEAKER.c.key == key) | _SPEAKER.c.id.in_(by_alias))
        .where(_SPEAKER.c.kind.in_(SPEAKER_KINDS))
        .order_by(_SPEAKER.c.id)
    )
    found = conn.execute(query).all()
    if len(found) > 1:
        names = "; ".join(f"{name} (speaker {sid})" for sid, name, _, _ in found)
        raise WorkflowError(f"speaker {item.speaker!r} could be {names}: give the full name")
    if found:
        sid, name, role, organization = found[0]
        _fill_missing(conn, sid, role, organization, item)
        return sid, name
    conn.execute(
        insert_ignore(conn, _SPEAKER),
        {
            "name": item.speaker,
            "key": key,
            "kind": item.kind,
            "role": item.role,
            "organization": item.organization,
        },
    )
    sid = conn.execute(
        select(_SPEAKER.c.id).where(_SPEAKER.c.key == key, _SPEAKER.c.kind == item.kind)
    ).scalar_one()
    conn.execute(
        insert_ignore(conn, _ALIAS), {"speaker_id": sid, "alias": item.speaker, "key": key}
    )
    return sid, item.speaker


def _fill_missing(
    conn: Connection, sid: int, role: str | None, organization: str | None, item: ClaimToLog
) -> None:
    values = {}
    if role is None and item.role:
        values["role"] = item.role
    if organization is None and item.organization:
        values["organization"] = item.organization
    if values:
        conn.execute(update(_SPEAKER).where(_SPEAKER.c.id == sid).values(values))


# -- verification ---------------------------------------------------------------------------


def verify_claim(
    session: Session,
    claim_id: int,
    status: str,
    *,
    note: str | None = None,
    evidence: Iterable[str] = (),
    checked_by: str | None = None,
) -> VerificationEntry:
    """Append a verdict to the claim's log; raises WorkflowError (nothing written) on bad input."""
    status = check_status(status)
    links = [e.strip() for e in evidence if e and e.strip()]
    with writing(session) as conn:
        if conn.execute(select(_CLAIM.c.id).where(_CLAIM.c.id == claim_id)).first() is None:
            raise WorkflowError(f"no claim with id {claim_id}")
        stamp = now()
        entry_id = conn.execute(
            insert(_VERIFICATION).returning(_VERIFICATION.c.id),
            {
                "claim_id": claim_id,
                "status": status,
                "note": _clean(note),
                "evidence": links,
                "checked_by": _clean(checked_by),
                "checked_at": stamp,
            },
        ).scalar_one()
    return VerificationEntry(
        entry_id, claim_id, status, _clean(note), links, _clean(checked_by), _iso(stamp)
    )


def _iso(stamp: datetime | None) -> str | None:
    """ISO 8601 in UTC to the second ("2024-10-17T09:30:00Z"), whatever the backend returned."""
    if stamp is None:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC).replace(tzinfo=None)
    return stamp.replace(microsecond=0).isoformat() + "Z"


def claim_history(session: Session, claim_id: int) -> list[VerificationEntry]:
    """Every verdict on the claim, oldest first. Raises WorkflowError for an unknown claim."""
    require_claim(session, claim_id)
    v = _VERIFICATION.c
    rows = session.exec(
        select(v.id, v.claim_id, v.status, v.note, v.evidence, v.checked_by, v.checked_at)
        .where(v.claim_id == claim_id)
        .order_by(v.id)
    ).all()
    return [
        VerificationEntry(
            r.id,
            r.claim_id,
            r.status,
            r.note,
            list(r.evidence or []),
            r.checked_by,
            _iso(r.checked_at) or "",
        )
        for r in rows
    ]


def _latest_verdicts(session: Session, claim_ids: Sequence[int] | None) -> dict[int, ClaimStatus]:
    """Each claim's newest own verdict (claims never verified are absent)."""
    v = _VERIFICATION.c
    newest = select(func.max(v.id).label("id")).group_by(v.claim_id)
    if claim_ids is not None:
        newest = newest.where(v.claim_id.in_(claim_ids))
    query = select(v.claim_id, v.status, v.note, v.checked_by, v.checked_at).where(
        v.id.in_(newest.scalar_subquery())
    )
    return {
        r.claim_id: ClaimStatus(r.status, r.note, r.checked_by, _iso(r.checked_at))
        for r in session.exec(query)
    }


def cluster_members(session: Session, claim_id: int) -> list[int]:
    """The claims of `claim_id`'s cross-source cluster, itself first (alone when unmatched).

    Clusters are the matching store's `claim_match` rows; `matching.cluster_claim_ids`
    answers instead where it exists.
    """
    try:
        from factdb.store.matching import cluster_claim_ids
    except ImportError:
        members = _cluster_rows(session, claim_id)
    else:
        members = list(cluster_claim_ids(session, claim_id))
    return [claim_id, *(m for m in members if m != claim_id)]


def _cluster_rows(session: Session, claim_id: int) -> list[int]:
    from factdb.store.match_models import ClaimMatch

    match = ClaimMatch.__table__.c
    cluster = select(match.cluster_id).where(match.claim_id == claim_id).scalar_subquery()
    query = select(match.claim_id).where(match.cluster_id == cluster).order_by(match.claim_id)
    return [row[0] for row in session.exec(query)]


def claim_statuses(
    session: Session, claim_ids: Sequence[int] | None = None
) -> dict[int, ClaimStatus]:
    """The status every verified claim has now, own or inherited from its cluster.

    A claim's own verdict always wins; otherwise the newest verdict in its cluster applies,
    marked as inherited. Claims absent from the result are unverified. With `claim_ids`, only
    those claims are answered (their clusters are still consulted).
    """
    own = _latest_verdicts(session, None)
    result: dict[int, ClaimStatus] = dict(own)
    wanted = None if claim_ids is None else set(claim_ids)
    # Newest verdict first, so the first one to reach a claim is the one that holds.
    for source_id, status in sorted(
        own.items(), key=lambda kv: kv[1].checked_at or "", reverse=True
    ):
        for member in cluster_members(session, source_id):
            if member in result or (wanted is not None and member not in wanted):
                continue
            result[member] = ClaimStatus(
                status.status, status.note, status.checked_by, status.checked_at, source_id
            )
    if wanted is not None:
        result = {cid: s for cid, s in result.items() if cid in wanted}
    return result


def claim_status(session: Session, claim_id: int) -> ClaimStatus:
    return claim_statuses(session, [claim_id]).get(claim_id, UNVERIFIED)


def status_claim_ids(session: Session, status: str) -> tuple[bool, set[int]]:
    """Claims for a `--status` filter: (negate, ids).

    For `unverified` the ids are every claim that has some status and the filter is "not in"
    (negate is True); for any other status they are the claims that have it. Callers turn it
    into `Claim.id.in_(ids)` or `Claim.id.not_in(ids)`; see `status_clause`.
    """
    status = check_status(status)
    statuses = claim_statuses(session)
    if status == DEFAULT_STATUS:
        return True, {cid for cid, s in statuses.items() if s.status != DEFAULT_STATUS}
    return False, {cid for cid, s in statuses.items() if s.status == status}


def status_clause(session: Session, status: str, claim_id_column: Any = None):
    """A WHERE clause for `--status` on any query over claims."""
    column = _CLAIM.c.id if claim_id_column is None else claim_id_column
    negate, ids = status_claim_ids(session, status)
    return column.not_in(ids) if negate else column.in_(ids)


def speaker_records(session: Session) -> dict[int, dict[str, int]]:
    """Per speaker: how many of their claims are confirmed, disputed, false (and each status)."""
    statuses = claim_statuses(session)
    if not statuses:
        return {}
    rows = [
        row
        for chunk in chunks(list(statuses))
        for row in session.exec(
            select(_CLAIM.c.id, _CLAIM.c.speaker_id).where(
                _CLAIM.c.id.in_(chunk), _CLAIM.c.speaker_id.is_not(None)
            )
        )
    ]
    record: dict[int, dict[str, int]] = {}
    for claim_id, speaker_id in rows:
        counts = record.setdefault(speaker_id, {})
        status = statuses[claim_id].status
        counts[status] = counts.get(status, 0) + 1
    return record
