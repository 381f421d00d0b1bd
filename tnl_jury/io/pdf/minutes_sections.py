"""Parts of the minutes a French jury's procès-verbal carries (#19), apart from
:mod:`.minutes` so that its layout stays readable:

* :func:`opening` and :func:`closing`: the convocation's date and the agenda, the session
  opened at / closed at (``9 h 30``), under whose chair, "l’ordre du jour étant épuisé";
* :func:`composition`: voting members present, members excused, members absent, and the people
  present without a vote (secretariat, observers);
* :func:`dossier_counts`: dossiers received, admissible and examined; how the votes were
  taken (show of hands, secret ballot); then "Après en avoir délibéré";
* :func:`decision_block`: one dossier's decision kept on one page with its headings (the level's
  heading for the first dossier of a level), so that no heading ends a page alone and no
  decision is split unless it is longer than a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from tnl_jury.domain.records import MemberRecord, ResultsRecord
from tnl_jury.io.pdf import fonts
from tnl_jury.io.pdf.layout import Styles, heading
from tnl_jury.io.pdf.text import french_date, join_fr, plural

W: dict[str, str] = {
    "convened": "Les membres du jury ont été convoqués le {date}.",
    "agenda": "Ordre du jour :",
    "vote_show_of_hands": "Chaque décision a été mise aux voix à main levée.",
    "vote_secret_ballot": "Chaque décision a été mise aux voix au scrutin secret.",
    "opened": "La séance est ouverte à {time} sous la présidence de {president}.",
    "closed": "L’ordre du jour étant épuisé, la séance est levée à {time}.",
    "closed_no_time": "L’ordre du jour étant épuisé, la séance est levée.",
    "present": "Membres présents, avec voix délibérative ({n})",
    "excused": "Membres excusés ({n})",
    "absent": "Membres absents ({n})",
    "others": "Assistent également à la séance, sans voix délibérative : {names}.",
    "received": "Le jury a été saisi de {received}, dont {admissible}.",
    "examined": "Il a examiné {examined} au cours de la séance.",
    "deliberated": "Après en avoir délibéré, le jury arrête les décisions suivantes.",
    "undecided_reason": "Motif : {reason}.",
}


def french_time(hh_mm: str) -> str:
    """``09:30`` → ``9 h 30``; ``14:00`` → ``14 h``; empty stays empty."""
    if not hh_mm:
        return ""
    hours, minutes = hh_mm.split(":")
    return f"{int(hours)}\u00a0h" + (f"\u00a0{minutes}" if minutes != "00" else "")


def opening(record: ResultsRecord, st: Styles) -> list[Flowable]:
    """The convocation's date, the agenda (numbered items) and the opening sentence, each when
    recorded."""
    meeting = record.meeting
    if meeting is None:
        return []
    p = fonts.para
    out: list[Flowable] = []
    if meeting.convened_on is not None:
        convened = W["convened"].format(date=french_date(meeting.convened_on))
        out.append(Paragraph(p(convened), st.body))
    if meeting.agenda:
        out.append(Paragraph(p(W["agenda"]), st.body))
        out += [Paragraph(p(f"{i}. {item}"), st.line) for i, item in enumerate(meeting.agenda, 1)]
    if meeting.opened_time:
        text = W["opened"].format(
            time=french_time(meeting.opened_time), president=meeting.president or "…"
        )
        out.append(Paragraph(p(text), st.body))
    return out


def closing(record: ResultsRecord, st: Styles) -> list[Flowable]:
    """The closing sentence (with the closing time when recorded) once a meeting is recorded."""
    meeting = record.meeting
    if meeting is None:
        return []
    if meeting.closed_time:
        text = W["closed"].format(time=french_time(meeting.closed_time))
    else:
        text = W["closed_no_time"]
    return [Paragraph(fonts.para(text), st.body)]


def composition(
    record: ResultsRecord,
    st: Styles,
    table: Callable[[Sequence[MemberRecord], Styles], Flowable],
) -> list[Flowable]:
    """Present (voting), excused, absent members as tables (``table(members, st)``, the
    minutes' own), then those present without a vote."""
    present = [m for m in record.members if m.present and m.voting]
    excused = [m for m in record.members if m.present is False and m.excused]
    absent = [m for m in record.members if m.present is False and not m.excused]
    # Members without a deliberative vote who attended join the others present without one.
    silent = [f"{m.name}, {_capacity(m)}" for m in record.members if m.present and not m.voting]
    out: list[Flowable] = []
    groups: Sequence[tuple[str, list[MemberRecord]]] = (
        ("present", present),
        ("excused", excused),
        ("absent", absent),
    )
    for key, members in groups:
        if members:
            out += heading(W[key].format(n=len(members)), st.h2)
            out.append(table(members, st))
    meeting = record.meeting
    others = [*silent, *(meeting.others_present if meeting is not None else ())]
    if others:
        names = join_fr(others)
        out.append(Spacer(1, 6))
        out.append(Paragraph(fonts.para(W["others"].format(names=names)), st.body))
    return out


def _capacity(member: MemberRecord) -> str:
    """How a member without a vote is named among the others present: their role (in lower
    case, after the name) and their organisation."""
    role = CAPACITIES.get(member.role, "membre du jury")
    return f"{role} ({member.organisation})" if member.organisation else role


CAPACITIES = {
    "president": "président du jury",
    "vice_president": "vice-président du jury",
    "secretary": "secrétaire de séance",
    "member": "membre du jury",
}


def dossier_counts(record: ResultsRecord, st: Styles) -> list[Flowable]:
    """Dossiers received, admissible, examined; then "après en avoir délibéré"."""
    examined = sum(1 for d in record.dossiers if d.level is not None)
    out: list[Flowable] = []
    if record.dossiers_received is not None:
        admissible = record.dossiers_admissible
        if admissible is None:
            admissible = record.dossiers_received
        received = plural(record.dossiers_received, "dossier") + " de candidature"
        adm = plural(admissible, "recevable") if admissible != 1 else "1 recevable"
        out.append(
            Paragraph(fonts.para(W["received"].format(received=received, admissible=adm)), st.body)
        )
    out.append(
        Paragraph(fonts.para(W["examined"].format(examined=plural(examined, "dossier"))), st.body)
    )
    method = record.meeting.vote_method if record.meeting else ""
    if examined and f"vote_{method}" in W:
        out.append(Paragraph(fonts.para(W[f"vote_{method}"]), st.body))
    if examined:
        out.append(Paragraph(fonts.para(W["deliberated"]), st.body))
    return out


def undecided_reason(record: ResultsRecord, st: Styles) -> list[Flowable]:
    """Why the dossiers without a decision were left, when the meeting's record says it."""
    reason = record.meeting.undecided_reason if record.meeting else ""
    if not reason:
        return []
    text = W["undecided_reason"].format(reason=reason.rstrip("."))
    return [Paragraph(fonts.para(text), st.body)]


def decision_block(
    level_heading: Paragraph | None, dossier_heading: Paragraph, body: list[Flowable]
) -> list[Flowable]:
    """One decision, kept together with its headings (split only when taller than a page)."""
    parts: list[Flowable] = [level_heading] if level_heading is not None else []
    parts.append(dossier_heading)
    return [KeepTogether([*parts, *body])]
