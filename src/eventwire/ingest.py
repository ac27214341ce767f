"""Ingest stage: files, directories and record streams -> ``Article`` or ``Skipped``.

Readers never raise for a bad input inside a batch: they yield a ``Skipped`` naming the file (and line or
record) and the reason, and go on. Text is decoded from UTF-8, UTF-8/16/32 with a BOM, or Windows-1252 /
Latin-1; binary junk is skipped as ``unreadable``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import InputError, InputTooLarge, MalformedRecord, UnreadableInput
from eventwire.records import Article, Skipped

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
TEXT_FIELDS = ("text", "notes", "body", "content", "article", "maintext")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def content_hash(text: str, published: date | None) -> str:
    """The identity of a document in the store: its text and publication date."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(b"\x00" + (published.isoformat() if published else "").encode())
    return digest.hexdigest()


def decode_bytes(raw: bytes, origin: str) -> str:
    """Decode text bytes; raise ``UnreadableInput`` for binary data."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise UnreadableInput(f"invalid {encoding} text ({exc.reason})", origin) from exc
    if _looks_binary(raw):
        raise UnreadableInput("binary data, not text (convert it to UTF-8 text first)", origin)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.05


def parse_date(value: Any) -> date | None:
    """Parse a publication date (ISO date or datetime, or an ACLED-style '17 November 2021'); None if absent."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in ("%d %B %Y", "%d-%B-%Y", "%B %d, %Y", "%d/%m/%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {text!r} (use YYYY-MM-DD)")


def record_to_article(record: Any, origin: str, line: int | None, default_published: date | None = None) -> Article:
    """Turn one JSON/CSV record into an Article; raise ``MalformedRecord`` with the reason."""
    if not isinstance(record, dict):
        raise MalformedRecord(f"expected a JSON object, got {type(record).__name__}", origin, line)
    field = next((f for f in TEXT_FIELDS if f in record), None)
    if field is None:
        raise MalformedRecord(f"no text field (one of: {', '.join(TEXT_FIELDS)})", origin, line)
    text = record[field]
    if not isinstance(text, str):
        raise MalformedRecord(f"field {field!r} must be a string", origin, line)
    try:
        published = parse_date(record.get("published", record.get("event_date"))) or default_published
    except ValueError as exc:
        raise MalformedRecord(f"bad published date: {exc}", origin, line) from exc
    rid = record.get("id", record.get("data_id"))
    where = f"{origin}:{line}" if line is not None else origin
    return Article(
        id=str(rid) if rid is not None else where,
        text=text,
        published=published,
        url=_opt(record.get("url")),
        source=_opt(record.get("source")),
        title=_opt(record.get("title")),
        language=_opt(record.get("language")),
        origin=where,
    )


def _opt(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _skip(exc: InputError, rid: str | None = None) -> Skipped:
    return Skipped(origin=exc.origin or "-", reason=exc.reason, detail=exc.detail, id=rid, line=exc.line)


def read_jsonl(lines: Iterable[str], origin: str, settings: Settings) -> Iterator[Article | Skipped]:
    """One Article per JSON line; blank lines are ignored; bad lines become Skipped (line numbers from 1)."""
    limit = int(settings.get("limits.max_records_per_file"))
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if number > limit:
            yield Skipped(origin, "too-many-records", f"more than {limit} records; the rest ignored", line=number)
            return
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Skipped(origin, "malformed-record", f"invalid JSON ({exc.msg} at column {exc.colno})", line=number)
            continue
        try:
            yield record_to_article(record, origin, number)
        except MalformedRecord as exc:
            rid = record.get("id") if isinstance(record, dict) else None
            yield _skip(exc, None if rid is None else str(rid))


def read_csv(text: str, origin: str, settings: Settings, delimiter: str | None = None) -> Iterator[Article | Skipped]:
    """One Article per CSV row with a text column (text, notes, body, content ...)."""
    try:
        dialect_delim = delimiter or csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
    except csv.Error:
        dialect_delim = ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=dialect_delim)
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if not any(f in TEXT_FIELDS for f in fields):
        yield Skipped(origin, "malformed-record", f"CSV has no text column (one of: {', '.join(TEXT_FIELDS)})", line=1)
        return
    limit = int(settings.get("limits.max_records_per_file"))
    for number, row in enumerate(reader, start=2):
        if number - 1 > limit:
            yield Skipped(origin, "too-many-records", f"more than {limit} records; the rest ignored", line=number)
            return
        record = {(k or "").strip().lower(): v for k, v in row.items()}
        try:
            yield record_to_article(record, origin, reader.line_num)
        except MalformedRecord as exc:
            yield _skip(exc)


def read_html(raw: str, origin: str) -> Article:
    """Main text of an HTML page with trafilatura (title and date from its metadata when present)."""
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_precision=True)
    if not text:
        raise UnreadableInput("no article text found in the HTML page", origin)
    meta = trafilatura.extract_metadata(raw)
    published = None
    if meta is not None and meta.date:
        try:
            published = parse_date(meta.date)
        except ValueError:
            published = None
    title = meta.title if meta is not None else None
    return Article(id=origin, text=text, published=published, title=title, url=getattr(meta, "url", None), origin=origin)


def read_bytes(path: Path, settings: Settings) -> bytes:
    limit = int(settings.get("limits.max_file_bytes"))
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputTooLarge(f"file is {size} bytes, over limits.max_file_bytes={limit}", str(path))
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot read ({exc.strerror or exc})", str(path)) from exc


def read_path(path: Path, settings: Settings, published: date | None = None) -> Iterator[Article | Skipped]:
    """Read one file or a directory tree (sorted, hidden files ignored)."""
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path))):
            if child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES:
                yield from read_path(child, settings, published)
        return
    origin = str(path)
    try:
        text = decode_bytes(read_bytes(path, settings), origin)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(text.splitlines(), origin, settings)
        elif suffix in CSV_SUFFIXES:
            yield from read_csv(text, origin, settings, "\t" if suffix == ".tsv" else None)
        elif suffix in HTML_SUFFIXES:
            article = read_html(text, origin)
            yield Article(**{**_as_dict(article), "published": published or article.published})
        else:
            yield text_article(text, origin, published)
    except InputError as exc:
        yield _skip(exc)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)


def text_article(text: str, origin: str, published: date | None = None) -> Article:
    """A plain-text article. A leading YAML front matter block (``---`` lines) sets id, published, source,
    url, title; the article text is what follows it, and spans point into that text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return Article(id=origin, text=text, published=published, origin=origin)
    import yaml

    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise MalformedRecord(f"invalid front matter ({exc.__class__.__name__})", origin, 1) from exc
    if not isinstance(meta, dict):
        raise MalformedRecord("front matter must be a mapping", origin, 1)
    record = {**{k: v for k, v in meta.items() if isinstance(k, str)}, "text": text[match.end():]}
    record.setdefault("id", origin)
    return record_to_article(record, origin, None, published)


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _as_dict(article: Article) -> dict[str, Any]:
    return {f: getattr(article, f) for f in Article.__slots__}  # type: ignore[attr-defined]


def read_inputs(paths: Iterable[str], settings: Settings, published: date | None = None) -> Iterator[Article | Skipped]:
    """Read every input: file paths, directories, or ``-`` for JSONL on standard input."""
    for name in paths:
        if name == "-":
            stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
            yield from read_jsonl(stream, "-", settings)
            continue
        path = Path(name)
        if not path.exists():
            yield Skipped(name, "unreadable", "no such file or directory")
            continue
        yield from read_path(path, settings, published)


def detect_language(text: str) -> tuple[str, float]:
    """Language code and probability of ``text`` (py3langid on its first 2,000 characters)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    global _IDENTIFIER
    if _IDENTIFIER is None:
        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    lang, prob = _IDENTIFIER.classify(text[:2000])
    return lang, float(prob)


_IDENTIFIER: Any = None


def check_article(article: Article, settings: Settings) -> Article | Skipped:
    """Skip empty, oversized and unsupported-language articles; set ``language``."""
    where = article.origin or article.id
    if not article.text.strip():
        return Skipped(where, "empty-text", "the document has no text", id=article.id)
    limit = int(settings.get("limits.max_document_chars"))
    if len(article.text) > limit:
        return Skipped(where, "too-large", f"{len(article.text)} characters, over limits.max_document_chars={limit}",
                       id=article.id)
    supported = list(settings.get("nlp.languages"))
    language = article.language
    if language is None:
        guess, prob = detect_language(article.text)
        # Short or mixed texts are unreliable: only a confident guess overrides the default language.
        language = guess if (prob >= 0.95 and len(article.text) >= 40) or guess in supported else supported[0]
    language = language.lower()[:2]
    if language not in supported:
        return Skipped(where, f"unsupported-language:{language}", "only " + ", ".join(supported) + " is supported",
                       id=article.id)
    if language == article.language:
        return article
    return Article(**{**_as_dict(article), "language": language})
