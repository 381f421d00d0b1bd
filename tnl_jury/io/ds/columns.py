"""Recognising the columns of a ``Dossiers`` sheet from its header row.

Contract of :func:`analyse_header`:

* the fixed columns of Démarches Simplifiées (``ID``, ``État du dossier``, ``Déposé le``,
  ``Entreprise raison sociale``, the 31 ``Établissement …`` columns of csv exports…, older
  names such as ``Archivé`` included) are recognised by their header, wherever they stand,
  accents, case and spacing aside; only the first column carrying a fixed header is fixed.
  Headers that a form field could also carry (``Email``, ``Civilité``, ``Nom``, ``Prénom``,
  ``Date de naissance``) are fixed only inside the block of fixed columns, which DS writes
  before the form's fields;
* every other column is an answer, in column order, with its header as label and an
  occurrence number telling apart equal labels (1 = the leftmost);
* ``L (Code)``, ``L (Code INSEE)``, ``L (Département)`` and any ``L (…)`` column that follows
  the column ``L`` (or its other companions) is a companion of that answer, keyed by the text
  in brackets, not an answer of its own;
* columns named by the caller (the dossier number and the candidate's name of a template-based
  export) are neither fixed nor answers;
* an export template's default headers (``N° dossier``, ``Date de dépôt``, ``Adresse
  électronique``… see the reference) are fixed columns too, ``N° dossier`` being the dossier
  number;
* the variant is ``template`` without an ``ID`` or ``État du dossier`` column (or when the
  number's column is ``N° dossier``), ``current`` with
  the 2024 columns (``FranceConnect ?`` or ``Dernière mise à jour du dossier le``), else
  ``pre2024``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple

Variant = Literal["current", "pre2024", "template"]

ESTABLISHMENT_HEADERS = (
    "Établissement SIRET",
    "Établissement siège social",
    "Établissement NAF",
    "Établissement libellé NAF",
    "Établissement Adresse",
    "Établissement numero voie",
    "Établissement type voie",
    "Établissement nom voie",
    "Établissement complément adresse",
    "Établissement code postal",
    "Établissement localité",
    "Établissement code INSEE localité",
    "Entreprise SIREN",
    "Entreprise capital social",
    "Entreprise numero TVA intracommunautaire",
    "Entreprise forme juridique",
    "Entreprise forme juridique code",
    "Entreprise nom commercial",
    "Entreprise raison sociale",
    "Entreprise SIRET siège social",
    "Entreprise code effectif entreprise",
    "Entreprise date de création",
    "Entreprise état administratif",
    "Entreprise nom",
    "Entreprise prénom",
    "Association RNA",
    "Association titre",
    "Association objet",
    "Association date de création",
    "Association date de déclaration",
    "Association date de publication",
)

# Fixed columns that only Démarches Simplifiées writes: recognised wherever they stand.
_METADATA_HEADERS = {
    "ID": "id",
    "FranceConnect ?": "france_connect",
    "Dépôt pour un tiers": "for_third_party",
    "Nom du mandataire": "agent_last_name",
    "Prénom du mandataire": "agent_first_name",
    "Domaine Fonctionnel": "chorus_domain",
    "Référentiel De Programmation": "chorus_programme",
    "Centre De Coût": "chorus_cost_centre",
    "À archiver": "archived",
    "Archivé": "archived",
    "État du dossier": "state",
    "Dernière mise à jour le": "updated_at",
    "Dernière mise à jour du dossier le": "dossier_updated_at",
    "Déposé le": "deposited_at",
    "Passé en instruction le": "instruction_at",
    "Traité le": "processed_at",
    "Motivation de la décision": "motivation",
    "Instructeurs": "instructors",
    "Groupe instructeur": "instructor_group",
    # An export template's default headers (the instructor may retype any of them).
    "N° dossier": "id",
    "France connecté ?": "france_connect",
    "Date du dernier évènement": "last_event_at",
    "Date de dernière modification (usager)": "dossier_updated_at",
    "Date de dépôt": "deposited_at",
    "Date de passage en construction": "construction_at",
    "Date de passage en instruction": "instruction_at",
    "Date de traitement": "processed_at",
    "Date d’expiration": "expires_at",
}
TEMPLATE_ID_HEADER = "N° dossier"
# Fixed columns whose header a form field could carry too.
_AMBIGUOUS_HEADERS = {
    "Email": "email",
    "Civilité": "civility",
    "Nom": "last_name",
    "Prénom": "first_name",
    "Date de naissance": "birth_date",
    "Adresse électronique": "email",  # the template's defaults that a field could carry
    "Date de création": "created_at",
    "Labels": "labels",
}
_DECISION_DATE_PREFIX = "date decision"  # "Date décision …" varies with the procedure
_COMPANION_RE = re.compile(r"^(.*\S)\s+\(([^()]+)\)$")


def header_key(text: str) -> str:
    """A header compared loosely: accents, case, apostrophes and spacing aside."""
    text = text.replace("’", "'").replace("\u00a0", " ")
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def establishment_key(header: str) -> str:
    """The key of an ``Établissement …`` / ``Entreprise …`` column in a layout's ``fixed``."""
    return "establishment:" + header_key(header)


_FIXED_BY_KEY = {header_key(h): k for h, k in _METADATA_HEADERS.items()}
_FIXED_BY_KEY.update({header_key(h): establishment_key(h) for h in ESTABLISHMENT_HEADERS})
_AMBIGUOUS_BY_KEY = {header_key(h): k for h, k in _AMBIGUOUS_HEADERS.items()}
RAISON_SOCIALE = establishment_key("Entreprise raison sociale")
FORME_JURIDIQUE = establishment_key("Entreprise forme juridique")
_BLOCK_ANCHORS = frozenset(
    {
        "state",
        "deposited_at",
        "archived",
        "instructors",
        "instructor_group",
        "processed_at",
        "motivation",
        "instruction_at",
        "updated_at",
        "dossier_updated_at",
        "last_event_at",
        "construction_at",
        "expires_at",
    }
)


class AnswerColumn(NamedTuple):
    """One answer column: its index (``column``), label, occurrence and companion columns by
    suffix (a NamedTuple: the import's hot loop unpacks it)."""

    column: int
    label: str
    occurrence: int
    companions: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class ColumnLayout:
    """What :func:`analyse_header` recognised in a header row."""

    headers: tuple[str, ...]
    fixed: dict[str, int]  # fixed column key → index (first occurrence)
    answers: tuple[AnswerColumn, ...]
    variant: Variant
    reserved: dict[str, int] = field(default_factory=dict)  # caller-named columns → index
    ignored: tuple[int, ...] = ()  # columns with an empty header

    def find(self, label: str) -> int | None:
        """The index of the first column whose header is ``label`` (compared loosely)."""
        return find_header(self.headers, label)


def find_header(headers: Sequence[str], label: str) -> int | None:
    """The index of the first header equal to ``label`` (compared loosely), or None."""
    wanted = header_key(label)
    for i, header in enumerate(headers):
        if header_key(header) == wanted:
            return i
    return None


def find_occurrence(headers: Sequence[str], label: str, occurrence: int) -> int | None:
    """The index of the ``occurrence``-th header (1-based) equal to ``label`` (compared
    loosely), or None."""
    wanted = header_key(label)
    seen = 0
    for i, header in enumerate(headers):
        if header_key(header) == wanted:
            seen += 1
            if seen == occurrence:
                return i
    return None


def classify(header: str) -> str | None:
    """The fixed-column key of ``header`` when it is an unambiguous DS column, else None."""
    key = header_key(header)
    if key.startswith(_DECISION_DATE_PREFIX):
        return "decision_date"
    return _FIXED_BY_KEY.get(key)


def analyse_header(
    headers: Sequence[str],
    *,
    reserved: dict[str, int] | None = None,
    recognise_fixed: bool = True,
) -> ColumnLayout:
    """Recognise the columns of ``headers`` (see the module's contract).

    ``reserved`` maps names (``"id"``, ``"name"``) to columns the caller claims; columns
    with an empty header are ignored (listed in ``ignored``);
    ``recognise_fixed`` False reads every other column as an answer (repeated-block sheets).
    """
    reserved = dict(reserved or {})
    claimed = set(reserved.values())
    fixed: dict[str, int] = {}
    keys: list[str | None] = []
    for i, header in enumerate(headers):
        key = None if i in claimed or not recognise_fixed else classify(header)
        if key is not None and key in fixed:
            key = None  # a second "ID" column is a form field
        if key is not None:
            fixed[key] = i
        keys.append(key)
    _claim_ambiguous(headers, keys, fixed, claimed)

    answers: list[AnswerColumn] = []
    ignored: list[int] = []
    seen: dict[str, int] = {}
    current: AnswerColumn | None = None  # the answer the next companion would belong to
    for i, header in enumerate(headers):
        if keys[i] is not None or i in claimed:
            current = None
            continue
        label = " ".join(header.split())
        if not label:
            ignored.append(i)
            continue
        match = _COMPANION_RE.match(label)
        if current is not None and match and match.group(1) == current.label:
            current = AnswerColumn(
                current.column,
                current.label,
                current.occurrence,
                (*current.companions, (match.group(2), i)),
            )
            answers[-1] = current
            continue
        occurrence = seen.get(label, 0) + 1
        seen[label] = occurrence
        current = AnswerColumn(i, label, occurrence)
        answers.append(current)
    variant = _variant(fixed)
    if "id" in fixed and header_key(headers[fixed["id"]]) != "id":
        variant = "template"  # "N° dossier": an export template's default header
    return ColumnLayout(tuple(headers), fixed, tuple(answers), variant, reserved, tuple(ignored))


def _claim_ambiguous(
    headers: Sequence[str], keys: list[str | None], fixed: dict[str, int], claimed: set[int]
) -> None:
    """Mark ``Email``, ``Nom``… fixed when they stand in DS's block of fixed columns: before
    its last dossier column, or in the run of fixed columns right after it."""
    anchors = [i for key, i in fixed.items() if key in _BLOCK_ANCHORS]
    if not anchors:
        return
    end = max(anchors)
    while end + 1 < len(headers) and (
        keys[end + 1] is not None or header_key(headers[end + 1]) in _AMBIGUOUS_BY_KEY
    ):
        end += 1
    for i in range(end + 1):
        key = _AMBIGUOUS_BY_KEY.get(header_key(headers[i]))
        if key is not None and keys[i] is None and key not in fixed and i not in claimed:
            fixed[key] = i
            keys[i] = key


DOSSIER_STATES = frozenset(
    header_key(state)
    for state in (
        "En construction",
        "En instruction",
        "Accepté",
        "Refusé",
        "Classé sans suite",
        "Sans suite",
        "Brouillon",
    )
)
"""The states Démarches Simplifiées writes in "État du dossier" (compared loosely)."""


def with_state_column(
    layout: ColumnLayout, values_of: Callable[[int], Sequence[str]]
) -> ColumnLayout:
    """``layout`` with the dossier's state recognised by its values when no header said it.

    An export template may call "État du dossier" anything ("Statut", "État"…): an answer
    column whose every filled cell is a Démarches Simplifiées state (at least one) is that
    column. ``values_of(index)`` gives the texts of a column. Without such a column, or when
    the state is known already, ``layout`` is returned as is.
    """
    if "state" in layout.fixed:
        return layout
    for answer in layout.answers:
        if answer.companions:
            continue
        filled = [header_key(v) for v in values_of(answer.column) if v.strip()]
        if filled and all(v in DOSSIER_STATES for v in filled):
            return replace(
                layout,
                fixed={**layout.fixed, "state": answer.column},
                answers=tuple(a for a in layout.answers if a is not answer),
            )
    return layout


def _variant(fixed: dict[str, int]) -> Variant:
    if "id" not in fixed or "state" not in fixed:
        return "template"
    if "france_connect" in fixed or "dossier_updated_at" in fixed:
        return "current"
    return "pre2024"
