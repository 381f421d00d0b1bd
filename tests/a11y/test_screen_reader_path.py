"""A juror's whole path, driven with keys, heard on a real accessibility bus (AT-SPI) as a
screen reader hears it: open a file, choose the member, score a dossier, submit, open the
deliberation, record the meeting and a decision.

``atspi_driver.py`` (run by the system's python3, which has ``pyatspi``) starts Xvfb, the
AT-SPI bus and registry, openbox and the app, plays the keys and reports what reached the bus
at each step; this test asserts on it: the focused object's role, name and value, the
announcements (a ``notification`` appearing, and Qt's announcement event), the app's whole
accessible tree after a few steps (no hidden screen in it), and how many name, description
and state changes a step sends (Orca 43 drops events beyond 100 waiting).

With ``TNL_JURY_ORCA_LOG=/path/orca.log``, Orca 43 listens too and logs what it would say
(its ``SPEECH OUTPUT`` lines), in French (``TNL_JURY_ORCA_LANG``, default ``fr_FR.UTF-8``:
the locale must exist, ``localedef -i fr_FR -f UTF-8 fr_FR.UTF-8``); the app stays up until
Orca has said "Décision enregistrée" (90 s at most). About 110 s; see
``docs/a11y/orca-path-log.md`` for what it said. Skipped, saying what is missing, without
the Debian packages (``dev.sh`` installs them:
at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11 xvfb xdotool openbox).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tnl_jury.services.demo import DemoSize, create_demo

DRIVER = Path(__file__).with_name("atspi_driver.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"


def _missing() -> list[str]:
    missing = [p for p in ("Xvfb", "xdotool", "dbus-run-session") if shutil.which(p) is None]
    missing += [p for p in (BUS_LAUNCHER, REGISTRY, SYSTEM_PYTHON) if not Path(p).exists()]
    if Path(SYSTEM_PYTHON).exists():
        probe = subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        )
        if probe.returncode != 0:
            missing.append("pyatspi (python3-pyatspi)")
    return missing


MISSING = _missing() if sys.platform.startswith("linux") else ["Linux"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        bool(MISSING),
        reason="the AT-SPI accessibility bus cannot be started here (missing: "
        + ", ".join(MISSING)
        + "); Debian: apt-get install at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus-x11 "
        "xvfb xdotool openbox",
    ),
]

CRITERIA = 17  # the default grid's


def _steps() -> list[dict[str, Any]]:
    rest = ["3"] * (CRITERIA - 1)  # from STRAT-2 on: a digit scores and moves to the next
    return [
        {"label": "score", "keys": ["ctrl+shift+s"], "wait": 2.0},
        {"label": "choose", "keys": ["Return"], "wait": 2.5},
        {"label": "off the scale", "keys": ["7"]},
        {"label": "score 2", "keys": ["2"]},  # and moves on to STRAT-2
        {"label": "the other criteria", "keys": rest, "wait": 2.5},
        {"label": "submit", "keys": ["ctrl+Return"], "wait": 2.0},
        {"label": "results", "keys": ["ctrl+shift+r"], "wait": 2.5},
        {"label": "meeting", "keys": ["ctrl+shift+m"], "wait": 2.0},
        {"label": "all present", "keys": ["alt+t"]},
        {"label": "record the meeting", "keys": ["Return"], "wait": 2.0},
        {"label": "no dossier chosen", "keys": ["ctrl+shift+d"]},
        {"label": "choose a dossier", "keys": ["Down"]},
        {"label": "decide", "keys": ["ctrl+shift+d"], "wait": 2.0},
        {"label": "votes for", "keys": ["Tab", "6"]},
        {"label": "enter in a vote box", "keys": ["Return"]},  # moves on, records nothing
        {"label": "record the decision", "keys": ["alt+d"], "wait": 2.5},
    ]


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What reached the bus, per step (the driver's report)."""
    folder = tmp_path_factory.mktemp("a11y")
    demo = folder / "jury.tnlj"
    create_demo(demo, DemoSize(dossiers=12, members=6)).close()
    config: dict[str, Any] = {
        "app": [sys.executable, "-m", "tnl_jury", "gui", str(demo)],
        "env": {
            "TNL_JURY_LANG": "fr",
            "TNL_JURY_SETTINGS_SCOPE": str(folder / "settings"),
            "LANG": "C.UTF-8",
        },
        "out": str(folder / "heard.json"),
        "steps": _steps(),
        "trees": ["start", "choose", "results"],  # the app's whole tree after these steps
    }
    if os.environ.get("TNL_JURY_ORCA_LOG"):
        # Also let Orca listen and log what it says (its SPEECH OUTPUT lines); it needs the
        # keys slower than a test does, or it falls behind.
        config["orca_log"] = os.environ["TNL_JURY_ORCA_LOG"]
        config["key_pause"] = 0.8
        # After the last key, the app stays up until Orca has spoken the decision's
        # confirmation (it is still working through its backlog then), 90 s at most.
        config["orca_until"] = "Décision enregistrée"
        config["orca_lang"] = os.environ.get("TNL_JURY_ORCA_LANG", "fr_FR.UTF-8")
        for step in config["steps"]:
            step["wait"] = step.get("wait", 1.2) + 1.5
    (folder / "config.json").write_text(json.dumps(config), "utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(DRIVER), str(folder / "config.json")],
        env=env,
        timeout=600 if "orca_log" in config else 240,
        check=True,
        capture_output=True,
    )
    report: dict[str, Any] = json.loads((folder / "heard.json").read_text("utf-8"))
    report["by_label"] = {step["label"]: step for step in report["steps"]}
    return report


def said(step: dict[str, Any]) -> list[str]:
    """The notifications that appeared during ``step`` (what Orca 43 speaks)."""
    return [
        e.get("name", "")
        for e in step["events"]
        if e["type"].startswith("object:state-changed:showing") and e.get("role") == "notification"
    ]


def announced(step: dict[str, Any]) -> list[str]:
    """Qt's announcement events during ``step`` (what newer screen readers speak)."""
    return [e.get("text", "") for e in step["events"] if e["type"].startswith("object:announce")]


def focus(step: dict[str, Any]) -> dict[str, Any]:
    return dict(step.get("focused") or {})


def test_the_file_opens_on_the_dossier_list(heard: dict[str, Any]) -> None:
    start = heard["by_label"]["start"]
    focused = [(e["role"], e["name"]) for e in start["events"] if e["type"].endswith("focused")]
    assert focused[-2] == ("table", "Dossiers")
    assert focused[-1] == ("table cell", "18000000")  # its current row is read


def test_choosing_the_member_says_which_dossier_is_open(heard: dict[str, Any]) -> None:
    steps = heard["by_label"]
    assert focus(steps["score"])["role"] == "list item"  # the chooser's current member
    assert focus(steps["score"])["name"].startswith("Claire Duval — ")
    choose = steps["choose"]
    assert focus(choose)["role"] == "slider"
    assert focus(choose)["name"].startswith("Note de STRAT-1\u00a0: ")
    assert focus(choose)["value"] == -1.0  # not scored: one below the scale…
    assert focus(choose)["description"] == "Non noté"  # … which its description says
    (opened,) = said(choose)
    # The scale's keys once, here, rather than after each criterion's name (17 times).
    assert opened.startswith("Dossier ") and ", non commencé. Chiffres de 0 à 4" in opened
    assert announced(choose) == [opened]
    # Only the focused scale tells its value: the 17 scales set as the dossier opens sent
    # 17 value events Orca never prunes, and it pruned the announcement as flood.
    values = [e for e in choose["events"] if e["type"].endswith("accessible-value")]
    assert len(values) <= 1, values
    sliders = [e for s in heard["steps"] for e in s["events"] if e.get("role") == "slider"]
    assert len(sliders) > CRITERIA
    assert {e.get("description") for e in sliders} <= {"Non noté", "Sans avis", ""}


def test_each_key_on_the_scale_is_heard(heard: dict[str, Any]) -> None:
    steps = heard["by_label"]
    assert said(steps["off the scale"]) == ["7 ne figure pas sur cette échelle (de 0 à 4)."]
    scored = steps["score 2"]
    values = [
        e.get("value")
        for e in scored["events"]
        if e["type"].startswith("object:property-change:accessible-value")
        and e.get("role") == "slider"
    ]
    assert values == [2.0]
    assert said(scored) == ["2 — Ciblé"]
    moved = focus(scored)
    assert moved["role"] == "slider" and moved["name"].startswith("Note de STRAT-2\u00a0: ")


def test_submitting_is_confirmed(heard: dict[str, Any]) -> None:
    steps = heard["by_label"]
    assert said(steps["the other criteria"])[-1] == "3 — Structuré"
    (submitted,) = said(steps["submit"])
    assert submitted.startswith("Dossier 18000000 remis\u00a0: vos notes sur 17 critères")
    assert submitted.endswith("sans niveau proposé.")
    # The sheet turning read-only sends few events: Orca 43 drops what comes while more
    # than 100 wait (its "deluge"), the confirmation with them (193 state changes before).
    assert sum(steps["submit"].get("counts", {}).values()) < 60, steps["submit"]["counts"]


def test_the_meeting_and_the_decision_are_confirmed(heard: dict[str, Any]) -> None:
    steps = heard["by_label"]
    (everybody,) = said(steps["all present"])  # once, not once per member
    assert everybody.startswith("Tout le monde est présent. ✔ 6 membres présents sur 6")
    assert everybody.endswith("le quorum est atteint.")
    (recorded,) = said(steps["record the meeting"])
    assert recorded.startswith("La séance est enregistrée.")
    assert said(steps["no dossier chosen"]) == [
        "Choisissez d’abord un dossier dans la liste (flèches), puis décidez."
    ]
    assert focus(steps["choose a dossier"])["role"] == "table cell"
    assert focus(steps["decide"])["role"] == "combo box"
    assert focus(steps["votes for"])["name"] == "Voix pour"
    assert said(steps["votes for"]) == ["Adopté\u00a0: majorité des suffrages exprimés."]
    assert not any(t.startswith("Décision enregistrée") for t in said(steps["enter in a vote box"]))
    (decided,) = said(steps["record the decision"])
    assert decided.startswith("Décision enregistrée pour le dossier ")


def in_hidden_screens(step: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """Objects of the tree after ``step`` inside something not showing that say "showing"
    or "focused", and objects not showing that say "focused". (Qt exposes a control hidden
    inside a shown screen, not showing but focusable: no screen reader offers it.) A closed
    combo box's list of choices is left out: screen readers know it is the box's, shown when
    it opens."""
    tree = step["tree"]
    assert len(tree) > 50, "the tree was not read"
    combos = [o["path"] for o in tree if o.get("role") == "combo box"]
    found = []
    for item in tree:
        if "states" not in item or any(item["path"][: len(c)] == c for c in combos):
            continue
        states = set(item["states"])
        inside = item["hidden_above"] and bool(states & {"showing", "focused"})
        if inside or ("showing" not in states and "focused" in states):
            found.append((item["role"], item["name"], sorted(states)))
    return found


def hidden_but_focusable(step: dict[str, Any]) -> list[tuple[str, str]]:
    """Objects of the tree after ``step`` that are not showing but say "focusable" (a
    control hidden inside a shown screen: the tab bars' scroll arrows, a hidden notice's
    label). Left out: a closed combo box's list, and table cells (a hidden column's cells
    say so; screen readers reach cells through the table, by row and column)."""
    tree = step["tree"]
    combos = [o["path"] for o in tree if o.get("role") == "combo box"]
    return [
        (item["role"], item["name"])
        for item in tree
        if "states" in item
        and not any(item["path"][: len(c)] == c for c in combos)
        and item["role"] != "table cell"
        and "focusable" in item["states"]
        and "showing" not in item["states"]
    ]


def names(step: dict[str, Any]) -> set[str]:
    return {o.get("name", "") for o in step["tree"]}


def test_hidden_screens_are_not_exposed(heard: dict[str, Any]) -> None:
    steps = heard["by_label"]
    for label in ("start", "choose", "results"):
        assert in_hidden_screens(steps[label]) == [], label
        assert hidden_but_focusable(steps[label]) == [], label
    # The screens not shown are not in the tree at all: the welcome panel once a file is
    # open, the other tabs, the "choose the member" page once someone scores.
    start = names(steps["start"])
    assert "Ouvrir un fichier de jury" not in start
    assert "Résultats des dossiers" not in start and "Choisir le membre…" not in start
    assert "Dossiers" in start
    # Nor the juror's tab outside juror mode: a hidden tab was still "showing" (#17).
    for label in ("start", "choose", "results"):
        tabs = [o["name"] for o in steps[label]["tree"] if o.get("role") == "page tab"]
        assert "Remettre mon bulletin" not in tabs and "Délibération" in tabs, label
    choose = names(steps["choose"])
    assert "Choisir le membre…" not in choose and "Dossiers" in choose
    assert "Résultats des dossiers" in names(steps["results"])
    assert "Note de STRAT-1\u00a0: Stratégie formalisée en faveur du libre" not in names(
        steps["results"]
    )
    assert len(steps["start"]["tree"]) < 250  # 510 objects when every screen was exposed


def focus_path(step: dict[str, Any]) -> list[str]:
    """The roles of the objects that got the focus during ``step``, in order."""
    return [e["role"] for e in step["events"] if e["type"].endswith("focused")]


def test_the_focus_goes_straight_where_the_screen_means(heard: dict[str, Any]) -> None:
    """Never through a hidden screen's controls or the tab bar on the way."""
    steps = heard["by_label"]
    assert focus_path(steps["choose"]) == ["slider"], steps["choose"]["events"]
    # Another tab: never through the tab bar nor the new tab's first control (the filter).
    assert focus_path(steps["score"])[-2:] == ["list", "list item"]  # the chooser's member
    assert focus_path(steps["results"])[-2:] == ["table", "table cell"]
    for label, before in (("score", "start"), ("results", "submit")):
        path = [
            (e["role"], e["name"]) for e in steps[label]["events"] if e["type"].endswith("focused")
        ]
        left = (focus(steps[before]).get("role"), focus(steps[before]).get("name"))
        if path and path[0] == left:  # Qt's echo of the control that just lost the focus
            path = path[1:]
        assert not {"page tab list", "text", "push button"} & {role for role, _ in path}, label
