"""Verifying every signature of a PDF, offline.

For each signature we report the field, the signer, the claimed signing time, and pyHanko's
verdicts: ``intact`` (the signed bytes are unchanged), ``valid`` (the signature matches the
certificate), ``trusted`` (the certificate chains to one of the given roots; None when no root
was given), the coverage, what was changed after signing, ``bottom_line``, and the box's owner
when the minutes record it: a box signed by anyone but its owner fails
(:mod:`tnl_jury.io.signing.owners`).

A signature is ``ok`` when it is intact and valid, anything added after it is limited to
signatures and form filling (and allowed by the certification), the signature container is not
padded with anything but zeros (pyHanko ignores bytes after the DER structure), and — when
trust roots are given — it is trusted and pyHanko's ``bottom_line`` holds. The report is ``ok``
when there is at least one signature, every one is ok, and the last one covers the whole file:
so a single byte changed anywhere (in a signed revision, after the last signature, or in a
signature container) makes it not ok. A file too damaged to parse is a failed report, not an
error; only a missing file or a file that is not a PDF raises :class:`VerifyError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, UserError
from tnl_jury.io.signing.keys import load_certificate
from tnl_jury.io.signing.owners import common_name, may_sign, read_owner
from tnl_jury.io.signing.revocation import embedded_revocation_lists, revoked_on

TrustRoot = str | os.PathLike[str] | x509.Certificate


class VerifyError(UserError):
    """The file to verify cannot be read, or is not a PDF."""


@dataclass(frozen=True)
class SignatureCheck:
    field_name: str
    signer: str  # the certificate's common name
    signer_subject: str
    signing_time: dt.datetime | None  # as claimed by the signer (PC clock: PAdES B-B)
    certification: bool
    intact: bool
    valid: bool
    trusted: bool | None  # None: no trust root given
    coverage: str  # ENTIRE_FILE, ENTIRE_REVISION, CONTIGUOUS_BLOCK_FROM_START, UNCLEAR
    covers_whole_file: bool
    modified_after: str | None  # None (whole file), FORM_FILLING, LTA_UPDATES, ANNOTATIONS, OTHER
    docmdp_ok: bool | None
    bottom_line: bool
    ok: bool
    problems: tuple[str, ...]
    owner: str = ""  # whose box this is, when the minutes say so (io/signing/owners)
    # The certificate's end of validity when it has passed since the signing (a note, not a
    # problem: the signature is judged at its signing time).
    expired_since: dt.datetime | None = None


@dataclass(frozen=True)
class BoxStatus:
    """One signature box (field) of the document: its owner when the minutes record one, and
    the signature in it (None: empty)."""

    field_name: str
    owner: str
    signed: bool
    signer: str
    signing_time: dt.datetime | None
    ok: bool  # signed, and the signature is ok


@dataclass(frozen=True)
class VerificationReport:
    """``ok``: every signature present is good (see the module doc). ``complete``: every box
    of the document is signed — a partly signed document, or one cut back to an earlier
    revision, is ``ok`` but not complete."""

    path: Path
    signatures: tuple[SignatureCheck, ...]
    trust_checked: bool
    problems: tuple[str, ...]  # about the document as a whole
    ok: bool
    boxes: tuple[BoxStatus, ...] = ()

    @property
    def signed_boxes(self) -> int:
        return sum(1 for b in self.boxes if b.signed)

    @property
    def complete(self) -> bool:
        return bool(self.boxes) and all(b.signed for b in self.boxes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (dates in ISO 8601)."""
        data = asdict(self)
        data["path"] = str(self.path)
        for sig in data["signatures"]:
            if sig["signing_time"] is not None:
                sig["signing_time"] = sig["signing_time"].isoformat()
            if sig["expired_since"] is not None:
                sig["expired_since"] = sig["expired_since"].isoformat()
            sig["problems"] = list(sig["problems"])
        data["problems"] = list(self.problems)
        for box in data["boxes"]:
            if box["signing_time"] is not None:
                box["signing_time"] = box["signing_time"].isoformat()
        data["complete"] = self.complete
        return data


def verify_pdf(
    path: str | os.PathLike[str], trust_roots: Sequence[TrustRoot] = ()
) -> VerificationReport:
    """Verify every signature of ``path``; ``trust_roots`` are certificates (paths to PEM or
    DER files, or loaded certificates), typically the jury CA. See the module doc."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    src = Path(path)
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise VerifyError(
            QT_TRANSLATE_NOOP("Errors", "{path}: cannot read the file ({reason})."),
            path=src,
            reason=exc.strerror or str(exc),
        ) from exc
    if not data.startswith(b"%PDF-"):
        raise VerifyError(QT_TRANSLATE_NOOP("Errors", "{path}: not a PDF file."), path=src)
    roots = [r if isinstance(r, x509.Certificate) else load_certificate(r) for r in trust_roots]

    def failed(problem: str) -> VerificationReport:
        return VerificationReport(src, (), bool(roots), (problem,), False)

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        fields = _fields(reader)
    except (PdfError, ValueError, KeyError, TypeError) as exc:
        return failed(f"the file is damaged and cannot be read as a signed PDF ({exc}).")
    if not embedded:
        empty = tuple(BoxStatus(name, owner, False, "", None, False) for name, owner in fields)
        return VerificationReport(
            src, (), bool(roots), ("the document holds no signature.",), False, empty
        )
    now = dt.datetime.now(dt.UTC)
    crls = embedded_revocation_lists(reader)
    with _quiet_pyhanko():
        checks = [_check(sig, data, roots, now, crls) for sig in embedded]
    problems = []
    last = max(range(len(embedded)), key=lambda i: _signed_end(embedded[i]))
    # After the last signature, only long-term validation material may follow (the jury CA's
    # revocation list and the signer's chain, added by `sign`: a DSS update).
    if not (checks[last].covers_whole_file or checks[last].modified_after == "LTA_UPDATES"):
        problems.append(
            f"the file was changed after the last signature ({checks[last].field_name})."
        )
    ok = not problems and all(c.ok for c in checks)
    by_field = {c.field_name: c for c in checks}
    boxes = []
    for name, owner in fields:
        check = by_field.get(name)
        if check is None:
            boxes.append(BoxStatus(name, owner, False, "", None, False))
        else:
            boxes.append(BoxStatus(name, owner, True, check.signer, check.signing_time, check.ok))
    return VerificationReport(src, tuple(checks), bool(roots), tuple(problems), ok, tuple(boxes))


def _fields(reader: Any) -> list[tuple[str, str]]:
    """Every signature field of the document, in order: (name, owner's name or "")."""
    from pyhanko.sign.fields import enumerate_sig_fields

    boxes = []
    for name, _value, ref in enumerate_sig_fields(reader):
        owner = read_owner(ref.get_object())
        boxes.append((str(name), owner.name if owner is not None else ""))
    return boxes


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    """pyHanko logs a warning with a traceback for every certificate it cannot chain to a
    root; what went wrong is in our report, so keep its logs off the user's screen."""
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _validation_context(roots: Sequence[x509.Certificate], moment: dt.datetime) -> Any:
    """The certificates are judged at ``moment``: the signing time the signature claims
    (minutes are archived for decades, member certificates last three years; there is no
    timestamping authority in a meeting room, so the claimed time is the PC's clock)."""
    from asn1crypto import x509 as asn1_x509  # type: ignore[import-untyped]
    from pyhanko_certvalidator import ValidationContext

    # An explicit (possibly empty) list: never fall back to the system's TLS trust store, and
    # never fetch revocation information (offline; soft-fail revocation checking).
    return ValidationContext(
        trust_roots=[
            asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in roots
        ],
        allow_fetching=False,
        moment=moment,
    )


def _claimed_time(sig: Any, now: dt.datetime) -> dt.datetime:
    """When the signature says it was made (not after ``now``); ``now`` when it says nothing."""
    try:
        claimed = sig.self_reported_timestamp
    except Exception:  # a malformed attribute: validate as of now
        claimed = None
    if not isinstance(claimed, dt.datetime):
        return now
    if claimed.tzinfo is None:
        claimed = claimed.replace(tzinfo=dt.UTC)
    return min(claimed, now)


def _check(
    sig: Any,
    data: bytes,
    roots: Sequence[x509.Certificate],
    now: dt.datetime,
    crls: Sequence[Any] = (),
) -> SignatureCheck:
    trust_checked = bool(roots)
    moment = _claimed_time(sig, now)
    context = _validation_context(roots, moment)
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    name = str(sig.field_name)
    certification = sig.docmdp_level is not None and "/Reference" in sig.sig_object
    try:
        status = validate_pdf_signature(
            sig,
            context,
            # A certificate from elsewhere may carry only one of the two usages.
            key_usage_settings=KeyUsageConstraints(
                key_usage={"digital_signature", "non_repudiation"},
                match_all_key_usages=False,
            ),
        )
    except Exception as exc:  # a malformed signature must be a failed check, not a crash
        return SignatureCheck(
            name, "", "", None, certification, False, False, False if trust_checked else None,
            "UNCLEAR", False, "OTHER", False, False, False,
            (f"the signature cannot be validated: {exc}",),
        )  # fmt: skip
    problems = []
    cert = status.signing_cert
    signer = cert.subject.native.get("common_name", "") if cert is not None else ""
    coverage = status.coverage or SignatureCoverageLevel.UNCLEAR
    whole = coverage == SignatureCoverageLevel.ENTIRE_FILE
    level = status.modification_level
    allowed = {
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    }
    if not status.intact:
        problems.append("the signed content was changed.")
    if not status.valid:
        problems.append("the signature does not match the certificate.")
    if cert is not None and not _valid_at(cert, moment):
        problems.append(
            f"the certificate was not valid on {moment:%Y-%m-%d}, when the signature says it "
            "was made (expired or not yet valid)."
        )
    elif cert is not None and (revoked := _revoked_before(cert, crls, roots, moment)):
        problems.append(
            f"the jury CA revoked this certificate on {revoked:%Y-%m-%d}, before the signing "
            "time (its revocation list is in the document)."
        )
    elif trust_checked and not status.trusted:
        problems.append("the certificate does not chain to a trusted root.")
    if not whole and (level is None or level not in allowed):
        problems.append("the document was changed after this signature (not only signed).")
    if status.docmdp_ok is False:
        problems.append("changes after signing break the certification's permissions.")
    if coverage < SignatureCoverageLevel.ENTIRE_REVISION:
        problems.append("the signature does not cover its whole revision.")
    problems += _container_problems(sig, data)
    owner = read_owner(sig.sig_field)
    if owner is not None and cert is not None:
        signer_cert = x509.load_der_x509_certificate(cert.dump())
        if not may_sign(owner, signer_cert):
            problems.append(
                f"the box {name} is {owner.name}'s but was signed by "
                f"{common_name(signer_cert) or 'someone unnamed'}."
            )
    bottom_line = bool(status.bottom_line)
    if trust_checked and not bottom_line and not problems:
        problems.append("pyHanko's overall judgement (bottom line) is negative.")
    return SignatureCheck(
        field_name=name,
        signer=str(signer),
        signer_subject=cert.subject.human_friendly if cert is not None else "",
        signing_time=status.signer_reported_dt,
        certification=certification,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted) if trust_checked else None,
        coverage=coverage.name,
        covers_whole_file=whole,
        modified_after=None if whole or level is None else level.name,
        docmdp_ok=status.docmdp_ok,
        bottom_line=bottom_line,
        ok=not problems,
        problems=tuple(problems),
        owner=owner.name if owner is not None else "",
        expired_since=_expired_since(cert, now),
    )


def _revoked_before(
    cert: Any, crls: Sequence[Any], roots: Sequence[x509.Certificate], moment: dt.datetime
) -> dt.datetime | None:
    """When a revocation list the PV carries says the signer's CA revoked ``cert`` (asn1crypto)
    at or before ``moment``; None otherwise. A list counts when its issuer is the certificate's
    and, with trust roots given, when a root's key signed it (a forged list proves nothing)."""
    signer = x509.load_der_x509_certificate(cert.dump())
    for item in crls:
        try:
            crl = x509.load_der_x509_crl(item.dump())
        except ValueError:
            continue
        if crl.issuer != signer.issuer:
            continue
        if roots and not any(
            r.subject == crl.issuer and crl.is_signature_valid(r.public_key())  # type: ignore[arg-type]
            for r in roots
        ):
            continue
        when = revoked_on(crl, signer)
        if when is not None and when <= moment:
            return when
    return None


def _valid_at(cert: Any, moment: dt.datetime) -> bool:
    validity = cert["tbs_certificate"]["validity"]
    start, end = validity["not_before"].native, validity["not_after"].native
    return bool(start <= moment <= end)


def _expired_since(cert: Any, now: dt.datetime) -> dt.datetime | None:
    if cert is None:
        return None
    end = cert["tbs_certificate"]["validity"]["not_after"].native
    return end if isinstance(end, dt.datetime) and end < now else None


def _signed_end(sig: Any) -> int:
    _, _, start2, len2 = (int(v) for v in sig.byte_range)
    return start2 + len2


def _container_problems(sig: Any, data: bytes) -> list[str]:
    """The bytes between the two signed ranges must be ``<hex>`` holding the DER signature
    followed by zeros only: pyHanko reads the DER structure and ignores what follows, so a
    byte changed in the padding would otherwise go unnoticed."""
    try:
        _, len1, start2, _ = (int(v) for v in sig.byte_range)
    except (TypeError, ValueError):
        return ["the signature's byte range is malformed."]
    gap = data[len1:start2]
    if len(gap) < 2 or gap[:1] != b"<" or gap[-1:] != b">":
        return ["the signature container is not where the byte range says."]
    try:
        content = bytes.fromhex(gap[1:-1].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return ["the signature container is not a hexadecimal string."]
    length = _der_length(content)
    if length is None or any(content[length:]):
        return ["the signature container holds extra bytes after the signature."]
    return []


def _der_length(content: bytes) -> int | None:
    """Total length (header included) of the DER value at the start of ``content``."""
    if len(content) < 2:
        return None
    first = content[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(content) < 2 + count:
        return None
    return 2 + count + int.from_bytes(content[2 : 2 + count], "big")
