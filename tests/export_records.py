"""Results records for the spreadsheet exporter tests, the sample files and the benchmark.

They extend the shared hand-built edition of ``tests/records.py`` (accents and ligatures
everywhere, levels 0 to 5, a recusal, an absent member) with what the spreadsheets need:

* :func:`realistic_record`: that edition plus the detailed scores (long format), with the
  comments members really write — some start with ``+`` (a phone number) or ``-`` (a list);
* :func:`tricky_record`: the realistic one plus everything that has broken exporters elsewhere:
  a candidate named ``=HYPERLINK(...)``, comments ``-1`` and ``@SUM(A1)``, texts starting with
  a tab or a carriage return, Windows line ends, leading and trailing spaces, missing domain
  scores (None), an undecided dossier (level None, no vote) and a laureate whose published line
  starts with ``@``;
* :func:`large_record`: an edition of any size for the benchmark.
"""

from __future__ import annotations

import dataclasses

from records import DOMAINS, LEVEL_NAMES, MEMBERS
from records import sample_record as base_record

from tnl_jury.domain.records import (
    DomainScoreRecord,
    DossierRecord,
    MemberRecord,
    RecusalRecord,
    ResultsRecord,
    ScoreRecord,
    VoteRecord,
)

CRITERIA = (
    ("STRAT-1", "Stratégie formalisée en faveur du libre"),
    ("INTEROP-2", "Formats ouverts « RGI » et accessibilité"),
    ("DATA-1", "Données publiées sur data.gouv.fr"),
)

# Texts an office suite would evaluate if they were written carelessly.
HYPERLINK = '=HYPERLINK("http://x","clic")'
PHONE = "+33 6 12 34 56 78"
MINUS_ONE = "-1"
AT_SUM = "@SUM(A1)"
TAB_TEXT = "\t=1+1 après une tabulation"
CR_TEXT = "\r=2+2 après un retour chariot"
AT_CANDIDATE = "@Ville d’Arobase-sur-Mer"
DANGEROUS = (HYPERLINK, PHONE, MINUS_ONE, AT_SUM, TAB_TEXT, CR_TEXT)

REALISTIC_COMMENTS = (
    "Stratégie votée en conseil municipal le 12 mars ; « feuille de route » publiée.",
    "",
    "- migration de la messagerie\n- formation des agents",
    "Référent joignable au +33 4 76 00 00 00",
    "",
    "Très bon dossier.",
)
TRICKY_COMMENTS = (PHONE, MINUS_ONE, AT_SUM, TAB_TEXT, CR_TEXT, "Très bien ; « excellent »", "")


def _domains(*scores: float | None) -> tuple[DomainScoreRecord, ...]:
    pairs = zip(DOMAINS, scores, strict=True)
    return tuple(DomainScoreRecord(code, name, score) for (code, name), score in pairs)


TRICKY_DOSSIERS = (
    DossierRecord(
        ds_number="1060001",
        candidate_name=HYPERLINK,
        kind="other",
        departement_code="976",
        official_name="",
        official_function="",
        overall_score=None,
        domain_scores=_domains(None, None, None, None, None),
        level=None,
        level_name="",
        motivation="",
        recommendations="",
        vote=None,
    ),
    DossierRecord(
        ds_number="1060002",
        candidate_name=AT_CANDIDATE,
        kind="commune",
        departement_code="2A",
        official_name="M. Ange-Marie COLONNA",
        official_function="Conseiller délégué",
        overall_score=1.583333333333333,
        domain_scores=_domains(2.0, 1.5, None, 1.25, None),
        level=1,
        level_name=LEVEL_NAMES[1],
        motivation="=1+1 n’est pas une formule ici.\r\nDeuxième ligne,  avec deux espaces.",
        recommendations=TAB_TEXT,
        vote=VoteRecord(4, 2, 1),
    ),
    DossierRecord(
        ds_number="1060003",
        candidate_name="Ville d’Écully",
        kind="commune",
        departement_code="69",
        official_name="Mme Anne-Sophie L’HÔTE",
        official_function="-",
        overall_score=0.25,
        domain_scores=_domains(0.25, 0.5, 0.0, None, 0.0),
        level=0,
        level_name=LEVEL_NAMES[0],
        motivation=" Texte qui commence par une espace et finit par deux  ",
        recommendations=CR_TEXT,
        vote=VoteRecord(3, 3, 1),
    ),
)


def _scores(
    dossiers: tuple[DossierRecord, ...],
    members: tuple[MemberRecord, ...],
    recusals: tuple[RecusalRecord, ...],
    comments: tuple[str, ...],
) -> tuple[ScoreRecord, ...]:
    recused = {(r.member_name, r.ds_number) for r in recusals}
    out: list[ScoreRecord] = []
    for d in dossiers:
        for m in members:
            if (m.name, d.ds_number) in recused:
                continue
            for code, label in CRITERIA:
                i = len(out)
                no_opinion = i % 11 == 5
                value = None if no_opinion or i % 13 == 7 else i % 5
                comment = comments[i % len(comments)]
                who = (d.ds_number, d.candidate_name, m.name)
                out.append(ScoreRecord(*who, code, label, value, no_opinion, comment))
    return tuple(out)


def realistic_record() -> ResultsRecord:
    """The shared sample edition with its detailed scores (used for ``docs/samples``)."""
    base = base_record()
    scores = _scores(base.dossiers, base.members, base.recusals, REALISTIC_COMMENTS)
    return dataclasses.replace(base, scores=scores)


def tricky_record() -> ResultsRecord:
    """The realistic edition plus every text and figure that could trip a writer."""
    base = base_record()
    members = (*base.members, MemberRecord(9, "-Membre Tiret", "=Org", "member", None))
    recusals = (
        *base.recusals,
        RecusalRecord("Jean-Noël Bœuf", "1060002", AT_CANDIDATE, "Habite la commune"),
    )
    dossiers = base.dossiers + TRICKY_DOSSIERS
    scores = _scores(dossiers, members, recusals, TRICKY_COMMENTS)
    return dataclasses.replace(
        base, members=members, recusals=recusals, dossiers=dossiers, scores=scores
    )


def large_record(dossiers: int, members: int, criteria: int) -> ResultsRecord:
    """An edition of ``dossiers`` × ``members`` × ``criteria`` detailed scores (benchmark)."""
    member_records = tuple(
        MemberRecord(i, f"Membre n°{i} Lefèvre", "Collectivité", "member", True)
        for i in range(1, members + 1)
    )
    criterion_list = [(f"C-{j:02d}", f"Critère n°{j} « libre »") for j in range(1, criteria + 1)]
    dossier_records: list[DossierRecord] = []
    scores: list[ScoreRecord] = []
    for n in range(dossiers):
        level = n % 6
        number = f"{20000000 + n}"
        name = f"Commune n°{n} de Saint-Étienne-sur-Œuvre"
        dossier_records.append(
            DossierRecord(
                ds_number=number,
                candidate_name=name,
                kind="commune",
                departement_code=f"{n % 95 + 1:02d}",
                official_name="M. Prénom NOM",
                official_function="Maire",
                overall_score=2.25 + n % 7 / 3,
                domain_scores=_domains(1.5, 2.25, None, 3.0, 2.0),
                level=level,
                level_name=LEVEL_NAMES[level],
                motivation="Motivation sur\ndeux lignes, « argumentée ».",
                recommendations="Recommandations.",
                vote=VoteRecord(members - 2, 1, 1),
            )
        )
        for m in member_records:
            for j, (code, label) in enumerate(criterion_list):
                # One score in three has its own comment: the writers' text caches miss.
                k = len(scores)
                comment = f"Bien, mais à confirmer (remarque n°{k})" if k % 3 == 0 else ""
                scores.append(ScoreRecord(number, name, m.name, code, label, j % 5, False, comment))
    base = base_record()
    return dataclasses.replace(
        base,
        members=member_records,
        recusals=(),
        dossiers=tuple(dossier_records),
        scores=tuple(scores),
    )


__all__ = ["DANGEROUS", "MEMBERS", "large_record", "realistic_record", "tricky_record"]
