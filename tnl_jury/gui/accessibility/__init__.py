"""Accessible interfaces of our own widgets, for screen readers (AT-SPI on Linux, UI
Automation on Windows).

Qt builds an accessible interface for each widget it knows (buttons, lists…). For a widget of
ours that needs another role or a value (the announcement strip, the scoring scale), a module
calls :func:`register` with the widget's class and a function making its interface; one
factory, installed once through ``QAccessible.installFactory``, hands those out and leaves
every other widget to Qt. Contract: the interface made for a widget is kept alive (Qt caches
it, Python must hold it) until the widget is destroyed; it is made on first query.

The factory is installed once a ``QApplication`` exists (:func:`ensure_installed`; every
widget registered here calls it when made): PySide installs one entry for all Python
factories, at its first call, and Qt asks the factories installed last first. Installed after
the application's own factory, ours is asked first, also for classes Qt has an interface for
(``QStackedWidget``, :mod:`.hidden`); installed before, Qt's would win for those.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Maker = Callable[[QWidget], QAccessibleInterface]

_makers: dict[type[QWidget], Maker] = {}
_interfaces: dict[int, QAccessibleInterface] = {}
_installed = False


def register(widget_class: type[QWidget], maker: Maker) -> None:
    """Widgets of ``widget_class`` (and its subclasses) get ``maker(widget)`` as their
    accessible interface (once the factory is installed: see the module's contract)."""
    _makers[widget_class] = maker
    ensure_installed()


def ensure_installed() -> None:
    """Install the factory, once, if the ``QApplication`` exists (else nothing yet)."""
    global _installed
    if not _installed and QCoreApplication.instance() is not None:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_class_name: str, obj: QObject | None) -> QAccessibleInterface | None:
    if obj is None or not shiboken6.isValid(obj):
        return None
    for widget_class, maker in _makers.items():
        if isinstance(obj, widget_class):
            return _keep(obj, maker)
    return None


def _keep(widget: QWidget, maker: Maker) -> QAccessibleInterface:
    key = id(widget)
    interface = _interfaces.get(key)
    if interface is None:
        interface = maker(widget)
        _interfaces[key] = interface
        widget.destroyed.connect(lambda *_: _interfaces.pop(key, None))
    return interface
