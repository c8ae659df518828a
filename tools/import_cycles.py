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
    """Each group of modules that import one another in a ring (strongly connected, two or more), sorted."""
    graph = grimp.build_graph(*packages, cache_dir=None)
    modules = graph.modules
    edges = {m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n in modules) for m in modules}
    # Tarjan's algorithm, iterative (a deep recursion would hit Python's limit on a large graph)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            for i in range(position, len(edges[node])):
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((node, i + 1))
                    work.append((nxt, 0))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    return sorted(found)


def main() -> int:
    found = cycles()
    for group in found:
        print(" ↔ ".join(group))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
