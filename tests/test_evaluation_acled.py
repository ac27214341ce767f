# ruff: noqa: E501  (CSV fixture rows are kept one record per line)
"""ACLED evaluation: both CSV schemas, the primary event and the metrics, on small files written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.evaluation.acled import Prediction, f1_scores, km_between, primary_event, read_acled, render, score

CURRENT = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\n"
    "1,1,XX1,1,3 March 2021,2021,1,Protests,Peaceful protest,Protesters (Testland),,6,,,0,60,R,Testland,North,,,"
    'Town,1.0,2.0,1,S,National,"On 3 March 2021, teachers marched in Town.",0,1,XXX\n'
    "2,1,XX2,2,4 March 2021,2021,1,Battles,Armed clash,Military Forces of Testland,,1,Rebels,,2,12,R,Testland,"
    'South,,,Village,1.5,2.5,1,S,National,"On 4 March 2021, soldiers fought rebels; 3 died.",3,1,XXX\n'
    "3,1,XX3,3,5 March 2021,2021,1,Riots,Mob violence,Rioters (Otherland),,5,,,0,50,R,Otherland,East,,,"
    "City,3.0,4.0,1,S,National,,0,1,XXX\n"
)
OLD = (
    "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,ACTOR2,"
    "ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,SOURCE,"
    "NOTES,FATALITIES\n"
    '1,OLD1,1,01-January-2015,2015,1,Riots/Protests,Protesters (X),,6,,,,60,Xland,A,,,L,1,1,1,S,"Workers protested.",0\n'
    "1,OLD2,2,02-January-2015,2015,1,Remote violence,Unidentified Armed Group (X),,3,,,,30,Xland,A,,,L,1,1,1,S,"
    '"A bomb went off.",1\n'
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_current_schema_skips_rows_without_notes(tmp_path: Path) -> None:
    records = list(read_acled(write(tmp_path, "cur.csv", CURRENT)))
    assert [r.id for r in records] == ["XX1", "XX2"]
    first = records[0]
    assert first.event_date == date(2021, 3, 3)
    assert (first.event_type, first.sub_event_type, first.inter1) == ("Protests", "Peaceful protest", 6)
    assert (first.admin1, first.lat, first.lon, first.fatalities) == ("North", 1.0, 2.0, 0)


def test_read_old_schema_maps_event_types(tmp_path: Path) -> None:
    records = list(read_acled(write(tmp_path, "old.csv", OLD)))
    assert [r.event_type for r in records] == ["Protests", "Explosions/Remote violence"]
    assert records[0].sub_event_type is None
    assert records[0].event_date == date(2015, 1, 1)


def test_not_an_acled_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not an ACLED CSV"):
        list(read_acled(write(tmp_path, "x.csv", "a,b\n1,2\n")))


def test_score_and_render(tmp_path: Path) -> None:
    records = list(read_acled(write(tmp_path, "cur.csv", CURRENT)))
    predictions = [
        Prediction("Protests", "Peaceful protest", 6, 0, date(2021, 3, 3), "North", 1.0, 2.0, 1),
        Prediction("Violence against civilians", "Attack", 1, 2, date(2021, 3, 4), "North", 9.0, 9.0, 1),
    ]
    result = score(records, predictions)
    assert result["event_type_accuracy"] == 0.5
    assert result["fatalities_exact"] == 0.5
    assert result["date_exact"] == 1.0
    assert result["location_within_50km"] == 0.5
    assert result["admin1_match"] == 0.5
    assert result["inter1_accuracy"] == 1.0
    assert result["confusion"]["Battles"] == {"Violence against civilians": 1}
    assert len(result["errors"]) == 1
    [misplaced] = result["location_errors"]  # the second record's event was put 900+ km from its village
    assert (misplaced["id"], misplaced["gold"], misplaced["km"]) == ("XX2", "Village", 1101)
    text = render({**result, "data": "cur.csv"})
    assert "event_type_accuracy" in text and "confusion" in text
    assert "location errors: 1" in text and "XX2: Village ->" in text


def test_location_errors_list_events_without_coordinates(tmp_path: Path) -> None:
    records = list(read_acled(write(tmp_path, "cur.csv", CURRENT)))
    predictions = [Prediction("Protests", "Peaceful protest", place=None), Prediction("Battles", "Armed clash")]
    result = score(records, predictions)
    assert [(e["id"], e["km"], e["pred"]) for e in result["location_errors"]] == [("XX1", None, None), ("XX2", None, None)]
    assert "no location" in render(result)


def test_f1_and_distance() -> None:
    assert f1_scores(["a", "a", "b"], ["a", "a", "b"]) == (1.0, 1.0)
    weighted, macro = f1_scores(["a", "a", "b"], ["a", "b", "b"])
    assert 0 < macro <= weighted < 1
    assert km_between(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.5)


def test_cli_cross_country_options(tmp_path: Path) -> None:
    """`eventwire eval acled --model M --train-on C`: the rows of C are left out and M is named in the report."""
    from click.testing import CliRunner

    from eventwire.cli import main
    from eventwire.events.classify import MODEL_PATH

    data = write(tmp_path, "cur.csv", CURRENT.replace(",R,Testland,", ",R,Otherland,", 1))
    countries = sorted({r.country for r in read_acled(data)})
    assert countries == ["Otherland", "Testland"]
    left_out = "Otherland"
    result = CliRunner().invoke(
        main, ["eval", "acled", "--data", str(data), "--model", str(MODEL_PATH), "--train-on", left_out]
    )
    assert result.exit_code == 0, result.output
    assert f"train on: {left_out}" in result.output
    assert str(MODEL_PATH) in result.output
    kept = sum(1 for r in read_acled(data) if r.country != left_out)
    assert kept > 0 and f"records: {kept} " in result.output


def _event(event_type: str | None, kind: str = "specific", confidence: float = 0.8, negated: bool = False):
    from types import SimpleNamespace

    return SimpleNamespace(event_type=event_type, kind=kind, confidence=confidence, negated=negated)


def test_evaluation_primary_event_skips_statements():
    """A statement has no ACLED type: the first specific event that has one is the record's event."""
    demand, protest = _event(None), _event("Protests")
    assert primary_event([demand, protest]) is protest
    assert primary_event([demand]) is demand  # nothing else: the statement is all there is
    assert primary_event([]) is None


def test_evaluation_primary_event_takes_an_undated_first_event():
    """"Riots broke out in the town. Two people were killed.": the undated riot is the record's event."""
    riot, killing = _event("Riots", kind="generic", confidence=0.6), _event("Violence against civilians")
    assert primary_event([riot, killing]) is riot
    threat, attack = _event("Battles", kind="intent", confidence=0.7), _event("Battles")
    assert primary_event([threat, attack]) is attack
