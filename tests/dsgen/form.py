"""The fictional Démarches Simplifiées form of the label, field by field, in form order.

The form holds the identity fields named in the ``[import]`` section of the default grid, every
question of ``resources/grids/tnl-default.toml`` (the label ``Précisez`` twice), a few extra fields
that no criterion claims, a field removed in a later revision of the form, two repeated blocks
(one that no dossier fills) and the instructors' private annotations.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FieldKind = Literal[
    "text",
    "textarea",
    "email",
    "address",
    "yes_no",
    "integer",
    "decimal",
    "date",
    "datetime",
    "checkbox",
    "multiple",
    "dropdown",
    "linked_dropdown",
    "commune",
    "departement",
    "attachment",
]
"""The DS field types the generator knows, each with its own export format."""


@dataclass(frozen=True)
class Field:
    """One form field ("champ"): its label as the procedure's author typed it, and its type.

    ``removed`` marks a field deleted in a later revision of the form: DS still exports its column,
    filled only for the dossiers deposited before the deletion.
    """

    stable_id: int
    label: str
    kind: FieldKind
    choices: tuple[str, ...] = ()
    private: bool = False
    removed: bool = False
    extra: bool = False  # no criterion of the default grid claims it


@dataclass(frozen=True)
class Block:
    """A repeated block ("répétition"): no column in ``Dossiers``, a sheet of its own."""

    stable_id: int
    label: str
    fields: tuple[Field, ...]


IDENTITY_LABELS: dict[str, str] = {
    "candidate_name": "Nom de la collectivité",
    "kind": "Type de collectivité",
    "departement": "Département",
    "official_name": "Nom de l'élu porteur du dossier",
    "official_function": "Fonction de l'élu porteur du dossier",
    "referent_name": "Nom du référent technique",
}
"""The ``[import]`` identity fields of the default grid, by key."""

COLLECTIVITE_KINDS = (
    "Commune",
    "Communauté de communes",
    "Communauté d'agglomération",
    "Métropole",
    "Département",
    "Syndicat mixte",
)

PUBLIC_FIELDS: tuple[Field | Block, ...] = (
    Field(101, "Nom de la collectivité", "text"),
    Field(102, "Type de collectivité", "dropdown", COLLECTIVITE_KINDS),
    Field(103, "Département", "departement"),
    Field(104, "Commune du siège", "commune", extra=True),
    Field(105, "Adresse de la mairie", "address", extra=True),
    Field(106, "Nombre d'habitants", "integer", extra=True),
    Field(107, "Nom de l'élu porteur du dossier", "text"),
    Field(108, "Fonction de l'élu porteur du dossier", "text"),
    Field(109, "Nom du référent technique", "text"),
    Field(110, "Courriel du référent technique", "email", extra=True),
    Field(
        111,
        "Utilisez-vous encore des logiciels propriétaires ?",
        "yes_no",
        removed=True,
        extra=True,
    ),
    # STRAT
    Field(
        201,
        "Votre collectivité a-t-elle adopté une stratégie numérique favorisant le logiciel libre ?",
        "yes_no",
    ),
    Field(202, "Décrivez les enjeux de cette stratégie", "textarea"),
    Field(203, "Date de la délibération", "date", extra=True),
    Field(204, "Comment la démarche est-elle portée en interne ?", "textarea"),
    Field(205, "Date et heure du dernier comité de pilotage", "datetime", extra=True),
    Field(
        206,
        "Quels freins avez-vous rencontrés ?",
        "multiple",
        (
            "Habitudes des agents",
            "Marchés publics",
            "Compétences internes",
            "Interopérabilité avec les partenaires",
            "Logiciels métiers captifs",
        ),
    ),
    Field(207, "Décrivez votre plan d'action pour les années à venir", "textarea"),
    Field(208, "Part des logiciels libres mutualisés déployés (%)", "decimal"),
    Field(
        209,
        "Avec quelles structures mutualisez-vous ?",
        "multiple",
        ("ADULLACT", "Comptoir du libre", "Syndicat informatique départemental", "Autre"),
    ),
    # INTEROP
    Field(
        301,
        "Quels formats de documents utilisez-vous par défaut ?",
        "multiple",
        ("ODF (odt, ods)", "PDF", "DOCX / XLSX", "CSV", "Markdown"),
    ),
    Field(
        302, "Vos documents publiés en ligne sont-ils proposés dans un format ouvert ?", "yes_no"
    ),
    Field(303, "Avez-vous publié une déclaration d'accessibilité (RGAA) ?", "yes_no"),
    Field(304, "Taux de conformité RGAA de votre site principal (%)", "decimal"),
    Field(305, "Quelles actions de sobriété numérique menez-vous ?", "textarea"),
    # LOGICIELS
    Field(
        401,
        "Quelle suite bureautique est installée sur les postes ?",
        "dropdown",
        ("LibreOffice", "OnlyOffice", "Collabora Online", "Microsoft Office", "Mixte"),
    ),
    Field(
        402,
        "Quel navigateur est installé par défaut ?",
        "dropdown",
        ("Firefox", "Chromium", "Edge", "Chrome"),
    ),
    Field(
        403,
        "Quel logiciel de messagerie utilisez-vous ?",
        "linked_dropdown",
        ("Client de bureau;Thunderbird", "Client de bureau;Outlook", "Webmail;SOGo"),
    ),
    Field(
        404,
        "Quels logiciels métiers libres utilisez-vous ?",
        "multiple",
        ("openCimetière", "QGIS", "iParapheur", "webdelib", "Pastell", "GLPI", "Nextcloud"),
    ),
    Field(405, "Précisez", "text"),
    Block(
        88731,
        "Logiciels libres déployés [détail]",
        (
            Field(88732, "Nom du logiciel", "text"),
            Field(88733, "Métier", "dropdown", ("État civil", "Urbanisme", "Finances", "RH")),
            Field(88734, "Année de mise en service", "integer"),
        ),
    ),
    Field(406, "Vos serveurs fonctionnent-ils sous GNU/Linux ?", "yes_no"),
    Field(407, "Nombre de postes de travail sous GNU/Linux", "integer"),
    Field(408, "Nombre total de postes de travail", "integer"),
    Block(
        88740,
        "Marchés publics / lots ?",
        (Field(88741, "Objet du marché", "text"), Field(88742, "Montant (€)", "decimal")),
    ),
    # COMM
    Field(501, "Quelles actions de sensibilisation ou de formation avez-vous menées ?", "textarea"),
    Field(502, "Nombre d'agents formés aux logiciels libres cette année", "integer"),
    Field(503, "Contribuez-vous à des projets de logiciels libres ?", "yes_no"),
    Field(504, "Précisez", "text"),
    Field(505, "Comment communiquez-vous sur votre démarche ?", "textarea"),
    # DATA
    Field(601, "Publiez-vous des données ouvertes ?", "yes_no"),
    Field(602, "Nombre de jeux de données publiés", "integer"),
    Field(603, "Adresse de votre portail de données", "text"),
    Field(
        604,
        "Sous quelle licence publiez-vous vos données ?",
        "dropdown",
        ("Licence Ouverte Etalab 2.0", "ODbL", "CC-BY 4.0"),
    ),
    Field(605, "Décrivez votre stratégie d'ouverture des données", "textarea"),
    # closing fields
    Field(
        701,
        "Pièces justificatives (délibération, schéma directeur…)",
        "attachment",
        extra=True,
    ),
    Field(
        702,
        "J'atteste sur l'honneur l'exactitude des informations fournies",
        "checkbox",
        extra=True,
    ),
)
"""Public fields and repeated blocks, in form order."""

PRIVATE_FIELDS: tuple[Field, ...] = (
    Field(901, "Avis du rapporteur", "textarea", private=True, extra=True),
    Field(902, "Note proposée par l'instruction (sur 4)", "decimal", private=True, extra=True),
    Field(903, "Visite sur site effectuée", "checkbox", private=True, extra=True),
    Field(904, "Date de la visite", "date", private=True, extra=True),
)
"""The instructors' private annotations ("annotations privées"), exported after public fields."""


def flat_fields() -> list[Field]:
    """Every field that has columns in the ``Dossiers`` sheet, in column order."""
    return [f for f in PUBLIC_FIELDS if isinstance(f, Field)] + list(PRIVATE_FIELDS)


def blocks() -> list[Block]:
    """The repeated blocks of the form, in form order."""
    return [b for b in PUBLIC_FIELDS if isinstance(b, Block)]


def field_by_label(label: str, occurrence: int = 1) -> Field:
    """The ``occurrence``-th field (1-based) carrying ``label`` among the ``Dossiers`` fields."""
    matches = [f for f in flat_fields() if f.label == label]
    return matches[occurrence - 1]
