"""Every layer, the GUI included, is held to mypy's strict mode (issue #15): the configuration
must not quietly let a package out again."""

from __future__ import annotations

import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
LAYERS = ("domain", "storage", "io", "services", "cli", "gui")


def _mypy() -> dict[str, object]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    mypy = config["tool"]["mypy"]
    assert isinstance(mypy, dict)
    return mypy


def test_every_layer_is_checked_strictly() -> None:
    mypy = _mypy()
    assert mypy["strict"] is True
    files = mypy["files"]
    assert isinstance(files, list)
    assert {f"tnl_jury/{layer}" for layer in LAYERS} <= set(files)


def test_no_override_loosens_our_own_packages() -> None:
    overrides = _mypy().get("overrides", [])
    assert isinstance(overrides, list)
    for override in overrides:
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        ours = [m for m in modules if m == "tnl_jury" or m.startswith("tnl_jury.")]
        assert not ours, f"an override of mypy's checks covers {ours}"


def test_an_ignore_must_name_its_error() -> None:
    codes = _mypy().get("enable_error_code", [])
    assert isinstance(codes, list) and "ignore-without-code" in codes
