"""Juror packages and ballots in the GUI (issue #7).

``actions`` (make the packages, hand in a ballot, import ballots: choose paths, work off the
GUI thread, say what happened), ``juror_mode`` (the window as a member sees their package: their
scoring screen and the "Hand in my ballot" tab, nothing else), ``summary_dialog`` (what an
import did, per member and per ballot), ``conflicts_dialog`` (both values side by side, the
secretariat chooses), ``texts`` (values in words). The menu lives in
:mod:`tnl_jury.gui.ballots.menu`.
"""
