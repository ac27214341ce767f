"""`import_geonames`: a GeoNames country dump (zip or txt) plus alternate names lands in the gazetteer."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from eventwire.places import Gazetteer
from eventwire.places.build import import_geonames

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"


@pytest.fixture()
def gazetteer_copy(tmp_path) -> Path:
    source = Gazetteer.open().path  # built on first use when missing
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(source, target)
    return target


def _zip(tmp_path: Path) -> Path:
    dump = tmp_path / "SY.zip"
    with zipfile.ZipFile(dump, "w") as archive:
        archive.write(FIXTURE / "SY.txt", "SY.txt")
        archive.writestr("readme.txt", "not data")
    return dump


def test_places_import_zip_adds_villages(gazetteer_copy, tmp_path):
    assert not [c for c in Gazetteer.open(gazetteer_copy).lookup("Baghouz") if c.country == "SY"]
    count = import_geonames(_zip(tmp_path), gazetteer=gazetteer_copy)
    assert count == 4  # the historic fort (FRTH) row is skipped
    cands = Gazetteer.open(gazetteer_copy).lookup("Baghouz")
    village = next(c for c in cands if c.country == "SY")
    assert (village.feature, village.admin1) == ("PPL", "Deir ez-Zor")
    assert village.lat == pytest.approx(34.46)


def test_places_import_txt_with_alternate_names(gazetteer_copy):
    import_geonames(FIXTURE / "SY.txt", FIXTURE / "alternateNamesV2.txt", gazetteer=gazetteer_copy)
    gazetteer = Gazetteer.open(gazetteer_copy)
    assert any(c.geonameid == 9900001 for c in gazetteer.lookup("Baghuz al-Fawqani"))
    assert not any(c.geonameid == 9900002 for c in gazetteer.lookup("Hadjin"))  # historic name skipped


def test_places_import_merges_known_admin1(gazetteer_copy):
    import_geonames(FIXTURE / "SY.txt", gazetteer=gazetteer_copy)
    gazetteer = Gazetteer.open(gazetteer_copy)
    adm1 = [c for c in gazetteer.lookup("Deir ez-Zor Governorate") if c.feature == "ADM1"]
    assert len(adm1) == 1 and adm1[0].geonameid == 9900004
    assert [c for c in gazetteer.lookup("Dayr az Zawr") if c.feature == "ADM1"] == adm1


def test_places_import_missing_file_raises(gazetteer_copy, tmp_path):
    from eventwire.errors import GazetteerError

    with pytest.raises(GazetteerError):
        import_geonames(tmp_path / "nope.zip", gazetteer=gazetteer_copy)
