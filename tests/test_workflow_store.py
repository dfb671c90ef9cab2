"""The workflow tables and their library functions: log, verify, history, status, tags, topics."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, select
from sqlmodel import Session, SQLModel
from store_support import engine, seed_document, seed_extraction, store_url  # noqa: F401

from factdb.store import workflow as wf
from factdb.store.migrations import _m002_tables
from factdb.store.models import Claim, Hedge, Speaker
from factdb.store.workflow_models import LoggedClaim, Verification
from factdb.store.workflow_topics import (
    claim_tags,
    claim_topics,
    ensure_topics,
    tag_claim,
    topic_claim_ids,
    topic_counts,
    untag_claim,
)
from factdb.store.writes import store_article

KIRBY_LINE = "While we cannot independently confirm these reports"


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:  # noqa: F811
    doc = seed_document()
    with Session(engine) as s:
        store_article(s, doc, seed_extraction(doc.text), extractor_version="test")
        yield s


def claim_id(session: Session, startswith: str) -> int:
    return session.exec(select(Claim.id).where(Claim.text.startswith(startswith))).one()[0]


def count(session: Session, model: type[SQLModel]) -> int:
    return session.exec(select(sa.func.count()).select_from(model)).one()[0]


def test_models_match_the_migration(engine: Engine) -> None:  # noqa: F811
    """workflow_models.py and m002_workflow describe the same tables and columns."""
    frozen = _m002_tables().tables
    inspector = sa.inspect(engine)
    for name in ("verification", "logged_claim", "claim_tag", "topic", "claim_topic"):
        model_columns = set(SQLModel.metadata.tables[name].columns.keys())
        assert model_columns == set(frozen[name].columns.keys()), name
        assert {c["name"] for c in inspector.get_columns(name)} == model_columns, name


def test_log_claim_resolves_the_stored_speaker_and_finds_hedges(session: Session) -> None:
    item = wf.claim_to_log(
        {
            "text": "We may see more troops in the coming weeks.",
            "speaker": "Kirby",
            "said_on": "October 20, 2024",
            "source": "phone interview",
            "note": "call at 10:05",
        }
    )
    (result,) = wf.log_claims(session, [item])
    assert result.speaker == "John Kirby"
    assert result.hedges == ["may"]
    claim = session.get(Claim, result.claim_id)
    assert claim is not None and claim.article_id is None
    assert claim.text[claim.start : claim.end] == claim.text
    assert (claim.said_on, claim.hedged, claim.rule) == ("2024-10-20", True, wf.MANUAL_RULE)
    hedge = session.exec(select(Hedge).where(Hedge.claim_id == result.claim_id)).one()[0]
    assert claim.text[hedge.start : hedge.end] == "may"
    source = session.get(LoggedClaim, result.claim_id)
    assert source is not None and source.source == "phone interview"
    assert "troops" in claim_topics(session, [result.claim_id])[result.claim_id]


def test_log_claim_creates_a_new_speaker_with_role(session: Session) -> None:
    speakers = count(session, Speaker)
    item = wf.claim_to_log(
        {"text": "No comment on troop numbers.", "speaker": "Jane Roe", "role": "spokeswoman"}
    )
    (result,) = wf.log_claims(session, [item])
    assert count(session, Speaker) == speakers + 1
    speaker = session.get(Speaker, result.speaker_id)
    assert speaker is not None and (speaker.name, speaker.role) == ("Jane Roe", "spokeswoman")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"text": "  ", "speaker": "Kirby"}, "the claim text is empty"),
        ({"text": "Hello", "speaker": "he"}, "'he' is a pronoun; name the speaker"),
        ({"text": "Hello"}, "a speaker name is required"),
        (
            {"text": "Hello", "speaker": "Kirby", "said_on": "next week"},
            "said on: cannot read 'next week' as a date (use YYYY-MM-DD)",
        ),
        ({"text": "Hello", "speaker": "X", "kind": "robot"}, "speaker kind 'robot' is not one of"),
        (
            {"text": "Hello", "speaker": "X", "url": "www.example.org/a"},
            "url 'www.example.org/a' is not a web address (http:// or https://)",
        ),
        ({"text": "Hello", "speaker": "X", "hedged": "yes"}, "hedged must be true or false"),
    ],
)
def test_bad_logged_claims_are_refused(raw: dict, message: str) -> None:
    with pytest.raises(wf.WorkflowError) as info:
        wf.claim_to_log(raw)
    assert str(info.value).startswith(message)


@given(
    st.dictionaries(
        st.sampled_from(["text", "speaker", "said_on", "url", "kind", "hedged", "role"]),
        st.one_of(st.none(), st.text(max_size=20), st.integers(), st.booleans()),
    )
)
def test_any_typed_input_is_logged_or_refused_with_a_message(raw: dict) -> None:
    try:
        item = wf.claim_to_log(raw)
    except wf.WorkflowError as exc:
        assert str(exc)
    else:
        assert item.text.strip() and item.speaker and not wf.is_pronoun(item.speaker)


def test_a_batch_with_one_bad_speaker_writes_nothing(session: Session) -> None:
    before = count(session, Claim)
    good = wf.claim_to_log({"text": "First.", "speaker": "Jane Roe"})
    # Ingest can store one name under two kinds; a hand-logged claim must not pick one.
    session.add(Speaker(name="Sam Lee", key="sam lee", kind="person"))
    session.add(Speaker(name="Sam Lee", key="sam lee", kind="organization"))
    session.commit()
    ambiguous = wf.claim_to_log({"text": "Second.", "speaker": "Sam Lee"})
    with pytest.raises(wf.WorkflowError, match="could be Sam Lee"):
        wf.log_claims(session, [good, ambiguous])
    assert count(session, Claim) == before


def test_verify_appends_and_history_keeps_every_entry(session: Session) -> None:
    cid = claim_id(session, KIRBY_LINE)
    wf.verify_claim(session, cid, "in-progress", checked_by="Ana")
    wf.verify_claim(
        session,
        cid,
        "Confirmed",
        note="Pentagon confirmed on Oct 23",
        evidence=["https://example.org/a", " "],
        checked_by="Ben",
    )
    history = wf.claim_history(session, cid)
    assert [(h.status, h.checked_by) for h in history] == [
        ("in-progress", "Ana"),
        ("confirmed", "Ben"),
    ]
    assert history[1].evidence == ["https://example.org/a"]
    assert history[1].checked_at.endswith("Z")
    status = wf.claim_status(session, cid)
    assert (status.status, status.note, status.inherited) == (
        "confirmed",
        "Pentagon confirmed on Oct 23",
        False,
    )


@pytest.mark.parametrize(
    ("claim", "status", "message"),
    [
        (999, "confirmed", "no claim with id 999"),
        (None, "probably", "unknown status 'probably'; use one of: unverified, in-progress"),
    ],
)
def test_bad_verdicts_write_nothing(session: Session, claim, status, message) -> None:
    cid = claim if claim is not None else claim_id(session, KIRBY_LINE)
    with pytest.raises(wf.WorkflowError) as info:
        wf.verify_claim(session, cid, status)
    assert str(info.value).startswith(message)
    assert count(session, Verification) == 0


def test_history_of_unknown_claim(session: Session) -> None:
    with pytest.raises(wf.WorkflowError, match="no claim with id 404"):
        wf.claim_history(session, 404)


def test_status_is_inherited_across_the_cluster_unless_own(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    kirby = claim_id(session, KIRBY_LINE)
    growing = claim_id(session, "growing and deepening")
    russia = claim_id(session, "Russia has formed")
    cluster = {kirby: [kirby, growing, russia], growing: [kirby, growing, russia]}
    monkeypatch.setattr(wf, "cluster_members", lambda _s, cid: cluster.get(cid, [cid]))
    wf.verify_claim(session, kirby, "disputed", note="denied by Moscow")
    wf.verify_claim(session, russia, "false")
    statuses = wf.claim_statuses(session)
    assert statuses[kirby] == wf.ClaimStatus(
        "disputed", "denied by Moscow", None, statuses[kirby].checked_at
    )
    assert statuses[growing].status == "disputed" and statuses[growing].inherited_from == kirby
    assert statuses[russia].status == "false" and not statuses[russia].inherited
    negate, ids = wf.status_claim_ids(session, "disputed")
    assert (negate, ids) == (False, {kirby, growing})
    negate, ids = wf.status_claim_ids(session, "unverified")
    assert (negate, ids) == (True, {kirby, growing, russia})
    unverified = session.exec(select(Claim.id).where(wf.status_clause(session, "unverified"))).all()
    assert {row[0] for row in unverified}.isdisjoint({kirby, growing, russia})
    assert len(unverified) == 2


def test_without_matching_a_status_stays_on_its_claim(session: Session) -> None:
    kirby = claim_id(session, KIRBY_LINE)
    wf.verify_claim(session, kirby, "confirmed")
    assert set(wf.claim_statuses(session)) == {kirby}


def test_speaker_records_count_verdicts(session: Session) -> None:
    kirby = claim_id(session, KIRBY_LINE)
    growing = claim_id(session, "growing and deepening")
    wf.verify_claim(session, kirby, "confirmed")
    wf.verify_claim(session, growing, "false")
    speaker_id = session.get(Claim, kirby).speaker_id
    assert wf.speaker_records(session) == {speaker_id: {"confirmed": 1, "false": 1}}


def test_tags_are_keyed_and_idempotent(session: Session) -> None:
    cid = claim_id(session, KIRBY_LINE)
    assert tag_claim(session, cid, "Troop deployments") is True
    assert tag_claim(session, cid, "troop deployment") is False
    assert claim_tags(session, [cid]) == {cid: ["Troop deployments"]}
    assert untag_claim(session, cid, "TROOP DEPLOYMENT") is True
    assert untag_claim(session, cid, "troop deployment") is False
    with pytest.raises(wf.WorkflowError, match="no claim with id 77"):
        tag_claim(session, 77, "x")
    with pytest.raises(wf.WorkflowError, match="has no letters or digits"):
        tag_claim(session, cid, "!!")


def test_topics_are_indexed_once_and_found_by_stem(session: Session) -> None:
    assert ensure_topics(session) == 1
    assert ensure_topics(session) == 0
    sanctions = claim_id(session, "Any cooperation")
    found = {r[0] for r in session.exec(topic_claim_ids("Sanction")).all()}
    assert found == {sanctions}
    korea = {r[0] for r in session.exec(topic_claim_ids("north korea")).all()}
    assert sanctions in korea and claim_id(session, "Russia has formed") in korea
    cid = claim_id(session, KIRBY_LINE)
    tag_claim(session, cid, "escalation")
    assert {r[0] for r in session.exec(topic_claim_ids("escalations")).all()} == {cid}
    rows = {(r.key, r.kind): r for r in topic_counts(session)}
    assert rows[("north korea", "entity")].articles == 1
    assert rows[("north korea", "entity")].claims >= 2
    assert rows[("escalation", "tag")].claims == 1
    assert topic_counts(session, limit=2, kind="tag")[0].topic == "escalation"


def test_lookups_take_more_ids_than_sqlite_allows_parameters(session: Session) -> None:
    """An export of a whole corpus asks about every claim: no `too many SQL variables`."""
    from factdb.store.workflow_views import enrich

    ids = list(range(1, 40_001))
    assert claim_tags(session, ids) == {}
    assert claim_topics(session, ids) == {}
    rows = enrich(session, [{"claim_id": cid} for cid in ids])
    assert rows[0]["status"] == "unverified" and rows[0]["title"] is not None
    assert rows[-1] == {
        "claim_id": 40_000,
        "status": "unverified",
        "status_note": None,
        "status_checked_at": None,
        "status_inherited_from": None,
        "tags": [],
        "topics": [],
    }


# Pairs of one quote as two outlets printed it: ECB+ corpus (Cybulska & Vossen 2014) unless
# marked invented.
@pytest.mark.parametrize(
    ("earlier", "later", "grade", "flags"),
    [
        (  # invented: a number replaced
            "Russia has formed a unit of about 3,000 North Korean troops",
            "Russia has formed a unit of about 10,000 North Korean troops",
            "near",
            ["number_changed"],
        ),
        (  # invented: a negation added between near copies
            "they would indicate a significant strengthening of the relationship",
            "they would not indicate a significant strengthening of the relationship",
            "near",
            ["negation_added"],
        ),
        (  # ECB+: an outlet adds the age; nothing contradicts
            "LaCalamita targeted the two managers and also may have intended to shoot another one",
            "Anthony LaCalamita III, 38, targeted two managers and also may have intended to "
            "shoot another one",
            "near",
            [],
        ),
        (  # ECB+: the same amount written two ways
            "grabbed jewellery and luxury watches worth an estimated two million euros",
            "grabbed jewellery and luxury watches worth an estimated \u20ac2 million",
            "near",
            [],
        ),
        (
            "they had recovered 80 percent of the haul",
            "they had recovered 80% of the haul",
            "near",
            [],
        ),
        (  # ECB+: four-by-four and 4x4
            "the men drove a large four-by-four car into the store",
            "the men drove a large 4\u00d74 car into the store",
            "near",
            [],
        ),
        (  # a longer quote carries its own negation: not a contradiction of the fragment
            "there were five officers with guns out",
            "It wasn't typical. There were five officers with guns out",
            "fragment",
            [],
        ),
    ],
)
def test_disagreement_flags(earlier: str, later: str, grade: str, flags: list[str]) -> None:
    from factdb.store.workflow_views import disagreement_flags

    assert disagreement_flags(earlier, later, grade) == flags


def test_topic_filter_joins_full_text_topics_and_tags(session: Session) -> None:
    from factdb.store.workflow_views import topic_ids

    growing = claim_id(session, "growing and deepening")
    sanctions = claim_id(session, "Any cooperation")
    tag_claim(session, growing, "alliance")
    assert topic_ids(session, "alliances") == {growing}  # the tag, singular or plural
    assert sanctions in topic_ids(session, "sanction")  # full text, stemmed
    assert topic_ids(session, "Ukrainian") >= {claim_id(session, "Russia has formed")}


def test_status_is_inherited_through_the_matching_clusters(session: Session) -> None:
    from factdb.store.match_models import ClaimMatch

    kirby = claim_id(session, KIRBY_LINE)
    growing = claim_id(session, "growing and deepening")
    stamp = wf.now()
    session.add(ClaimMatch(claim_id=kirby, cluster_id=kirby, matched_at=stamp))
    session.add(ClaimMatch(claim_id=growing, cluster_id=kirby, target_id=kirby, matched_at=stamp))
    session.commit()
    assert wf.cluster_members(session, growing) == [growing, kirby]
    wf.verify_claim(session, growing, "misleading")
    statuses = wf.claim_statuses(session)
    assert statuses[kirby].status == "misleading" and statuses[kirby].inherited_from == growing
    assert wf.cluster_members(session, claim_id(session, "Russia has formed")) == [
        claim_id(session, "Russia has formed")
    ]


def test_a_topic_is_stored_under_its_own_name(engine: Engine) -> None:  # noqa: F811
    """Logged first, "North Korean troops" names the topic; "North Korea" later renames it."""
    with Session(engine) as s:
        wf.log_claims(s, [wf.claim_to_log({"text": "North Korean troops.", "speaker": "A B"})])
        assert [t.topic for t in topic_counts(s) if t.key == "north korea"] == ["North Korean"]
        wf.log_claims(s, [wf.claim_to_log({"text": "North Korea denies it.", "speaker": "A B"})])
        assert [t.topic for t in topic_counts(s) if t.key == "north korea"] == ["North Korea"]


def test_store_claim_filter_takes_a_status(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`quotes --status` and `matches --status` go through store.queries' ClaimFilter."""
    from factdb.store.queries import ClaimFilter, find_claims

    kirby = claim_id(session, KIRBY_LINE)
    growing = claim_id(session, "growing and deepening")
    monkeypatch.setattr(
        wf, "cluster_members", lambda _s, cid: [kirby, growing] if cid == kirby else [cid]
    )
    wf.verify_claim(session, kirby, "disputed")
    disputed = find_claims(session, ClaimFilter(status="disputed", limit=0))
    assert {v.claim_id for v in disputed} == {kirby, growing}
    unverified = find_claims(session, ClaimFilter(status="unverified", speaker="Kirby", limit=0))
    assert unverified == []
    assert len(find_claims(session, ClaimFilter(status="unverified", limit=0))) == 3
