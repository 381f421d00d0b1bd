"""The edition's settings: one typed value, its defaults in one place, stored values read once."""

from __future__ import annotations

import sqlite3

import pytest

from tnl_jury.domain.errors import RuleError
from tnl_jury.domain.settings import EditionSettings
from tnl_jury.services import edition, results
from tnl_jury.storage.jury_file import JuryFile


def test_defaults_live_in_one_place(jury_file: JuryFile) -> None:
    assert edition.get_settings(jury_file) == EditionSettings()
    assert EditionSettings().as_dict() == {
        "blind_scoring": True,
        "normalisation": False,
        "disagreement_threshold": 1.0,
        "president_casting_vote": True,
    }


def test_changes_are_checked_and_only_real_changes_are_kept() -> None:
    start = EditionSettings()
    assert start.changed(disagreement_threshold=2).disagreement_threshold == 2.0
    with pytest.raises(RuleError, match="unknown edition setting"):
        start.changed(colour="blue")
    with pytest.raises(RuleError, match="needs a float"):
        start.changed(disagreement_threshold=-1.0)
    with pytest.raises(RuleError, match="needs a float"):
        start.changed(disagreement_threshold=float("nan"))
    with pytest.raises(RuleError, match="needs a bool"):
        start.changed(blind_scoring=1)
    assert start.differences(start.changed(normalisation=True)) == {"normalisation": True}


def test_a_stored_value_written_by_hand_falls_back_to_its_default(jury_file: JuryFile) -> None:
    """A settings object edited behind the app's back (a string threshold, an unknown key) used
    to crash every results computation (``float('abc')``); it is read once, defaults standing in."""
    edition.update_settings(jury_file, normalisation=True)
    path = jury_file.path
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE edition SET settings = json_object('disagreement_threshold', 'abc',"
        " 'normalisation', json('true'), 'colour', 'blue')"
    )
    conn.commit()
    conn.close()
    assert edition.get_settings(jury_file) == EditionSettings(normalisation=True)
    assert results.compute_results(jury_file) == []
