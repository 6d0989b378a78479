"""Import spaCy and Presidio without the parts of them the engine never runs.

Importing spaCy imports its command-line tools (model download, training, project tools: a few
hundred modules) for the one function ``spacy.info`` it exposes, and importing Presidio imports
its 40-odd predefined recognisers, compiling their patterns, for the three the registry names.
The command line calls :func:`install` first thing, before either is imported:

- ``spacy.cli`` is left unimported; ``spacy.info``, which nothing here calls, says so if called.
  (Presidio's spaCy engine only reaches ``spacy.cli.download`` for a model that is not installed;
  ours never downloads.)
- ``presidio_analyzer.predefined_recognizers`` imports a recogniser's module when that recogniser
  is first asked for; any other name of the package (its lists of recognisers) imports it whole.

Nothing changes what is found: the same classes are used, from the same modules.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

_RECOGNISERS = "presidio_analyzer.predefined_recognizers"


def install() -> None:
    """Make the later imports of spaCy and Presidio lean (nothing if either is already imported)."""
    if "spacy" not in sys.modules and "spacy.cli" not in sys.modules:
        _leave_spacy_cli()
    if "presidio_analyzer" not in sys.modules and _RECOGNISERS not in sys.modules:
        _lazy_recognisers()


def _leave_spacy_cli() -> None:
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return
    cli = ModuleType("spacy.cli")
    cli.__path__ = [str(Path(p) / "cli") for p in spec.submodule_search_locations]
    info = ModuleType("spacy.cli.info")

    def not_loaded(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("spaCy's command-line tools are not loaded in Redactor (run `python -m spacy info`)")

    info.info = not_loaded  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"] = cli
    sys.modules["spacy.cli.info"] = info


class _LazyPackage(ModuleType):
    """A package whose ``from . import Name`` lines run when ``Name`` is first asked for."""

    def __init__(self, name: str, init: Path, names: dict[str, tuple[str, int]]) -> None:
        super().__init__(name)
        self.__file__ = str(init)
        self.__path__ = [str(init.parent)]
        self.__package__ = name
        self._names = names
        self._whole = False

    def __getattr__(self, attr: str) -> Any:
        if self._whole or (attr.startswith("__") and attr != "__all__"):  # ``import *`` asks for __all__
            raise AttributeError(attr)
        found = self._names.get(attr)
        if found is None:  # one of the package's own names (or none): run its __init__ as written
            self._whole = True
            source = Path(self.__file__ or "").read_text(encoding="utf-8")
            exec(compile(source, self.__file__ or "", "exec"), self.__dict__)
            return getattr(self, attr)
        module, level = found
        value = getattr(importlib.import_module("." * level + module if level else module, self.__name__), attr)
        setattr(self, attr, value)
        return value


def _lazy_recognisers() -> None:
    spec = importlib.util.find_spec("presidio_analyzer")
    if spec is None or spec.origin is None:
        return
    init = Path(spec.origin).parent / "predefined_recognizers" / "__init__.py"
    try:
        tree = ast.parse(init.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return
    names: dict[str, tuple[str, int]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        for alias in node.names:
            names[alias.asname or alias.name] = (node.module, node.level)
    sys.modules[_RECOGNISERS] = _LazyPackage(_RECOGNISERS, init, names)
