"""Per-member normalisation on real jury files: off by default, beside the raw figures when the
edition turns it on, from the service and from the command line."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from tnl_jury.services import edition, members, results, scores
from tnl_jury.services.dossiers import NewDossier, add_dossiers
from tnl_jury.storage.jury_file import JuryFile


def test_a_lenient_and_a_severe_member_agree_once_normalised(jury_file: JuryFile) -> None:
    """Worked by hand. A gives 4 and 2, B gives 2 and 0 to the same two dossiers: each
    member's mean is 1 below their first mark, with a standard deviation of 1. The jury's
    values (4, 2, 2, 0) have mean 2 and standard deviation √2, so both first marks map to
    2 + √2 and both second marks to 2 − √2."""
    first, second = add_dossiers(
        jury_file, [NewDossier("1", "Ville de Aval"), NewDossier("2", "Ville de Amont")]
    )
    a = members.add_member(jury_file, "A").id
    b = members.add_member(jury_file, "B").id
    for member, (one, two) in ((a, (4, 2)), (b, (2, 0))):
        scores.set_score(jury_file, member, first, "STRAT-1", one)
        scores.set_score(jury_file, member, second, "STRAT-1", two)

    off = {r.dossier_id: r for r in results.compute_results(jury_file)}
    assert all(r.normalised is None for r in off.values())  # off by default

    edition.update_settings(jury_file, normalisation=True)
    on = {r.dossier_id: r for r in results.compute_results(jury_file)}
    for dossier, raw, normalised in (
        (first, 3.0, 2 + math.sqrt(2)),
        (second, 1.0, 2 - math.sqrt(2)),
    ):
        r = on[dossier]
        assert r.aggregate.score == pytest.approx(raw)  # the raw figures stay as they are
        assert r.aggregate.domain("STRAT").spread.range == 2  # type: ignore[union-attr]
        assert r.normalised is not None
        assert r.normalised.domain("STRAT") == pytest.approx(normalised)
        assert r.normalised.score == pytest.approx(normalised)
        assert r.normalised.domain("DATA") is None  # nobody scored it: no figure, not zero
    # Recomputing one dossier gives the same figures (member scales cover the whole edition).
    (alone,) = results.compute_results(jury_file, [first])
    assert alone.normalised == on[first].normalised


def test_settings_and_results_from_the_command_line(demo_file: JuryFile) -> None:
    path = str(demo_file.path)
    demo_file.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tnl_jury", *args], capture_output=True, text=True, timeout=120
        )

    before = json.loads(run("results", path, "--json").stdout)
    assert all(r["normalised"] is None for r in before)
    shown = run("settings", path, "--normalisation", "on", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["normalisation"] is True
    after = json.loads(run("results", path, "--json").stdout)
    scored = [r for r in after if r["score"] is not None]
    assert scored and all(r["normalised"]["score"] is not None for r in scored)
    assert [r["score"] for r in after] == [r["score"] for r in before]
    assert set(scored[0]["normalised"]["domains"]) == {
        "STRAT",
        "INTEROP",
        "LOGICIELS",
        "COMM",
        "DATA",
    }
    assert "(normalised " in run("results", path).stdout

    refused = run("settings", path, "--disagreement-threshold", "-1")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "disagreement_threshold" in refused.stderr
    listed = run("settings", path).stdout
    assert "normalisation: on" in listed and "disagreement threshold: 1.0" in listed
