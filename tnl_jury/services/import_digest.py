"""Digests of a parsed dossier: what a re-import compares instead of every answer.

:func:`dossier_digest` covers the identity and the answers, :func:`side_digest` the repeated-
block rows and the notes apart, which a csv cannot carry (an import of a csv compares the first
only). Fields are joined with the ASCII separators, which spreadsheet cells do not hold.
"""

from __future__ import annotations

import hashlib
import json

from tnl_jury.io.ds.parse import ParsedAnswer, ParsedDossier

DIGEST_VERSION = 4  # 4: the postal address


def dossier_digest(d: ParsedDossier) -> str:
    """A digest of what an import stores for a dossier but its block rows and notes (see
    :func:`side_digest`): equal digests, nothing to do.

    Fields are joined with the ASCII unit and record separators, which spreadsheet cells do
    not hold (xlsx and ods cannot store them): cheaper than JSON for 100,000 answers.
    """
    head = [
        str(DIGEST_VERSION),
        d.state,
        d.deposited_at.isoformat() if d.deposited_at else "",
        d.candidate_name,
        d.kind,
        d.departement_code,
        d.official_name,
        d.official_function,
        d.referent_name,
        d.registry_name,
        d.postal_address,
    ]
    digest = hashlib.sha256("\x1f".join(head).encode())
    digest.update("\x1e".join([_answer_text(a) for a in d.answers]).encode())
    return digest.hexdigest()


def side_digest(d: ParsedDossier) -> str:
    """A digest of a dossier's repeated-block rows and notes, which a csv cannot carry."""
    digest = hashlib.sha256(str(DIGEST_VERSION).encode())
    for b in d.blocks:
        digest.update(f"\x1d{b.block_key}\x1f{b.block_label}\x1f{b.row_number}\x1e".encode())
        digest.update("\x1e".join([_answer_text(c) for c in b.cells]).encode())
    for n in d.notes:
        digest.update(json.dumps(["note", n.question, n.answer, n.author, n.cells]).encode())
    return digest.hexdigest()


def _answer_text(a: ParsedAnswer) -> str:
    companions = json.dumps(a.companions) if a.companions else ""
    return f"{a.label}\x1f{a.occurrence}\x1f{a.value_type}\x1f{a.value}\x1f{companions}"
