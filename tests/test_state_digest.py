"""The minutes' state digest does not move when the record's shape does: minutes signed by an
earlier version still match their unchanged jury file."""

from __future__ import annotations

import dataclasses

from records import sample_record

from tnl_jury.domain.records import state_digest

# The sample record's digest as the version that carried the method as two French sentences
# (before the documents worded it themselves) computed it.
BEFORE_THE_WORDING_MOVED = "c1719c63bfb8a922e58560ed3e7b91fd10c76e1e9d17adb18d8a38e5a6151ab2"


def test_the_digest_of_the_sample_is_the_one_signed_minutes_carry() -> None:
    assert state_digest(sample_record()) == BEFORE_THE_WORDING_MOVED


def test_the_method_still_counts_in_the_digest() -> None:
    record = sample_record()
    other = dataclasses.replace(
        record, method=dataclasses.replace(record.method, criterion_count=22)
    )
    assert state_digest(other) != state_digest(record)
