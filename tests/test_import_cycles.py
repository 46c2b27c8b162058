"""The command line and the storage are layers without circles: no module of them imports, even inside a
function, a module that imports it back (issue 19)."""

import ast
from pathlib import Path

import pytest

import app

ROOT = Path(app.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_names(path: Path) -> set[str]:
    """Every module ``path`` names in an import, anywhere in it (``from a import b`` gives a and a.b)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def import_graph(package: str) -> dict[str, set[str]]:
    folder = ROOT.parent.joinpath(*package.split("."))
    modules = {module_name(path): path for path in folder.rglob("*.py")}
    return {name: imported_names(path) & modules.keys() - {name} for name, path in modules.items()}


def circle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    """A path of imports from ``start`` back to itself, if there is one."""
    paths, seen = [[start]], set()
    while paths:
        path = paths.pop()
        for following in sorted(graph[path[-1]]):
            if following == start:
                return [*path, start]
            if following not in seen:
                seen.add(following)
                paths.append([*path, following])
    return None


@pytest.mark.parametrize("package", ["app.cli", "app.storage"])
def test_no_module_imports_itself_back(package):
    graph = import_graph(package)
    assert graph, package
    circles = [circle for name in graph if (circle := circle_from(name, graph))]
    assert circles == []
