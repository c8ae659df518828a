"""Import cycles between the program's modules, counting every import wherever it stands.

A function-level import that closes a cycle only hides it: the two modules still need each other
(docs/architecture.md, "Imports"). grimp reads every ``import`` statement, top-level or not, so a cycle
found here is one the program has, whether or not Python would trip on it at start-up.

    python -m tools.import_cycles            the cycles, one per line, or nothing (exit 1 when any)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

import grimp

PACKAGES = ("core", "cli", "desktop")

__all__ = ["PACKAGES", "cycles"]


def cycles(packages: Iterable[str] = PACKAGES) -> list[list[str]]:
    """Each group of modules that import one another in a ring (two or more), sorted.

    An import a → b closes a ring when grimp finds a chain of imports back from b to a; rings that share a
    module are one group."""
    graph = grimp.build_graph(*packages, cache_dir=None)
    groups: list[set[str]] = []
    for importer in graph.modules:
        for imported in graph.find_modules_directly_imported_by(importer):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is None:
                continue
            ring = set(back)
            for group in [g for g in groups if g & ring]:
                groups.remove(group)
                ring |= group
            groups.append(ring)
    return sorted(sorted(group) for group in groups)


def main() -> int:
    found = cycles()
    for group in found:
        print(" ↔ ".join(group))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
