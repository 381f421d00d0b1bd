"""Ballots that must be refused (#7), each with a clear message naming the file and nothing
written to the secretariat's file (same bytes, same content): a flipped byte anywhere, a ballot
signed with another member's key, one of another edition, a truncated file, a replayed older
ballot, two different ballots under one number, a revoked key, an unknown key, values the grid
does not have, files that are not ballots."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from ballot_helpers import FileState, base_file, file_state
from helpers import custom_grid_path

from tnl_jury.domain.errors import UserError
from tnl_jury.io.ballots import codec
from tnl_jury.io.ballots.keys import new_signing_key
from tnl_jury.services import dossiers, scores
from tnl_jury.services.ballots import BallotOutcome, export_ballot, import_ballots
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.packages import make_all_packages, make_package
from tnl_jury.storage.jury_file import open_jury_file


@dataclass(frozen=True)
class Scene:
    secretariat: Path
    packages: dict[int, Path]  # member id → package
    ballot: Path  # member 1's first ballot
    folder: Path


def _score(package: Path, member_id: int, value: int, number_index: int = 0) -> None:
    with open_jury_file(package) as pk:
        listed = dossiers.list_dossiers(pk)
        scores.set_score(pk, member_id, listed[number_index].id, "A-1", value)


def _export(package: Path, folder: Path) -> Path:
    with open_jury_file(package) as pk:
        return export_ballot(pk, folder).path


@pytest.fixture
def scene(tmp_path: Path) -> Scene:
    base = base_file(tmp_path, dossier_count=3, member_count=3)
    usb = tmp_path / "usb"
    usb.mkdir()
    with open_jury_file(base) as jf:
        made = make_all_packages(jf, usb)
    packages = {p.member_id: p.path for p in made}
    _score(packages[1], 1, 2)
    return Scene(base, packages, _export(packages[1], usb), tmp_path)


def _import_refused(secretariat: Path, ballots: list[Path]) -> list[BallotOutcome]:
    """Import ``ballots``; check every one is refused with a one-sentence message naming its
    file and that the secretariat's file is unchanged; return the outcomes."""
    before: FileState = file_state(secretariat)
    with open_jury_file(secretariat) as jf:
        outcomes = import_ballots(jf, ballots)
    assert file_state(secretariat) == before
    for outcome in outcomes:
        assert outcome.status == "refused", outcome
        assert outcome.summary is None
        assert (
            outcome.message.startswith(outcome.path.name + ": ")
            or str(outcome.path) in outcome.message
        )
        assert "\n" not in outcome.message
    return outcomes


def _private_key(package: Path) -> tuple[str, str]:
    conn = sqlite3.connect(package)
    try:
        row = conn.execute("SELECT private_key, fingerprint FROM package_identity").fetchone()
    finally:
        conn.close()
    return str(row[0]), str(row[1])


def test_the_genuine_ballot_is_accepted(scene: Scene) -> None:
    """The refusals below are not refusals of everything: the untouched ballot merges."""
    with open_jury_file(scene.secretariat) as jf:
        [outcome] = import_ballots(jf, [scene.ballot])
    assert outcome.status == "imported" and outcome.summary is not None
    assert outcome.summary.added == 1


def test_a_flipped_byte_anywhere_is_refused(scene: Scene) -> None:
    data = scene.ballot.read_bytes()
    folder = scene.folder / "flipped"
    folder.mkdir()
    step = max(1, len(data) // 150)
    flipped = []
    for position in range(0, len(data), step):
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        path = folder / f"flip-{position:05d}.tnlb"
        path.write_bytes(bytes(damaged))
        flipped.append(path)
    # The signature's and the values' bytes too, wherever the sweep fell.
    text = data.decode("utf-8")
    for index, marker in enumerate(('"value": "', '"value": 2', '"uid": "', '"key": "')):
        position = text.index(marker) + len(marker) + 1
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        path = folder / f"flip-marker-{index}.tnlb"
        path.write_bytes(bytes(damaged))
        flipped.append(path)
    outcomes = _import_refused(scene.secretariat, flipped)
    messages = " ".join(o.message for o in outcomes)
    assert "signature does not match" in messages
    assert "damaged" in messages


def test_a_ballot_signed_with_another_members_key_is_refused(scene: Scene) -> None:
    genuine = codec.read_ballot(scene.ballot).ballot
    other_pem, other_fingerprint = _private_key(scene.packages[2])
    own_pem, own_fingerprint = _private_key(scene.packages[1])
    claims_other = scene.folder / "member-2-signs-for-1.tnlb"
    codec.write_ballot(genuine, other_pem, other_fingerprint, claims_other)
    names_own_key = scene.folder / "signed-by-2-under-1s-key.tnlb"
    codec.write_ballot(genuine, other_pem, own_fingerprint, names_own_key)
    a, b = _import_refused(scene.secretariat, [claims_other, names_own_key])
    assert "claims to be" in a.message and "signed with" in a.message
    assert "signature does not match" in b.message
    assert own_pem != other_pem


def test_a_ballot_of_another_edition_is_refused(scene: Scene, tmp_path: Path) -> None:
    other_folder = tmp_path / "2025"
    other_folder.mkdir()
    with create_demo(
        other_folder / "edition-2025.tnlj",
        DemoSize(dossiers=3, members=3, scored_share=0),
        year=2025,
        grid_path=custom_grid_path(other_folder),
    ) as old:
        package = make_package(old, 1, other_folder / "old-package.tnlj").path
    _score(package, 1, 3)
    stale = _export(package, other_folder)
    # The same member, the same dossier numbers: only the edition tells them apart.
    [outcome] = _import_refused(scene.secretariat, [stale])
    assert "another jury file" in outcome.message and "2025" in outcome.message


def test_a_truncated_ballot_is_refused(scene: Scene) -> None:
    data = scene.ballot.read_bytes()
    cuts = []
    for size in (0, 1, len(data) // 3, len(data) // 2, len(data) - 3):
        path = scene.folder / f"cut-{size}.tnlb"
        path.write_bytes(data[:size])
        cuts.append(path)
    outcomes = _import_refused(scene.secretariat, cuts)
    assert "empty" in outcomes[0].message
    assert all("incomplete" in o.message for o in outcomes[1:]), [o.message for o in outcomes]


def test_a_replayed_older_ballot_is_refused(scene: Scene) -> None:
    _score(scene.packages[1], 1, 3)
    newer = _export(scene.packages[1], scene.folder / "usb")
    with open_jury_file(scene.secretariat) as jf:
        assert [o.status for o in import_ballots(jf, [newer])] == ["imported"]
    [outcome] = _import_refused(scene.secretariat, [scene.ballot])
    assert "older than their ballot no. 2" in outcome.message
    with open_jury_file(scene.secretariat) as jf:
        [score] = scores.list_scores(jf, member_id=1)
    assert score.value == 3


def test_two_different_ballots_under_one_number_are_refused(scene: Scene) -> None:
    """A package copied onto two computers: both copies number their next ballot 2."""
    twin = scene.packages[1].with_name("twin.tnlj")
    shutil.copyfile(scene.packages[1], twin)
    _score(scene.packages[1], 1, 3)
    _score(twin, 1, 1)
    first = _export(scene.packages[1], scene.folder / "usb")
    second = _export(twin, scene.folder)
    with open_jury_file(scene.secretariat) as jf:
        assert import_ballots(jf, [first])[0].status == "imported"
    [outcome] = _import_refused(scene.secretariat, [second])
    assert "another ballot numbered 2" in outcome.message


def test_ballots_of_a_revoked_package_are_refused(scene: Scene) -> None:
    with open_jury_file(scene.secretariat) as jf:
        make_package(jf, 1, scene.folder / "replacement.tnlj", revoke_previous=True)
    [outcome] = _import_refused(scene.secretariat, [scene.ballot])
    assert "was replaced" in outcome.message


def test_a_ballot_signed_with_an_unknown_key_is_refused(scene: Scene) -> None:
    genuine = codec.read_ballot(scene.ballot).ballot
    key = new_signing_key()
    forged = scene.folder / "forged.tnlb"
    codec.write_ballot(genuine, key.private_pem, key.fingerprint, forged)
    [outcome] = _import_refused(scene.secretariat, [forged])
    assert "does not know" in outcome.message


def test_values_the_grid_does_not_have_are_refused(scene: Scene) -> None:
    """Signed with the member's real key, but naming what this file does not hold."""
    genuine = codec.read_ballot(scene.ballot).ballot
    pem, fingerprint = _private_key(scene.packages[1])
    entry = genuine.dossiers[0]
    score = entry.scores[0]
    variants = {
        "scale": dataclasses.replace(score, value=9),
        "criterion": dataclasses.replace(score, criterion="Z-9"),
    }
    paths = []
    for name, changed in variants.items():
        ballot = dataclasses.replace(
            genuine, dossiers=(dataclasses.replace(entry, scores=(changed,)),), sequence=7
        )
        paths.append(scene.folder / f"{name}.tnlb")
        codec.write_ballot(ballot, pem, fingerprint, paths[-1])
    unknown = dataclasses.replace(
        genuine, dossiers=(dataclasses.replace(entry, ds_number="999999"),), sequence=8
    )
    paths.append(scene.folder / "dossier.tnlb")
    codec.write_ballot(unknown, pem, fingerprint, paths[-1])
    scale, criterion, dossier = _import_refused(scene.secretariat, paths)
    assert "not a step of the criterion's scale" in scale.message
    assert "criterion Z-9" in criterion.message
    assert "dossier 999999" in dossier.message


def test_files_that_are_not_ballots_are_refused(scene: Scene) -> None:
    folder = scene.folder / "junk"
    folder.mkdir()
    samples = {
        "package.tnlb": scene.packages[2].read_bytes(),
        "list.tnlb": b"[1, 2, 3]\n",
        "float.tnlb": scene.ballot.read_bytes().replace(b'"version": 1', b'"version": 1.0', 1),
        "duplicate.tnlb": scene.ballot.read_bytes().replace(
            b'"format": "tnl-jury-ballot",', b'"format": "x", "format": "tnl-jury-ballot",', 1
        ),
        "extra.tnlb": scene.ballot.read_bytes().replace(b"{", b'{"extra": 1, ', 1),
        "version.tnlb": scene.ballot.read_bytes().replace(b'"version": 1', b'"version": 2', 1),
    }
    paths = []
    for name, data in samples.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    paths.append(folder / "missing.tnlb")
    outcomes = _import_refused(scene.secretariat, paths)
    by_name = {o.path.name: o.message for o in outcomes}
    assert "not a text file" in by_name["package.tnlb"] or "not a ballot" in by_name["package.tnlb"]
    assert "another version" in by_name["version.tnlb"]
    assert "no such file" in by_name["missing.tnlb"]
    assert "unknown field 'extra'" in by_name["extra.tnlb"]


def test_a_too_large_file_is_refused_before_reading_it(scene: Scene) -> None:
    big = scene.folder / "big.tnlb"
    with big.open("wb") as handle:
        handle.truncate(codec.MAX_BYTES + 1)  # sparse: costs no disk space
    [outcome] = _import_refused(scene.secretariat, [big])
    assert "too large" in outcome.message


def test_packages_and_secretariat_files_refuse_each_others_operations(scene: Scene) -> None:
    with open_jury_file(scene.packages[2]) as pk:
        with pytest.raises(UserError, match="juror package; importing ballots"):
            import_ballots(pk, [scene.ballot])
        with pytest.raises(UserError, match="making juror packages"):
            make_package(pk, 2, scene.folder / "nested.tnlj")
    with (
        open_jury_file(scene.secretariat) as jf,
        pytest.raises(UserError, match="not a juror package"),
    ):
        export_ballot(jf, scene.folder)
