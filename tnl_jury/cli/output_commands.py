"""``tnl-jury export | minutes | letters | published``: the documents that leave the room."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tnl_jury.cli.main import EXIT_OK, UsageError
from tnl_jury.storage.jury_file import open_jury_file

FORMATS = (".xlsx", ".ods", ".csv")


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write the results spreadsheet (xlsx, ods or csv)")
    p.add_argument("jury_file")
    p.add_argument("out", metavar="OUT.xlsx|OUT.ods|OUT.csv")
    p.add_argument(
        "--per-sheet",
        action="store_true",
        help="csv: one file per sheet (OUT-<sheet>.csv) instead of the decisions only",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("minutes", help="write the minutes (PDF/A-2b, with signature fields)")
    p.add_argument("jury_file")
    p.add_argument("out", metavar="OUT.pdf")
    p.set_defaults(handler=cmd_minutes)

    p = sub.add_parser("letters", help="write one letter per decided dossier into a folder")
    p.add_argument("jury_file")
    p.add_argument("out_dir", metavar="OUT_DIR")
    p.set_defaults(handler=cmd_letters)

    p = sub.add_parser("published", help="write the results list by level as a PDF")
    p.add_argument("jury_file")
    p.add_argument("out", metavar="OUT.pdf")
    p.set_defaults(handler=cmd_published)


def _pdf_path(out: str) -> Path:
    path = Path(out)
    if path.suffix.lower() != ".pdf":
        raise UsageError(f"{out}: the output file must end in .pdf")
    return path


def cmd_export(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import export_results

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"{args.out}: the output file must end in .xlsx, .ods or .csv")
    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        paths = export_results(jf, out, csv_per_sheet=args.per_sheet)
    for path in paths:
        print(f"written {path}")
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import write_minutes

    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        path = write_minutes(jf, _pdf_path(args.out))
    print(f"written {path}")
    return EXIT_OK


def cmd_letters(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import write_letters

    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        paths = write_letters(jf, Path(args.out_dir))
    print(f"written {len(paths)} letters into {args.out_dir}")
    return EXIT_OK


def cmd_published(args: argparse.Namespace) -> int:
    from tnl_jury.services.outputs import write_published_list

    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        path = write_published_list(jf, _pdf_path(args.out))
    print(f"written {path}")
    return EXIT_OK
