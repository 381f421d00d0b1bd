"""The seeded generator of fictional dossiers: :func:`make_dossiers`, :func:`make_export`."""

from __future__ import annotations

import datetime as dt
import random

from . import pools
from .form import Field, blocks, flat_fields
from .model import (
    PARIS,
    STATES,
    TERMINAL_STATES,
    Attachment,
    Avis,
    Commune,
    Departement,
    Dossier,
    Etablissement,
    Export,
    Individual,
    ProcedureKind,
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _luhn_complete(prefix: str) -> str:
    return next(prefix + str(d) for d in range(10) if _luhn_ok(prefix + str(d)))


def _etablissement(rng: random.Random, kind: str, place: pools.Place, name: str) -> Etablissement:
    siren = _luhn_complete("2" + rng.choice("0145") + f"{rng.randrange(10**6):06d}")
    siret = _luhn_complete(siren + "0001")
    forme, code = pools.FORMES_JURIDIQUES[kind]
    tva_key = (12 + 3 * (int(siren) % 97)) % 97
    street = rng.choice(["de la Mairie", "du Général-Leclerc", "des Tilleuls", "Jean-Jaurès"])
    number = str(rng.randint(1, 40))
    return Etablissement(
        siret=siret,
        siege_social=True,
        naf="84.11Z",
        libelle_naf="Administration publique générale",
        adresse=f"{name.upper()}\n{number} PLACE {street.upper()}\n"
        f"{place.postal_code} {place.name.upper()}",
        numero_voie=number,
        type_voie="PL",
        nom_voie=street.upper(),
        complement_adresse="",
        code_postal=place.postal_code,
        localite=place.name.upper(),
        code_insee_localite=place.insee,
        entreprise_siren=siren,
        entreprise_numero_tva=f"FR{tva_key:02d}{siren}",
        entreprise_forme_juridique=forme,
        entreprise_forme_juridique_code=code,
        entreprise_raison_sociale=name.upper(),
        entreprise_siret_siege_social=siret,
        entreprise_code_effectif=rng.choice(["11", "21", "22", "31"]),
        entreprise_date_creation=dt.date(rng.choice([1983, 1992, 2002, 2017]), 1, 1),
    )


def _long_text(rng: random.Random) -> str:
    paragraphs = [" ".join(rng.sample(pools.PHRASES, rng.randint(1, 3)))]
    if rng.random() < 0.5:
        paragraphs.append("\n".join(rng.sample(pools.BULLETS, rng.randint(2, 3))))
    if rng.random() < 0.5:
        paragraphs.append(rng.choice(pools.PHRASES))
    return "\n\n".join(paragraphs)


_TEXTS: dict[int, tuple[str, ...]] = {
    405: (
        "openCimetière pour l'état civil, QGIS pour l'urbanisme.",
        "Voir la liste détaillée ci-dessous.",
    ),
    504: (
        "Contributions au code d'openCimetière (2 correctifs fusionnés).",
        "Adhésion à l'ADULLACT depuis 2021 ; fiche « Comptoir du libre » tenue à jour.",
    ),
    603: ("https://data.exemple-collectivite.example/", "https://opendata.exemple.example/portail"),
}


def _value(rng: random.Random, f: Field, when: dt.datetime) -> object:
    """A random answer for a field that the candidate did answer."""
    if f.kind == "textarea":
        return _long_text(rng)
    if f.kind == "yes_no" or f.kind == "checkbox":
        return rng.random() < 0.7
    if f.kind == "integer":
        return rng.randint(1, 400)
    if f.kind == "decimal":
        return round(rng.uniform(0, 4 if f.stable_id == 902 else 100), 1)
    if f.kind == "date":
        return (when - dt.timedelta(days=rng.randint(30, 900))).date()
    if f.kind == "datetime":
        day = when - dt.timedelta(days=rng.randint(3, 60))
        return day.replace(hour=rng.choice([9, 14, 18]), minute=rng.choice([0, 30]), second=0)
    if f.kind == "multiple":
        return tuple(c for c in f.choices if rng.random() < 0.45) or (f.choices[0],)
    if f.kind in ("dropdown", "linked_dropdown"):
        return rng.choice(f.choices)
    if f.kind == "text":
        return rng.choice(_TEXTS.get(f.stable_id, ("Voir la délibération jointe.",)))
    raise ValueError(f"no generic value for {f.kind}")


def _dates(
    rng: random.Random, deposited: dt.datetime, state: str
) -> tuple[dt.datetime | None, dt.datetime | None, dt.datetime, dt.datetime]:
    instruction = processed = None
    last = deposited + dt.timedelta(minutes=rng.randint(0, 30))
    if state != "En construction":
        instruction = deposited + dt.timedelta(days=rng.randint(2, 15), minutes=rng.randint(1, 600))
    if state in TERMINAL_STATES and instruction is not None:
        processed = instruction + dt.timedelta(
            days=rng.randint(5, 30), seconds=rng.randint(1, 9999)
        )
    elif state == "En construction" and rng.random() < 0.5:
        last = deposited + dt.timedelta(days=rng.randint(1, 10), seconds=rng.randint(1, 9999))
    updated = max(x for x in (last, instruction, processed) if x is not None)
    updated += dt.timedelta(seconds=rng.randint(1, 3600))
    return instruction, processed, last, updated


def make_dossiers(
    n: int,
    seed: int = 2026,
    *,
    kind: ProcedureKind = "entity",
    start: dt.datetime = dt.datetime(2026, 2, 2, 8, 0, tzinfo=PARIS),
    first_id: int = 21034567,
) -> list[Dossier]:
    """``n`` fictional dossiers, sorted by deposit date (Paris time, both CET and CEST).

    Every state appears once ``n >= 5``; dossiers still ``En construction`` leave more questions
    unanswered; the removed field is answered only by the three oldest dossiers; dossiers 0 and 1
    attach an identical file; one attachment of dossier 1 is missing from the zip.
    """
    rng = random.Random(seed)
    states = [STATES[i % len(STATES)] for i in range(n)]
    rng.shuffle(states)
    deposits = sorted(
        (
            start + dt.timedelta(days=rng.randrange(100), seconds=rng.randrange(15 * 3600))
        ).astimezone(PARIS)
        for _ in range(n)
    )
    dossiers: list[Dossier] = []
    next_id = first_id
    attachment_id = 40_000 + rng.randrange(5000)
    for i, (state, deposited) in enumerate(zip(states, deposits, strict=True)):
        next_id += rng.randint(1, 4000)
        place = pools.PLACES[(seed + i) % len(pools.PLACES)]
        ckind = rng.choice(list(pools.FORMES_JURIDIQUES))
        name = pools.collectivite_name(ckind, place)
        blank_rate = 0.3 if state == "En construction" else 0.08
        answers: dict[int, object] = {}
        for f in flat_fields():
            answers[f.stable_id] = None
            if f.private:
                if state == "En construction" or rng.random() < 0.3:
                    continue
            elif f.removed:
                if i >= 3:
                    continue
            elif f.kind not in ("attachment", "checkbox") and rng.random() < blank_rate:
                continue
            answers[f.stable_id] = _value(rng, f, deposited) if f.kind in _GENERIC else None
        person = f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.LAST_NAMES)}"
        referent = f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.LAST_NAMES)}"
        domain = place.name.lower().replace(" ", "-").replace("'", "")
        answers.update(
            {
                101: name + (" " if i == 2 else ""),  # quirk: a trailing space in a name
                102: ckind,
                103: Departement(place.dep_code, place.dep_name),
                104: Commune(
                    place.name, place.postal_code, place.insee, place.dep_code, place.dep_name
                ),
                105: f"{rng.randint(1, 40)} place de la Mairie {place.postal_code} {place.name}",
                107: person,
                108: rng.choice(pools.FUNCTIONS),
                109: referent,
                110: f"dsi@{domain}.example",
                702: state != "En construction" or rng.random() < 0.5,
            }
        )
        if i == 3:  # quirk: Windows line ends in a long text, a formula-looking answer
            answers[202] = "Première ligne.\r\nDeuxième ligne « avec guillemets »."
            answers[504] = "=SOMME(A1:A3) n'est pas une formule"
        files: list[Attachment] = []
        for k in range(1 + rng.randrange(3)):
            attachment_id += rng.randint(1, 50)
            fname = pools.ATTACHMENT_NAMES[(i + k) % len(pools.ATTACHMENT_NAMES)]
            when = deposited - dt.timedelta(minutes=rng.randint(5, 600))
            files.append(Attachment(fname, when, attachment_id, f"{seed}-{i}-{k}", missing=False))
        if i in (0, 1):
            attachment_id += 1
            when = deposited - dt.timedelta(minutes=3)
            files.append(Attachment(pools.SHARED_ATTACHMENT, when, attachment_id, "shared"))
        if i == 1:
            attachment_id += 1
            files.append(Attachment("scan-illisible.pdf", deposited, attachment_id, "x", True))
        answers[701] = tuple(files)
        instruction, processed, last, updated = _dates(rng, deposited, state)
        individual = None
        if kind == "individual":
            for_tiers = i % 3 == 1
            individual = Individual(
                rng.choice(["M.", "Mme"]),
                rng.choice(pools.LAST_NAMES),
                rng.choice(pools.FIRST_NAMES),
                for_tiers,
                rng.choice(pools.LAST_NAMES) if for_tiers else None,
                rng.choice(pools.FIRST_NAMES) if for_tiers else None,
            )
        dossier = Dossier(
            id=next_id,
            email=f"secretariat@{domain}.example",
            france_connect=i % 4 == 1,
            state=state,
            archived=state in TERMINAL_STATES and i % 2 == 0,
            deposited_at=deposited,
            instruction_at=instruction,
            processed_at=processed,
            last_champ_updated_at=last,
            updated_at=updated,
            motivation=pools.MOTIVATIONS.get(state),
            instructors=tuple(rng.sample(pools.INSTRUCTORS, rng.randint(0, 2))),
            groupe_instructeur=place.region,
            etablissement=_etablissement(rng, ckind, place, name),
            individual=individual,
            answers=answers,
        )
        _add_rows_avis_files(rng, dossier, i)
        dossiers.append(dossier)
    return dossiers


_GENERIC = {
    "textarea",
    "yes_no",
    "checkbox",
    "integer",
    "decimal",
    "date",
    "datetime",
    "multiple",
    "dropdown",
    "linked_dropdown",
    "text",
}


def _add_rows_avis_files(rng: random.Random, d: Dossier, i: int) -> None:
    """Repeated-block rows (only the first block is ever filled), avis, other zip folders."""
    block = blocks()[0]
    if i % 3 != 2:
        rows = []
        for name, metier in rng.sample(pools.SOFTWARE, rng.randint(1, 3)):
            year = rng.randint(2012, 2025)
            ids = [f.stable_id for f in block.fields]
            rows.append(dict(zip(ids, [name, metier, year], strict=True)))
        d.rows[block.stable_id] = rows
    if d.instruction_at is not None and i % 2 == 0:
        asked = d.instruction_at + dt.timedelta(days=1, minutes=rng.randint(0, 500))
        answered = asked + dt.timedelta(days=rng.randint(1, 9), minutes=rng.randint(0, 500))
        d.avis.append(
            Avis(
                d.id,
                "Pouvez-vous confirmer le taux de conformité RGAA annoncé ?",
                None if i % 4 == 2 else "Confirmé après vérification : « partiellement conforme ».",
                asked,
                answered,
                rng.choice(pools.INSTRUCTORS),
                rng.choice(pools.EXPERTS),
            )
        )
    when = d.deposited_at + dt.timedelta(days=1)
    if i % 4 == 0:
        d.other_files["messagerie"] = [Attachment("complement.pdf", when, 7000 + i, f"msg-{i}")]
    if d.avis:
        d.other_files["avis"] = [Attachment("avis-expert.pdf", when, 7100 + i, f"avis-{i}")]
    if d.state == "Accepté":
        d.other_files["dossier"] = [Attachment("attestation.pdf", when, 7200 + i, f"att-{i}")]


def make_export(
    n: int = 8,
    seed: int = 2026,
    *,
    kind: ProcedureKind = "entity",
    procedure_path: str = "label-territoire-numerique-libre-2026",
    exported_at: dt.datetime = dt.datetime(2026, 6, 2, 9, 15, 42, tzinfo=PARIS),
    routing: bool = True,
) -> Export:
    """A whole export of ``n`` dossiers (see :func:`make_dossiers`)."""
    return Export(procedure_path, exported_at, make_dossiers(n, seed, kind=kind), kind, routing)
