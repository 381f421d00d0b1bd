"""The documents that leave the room, in the GUI: the results export dialog, the minutes,
letters and published list, the signing of the minutes in turn, the verification of a signed
PDF and the jury CA (issue #6).

Every file is written by a service (:mod:`tnl_jury.services.outputs`) or by
:mod:`tnl_jury.io.signing` inside a work function run off the GUI thread
(:meth:`~tnl_jury.gui.main_window.MainWindow.run_task`); pyHanko, pikepdf and reportlab are
only imported there, never when the window starts. The menu entries are installed by
:mod:`tnl_jury.gui.outputs.menu`.
"""
