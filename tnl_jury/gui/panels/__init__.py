"""The panels of the main window: the welcome panel and one tab per view of the jury file.

A tab panel follows the :class:`~tnl_jury.gui.panels.common.FilePanel` protocol, so that other
screens plug into :meth:`tnl_jury.gui.main_window.MainWindow.add_panel` the same way.
"""
