"""No function or method is defined twice in one module or class: the second silently replaces the first, whose
body then never runs (the reference resolver once carried a dead `_is_subject` that way)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def _shadowed(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef)):
            names = Counter(n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))
            found += [f"{getattr(node, 'name', '<module>')}.{name}" for name, n in names.items() if n > 1]
    return found


def test_the_check_sees_a_shadowed_method():
    assert _shadowed("class A:\n    def f(self): pass\n    def f(self): return 1\n") == ["A.f"]


def test_no_definition_is_shadowed_in_the_package():
    shadowed = {str(p.relative_to(SRC)): found for p in sorted(SRC.rglob("*.py"))
                if (found := _shadowed(p.read_text(encoding="utf-8")))}
    assert not shadowed
