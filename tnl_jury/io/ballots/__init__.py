"""Ballot files (``.tnlb``): a juror's scores, signed, carried on a USB key (#7).

A ballot is one UTF-8 JSON document::

    {
      "format": "tnl-jury-ballot",
      "version": 1,
      "signature": {"algorithm": "Ed25519", "key": "<fingerprint>", "value": "<base64>"},
      "payload": { ...what the juror hands in... }
    }

The signature covers the *canonical* bytes of ``payload`` (keys sorted, no spaces, UTF-8, no
floats) after the domain-separation prefix :data:`~tnl_jury.io.ballots.codec.SIGNED_PREFIX`;
the reader re-serialises the parsed payload the same way and the verifier checks those bytes,
so what is verified is exactly what is used. ``key`` is the SHA-256 of the raw Ed25519 public
key; the verifier looks the public key up in the secretariat's jury file (the ballot does not
carry it, so a forger cannot bring their own). See :mod:`.model` for the payload's fields and
:mod:`.codec` for the limits applied to untrusted files.

Modules: :mod:`.keys` (Ed25519 keys, fingerprints, signing), :mod:`.model` (the dataclasses),
:mod:`.codec` (writing and strict reading).
"""
