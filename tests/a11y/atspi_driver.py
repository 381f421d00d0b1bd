"""Listen to tnl-jury as a screen reader does, on a real accessibility bus (AT-SPI).

Run by the system's python3 (it needs ``pyatspi``, a Debian package), inside a private D-Bus
session: ``dbus-run-session -- python3 atspi_driver.py CONFIG.json``. It starts Xvfb, the
AT-SPI bus and registry, openbox, then the app (``config["app"]``, with Qt's accessibility
on), and optionally Orca writing its debug log (``config["orca_log"]``). Then it plays
``config["steps"]`` (xdotool keys, each followed by a pause) and writes to
``config["out"]`` a JSON document: per step, the events that reached the bus (focus, showing,
value, name) with their object's role, name and value, the number of name, description
and sensitivity changes (``counts``), and the focused object at the end of the step; after
the steps named in ``config["trees"]``, the app's whole accessible tree (each object's
role, name, states, and whether it sits in a hidden screen). With Orca, once the steps are
played, the app stays up until Orca said ``config["orca_until"]`` (or a timeout).

Not a test by itself: ``tests/a11y/test_screen_reader_path.py`` runs it and asserts.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def start(command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)


def start_display() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as stream:
        number = stream.readline().strip()
    return xvfb, f":{number}"


def describe(obj: Any) -> dict[str, Any]:
    """Role, name, description and value of an accessible object."""
    record: dict[str, Any] = {}
    try:
        record["role"] = obj.getRoleName()
        record["name"] = obj.name
        record["description"] = obj.description
    except Exception as exc:  # the object went away meanwhile
        record["error"] = str(exc)
        return record
    with contextlib.suppress(Exception):
        record["value"] = obj.queryValue().currentValue
    return record


TREE_LIMIT = 6000  # objects: a runaway tree is a finding, not a hang


def walk_tree(pyatspi: Any, root: Any) -> list[dict[str, Any]]:
    """Every object under ``root``: its path of indexes, role, name, states, and whether an
    ancestor is not showing (it sits inside a hidden screen)."""
    found: list[dict[str, Any]] = []
    with contextlib.suppress(Exception):  # what the app says now, not what was cached
        root.clearCache()

    def visit(obj: Any, path: list[int], hidden_above: bool) -> None:
        if len(found) >= TREE_LIMIT:
            return
        try:
            states = [pyatspi.stateToString(s) for s in obj.getState().getStates()]
            record = {
                "path": path,
                "role": obj.getRoleName(),
                "name": obj.name,
                "states": states,
                "hidden_above": hidden_above,
            }
            count = obj.childCount
        except Exception as exc:  # the object went away meanwhile
            found.append({"path": path, "error": str(exc)})
            return
        found.append(record)
        if record["role"] in ("table", "tree table", "list", "tree") and count > 40:
            count = 40  # cells: a few rows tell enough
        below = hidden_above or "showing" not in states
        for index in range(count):
            try:
                child = obj.getChildAtIndex(index)
            except Exception:
                continue
            if child is not None:
                visit(child, [*path, index], below)

    visit(root, [], False)
    return found


def app_root(pyatspi: Any, pid: int) -> Any:
    """The application's accessible root, found by its process id."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        candidate = desktop.getChildAtIndex(index)
        with contextlib.suppress(Exception):
            if candidate is not None and candidate.get_process_id() == pid:
                return candidate
    return None


def main() -> int:
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    processes: list[subprocess.Popen[bytes]] = []
    xvfb, display = start_display()
    processes.append(xvfb)
    os.environ["DISPLAY"] = display
    os.environ["GTK_MODULES"] = "gail:atk-bridge"
    processes.append(start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"]))
    time.sleep(1.0)
    processes.append(start(["/usr/libexec/at-spi2-registryd"]))
    time.sleep(0.5)
    if shutil.which("openbox"):
        processes.append(start(["openbox"]))
        time.sleep(0.5)

    import pyatspi  # only now: the bus is up

    orca: subprocess.Popen[bytes] | None = None
    if config.get("orca_log"):
        scratch = Path(config["orca_log"]).parent / "orca-home"
        orca_env = dict(os.environ, XDG_CONFIG_HOME=str(scratch / "config"))
        orca_env["XDG_DATA_HOME"] = str(scratch / "data")
        orca_env["HOME"] = str(scratch)
        if config.get("orca_lang"):  # Orca's own words (roles, states) in this language
            orca_env["LANG"] = orca_env["LANGUAGE"] = config["orca_lang"]
        orca_env["XDG_RUNTIME_DIR"] = str(scratch / "run")
        (scratch / "run").mkdir(parents=True, exist_ok=True, mode=0o700)
        # Orca buffers its debug file: run it with files opened line-buffered, so that the
        # log is complete however Orca ends. No speech server: speech-dispatcher without a
        # sound card blocks Orca's main loop; Orca still logs each utterance (SPEECH OUTPUT).
        launcher = (
            "import builtins, runpy, sys\n"
            "import orca.settings\n"
            "orca.settings.speechServerFactory = ''\n"
            "orca.settings.speechFactoryModules = []\n"
            "_open = builtins.open\n"
            "def _lined(file, mode='r', *args, **kwargs):\n"
            "    if 'w' in mode and 'b' not in mode and not args and 'buffering' not in kwargs:\n"
            "        kwargs['buffering'] = 1\n"
            "    return _open(file, mode, *args, **kwargs)\n"
            "builtins.open = _lined\n"
            "sys.argv = ['orca', '--debug-file', sys.argv[1], '--replace']\n"
            "runpy.run_path('/usr/bin/orca', run_name='__main__')\n"
        )
        command = [sys.executable, "-c", launcher, config["orca_log"]]
        orca = start(command, env=orca_env)
        processes.append(orca)
        time.sleep(3.0)

    app_env = dict(os.environ, **config.get("env", {}))
    app_env.update(QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    app_env.pop("QT_QPA_PLATFORM", None)
    # The app's errors go to a file, not a pipe: a screen reader asking about objects gone
    # makes Qt warn on every call, and a pipe nobody reads fills up and blocks the app.
    errors_path = Path(config["out"]).with_suffix(".stderr.txt")
    errors = errors_path.open("wb")
    app = subprocess.Popen(config["app"], env=app_env, stderr=errors)
    processes.append(app)

    steps: list[dict[str, Any]] = []
    current: dict[str, Any] = {"label": "start", "events": []}
    focused: dict[str, Any] = {}

    counted = (
        "object:property-change:accessible-name",
        "object:property-change:accessible-description",
        "object:state-changed:sensitive",
    )

    def listen(event: Any) -> None:
        nonlocal focused
        if event.type.startswith(counted):  # what a screen reader must wade through: counted
            counts = current.setdefault("counts", {})
            key = event.type.split(":")[2]
            counts[key] = counts.get(key, 0) + 1
            return
        if event.type.startswith("object:state-changed:") and not event.detail1:
            return  # lost focus, hidden: what a screen reader does not speak
        record = {"type": event.type, **describe(event.source)}
        if event.type.startswith("object:announcement"):
            record["text"] = str(event.any_data)
        if event.type.startswith("object:state-changed:showing") and record.get("role") not in (
            "notification",
            "alert",
            "dialog",
        ):
            return
        if event.type.startswith("object:state-changed:focused") and event.detail1:
            focused = record
        current["events"].append(record)

    kinds = [
        "object:state-changed:focused",
        "object:state-changed:showing",
        "object:property-change:accessible-value",
        "object:value-changed",
        "object:announcement",
        *counted,
    ]
    pyatspi.Registry.registerEventListener(listen, *kinds)

    from gi.repository import GLib

    queue = list(config["steps"])

    def orca_done(since: float) -> bool:
        """Keep the app up until Orca said ``config["orca_until"]`` (it works through its
        backlog after the last key), or ``config["orca_timeout"]`` seconds went by."""
        said = Path(config["orca_log"]).read_text("utf-8", "replace") if orca else ""
        until = config.get("orca_until", "")
        spoken = any("SPEECH OUTPUT" in line and until in line for line in said.splitlines())
        if spoken or time.monotonic() - since > config.get("orca_timeout", 90.0):
            pyatspi.Registry.stop()
            return False
        return True

    def next_step() -> bool:
        nonlocal current
        current["focused"] = focused
        if current["label"] in config.get("trees", ()):
            root = app_root(pyatspi, app.pid)
            current["tree"] = walk_tree(pyatspi, root) if root is not None else []
        steps.append(current)
        if not queue or app.poll() is not None:
            if orca is not None and app.poll() is None:
                GLib.timeout_add(500, orca_done, time.monotonic())
            else:
                pyatspi.Registry.stop()
            return False
        step = queue.pop(0)
        # When the step began (UTC, as Orca's debug log stamps its lines): what Orca said
        # during a step is then found in its log.
        began = time.strftime("%H:%M:%S", time.gmtime())
        current = {"label": step["label"], "events": [], "began": began}
        for key in step.get("keys", []):
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=False)
            time.sleep(config.get("key_pause", 0.15))
        if step.get("type"):
            subprocess.run(["xdotool", "type", "--delay", "80", step["type"]], check=False)
        GLib.timeout_add(int(step.get("wait", 1.2) * 1000), next_step)
        return False

    GLib.timeout_add(int(config.get("startup_wait", 6.0) * 1000), next_step)
    pyatspi.Registry.start()
    app.terminate()
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()
    errors.close()
    stderr = errors_path.read_bytes()
    for process in reversed(processes[:-1]):
        # SIGINT first: Orca then shuts down and flushes its debug log.
        process.send_signal(signal.SIGINT if process is orca else signal.SIGTERM)
        if process is orca:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
    for process in processes[:-1]:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
    result = {"steps": steps, "app_stderr": stderr.decode("utf-8", "replace")[-4000:]}
    Path(config["out"]).write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
