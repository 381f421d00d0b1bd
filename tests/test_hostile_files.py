"""Hard conditions around the jury file itself: a read-only medium whose ``-wal`` side file
holds the latest changes (said, never shown stale; a copy offered), and the one-writer lock
(taken on the resolved real path; a lock file of another user still allows a read-only view).

Mounting and changing user need root (as on the CI machine); skipped with a reason otherwise.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import CLI_TIMEOUT_S, sha256_of

from tnl_jury.services import members
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.storage.file_guard import UnreadSideFileError, copy_with_side_file
from tnl_jury.storage.jury_file import AlreadyOpenError, open_for_reading, open_jury_file

NOBODY = 65534


def _root() -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a file system and changing user need root")


def _file_with_changes_in_its_wal(tmp_path: Path, target_folder: Path) -> Path:
    """A demo file (3 members) whose 5 newer members are only in its ``-wal``, copied (both
    files) into ``target_folder`` while the writer still had them open."""
    source = tmp_path / "jury.tnlj"
    jf = create_demo(source, DemoSize(dossiers=3, members=3))
    try:
        for n in range(5):
            members.add_member(jf, f"Membre tardif {n}")
        wal = Path(f"{source}-wal")
        assert wal.stat().st_size > 0
        shutil.copyfile(source, target_folder / "jury.tnlj")
        shutil.copyfile(wal, target_folder / "jury.tnlj-wal")
    finally:
        jf.close()
    return target_folder / "jury.tnlj"


def test_a_read_only_medium_never_shows_less_than_the_file_holds(
    tmp_path: Path, tmpfs: Path
) -> None:
    path = _file_with_changes_in_its_wal(tmp_path, tmpfs)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    before = sha256_of(path)
    with pytest.raises(UnreadSideFileError) as caught:
        open_for_reading(path)
    message = str(caught.value)
    assert str(path) in message and "jury.tnlj-wal" in message
    assert "latest changes" in message and "copy" in message
    with pytest.raises(UnreadSideFileError):
        open_jury_file(path, read_only_if_locked=True)  # the window's way
    # The command line says it in one sentence, exit 2.
    done = subprocess.run(
        [sys.executable, "-m", "tnl_jury", "info", str(path)],
        capture_output=True, text=True, timeout=CLI_TIMEOUT_S,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "latest changes" in done.stderr and "Traceback" not in done.stderr
    # The copy holds everything: 3 + 5 members.
    copy = copy_with_side_file(path, tmp_path / "copy")
    assert copy.parent == tmp_path / "copy"
    with open_for_reading(copy) as jf:
        assert len(members.list_members(jf)) == 8
    assert sha256_of(path) == before


def test_an_empty_side_file_on_a_read_only_medium_is_no_obstacle(
    tmp_path: Path, tmpfs: Path
) -> None:
    create_demo(tmpfs / "jury.tnlj", DemoSize(dossiers=3, members=3)).close()
    Path(f"{tmpfs / 'jury.tnlj'}-wal").write_bytes(b"")
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    with open_for_reading(tmpfs / "jury.tnlj") as jf:
        assert len(members.list_members(jf)) == 3


def test_a_symbolic_link_shares_the_real_files_lock(tmp_path: Path) -> None:
    real = tmp_path / "real" / "jury.tnlj"
    real.parent.mkdir()
    create_demo(real, DemoSize(dossiers=2, members=2)).close()
    link = tmp_path / "link.tnlj"
    link.symlink_to(real)
    with open_jury_file(real):
        with pytest.raises(AlreadyOpenError, match="already open"):
            open_jury_file(link)
        with open_jury_file(link, read_only_if_locked=True) as view:
            assert view.read_only and view.read_only_reason == "locked"
    with open_jury_file(link), pytest.raises(AlreadyOpenError):
        open_jury_file(real)


def _as_another_user(*args: str) -> subprocess.CompletedProcess[str]:
    """Run Python as root without the capabilities that override file permissions: a file
    owned by another user with mode 0644 cannot be opened for writing, as for any user."""
    code = (
        "import sys; from tnl_jury.storage.jury_file import open_jury_file\n"
        "jf = open_jury_file(sys.argv[1], read_only_if_locked=True)\n"
        "print(jf.read_only, jf.read_only_reason); jf.close()\n"
    )
    python = [sys.executable, "-c", code, *args] if args[0] != "-m" else [sys.executable, *args]
    drop = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]
    return subprocess.run([*drop, *python], capture_output=True, text=True, timeout=CLI_TIMEOUT_S)


def test_a_lock_file_of_another_user_still_allows_a_read_only_view(tmp_path: Path) -> None:
    _root()
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is needed to act as another user")
    path = tmp_path / "jury.tnlj"
    create_demo(path, DemoSize(dossiers=2, members=2)).close()
    lock = Path(f"{path}.lock")
    lock.write_bytes(b"")
    os.chown(lock, NOBODY, NOBODY)
    lock.chmod(0o644)  # another user's: cannot be opened for writing
    before = sha256_of(path)
    viewed = _as_another_user(str(path))
    assert viewed.returncode == 0, viewed.stderr
    assert viewed.stdout.split() == ["True", "lockfile"]
    info = _as_another_user("-m", "tnl_jury", "info", str(path))
    assert info.returncode == 0, info.stderr
    refused = _as_another_user("-m", "tnl_jury", "jurors", str(path), "add", "X")
    assert refused.returncode == 2 and "lock file" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    assert sha256_of(path) == before
