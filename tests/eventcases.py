"""Helpers for event tests: find the mention of a trigger word in one project-written sentence."""

from __future__ import annotations

from datetime import date

from eventwire.records import Article, Event


def find_mention(pipe, text: str, trigger: str, published: date) -> Event:
    """The first event whose trigger is ``trigger`` in ``text`` (fails with the triggers found)."""
    result = next(iter(pipe.process([Article("t", text, published)])))
    found = [e for e in result.events if e.trigger is not None and e.trigger.text == trigger]
    names = [e.trigger.text for e in result.events if e.trigger]
    assert found, f"no mention with trigger {trigger!r} in {text!r}: {names}"
    return found[0]
