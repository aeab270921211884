"""The house rules: the rooms' import order, one name per module, no `sys.path` edits, the notebook API, the console
command, benchmarks/ kept out of the wheel, shipped data found through importlib.resources, and a pinned
decomposition on the tiny model.

Room order (docs/DESIGN.md §2): poe <- retrieval <- synth <- oracle <- decompose <- eval <- softprism (the API and
console command) <- benchmarks (the project's own measurements, run from a checkout, never installed). A module may
import its own room and the rooms below it, never one above (so nothing installed imports benchmarks/, and the
pipeline does not import eval/); no two modules import each other, directly or round a longer loop. Imports under
`if TYPE_CHECKING:` are annotations only and skipped.
"""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ["poe", "retrieval", "synth", "oracle", "decompose", "eval"]
LEVEL = {r: i for i, r in enumerate(ROOMS)} | {"softprism": len(ROOMS), "benchmarks": len(ROOMS) + 1}
BARE = set(ROOMS)


def modules() -> dict[str, Path]:
    """{dotted module name: file} of every module of the installed namespace, as the checkout lays it out."""
    out = {}
    for room in ROOMS:
        for f in sorted((ROOT / room).glob("*.py")):
            out[f"softprism.{room}" + ("" if f.stem == "__init__" else f".{f.stem}")] = f
    for f in sorted((ROOT / "softprism").glob("*.py")):
        out["softprism" + ("" if f.stem == "__init__" else f".{f.stem}")] = f
    return out


def bench_modules() -> dict[str, Path]:
    """{dotted module name: file} of benchmarks/ (not installed: imported as `benchmarks.<name>` from the root)."""
    out = {}
    for f in sorted((ROOT / "benchmarks").rglob("*.py")):
        parts = f.relative_to(ROOT).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = f
    return out


def imports_of(path: Path, name: str) -> list[tuple[str, int]]:
    """(imported module, line) for every import in the file outside `if TYPE_CHECKING:` blocks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for b in node.body for n in ast.walk(b)}
    pkg = name if path.stem == "__init__" else name.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(pkg.split(".")[: len(pkg.split(".")) - node.level + 1] + ([base] if base else []))
            out.append((base, node.lineno))
            out += [(f"{base}.{a.name}", node.lineno) for a in node.names]  # `from pkg import module`
    return out


def room_of(mod: str) -> str | None:
    parts = mod.split(".")
    if parts[0] == "benchmarks":
        return "benchmarks"
    if parts[0] != "softprism":
        return None
    return parts[1] if len(parts) > 1 and parts[1] in LEVEL else "softprism"


def test_no_upward_or_cyclic_import():
    mods = modules() | bench_modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    bad = []
    for name, path in mods.items():
        here = room_of(name)
        for target, line in imports_of(path, name):
            if target.split(".")[0] in BARE:
                bad.append(f"{path.relative_to(ROOT)}:{line} imports bare {target} (use softprism.{target})")
            there = room_of(target)
            if there is None:
                continue
            if LEVEL[there] > LEVEL[here]:
                bad.append(f"{path.relative_to(ROOT)}:{line}: {here} imports {target} from the room above it")
            if target in mods and target != name:
                graph[name].add(target)
    assert not bad, "\n".join(bad)
    # a cycle is a strongly connected component with more than one module (Tarjan)
    index, low, stack, on, comps = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            comps.append(comp)

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    # a package's __init__ importing its own submodule is not a loop of two modules
    cycles = [sorted(c) for c in comps if len(c) > 1]
    assert not cycles, f"import cycles: {cycles}"


def test_the_walk_catches_a_planted_upward_import_and_cycle(tmp_path, monkeypatch):
    """The rule above can fail: an upward import and a two-module loop planted in a copy are found."""
    import shutil

    for room in [*ROOMS, "softprism"]:
        shutil.copytree(ROOT / room, tmp_path / room, ignore=shutil.ignore_patterns("shipped*", "data", "__pycache__"))
    (tmp_path / "poe" / "zz_up.py").write_text("from softprism.eval.phases import main\n")
    (tmp_path / "synth" / "zz_a.py").write_text("from softprism.synth import zz_b\n")
    (tmp_path / "synth" / "zz_b.py").write_text("from softprism.synth.zz_a import x\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    with pytest.raises(AssertionError, match="zz_up.py:1: poe imports softprism.eval.phases"):
        test_no_upward_or_cyclic_import()
    (tmp_path / "poe" / "zz_up.py").write_text("from benchmarks.findings import main\n")  # installed -> benchmarks/
    with pytest.raises(AssertionError, match="zz_up.py:1: poe imports benchmarks.findings"):
        test_no_upward_or_cyclic_import()
    (tmp_path / "decompose" / "zz_up.py").write_text("from softprism.eval import benchmark\n")
    (tmp_path / "poe" / "zz_up.py").unlink()
    with pytest.raises(AssertionError, match="zz_up.py:1: decompose imports softprism.eval"):
        test_no_upward_or_cyclic_import()
    (tmp_path / "decompose" / "zz_up.py").unlink()
    with pytest.raises(AssertionError, match="import cycles"):
        test_no_upward_or_cyclic_import()


def test_tests_and_benchmarks_import_the_namespace_only():
    """No file imports a room under its bare name (a module imported as `poe.lm` and `softprism.poe.lm` would be
    two modules with two copies of their state)."""
    bad = []
    for f in [*ROOT.glob("tests/*.py"), *bench_modules().values(), *modules().values()]:
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            bad += [f"{f.relative_to(ROOT)}:{node.lineno} {n}" for n in names if n.split(".")[0] in BARE]
    assert not bad, bad


def test_every_module_imports_under_one_name():
    code = ("import importlib, sys, json\n"
            f"mods = {sorted(modules())!r}\n"
            "skip = {'softprism.oracle.train'}  # imports accelerate's launcher state; covered by its own tests\n"
            "for m in mods:\n"
            "    if m not in skip: importlib.import_module(m)\n"
            f"print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] in {sorted(BARE)!r})))\n")
    p = subprocess.run([sys.executable, "-c", code], cwd="/", capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr[-3000:]
    assert json.loads(p.stdout.strip().splitlines()[-1]) == []


def test_shipped_data_is_found_through_the_package():
    from softprism.decompose.defaults import (SHIPPED_INDEX, SHIPPED_ORACLE, SHIPPED_ORACLE_V2, SHIPPED_SIGNATURES,
                                              config_file)
    from softprism.poe.probes import default_dictionary_texts, shipped_file

    assert (SHIPPED_INDEX / "index.json").is_file() and (SHIPPED_ORACLE / "oracle.json").is_file()
    assert (SHIPPED_ORACLE_V2 / "oracle.json").is_file()
    assert (SHIPPED_SIGNATURES / "signatures.json").is_file()
    assert config_file("retrieval/demo.yaml").is_file() and shipped_file("probes.txt").is_file()
    assert len(default_dictionary_texts()) >= 30
    text = "\n".join(p.read_text() for p in ROOT.glob("*/*.py") if p.parent.name in BARE)
    assert "parent.parent / \"eval\"" not in text and 'ROOT / "retrieval" / "shipped"' not in text


def _tree_py_files() -> list[Path]:
    """Every tracked or new (not ignored) .py file of the checkout."""
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", "*.py"],
                         cwd=ROOT, capture_output=True, check=True).stdout.decode()
    return [ROOT / n for n in sorted(set(out.split("\0"))) if n and (ROOT / n).is_file()]


def sys_path_edits(path: Path) -> list[str]:
    """`file:line` of every edit of `sys.path` in the file: a call of its mutating methods (`sys.path.insert(...)`,
    `.append`, `.extend`, ...), an assignment to it or into it, an augmented assignment."""
    def is_sys_path(node) -> bool:
        return isinstance(node, ast.Attribute) and node.attr == "path" and isinstance(node.value, ast.Name) \
            and node.value.id == "sys"

    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and is_sys_path(node.func.value) \
                and node.func.attr in ("insert", "append", "extend", "remove", "pop", "clear"):
            hits.append(node.lineno)
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        for t in targets:
            if is_sys_path(t) or (isinstance(t, ast.Subscript) and is_sys_path(t.value)):
                hits.append(node.lineno)
    return [f"{path.relative_to(ROOT)}:{n}" for n in sorted(hits)]


def test_no_sys_path_edits_outside_the_test_conftest(tmp_path, monkeypatch):
    """Scripts and modules import `softprism` as installed (or, from the repository root, as the folder there);
    none edits `sys.path` to find it. Only tests/conftest.py may. The walk can fail: planted edits are found."""
    files = [f for f in _tree_py_files() if f != ROOT / "tests" / "conftest.py"]
    assert len(files) > 100
    bad = [hit for f in files for hit in sys_path_edits(f)]
    assert not bad, f"sys.path edited in: {bad}"
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    planted = tmp_path / "planted.py"
    planted.write_text("import sys\nsys.path.insert(0, '.')\nsys.path.append('x')\nsys.path[:0] = ['y']\n"
                       "sys.path += ['z']\nprint(sys.path)\n")
    assert sys_path_edits(planted) == [f"planted.py:{n}" for n in (2, 3, 4, 5)]


def test_benchmarks_are_not_installed():
    """benchmarks/ (the project's measurements, the task suite, the GPU drivers) is not in the wheel: no installed
    package is benchmarks or maps onto its folder."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        tomllib = pytest.importorskip("tomli")

    tools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages = tools["packages"]
    assert isinstance(packages, list) and "softprism" in packages, "packages must stay an explicit list"
    assert not [p for p in packages if "benchmarks" in p.split(".")], packages
    assert not [d for d in tools.get("package-dir", {}).values() if Path(d).parts[:1] == ("benchmarks",)]
    assert not [p for p in tools.get("package-data", {}) if "benchmarks" in p.split(".")]
    assert set(tools["package-dir"]) == set(packages)  # every installed package maps to one named folder


def test_every_console_command_is_an_installed_entry_point():
    """Each `softprism COMMAND` names a module of the installed namespace with a `main`, and `softprism` lists it."""
    import importlib

    from softprism import cli

    listed = cli.usage()
    for name, (module, help_) in cli.COMMANDS.items():
        assert module.split(".")[0] == "softprism" and room_of(module) in LEVEL, module
        assert module in modules(), f"{name}: {module} is not a module of the installed namespace"
        assert callable(importlib.import_module(module).main), module
        assert f"  {name} " in listed and help_ in listed
    assert {"decompose", "train-prompt", "evaluate-tasks", "build-index", "search", "benchmark"} <= set(cli.COMMANDS)


def class_swaps(path: Path) -> list[str]:
    """`file:line` of every assignment to an object's `__class__` (the trick that once made a module callable)."""
    hits = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, (ast.AugAssign, ast.AnnAssign)) else []
        hits += [node.lineno for t in targets if isinstance(t, ast.Attribute) and t.attr == "__class__"]
    return [f"{path.relative_to(ROOT)}:{n}" for n in sorted(hits)]


def test_no_class_swap_and_decompose_is_the_function_beside_the_room(tmp_path, monkeypatch):
    """`softprism.decompose` is a plain function (softprism.api's) and `sys.modules["softprism.decompose"]` the
    room's package, in a fresh interpreter, before and after the room's modules are imported (an import must not
    rebind the name); no module swaps a class to get there. The walk can fail: a planted swap is found."""
    files = [*modules().values(), *bench_modules().values()]
    bad = [hit for f in files for hit in class_swaps(f)]
    assert not bad, f"__class__ assigned in: {bad}"
    code = ("import importlib, sys, types, softprism\n"
            "from softprism.api import decompose as api_decompose\n"
            "def check():\n"
            "    assert type(softprism.decompose) is types.FunctionType, type(softprism.decompose)\n"
            "    assert softprism.decompose is api_decompose\n"
            "    room = sys.modules['softprism.decompose']\n"
            "    assert isinstance(room, types.ModuleType) and hasattr(room, '__path__')\n"
            "check()\n"
            "from softprism.decompose.pipeline import Decomposer\n"
            "from softprism.decompose import result\n"
            "importlib.import_module('softprism.decompose.report')\n"
            "from softprism import decompose\n"
            "check()\n"
            "assert decompose is api_decompose and Decomposer.__module__ == 'softprism.decompose.pipeline'\n"
            "assert result.Report is softprism.Report\n"
            "print('ok')\n")
    p = subprocess.run([sys.executable, "-c", code], cwd="/", capture_output=True, text=True, timeout=600)
    assert p.returncode == 0 and p.stdout.strip() == "ok", p.stderr[-3000:]
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    planted = tmp_path / "planted.py"
    planted.write_text("import sys, types\nclass M(types.ModuleType): pass\nsys.modules['x'].__class__ = M\n")
    assert class_swaps(planted) == ["planted.py:3"]


def test_lint_and_type_check_run_clean():
    """ruff and mypy, as `make test` runs them (pyproject.toml's [tool.ruff] and [tool.mypy]), report nothing.
    mypy reads the rooms through the strict editable install's link tree (`make install`): it must be there and
    hold every module of the checkout, or mypy would not see them. Incremental (.mypy_cache): about 40 s cold on
    one core, seconds after."""
    pytest.importorskip("ruff")
    pytest.importorskip("mypy")
    trees = sorted(ROOT.glob("build/__editable__.softprism-*/softprism"))
    if not trees:
        pytest.skip("no strict editable install (make install, or pip install -e . --config-settings "
                    "editable_mode=strict): mypy cannot follow the rooms")
    linked = {f.relative_to(trees[-1]).as_posix() for f in trees[-1].rglob("*.py")}
    want = {(f"{f.parent.name}/" if f.parent.name != "softprism" else "") + f.name for f in modules().values()}
    missing = sorted(want - linked)
    assert not missing, f"the strict editable install misses {missing}: rerun make install"
    for cmd in (["ruff", "check", "."], ["mypy"]):
        p = subprocess.run([sys.executable, "-m", *cmd], cwd=ROOT, capture_output=True, text=True, timeout=900)
        assert p.returncode == 0, f"{' '.join(cmd)}:\n{p.stdout[-4000:]}{p.stderr[-2000:]}"


# ---------------------------------------------------------------------------------------------------------------
# The notebook path and a pinned decomposition on the tiny model
# ---------------------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tiny_setup(tmp_path_factory, tiny_lm):
    from softprism.poe.config import load_config
    from softprism.retrieval.builder import build_index
    from softprism.retrieval.config import RetrievalConfig

    d = tmp_path_factory.mktemp("house")
    cfg = load_config(RetrievalConfig, ROOT / "configs/retrieval/tiny.yaml", ["corpus.size=300"])
    index = build_index(cfg, d / "idx")
    soft = tiny_lm.embed_text(index.corpus.texts[5]).detach().float().clone()
    torch.save(soft, d / "soft.pt")
    return {"index": d / "idx", "soft": d / "soft.pt", "text": index.corpus.texts[5]}


def test_auto_oracle_picks_the_shipped_oracle_of_this_model(tiny_lm):
    """`oracle: auto` takes the signature-reading v2 for the embedded model, and no shipped oracle for another model
    (the tiny one): a user's own model gets a decomposition without an oracle, not a fingerprint error."""
    from softprism.decompose.defaults import SHIPPED_ORACLE_V2, auto_oracle, load_oracle

    embedded = json.loads((SHIPPED_ORACLE_V2 / "oracle.json").read_text())["lm"]["fingerprint"]

    class Embedded:
        name = "embedded"

        def matches(self, fp):
            return fp == embedded

    assert auto_oracle(Embedded()) == SHIPPED_ORACLE_V2
    assert auto_oracle(tiny_lm) is None and load_oracle("auto", tiny_lm) is None


def test_notebook_api_result_displays_itself(tiny_setup, monkeypatch, tmp_path):
    import softprism

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    rep = softprism.decompose(str(tiny_setup["soft"]), k=3, config=ROOT / "configs/eval/decompose_tiny.yaml",
                              index=str(tiny_setup["index"]))
    assert isinstance(rep, softprism.Report) and "decompose" in softprism.__all__
    assert rep.components and rep.components[0].text == tiny_setup["text"]
    html = rep._repr_html_()
    assert html == rep.html() and html.startswith("<!DOCTYPE html>") or "<html" in html
    assert "<h2>Components</h2>" in html and html.count("data:image/png;base64,") >= 2  # weights chart + curve
    for c in rep.components:
        assert c.text[:40].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;") \
            in html or c.text[:40] in html
    j = rep.to_json()
    json.dumps(j, allow_nan=False)
    assert j["pipeline"]["components"][0]["text"] == tiny_setup["text"]
    rows = rep.table()
    rows = rows.to_dict("records") if hasattr(rows, "to_dict") else rows
    assert [r["text"] for r in rows] == [c.text for c in rep.components] and rows[0]["rank"] == 1
    assert "explained" in repr(rep) and " ".join(tiny_setup["text"].split())[:30] in " ".join(str(rep).split())


def test_load_soft_prompt_from_the_hugging_face_cache(tmp_path, tiny_lm):
    """A PEFT adapter id found in the local HF cache (offline), in a fresh process with HF_HUB_CACHE set."""
    from softprism.poe.softprompt import save_peft_adapter

    snap = tmp_path / "hub" / "models--someone--sst2-prompt" / "snapshots" / ("a" * 40)
    save_peft_adapter(torch.randn(4, tiny_lm.d_model), snap, "tiny")
    (snap.parent.parent / "refs").mkdir()
    (snap.parent.parent / "refs" / "main").write_text("a" * 40)
    code = ("import softprism; sp = softprism.load_soft_prompt('someone/sst2-prompt');"
            "print(sp.format, tuple(sp.embeddings.shape), sp.source)\n"
            "try:\n    softprism.load_soft_prompt('someone/not-cached')\nexcept Exception as e: print('refused', e)")
    env = {**os.environ, "HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HUB_OFFLINE": "1"}
    p = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr[-2000:]
    assert f"peft (4, {tiny_lm.d_model}) someone/sst2-prompt" in p.stdout
    assert "refused someone/not-cached: no such file or folder" in p.stdout


# Recorded with the code before the move (commit 59dfaf9, `eval.decompose.Decomposer`) on this exact setup; the
# house refactor must give the same decomposition. Re-pinned when the default corpus changed (commits 87747b1,
# 2026-11-27, and d336c98, 2026-11-28), since the tiny index is built from it.
PINNED = json.loads((Path(__file__).parent / "data" / "house_pinned.json").read_text())


def test_pinned_tiny_decomposition(tiny_setup, tiny_lm, tiny_probes, monkeypatch, tmp_path):
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.config import load_config
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.index import PromptIndex

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    # without the neighbour round (on by default since commit b207ae7; tested in test_eval_decompose.py): the pin
    # predates it and still holds, so nothing else in the pipeline moved
    cfg = load_config(DecomposeConfig, ROOT / "configs/eval/decompose_tiny.yaml", ["k=3", "candidates.size=12",
                                                                                  "candidates.neighbours=0"])
    fit, held = fit_heldout(cfg.probes)
    index = PromptIndex.load(tiny_setup["index"])
    dec = Decomposer(tiny_lm, PromptSlot(tiny_lm, cfg.slot.kind), fit, held, index, cfg=cfg)
    soft = tiny_lm.embed_text(index.corpus.texts[9]).detach().float() + 0.02 * torch.randn(
        tiny_lm.embed_text(index.corpus.texts[9]).shape, generator=torch.Generator().manual_seed(0))
    r = dec.decompose(soft)
    got = {"texts": [c.text for c in r.components], "weights": [c.weight for c in r.components],
           "explained": r.explained, "kl": r.kl, "n_candidates": len(r.dictionary)}
    assert got["texts"] == PINNED["texts"] and got["n_candidates"] == PINNED["n_candidates"]
    assert got["weights"] == pytest.approx(PINNED["weights"], rel=1e-4, abs=1e-5)
    assert got["explained"] == pytest.approx(PINNED["explained"], rel=1e-4, abs=1e-6)


# result.json's keys for a tiny decomposition with every stage on that needs neither an oracle nor a signature index
# (projection, patchscope and replies candidates, the labels source, a neighbour round, both alternative k-sparse
# answers, an exchange sweep, the decision block of a labelled task, the chance line, every baseline). Recorded from
# the code before the result got its typed records (`decompose.diagnostics.Diagnostics` and `Timing`, one
# `poe.fit.Component`); result.json must keep exactly these. Paths are `a.b`, `a[].b` inside lists; lists keep
# result.json's order where it has one.
RESULT_TOP = ["soft_prompt", "provenance", "pipeline", "baselines", "summary", "warnings"]
RESULT_SOFT_PROMPT = ["shape", "sha256", "source", "format"]
RESULT_PROVENANCE = {  # provenance.config is the resolved DecomposeConfig: its own fields, not checked here
    "config", "index", "index.corpus", "index.corpus_fingerprint", "index.encoder", "index.factory", "index.folder",
    "index.rows", "model", "model.autocast", "model.d_model", "model.fingerprint", "model.name", "oracle", "probes",
    "probes.fit", "probes.fit_hash", "probes.heldout", "probes.heldout_hash", "probes.positions", "probes.source",
    "signatures", "slot"}
RESULT_METHOD = {  # one method's result (the pipeline's or a baseline's), its info, timing and candidates aside
    "method", "k", "components", "components[].rank", "components[].text", "components[].weight",
    "components[].corpus_id", "components[].source", "components[].role", "kl", "kl_base", "explained", "kl_fit", "kl_best_single",
    "best_single", "explained_best_single", "null_weight", "null_weight_full", "kl_full", "explained_full",
    "n_candidates", "candidates", "path", "path[].k", "path[].kl_fit", "path[].kl_heldout", "path[].explained",
    "path[].indices", "path[].texts", "path[].weights", "timing", "dictionary", "dictionary[].text",
    "dictionary[].corpus_id", "dictionary[].source", "dictionary[].sources", "full", "full.components",
    "full.components[].text", "full.components[].weight", "full.components[].corpus_id", "full.components[].source",
    "full.null_weight", "full.kl", "full.kl_fit", "full.kl_base", "full.explained", "full.kl_best_single",
    "full.best_single", "full.kkt_residual", "full.converged", "full.iterations", "full.timing",
    "full.timing.target_tables_s", "full.timing.solve_s", "full.timing.path_s", "full.timing.metrics_s", "info",
    "decision", "decision.labels", "decision.label_tokens", "decision.n_probes", "decision.kl_label",
    "decision.kl_label_base", "decision.kl_label_best_single", "decision.explained_label",
    "decision.explained_label_ci90", "decision.agreement", "decision.agreement_base", "decision.agreement_best_single",
    "decision.accuracy_soft", "decision.accuracy_answer", "decision.accuracy_base", "decision.accuracy_best_single",
    "decision.label_mass_soft", "decision.label_mass_answer", "decision.label_mass_base",
    "decision.label_mass_best_single", "explained_chance", "chance"}
RESULT_CHANCE = {"chance.size", "chance.k", "chance.draws", "chance.seeds", "chance.seed", "chance.mean", "chance.std",
                 "chance.margin", "chance.within", "chance.explained", "chance.ids", "chance.seconds"}  # pipeline only
RESULT_INFO = {
    "pipeline": ["warnings", "projection_text", "patchscope_text", "replies", "reply_labels", "neighbour_rounds",
                 "fit_on", "label_weight", "k_answer", "kl_fit_greedy_path", "kl_fit_top_k_refit",
                 "kl_fit_before_neighbours", "swaps", "roles", "rank_by"],
    "projection": ["projection_text", "fit_on", "label_weight", "k_answer", "swaps", "rank_by"],
    "patchscope": ["patchscope_text", "source_layer", "target_layer", "fit_on", "label_weight", "k_answer", "swaps",
                   "rank_by"],
    "projection_retrieval": ["projection_text", "fit_on", "label_weight", "k_answer", "kl_fit_greedy_path",
                             "kl_fit_top_k_refit", "swaps", "rank_by"],
    "patchscope_retrieval": ["patchscope_text", "fit_on", "label_weight", "k_answer", "kl_fit_greedy_path",
                             "kl_fit_top_k_refit", "swaps", "rank_by"],
    "random": ["seed", "fit_on", "label_weight", "k_answer", "kl_fit_greedy_path", "kl_fit_top_k_refit", "swaps",
               "rank_by"],
    "ground_truth": ["ground_truth", "fit_on", "label_weight", "k_answer", "swaps", "rank_by"]}
RESULT_INFO_NESTED = {"roles[].text", "roles[].role", "roles[].drop_explained", "roles[].drop_explained_label",
                      "replies[].probe", "replies[].reply", "neighbour_rounds[].round", "neighbour_rounds[].n_candidates",
                      "neighbour_rounds[].kl_fit_path", "neighbour_rounds[].seeds", "neighbour_rounds[].added"}
RESULT_TIMING = {
    "pipeline": ["target_tables_s", "projection_text_s", "retrieval_s", "patchscope_text_s", "replies_text_s",
                 "neighbour_tables_s", "neighbour_path_s", "neighbour_search_s", "total_s", "tables_s", "solve_s",
                 "path_s", "metrics_s", "topk_refit_s", "before_refit_s", "swap_s", "decision_s", "roles_s", "chance_s"],
    "projection": ["baseline_text_s", "tables_s", "solve_s", "path_s", "metrics_s", "swap_s", "decision_s", "total_s"],
    "patchscope": ["baseline_text_s", "tables_s", "solve_s", "path_s", "metrics_s", "swap_s", "decision_s", "total_s"],
    "projection_retrieval": ["baseline_text_s", "retrieval_s", "tables_s", "solve_s", "path_s", "metrics_s",
                             "topk_refit_s", "swap_s", "decision_s", "total_s"],
    "patchscope_retrieval": ["baseline_text_s", "retrieval_s", "tables_s", "solve_s", "path_s", "metrics_s",
                             "topk_refit_s", "swap_s", "decision_s", "total_s"],
    "random": ["tables_s", "solve_s", "path_s", "metrics_s", "topk_refit_s", "swap_s", "decision_s", "total_s"],
    "ground_truth": ["tables_s", "solve_s", "path_s", "metrics_s", "swap_s", "decision_s", "total_s"]}
RESULT_CANDIDATES = {"pipeline": ["projection", "patchscope", "replies", "neighbours"], "projection": ["projection"],
                     "patchscope": ["patchscope"], "projection_retrieval": ["projection"],
                     "patchscope_retrieval": ["patchscope"], "random": ["random"], "ground_truth": ["ground_truth"]}
RESULT_SUMMARY = ["kl", "explained", "kl_best_single", "n_candidates", "total_s"]


def key_paths(x, prefix: str = "", skip: tuple[str, ...] = ()) -> set[str]:
    """Every key path of a JSON value (`a.b`; `a[].b` for the keys of dicts inside a list), not descending into the
    paths in `skip`."""
    out: set[str] = set()
    if isinstance(x, dict):
        for k, v in x.items():
            p = f"{prefix}.{k}" if prefix else k
            out.add(p)
            if p not in skip:
                out |= key_paths(v, p, skip)
    elif isinstance(x, list):
        for v in x:
            out |= key_paths(v, prefix + "[]", skip)
    return out


def test_result_json_keeps_its_key_set(tiny_setup, tiny_lm, monkeypatch, tmp_path):
    from softprism.decompose.config import DecomposeConfig
    from softprism.decompose.pipeline import Decomposer
    from softprism.poe.config import load_config
    from softprism.poe.probes import fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.retrieval.index import PromptIndex

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path / "cache"))
    rows = [{"input": f"Review {i}: the {'film was lovely' if i % 2 else 'plot was dull'} and "
                      f"{'bright' if i % 3 else 'slow'}.", "output": "yes" if i % 2 else "no"} for i in range(60)]
    task = tmp_path / "task.jsonl"
    task.write_text("".join(json.dumps(r) + "\n" for r in rows))
    sets = [f"probes.source={task}", "candidates.size=6", "candidates.projection=2", "candidates.patchscope=2",
            "candidates.replies=2", "candidates.reply_probes=3", "candidates.reply_tokens=4", "candidates.labels=2",
            "solver.swap_sweeps=1", "baselines.enabled=true", "chance.draws=2", "chance.size=6",
            "baselines.random_size=6", "baselines.retrieval_size=4", "k=3", "roles=true"]
    cfg = load_config(DecomposeConfig, ROOT / "configs/eval/decompose_tiny.yaml", sets)
    fit, held = fit_heldout(cfg.probes)
    index = PromptIndex.load(tiny_setup["index"])
    dec = Decomposer(tiny_lm, PromptSlot(tiny_lm, cfg.slot.kind), fit, held, index, cfg=cfg)
    shape = tiny_lm.embed_text(index.corpus.texts[5]).shape
    soft = tiny_lm.embed_text(index.corpus.texts[5]).detach().float() + 0.02 * torch.randn(
        shape, generator=torch.Generator().manual_seed(0))
    rep = dec.run(soft, ground_truth=[index.corpus.texts[5], index.corpus.texts[7]],
                  soft_info={"source": "soft.pt", "format": "tensor"})
    j = json.loads(json.dumps(rep.to_json(), allow_nan=False))
    assert list(j) == RESULT_TOP and list(j["soft_prompt"]) == RESULT_SOFT_PROMPT
    assert key_paths(j["provenance"], skip=("config",)) == RESULT_PROVENANCE
    methods = {"pipeline": j["pipeline"], **j["baselines"]}
    assert list(methods) == list(RESULT_INFO) and list(j["summary"]) == list(RESULT_INFO)
    for m, r in methods.items():
        want = RESULT_METHOD | (RESULT_CHANCE if m == "pipeline" else set())
        assert key_paths(r, skip=("info", "timing", "candidates")) == want, m
        assert list(r["info"]) == RESULT_INFO[m], m
        assert list(r["timing"]) == RESULT_TIMING[m], m
        assert list(r["candidates"]) == RESULT_CANDIDATES[m], m
        assert list(j["summary"][m]) == RESULT_SUMMARY, m
    assert key_paths(j["pipeline"]["info"]) == set(RESULT_INFO["pipeline"]) | RESULT_INFO_NESTED


def test_findings_units_keyed_by_config_and_code(tmp_path):
    import dataclasses

    from benchmarks import findings as F
    from softprism.poe.errors import InputError

    calls = []

    def fn():
        calls.append(1)
        return {"status": "measured", "n": len(calls)}

    unit = tmp_path / "task_x.json"
    key = {"config": "a", "code": "c"}
    assert F.load_or_run(unit, fn, False, key)["n"] == 1
    assert F.load_or_run(unit, fn, False, key)["n"] == 1 and len(calls) == 1  # same config and code: reused
    assert F.load_or_run(unit, fn, False, {"config": "b", "code": "c"})["n"] == 2  # config section changed
    assert F.load_or_run(unit, fn, False, {"config": "b", "code": "d"})["n"] == 3  # code changed
    cfg = F.FindingsConfig(tasks=[F.TaskInput(name="x"), F.TaskInput(name="y")])
    k0 = F.unit_key(cfg, "task", cfg.tasks[0])
    assert k0 == F.unit_key(cfg, "task", cfg.tasks[0]) and k0 != F.unit_key(cfg, "task", cfg.tasks[1])
    other = dataclasses.replace(cfg, decompose=dataclasses.replace(cfg.decompose, k=3))
    assert F.unit_key(other, "task", cfg.tasks[0])["config"] != k0["config"]
    assert F.unit_key(other, "phases", cfg.phases) == F.unit_key(cfg, "phases", cfg.phases)  # not a phases input
    one = {"phases": {"unit_git_sha": "s1"}, "tasks": {"x": {"unit_git_sha": "s1"}}, "skeptic": {"unit_git_sha": "s1"},
           "synthetic": {"unit_git_sha": "s1"}}
    assert F.check_one_commit(one) == "s1"
    one["tasks"]["x"]["unit_git_sha"] = "s0"
    with pytest.raises(InputError, match="different commits"):
        F.check_one_commit(one)


# ---------------------------------------------------------------------------------------------------------------
# A non-editable install, used from another folder (the package must work without the checkout)
# ---------------------------------------------------------------------------------------------------------------

# What the wheel must carry for a decomposition on the shipped defaults: every file of these checkout folders.
SHIPPED = ["retrieval/shipped", "retrieval/shipped_signatures", "retrieval/data/corpus", "oracle/shipped",
           "oracle/shipped_v2", "poe/data", "eval/data", "configs"]
# A tiny decomposition of examples/sst2_adapter: every source on, few probes and candidates, no baselines.
TINY_RUN = ["probes.n_fit=4", "probes.n_heldout=2", "probes.positions=1", "candidates.signature=4",
            "candidates.signature_rounds=2", "candidates.size=2", "candidates.projection=1", "candidates.patchscope=1",
            "solver.max_components=2"]


def _installed_venv(tmp: Path) -> Path:
    """A fresh venv holding a non-editable `pip install .` of a copy of this checkout -> its site-packages.
    Offline and in seconds: no index, no build isolation, no dependencies; the venv sees the project venv's
    packages (torch, the embedded model and encoder, ...) through a .pth line appended after its own
    site-packages. That line only adds the folder to sys.path, so the project's editable finder (a .pth hook
    there) does not run, and `softprism` can only come from the wheel."""
    import shutil
    import sysconfig

    src = tmp / "src"  # the build writes build/ and *.egg-info beside the sources: keep them out of the checkout
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", ".venv", "runs", "build", "out", "*.egg-info",
                                                             "__pycache__", ".pytest_cache", "findings"))
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    site = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "zz_project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    p = subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--no-index",
                        "--ignore-installed", "--no-compile", str(src)], cwd=tmp, capture_output=True, text=True,
                       timeout=900, env=dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1"))
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-3000:]
    return site


def _run_env(tmp: Path) -> dict:
    """Offline, no PYTHONPATH, a state cache of its own (so nothing computed by the checkout is reused and no
    fallback index can hide in it); the converted embedded model and the whitening are shared, as they are data."""
    from softprism.poe.lm import cache_root

    cache = tmp / "cache"
    cache.mkdir()
    for name in ("models", "signatures"):
        if (cache_root() / name).is_dir():
            (cache / name).symlink_to(cache_root() / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return env | {"SOFTPRISM_CACHE": str(cache), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                  "TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "2"}


@pytest.mark.slow
def test_non_editable_install_decomposes_the_shipped_example_from_another_folder(tmp_path):
    """`pip install .` (not editable) into a fresh venv; only `softprism` lands at the top of site-packages, it
    carries the shipped index, signature index, oracles, probe files and configs; and from another folder both the
    console command and `softprism.decompose` decompose examples/sst2_adapter on those shipped defaults."""
    site = _installed_venv(tmp_path)
    top = {p.name.split("-")[0].split(".")[0] for p in site.iterdir()}
    assert not top & BARE, sorted(top & BARE)
    pkg = site / "softprism"
    assert (pkg / "poe" / "solver.py").is_file() and (pkg / "decompose" / "pipeline.py").is_file()
    assert not (pkg / "tests").exists() and not (site / "tests").exists()
    for folder in SHIPPED:  # every shipped file, byte for byte (package-data dropping one fails here)
        files = [f for f in (ROOT / folder).rglob("*") if f.is_file() and "__pycache__" not in f.parts]
        assert files, folder
        for f in files:
            got = pkg / f.relative_to(ROOT)
            assert got.is_file() and got.stat().st_size == f.stat().st_size, f"the wheel lacks {got.relative_to(site)}"

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _run_env(tmp_path)
    example = ROOT / "examples" / "sst2_adapter"
    probes = example / "probes.jsonl"
    sets = [a for s in TINY_RUN for a in ("--set", s)]
    cmd = [str(tmp_path / "venv" / "bin" / "softprism"), "decompose", str(example), "--probes", str(probes), "-k",
           "2", "--no-baselines", "--out", "run", *sets]
    p = subprocess.run(cmd, cwd=elsewhere, env=env, capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stdout[-2000:] + p.stderr[-3000:]
    cli = json.loads((elsewhere / "run" / "result.json").read_text())
    assert (elsewhere / "run" / "report.html").is_file()

    code = ("import json, softprism\n"
            f"r = softprism.decompose({str(example)!r}, probes={str(probes)!r}, k=2, overrides={TINY_RUN!r})\n"
            "h = r._repr_html_()\n"
            "print(json.dumps({'file': softprism.__file__, 'json': r.to_json(), 'rows': len(r.table()),\n"
            "                  'charts': h.count('data:image/png;base64,'), 'str': str(r)}))\n")
    p = subprocess.run([str(tmp_path / "venv" / "bin" / "python"), "-c", code], cwd=elsewhere, env=env,
                       capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
    api = json.loads(p.stdout.strip().splitlines()[-1])
    assert Path(api["file"]).resolve() == (pkg / "__init__.py").resolve()
    assert api["rows"] == 2 and api["charts"] >= 2 and "explained" in api["str"]

    for res in (cli, api["json"]):
        prov, pipe = res["provenance"], res["pipeline"]
        # the shipped defaults, found inside the installed package (not a checkout, not an index built on the fly)
        assert Path(prov["index"]["folder"]).resolve() == (pkg / "retrieval" / "shipped").resolve()
        assert Path(prov["signatures"]["folder"]).resolve() == (pkg / "retrieval" / "shipped_signatures").resolve()
        assert Path(prov["oracle"]["path"]).resolve() == (pkg / "oracle" / "shipped_v2").resolve()  # auto: v2
        assert pipe["candidates"]["signature"] > 0 and pipe["candidates"]["oracle"] > 0, pipe["candidates"]
        assert len(pipe["components"]) == 2 and 0 < pipe["explained"] <= 1, pipe["explained"]
    assert not (tmp_path / "cache" / "index").exists()  # no demo index was built in place of the shipped one
    texts = [[c["text"] for c in r["pipeline"]["components"]] for r in (cli, api["json"])]
    assert texts[0] == texts[1]  # the console command and the API resolve the same defaults
    assert cli["pipeline"]["explained"] == pytest.approx(api["json"]["pipeline"]["explained"], rel=1e-6)


# Module-level calls that are not registrations: the lock cleanup at exit, matplotlib's off-screen backend, and the
# package's own import of its room before it binds the notebook function (softprism/__init__.py says why).
IMPORT_TIME_CALLS = {("poe/runs.py", "atexit.register(release_outs)"), ("decompose/report.py", "matplotlib.use('Agg')"),
                     ("eval/plots.py", "matplotlib.use('Agg')"), ("eval/recovery_report.py", "matplotlib.use('Agg')"),
                     ("softprism/__init__.py", "_importlib.import_module('softprism.decompose')")}


def test_no_module_registers_anything_by_being_imported():
    """No room module runs a bare call or a loop at import time beyond the few listed above: nothing appends to a
    global registry as a side effect of an import (the corpus families used to), so what a module holds does not
    depend on what else was imported, or in which order."""
    found = set()
    for room in [*ROOMS, "softprism"]:
        for f in sorted((ROOT / room).glob("*.py")):
            for st in ast.parse(f.read_text(encoding="utf-8")).body:
                if (isinstance(st, ast.Expr) and isinstance(st.value, ast.Call)) or isinstance(st, (ast.For, ast.While)):
                    found.add((f"{room}/{f.name}", ast.unparse(st).splitlines()[0]))
    assert found == IMPORT_TIME_CALLS, sorted(found ^ IMPORT_TIME_CALLS)
