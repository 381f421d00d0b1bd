"""Electronic signatures of our PDFs: keys (:mod:`.keys`), signing (:mod:`.sign`), the visible
stamp (:mod:`.stamp`) and verification (:mod:`.verify`). PAdES B-B, fully offline.

This package imports nothing at start-up; pyHanko (slow to import) is only imported inside the
functions that use it.
"""
