"""Writing ballot files, and reading them back strictly (they are untrusted input).

Writing: :func:`write_ballot` signs the payload and writes the file atomically (a crash leaves
either no file or the whole file). Reading: :func:`read_ballot` refuses, with a
:class:`BallotFileError` naming the file and the problem, anything that is not exactly a
version-1 ballot: a file larger than :data:`MAX_BYTES`, bytes that are not UTF-8, a file cut
short (copied off a USB key pulled out too early), JSON with floats, NaN or duplicate keys,
unknown or missing fields, values of the wrong type or out of range, texts longer than their
limits, times that are not plain UTC ISO times, repeated dossiers or criteria. Nothing is
evaluated; the JSON parser only builds dicts, lists, strings, integers and booleans.
:func:`verify` then checks the signature against a public key the caller trusts. The strict
JSON reading and the refusals are in :mod:`tnl_jury.io.ballots.strict_json`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from tnl_jury.domain import limits
from tnl_jury.domain.enums import ProgressStatus
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP
from tnl_jury.io.atomic import atomic_write_bytes
from tnl_jury.io.ballots import keys
from tnl_jury.io.ballots.model import (
    FORMAT,
    VERSION,
    Ballot,
    DossierEntry,
    ProgressEntry,
    RecusalEntry,
    ScoreEntry,
    SignedBallot,
)
from tnl_jury.io.ballots.strict_json import (
    MAX_BYTES,
    WHOLE_FILE,
    BallotFileError,
    Reader,
    load_json,
)

# The limits are the fields' own (tnl_jury.domain.limits): a ballot written is one accepted.
MAX_TEXT = limits.COMMENT  # characters in a comment, a general note or a recusal reason
MAX_NAME = limits.NAME
MAX_CODE = 50
MAX_DOSSIERS = 20_000
MAX_SCORES = 2_000  # per dossier
MAX_SEQUENCE = 1_000_000_000
ALGORITHM = "Ed25519"
SIGNED_PREFIX = b"tnl-jury-ballot/1\n"  # domain separation: these bytes sign nothing else
STATUSES = tuple(ProgressStatus)
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


# Writing ------------------------------------------------------------------------------------


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def payload_of(ballot: Ballot) -> dict[str, Any]:
    """The JSON object a ballot is signed as."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "edition": {
            "uid": ballot.edition_uid,
            "year": ballot.edition_year,
            "title": ballot.edition_title,
        },
        "member": {"id": ballot.member_id, "name": ballot.member_name},
        "package": ballot.package_uid,
        "sequence": ballot.sequence,
        "created_at": _time(ballot.created_at),
        "dossiers": [
            {
                "ds_number": d.ds_number,
                "progress": None
                if d.progress is None
                else {
                    "status": d.progress.status,
                    "proposed_level": d.progress.proposed_level,
                    "general_note": d.progress.general_note,
                    "updated_at": _time(d.progress.updated_at),
                    "submitted_at": _time(d.progress.submitted_at),
                },
                "recusal": None
                if d.recusal is None
                else {"reason": d.recusal.reason, "created_at": _time(d.recusal.created_at)},
                "scores": [
                    {
                        "criterion": s.criterion,
                        "value": s.value,
                        "no_opinion": s.no_opinion,
                        "comment": s.comment,
                        "updated_at": _time(s.updated_at),
                    }
                    for s in d.scores
                ],
            }
            for d in ballot.dossiers
        ],
    }


def canonical_bytes(payload: dict[str, Any]) -> bytes:
    """The bytes a signature covers: the prefix, then the payload as canonical JSON."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return SIGNED_PREFIX + text.encode("utf-8")


def write_ballot(ballot: Ballot, private_pem: str, fingerprint: str, out_path: Path) -> None:
    """Sign ``ballot`` with the member's key and write it to ``out_path`` atomically."""
    payload = payload_of(ballot)
    signature = keys.sign(private_pem, canonical_bytes(payload))
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "signature": {
            "algorithm": ALGORITHM,
            "key": fingerprint,
            "value": base64.b64encode(signature).decode("ascii"),
        },
        "payload": payload,
    }
    data = (json.dumps(envelope, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    if len(data) > MAX_BYTES:  # the reader would refuse it: never write it
        raise BallotFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: this ballot would be {size} MB, and a ballot may have at most "
                "{limit} MB; it was not written (shorten the longest comments)",
            ),
            file=out_path.name,
            size=len(data) // (1024 * 1024),
            limit=MAX_BYTES // (1024 * 1024),
        )
    atomic_write_bytes(out_path, data)


# Reading ------------------------------------------------------------------------------------


def read_ballot(path: str | Path) -> SignedBallot:
    """Read and check the ballot file at ``path`` (its signature is checked by :func:`verify`)."""
    path = Path(path)
    r = Reader(path)
    document = load_json(path)
    envelope = r.obj(document, WHOLE_FILE, {"format", "version", "signature", "payload"})
    if envelope["format"] != FORMAT:
        raise BallotFileError(
            QT_TRANSLATE_NOOP("Errors", "{file}: this is not a tnl-jury ballot"), file=path.name
        )
    if envelope["version"] != VERSION:
        raise BallotFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file}: this ballot was made by another version of tnl-jury "
                "(ballot format {version!r}); install the same version on both sides",
            ),
            file=path.name,
            version=envelope["version"],
        )
    signature = r.obj(envelope["signature"], "signature", {"algorithm", "key", "value"})
    if signature["algorithm"] != ALGORITHM:
        r.fail(
            "signature.algorithm",
            QT_TRANSLATE_NOOP("Errors", "{algorithm} is expected"),
            algorithm=ALGORITHM,
        )
    fingerprint = r.hex_(signature["key"], "signature.key", _HEX64)
    encoded = r.str_(signature["value"], "signature.value", 200)
    try:
        signature_bytes = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        r.fail("signature.value", QT_TRANSLATE_NOOP("Errors", "not valid base64"))
    if base64.b64encode(signature_bytes).decode("ascii") != encoded or len(signature_bytes) != 64:
        r.fail(
            "signature.value",
            QT_TRANSLATE_NOOP("Errors", "not a 64-byte signature in canonical base64"),
        )
    payload = envelope["payload"]
    ballot = _ballot(r, payload)
    try:
        signed = canonical_bytes(payload)
    except UnicodeEncodeError:
        r.fail("payload", QT_TRANSLATE_NOOP("Errors", "a text holds an invalid character"))
    return SignedBallot(
        path, ballot, fingerprint, signature_bytes, signed, hashlib.sha256(signed).hexdigest()
    )


def _ballot(r: Reader, value: object) -> Ballot:
    p = r.obj(
        value,
        "payload",
        {
            "format",
            "version",
            "edition",
            "member",
            "package",
            "sequence",
            "created_at",
            "dossiers",
        },
    )
    if p["format"] != FORMAT or p["version"] != VERSION:
        r.fail(
            "payload.format",
            QT_TRANSLATE_NOOP("Errors", "the payload's format does not match the file's"),
        )
    edition = r.obj(p["edition"], "payload.edition", {"uid", "year", "title"})
    member = r.obj(p["member"], "payload.member", {"id", "name"})
    dossiers = []
    seen: set[str] = set()
    for index, raw in enumerate(r.list_(p["dossiers"], "payload.dossiers", MAX_DOSSIERS)):
        entry = _dossier(r, raw, f"payload.dossiers[{index}]")
        if entry.ds_number in seen:
            r.fail(
                f"payload.dossiers[{index}]",
                QT_TRANSLATE_NOOP("Errors", "dossier {dossier} appears twice"),
                dossier=entry.ds_number,
            )
        seen.add(entry.ds_number)
        dossiers.append(entry)
    return Ballot(
        edition_uid=r.hex_(edition["uid"], "payload.edition.uid", _HEX32),
        edition_year=r.int_(edition["year"], "payload.edition.year", 2000, 2200),
        edition_title=r.str_(edition["title"], "payload.edition.title", MAX_NAME),
        member_id=r.int_(member["id"], "payload.member.id", 1, 2**31 - 1),
        member_name=r.str_(member["name"], "payload.member.name", MAX_NAME),
        package_uid=r.hex_(p["package"], "payload.package", _HEX32),
        sequence=r.int_(p["sequence"], "payload.sequence", 1, MAX_SEQUENCE),
        created_at=r.time(p["created_at"], "payload.created_at"),
        dossiers=tuple(dossiers),
    )


def _dossier(r: Reader, value: object, where: str) -> DossierEntry:
    d = r.obj(value, where, {"ds_number", "progress", "recusal", "scores"})
    progress = None
    if d["progress"] is not None:
        p = r.obj(
            d["progress"],
            f"{where}.progress",
            {"status", "proposed_level", "general_note", "updated_at", "submitted_at"},
        )
        status = r.str_(p["status"], f"{where}.progress.status", 20)
        if status not in STATUSES:
            r.fail(
                f"{where}.progress.status",
                QT_TRANSLATE_NOOP("Errors", "unknown status {status!r}"),
                status=status,
            )
        progress = ProgressEntry(
            status=status,
            proposed_level=r.opt_int(p["proposed_level"], f"{where}.progress.proposed_level", 0, 5),
            general_note=r.str_(p["general_note"], f"{where}.progress.general_note", MAX_TEXT),
            updated_at=r.time(p["updated_at"], f"{where}.progress.updated_at"),
            submitted_at=r.opt_time(p["submitted_at"], f"{where}.progress.submitted_at"),
        )
    recusal = None
    if d["recusal"] is not None:
        c = r.obj(d["recusal"], f"{where}.recusal", {"reason", "created_at"})
        recusal = RecusalEntry(
            reason=r.str_(c["reason"], f"{where}.recusal.reason", MAX_TEXT, empty=False),
            created_at=r.time(c["created_at"], f"{where}.recusal.created_at"),
        )
    scores = []
    codes: set[str] = set()
    for index, raw in enumerate(r.list_(d["scores"], f"{where}.scores", MAX_SCORES)):
        at = f"{where}.scores[{index}]"
        s = r.obj(raw, at, {"criterion", "value", "no_opinion", "comment", "updated_at"})
        entry = ScoreEntry(
            criterion=r.str_(s["criterion"], f"{at}.criterion", MAX_CODE, empty=False),
            value=r.opt_int(s["value"], f"{at}.value", -1000, 1000),
            no_opinion=r.bool_(s["no_opinion"], f"{at}.no_opinion"),
            comment=r.str_(s["comment"], f"{at}.comment", MAX_TEXT),
            updated_at=r.time(s["updated_at"], f"{at}.updated_at"),
        )
        if entry.no_opinion and entry.value is not None:
            r.fail(
                at,
                QT_TRANSLATE_NOOP(
                    "Errors", "a score cannot both have a value and be marked “no opinion”"
                ),
            )
        if entry.criterion in codes:
            r.fail(
                at,
                QT_TRANSLATE_NOOP("Errors", "criterion {criterion} appears twice"),
                criterion=entry.criterion,
            )
        codes.add(entry.criterion)
        scores.append(entry)
    return DossierEntry(
        ds_number=r.str_(d["ds_number"], f"{where}.ds_number", MAX_CODE, empty=False),
        progress=progress,
        recusal=recusal,
        scores=tuple(scores),
    )


def verify(signed: SignedBallot, public_hex: str) -> bool:
    """True when the ballot's signature was made by the key ``public_hex`` over its payload."""
    return keys.fingerprint_of(bytes.fromhex(public_hex)) == signed.key_fingerprint and (
        keys.verify(public_hex, signed.signature, signed.signed_bytes)
    )
