"""Exceptions raised by eventwire.

Every exception derives from :class:`EventwireError`; its message says what went wrong and what to do.
Interfaces map them to their channel: the CLI to an exit code (``exit_code``) and a one-line message,
the REST API to an HTTP status with a JSON problem document (``http_status``).

    EventwireError                      exit 1
    ├── ConfigError                     exit 2   bad setting or config file
    ├── InputError                      exit 3   an input cannot be read or parsed
    │   ├── UnreadableInput                      missing file, permission denied, binary junk
    │   ├── MalformedRecord                      bad JSONL line, CSV row without text
    │   └── InputTooLarge                        beyond ``limits.max_document_chars`` / record limits
    ├── ModelError                      exit 4   spaCy pipeline or trained model missing
    ├── GazetteerError                  exit 5   gazetteer not built / bad GeoNames dump
    ├── StoreError                      exit 6   DuckDB store cannot be opened or written
    │   └── StoreLocked                          another process holds the store
    └── QueryError                      exit 7   bad filter, SQL or export request

Documents that cannot be processed inside a batch are not exceptions to the caller: they become
``Skipped`` records (see ``records.py``) so the rest of the batch goes on.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Root of all eventwire errors."""

    exit_code = 1
    http_status = 500


class ConfigError(EventwireError):
    """A setting or config file is invalid. Fix the named key or file."""

    exit_code = 2
    http_status = 500


class InputError(EventwireError):
    """An input cannot be used. ``origin`` names the file (and line or record)."""

    exit_code = 3
    http_status = 400
    reason = "bad-input"

    def __init__(self, message: str, origin: str = "", line: int | None = None) -> None:
        self.origin = origin
        self.line = line
        where = origin + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message)
        self.detail = message


class UnreadableInput(InputError):
    reason = "unreadable"


class MalformedRecord(InputError):
    reason = "malformed-record"


class InputTooLarge(InputError):
    reason = "too-large"
    http_status = 413


class ModelError(EventwireError):
    """A model is missing. Reinstall with ``make install`` or set ``nlp.model``."""

    exit_code = 4


class GazetteerError(EventwireError):
    """The gazetteer is missing or a GeoNames file is malformed. Run ``eventwire gazetteer build``."""

    exit_code = 5


class StoreError(EventwireError):
    """The DuckDB store cannot be opened or written."""

    exit_code = 6


class StoreLocked(StoreError):
    """Another process is writing to the store; wait for it to finish or use another ``--db``."""

    http_status = 409


class QueryError(EventwireError):
    """A filter, SQL query or export request is invalid."""

    exit_code = 7
    http_status = 400


__all__ = [
    "ConfigError",
    "EventwireError",
    "GazetteerError",
    "InputError",
    "InputTooLarge",
    "MalformedRecord",
    "ModelError",
    "QueryError",
    "StoreError",
    "StoreLocked",
    "UnreadableInput",
]
