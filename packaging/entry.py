"""The frozen app's entry point: the same ``main`` as the ``lagaffektiv`` console script
(pyproject.toml, [project.scripts]), so the bundle takes every command and option the
installed command does (``--self-test``, ``--portable``, ``lint``, ``import`` ...)."""

import sys

from lagaffektiv.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
