"""Records cross from worker processes to the parent by pickle: every field must survive, cheaply."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

from eventwire import records
from eventwire.records import Article, DocumentResult

TEXT = (
    "Gunmen attacked a police post near Kidal on Tuesday, killing four officers, the army said. "
    '"We will not be intimidated," the governor told reporters on Wednesday.'
)


def test_a_whole_document_result_round_trips(pipe) -> None:  # type: ignore[no-untyped-def]
    (result,) = list(pipe.process([Article(id="p1", text=TEXT, published=date(2022, 3, 10))]))
    assert isinstance(result, DocumentResult) and result.events and result.places and result.times
    for protocol in (2, 4, 5):
        copy = pickle.loads(pickle.dumps(result, protocol=protocol))
        assert copy == result
        assert type(copy.events[0]) is type(result.events[0])


def test_every_record_class_pickles_as_its_field_values() -> None:
    classes = [
        cls for cls in vars(records).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == records.__name__
    ]
    assert len(classes) >= 14
    for cls in classes:
        names = [f.name for f in dataclasses.fields(cls)]
        constructor, values = cls.__reduce__(_instance(cls))
        assert constructor is cls and len(values) == len(names), cls.__name__


def _instance(cls: type) -> object:
    """An instance with placeholder values (records do not validate their fields)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    return cls(*[None for _ in fields])
