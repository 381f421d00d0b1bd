"""The ``sign``, ``verify`` and ``keys`` sub-commands: electronic signatures of our PDFs.

Passphrases never appear on the command line (it is visible to other users and kept in shell
histories): they come from the environment (``TNL_JURY_PASSPHRASE`` for the key being used or
created, ``TNL_JURY_CA_PASSPHRASE`` for the jury CA's key when it issues a member certificate),
or are asked on the terminal.

Exit codes of ``verify``: 0 all signatures good, 3 a signature fails, 2 bad input.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from tnl_jury.cli.main import EXIT_OK, UsageError, print_json
from tnl_jury.domain.signing import DEFAULT_ROLE

EXIT_SIGNATURE_FAILED = 3
PASSPHRASE_ENV = "TNL_JURY_PASSPHRASE"
CA_PASSPHRASE_ENV = "TNL_JURY_CA_PASSPHRASE"

_PASSPHRASE_HELP = (
    f"The passphrase is read from the environment variable {PASSPHRASE_ENV}, or asked on the "
    "terminal; never give it as an argument."
)
_VERIFY_EPILOG = (
    "exit codes: 0 every box is signed (or --partial), every signature is intact, valid and "
    "trusted (--trust, or the jury CA's ca-cert.pem beside the file), and the last one covers "
    "the whole file; 3 a signature fails, the file was changed after signing, a box is empty "
    "(a PV partly signed, or cut back to an earlier revision), or the signers' identities are "
    "not established (no trusted root); 2 bad input (missing file, not a PDF, unreadable "
    "certificate)."
)
JURY_CA_FILE = "ca-cert.pem"


def register(sub: Any) -> None:
    """Add ``sign``, ``verify`` and ``keys`` to the ``sub`` parsers."""
    p = sub.add_parser(
        "sign",
        help="sign a PDF (the minutes) into one of its signature fields",
        description="Sign PDF into the signer's own box (or --field), with a visible stamp: "
        "the certificate's name, the role, the date. Each box of the minutes belongs to one "
        "member: signing another member's box is refused. With --jury-file, the key must be "
        "the one bound to the member (a member without one gets this certificate bound, if it "
        "is in their name), and the decisions are locked once signed. The first signature "
        "certifies the document. " + _PASSPHRASE_HELP,
    )
    p.add_argument("pdf", metavar="PDF")
    p.add_argument("--key", required=True, metavar="KEY.p12", help="the signer's PKCS#12 file")
    p.add_argument("--field", metavar="NAME", help="the signature field (e.g. sig-3)")
    p.add_argument("--out", metavar="OUT.pdf", help="write here (default: sign PDF in place)")
    p.add_argument("--role", help="the role on the stamp (default: the certificate's title)")
    p.add_argument(
        "--crl",
        metavar="ca-crl.pem",
        help="the jury CA's revocation list to embed (default: a ca-crl.pem of the signer's CA "
        "beside the PDF or the key; each signature carries the list it was made with)",
    )
    p.add_argument(
        "--jury-file",
        metavar="JURY_FILE",
        help="the jury file whose minutes these are: its decisions are locked once signed",
    )
    p.set_defaults(handler=cmd_sign)

    p = sub.add_parser(
        "verify",
        help="verify every signature of a PDF",
        description="Report every signature box of PDF (its owner; signed by whom, when; or "
        "empty) and check that every signature is intact and valid, that each box was signed "
        "by its owner, that nothing but signatures was added after each, and that the signers' "
        "certificates chain to a trusted root: the jury CA (--trust, or ca-cert.pem found "
        "beside PDF).",
        epilog=_VERIFY_EPILOG,
    )
    p.add_argument("pdf", metavar="PDF")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CA.pem",
        help="a trusted root certificate (repeatable), e.g. the jury CA's ca-cert.pem",
    )
    p.add_argument(
        "--partial",
        action="store_true",
        help="accept a PV whose boxes are not all signed yet (and say so)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("keys", help="create signing keys: a jury CA, a member's .p12")
    ksub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    q = ksub.add_parser(
        "new-ca",
        help="create the jury CA of an edition (ca-cert.pem, ca-key.pem, ca-crl.pem)",
        description="Create a certification authority for the jury, once per edition, so that "
        f"a verifier trusts one certificate. The CA passphrase is read from {CA_PASSPHRASE_ENV}, "
        "or asked on the terminal.",
    )
    q.add_argument("--name", required=True, help='e.g. "Jury Territoire Numérique Libre 2025"')
    q.add_argument("--out-dir", required=True, metavar="DIR", help="folder for the two files")
    q.set_defaults(handler=cmd_keys_new_ca)
    q = ksub.add_parser(
        "new-member",
        help="create a member's key and certificate (KEY.p12, and KEY.pem to share)",
        description="Create an RSA key and certificate for a jury member, protected by the "
        f"member's passphrase. {_PASSPHRASE_HELP} With --ca-dir the certificate is issued by "
        f"the jury CA, whose passphrase is read from {CA_PASSPHRASE_ENV} or asked.",
    )
    q.add_argument("--name", required=True, help="the member's full name")
    q.add_argument("--role", default=DEFAULT_ROLE, help=f'default: "{DEFAULT_ROLE}"')
    q.add_argument("--organisation", default="", help="the member's organisation")
    q.add_argument("--out", required=True, metavar="KEY.p12", help="the file to create")
    q.add_argument("--ca-dir", metavar="DIR", help="folder of the jury CA (from keys new-ca)")
    q.add_argument(
        "--jury-file",
        metavar="JURY_FILE",
        help="bind the new certificate to the member --member of this jury file: only it will "
        "sign their box in the minutes",
    )
    q.add_argument("--member", type=int, metavar="ID", help="the member's id (with --jury-file)")
    q.set_defaults(handler=cmd_keys_new_member)
    q = ksub.add_parser(
        "revoke",
        help="revoke a member's certificate (a lost or stolen key): ca-crl.pem is issued again",
        description="Add a member certificate to the jury CA's revocation list (ca-crl.pem, in "
        "the CA's folder). Copy the new list beside the minutes to sign: each signature embeds "
        "the list it was made with, and a revoked certificate cannot sign. The CA passphrase is "
        f"read from {CA_PASSPHRASE_ENV}, or asked on the terminal.",
    )
    q.add_argument("--ca-dir", required=True, metavar="DIR", help="folder of the jury CA")
    q.add_argument("--cert", required=True, metavar="MEMBER.pem", help="the certificate to revoke")
    q.set_defaults(handler=cmd_keys_revoke)


def cmd_sign(args: argparse.Namespace) -> int:
    passphrase = _passphrase(PASSPHRASE_ENV, f"passphrase of {args.key}: ")
    out = args.out or args.pdf
    if args.jury_file:
        from tnl_jury.services.minutes_signing import sign_minutes
        from tnl_jury.services.outputs import minutes_signed
        from tnl_jury.storage.jury_file import open_jury_file

        with open_jury_file(args.jury_file) as jf:
            info = sign_minutes(
                jf, args.pdf, out, args.key, passphrase, args.field, role=args.role,
                revocation_list=args.crl,
            )  # fmt: skip
            _print_signed(info)
            locked = minutes_signed(jf, info.path)
        print(f"{args.jury_file}: {locked} decisions locked")
    else:
        from tnl_jury.io.signing.sign import sign_pdf

        signed = sign_pdf(
            args.pdf, out, args.key, passphrase, args.field, role=args.role,
            revocation_list=args.crl,
        )  # fmt: skip
        _print_signed(signed)
    return EXIT_OK


def _print_signed(info: Any) -> None:
    kind = "certification" if info.certification else "approval"
    print(
        f"{info.path}: field {info.field_name} signed by {info.signer_name} ({info.role}), "
        f"{kind} signature"
    )
    if info.pdfa is not None and not info.pdfa.passed:
        first = info.pdfa.problems[0] if info.pdfa.problems else "?"
        print(f"warning: {info.path} is no longer PDF/A-2b ({first})", file=sys.stderr)


def cmd_verify(args: argparse.Namespace) -> int:
    from tnl_jury.io.signing.verify import verify_pdf

    trust = [Path(t) for t in args.trust]
    beside = Path(args.pdf).parent / JURY_CA_FILE
    found_beside = not trust and beside.is_file()
    report = verify_pdf(args.pdf, [beside] if found_beside else trust)
    passed = bool(
        report.ok and report.trust_checked and (report.complete or (args.partial and report.boxes))
    )
    if args.json:
        print_json(report.to_dict())
        return EXIT_OK if passed else EXIT_SIGNATURE_FAILED
    verdict = "all signatures are good" if report.ok else "NOT VALID"
    boxes = len(report.boxes)
    print(f"{report.path}: {report.signed_boxes} of {boxes} boxes signed, {verdict}")
    checks = {s.field_name: s for s in report.signatures}
    for box in report.boxes:
        label = f"{box.field_name} ({box.owner})" if box.owner else box.field_name
        sig = checks.get(box.field_name)
        if sig is None:
            print(f"  {label}: EMPTY")
            continue
        when = f"{sig.signing_time:%Y-%m-%d %H:%M %Z}" if sig.signing_time else "no date"
        kind = "certification" if sig.certification else "approval"
        trusted = {True: "trusted", False: "NOT trusted", None: "trust not checked"}[sig.trusted]
        state = "ok" if sig.ok else "FAILED"
        print(f"  {label}: signed by {sig.signer}, {when}, {kind}, {trusted} — {state}")
        if sig.expired_since is not None:
            print(f"    certificate expired since {sig.expired_since:%Y-%m-%d} (valid when signed)")
        for problem in sig.problems:
            print(f"    - {problem}")
    for problem in report.problems:
        print(f"  - {problem}")
    if found_beside:
        print(f"  (trusting the jury CA found beside the file: {beside})")
    if not report.trust_checked:
        print(
            "  the signers' identities are NOT established: give the jury CA's certificate "
            f"with --trust, or put its {JURY_CA_FILE} beside the file"
        )
    if report.ok and not report.complete and boxes:
        if args.partial:
            print(f"  PARTIAL: {report.signed_boxes} of {boxes} boxes signed (--partial)")
        else:
            print(
                f"  INCOMPLETE: {boxes - report.signed_boxes} of {boxes} boxes are empty "
                "(--partial accepts a PV still being signed)"
            )
    return EXIT_OK if passed else EXIT_SIGNATURE_FAILED


def cmd_keys_new_ca(args: argparse.Namespace) -> int:
    from tnl_jury.io.signing.keys import create_jury_ca

    passphrase = _new_passphrase(CA_PASSPHRASE_ENV, "CA passphrase: ")
    ca = create_jury_ca(args.name, args.out_dir, passphrase)
    print(f"created the jury CA {args.name}: {ca.cert_path} (share it) and {ca.key_path} (keep)")
    return EXIT_OK


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from tnl_jury.io.signing.keys import load_certificate, load_jury_ca
    from tnl_jury.io.signing.revocation import issue_revocation_list

    folder = Path(args.ca_dir)
    cert = load_certificate(args.cert)
    ca_pass = _passphrase(CA_PASSPHRASE_ENV, f"CA passphrase ({folder / 'ca-key.pem'}): ")
    ca = load_jury_ca(folder / "ca-cert.pem", folder / "ca-key.pem", ca_pass)
    path = issue_revocation_list(folder, ca.certificate, ca.private_key, [cert])
    print(f"revoked {cert.subject.rfc4514_string()}: {path} issued again (copy it beside the PV)")
    return EXIT_OK


def cmd_keys_new_member(args: argparse.Namespace) -> int:
    from tnl_jury.io.signing.keys import create_member_identity, load_jury_ca

    if (args.jury_file is None) != (args.member is None):
        raise UsageError("--jury-file and --member go together")
    ca = None
    if args.ca_dir:
        folder = Path(args.ca_dir)
        ca_pass = _passphrase(CA_PASSPHRASE_ENV, f"CA passphrase ({folder / 'ca-key.pem'}): ")
        ca = load_jury_ca(folder / "ca-cert.pem", folder / "ca-key.pem", ca_pass)
    passphrase = _new_passphrase(PASSPHRASE_ENV, f"passphrase for {args.out}: ")
    files = create_member_identity(
        args.name, args.role, args.out, passphrase, ca, organisation=args.organisation
    )
    issuer = f"issued by {ca.certificate.subject.rfc4514_string()}" if ca else "self-signed"
    print(f"created {files.p12_path} (keep it) and {files.cert_path} (share it), {issuer}")
    if args.jury_file:
        _bind(args.jury_file, args.member, files.cert_path)
    return EXIT_OK


def _bind(jury_file: str, member_id: int, cert_path: Path) -> None:
    from tnl_jury.io.signing.keys import load_certificate
    from tnl_jury.services.members import bind_certificate
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(jury_file) as jf:
        row = bind_certificate(jf, member_id, load_certificate(cert_path))
    print(f"{jury_file}: certificate {cert_path.name} bound to member {row.id} ({row.name})")


def _passphrase(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {env} or run the command in a terminal")
    return getpass.getpass(prompt)


def _new_passphrase(env: str, prompt: str) -> str:
    """A new passphrase: from ``env``, or typed twice on the terminal."""
    value = os.environ.get(env)
    if value is not None:
        return value
    first = _passphrase(env, prompt)
    if getpass.getpass("again: ") != first:
        raise UsageError("the two passphrases differ")
    return first
