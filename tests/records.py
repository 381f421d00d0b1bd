"""A hand-built :class:`ResultsRecord` for the PDF tests, ``tools/make_samples.py`` and
``benchmarks/bench_pdf.py``.

:func:`sample_record` is a realistic edition: 8 members (one absent, one recusal), 6 dossiers
at levels 0 to 5 whose names are full of accents and ligatures (Œuilly-sur-Aube, Ça-Rivière,
« guillemets »), and a motivation long enough to wrap across a page break. ``sample_record(60)``
adds generated dossiers for the benchmark.
"""

from __future__ import annotations

import datetime as dt

from tnl_jury.domain.records import (
    DomainScoreRecord,
    DossierRecord,
    MeetingRecord,
    MemberRecord,
    MethodRecord,
    RecusalRecord,
    ResultsRecord,
    VoteRecord,
)

DOMAINS = (
    ("STRAT", "Stratégie et mutualisation"),
    ("INTEROP", "Interopérabilité et accessibilité"),
    ("LOG", "Logiciels et systèmes libres"),
    ("COM", "Communication et éco-système"),
    ("DATA", "Ouverture des données publiques"),
)
# As the default grid names them: the name already says the level; level 0 is "Aucun label".
LEVELS = (
    (1, "Niveau 1 — Premiers pas"),
    (2, "Niveau 2 — Initiatives"),
    (3, "Niveau 3 — Politique structurée"),
    (4, "Niveau 4 — Politique affirmée"),
    (5, "Niveau 5 — Excellence"),
)
LEVEL_NAMES = {0: "Aucun label", **dict(LEVELS)}

MEMBERS = (
    MemberRecord(1, "Zoé Œuvray-Çelik", "ADULLACT", "president", True),
    MemberRecord(2, "François Lefèvre", "April", "secretary", True),
    MemberRecord(3, "Hélène N’Diaye", "AFUL", "member", True),
    MemberRecord(4, "Jean-Noël Bœuf", "CNLL", "member", True),
    MemberRecord(5, "Maëlle Dupré-Séguin", "Déclic", "member", True),
    MemberRecord(6, "Ægidius Ørsted", "Cluster NAOS", "member", True),
    MemberRecord(7, "Agnès Ébrard", "Commune de Saint-Étienne-du-Rouvray", "member", True),
    MemberRecord(8, "Côme Thévenin", "DINUM", "member", False),
)

LONG_MOTIVATION = " ".join(
    [
        "La collectivité d’Œuilly-sur-Aube présente une politique du numérique libre "
        "exemplaire, structurée et pérenne, portée au plus haut niveau par l’exécutif.",
        "Le jury salue la migration complète des postes de travail vers un environnement "
        "GNU/Linux, accompagnée d’un plan de formation des agents qui a touché "
        "l’ensemble des services, y compris l’état civil et la police municipale.",
        "La mutualisation avec les communes voisines au sein du syndicat informatique a "
        "permis de déployer openCimetière, QGIS et une suite bureautique libre commune, "
        "et les contributions reversées aux projets amont sont régulières et documentées.",
        "Les données publiques sont publiées sous licence ouverte, avec un calendrier tenu, "
        "des jeux de données de qualité (budget, délibérations, équipements) et une "
        "documentation claire ; l’accessibilité (RGAA) du site est auditée chaque année.",
    ]
    * 6
    + ["En conclusion, le jury distingue unanimement une démarche remarquable et durable."]
)


def _scores(base: float) -> tuple[DomainScoreRecord, ...]:
    return tuple(
        DomainScoreRecord(code, name, round(min(4.0, base + 0.1 * i), 2))
        for i, (code, name) in enumerate(DOMAINS)
    )


def _dossier(
    number: str,
    name: str,
    dept: str,
    official: str,
    function: str,
    level: int | None,
    motivation: str,
    recommendations: str,
    vote: tuple[int, int, int] | None,
    recused: tuple[str, ...] = (),
    kind: str = "commune",
) -> DossierRecord:
    score = None if level is None else round(0.3 + 0.68 * level, 2)
    return DossierRecord(
        ds_number=number,
        candidate_name=name,
        kind=kind,
        departement_code=dept,
        official_name=official,
        official_function=function,
        overall_score=score,
        domain_scores=_scores(score or 0.0),
        level=level,
        level_name="" if level is None else LEVEL_NAMES[level],
        motivation=motivation,
        recommendations=recommendations,
        vote=VoteRecord(*vote) if vote else None,
        recused_members=recused,
    )


DOSSIERS = (
    _dossier(
        "1048213",
        "Ville d’Œuilly-sur-Aube",
        "10",
        "Mme Éléonore FAŸ-LŒWE",
        "Maire",
        5,
        LONG_MOTIVATION,
        "Partager l’expérience de migration avec les collectivités du département ; "
        "publier le plan de formation sous licence libre.",
        (7, 0, 0),
    ),
    _dossier(
        "1048377",
        "Commune de Ça-Rivière",
        "974",
        "M. Jérôme ÇA",
        "1er Adjoint",
        4,
        "Une politique affirmée : « Le libre d’abord » est inscrit dans le schéma directeur "
        "numérique ; la messagerie et la bureautique sont libres.",
        "Ouvrir davantage de données (délibérations, marchés publics).",
        (5, 1, 0),
        recused=("Agnès Ébrard",),
    ),
    _dossier(
        "1049001",
        "Communauté de communes « Cœur de Béarn »",
        "64",
        "Mme Ségolène D’ARAGON",
        "Vice-présidente déléguée au numérique",
        3,
        "Politique structurée, aucun domaine délaissé ; le référent technique anime un "
        "réseau d’agents « ambassadeurs du libre ».",
        "Formaliser une stratégie de contribution aux logiciels utilisés.",
        (6, 0, 1),
        kind="epci",
    ),
    _dossier(
        "1049115",
        "Ville de La Tronche",
        "38",
        "M. Prénom NOM",
        "1er Adjoint",
        2,
        "Des initiatives ciblées : navigateur et suite bureautique libres dans les écoles.",
        "Élaborer un plan d’action pluriannuel ; sensibiliser les élus.",
        (4, 1, 2),
    ),
    _dossier(
        "1049230",
        "Village de Saint-Aignan-Grand-Lieu",
        "44",
        "Mme Noémie GAËTAN",
        "Maire",
        1,
        "Une première étape : découverte du libre, sans stratégie encore.",
        "Identifier un référent ; remplacer un premier logiciel métier.",
        (7, 0, 0),
    ),
    _dossier(
        "1049342",
        "Département de l’Ardèche",
        "07",
        "M. Benoît MÜLLER",
        "Président",
        0,
        "Le dossier ne décrit pas encore d’usage du logiciel libre : le jury "
        "n’attribue pas le label cette année.",
        "Candidater à nouveau l’an prochain après un premier projet ; contacter l’ADULLACT.",
        (6, 0, 1),
        kind="departement",
    ),
)

RECUSALS = (
    RecusalRecord(
        "Agnès Ébrard",
        "1048377",
        "Commune de Ça-Rivière",
        "Élue d’une commune membre de la même intercommunalité.",
    ),
)

MEETING = MeetingRecord(
    held_on=dt.date(2025, 11, 18),
    place="Montpellier, Maison de la Région",
    president="Zoé Œuvray-Çelik",
    secretary="François Lefèvre",
    quorum_statement="7 membres présents sur 8 : le quorum est atteint.",
)

METHOD = MethodRecord(
    grid_name="TNL 2025",
    domain_count=5,
    criterion_count=21,
    levels=LEVELS,
)


def _generated(index: int) -> DossierRecord:
    level = index % 6
    return _dossier(
        str(1050000 + index),
        f"Commune n° {index} de Sainte-Œnone-lès-Çà",
        f"{(index % 95) + 1:02d}",
        f"M. Évariste GÉNÉRÉ-{index}",
        "Adjoint au numérique",
        level,
        "Motivation générée : une politique du libre décrite avec précision, des "
        "réalisations concrètes, des « pistes » de progrès identifiées. " * 3,
        "Poursuivre l’effort ; publier les données ; former les agents.",
        (6, 1, 0),
    )


def sample_record(dossiers: int = 6) -> ResultsRecord:
    """The sample edition; with ``dossiers`` > 6, generated dossiers are added."""
    extra = tuple(_generated(i) for i in range(max(0, dossiers - len(DOSSIERS))))
    return ResultsRecord(
        label_name="Territoire Numérique Libre",
        edition_title="Label Territoire Numérique Libre 2025",
        year=2025,
        meeting=MEETING,
        method=METHOD,
        members=MEMBERS,
        recusals=RECUSALS,
        dossiers=DOSSIERS + extra,
        domain_names=DOMAINS,
    )
