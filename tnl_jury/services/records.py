"""Building the :class:`~tnl_jury.domain.records.ResultsRecord` that exporters receive."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from tnl_jury.domain import limits
from tnl_jury.domain import records as r
from tnl_jury.domain.enums import MemberRole
from tnl_jury.domain.errors import QT_TRANSLATE_NOOP, RuleError
from tnl_jury.domain.grid import Grid
from tnl_jury.domain.levels import NO_LABEL
from tnl_jury.services import audit
from tnl_jury.services.deliberation import MeetingInfo, get_meeting
from tnl_jury.services.edition import get_edition, load_stored_grid
from tnl_jury.services.letterhead import get_letterhead
from tnl_jury.services.members import list_members, list_recusals
from tnl_jury.services.minutes_details import dossier_counts, get_minutes_details
from tnl_jury.services.reading import read_at_once
from tnl_jury.services.results import compute_results
from tnl_jury.services.views import MemberRow
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile


def fit(name: str) -> str:
    """A name as the outputs show it: at most :data:`limits.NAME` characters, a longer one
    (left by an older version or an import) cut with "…", so that a page can hold it."""
    return name if len(name) <= limits.NAME else name[: limits.NAME - 1] + "…"


@read_at_once
def build_results_record(jury_file: JuryFile, *, with_scores: bool = True) -> r.ResultsRecord:
    """Everything the spreadsheets, minutes, letters and published list need, in one value,
    read in one transaction (:meth:`~tnl_jury.storage.jury_file.JuryFile.snapshot`)."""
    trail = audit.head(jury_file)  # first: the record vouches for the trail up to here
    edition = get_edition(jury_file)
    grid = load_stored_grid(jury_file)
    meeting = get_meeting(jury_file)
    details = get_minutes_details(jury_file)
    counts = dossier_counts(jury_file)
    all_members = list_members(jury_file)
    names = {mem.id: fit(mem.name) for mem in all_members}
    recorded = bool(meeting.present or meeting.held_on)
    members = _member_records(all_members, meeting, details.excused, recorded=recorded)
    recusals = tuple(
        r.RecusalRecord(fit(x.member_name), x.ds_number, fit(x.candidate_name), x.reason)
        for x in list_recusals(jury_file)
    )
    domain_names = tuple((d.code, d.name) for d in grid.domains)
    dossiers = _dossier_records(jury_file, grid, domain_names)
    president = chair_of(meeting, all_members)
    secretary = names.get(meeting.secretary_id or 0) or _by_role(all_members, MemberRole.SECRETARY)
    return r.ResultsRecord(
        label_name=edition.label_name,
        edition_title=edition.title,
        year=edition.year,
        meeting=r.MeetingRecord(
            meeting.held_on,
            meeting.place,
            president,
            secretary,
            meeting.quorum.statement_fr(),
            opened_time=details.opened_time,
            closed_time=details.closed_time,
            others_present=details.others_present,
            convened_on=details.convened_on,
            agenda=details.agenda,
            vote_method=details.vote_method,
            undecided_reason=details.undecided_reason,
        )
        if recorded
        else None,
        method=_method_record(grid),
        members=members,
        recusals=recusals,
        dossiers=dossiers,
        scores=_score_records(jury_file, names) if with_scores else (),
        domain_names=domain_names,
        audit_events=trail.events,
        audit_head=trail.hash,
        letterhead=get_letterhead(jury_file),
        dossiers_received=counts.received,
        dossiers_admissible=counts.admissible,
    )


def _member_records(
    all_members: list[MemberRow],
    meeting: MeetingInfo,
    excused: Collection[int],
    *,
    recorded: bool,
) -> tuple[r.MemberRecord, ...]:
    """The active members, present or not (None: no attendance recorded), excused or not."""
    present = set(meeting.present)
    return tuple(
        r.MemberRecord(
            mem.id,
            fit(mem.name),
            fit(mem.organisation),
            mem.role,
            (mem.id in present) if recorded else None,
            mem.cert_sha256,
            excused=mem.id in excused and mem.id not in present,
            voting=mem.voting,
        )
        for mem in all_members
        if mem.active
    )


def _dossier_records(
    jury_file: JuryFile, grid: Grid, domain_names: tuple[tuple[str, str], ...]
) -> tuple[r.DossierRecord, ...]:
    """Every dossier with its figures, decision and vote, in dossier number order."""
    level_names = {rule.level: rule.name for rule in grid.level_rules}
    with jury_file.reader() as session:
        officials = {
            d.id: (fit(d.official_name), fit(d.official_function), d.postal_address)
            for d in session.scalars(select(m.Dossier))
        }
    dossiers = []
    for res in compute_results(jury_file):
        decision = res.decision
        official, function, address = officials.get(res.dossier_id, ("", "", ""))
        dossiers.append(
            r.DossierRecord(
                ds_number=res.ds_number,
                candidate_name=fit(res.candidate_name),
                kind=res.kind,
                departement_code=res.departement_code,
                official_name=official,
                official_function=function,
                overall_score=res.aggregate.score,
                domain_scores=tuple(
                    r.DomainScoreRecord(code, name, res.aggregate.domain(code).score)
                    for code, name in domain_names
                ),
                level=None if decision is None else decision.level,
                level_name="" if decision is None else level_names.get(decision.level, NO_LABEL),
                motivation="" if decision is None else decision.motivation,
                recommendations="" if decision is None else decision.recommendations,
                vote=None
                if decision is None
                else r.VoteRecord(
                    decision.votes_for,
                    decision.votes_against,
                    decision.abstentions,
                    decision.by_casting_vote,
                ),
                recused_members=res.recused_members,
                postal_address="\n".join(fit(line) for line in address.splitlines()),
            )
        )
    return tuple(dossiers)


def _method_record(grid: Grid) -> r.MethodRecord:
    """The grid and its levels as the minutes describe them."""
    return r.MethodRecord(
        grid_name=grid.name,
        domain_count=len(grid.domains),
        criterion_count=grid.criterion_count,
        levels=tuple((rule.level, rule.name) for rule in grid.level_rules),
        thresholds=tuple(
            r.ThresholdRecord(
                rule.level,
                rule.min_score,
                rule.min_every_domain,
                tuple(sorted(rule.domain_minimums.items())),
            )
            for rule in sorted(grid.level_rules, key=lambda rule: rule.level)
        ),
        scale_max=float(max((sc.maximum for sc in grid.scales.values()), default=0)),
        criteria=tuple(
            r.CriterionRecord(d.code, d.name, d.weight, c.code, c.label, c.weight)
            for d, c in grid.criteria()
        ),
    )


def chair_of(meeting: MeetingInfo, all_members: list[MemberRow]) -> str:
    """Who chaired the meeting: the jury's president when present, otherwise the member the
    meeting names as its president when present; "" when neither was there."""
    present = set(meeting.present)
    jury_president = next(
        (mem for mem in all_members if mem.role == MemberRole.PRESIDENT and mem.active), None
    )
    if jury_president is not None and jury_president.id in present:
        return jury_president.name
    named = next((mem for mem in all_members if mem.id == meeting.president_id), None)
    return named.name if named is not None and named.id in present else ""


def check_meeting_held(jury_file: JuryFile, *, published_list: bool = False) -> None:
    """Refuse the minutes (or the published list) unless a meeting took place (recorded with
    members present) and someone present chaired it (:func:`chair_of`)."""
    meeting = get_meeting(jury_file)
    if not meeting.present:
        if published_list:
            raise RuleError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "no published list: no meeting is recorded with members present; record "
                    "the meeting and its attendance first (Deliberation > Meeting)",
                )
            )
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "no minutes: no meeting is recorded with members present; record the meeting "
                "and its attendance first (Deliberation > Meeting)",
            )
        )
    all_members = list_members(jury_file)
    if not published_list and not chair_of(meeting, all_members):
        raise RuleError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "no minutes: the jury's president, {president}, is absent and the meeting "
                "names no other member present as its chair; choose who chairs it "
                "(Deliberation > Meeting)",
            ),
            president=_by_role(all_members, MemberRole.PRESIDENT) or "?",
        )


def _by_role(members: list[MemberRow], role: MemberRole) -> str:
    return next((mem.name for mem in members if mem.role == role and mem.active), "")


def _score_records(jury_file: JuryFile, names: dict[int, str]) -> tuple[r.ScoreRecord, ...]:
    with jury_file.reader() as session:
        rows = session.execute(
            select(
                m.Dossier.ds_number,
                m.Dossier.candidate_name,
                m.Score.member_id,
                m.Criterion.code,
                m.Criterion.label,
                m.Score.value,
                m.Score.no_opinion,
                m.Score.comment,
                m.Domain.name,
            )
            .join(m.Dossier, m.Dossier.id == m.Score.dossier_id)
            .join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
            .join(m.Domain, m.Domain.id == m.Criterion.domain_id)
            .where(m.Score.value.is_not(None) | m.Score.no_opinion)
            # Grid order: a criterion's position counts within its domain.
            .order_by(
                m.Dossier.ds_number, m.Score.member_id, m.Domain.position, m.Criterion.position
            )
        )
        return tuple(
            r.ScoreRecord(
                number, cand, names.get(mid, "?"), code, label, value, no_opinion, comment, domain
            )
            for number, cand, mid, code, label, value, no_opinion, comment, domain in rows
        )
