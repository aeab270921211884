"""Can a soft prompt stand in for a LoRA? `captured` against soft-prompt length L and LoRA rank r, on one recipe.

    python -m benchmarks.finetune_sweep --out runs/finetune_sweep [--recipe french] [--ranks 1,4,16]
        [--lengths 8,16,32,64] [--steps 300] [--lora-steps 200] [--model embedded|tiny] [--threads 1]
    python -m benchmarks.finetune_sweep --out runs/finetune_sweep --table   # rewrite the table and plot only

For each rank r it trains the recipe's LoRA at that rank (examples/finetunes/recipes.yaml names the recipe: its mode,
training rows and system prompt; `softprism train-lora`), then for each length L distils it into a soft prompt of L
virtual tokens (`softprism distil-finetune`, with the recipe's training rows as the task probes) and reads
`captured` = 1 - KL(fine-tune || base + S) / KL(fine-tune || base) on held-out probes like the training ones, and on
the embedded generic probes. This is the research note's first claim ("many low-rank fine-tunes can be
well-approximated by soft prompts") measured on one model.

Writes under OUT: lora_r{r}/ (the LoRAs), r{r}_L{L}/ (the distilled soft prompts with their finetune.json),
sweep.json (meta, one row per (r, L)), sweep.md (the table) and sweep.png (captured against L, a line per rank).
Every piece is written whole by the commands it calls, so a killed sweep resumes where it stopped when rerun with the
same arguments; finished pieces are read back. Bad input prints one `error:` line and exits with status 2.

Must not: change the recipes file, or write outside OUT.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

import yaml

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard

log = logging.getLogger("softprism.benchmarks.finetune_sweep")
ROOT = Path(__file__).resolve().parents[1]
RECIPES = ROOT / "examples" / "finetunes" / "recipes.yaml"


def read_recipes(path: Path) -> list[dict]:
    """Every LoRA recipe of a recipes file (see examples/finetunes/recipes.yaml), each checked: a name, `mode`,
    `train` and `description`, and a `system` prompt for context distillation."""
    if not path.is_file():
        raise InputError(f"{path}: no such recipes file; pass --recipes examples/finetunes/recipes.yaml")
    loras = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("loras") or []
    if not loras:
        raise InputError(f"{path}: no `loras` listed")
    for r in loras:
        name = r.get("name")
        if not name:
            raise InputError(f"{path}: a recipe has no `name`")
        for key in ("mode", "train", "description"):
            if not r.get(key):
                raise InputError(f"{path}: recipe {name!r} has no `{key}`")
        if r["mode"] == "context" and not r.get("system"):
            raise InputError(f"{path}: recipe {name!r} is context distillation but has no `system` prompt")
    return loras


def read_recipe(path: Path, name: str) -> dict:
    """One checked recipe of a recipes file, by name."""
    by_name = {r["name"]: r for r in read_recipes(path)}
    if name not in by_name:
        raise InputError(f"{path}: no recipe named {name!r}; it has {', '.join(map(str, by_name))}")
    return by_name[name]


def _ints(text: str, flag: str) -> list[int]:
    try:
        xs = [int(x) for x in text.split(",") if x.strip()]
    except ValueError:
        raise InputError(f"{flag} {text!r}: give comma-separated positive integers, e.g. 1,4,16") from None
    if not xs or min(xs) < 1:
        raise InputError(f"{flag} {text!r}: give comma-separated positive integers, e.g. 1,4,16")
    return xs


def lora_argv(recipe: dict, rank: int, out: Path, args) -> list[str]:
    """`softprism train-lora` arguments for the recipe at rank r."""
    argv = ["--mode", recipe["mode"], "--train", str(ROOT / recipe["train"]), "--rank", str(rank),
            "--description", recipe["description"], "--out", str(out), "--model", args.model,
            "--steps", str(args.lora_steps), "--seed", str(args.seed), "--threads", str(args.threads)]
    if recipe["mode"] == "context":
        argv += ["--system", recipe["system"]]
    return argv


def distil_argv(recipe: dict, lora: Path, length: int, out: Path, args) -> list[str]:
    """`softprism distil-finetune` arguments: the recipe's training rows are the task probes."""
    argv = [str(lora), "--probes", str(ROOT / recipe["train"]), "--length", str(length), "--steps", str(args.steps),
            "--seed", str(args.seed), "--threads", str(args.threads), "--out", str(out)]
    if args.model == "tiny":
        argv += ["--model", "tiny"]
    return argv


def row_of(rank: int, length: int, folder: Path) -> dict:
    """One table row from a distilled folder's finetune.json."""
    fj = json.loads((folder / "finetune.json").read_text(encoding="utf-8"))
    held = fj.get("heldout") or {}
    return {"rank": rank, "length": length, "captured": fj.get("captured"), "captured_task": fj.get("captured_task"),
            "captured_generic": fj.get("captured_generic"),
            "kl_base_task": (held.get("task") or {}).get("kl_base"),
            "kl_soft_task": (held.get("task") or {}).get("kl_soft"),
            "kl_base_generic": (held.get("generic") or {}).get("kl_base"),
            "kl_soft_generic": (held.get("generic") or {}).get("kl_soft"),
            "train_seconds": fj.get("train_seconds"),
            "folder": folder.name}


def _f(x, nd: int = 3) -> str:
    return "–" if x is None else f"{x:.{nd}f}"


def table(meta: dict, rows: list[dict]) -> str:
    """The markdown table: captured (like-training / generic) per rank and length."""
    ranks = sorted({r["rank"] for r in rows})
    lengths = sorted({r["length"] for r in rows})
    at = {(r["rank"], r["length"]): r for r in rows}
    head = ["rank \\ L"] + [str(L) for L in lengths]
    lines = [f"# captured against soft-prompt length and LoRA rank: {meta['recipe']}", "",
             f"{meta['description']}", "",
             "captured = 1 − KL(fine-tune ‖ base + S) / KL(fine-tune ‖ base) on held-out probes like the training ones "
             "(the recipe's rows), then on the embedded generic probes in brackets.", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for rk in ranks:
        cells = []
        for L in lengths:
            r = at.get((rk, L))
            cells.append("" if r is None else f"{_f(r['captured'])} ({_f(r['captured_generic'])})")
        lines.append(f"| r = {rk} | " + " | ".join(cells) + " |")
    lines += ["", "KL(fine-tune ‖ base) on the held-out like-training probes, per rank: "
              + ", ".join(f"r = {rk}: {_f(next((r['kl_base_task'] for r in rows if r['rank'] == rk), None), 4)}"
                          for rk in ranks), "",
              f"Command: `{meta['command']}`  ", f"Commit {meta['git_sha'][:7]}, {meta['hardware']}; "
              f"{meta['steps']} distillation steps, {meta['lora_steps']} LoRA steps, seed {meta['seed']}."]
    return "\n".join(lines) + "\n"


def plot(meta: dict, rows: list[dict], path: Path) -> None:
    """captured (solid: like-training probes; dashed: generic) against L, a line per rank."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    for i, rk in enumerate(sorted({r["rank"] for r in rows})):
        rs = sorted((r for r in rows if r["rank"] == rk), key=lambda r: r["length"])
        xs = [r["length"] for r in rs]
        color = f"C{i}"
        ax.plot(xs, [r["captured"] for r in rs], "o-", color=color, label=f"LoRA rank {rk}: like training")
        ax.plot(xs, [r["captured_generic"] for r in rs], "s--", color=color, alpha=0.6, label=f"rank {rk}: generic")
    ax.axhline(0.8, color="grey", lw=0.8, ls=":")
    ax.set_xscale("log", base=2)
    ax.set_xlabel("soft-prompt length L (virtual tokens)")
    ax.set_ylabel("captured (held-out)")
    ax.set_title(f"How much of a LoRA a soft prompt captures: {meta['recipe']}", fontsize=10)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_outputs(out: Path, meta: dict, rows: list[dict]) -> None:
    from softprism.poe.runs import write_json

    rows = sorted(rows, key=lambda r: (r["rank"], r["length"]))
    write_json(out / "sweep.json", {"meta": meta, "rows": rows})
    (out / "sweep.md").write_text(table(meta, rows), encoding="utf-8")
    plot(meta, rows, out / "sweep.png")


def main(argv: list[str] | None = None) -> int:
    from benchmarks.suite.suite import hardware
    from softprism.poe.runs import provenance

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="sweep folder (resumable)")
    ap.add_argument("--recipes", type=Path, default=RECIPES, help="recipes file (default examples/finetunes/...)")
    ap.add_argument("--recipe", default="french", help="recipe name (default french)")
    ap.add_argument("--ranks", default="1,4,16", help="LoRA ranks (default 1,4,16)")
    ap.add_argument("--lengths", default="8,16,32,64", help="soft-prompt lengths (default 8,16,32,64)")
    ap.add_argument("--steps", type=int, default=300, help="distillation steps (default 300)")
    ap.add_argument("--lora-steps", type=int, default=200, help="LoRA training steps (default 200)")
    ap.add_argument("--model", default="embedded", choices=["embedded", "tiny"], help="base model (default embedded)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0 = torch's default)")
    ap.add_argument("--table", action="store_true", help="only rewrite sweep.md/json/png from finished pieces")
    args = ap.parse_args(argv)
    recipe = read_recipe(args.recipes, args.recipe)
    ranks, lengths = _ints(args.ranks, "--ranks"), _ints(args.lengths, "--lengths")
    if args.steps < 1 or args.lora_steps < 1:
        raise InputError("--steps and --lora-steps must be at least 1")
    args.out.mkdir(parents=True, exist_ok=True)
    meta = {"recipe": recipe["name"], "description": recipe["description"], "mode": recipe["mode"],
            "ranks": ranks, "lengths": lengths, "steps": args.steps, "lora_steps": args.lora_steps,
            "seed": args.seed, "model": args.model, "git_sha": provenance().get("git_sha") or "unknown",
            "hardware": hardware(),
            "command": "python -m benchmarks.finetune_sweep --out " + str(args.out)
            + f" --recipe {recipe['name']} --ranks {args.ranks} --lengths {args.lengths} --steps {args.steps}"
            + f" --lora-steps {args.lora_steps}" + (" --model tiny" if args.model == "tiny" else "")}
    rows = []
    if not args.table:
        from softprism.synth import distil_finetune, train_lora

        for rk in ranks:
            lora = args.out / f"lora_r{rk}"
            if not (lora / "adapter_config.json").is_file():
                t0 = time.perf_counter()
                log.info("training the %s LoRA at rank %d", recipe["name"], rk)
                if train_lora.main(lora_argv(recipe, rk, lora, args)):
                    raise InputError(f"{lora}: train-lora failed")
                log.info("rank %d LoRA trained in %.0f s", rk, time.perf_counter() - t0)
            for L in lengths:
                folder = args.out / f"r{rk}_L{L}"
                if not (folder / "finetune.json").is_file():
                    log.info("distilling rank %d into L = %d", rk, L)
                    if distil_finetune.main(distil_argv(recipe, lora, L, folder, args)):
                        raise InputError(f"{folder}: distil-finetune failed")
                rows.append(row_of(rk, L, folder))
                write_outputs(args.out, meta, rows)  # the table grows as pieces finish
    else:
        for rk in ranks:
            for L in lengths:
                if (args.out / f"r{rk}_L{L}" / "finetune.json").is_file():
                    rows.append(row_of(rk, L, args.out / f"r{rk}_L{L}"))
        if not rows:
            raise InputError(f"{args.out}: no finished pieces (r*_L*/finetune.json) to tabulate")
    write_outputs(args.out, meta, rows)
    print((args.out / "sweep.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    main_guard(main)
