"""The README is part of the interface: its Python examples run, and every command has
--help text and an example row."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from policytext.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)


def test_readme_opens_with_demo_and_test():
    head = README[:800]
    assert "make demo" in head and "make test" in head


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_python_examples_run(code, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {})  # noqa: S102 - our own documentation
    assert capsys.readouterr().out.strip()


def _commands():
    names = [c.name for c in app.registered_commands]
    for group in app.registered_groups:
        names += [f"{group.name} {c.name}" for c in group.typer_instance.registered_commands]
    return names


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_and_a_readme_example(name):
    res = CliRunner().invoke(app, [*name.split(), "--help"])
    assert res.exit_code == 0 and "Usage" in res.output
    assert f"policytext {name}" in README, f"no README example for `policytext {name}`"
