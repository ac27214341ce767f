"""End to end: five articles about one attack go through the pipeline, the store and merge.

Marked xfail (at run time, with the reason) while the extraction stages do not yet extract the attacks
as specific events with their tolls; the merge logic itself is covered on hand-built records in
test_merge_clusters.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire import merge
from eventwire.records import Article, DocumentResult
from eventwire.store import Store

PUBLISHED = date(2024, 3, 12)
SAME = [
    ("State news agency", "Militants stormed an army post near Palmyra in Homs province on Monday, killing "
     "23 soldiers, the state news agency reported."),
    ("War monitor", "Islamic State fighters killed 28 soldiers in an attack on an army post near Palmyra in "
     "central Syria on Monday, a war monitor said."),
    ("Medical source", "An assault by Islamic State militants on a military post near Palmyra, Syria, on "
     "Monday left 37 soldiers dead, according to a medical source."),
    ("Islamic State statement", "Islamic State said in a statement that its fighters killed 39 soldiers in "
     "an attack on an army post near Palmyra in Syria's Homs province on Monday."),
    ("Local council", "About 40 Syrian soldiers were killed on Monday when Islamic State militants attacked "
     "an army post near Palmyra, a local council official said."),
]
OTHER = [
    ("State news agency", "Militants attacked an army checkpoint near Palmyra in Homs province on Friday, "
     "killing 6 soldiers, the state news agency said.", date(2024, 3, 16)),
    ("War monitor", "Gunmen killed 4 policemen in an ambush near Deir ez-Zor on Monday, a war monitor said.",
     PUBLISHED),
]


def test_merge_pipeline_five_articles_one_cluster(tmp_path: Path) -> None:
    from eventwire.pipeline import Pipeline

    articles = [Article(f"same-{i}", text, PUBLISHED, source=src, language="en")
                for i, (src, text) in enumerate(SAME)]
    articles += [Article(f"other-{i}", text, day, source=src, language="en")
                 for i, (src, text, day) in enumerate(OTHER)]
    results = list(Pipeline.default().process(articles))
    tolls = {e.fatalities.low for r in results if isinstance(r, DocumentResult) for e in r.events
             if e.kind == "specific" and e.event_type}
    if not {23, 28, 37, 39} <= tolls:
        pytest.xfail(f"the events stage does not yet extract the attacks with tolls (got {sorted(tolls)})")
    with Store.open(tmp_path / "e2e.duckdb") as store:
        store.write(results)
        merge.assign_clusters(store)
        rows = store.rows("SELECT c.* FROM clusters c JOIN events e ON e.cluster_id = c.id "
                          "JOIN articles a ON a.uid = e.article_uid WHERE a.doc_id = 'same-0'")
        assert rows, "the first report is in no cluster"
        cluster = rows[0]
        members = store.rows("SELECT DISTINCT a.doc_id FROM events e JOIN articles a "
                             "ON a.uid = e.article_uid WHERE e.cluster_id = ?", [cluster["id"]])
        assert {m["doc_id"] for m in members} == {f"same-{i}" for i in range(len(SAME))}
        assert cluster["fatalities_low"] == 23 and cluster["fatalities_high"] in (39, 40)
