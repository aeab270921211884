"""The shipped fine-tune recipes explained, and checked against what each was trained to do.

    python -m benchmarks.finetune_explain --out runs/ft_explain [--finetunes examples/finetunes]
        [--config configs/eval/decompose_demo.yaml] [--recipes examples/finetunes/recipes.yaml] [--only NAME ...]
        [--no-phase0] [--threads 1] [--encoder default] [--table]

For every LoRA of the recipes file (the shipped ones in examples/finetunes/NAME, or those examples/finetunes/make.sh
trains into another `--finetunes` folder) it runs `softprism explain-finetune` on probes like its training rows
(a context-distilled LoRA: the recipe's inputs; an sft one: its task's train and test rows together, so that enough
rows are held out), writing OUT/NAME/. For every
context-distilled LoRA it also runs Phase 0 for fine-tunes (OUT/NAME_phase0/): the same command with the known
system prompt added to the dictionary (`candidates.file`). Runs that finished are read back, so a killed command
resumes; `--table` only gathers.

Per LoRA the table says: `captured` (fine-tune -> soft prompt), `explained` with its chance line (soft prompt ->
hard prompts), `explained_ft` (fine-tune -> hard prompts directly), the top three components by |weight|, and
their best MiniLM cosine to the recipe's one-line description (and, for a context LoRA, to its system prompt). Phase 0 adds the
system prompt's rank and weight in the answer. Writes OUT/explain.json and OUT/explain.md.

Must not: train or change the LoRAs, or write outside OUT.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard

from benchmarks.finetune_sweep import _f, read_recipes

log = logging.getLogger("softprism.benchmarks.finetune_explain")
ROOT = Path(__file__).resolve().parents[1]
RECIPES = ROOT / "examples" / "finetunes" / "recipes.yaml"
GOAL_COS = 0.6


def probes_for(recipe: dict, out: Path) -> Path:
    """Probes like the LoRA's training rows: the recipe's train file, and for an sft task file its test rows too
    (written to OUT/NAME_probes.jsonl), so that the held-out part is not a handful of rows."""
    train = ROOT / recipe["train"]
    test = train.with_name("test.jsonl")
    if recipe["mode"] != "sft" or not test.is_file():
        return train
    both = out / f"{recipe['name']}_probes.jsonl"
    both.write_text(train.read_text(encoding="utf-8") + test.read_text(encoding="utf-8"), encoding="utf-8")
    return both


def explain_argv(lora: Path, probes: Path, out: Path, args, candidates: Path | None = None) -> list[str]:
    argv = [str(lora), "--probes", str(probes), "--out", str(out), "--config", str(args.config),
            "--threads", str(args.threads)]
    if candidates is not None:
        argv += ["--set", f"candidates.file={candidates}"]
    return argv


def components(result: dict) -> list[dict]:
    return list((result.get("pipeline") or {}).get("components") or [])


def row_of(recipe: dict, folder: Path, phase0: Path | None, encoder) -> dict:
    res = json.loads((folder / "result.json").read_text(encoding="utf-8"))
    comps = sorted(components(res), key=lambda c: -abs(c["weight"]))  # the top three by size of weight
    top3 = comps[:3]
    refs = [recipe["description"]] + ([recipe["system"]] if recipe.get("system") else [])
    e = encoder.encode([c["text"] for c in top3] + refs) if top3 else None
    cos_desc = cos_sys = None
    if e is not None:
        sims = e[: len(top3)] @ e[len(top3):].T
        cos_desc = float(sims[:, 0].max())
        cos_sys = float(sims[:, 1].max()) if len(refs) > 1 else None
    fin = res.get("finetune") or {}
    row = {"name": recipe["name"], "mode": recipe["mode"], "rank": recipe.get("rank"),
           "description": recipe["description"], "system": recipe.get("system"),
           "captured": res.get("captured"), "captured_generic": (fin.get("distil") or {}).get("captured_generic"),
           "explained": res.get("explained"), "explained_chance": res.get("explained_chance"),
           "explained_ft": res.get("explained_ft"), "explained_ft_null_only": fin.get("explained_ft_null_only"),
           "chain": res.get("chain"),
           "kl_base": (((fin.get("distil") or {}).get("heldout") or {}).get("task") or {}).get("kl_base"),
           "top3": [{"text": c["text"], "weight": c["weight"], "source": c.get("source")} for c in top3],
           "cos_top3_description": cos_desc, "cos_top3_system": cos_sys,
           "carries_behaviour": (cos_desc is not None and cos_desc >= GOAL_COS
                                 and res.get("explained") is not None and res.get("explained_chance") is not None
                                 and res["explained"] > res["explained_chance"])}
    if phase0 is not None and (phase0 / "result.json").is_file():
        p0 = json.loads((phase0 / "result.json").read_text(encoding="utf-8"))
        pc = components(p0)
        by_size = sorted(pc, key=lambda c: -abs(c["weight"]))
        hit = [i for i, c in enumerate(by_size) if c["text"].strip() == recipe["system"].strip()]
        row["phase0"] = {
            "system_rank": hit[0] + 1 if hit else None,
            "system_weight": by_size[hit[0]]["weight"] if hit else None,
            "top": by_size[0]["text"] if by_size else None,
            "explained": p0.get("explained"), "explained_ft": p0.get("explained_ft"),
            "captured": p0.get("captured"),
            "passes": bool(hit and hit[0] == 0 and abs(by_size[0]["weight"] - 1.0) <= 0.2
                           and (p0.get("explained_ft") or 0.0) >= 0.8),
        }
    return row


def table(meta: dict, rows: list[dict]) -> str:
    lines = ["# The shipped fine-tunes, explained", "",
             "| LoRA | mode, rank | captured (generic) | explained (chance) | explained_ft (intercept alone) | "
             "top three components (weight) | cos@3 to description / system prompt |",
             "|---|---|---|---|---|---|---|"]
    for r in rows:
        top = "<br>".join(f"{c['weight']:+.2f} {' '.join(c['text'].split())[:70]}" for c in r["top3"])
        lines.append(f"| {r['name']} | {r['mode']}, {r['rank']} | {_f(r['captured'])} ({_f(r['captured_generic'])}) "
                     f"| {_f(r['explained'])} ({_f(r['explained_chance'])}) | {_f(r['explained_ft'])} "
                     f"({_f(r['explained_ft_null_only'])}) | {top} | {_f(r['cos_top3_description'], 2)} / "
                     f"{_f(r['cos_top3_system'], 2)} |")
    n_ok = sum(1 for r in rows if r["carries_behaviour"])
    lines += ["", f"Top three carry the described behaviour (cos to the description ≥ {GOAL_COS} and explained above "
                  f"its chance line): {n_ok} of {len(rows)}."]
    p0 = [r for r in rows if r.get("phase0")]
    if p0:
        lines += ["", "Phase 0 for fine-tunes (the system prompt added to the dictionary):", "",
                  "| LoRA | system prompt's rank by abs(weight) | its weight | explained | explained_ft | passes |",
                  "|---|---|---|---|---|---|"]
        for r in p0:
            p = r["phase0"]
            lines.append(f"| {r['name']} | {p['system_rank'] or '–'} | {_f(p['system_weight'])} | "
                         f"{_f(p['explained'])} | {_f(p['explained_ft'])} | {'yes' if p['passes'] else 'no'} |")
    lines += ["", f"Command: `{meta['command']}`  ", f"Commit {meta['git_sha'][:7]}, {meta['hardware']}."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    from benchmarks.suite.suite import hardware
    from softprism.poe.runs import provenance, write_json

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--finetunes", type=Path, default=ROOT / "examples" / "finetunes",
                    help="the trained LoRAs' folder (default: the shipped ones, examples/finetunes)")
    ap.add_argument("--out", type=Path, required=True, help="run folder (resumable)")
    ap.add_argument("--config", type=Path, default=ROOT / "configs" / "eval" / "decompose_demo.yaml",
                    help="decompose config (default: the demo's, about 80 candidates)")
    ap.add_argument("--recipes", type=Path, default=RECIPES)
    ap.add_argument("--only", nargs="*", default=None, help="recipe names (default: all)")
    ap.add_argument("--no-phase0", dest="phase0", action="store_false", help="skip the Phase 0 runs")
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--encoder", default="default", help="sentence encoder for the description scores (default MiniLM)")
    ap.add_argument("--table", action="store_true", help="only gather finished runs")
    args = ap.parse_args(argv)
    recipes = read_recipes(args.recipes)
    if args.only:
        unknown = sorted(set(args.only) - {r["name"] for r in recipes})
        if unknown:
            raise InputError(f"--only {' '.join(unknown)}: not in {args.recipes}")
        recipes = [r for r in recipes if r["name"] in args.only]
    if not args.table:
        for r in recipes:
            if not (args.finetunes / r["name"] / "adapter_config.json").is_file():
                raise InputError(f"{args.finetunes / r['name']}: no trained LoRA; run "
                                 f"OUT={args.finetunes} bash examples/finetunes/make.sh")
        if not args.config.is_file():
            raise InputError(f"{args.config}: no such config")
    args.out.mkdir(parents=True, exist_ok=True)
    if not args.table:
        from softprism.decompose import finetune

        for r in recipes:
            probes = probes_for(r, args.out)
            runs = [(args.out / r["name"], None)]
            if args.phase0 and r["mode"] == "context":
                sys_file = args.out / f"{r['name']}_system.txt"
                sys_file.write_text(r["system"] + "\n", encoding="utf-8")
                runs.append((args.out / f"{r['name']}_phase0", sys_file))
            for folder, cands in runs:
                if (folder / "result.json").is_file():
                    continue
                log.info("explaining %s", folder.name)
                if finetune.main(explain_argv(args.finetunes / r["name"], probes, folder, args, cands)):
                    raise InputError(f"{folder}: explain-finetune failed")
    from softprism.retrieval.encoder import Encoder

    encoder = Encoder(args.encoder)
    rows = [row_of(r, args.out / r["name"], args.out / f"{r['name']}_phase0" if r["mode"] == "context" else None,
                   encoder)
            for r in recipes if (args.out / r["name"] / "result.json").is_file()]
    if not rows:
        raise InputError(f"{args.out}: no finished runs (NAME/result.json) to tabulate")
    config = args.config.resolve()
    meta = {"config": str(config.relative_to(ROOT)) if config.is_relative_to(ROOT) else str(args.config),
            "git_sha": provenance().get("git_sha") or "unknown", "hardware": hardware(),
            "command": f"python -m benchmarks.finetune_explain --finetunes {args.finetunes} --out {args.out}"
            + (f" --config {args.config}" if args.config != ROOT / "configs/eval/decompose_demo.yaml" else "")}
    write_json(args.out / "explain.json", {"meta": meta, "rows": rows})
    (args.out / "explain.md").write_text(table(meta, rows), encoding="utf-8")
    print((args.out / "explain.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    main_guard(main)
