"""``tnl-jury import JURY_FILE EXPORT``: import dossiers from a Démarches Simplifiées export.

Prints a summary (or, with ``--json``, one object: format, dossier and attachment counts,
warnings). ``--dry-run`` only previews. Errors are one line and exit code 2; nothing is
written then.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tnl_jury.cli.main import EXIT_OK, UsageError, print_json
from tnl_jury.domain.errors import Phrase
from tnl_jury.services import importing
from tnl_jury.services.importing import ImportOptions, ZipLimits
from tnl_jury.storage.jury_file import open_jury_file

MiB = 1024 * 1024


def register(sub: Any) -> None:
    """Add the ``import`` sub-command to the ``sub`` parsers."""
    p = sub.add_parser(
        "import", help="import candidate dossiers from a Démarches Simplifiées export"
    )
    p.add_argument("jury_file")
    p.add_argument("export", help="the export of dossiers: xlsx, ods or csv")
    p.add_argument("--attachments", metavar="ZIP", help="the zip of attachments of the export")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--dry-run", action="store_true", help="preview only: change nothing")
    p.add_argument("--include-drafts", action="store_true", help="import drafts too")
    p.add_argument(
        "--include-closed", action="store_true", help="import dossiers “Classé sans suite” too"
    )
    p.add_argument(
        "--include-skipped", action="store_true", help="both --include-drafts and --include-closed"
    )
    p.add_argument("--id-column", metavar="HEADER", help="the column holding the dossier number")
    p.add_argument(
        "--name-column", metavar="HEADER", help="the column holding the candidate's name"
    )
    p.add_argument(
        "--skip-bad-attachments",
        action="store_true",
        help="skip the bad entries of the zip (with a warning) instead of refusing the import",
    )
    p.add_argument(
        "--max-attachments-mb",
        type=int,
        metavar="MB",
        help=f"refuse a zip that unpacks to more (default {ZipLimits().max_total_bytes // MiB})",
    )
    p.set_defaults(handler=cmd_import)


def _options(args: argparse.Namespace) -> ImportOptions:
    limits = ZipLimits()
    if args.max_attachments_mb is not None:
        if args.max_attachments_mb < 1:
            raise UsageError("--max-attachments-mb must be at least 1")
        limits = ZipLimits(max_total_bytes=args.max_attachments_mb * MiB)
    return ImportOptions(
        include_drafts=args.include_drafts or args.include_skipped,
        include_closed=args.include_closed or args.include_skipped,
        id_column=args.id_column,
        name_column=args.name_column,
        skip_bad_attachments=args.skip_bad_attachments,
        limits=limits,
    )


def cmd_import(args: argparse.Namespace) -> int:
    options = _options(args)
    with open_jury_file(args.jury_file) as jf:
        if args.dry_run:
            preview = importing.preview_import(jf, args.export, args.attachments, options)
            if args.json:
                print_json(preview.to_json())
            else:
                _print_preview(preview)
            return EXIT_OK
        show = not args.json and sys.stderr.isatty()
        report = importing.run_import(
            jf, args.export, args.attachments, options, progress=_progress if show else None
        )
        if show:
            print(file=sys.stderr)
    if args.json:
        print_json(report.to_json())
    else:
        _print_report(report)
    return EXIT_OK


def _progress(done: int, total: int, message: str) -> None:
    print(f"\r{done}/{total} {message[:60]:<60}", end="", file=sys.stderr, flush=True)


def _print_preview(p: importing.ImportPreview) -> None:
    print(f"{p.export_file}: {p.format}, {_VARIANTS.get(p.variant, p.variant)}")
    c = p.counts
    print(
        f"  would import: {c.new} new, {c.changed} changed, {c.unchanged} unchanged, "
        f"{c.skipped} skipped; {c.missing} of the jury file missing from the export"
    )
    if p.identity.id_column:
        print(f"  dossier number: column “{p.identity.id_column}”")
    if p.identity.name_column:
        print(f"  candidate's name: column “{p.identity.name_column}” ({p.identity.name_source})")
    if p.needs:
        print(
            "  to choose: "
            + ", ".join(
                {"number": "--id-column", "candidate_name": "--name-column"}[n] for n in p.needs
            )
        )
    if p.attachments:
        a = p.attachments
        print(
            f"  attachments: {a.matched} files for {a.matched_dossiers} dossiers, "
            f"{a.unmatched + a.outside} not imported, {len(a.problems)} bad entries"
        )
        for problem in a.problems:
            print(f"    bad entry: {problem}")
    _print_warnings(p.warnings)


def _print_report(r: importing.ImportReport) -> None:
    c, a = r.counts, r.attachments
    print(f"{r.export_file}: {r.format}, {_VARIANTS.get(r.variant, r.variant)}")
    print(
        f"  dossiers: {c.new} new, {c.changed} changed, {c.unchanged} unchanged, "
        f"{c.skipped} skipped"
    )
    if a != importing.AttachmentCounts():
        print(f"  attachments: {a.stored} stored, {a.duplicates} duplicates, {a.rejected} rejected")
    if r.flagged:
        print(f"  answers changed after scoring started: {', '.join(r.flagged)}")
    _print_warnings(r.warnings)


def _print_warnings(warnings: tuple[Phrase, ...]) -> None:
    for w in warnings:
        print(f"  warning: {w}")  # in English


_VARIANTS = {
    "current": "standard export",
    "pre2024": "standard export (before 2024)",
    "template": "export from a template",
}
