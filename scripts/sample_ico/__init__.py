"""The invented decision notices of `data/sample_ico/` (scripts/make_sample_ico.py)."""
