"""Benchmarks and load tools (bench/README.md), installed with the project so `python -m bench.X`
and `python bench/X.py` import `bench.*` without path edits."""
