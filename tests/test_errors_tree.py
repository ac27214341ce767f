from __future__ import annotations

import eventwire.errors as errors


def test_errors_all_is_exact_and_rooted():
    classes = {n: getattr(errors, n) for n in dir(errors) if isinstance(getattr(errors, n), type)}
    public = {n for n, c in classes.items() if issubclass(c, Exception) and n != "Exception"}
    assert set(errors.__all__) == public
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.EventwireError)


def test_errors_tree_is_documented_in_the_module_docstring():
    for name in errors.__all__:
        assert name in (errors.__doc__ or ""), name


def test_errors_input_error_names_origin_and_line():
    exc = errors.MalformedRecord("invalid JSON", "records.jsonl", 7)
    assert str(exc) == "records.jsonl:7: invalid JSON"
    assert exc.reason == "malformed-record"
    assert exc.exit_code == 3
