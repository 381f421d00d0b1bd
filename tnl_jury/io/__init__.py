"""Input and output: importers (Démarches Simplifiées exports), exporters, PDF, signatures.

Importing this package installs one warning filter, for a known warning of a library that this
layer imports (and nothing else): pyHanko imports cryptography's DSA classes, and cryptography ≥ 51
warns about DSA on that import. We never use DSA (member keys are RSA), and the two lines of
``CryptographyDeprecationWarning`` would otherwise reach every user's terminal on ``sign``,
``keys``, ``minutes`` and ``verify``. The filter matches that message raised from pyHanko's own
modules only, so any other warning, or the same one from our code, still shows.
"""

import warnings

warnings.filterwarnings(
    "ignore",
    message=r"DSA is deprecated",
    category=UserWarning,  # cryptography's CryptographyDeprecationWarning derives from it
    module=r"pyhanko(_certvalidator)?(\.|$)",
)
