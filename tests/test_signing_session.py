"""The signing session both front ends run, as a service: who signs, a key made on the spot and
bound at once, the member's own box, the role on the stamp, locking once signed (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tnl_jury.domain.errors import RuleError
from tnl_jury.domain.signing import DEFAULT_ROLE, KeyChoice, MinutesFileError
from tnl_jury.io.signing.keys import create_member_identity
from tnl_jury.io.signing.verify import verify_pdf
from tnl_jury.services import deliberation, members, outputs
from tnl_jury.services.demo import DemoSize, create_demo
from tnl_jury.services.minutes_signing import read_signatories, sign_for, sign_minutes

PASS = "phrase de passe du membre"


def test_a_member_signs_with_a_key_made_now_and_the_decisions_lock(tmp_path: Path) -> None:
    pv = tmp_path / "pv.pdf"
    with create_demo(tmp_path / "jury.tnlj", DemoSize(dossiers=2, members=3)) as jf:
        everyone = members.list_members(jf)
        deliberation.set_attendance(jf, {m.id: True for m in everyone})
        deliberation.set_meeting(jf, held_on=None, place="Montpellier")
        deliberation.record_decision(
            jf, 1, 3, votes_for=3, votes_against=0, abstentions=0, motivation="Bien."
        )
        outputs.write_minutes(jf, pv)

        minutes = read_signatories(jf, pv)
        assert [s.member_id for s in minutes.signatories] == [m.id for m in everyone]
        assert minutes.missing == ()
        first, second = minutes.signatories[:2]

        # Another member's key in the first box is refused by the one service both use.
        other = create_member_identity(
            second.name, "Membre", tmp_path / "o.p12", PASS, None, key_size=2048
        )
        with pytest.raises(RuleError, match="each member signs only their own box"):
            sign_for(jf, pv, first, KeyChoice(False, other.p12_path, PASS))

        made = KeyChoice(True, tmp_path / "first.p12", PASS)
        done = sign_for(jf, pv, first, made)
        assert (done.field_name, done.created_p12) == (first.field_name, made.p12_path)
        bound = {m.id: m.cert_sha256 for m in members.list_members(jf)}
        assert bound[first.member_id] is not None  # bound as soon as it was made

        # Without a role, the stamp takes the certificate's title (or the default word).
        info = sign_minutes(jf, pv, pv, other.p12_path, PASS, second.field_name)
        assert info.role in {"Membre", DEFAULT_ROLE}
        assert [s.signed for s in read_signatories(jf, pv).signatories][:2] == [True, True]
        assert outputs.minutes_signed(jf, pv) == 1
    report = verify_pdf(pv)
    assert len(report.signatures) == 2


def test_a_file_without_boxes_is_named(tmp_path: Path) -> None:
    with create_demo(tmp_path / "jury.tnlj", DemoSize(dossiers=1, members=2)) as jf:
        text = tmp_path / "not.pdf"
        text.write_bytes(b"%PDF-1.4\n%%EOF\n")
        with pytest.raises(MinutesFileError):
            read_signatories(jf, text)
