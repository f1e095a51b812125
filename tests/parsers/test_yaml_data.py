"""Every YAML rule and data file of the project reads to the same value through load_yaml
(libyaml when available) as through PyYAML's pure-Python safe loader."""
from pathlib import Path

import pytest
import yaml

from parsers.yaml_data import load_yaml

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted(p for d in ("parsers", "nlp", "archive", "datasette_plugins")
               for p in (ROOT / d).rglob("*.yaml"))


def test_the_project_has_yaml_files():
    assert len(FILES) >= 8   # taxonomy, received rules, outcomes, site metadata, ...


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_same_value_as_the_pure_python_safe_loader(path):
    assert load_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_text_is_read_safely():
    assert load_yaml("a: [1, two]\n") == {"a": [1, "two"]}
    with pytest.raises(yaml.YAMLError):   # no Python objects from a safe loader
        load_yaml("!!python/object/apply:os.system ['true']")
