"""The seed article: countries, governorates, Baghouz unresolved until a GeoNames import adds it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.places import Gazetteer, find_places
from eventwire.places.build import import_geonames

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"


@pytest.fixture(scope="module")
def seed_doc(nlp, shared_dir):
    path = shared_dir / "samples" / "seed-article.txt"
    if not path.exists():
        pytest.skip(f"seed article not found at {path}")
    return nlp(path.read_text(encoding="utf-8"))


def by_text(places):
    out = {}
    for place in places:
        out.setdefault(place.span.text, place)
    return out


def test_places_seed_builtin_gazetteer(seed_doc):
    found = by_text(find_places(seed_doc, Gazetteer.open()))
    assert (found["Syria"].feature, found["Iraq"].feature) == ("PCLI", "PCLI")
    assert (found["Homs"].feature, found["Homs"].country, found["Homs"].admin1) == ("ADM1", "SY", "Homs")
    deir = found["Deir Ezzor"]
    assert (deir.feature, deir.country, deir.admin1) == ("ADM1", "SY", "Deir ez-Zor")
    assert not found["Baghouz"].resolved and found["Baghouz"].reason
    assert "Daesh" not in found
    assert not found.get("Badiya") or not found["Badiya"].resolved


def test_places_seed_after_import(seed_doc, tmp_path):
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(Gazetteer.open().path, target)
    import_geonames(FIXTURE / "SY.txt", gazetteer=target)
    found = by_text(find_places(seed_doc, Gazetteer.open(target)))
    baghouz = found["Baghouz"]
    assert baghouz.resolved and (baghouz.country, baghouz.admin1) == ("SY", "Deir ez-Zor")
    assert baghouz.feature == "PPL"
