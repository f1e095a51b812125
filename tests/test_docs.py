"""The README and the CLI help stay true to each other (as sqlite-utils and Datasette check)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()


def test_readme_starts_with_the_two_commands():
    head = README.split("\n## ", 1)[0]
    commands = re.findall(r"^make (\w+)", head, flags=re.M)
    assert commands == ["demo", "test"]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^make test\b", ci, flags=re.M)


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_documented_and_has_help(command):
    assert f"foi-archive {command}" in README, f"README does not document `{command}`"
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output
    for option in main.commands[command].params:
        if option.param_type_name == "option" and not option.hidden:
            assert option.opts[0] in result.output


def test_bad_usage_exits_2():
    result = CliRunner().invoke(main, ["crawl", "no-such-force"])
    assert result.exit_code == 2
    assert "unknown force" in result.output


DOCS = {p.relative_to(ROOT).as_posix(): p.read_text()
        for p in [ROOT / "README.md", ROOT / "crawler" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]}


def test_the_readme_stays_short():
    assert len(README.splitlines()) <= 150, "move detail into docs/ (README lists where)"


def test_every_option_of_every_command_is_in_the_docs():
    text = "\n".join(DOCS.values())
    missing = [f"{name} {opt.opts[0]}" for name, command in sorted(main.commands.items())
               for opt in command.params
               if opt.param_type_name == "option" and not opt.hidden
               and not any(o in text for o in opt.opts + opt.secondary_opts)]
    assert missing == []


def test_every_documented_command_line_names_real_options():
    """A `foi-archive COMMAND --option` line in any doc names a command and options that exist."""
    wrong = []
    for doc, text in DOCS.items():
        for command, rest in re.findall(r"foi-archive ([a-z][a-z-]+)([^\n`|]*)", text):
            if command not in main.commands:
                wrong.append(f"{doc}: foi-archive {command}")
                continue
            known = {o for p in main.commands[command].params
                     for o in p.opts + getattr(p, "secondary_opts", [])}
            wrong += [f"{doc}: foi-archive {command} {opt}"
                      for opt in re.findall(r"(?<![\w-])(--[a-z][a-z-]*)", rest.split("#")[0])
                      if opt not in known and opt != "--help"]
    assert wrong == []
