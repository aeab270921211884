"""The task suite: soft prompts on tasks the project never tuned on, decomposed at a named config, with chance lines.

    python -m benchmarks.suite.suite prepare                       # draw the ../shared tasks' rows (git-ignored)
    python -m benchmarks.suite.suite train [--split dev|test|all]   # train every task's soft prompt + accuracies
    python -m benchmarks.suite.suite run --config configs/eval/decompose_demo.yaml --out runs/suite/demo \
        [--split dev|test|all] [--tasks NAME ...] [--draws 3] [--set key=value ...]
    python -m benchmarks.suite.suite table runs/suite/demo        # the table, JSON and plot again from the results
    python -m benchmarks.suite.suite status                       # the learnability gate of every task folder
    python -m benchmarks.suite.suite coverage [--index DIR] [--json FILE]   # does the index hold each task's prompt?
    python -m benchmarks.suite.suite compare BASE OTHER [--split dev]      # a lever against the defaults, per task

`train` trains each task's soft prompt with the one recipe (`tasks.RECIPE`, `softprism train-prompt`) and writes
`accuracy.json` beside it: soft prompt, no prompt, and the first description as a text prompt, by label scoring
over the task's answer space on every test row. A task whose soft prompt does not beat no prompt by 0.2 is flagged
(`learnable: false`) and must be replaced (split.yaml says how).

`run` decomposes every task's soft prompt on its own train rows (`probes.source` = the task's train file: the
pipeline splits them into fit and held-out probes) at the named config, and per task writes `<out>/<task>/`:
the decomposition's `result.json`, its chance line (`draws` seeded random dictionaries of the pipeline's own
dictionary size, drawn from the same index, the same k), the best-of-top-3 MiniLM cosine and ROUGE-L to the
descriptions, and execution accuracy on the test rows (soft prompt, no prompt, the answer as a PoE prompt, its top
component as text, the first description as text). A killed run resumes: a task whose `suite_row.json` exists is
read back, and the state tables are cached on disk (`$SOFTPRISM_CACHE/tables/`). At the end, `<out>/suite.json`,
`<out>/suite.md` and `<out>/suite.png` hold the table and the means over dev and over test, apart.
`--with-descriptions` adds each task's four descriptions to its dictionary: an upper bound for the search, which
says whether the fit picks a task's prompt once it is there.

`coverage` asks whether the text index holds a prompt for each task at all, apart from whether the search finds
it: per task, the index row nearest (by the index's sentence encoder) to any of its four descriptions, and that
cosine; per half, the mean and the share at 0.7 or more. A task low here needs corpus families, one high here
but off-task in `run` needs a better search.

Owns: the suite's commands and its metrics. Must not: tune anything on the test half (split.yaml), write outside
the task folders (`prepare`, `train`) and `--out` (`run`), or be installed with the package.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

import torch

from benchmarks.findings_stats import rouge_l  # ROUGE-L F1 on lower-cased words, as the findings score it
from benchmarks.suite.tasks import HERE, RECIPE, SHARED, SuiteTask, prepare_shared, suite_tasks
from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard, write_json

log = logging.getLogger("softprism.benchmarks.suite")

GATE = 0.2
"""A task is learnable when its soft prompt beats no prompt by at least this much accuracy."""


# ---------------------------------------------------------------------------------------------------------------
# prepare / train


def cmd_prepare(args) -> int:
    done = 0
    for _, task in suite_tasks("all", root=args.root):
        if task.shared:
            if prepare_shared(task):
                done += 1
            else:
                raise InputError(f"{task.name}: ../shared/data/tasks/{SHARED[task.name]['train']} not found; the "
                                 "shared tasks need the project's ../shared folder (set SOFTPRISM_SHARED_DATA)")
    print(f"drew {done} shared tasks' rows")
    return 0


def accuracy_conditions(lm, soft: torch.Tensor, descriptions: list[str]):
    from softprism.synth.tasks_accuracy import hard_condition, no_prompt_condition, soft_condition

    return [soft_condition(lm, soft), no_prompt_condition(lm), hard_condition(lm, descriptions[0], name="description")]


def task_accuracy_json(lm, task: SuiteTask, conditions) -> dict:
    from softprism.synth.tasks_accuracy import evaluate_task_file

    return evaluate_task_file(lm, conditions, task.test, labels=task.labels(), slot="prefix", limit=None)


def cmd_train(args) -> int:
    from softprism.synth import train_prompt as train_soft_prompt
    from softprism.poe.lm import load_lm
    from softprism.poe.softprompt import load_soft_prompt

    if args.tasks:  # named tasks may be spares outside the split (trained before one replaces a failed task)
        split = {n: h for h, t in suite_tasks("all", root=args.root) for n in [t.name]}
        missing = [n for n in args.tasks if not (Path(args.root) / "tasks" / n / "descriptions.txt").is_file()]
        if missing:
            raise InputError(f"--tasks: no task folder with descriptions.txt for {missing} under {args.root}/tasks")
        tasks = [(split.get(n, "spare"), SuiteTask(n, Path(args.root) / "tasks" / n)) for n in args.tasks]
    else:
        tasks = suite_tasks(args.split, None, args.root)
    for _, t in tasks:
        t.check_data()
    recipe = {**RECIPE, "steps": args.steps or RECIPE["steps"]}
    lm = None
    for half, task in tasks:
        acc_path = task.folder / "accuracy.json"
        if not (task.adapter / "adapter_model.safetensors").is_file():
            log.info("training %s (%s)", task.name, half)
            argv = ["--train", str(task.train), "--out", str(task.adapter), "--threads", str(args.threads),
                    "--length", str(RECIPE["length"]), "--steps", str(args.steps or RECIPE["steps"]), "--lr", str(RECIPE["lr"]),
                    "--batch-size", str(RECIPE["batch_size"]), "--seed", str(RECIPE["seed"]),
                    "--init", RECIPE["init"], "--model", args.model]
            rc = train_soft_prompt.main(argv)
            if rc:
                return rc
        if acc_path.is_file():
            continue
        lm = lm or load_lm(args.model)
        soft = lm.check_soft_prompt(load_soft_prompt(str(task.adapter)).embeddings)
        acc = task_accuracy_json(lm, task, accuracy_conditions(lm, soft, task.descriptions))
        c = acc["conditions"]
        margin = c["soft"]["accuracy"] - c["none"]["accuracy"]
        acc.update({"test": f"tasks/{task.name}/test.jsonl", "train": None,
                    "recipe": recipe, "learnable": bool(margin >= GATE), "soft_minus_none": margin})
        write_json(acc_path, acc)
        log.info("%s: soft %.3f, none %.3f, description %.3f%s", task.name, c["soft"]["accuracy"],
                 c["none"]["accuracy"], c["description"]["accuracy"], "" if margin >= GATE else "  NOT LEARNABLE")
    return 0


# ---------------------------------------------------------------------------------------------------------------
# run: decompose every task, with its chance line, similarity to the descriptions and execution accuracy


def similarity_to(texts: list[str], references: list[str], encoder) -> tuple[list[float], list[float]]:
    """Per text: the best MiniLM cosine and the best ROUGE-L over the references (as InSPEcT scores)."""
    if not texts:
        return [], []
    e = encoder.encode(list(texts) + list(references))
    sims = e[: len(texts)] @ e[len(texts):].T
    cos = [float(v) for v in sims.max(axis=1)]
    rl = [max(rouge_l(t, r) for r in references) for t in texts]
    return cos, rl


def top_weighted(components: list[dict]) -> dict | None:
    """The component with the largest positive weight (None when none is positive)."""
    pos = [c for c in components if c["weight"] > 0]
    return max(pos, key=lambda c: c["weight"]) if pos else None


def decompose_task(task: SuiteTask, args, folder: Path) -> dict:
    """The pipeline's result.json for one task (run, or read back when a finished run is there)."""
    from softprism.eval import decompose_real

    res = folder / "result.json"
    if not res.is_file():
        argv = [str(task.adapter), "--config", str(args.config), "--probes", str(task.train), "--out", str(folder),
                "--no-baselines", "--set", f"chance.draws={args.draws}", "--set", "chance.size=0",
                "--set", f"chance.seed={args.seed}"]
        for kv in args.set:
            argv += ["--set", kv]
        if getattr(args, "with_descriptions", False):  # the upper bound: the task's own descriptions as candidates
            folder.parent.mkdir(parents=True, exist_ok=True)
            cands = folder.parent / "description_candidates.txt"  # beside the decomposition's folder, not in it
            cands.write_text("\n".join(task.descriptions) + "\n", encoding="utf-8")
            argv += ["--candidates", str(cands)]
        if args.model:
            argv += ["--model", args.model]
        rc = decompose_real.main(argv)
        if rc:
            raise InputError(f"{task.name}: the decomposition exited with {rc}")
    return json.loads(res.read_text(encoding="utf-8"))


def execution_accuracy(lm, task: SuiteTask, pipe: dict) -> dict:
    """Accuracy on every test row of the answer as a PoE prompt and of its top-weighted component as text (the
    soft prompt, no prompt and first description come from the task's accuracy.json, scored the same way)."""
    from softprism.synth.tasks_accuracy import hard_condition, poe_condition

    conds = [poe_condition(lm, [(c["text"], c["weight"]) for c in pipe["components"]], pipe.get("null_weight"),
                           name="poe")]
    top = top_weighted(pipe["components"])
    if top is not None:
        conds.append(hard_condition(lm, top["text"], name="top_component"))
    got = task_accuracy_json(lm, task, conds)["conditions"]
    return {k: v["accuracy"] for k, v in got.items()}


def task_row(half: str, task: SuiteTask, args, lm, encoder, out: Path) -> dict:
    folder = out / task.name
    row_path = folder / "suite_row.json"
    if row_path.is_file():
        return json.loads(row_path.read_text(encoding="utf-8"))
    task.check_data()
    if not (task.adapter / "adapter_model.safetensors").is_file():
        raise InputError(f"{task.adapter}: no trained soft prompt; run `python -m benchmarks.suite.suite train`")
    t0 = time.perf_counter()
    result = decompose_task(task, args, folder / "decomposition")
    t_dec = time.perf_counter() - t0
    pipe = result["pipeline"]
    chance = pipe.get("chance") or {}
    comps = pipe["components"]
    refs = task.descriptions
    cos, rl = similarity_to([c["text"] for c in comps], refs, encoder)
    top = top_weighted(comps)
    top_cos = similarity_to([top["text"]], refs, encoder)[0][0] if top else None
    content = top_weighted([c for c in comps if c.get("role") == "content"])  # labelled tasks carry roles
    t1 = time.perf_counter()
    acc = execution_accuracy(lm, task, pipe) if args.accuracy else {}  # the answer's accuracies are the slow part
    t_acc = time.perf_counter() - t1
    base_acc = json.loads((task.folder / "accuracy.json").read_text(encoding="utf-8"))["conditions"]
    decision = pipe.get("decision") or {}
    row = {
        "task": task.name, "half": half, "kind": task.meta.get("kind"),
        "explained": pipe["explained"], "k": len(comps), "n_candidates": pipe["n_candidates"],
        "chance_mean": chance.get("mean"), "chance_std": chance.get("std"), "chance_draws": chance.get("draws"),
        "chance_size": chance.get("size"),
        "margin": None if chance.get("mean") is None else pipe["explained"] - chance["mean"],
        "explained_label": decision.get("explained_label"), "explained_label_ci90": decision.get("explained_label_ci90"),
        "cos_top3": max(cos[:3]) if cos else None, "rougeL_top3": max(rl[:3]) if rl else None,
        "top_component": top["text"] if top else None, "top_weight": top["weight"] if top else None,
        "top_component_cos": top_cos,
        "top_content": content["text"] if content else None,
        "top_content_cos": similarity_to([content["text"]], refs, encoder)[0][0] if content else None,
        "components": [{"text": c["text"], "weight": c["weight"], "source": c["source"], "role": c.get("role"),
                        "cos": cs, "rougeL": r}
                       for c, cs, r in zip(comps, cos, rl)],
        "accuracy": {"soft": base_acc["soft"]["accuracy"], "none": base_acc["none"]["accuracy"],
                     "poe": acc.get("poe"), "top_component": acc.get("top_component"),
                     "description": base_acc["description"]["accuracy"]},
        "seconds": {**{k: v for k, v in pipe["timing"].items()}, "decompose_command": t_dec, "accuracy": t_acc},
        "config": str(args.config),
    }
    write_json(row_path, row)
    return row


MEAN_KEYS = ["explained", "chance_mean", "margin", "explained_label", "cos_top3", "rougeL_top3", "top_component_cos",
             "top_content_cos"]
ACC_KEYS = ["soft", "none", "poe", "top_component", "description"]


def _mean(xs) -> float | None:
    xs = [x for x in xs if x is not None]
    return float(sum(xs) / len(xs)) if xs else None


def summarise(rows: list[dict]) -> dict:
    """Means over dev and over test, apart (never pooled), and the counts the goals read."""
    out = {}
    for half in ("dev", "test"):
        rs = [r for r in rows if r["half"] == half]
        if not rs:
            continue
        m = {k: _mean(r.get(k) for r in rs) for k in MEAN_KEYS}  # rows of older runs may lack newer keys
        m.update({f"acc_{k}": _mean(r["accuracy"][k] for r in rs) for k in ACC_KEYS})
        m["n_tasks"] = len(rs)
        m["above_chance"] = sum(1 for r in rs if r["margin"] is not None and r["chance_draws"]
                                and r["explained"] > max(r["chance_draws"]))
        m["top_component_on_task"] = sum(1 for r in rs if (r["top_component_cos"] or 0) >= 0.6)
        roled = [r for r in rs if any(c.get("role") for c in r["components"])]  # `roles: true` runs only
        m["top_content_on_task"] = sum(1 for r in roled if (r.get("top_content_cos") or 0) >= 0.6) if roled else None
        m["n_roles"] = len(roled)
        m["poe_at_least_description"] = sum(1 for r in rs if r["accuracy"]["poe"] is not None
                                            and r["accuracy"]["poe"] >= r["accuracy"]["description"])
        m["n_accuracy"] = sum(1 for r in rs if r["accuracy"]["poe"] is not None)  # runs with --no-accuracy: fewer
        m["seconds_per_task"] = _mean(r["seconds"].get("decompose_command") for r in rs)
        out[half] = m
    return out


def _fmt(x, nd: int = 3) -> str:
    return "–" if x is None else f"{x:.{nd}f}"


def markdown(rows: list[dict], summary: dict, meta: dict) -> str:
    head = ("| task | half | explained | chance (mean ± sd) | margin | explained_label [90%] | cos@3 | ROUGE-L@3 | "
            "top component (weight, cos) | acc soft / none / PoE / top / description | s |")
    lines = [f"Suite at `{meta['config']}`, commit {meta['git_sha'][:7]}, {meta['hardware']}.", "",
             f"Command: `{meta['command']}`", "", head, "|" + "---|" * 11]
    for r in rows:
        ci = r["explained_label_ci90"]
        lab = "–" if r["explained_label"] is None else (
            f"{r['explained_label']:.2f}" + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else ""))
        a = r["accuracy"]
        text = " ".join(str(r["top_component"]).split())  # one line: a table cell
        top = "–" if r["top_component"] is None else (
            f"{text[:60]} ({r['top_weight']:+.2f}, {_fmt(r['top_component_cos'], 2)})")
        lines.append(f"| {r['task']} | {r['half']} | {_fmt(r['explained'])} | {_fmt(r['chance_mean'])} ± "
                     f"{_fmt(r['chance_std'])} | {_fmt(r['margin'], 3)} | {lab} | {_fmt(r['cos_top3'], 2)} | "
                     f"{_fmt(r['rougeL_top3'], 2)} | {top.replace('|', '/')} | "
                     + " / ".join(_fmt(a[k], 2) for k in ACC_KEYS)
                     + f" | {r['seconds'].get('decompose_command', 0):.0f} |")
    lines += ["", "| half | tasks | explained | chance | margin | above chance | explained_label | cos@3 | "
              "ROUGE-L@3 | top on task (cos ≥ 0.6) | top content prompt on task | acc soft / none / PoE / top / "
              "description | PoE ≥ description | s / task |", "|" + "---|" * 14]
    for half, m in summary.items():
        lines.append(f"| {half} | {m['n_tasks']} | {_fmt(m['explained'])} | {_fmt(m['chance_mean'])} | "
                     f"{_fmt(m['margin'])} | {m['above_chance']}/{m['n_tasks']} | {_fmt(m['explained_label'])} | "
                     f"{_fmt(m['cos_top3'], 2)} | {_fmt(m['rougeL_top3'], 2)} | "
                     f"{m['top_component_on_task']}/{m['n_tasks']} | "
                     + ("–" if m["top_content_on_task"] is None else f"{m['top_content_on_task']}/{m['n_roles']}")
                     + " | "
                     + " / ".join(_fmt(m[f'acc_{k}'], 2) for k in ACC_KEYS)
                     + f" | {m['poe_at_least_description']}/{m['n_accuracy']} | {_fmt(m['seconds_per_task'], 0)} |")
    return "\n".join(lines) + "\n"


def plot(rows: list[dict], path: Path) -> None:
    """Per task: the pipeline's held-out explained beside its chance line (mean, min-max of the draws)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(max(6, 0.45 * len(rows) + 2), 4))
    xs = list(range(len(rows)))
    colours = ["tab:blue" if r["half"] == "dev" else "tab:orange" for r in rows]
    ax.bar(xs, [r["explained"] for r in rows], color=colours, alpha=0.8, label="pipeline (blue dev, orange test)")
    for x, r in zip(xs, rows):
        d = r["chance_draws"] or []
        if d:
            ax.plot([x - 0.4, x + 0.4], [r["chance_mean"]] * 2, color="black", lw=1.5)
            ax.plot([x, x], [min(d), max(d)], color="black", lw=0.8)
    ax.plot([], [], color="black", lw=1.5, label="chance: random dictionaries of the same size (mean, range)")
    ax.set_xticks(xs, [r["task"] for r in rows], rotation=60, ha="right", fontsize=8)
    ax.set_ylabel("held-out explained")
    ax.set_ylim(min(0.0, min((r["explained"] for r in rows), default=0)), 1.0)
    ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_tables(out: Path, rows: list[dict], meta: dict) -> dict:
    summary = summarise(rows)
    write_json(out / "suite.json", {"meta": meta, "summary": summary, "rows": rows})
    (out / "suite.md").write_text(markdown(rows, summary, meta), encoding="utf-8")
    if rows:
        plot(rows, out / "suite.png")
    return summary


def hardware() -> str:
    import os
    import platform

    flags = ""
    try:
        cpu = Path("/proc/cpuinfo").read_text()
        flags = " with avx512_bf16" if "avx512_bf16" in cpu else ""
    except OSError:
        pass
    gpu = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    return f"one {gpu}" if gpu else f"{os.cpu_count()}-core {platform.machine()} CPU{flags}"


def cmd_run(args) -> int:
    from softprism.poe.lm import load_lm
    from softprism.poe.runs import claim_out, provenance
    from softprism.retrieval.encoder import Encoder

    if not Path(args.config).is_file():
        raise InputError(f"--config {args.config}: no such file; pass a decompose config such as "
                         "configs/eval/decompose_demo.yaml")
    if args.draws < 1:
        raise InputError(f"--draws must be >= 1 (the suite always draws a chance line), got {args.draws}")
    tasks = suite_tasks(args.split, args.tasks, args.root)
    for _, t in tasks:
        t.check_data()
    out = claim_out(args.out, ("suite.json",), [args.config])
    out.mkdir(parents=True, exist_ok=True)
    meta = {"config": str(args.config), "sets": args.set, "draws": args.draws, "split": args.split,
            "accuracy": args.accuracy, "with_descriptions": args.with_descriptions,
            "git_sha": provenance().get("git_sha") or "unknown", "hardware": hardware(),
            "command": "python -m benchmarks.suite.suite " + " ".join(sys.argv[1:] if argv_is_cli() else [])}
    write_tables(out, [], meta)  # marks the folder as this command's before any work, so a killed run resumes
    lm = load_lm(args.model or "embedded")
    encoder = Encoder(args.encoder)
    rows = []
    for half, task in tasks:
        log.info("suite: %s (%s)", task.name, half)
        rows.append(task_row(half, task, args, lm, encoder, out))
        write_tables(out, rows, meta)  # the table grows as tasks finish
    summary = write_tables(out, rows, meta)
    for half, m in summary.items():
        print(f"{half}: {m['n_tasks']} tasks, explained {_fmt(m['explained'])}, chance {_fmt(m['chance_mean'])}, "
              f"margin {_fmt(m['margin'])}, above chance {m['above_chance']}/{m['n_tasks']}, "
              f"cos@3 {_fmt(m['cos_top3'], 2)}, ROUGE-L@3 {_fmt(m['rougeL_top3'], 2)}")
    print(f"wrote {out / 'suite.md'}, suite.json, suite.png")
    return 0


def argv_is_cli() -> bool:
    return Path(sys.argv[0]).name in ("suite.py", "__main__.py") or sys.argv[0].endswith("benchmarks.suite.suite")


def cmd_status(args) -> int:
    """The learnability gate for every task folder: half (or `spare` / `replaced`), accuracies, verdict."""
    root = Path(args.root)
    split = {t.name: h for h, t in suite_tasks("all", root=root)}
    lines = ["| task | half | kind | test rows | soft prompt | no prompt | first description | soft − none | gate |",
             "|---|---|---|---|---|---|---|---|---|"]
    counts = {"dev": [0, 0], "test": [0, 0]}
    for folder in sorted(p for p in (root / "tasks").iterdir() if (p / "descriptions.txt").is_file()):
        task = SuiteTask(folder.name, folder)
        half = split.get(task.name, "spare")
        acc_path = folder / "accuracy.json"
        if not acc_path.is_file():
            if half in counts:
                counts[half][1] += 1
            lines.append(f"| {task.name} | {half} | {task.meta.get('kind', '')} | – | – | – | – | – | not trained |")
            continue
        acc = json.loads(acc_path.read_text(encoding="utf-8"))
        c = acc["conditions"]
        ok = bool(acc["learnable"])
        if half in counts:
            counts[half][0 if ok else 1] += 1
        elif not ok:
            half = "replaced"
        lines.append(f"| {task.name} | {half} | {task.meta.get('kind', '')} | {acc['n']} | "
                     f"{c['soft']['accuracy']:.3f} | {c['none']['accuracy']:.3f} | {c['description']['accuracy']:.3f} | "
                     f"{acc['soft_minus_none']:+.3f} | {'pass' if ok else 'fail'} |")
    text = "\n".join(lines) + "\n"
    text += "".join(f"\n{h}: {v[0]} tasks pass the gate, {v[1]} not trained or failing" for h, v in counts.items())
    print(text)
    return 0


def cmd_coverage(args) -> int:
    """Per task, the index row nearest to any of its descriptions (the index's own encoder), per half apart."""
    import numpy as np

    from softprism.retrieval.index import PromptIndex

    out = json_target(args.json)
    if args.index:
        index = PromptIndex.load(args.index)
    else:
        from softprism.decompose.defaults import default_index

        index = default_index()
    rows = []
    for half, task in suite_tasks(args.split, args.tasks, args.root):
        refs = task.descriptions
        sims, pos = index.search_texts(refs, k=1)
        best = int(np.argmax(sims[:, 0]))
        rows.append({"task": task.name, "half": half, "cos": round(float(sims[best, 0]), 4),
                     "description": refs[best], "nearest": index.texts([int(pos[best, 0])])[0]})
    lines = ["| task | half | cosine | description | nearest index row |", "|---|---|---|---|---|"]
    for r in rows:
        near = " ".join(r["nearest"].split())[:70]
        lines.append(f"| {r['task']} | {r['half']} | {r['cos']:.3f} | {r['description'][:50]} | {near} |")
    summary = {}
    for half in ("dev", "test"):
        cs = [r["cos"] for r in rows if r["half"] == half]
        if cs:
            summary[half] = {"tasks": len(cs), "mean_cos": round(float(np.mean(cs)), 4),
                             "share_at_0.7": round(float(np.mean([c >= 0.7 for c in cs])), 4)}
            lines.append(f"\n{half}: mean nearest-row cosine {summary[half]['mean_cos']:.3f} over {len(cs)} tasks; "
                         f"{summary[half]['share_at_0.7']:.0%} at 0.7 or more")
    print("\n".join(lines))
    if out is not None:
        from softprism.poe.runs import provenance

        write_json(out, {"index": str(args.index or "shipped"), "rows": len(index), "tasks": rows, "summary": summary,
                         "git_sha": provenance().get("git_sha") or "unknown"})
    return 0


def compare_rows(base: list[dict], other: list[dict], half: str = "all") -> tuple[list[dict], dict]:
    """Per task in both runs (and in `half`): explained, chance, margin, top component cosine and cos@3, each as
    (base, other), and how many of the answer's components came from `screen`, `format` or `user`; the means
    per half over those tasks (never pooled)."""
    by = {r["task"]: r for r in base}
    rows = []
    for r in other:
        a = by.get(r["task"])
        if a is None or (half != "all" and r["half"] != half):
            continue
        rows.append({"task": r["task"], "half": r["half"],
                     **{k: (a.get(k), r.get(k)) for k in ("explained", "chance_mean", "margin", "top_component_cos",
                                                           "cos_top3", "top_content_cos")},
                     "from": {s: sum(1 for c in r["components"] if c["source"] == s)
                              for s in ("screen", "format", "user")}})
    means = {}
    for h in ("dev", "test"):
        rs = [x for x in rows if x["half"] == h]
        if rs:
            means[h] = {"tasks": len(rs),
                        **{k: (_mean(x[k][0] for x in rs), _mean(x[k][1] for x in rs))
                           for k in ("explained", "chance_mean", "margin", "cos_top3")},
                        "on_task": tuple(sum(1 for x in rs if (x["top_component_cos"][i] or 0) >= 0.6) for i in (0, 1)),
                        "margin_up": sum(1 for x in rs if (x["margin"][1] or 0) > (x["margin"][0] or 0)),
                        "margin_down": sum(1 for x in rs if (x["margin"][1] or 0) < (x["margin"][0] or 0))}
    return rows, means


def cmd_compare(args) -> int:
    """The per-task table of a lever's run against a baseline run (both `run` folders), means per half."""
    out = json_target(args.json)
    runs = []
    for d in (args.base, args.other):
        run, finished = read_run(Path(d))
        by = {r["task"]: r for r in run["rows"]}  # and every finished task folder (a run made in several calls)
        by.update({r["task"]: r for r in finished})
        run["rows"] = list(by.values())
        runs.append(run)
    rows, means = compare_rows(runs[0]["rows"], runs[1]["rows"], args.split)
    if not rows:
        raise InputError(f"{args.base} and {args.other}: no task in both runs (split {args.split})")
    sets = " ".join(runs[1]["meta"].get("sets") or []) or "the same config"
    lines = [f"{args.other} ({sets}; commit {runs[1]['meta']['git_sha'][:7]}) against {args.base} "
             f"(commit {runs[0]['meta']['git_sha'][:7]}), base → other:", "",
             "| task | half | explained | chance | margin | top component cos | cos@3 | components from screen / "
             "format / user |", "|---|---|---|---|---|---|---|---|"]

    def pair(v, nd: int = 3, sign: bool = False) -> str:
        f = (lambda x: "–" if x is None else (f"{x:+.{nd}f}" if sign else f"{x:.{nd}f}"))
        return f"{f(v[0])} → {f(v[1])}"

    for x in rows:
        lines.append(f"| {x['task']} | {x['half']} | {pair(x['explained'])} | {pair(x['chance_mean'])} | "
                     f"{pair(x['margin'], sign=True)} | {pair(x['top_component_cos'], 2)} | {pair(x['cos_top3'], 2)} | "
                     f"{x['from']['screen']} / {x['from']['format']} / {x['from']['user']} |")
    for h, m in means.items():
        lines.append(f"| mean of {m['tasks']} | {h} | {pair(m['explained'])} | {pair(m['chance_mean'])} | "
                     f"{pair(m['margin'], sign=True)} | on task {m['on_task'][0]} → {m['on_task'][1]} | "
                     f"{pair(m['cos_top3'], 2)} | margin up on {m['margin_up']}, down on {m['margin_down']} |")
    print("\n".join(lines))
    if out is not None:
        write_json(out, {"base": str(args.base), "other": str(args.other), "rows": rows, "means": means})
    return 0


def read_run(folder: Path) -> tuple[dict, list[dict]]:
    """A `run` folder's suite.json and the rows of its finished task folders (`<task>/suite_row.json`)."""
    p = Path(folder) / "suite.json"
    if not p.is_file():
        raise InputError(f"{p}: not found; pass a folder that `suite.py run` wrote")
    obj = json.loads(p.read_text(encoding="utf-8"))
    return obj, [json.loads(f.read_text(encoding="utf-8")) for f in sorted(Path(folder).glob("*/suite_row.json"))]


def json_target(path: str) -> Path | None:
    """A `--json FILE` argument, checked before any work: its folder must exist."""
    if not path:
        return None
    p = Path(path)
    if not p.parent.is_dir():
        raise InputError(f"--json {path}: the folder {p.parent} does not exist; create it or write the JSON elsewhere")
    return p


def cmd_table(args) -> int:
    out = Path(args.out)
    obj, rows = read_run(out)
    order = {t.name: i for i, (_, t) in enumerate(suite_tasks("all", root=args.root))}  # the split's order
    rows.sort(key=lambda r: (r["half"] != "dev", order.get(r["task"], len(order)), r["task"]))
    write_tables(out, rows, obj["meta"])
    print((out / "suite.md").read_text(encoding="utf-8"))
    return 0


# ---------------------------------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    pr = sub.add_parser("prepare", help="draw the ../shared tasks' rows into their folders (git-ignored)")
    pr.add_argument("--root", type=Path, default=HERE, help="suite folder (split.yaml, tasks/); default this one")
    tr = sub.add_parser("train", help="train every task's soft prompt with the suite's recipe, and its accuracies")
    for p in (tr,):
        p.add_argument("--split", default="all", help="dev | test | all (default all)")
        p.add_argument("--tasks", nargs="*", default=None, help="only these tasks")
        p.add_argument("--model", default="embedded", help="`embedded` (default) or `tiny` (tests)")
        p.add_argument("--threads", type=int, default=1, help="torch threads (default 1)")
        p.add_argument("--steps", type=int, default=0, help="tests only: fewer steps than the suite's recipe")
        p.add_argument("--root", type=Path, default=HERE, help="suite folder (split.yaml, tasks/); default this one")
    ru = sub.add_parser("run", help="decompose every task at a config, with chance lines, similarity and accuracy")
    ru.add_argument("--config", required=True, help="decompose config (e.g. configs/eval/decompose_demo.yaml)")
    ru.add_argument("--out", required=True, type=Path, help="folder for per-task results and the suite table")
    ru.add_argument("--split", default="all", help="dev | test | all (default all)")
    ru.add_argument("--tasks", nargs="*", default=None, help="only these tasks")
    ru.add_argument("--draws", type=int, default=3, help="random dictionaries per task for the chance line (>= 1)")
    ru.add_argument("--seed", type=int, default=0, help="the chance line's seed (default 0)")
    ru.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="decompose config overrides")
    ru.add_argument("--model", default=None, help="`tiny` for tests; default: the adapter's base model")
    ru.add_argument("--encoder", default="default", help="sentence encoder for the description scores")
    ru.add_argument("--no-accuracy", dest="accuracy", action="store_false",
                    help="skip the answer's and top component's execution accuracy (the slowest stage: label scoring "
                         "of every test row under each component); for quick comparisons between configs on dev")
    ru.add_argument("--with-descriptions", action="store_true",
                    help="add each task's four descriptions to its dictionary (source `user`): whether the fit picks "
                         "the task's prompt when the search has found it, apart from whether the search finds it")
    ru.add_argument("--root", type=Path, default=HERE, help="suite folder (split.yaml, tasks/); default this one")
    st = sub.add_parser("status", help="the learnability gate of every task folder (accuracy.json), as a table")
    st.add_argument("--root", type=Path, default=HERE, help="suite folder (split.yaml, tasks/); default this one")
    co = sub.add_parser("coverage", help="per task, the text index's row nearest to its descriptions (the index's "
                                         "encoder): does the corpus hold the task's prompt at all?")
    co.add_argument("--index", default="", help="index folder (default: the shipped one)")
    co.add_argument("--split", default="all", help="dev | test | all (default all)")
    co.add_argument("--tasks", nargs="*", default=None, help="only these tasks")
    co.add_argument("--json", default="", help="also write the rows and means to this JSON file")
    co.add_argument("--root", type=Path, default=HERE, help="suite folder (split.yaml, tasks/); default this one")
    cp = sub.add_parser("compare", help="a lever's run against a baseline run, per task and per half")
    cp.add_argument("base", help="the baseline's `run` folder")
    cp.add_argument("other", help="the lever's `run` folder (tasks in both are compared)")
    cp.add_argument("--split", default="all", help="dev | test | all (default all)")
    cp.add_argument("--json", default="", help="also write the rows and means to this JSON file")
    ta = sub.add_parser("table", help="rewrite suite.md / suite.json / suite.png from a run's per-task rows")
    ta.add_argument("out", help="a folder `run` wrote (or several runs' task folders gathered in one)")
    ta.add_argument("--root", type=Path, default=HERE, help="suite folder (split.yaml, tasks/); default this one")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    return {"prepare": cmd_prepare, "train": cmd_train, "run": cmd_run, "table": cmd_table,
            "status": cmd_status, "coverage": cmd_coverage, "compare": cmd_compare}[args.cmd](args)


if __name__ == "__main__":
    main_guard(main)
