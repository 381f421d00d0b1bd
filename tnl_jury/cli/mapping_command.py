"""``tnl-jury mapping JURY_FILE show | set``: the procedure's questions mapped to the grid.

``show`` prints the saved mapping; with ``--export FILE`` it reads the export (writing nothing)
and prints, for each criterion, the columns found for its questions and the questions not found,
then the identity fields, and the export's columns with their neighbours (``--json``: the
``mapping`` object of ``tnl-jury import --json``). ``set`` saves one choice: a question of the
grid (``--question LABEL [--occurrence N]``) or an identity field (``--identity FIELD``) to a
column (``--column HEADER [--column-occurrence N]``), to nothing (``--not-in-form``, questions
only) or back to the automatic match (``--auto``). Errors: one line, exit code 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from tnl_jury.cli.main import EXIT_OK, UsageError, print_json
from tnl_jury.services import ds_mapping, importing
from tnl_jury.services.ds_mapping import NOT_IN_FORM, ColumnRef, MappingCoverage
from tnl_jury.storage.jury_file import open_jury_file


def register(sub: Any) -> None:
    """Add the ``mapping`` sub-command to the ``sub`` parsers."""
    p = sub.add_parser(
        "mapping", help="show or set which export columns answer the grid's questions"
    )
    p.add_argument("jury_file")
    msub = p.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(p))
    q = msub.add_parser("show", help="the saved mapping, or how an export resolves")
    q.add_argument("--export", metavar="FILE", help="an export to check (nothing is written)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(handler=cmd_show)
    q = msub.add_parser("set", help="map one question or identity field to a column")
    what = q.add_mutually_exclusive_group(required=True)
    what.add_argument("--question", metavar="LABEL", help="a question of the grid")
    what.add_argument("--identity", metavar="FIELD", choices=ds_mapping.IDENTITY_FIELDS)
    q.add_argument("--occurrence", type=int, default=1, help="of a repeated question label")
    to = q.add_mutually_exclusive_group(required=True)
    to.add_argument("--column", metavar="HEADER", help="the export's column")
    to.add_argument("--not-in-form", action="store_true", help="the form has no such question")
    to.add_argument("--auto", action="store_true", help="forget the choice: match by label")
    q.add_argument("--column-occurrence", type=int, default=1, help="of a repeated header")
    q.set_defaults(handler=cmd_set)


def cmd_set(args: argparse.Namespace) -> int:
    if args.occurrence < 1 or args.column_occurrence < 1:
        raise UsageError("--occurrence and --column-occurrence count from 1")
    column: ColumnRef | None = None
    if args.column is not None:
        if not args.column.strip():
            raise UsageError("--column needs a header")
        column = ColumnRef(args.column, args.column_occurrence)
    elif args.not_in_form:
        if args.identity:
            raise UsageError("--not-in-form applies to questions only")
        column = NOT_IN_FORM
    with open_jury_file(args.jury_file) as jf:
        if args.question is not None:
            ds_mapping.save_mapping(jf, {ColumnRef(args.question, args.occurrence): column})
        else:
            ds_mapping.save_mapping(jf, identity={args.identity: column})
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_jury_file(args.jury_file, read_only_if_locked=True) as jf:
        if args.export:
            coverage = importing.preview_import(jf, args.export).mapping
            assert coverage is not None
            if args.json:
                print_json(coverage.to_json())
            else:
                _print_coverage(coverage)
            return EXIT_OK
        saved = ds_mapping.load_mapping(jf)
        questions = ds_mapping.grid_questions_of(jf)
    shown = {q.key(): q for q in questions}
    if args.json:
        print_json(
            {
                "questions": [
                    {
                        "question": shown[k].label if k in shown else k[0],
                        "occurrence": k[1],
                        "column": c.label or None,
                        "column_occurrence": c.occurrence,
                    }
                    for k, c in saved.questions.items()
                ],
                "identity": {
                    f: {"column": c.label, "column_occurrence": c.occurrence}
                    for f, c in saved.identity.items()
                },
            }
        )
        return EXIT_OK
    if not saved.questions and not saved.identity:
        print("no saved mapping: questions are matched by their label")
    for key, column in saved.questions.items():
        name = shown[key].shown() if key in shown else key[0]
        print(f"question “{name}” → " + (f"“{column.shown()}”" if column.label else "not in form"))
    for field, column in saved.identity.items():
        print(f"identity {field} → “{column.shown()}”")
    return EXIT_OK


_SOURCES = {"saved": "saved", "label": "same label", "excluded": "not in form", "": "NOT FOUND"}


def _print_coverage(c: MappingCoverage) -> None:
    for criterion in c.criteria:
        print(f"{criterion.code} {criterion.label}")
        for q in criterion.questions:
            found = f"“{q.column.shown()}”" if q.column else "–"
            note = " (repeated label: choose by its neighbours)" if q.ambiguous else ""
            print(f"  “{q.question.shown()}” → {found} [{_SOURCES[q.source]}]{note}")
    print("identity")
    for i in c.identity:
        found = f"“{i.column.shown()}”" if i.column else "– [NOT FOUND]"
        print(f"  {i.field} → {found}" + (f" [{i.source}]" if i.column else ""))
    print("columns of the export")
    for e in c.columns:
        print(f"  “{e.column.shown()}” (after “{e.before}”, before “{e.after}”)")
    for w in c.warnings():
        print(f"warning: {w}")
