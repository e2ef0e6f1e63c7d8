"""No network, guaranteed: the self-test runs with Python's sockets disabled, and no module imports a
networking library."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap

from conftest import REPO

SRC = REPO / "src" / "lagaffektiv"
FORBIDDEN = ("urllib.request", "http.client", "socket", "requests", "QtNetwork", "ssl", "ftplib", "smtplib")

WRAPPER = textwrap.dedent("""
    import socket, sys

    def _refuse(*args, **kwargs):
        raise OSError("network access attempted during the self-test")

    class _NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            _refuse()

    socket.socket = _NoSocket
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
    socket.socketpair = _refuse
    try:
        socket.socket()
    except OSError:
        pass
    else:
        sys.exit("the guard does not work")

    from lagaffektiv.cli.main import main
    sys.exit(main(["--self-test"]))
""")


def test_the_self_test_passes_with_sockets_disabled(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "no_proxy": "*"}
    proc = subprocess.run([sys.executable, "-c", WRAPPER], cwd=tmp_path, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
    assert "network access attempted" not in proc.stdout + proc.stderr


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names.add(str(node.args[0].value))
    return names


def forbidden(name: str) -> bool:
    parts = name.split(".")
    return any(name == f or name.startswith(f + ".") or f in parts for f in FORBIDDEN)


def test_no_module_imports_a_network_library():
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 20
    found = {f"{p.relative_to(SRC)}: {n}" for p in files for n in imported_modules(p) if forbidden(n)}
    assert not found, found


def test_the_static_check_would_catch_them():
    assert forbidden("urllib.request") and forbidden("http.client") and forbidden("socket")
    assert forbidden("PySide6.QtNetwork") and forbidden("requests") and not forbidden("lagaffektiv.session")
