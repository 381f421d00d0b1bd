"""Qt's own strings that Qt's French catalogue (``qtbase_fr.qm``) lacks.

Qt 6's file dialog labels carry shortcut marks (``&Look in:``) that its French catalogue only has
without them, so a French file dialog said "Look in:" and "Files of type:". Marked here under
Qt's own context, they enter our catalogue (``lupdate`` keeps them, ``tnl_jury_fr.ts`` translates
them); our translator, installed after Qt's, answers for them. Nothing imports this module: the
marks are for ``lupdate``, and ``tests/gui/test_i18n.py`` checks a French file dialog.
"""

from tnl_jury.domain.errors import QT_TRANSLATE_NOOP

QFILEDIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
