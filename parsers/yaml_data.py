"""The project's YAML rule and data files, read with libyaml when PyYAML was built with it.

    load_yaml(Path("nlp/taxonomy.yaml"))   # same value as yaml.safe_load(text)

The pure-Python loader took ~140 ms of each one-document `foi-archive parse` for the
taxonomy alone; libyaml's safe loader reads the same file in ~16 ms and builds the same value.
"""
from __future__ import annotations

from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(source: Path | str):
    """The value of a YAML file (a Path) or text (a str), as yaml.safe_load gives it."""
    text = source.read_text(encoding="utf-8") if isinstance(source, Path) else source
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader (C or Python)
