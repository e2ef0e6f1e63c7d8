"""Print the size of a built bundle folder (make package): total bytes of its files, in MiB, and the count."""

import sys
from pathlib import Path


def main(folder: str) -> int:
    root = Path(folder)
    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    if not files:
        print(f"{root}: no bundle here", file=sys.stderr)
        return 1
    total = sum(p.stat().st_size for p in files)
    print(f"{root}: {total / 2**20:.1f} MiB in {len(files)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/lagaffektiv"))
