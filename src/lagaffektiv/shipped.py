"""Where the files shipped with the app are (Qt-free): the bundled scenarios, the assets and the
compiled UI translations.

Three layouts are served by one set of rules:

- a checkout or an editable install: ``scenarios/`` and ``assets/`` next to ``pyproject.toml``,
  the translations inside the package (``lagaffektiv/app/translations``);
- a PyInstaller bundle (``packaging/lagaffektiv.spec``): ``sys.frozen`` is set and
  ``sys._MEIPASS`` is the bundle's data folder (``_internal/`` next to the executable), which
  holds ``scenarios/``, ``assets/`` and ``lagaffektiv/app/translations/`` in the same shape;
- an override for each, by environment variable (tests, and educators who keep their own folder).

Nothing here imports Qt or anything slow: the app's start-up path uses it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SCENARIOS_ENV = "LAGAFFEKTIV_SCENARIOS"
ASSETS_ENV = "LAGAFFEKTIV_ASSETS"
PACKAGE = Path(__file__).resolve().parent


def bundle_dir() -> Path | None:
    """The PyInstaller bundle's data folder, or None when running from source."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else None


def _checkout_folder(name: str) -> Path | None:
    """``<checkout>/<name>``: the first parent of the package with ``name`` beside ``pyproject.toml``."""
    for parent in PACKAGE.parents:
        if (parent / name).is_dir() and (parent / "pyproject.toml").is_file():
            return parent / name
    return None


def scenarios_dir() -> Path:
    """The bundled scenario library. Always a path (a missing folder is reported by the library)."""
    env = os.environ.get(SCENARIOS_ENV)
    if env:
        return Path(env)
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "scenarios"
    return _checkout_folder("scenarios") or PACKAGE.parent / "scenarios"


def assets_dir() -> Path | None:
    """Fonts, icons and other shipped files, or None when they cannot be found (the app falls back)."""
    env = os.environ.get(ASSETS_ENV)
    if env:
        return Path(env)
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "assets"
    return _checkout_folder("assets")


def translations_dir() -> Path:
    """The compiled UI translations (``lagaffektiv_<lang>.qm``)."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "lagaffektiv" / "app" / "translations"
    return PACKAGE / "app" / "translations"
