"""Evaluation against development data (``eventwire eval NAME --data PATH``).

Each module exposes ``evaluate(data: Path, limit: int | None = None) -> dict`` (metrics plus an
``errors`` list) and ``render(result: dict) -> str`` (a human-readable table).
"""
