"""The deliberation screens (issue #5): the results table and its "to discuss" queue
(:mod:`.panel`, :mod:`.results_model`), a dossier's detail (:mod:`.detail`, :mod:`.answers`),
the meeting and decision dialogs, and the presentation mode. Wired into the main window by
:mod:`tnl_jury.gui.deliberation.screen`."""
