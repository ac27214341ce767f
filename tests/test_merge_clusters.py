"""Merge acceptance: one attack told five ways is one cluster; nearby different attacks stay apart."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from eventwire import merge
from eventwire.store import Store
from merge_fixtures import OTHER_ATTACKS, SAME_ATTACK, Report, document


def stored(tmp_path: Path, reports: list[Report]) -> Store:
    store = Store.open(tmp_path / "merge.duckdb")
    store.write([document(r) for r in reports])
    return store


def clusters(store: Store) -> list[dict]:
    return store.rows("SELECT * FROM clusters ORDER BY id")


def test_merge_five_reports_become_one_cluster(tmp_path: Path) -> None:
    with stored(tmp_path, SAME_ATTACK) as store:
        assert merge.assign_clusters(store) == 5
        [c] = clusters(store)
        assert (c["fatalities_low"], c["fatalities_high"]) == (23, 40)
        assert c["fatalities_best"] == 37  # lower median of 23, 28, 37, 39, 40
        assert c["n_mentions"] == 5 and c["n_articles"] == 5
        assert set(c["sources"].split("; ")) == {r.source for r in SAME_ATTACK}
        per_source = {row["source"]: row["best"] for row in json.loads(c["per_source"])}
        assert per_source == {r.source: r.toll for r in SAME_ATTACK}
        assert c["event_date"] == SAME_ATTACK[0].day and c["location"] == "Qasr Hamra"
        assert store.rows("SELECT count(*) AS n FROM events WHERE cluster_id IS NULL")[0]["n"] == 0


def test_merge_precise_tolls_give_low_23_high_39(tmp_path: Path) -> None:
    with stored(tmp_path, SAME_ATTACK[:4]) as store:
        merge.assign_clusters(store)
        [c] = clusters(store)
        assert (c["fatalities_low"], c["fatalities_best"], c["fatalities_high"]) == (23, 28, 39)


@pytest.mark.parametrize("name", sorted(OTHER_ATTACKS))
def test_merge_nearby_different_attack_stays_separate(tmp_path: Path, name: str) -> None:
    with stored(tmp_path, SAME_ATTACK + [OTHER_ATTACKS[name]]) as store:
        merge.assign_clusters(store)
        sizes = sorted(c["n_mentions"] for c in clusters(store))
        assert sizes == [1, 5]


def test_merge_all_attacks_together(tmp_path: Path) -> None:
    with stored(tmp_path, list(OTHER_ATTACKS.values()) + SAME_ATTACK) as store:
        merge.assign_clusters(store)
        assert sorted(c["n_mentions"] for c in clusters(store)) == [1, 1, 1, 5]


def test_merge_is_incremental_and_idempotent(tmp_path: Path) -> None:
    with stored(tmp_path, SAME_ATTACK[:2]) as store:
        assert merge.assign_clusters(store) == 2
        [first] = clusters(store)
        assert (first["fatalities_low"], first["fatalities_high"]) == (23, 28)
        assert merge.assign_clusters(store) == 0
        store.write([document(r) for r in SAME_ATTACK[2:]])
        assert merge.merge_new(store) == 3
        [after] = clusters(store)
        assert after["id"] == first["id"]
        assert (after["fatalities_low"], after["fatalities_high"]) == (23, 40)
        assert merge.assign_clusters(store) == 0
        assert store.rows("SELECT count(*) AS n FROM cluster_members")[0]["n"] == 5


def test_merge_result_does_not_depend_on_arrival_order(tmp_path: Path) -> None:
    reports = SAME_ATTACK + list(OTHER_ATTACKS.values())
    partitions = []
    for i, order in enumerate((reports, reports[::-1])):
        with Store.open(tmp_path / f"{i}.duckdb") as store:
            for r in order:  # one article per write, merged each time, like a live feed
                store.write([document(r)])
                merge.assign_clusters(store)
            rows = store.rows("SELECT a.doc_id, e.cluster_id FROM events e "
                              "JOIN articles a ON a.uid = e.article_uid")
            groups: dict[str, set[str]] = {}
            for row in rows:
                groups.setdefault(row["cluster_id"], set()).add(row["doc_id"])
            partitions.append(sorted(sorted(g) for g in groups.values()))
    assert partitions[0] == partitions[1]


def test_merge_in_small_chunks_gives_the_same_clusters(tmp_path: Path) -> None:
    with stored(tmp_path, SAME_ATTACK + list(OTHER_ATTACKS.values())) as store:
        assert merge.assign_clusters(store, chunk=2) == 8
        assert sorted(c["n_mentions"] for c in clusters(store)) == [1, 1, 1, 5]


def test_merge_year_precision_cluster_is_found_months_later(tmp_path: Path) -> None:
    yearly = replace(SAME_ATTACK[1], doc_id="yearly", precision=4, day=date(2024, 1, 1),
                     source="Annual review",
                     text="A war monitor said 28 troops died in an assault at Qasr Hamra this year.")
    with stored(tmp_path, [yearly]) as store:
        merge.assign_clusters(store)
        store.write([document(SAME_ATTACK[1])])
        merge.assign_clusters(store)
        assert [c["n_mentions"] for c in clusters(store)] == [2]


def test_merge_rebuild_reassigns_everything(tmp_path: Path) -> None:
    with stored(tmp_path, SAME_ATTACK) as store:
        merge.assign_clusters(store)
        assert merge.assign_clusters(store, rebuild=True) == 5
        assert len(clusters(store)) == 1


def test_merge_leaves_other_kinds_unclustered(tmp_path: Path) -> None:
    aggregate = replace(SAME_ATTACK[0], doc_id="total", kind="aggregate", toll=500,
                        text="More than 500 soldiers have been killed in the desert since last year.")
    with stored(tmp_path, SAME_ATTACK[:2] + [aggregate]) as store:
        assert merge.assign_clusters(store) == 2
        kinds = store.rows("SELECT kind, cluster_id FROM events WHERE kind = 'aggregate'")
        assert kinds == [{"kind": "aggregate", "cluster_id": None}]


def test_merge_coarse_reports_join_only_on_strong_evidence(tmp_path: Path) -> None:
    same_town = replace(SAME_ATTACK[1], doc_id="digest", precision=3, source="Weekly digest",
                        text="This month jihadists killed 28 troops in an assault on a post at Qasr Hamra.")
    region = replace(same_town, doc_id="region", toll=None, source="Regional radio", town="Homs province",
                     geo_precision=3, actors=(None, None),
                     text="Tribal fighters and smugglers clashed in Homs province this month over a road.")
    region_again = replace(region, doc_id="region-again", source="Evening bulletin",
                           text="Gunmen exchanged fire with a patrol somewhere in Homs province this month.")
    with stored(tmp_path, SAME_ATTACK + [same_town, region, region_again]) as store:
        merge.assign_clusters(store)
        assert sorted(c["n_mentions"] for c in clusters(store)) == [1, 1, 6]


def test_merge_get_cluster_returns_record(tmp_path: Path) -> None:
    with stored(tmp_path, SAME_ATTACK) as store:
        merge.assign_clusters(store)
        cid = clusters(store)[0]["id"]
        cluster = merge.get_cluster(store, cid)
        assert cluster is not None and len(cluster.mention_ids) == 5
        assert (cluster.fatalities.low, cluster.fatalities.high) == (23, 40)
        assert dict(cluster.per_source)["War monitor"] == 28
        assert merge.get_cluster(store, "c-missing") is None
