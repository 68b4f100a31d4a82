"""Write docs/hooks.md from the hookspecs: ``python docs/gen_hooks.py`` (``--check`` to only compare)."""

from __future__ import annotations

import sys
from pathlib import Path

from newsfacts.hookdocs import render

PAGE = Path(__file__).resolve().parent / "hooks.md"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if PAGE.read_text(encoding="utf-8") != text:
            print(f"{PAGE} is out of date: run python docs/gen_hooks.py", file=sys.stderr)
            return 1
        return 0
    PAGE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
