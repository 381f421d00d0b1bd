"""The minutes' state digest does not move when the record's shape does: minutes signed by an
earlier version still match their unchanged jury file."""

from __future__ import annotations

import dataclasses

from records import sample_record

from tnl_jury.domain.records import state_digest

# The sample record's digest as version f188274 computed it: before the documents worded the
# method themselves and before the record carried the candidates' postal addresses.
BEFORE_THE_WORDING_MOVED = "2072daf2972fad69ac0a55e2fd1ccc81ee3f6ca3d4ae54fce31b59c4858b69a2"


def test_the_digest_of_the_sample_is_the_one_signed_minutes_carry() -> None:
    assert state_digest(sample_record()) == BEFORE_THE_WORDING_MOVED


def test_the_method_still_counts_in_the_digest() -> None:
    record = sample_record()
    other = dataclasses.replace(
        record, method=dataclasses.replace(record.method, criterion_count=22)
    )
    assert state_digest(other) != state_digest(record)


def test_a_postal_address_does_not_count_in_the_digest() -> None:
    """The minutes do not print it: minutes signed before the addresses were imported (the
    first re-import after the upgrade fills them in) still match."""
    record = sample_record()
    dossiers = tuple(
        dataclasses.replace(d, postal_address="1 rue X\n75001 PARIS") for d in record.dossiers
    )
    assert state_digest(dataclasses.replace(record, dossiers=dossiers)) == state_digest(record)
