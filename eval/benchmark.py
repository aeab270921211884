"""Recovery benchmark: decompose held-out synthetic soft prompts and score the answers against their ground truth.

    python eval/benchmark.py --config configs/eval/benchmark.yaml --out DIR [--data RUN ...] [--oracle DIR|none]
        [--index DIR] [--max-examples N] [--no-progress] [--set key=value ...] [--help-config]
    python eval/benchmark.py --report-only --out DIR     # re-aggregate DIR/benchmark.json's rows, redraw the report

For every soft prompt of the synth runs (`data:`; their components come from the corpus' held-out split) the
oracle pipeline and every baseline of decompose/baselines.py (nearest-token projection and patchscope texts, retrieval
from each, a random dictionary of equal size, the ground-truth dictionary as upper bound) run on the same probes,
and every number of docs/DESIGN.md §4 is computed (eval/recovery.py): candidate recall at each dictionary size (exact and
semantic), recall@k, sign accuracy and |w − ŵ| on matches, kl / kl_heldout floor, explained, time per stage.

DIR/examples.jsonl gets one row per soft prompt as it finishes; a rerun skips those (resume). At the end DIR holds
benchmark.json (rows, aggregate tables per run and pooled, provenance), benchmark.html (self-contained report),
the four figures as PNG, config.yaml and run.json, each written atomically; the markdown table goes to stdout.
Bad input (a missing synth run, one made with another model or slot or from the train split, an index for another
encoder) prints one `error:` line and exits with status 2 before anything is written.

`--report-only` loads no model: it recomputes the aggregate tables from the per-example rows already in
DIR/benchmark.json with this checkout's eval/recovery.py and rewrites benchmark.json, the HTML and the figures
(provenance kept, with `reaggregated_at_git_sha` added). Use it after a change to the scoring summary or the report.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
from pathlib import Path

from softprism.poe.config import add_config_arguments, config_from_args
from softprism.poe.errors import InputError
from softprism.poe.runs import main_guard


def write_report(out: Path, result: dict) -> dict:
    """benchmark.json, benchmark.html and the PNGs of `result`, each atomically; returns the JSON-safe result."""
    from softprism.eval import recovery_report
    from softprism.eval.recovery_run import nan_to_none
    from softprism.poe.runs import write_json

    result = nan_to_none(result)
    pngs = recovery_report.figures(result)
    for name, data in pngs.items():
        tmp = out / f".{name}.png.tmp{os.getpid()}"
        tmp.write_bytes(data)
        os.replace(tmp, out / f"{name}.png")
    html = out / f".benchmark.html.tmp{os.getpid()}"
    html.write_text(recovery_report.render(result, pngs), encoding="utf-8")
    os.replace(html, out / "benchmark.html")
    write_json(out / "benchmark.json", result)
    return result


def write_outputs(out: Path, result: dict, cfg) -> None:
    """benchmark.json, benchmark.html, the PNGs, config.yaml and run.json, each atomically."""
    from softprism.poe.runs import write_run_info

    result = write_report(out, result)
    write_run_info(out, cfg, {"command": "benchmark", "benchmark_key": result["provenance"]["benchmark_key"]})


def report_only(out: Path) -> dict:
    """Re-aggregate out/benchmark.json's rows with the current code and rewrite the JSON, HTML and figures."""
    from softprism.eval import recovery
    from softprism.eval.recovery_run import aggregate_groups
    from softprism.poe.runs import provenance

    path = out / "benchmark.json"
    if not path.is_file():
        raise InputError(f"{path}: not found; --report-only needs a finished benchmark folder (run without it first)")
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: not valid JSON ({e}); rerun the benchmark into a new --out") from None
    if result.get("kind") != "softprism.benchmark" or not result.get("rows"):
        raise InputError(f"{path}: not a softprism benchmark with per-example rows; rerun the benchmark")
    names = [g for g in result.get("groups", []) if g != "all"]
    recall_at = [k for k in result["recall_at"] if k != recovery.GT_K]
    result["aggregate"] = aggregate_groups(result["rows"], names, result["methods"], result["sizes"], recall_at)
    result["provenance"]["reaggregated_at_git_sha"] = provenance().get("git_sha")
    return write_report(out, result)


def main() -> int:
    from softprism.eval.recovery_run import BenchmarkConfig

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, help="output folder (resumable: rerun with the same folder to continue)")
    ap.add_argument("--data", nargs="+", help="synth run folders (overrides data)")
    ap.add_argument("--oracle", help="oracle folder, or `none` (overrides decompose.oracle)")
    ap.add_argument("--index", help="index folder (overrides decompose.retrieval.index)")
    ap.add_argument("--max-examples", type=int, help="examples per synth run (overrides max_examples)")
    ap.add_argument("--no-progress", action="store_true", help="no progress bar")
    ap.add_argument("--report-only", action="store_true",
                    help="load no model: re-aggregate --out's benchmark.json rows and redraw its report")
    add_config_arguments(ap, "eval")
    args = ap.parse_args()
    if args.report_only:
        if args.out is None:
            raise InputError("--report-only needs --out DIR (a finished benchmark folder)")
        from softprism.eval import recovery_report
        result = report_only(args.out)
        print(recovery_report.markdown(result))
        print(f"\nreport: {args.out / 'benchmark.html'}  json: {args.out / 'benchmark.json'}")
        return 0
    flags = {"data": args.data, "names": [] if args.data else None, "decompose.oracle": args.oracle, "decompose.retrieval.index": args.index,
             "max_examples": args.max_examples, "progress": False if args.no_progress else None}
    extra = [f"{k}={json.dumps(v)}" for k, v in flags.items() if v is not None]  # JSON values are valid YAML
    cfg = config_from_args(BenchmarkConfig, args, extra)
    if cfg is None:
        return 0
    if args.out is None:
        raise InputError("pass --out DIR (the benchmark's output folder)")
    from softprism.poe.runs import claim_out

    d = cfg.decompose
    claim_out(args.out, ("examples.jsonl",), [*cfg.data, d.oracle, d.retrieval.index, d.probes.source])  # resumable
    from softprism.eval import recovery_report
    from softprism.eval.recovery_run import open_benchmark, run_examples, summarise

    if cfg.progress:  # one bar; the per-method log lines would break it up
        logging.getLogger("softprism.decompose").setLevel(logging.WARNING)  # the pipeline's and the baselines'
    bench = open_benchmark(cfg)  # every input checked here: nothing is written before
    rows = run_examples(bench, args.out)
    if not rows:
        raise InputError("the synth runs hold no examples; generate some first")
    result = summarise(bench, rows)
    write_outputs(args.out, result, cfg)
    print(recovery_report.markdown(result))
    print(f"\nreport: {args.out / 'benchmark.html'}  json: {args.out / 'benchmark.json'}")
    return 0


if __name__ == "__main__":
    main_guard(main)
