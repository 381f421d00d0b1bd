"""The data model of a fictional DS export (the generator is :mod:`dsgen.generate`).

:func:`dsgen.generate.make_export` returns an :class:`Export` whose dossiers hold *raw* answers
(Python values: ``bool`` for yes/no and checkboxes, ``None`` for "no answer", :class:`Commune`,
tuples of :class:`Attachment`…). :mod:`dsgen.tables` turns them into the cells DS writes, per
format and variant; tests compare what the importer read with these raw answers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal
from zoneinfo import ZoneInfo

from .form import flat_fields

PARIS = ZoneInfo("Europe/Paris")
STATES = ("En construction", "En instruction", "Accepté", "Refusé", "Classé sans suite")
"""The states DS exports (drafts, "Brouillon", are never exported)."""
TERMINAL_STATES = STATES[2:]
ProcedureKind = Literal["entity", "individual"]


@dataclass(frozen=True)
class Commune:
    """Value of a commune field: exported as ``Name (postal code)`` + INSEE code + département."""

    name: str
    postal_code: str
    insee: str
    dep_code: str
    dep_name: str


@dataclass(frozen=True)
class Departement:
    """Value of a département field: exported as ``34 – Hérault`` (en dash) + its code."""

    code: str
    name: str


@dataclass(frozen=True)
class Attachment:
    """A file attached to a field (or to a message, an avis, the dossier itself).

    ``name`` is the file name the candidate uploaded (the spreadsheet shows it); in the zip the file
    is ``<stem>-<dd-mm-YYYY-HH-MM>-<attachment_id % 10000><ext>``. ``content_key`` decides the
    bytes: two attachments with the same key have identical content. ``missing`` files are listed
    in ``-LISTE-DES-FICHIERS-EN-ERREURS.txt`` instead of being in the zip.
    """

    name: str
    created_at: dt.datetime
    attachment_id: int
    content_key: str
    missing: bool = False

    @property
    def zip_name(self) -> str:
        stem, dot, ext = self.name.rpartition(".")
        if not dot:
            stem, ext = self.name, ""
        stamp = self.created_at.strftime("%d-%m-%Y-%H-%M")
        return f"{stem}-{stamp}-{self.attachment_id % 10000}" + (f".{ext}" if ext else "")


@dataclass(frozen=True)
class Etablissement:
    """The SIRET block data DS fetched for the dossier's establishment (API Entreprise)."""

    siret: str
    siege_social: bool
    naf: str
    libelle_naf: str
    adresse: str
    numero_voie: str
    type_voie: str
    nom_voie: str
    complement_adresse: str
    code_postal: str
    localite: str
    code_insee_localite: str
    entreprise_siren: str
    entreprise_numero_tva: str
    entreprise_forme_juridique: str
    entreprise_forme_juridique_code: str
    entreprise_raison_sociale: str
    entreprise_siret_siege_social: str
    entreprise_code_effectif: str
    entreprise_date_creation: dt.date
    entreprise_etat_administratif: str = "actif"


@dataclass(frozen=True)
class Individual:
    """Identity of a procedure for a person (``Civilité``, ``Nom``, ``Prénom``, mandataire)."""

    civilite: str
    nom: str
    prenom: str
    for_tiers: bool
    mandataire_nom: str | None
    mandataire_prenom: str | None


@dataclass(frozen=True)
class Avis:
    """An expert's opinion requested by an instructor (one row of the ``Avis`` sheet)."""

    dossier_id: int
    question: str
    answer: str | None
    created_at: dt.datetime
    answered_at: dt.datetime
    instructor: str
    expert: str


@dataclass
class Dossier:
    """One dossier as DS knows it. ``answers`` maps a field's ``stable_id`` to its raw value."""

    id: int
    email: str
    france_connect: bool
    state: str
    archived: bool
    deposited_at: dt.datetime
    instruction_at: dt.datetime | None
    processed_at: dt.datetime | None
    last_champ_updated_at: dt.datetime
    updated_at: dt.datetime
    motivation: str | None
    instructors: tuple[str, ...]
    groupe_instructeur: str
    etablissement: Etablissement
    individual: Individual | None
    answers: dict[int, object]
    rows: dict[int, list[dict[int, object]]] = field(default_factory=dict)
    avis: list[Avis] = field(default_factory=list)
    other_files: dict[str, list[Attachment]] = field(default_factory=dict)  # folder → files

    @property
    def name(self) -> str:
        """The candidate's name (answer to ``Nom de la collectivité``)."""
        return str(self.answers[101]).strip()

    def attachments(self) -> list[Attachment]:
        """Files attached to form fields (``pieces_justificatives/`` in the zip)."""
        found: list[Attachment] = []
        for f in flat_fields():
            if f.kind == "attachment":
                found.extend(self.answers[f.stable_id] or ())  # type: ignore[call-overload]
        return found


@dataclass
class Export:
    """A whole export: the procedure, the moment of the export and its dossiers (deposit order)."""

    procedure_path: str
    exported_at: dt.datetime
    dossiers: list[Dossier]
    kind: ProcedureKind = "entity"
    routing: bool = True

    @property
    def base_name(self) -> str:
        """``dossiers_<procedure-path>_<YYYY-MM-DD_HH-MM>``, DS's name for the export files."""
        return f"dossiers_{self.procedure_path}_{self.exported_at:%Y-%m-%d_%H-%M}"

    def by_id(self, dossier_id: int) -> Dossier:
        return next(d for d in self.dossiers if d.id == dossier_id)
