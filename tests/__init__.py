"""The test suite, a package so tests import shared helpers as `tests.support.*` (pytest runs with
`--import-mode=importlib` and `pythonpath = ["."]`: see pyproject.toml)."""
