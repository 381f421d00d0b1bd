"""A realistic, fictional demo edition, at any size.

``tnl-jury demo`` uses the default size (30 candidates, 8 members) so that a newcomer meets a
living app; tests and benchmarks call :func:`create_demo` with larger sizes. The output depends
only on the arguments (a seeded random generator), so two runs give the same file content.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from tnl_jury.domain.enums import AnswerType, DossierKind, MemberRole, ProgressStatus
from tnl_jury.domain.grid import Grid
from tnl_jury.services import audit
from tnl_jury.services.edition import load_stored_grid, new_jury_file
from tnl_jury.storage import models as m
from tnl_jury.storage.jury_file import JuryFile

_PLACES = [
    "Saint-Aubin",
    "Montclar",
    "Villeneuve",
    "Beaulieu",
    "Roche",
    "Fontaine",
    "Lavaur",
    "Bellegarde",
    "Castelnau",
    "Mirabel",
    "Pradelles",
    "Chantemerle",
    "Val-Fleuri",
    "Sauveterre",
    "Bois-Joli",
    "Clairefont",
    "Haute-Rive",
    "Malaval",
    "Rivesaltes-le-Bas",
    "Pont-Vieux",
    "Lanvéoc-Plage",
    "Éguilles-Hautes",
    "Œuilly-sur-Aube",
    "Ça-Rivière",
]
_RIVERS = [
    "sur-Loire",
    "sur-Isère",
    "en-Vercors",
    "les-Bains",
    "sur-Mer",
    "la-Forêt",
    "d'Olt",
    "sur-Ardèche",
    "en-Bresse",
    "le-Château",
]
_REGIONS = ["Occitanie", "Bretagne", "Normandie", "Grand Est", "Hauts-de-France"]
_DEPARTEMENTS = [
    ("38", "Isère"),
    ("34", "Hérault"),
    ("29", "Finistère"),
    ("35", "Ille-et-Vilaine"),
    ("69", "Rhône"),
    ("13", "Bouches-du-Rhône"),
    ("31", "Haute-Garonne"),
    ("44", "Loire-Atlantique"),
    ("2A", "Corse-du-Sud"),
    ("974", "La Réunion"),
]
_FIRST = [
    "Claire",
    "Julien",
    "Amina",
    "Pierre",
    "Zoé",
    "Thomas",
    "Hélène",
    "Karim",
    "Léa",
    "François",
    "Nadia",
    "Loïc",
    "Éloïse",
    "Mathis",
    "Anaïs",
    "Gaël",
]
_LAST = [
    "Duval",
    "Martin",
    "Benali",
    "Lefèvre",
    "Œuvray",
    "Garnier",
    "Nguyen",
    "Çelik",
    "Rousseau",
    "Le Goff",
    "Morel",
    "Fabre",
    "Dubois",
    "Perrin",
    "Lambert",
    "Mercier",
]
_FUNCTIONS = {  # by civility, so that titles agree with the person
    "M.": [
        "Maire",
        "1er Adjoint",
        "Adjoint au numérique",
        "Conseiller délégué au numérique",
        "Vice-président chargé du numérique",
        "Président",
    ],
    "Mme": [
        "Maire",
        "1re Adjointe",
        "Adjointe au numérique",
        "Conseillère déléguée au numérique",
        "Vice-présidente chargée du numérique",
        "Présidente",
    ],
}
_TEXTS = {
    "STRAT": [
        "Délibération du conseil municipal de 2022 ; schéma directeur du numérique voté.",
        "La DSI et l'élu au numérique se réunissent chaque mois ; un comité de suivi "
        "associe les services.",
        "Habitudes des agents, logiciels métiers propriétaires imposés par des "
        "partenaires, manque de compétences internes.",
        "2025 : migration de la messagerie.\n2026 : postes des écoles sous Linux.\n"
        "2027 : portail de données.",
    ],
    "INTEROP": [
        "ODF par défaut (LibreOffice) ; PDF pour la diffusion.",
        "Audit RGAA réalisé par un prestataire, schéma pluriannuel publié.",
        "Réemploi des postes vers les écoles, durée de vie portée à 7 ans.",
    ],
    "LOGICIELS": [
        "LibreOffice",
        "Firefox",
        "Thunderbird",
        "openCimetière, QGIS, iParapheur",
        "Serveurs Debian, supervision avec Zabbix, sauvegardes avec Bacula.",
    ],
    "COMM": [
        "Ateliers mensuels à la médiathèque ; formation LibreOffice pour 40 agents.",
        "Rapports de bogues et financement d'une fonctionnalité d'openCimetière.",
        "Articles dans le bulletin municipal, conférence « Libre en fête ».",
    ],
    "DATA": [
        "Licence Ouverte Etalab 2.0",
        "Inventaire des données réalisé en 2024 ; "
        "un référent données par service ; publication trimestrielle.",
    ],
}


@dataclass(frozen=True)
class DemoSize:
    dossiers: int = 30
    members: int = 8
    scored_share: float = 0.6  # share of dossiers that members have started scoring


def create_demo(
    path: str | Path,
    size: DemoSize | None = None,
    *,
    year: int = 2026,
    seed: int = 2026,
    grid_path: str | Path | None = None,
) -> JuryFile:
    """Create a jury file at ``path`` holding a fictional edition, and return it open.

    ``grid_path`` names another grid file (benchmarks use larger grids); the default TNL grid
    when None.
    """
    size = size or DemoSize()
    rng = random.Random(seed)
    jury_file = new_jury_file(
        path, year=year, title=f"Label Territoire Numérique Libre {year}", grid_path=grid_path
    )
    try:
        grid = load_stored_grid(jury_file)
        with jury_file.transaction() as session:
            member_ids = _add_members(session, size.members)
            qualities = _add_dossiers(session, grid, size.dossiers, year, rng)
            dossier_ids = list(qualities)
            recused = (member_ids[-1], dossier_ids[min(3, len(dossier_ids) - 1)])
            session.add(
                m.Recusal(
                    member_id=recused[0],
                    dossier_id=recused[1],
                    reason="Siège au conseil municipal de la commune candidate",
                )
            )
            _add_scores(session, grid, member_ids, qualities, size.scored_share, recused, rng)
            audit.record(
                session,
                jury_file.actor,
                "demo.create",
                dossiers=size.dossiers,
                members=size.members,
                seed=seed,
            )
    except BaseException:
        jury_file.close()
        raise
    return jury_file


def _person(rng: random.Random) -> tuple[str, str]:
    """A fictional person as (civility and name, first name + LAST NAME)."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    civility = (
        "Mme"
        if first in {"Claire", "Amina", "Zoé", "Hélène", "Léa", "Nadia", "Éloïse", "Anaïs"}
        else "M."
    )
    return civility, f"{first} {last.upper()}"


def _add_members(session: Session, count: int) -> list[int]:
    organisations = [
        "April",
        "AFUL",
        "Déclic",
        "CNLL",
        "ADULLACT",
        "Ville de Lanvéoc",
        "Cluster NAOS",
        "DINUM",
    ]
    rows = []
    for i in range(count):
        role = (
            MemberRole.PRESIDENT
            if i == 0
            else (MemberRole.SECRETARY if i == 1 else MemberRole.MEMBER)
        )
        rows.append(
            {
                "name": f"{_FIRST[(i * 5) % len(_FIRST)]} {_LAST[(i * 3) % len(_LAST)]}",
                "organisation": organisations[i % len(organisations)],
                "role": role.value,
                "active": True,
            }
        )
    session.execute(insert(m.JuryMember), rows)
    return list(session.scalars(select(m.JuryMember.id).order_by(m.JuryMember.id)))


def _candidate(rng: random.Random, index: int) -> tuple[str, DossierKind, str, str]:
    """(candidate name, kind, département code, département name)."""
    code, dep_name = _DEPARTEMENTS[index % len(_DEPARTEMENTS)]
    place = _place(index)
    suffix = (
        f" {index // (len(_PLACES) * len(_RIVERS)) + 1}"
        if index >= len(_PLACES) * len(_RIVERS)
        else ""
    )
    kind = (
        [DossierKind.COMMUNE] * 5
        + [DossierKind.EPCI] * 2
        + [DossierKind.DEPARTEMENT, DossierKind.REGION, DossierKind.OTHER]
    )
    chosen = kind[index % len(kind)]
    # One département and one région per round of kinds: take the next one each round (indexing
    # by ``index`` would always land on the same one), numbered once the list is used up.
    nth = index // len(kind)
    if chosen is DossierKind.DEPARTEMENT:
        code, dep_name = _DEPARTEMENTS[nth % len(_DEPARTEMENTS)]
    dep_suffix = f" {nth // len(_DEPARTEMENTS) + 1}" if nth >= len(_DEPARTEMENTS) else ""
    region_suffix = f" {nth // len(_REGIONS) + 1}" if nth >= len(_REGIONS) else ""
    name = {
        DossierKind.COMMUNE: f"Ville de {place}{suffix}",
        DossierKind.EPCI: f"Communauté de communes du Pays de {place}{suffix}",
        DossierKind.DEPARTEMENT: f"Département {dep_name}{dep_suffix}",
        DossierKind.REGION: f"Région {_REGIONS[nth % len(_REGIONS)]}{region_suffix}",
        DossierKind.OTHER: f"Syndicat intercommunal numérique de {place}{suffix}",
    }[chosen]
    return name, chosen, code, dep_name


def _place(index: int) -> str:
    return f"{_PLACES[index % len(_PLACES)]}-{_RIVERS[(index // len(_PLACES)) % len(_RIVERS)]}"


_STREETS = ("PLACE DE LA MAIRIE", "RUE DE LA RÉPUBLIQUE", "AVENUE JEAN JAURÈS", "PLACE DU MARCHÉ")


def _postal_address(index: int, dep_code: str) -> str:
    """A plausible address (street, postcode and town in capitals), from ``index`` alone: the
    random draws, hence every other value of a demo, stay what they were."""
    if len(dep_code) == 3:  # overseas: 974 → 974xx
        postcode = f"{dep_code}{index % 9 * 10 + 10:02d}"
    else:  # Corsica's 2A and 2B are 20xxx
        postcode = ("20" if dep_code in ("2A", "2B") else dep_code) + f"{index % 9 * 10 + 100:03d}"
    street = f"{index % 40 + 1} {_STREETS[index % len(_STREETS)]}"
    return f"{street}\n{postcode} {_place(index).upper()}"


def _answer(rng: random.Random, domain: str, label: str, quality: float) -> tuple[str, str]:
    """A plausible (value type, value) for a form question, better when ``quality`` is high."""
    lowered = label.lower()
    if "(%)" in label:
        return AnswerType.NUMBER, str(int(min(100, max(0, rng.gauss(quality * 25, 12)))))
    if lowered.startswith("nombre"):
        return AnswerType.NUMBER, str(int(max(0, rng.gauss(quality * 30, 10))))
    if lowered.startswith("adresse"):
        return AnswerType.TEXT, f"https://data.exemple-{rng.randint(1, 999)}.fr"
    if label.endswith("?") and lowered.split()[0] in {
        "votre",
        "avez-vous",
        "publiez-vous",
        "vos",
        "contribuez-vous",
    }:
        if rng.random() < 0.08:
            return AnswerType.EMPTY, ""
        return AnswerType.BOOLEAN, "Oui" if rng.random() < 0.2 + quality / 5 else "Non"
    if rng.random() < 0.05:
        return AnswerType.EMPTY, ""
    return AnswerType.TEXT, rng.choice(_TEXTS.get(domain, _TEXTS["STRAT"]))


def _add_dossiers(
    session: Session, grid: Grid, count: int, year: int, rng: random.Random
) -> dict[int, float]:
    """Insert ``count`` dossiers with answers in every domain; return {id: quality 0–4}."""
    hints = grid.import_hints
    opened = dt.datetime(year, 7, 1, 9, 0)
    dossier_rows, answer_sets, qualities = [], [], []
    for i in range(count):
        name, kind, dep_code, dep_name = _candidate(rng, i)
        civility, official = _person(rng)
        function = rng.choice(_FUNCTIONS[civility])
        _, referent = _person(rng)
        quality = min(4.0, max(0.0, rng.gauss(2.0, 1.0)))
        identity = [
            (hints.candidate_name, name),
            (hints.kind, kind.value.upper() if kind is DossierKind.EPCI else kind.value),
            (hints.departement, f"{dep_code} – {dep_name}"),
            (hints.official_name, f"{civility} {official}"),
            (hints.official_function, function),
            (hints.referent_name, referent),
        ]
        answers = [
            (labels[0], AnswerType.TEXT.value, value) for labels, value in identity if labels
        ]
        for domain, criterion in grid.criteria():
            for question in criterion.questions:
                value_type, value = _answer(rng, domain.code, question.label, quality)
                answers.append((question.label, value_type, value))
        answers.append(
            (
                "Remarques complémentaires",
                AnswerType.TEXT.value,
                "Nous serions heureux d'accueillir le jury." if i % 4 == 0 else "",
            )
        )
        dossier_rows.append(
            {
                "ds_number": str(18_000_000 + 37 * i),
                "candidate_name": name,
                "kind": kind.value,
                "departement_code": dep_code,
                "official_name": f"{civility} {official}",
                "official_function": function,
                "referent_name": referent,
                "ds_state": "En instruction",
                "deposited_at": opened + dt.timedelta(hours=7 * i + rng.randint(0, 6)),
                "missing_from_last_import": False,
                "postal_address": _postal_address(i, dep_code),
            }
        )
        answer_sets.append(answers)
        qualities.append(quality)
    session.execute(insert(m.Dossier), dossier_rows)
    ids = list(session.scalars(select(m.Dossier.id).order_by(m.Dossier.id)))
    session.execute(
        insert(m.Answer),
        [
            {
                "dossier_id": dossier_id,
                "position": pos,
                "label": label,
                "value_type": value_type if value else AnswerType.EMPTY.value,
                "value": value,
            }
            for dossier_id, answers in zip(ids, answer_sets, strict=True)
            for pos, (label, value_type, value) in enumerate(answers)
        ],
    )
    return dict(zip(ids, qualities, strict=True))


def _add_scores(
    session: Session,
    grid: Grid,
    member_ids: list[int],
    qualities: dict[int, float],
    share: float,
    recused: tuple[int, int],
    rng: random.Random,
) -> None:
    criteria = dict(iter(session.execute(select(m.Criterion.code, m.Criterion.id))))
    started = list(qualities)[: round(len(qualities) * share)]
    scores, progress = [], []
    now = dt.datetime(2026, 11, 20, 10, 0)
    for dossier_id in started:
        quality = qualities[dossier_id]
        for member_id in member_ids:
            if (member_id, dossier_id) == recused or rng.random() < 0.25:
                continue
            submitted = rng.random() < 0.5
            bias, noise = rng.gauss(0, 0.35), 0.55
            given = 0
            for _, criterion in grid.criteria():
                if not submitted and rng.random() < 0.4:
                    continue
                scale = grid.scale_of(criterion)
                no_opinion = rng.random() < 0.03
                value = (
                    None
                    if no_opinion
                    else int(
                        min(
                            scale.maximum,
                            max(scale.minimum, round(rng.gauss(quality + bias, noise))),
                        )
                    )
                )
                comment = "À approfondir en séance." if rng.random() < 0.05 else ""
                scores.append(
                    {
                        "member_id": member_id,
                        "dossier_id": dossier_id,
                        "criterion_id": criteria[criterion.code],
                        "value": value,
                        "no_opinion": no_opinion,
                        "comment": comment,
                        "entered_by": "demo",
                        "updated_at": now,
                    }
                )
                given += 1
            progress.append(
                {
                    "member_id": member_id,
                    "dossier_id": dossier_id,
                    "status": (
                        ProgressStatus.SUBMITTED if submitted else ProgressStatus.IN_PROGRESS
                    ).value,
                    "proposed_level": min(5, max(0, round(quality + bias + 0.5)))
                    if submitted
                    else None,
                    "general_note": "",
                    "updated_at": now,
                    "submitted_at": now if submitted else None,
                }
            )
    if scores:
        session.execute(insert(m.Score), scores)
    if progress:
        session.execute(insert(m.MemberDossier), progress)
