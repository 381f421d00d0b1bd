"""``tnl-jury results``, ``settings`` and ``audit``: what the deliberation computes, how, and
the trail."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tnl_jury.cli.main import EXIT_OK, print_json
from tnl_jury.domain.errors import UserError
from tnl_jury.services import audit, edition
from tnl_jury.services.results import DossierResults, compute_results
from tnl_jury.storage.file_guard import quick_check
from tnl_jury.storage.jury_file import open_for_reading, open_jury_file

EXIT_BROKEN_CHAIN = 3


def register(sub: Any) -> None:
    p = sub.add_parser("results", help="each dossier's aggregates, proposed level and decision")
    p.add_argument("jury_file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_results)

    p = sub.add_parser(
        "audit",
        help="list or verify the audit trail",
        description="verify checks that the chain of events is intact and that the scores, "
        "decisions, votes, attendance, recusals and jury still match the state the newest "
        "event sealed; it exits with code 3 when either was changed outside tnl-jury (the "
        "sqlite3 tool, say). What it cannot detect: anyone holding the jury file and the app "
        "(or its source) can recompute the chain and the seals after an edit, so whatever is "
        "not yet signed can be rewritten without a trace. The anchors are the signed minutes "
        "and signed ballots: with --minutes, verify checks the signed minutes against the "
        "file.",
    )
    p.add_argument("jury_file")
    p.add_argument("action", choices=["list", "verify"])
    p.add_argument("--json", action="store_true", help="print JSON (list)")
    p.add_argument("--limit", type=int, default=None, help="only the newest N events (list)")
    p.add_argument(
        "--minutes",
        metavar="PDF",
        help="verify: also check the signed minutes: their signatures (with --trust), that the "
        "trail still holds every event they vouch for, and that the file still records the "
        "state they printed",
    )
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CA.pem",
        help="with --minutes: the jury CA's ca-cert.pem (repeatable); without it the signers' "
        "identities are not established and the check fails",
    )
    p.set_defaults(handler=cmd_audit)
    register_previous(sub)

    p = sub.add_parser(
        "settings",
        help="show or change the edition's deliberation settings",
        description="Without options, show the settings. Normalisation adds each member's "
        "normalised figures beside the raw ones (in results and the deliberation view).",
    )
    p.add_argument("jury_file")
    on_off = {"choices": ["on", "off"]}
    p.add_argument("--normalisation", **on_off, help="show normalised scores beside raw ones")
    p.add_argument("--blind-scoring", **on_off, help="hide other members' scores while scoring")
    p.add_argument("--casting-vote", **on_off, help="the president's vote decides a tie")
    p.add_argument(
        "--disagreement-threshold",
        type=float,
        metavar="X",
        help="standard deviation from which a dossier is to discuss",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_settings)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def result_to_json(r: DossierResults) -> dict[str, Any]:
    """The JSON form of one dossier's results (stable keys, documented in the README)."""
    decision = r.decision
    return {
        "dossier": r.ds_number,
        "candidate": r.candidate_name,
        "score": _round(r.aggregate.score),
        "domains": {
            d.code: {
                "score": _round(d.score),
                "spread": _round(d.spread.stdev) if d.spread else None,
                "criteria": {
                    c.code: {
                        "mean": _round(c.mean),
                        "median": c.median,
                        "given": c.given,
                        "no_opinion": c.no_opinion,
                        "missing": c.missing,
                    }
                    for c in d.criteria
                },
            }
            for d in r.aggregate.domains
        },
        "proposed_level": r.proposed.level,
        "proposed_reason": r.proposed.reason_fr(),
        "majority_judgment": (
            None
            if r.majority is None
            else {
                "level": r.majority.grade,
                "sign": "+" if r.majority.sign > 0 else "-",
                "share": _round(r.majority.share),
            }
        ),
        "member_levels": list(r.proposed_levels),
        "disagreement": _round(r.disagreement),
        "to_discuss": r.to_discuss,
        "status": r.status,
        "recused": list(r.recused_members),
        "previous_level": r.previous_level,
        "normalised": None
        if r.normalised is None
        else {
            "score": _round(r.normalised.score),
            "domains": {code: _round(value) for code, value in r.normalised.domains},
        },
        "decision": None
        if decision is None
        else {
            "level": decision.level,
            "motivation": decision.motivation,
            "recommendations": decision.recommendations,
            "vote": {
                "for": decision.votes_for,
                "against": decision.votes_against,
                "abstentions": decision.abstentions,
                "casting_vote": decision.by_casting_vote,
            },
            "locked": decision.locked,
        },
    }


def cmd_results(args: argparse.Namespace) -> int:
    with open_for_reading(args.jury_file) as jf:
        results = compute_results(jf)
    if args.json:
        print_json([result_to_json(r) for r in results])
        return EXIT_OK
    for r in results:
        score = "–" if r.aggregate.score is None else f"{r.aggregate.score:.2f}"
        if r.normalised is not None and r.normalised.score is not None:
            score += f" (normalised {r.normalised.score:.2f})"
        mj = "–" if r.majority is None else str(r.majority)
        decided = "" if r.decision is None else f"  decided: {r.decision.level}"
        flag = "  TO DISCUSS" if r.to_discuss and r.decision is None else ""
        if r.previous_level is not None:
            flag += f"  (previous level {r.previous_level})"
        print(
            f"{r.ds_number:<10} {r.candidate_name[:44]:<44} score {score:>5}  "
            f"rules {r.proposed.level}  MJ {mj:<10}{decided}{flag}"
        )
        print(f"{'':<10} {r.proposed.reason_fr()}")
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {}
    for option, key in (
        ("normalisation", "normalisation"),
        ("blind_scoring", "blind_scoring"),
        ("casting_vote", "president_casting_vote"),
    ):
        if getattr(args, option) is not None:
            changes[key] = getattr(args, option) == "on"
    if args.disagreement_threshold is not None:
        changes["disagreement_threshold"] = args.disagreement_threshold
    if changes:
        with open_jury_file(args.jury_file) as jf:
            settings = edition.update_settings(jf, **changes)
    else:
        with open_for_reading(args.jury_file) as jf:
            settings = edition.get_settings(jf)
    if args.json:
        print_json(settings.as_dict())
    else:
        for key, value in settings.as_dict().items():
            shown = ("on" if value else "off") if isinstance(value, bool) else value
            print(f"{key.replace('_', ' ')}: {shown}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace) -> int:
    with open_for_reading(args.jury_file) as jf:
        if args.action == "verify":
            quick_check(jf)  # a damaged page: exit 2 with a sentence, before the chain
            broken = audit.first_broken_link(jf)
            total = audit.head(jf).events
            if broken is not None:
                print(
                    f"audit trail BROKEN at event {broken}: "
                    "it was changed or removed outside tnl-jury"
                )
                return EXIT_BROKEN_CHAIN
            print(f"audit trail intact: {total} events")
            state = audit.check_state(jf)
            if state.changed:
                print(
                    f"CHANGED outside tnl-jury: {', '.join(state.changed)} (they no longer "
                    f"match the state the audit trail sealed at event {state.event_id})"
                )
            elif state.covered:
                print(
                    "scores, decisions, votes, attendance and recusals match the audit trail "
                    f"(sealed at event {state.event_id})"
                )
            else:
                print(
                    "the state is not sealed yet (a file from an older version): the next "
                    "change made with tnl-jury seals it"
                )
            failed = bool(state.changed)
            if args.minutes and _check_minutes(jf, args.minutes, args.trust) != EXIT_OK:
                failed = True
            return EXIT_BROKEN_CHAIN if failed else EXIT_OK
        if args.limit is not None and args.limit < 1:
            raise UserError("--limit must be 1 or more")
        events = audit.list_events(jf, args.limit)
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "details": e.details,
                }
                for e in events
            ]
        )
        return EXIT_OK
    for e in events:
        print(f"{e.id:>6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor:<16} {e.action:<22} {e.details}")
    return EXIT_OK


def _check_minutes(jf: Any, minutes: str, trust: list[str]) -> int:
    """``audit verify --minutes``: signatures, trail and state; 0 only when all three hold."""
    from tnl_jury.io.signing.verify import verify_pdf

    check = audit.check_against_minutes(jf, minutes)
    report = verify_pdf(minutes, [Path(t) for t in trust])
    failed = False
    if not report.signatures:
        print("the minutes are NOT SIGNED: they vouch for nothing")
        failed = True
    elif not report.ok:
        problems = [*report.problems, *(p for s in report.signatures for p in s.problems)]
        print("the minutes' signatures do NOT verify: " + " ".join(problems))
        failed = True
    elif not report.trust_checked:
        print(
            "the signers' identities are NOT established: give the jury CA's certificate "
            "with --trust"
        )
        failed = True
    else:
        print(
            f"the minutes carry {len(report.signatures)} valid, trusted signature(s) "
            f"({report.signed_boxes} of {len(report.boxes)} boxes signed)"
        )
    if not check.holds:
        print(
            f"audit trail SHORTER than the minutes say: they vouch for "
            f"{check.vouched} events, which the file no longer holds "
            "(events were removed outside tnl-jury)"
        )
        failed = True
    else:
        print(f"the minutes vouch for the first {check.vouched} events: all still there")
    if check.state_matches is None:
        print("the minutes print no state digest (written by an older version): write them again")
        failed = True
    elif not check.state_matches:
        print(
            "the jury file NO LONGER records what the minutes say: decisions, votes, attendance "
            "or recusals changed after they were written"
        )
        failed = True
    else:
        print("the jury file still records what the minutes say")
    return EXIT_BROKEN_CHAIN if failed else EXIT_OK


def register_previous(sub: Any) -> None:
    p = sub.add_parser(
        "previous",
        help="import a previous edition's results (to show each candidate's previous level)",
        description="FILE is this app's results export (its Décisions sheet) or any sheet of "
        "two columns: candidate, level. It replaces the previous results already imported.",
    )
    p.add_argument("jury_file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--year", type=int, help="the year of that edition")
    p.set_defaults(handler=cmd_previous)


def cmd_previous(args: argparse.Namespace) -> int:
    from tnl_jury.services.previous import import_previous_results
    from tnl_jury.storage.jury_file import open_jury_file

    with open_jury_file(args.jury_file) as jf:
        read, matched = import_previous_results(jf, args.file, args.year)
    print(f"{read} previous results read; {matched} match a dossier of this edition")
    return EXIT_OK
