"""Figures, the HTML page and the markdown table of the recovery benchmark (benchmark.json's content in, text or
PNG bytes out; matplotlib Agg).

    pngs = figures(bench)                 # {name: PNG bytes}: recall_vs_size, explained, kl_curves, timing
    html = render(bench, pngs)            # one self-contained page (figures base64-embedded, no scripts)
    md = markdown(bench)                  # the summary table per data run and pooled (stdout, docs/RESULTS.md)
"""

from __future__ import annotations

import base64
import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from softprism.decompose.report import CSS, _e, _num, _short, _table  # noqa: E402

STAGES = ("target_tables_s", "oracle_s", "projection_text_s", "patchscope_text_s", "baseline_text_s", "retrieval_s",
          "tables_s", "solve_s", "path_s", "metrics_s")
FIXED_SIZE = ("projection", "patchscope", "ground_truth")  # dictionaries that do not grow with the size


def _bytes(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return buf.getvalue()


def _style(m: str) -> dict:
    return {"lw": 2.4, "marker": "o"} if m == "pipeline" else {"lw": 1.3, "marker": "."}


def recall_figure(bench: dict) -> bytes:
    """Candidate recall (semantic solid, exact dashed) versus dictionary size, per method, pooled over runs."""
    agg, sizes = bench["aggregate"]["all"], bench["sizes"]
    fig, ax = plt.subplots(figsize=(8.5, 4.5))
    for i, m in enumerate(bench["methods"]):
        a = agg.get(m)
        if not a:
            continue
        color = f"C{i}"
        for kind, ls in (("semantic", "-"), ("exact", "--")):
            ys = [a.get(f"candidate_recall_{kind}@{s}") for s in sizes]
            ys = [np.nan if y is None else y for y in ys]
            ax.plot(sizes, ys, ls=ls, color=color, label=f"{m}" if kind == "semantic" else None, **_style(m))
    ax.set_xscale("log", base=2)
    ax.set_xticks(sizes, [str(s) for s in sizes])
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel("dictionary size (projection, patchscope, ground_truth: fixed, drawn flat)")
    ax.set_ylabel("candidate recall (pooled over components)")
    ax.set_title(f"Ground-truth component in the dictionary: semantic (cos ≥ {bench['semantic_threshold']}, solid), "
                 "exact (dashed)", fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8, loc="best")
    fig.tight_layout()
    return _bytes(fig)


def explained_figure(bench: dict) -> bytes:
    """`explained` (held-out, k components) per method: box plot with every example as a jittered point, colored
    by data run."""
    rows, methods = bench["rows"], bench["methods"]
    runs = [g for g in bench["groups"] if g != "all"]
    fig, ax = plt.subplots(figsize=(max(7, 1.3 * len(methods)), 4.5))
    data = [[r["methods"][m]["explained"] for r in rows if m in r["methods"] and r["methods"][m]["explained"]
             is not None] for m in methods]
    ax.boxplot([d if d else [np.nan] for d in data], positions=range(len(methods)), widths=0.55, showfliers=False)
    rng = np.random.default_rng(0)
    for j, g in enumerate(runs):
        for i, m in enumerate(methods):
            ys = [r["methods"][m]["explained"] for r in rows
                  if r["data"] == g and m in r["methods"] and r["methods"][m]["explained"] is not None]
            ax.scatter(i + rng.uniform(-0.18, 0.18, len(ys)), ys, s=12, alpha=0.7, color=f"C{j}",
                       label=g if i == 0 else None)
    ax.set_xticks(range(len(methods)), methods, rotation=20, fontsize=8)
    ax.axhline(0, color="gray", lw=0.6)
    ax.set_ylabel("explained = 1 − kl / kl_base (held-out)")
    ax.set_title(f"Faithfulness of the {bench['k']}-component answer per method", fontsize=10)
    ax.grid(alpha=0.3, axis="y")
    if runs:
        ax.legend(fontsize=8)
    fig.tight_layout()
    return _bytes(fig)


def curves_figure(bench: dict) -> bytes:
    """Median held-out KL versus number of components k per method, one panel per group (pooled, each run)."""
    groups = bench["groups"]
    fig, axes = plt.subplots(1, len(groups), figsize=(5 * len(groups), 4.2), squeeze=False)
    for ax, g in zip(axes[0], groups):
        agg = bench["aggregate"].get(g, {})
        for i, m in enumerate(bench["methods"]):
            c = agg.get(m, {}).get("curve")
            if not c:
                continue
            pts = [(k, v) for k, v in zip(c["k"], c["kl_median"]) if v is not None]
            if pts:
                ax.plot([p[0] for p in pts], [max(p[1], 1e-6) for p in pts], color=f"C{i}", label=m, **_style(m))
        base = [r["kl_base"] for r in bench["rows"] if (g == "all" or r["data"] == g) and r["kl_base"] is not None]
        if base:
            ax.axhline(float(np.median(base)), color="gray", ls=":", label="no prompt (median kl_base)")
        ax.set_yscale("log")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("components k (greedy, refit)")
        ax.set_ylabel("median held-out KL(soft ‖ PoE)")
        ax.set_title(g, fontsize=10)
        ax.grid(alpha=0.3)
    axes[0][0].legend(fontsize=7)
    fig.tight_layout()
    return _bytes(fig)


def timing_figure(bench: dict) -> bytes:
    """Mean seconds per soft prompt and stage, stacked per method (pooled)."""
    agg, methods = bench["aggregate"]["all"], bench["methods"]
    fig, ax = plt.subplots(figsize=(9, 0.5 * len(methods) + 1.8))
    left = np.zeros(len(methods))
    for j, s in enumerate(STAGES):
        vals = np.array([agg.get(m, {}).get("timing", {}).get(s, 0.0) for m in methods])
        if not vals.any():
            continue
        ax.barh(range(len(methods)), vals, left=left, color=f"C{j}", label=s.removesuffix("_s"))
        left += vals
    ax.set_yticks(range(len(methods)), methods, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("mean seconds per soft prompt (target tables are computed once, shared; shown on the pipeline)")
    ax.set_title("Wall time per stage", fontsize=10)
    ax.legend(fontsize=7, ncol=3)
    ax.grid(alpha=0.3, axis="x")
    fig.tight_layout()
    return _bytes(fig)


def figures(bench: dict) -> dict[str, bytes]:
    """{file stem: PNG bytes} of the four figures."""
    return {"recall_vs_size": recall_figure(bench), "explained": explained_figure(bench),
            "kl_curves": curves_figure(bench), "timing": timing_figure(bench)}


# ---------------------------------------------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------------------------------------------

def _pct(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def table_rows(bench: dict, group: str) -> tuple[list[str], list[list[str]]]:
    """Header and rows (plain strings) of one group's summary table."""
    agg = bench["aggregate"].get(group, {})
    sizes = bench["sizes"]
    ks = [str(k) for k in bench["recall_at"]]
    head = (["method", "dict"] + [f"cand@{s} sem/exact" for s in sizes] + [f"R@{k} sem/exact" for k in ks] +
            ["sign acc", "|w−ŵ|", "kl/floor (med)", "kl/kl_truth (med)", "explained mean (med)", "s/prompt"])
    rows = []
    for m in bench["methods"]:
        a = agg.get(m)
        if not a:
            continue
        cand = [("= " if m in FIXED_SIZE else "") + f"{_pct(a.get(f'candidate_recall_semantic@{s}'))}/"
                f"{_pct(a.get(f'candidate_recall_exact@{s}'))}" for s in sizes]
        rec = [f"{_pct(a[f'recall_semantic@{k}'])}/{_pct(a[f'recall_exact@{k}'])}" for k in ks]
        kr, kt, ex = a["kl_ratio"], a["kl_truth_ratio"], a["explained"]
        rows.append([m, f"{a['n_candidates']:.0f}"] + cand + rec + [
            f"{_pct(a['sign_accuracy'])} (n={a['n_matches']})", _num(a["abs_weight_error"], ".3f"),
            "missing" if kr["median"] is None else f"{kr['median']:.3g} (n={kr['n']})",
            _num(kt["median"], ".3g"),
            f"{_num(ex['mean'], '.3f')} ({_num(ex['median'], '.3f')})",
            _num(a["timing"].get("total_s"), ".1f")])
    return head, rows


def markdown(bench: dict) -> str:
    """Markdown tables, one per group (pooled first), with a legend line."""
    out = []
    for g in bench["groups"]:
        if g not in bench["aggregate"]:
            continue
        head, rows = table_rows(bench, g)
        a = next(iter(bench["aggregate"][g].values()))
        out.append(f"**{g}** ({a['n_examples']} soft prompts, {a['n_components']} ground-truth components)\n")
        out.append("| " + " | ".join(head) + " |")
        out.append("|" + "|".join("---" for _ in head) + "|")
        out += ["| " + " | ".join(r) + " |" for r in rows]
        out.append("")
    out.append(f"cand@N: candidate recall at dictionary size N (`=`: fixed dictionary, same at every N); R@k: "
               f"recall among the top-k components by |w| (gt: k = the example's own number of components); "
               f"sem: cosine ≥ {bench['semantic_threshold']}; sign acc and |w−ŵ| over one-to-one matches among "
               f"the {bench['k']} reported components; kl: held-out KL of the {bench['k']}-component answer; "
               f"floor: the synth example's kl_heldout; kl_truth: the true mixture on the benchmark's probes; "
               f"s/prompt: the method's own mean seconds (tables, solve, path; target tables only on the "
               f"pipeline). Solve dictionary size {bench['solve_size']}.")
    return "\n".join(out)


def render(bench: dict, pngs: dict[str, bytes]) -> str:
    """The HTML page for benchmark.json's content with the figures of `figures`."""
    def img(name: str) -> str:
        return f'<img alt="{name}" src="data:image/png;base64,{base64.b64encode(pngs[name]).decode()}">'

    prov = bench["provenance"]
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>softprism recovery benchmark</title>"
             f"<style>{CSS}</style></head><body><h1>softprism recovery benchmark</h1>"]
    tp = bench["throughput"]
    parts.append(f"<p>{bench['n_examples']} held-out synthetic soft prompts · methods: {_e(', '.join(bench['methods']))}"
                 f" · solve dictionary size {bench['solve_size']} · k = {bench['k']} · "
                 f"{_num(tp['seconds_per_example_mean'], '.1f')} s per soft prompt (all methods)</p>")
    for g in bench["groups"]:
        if g not in bench["aggregate"]:
            continue
        head, rows = table_rows(bench, g)
        a = next(iter(bench["aggregate"][g].values()))
        parts.append(f"<h2>{_e(g)}: {a['n_examples']} soft prompts, {a['n_components']} components</h2>")
        parts.append(_table(head, [[_e(c) for c in r] for r in rows], set(range(1, len(head)))))
    parts.append(f"<p class='muted'>{_e(markdown(bench).splitlines()[-1])}</p>")
    parts.append("<h2>Candidate recall versus dictionary size</h2>" + img("recall_vs_size"))
    parts.append("<h2>Explained per method</h2>" + img("explained"))
    parts.append("<h2>KL versus number of components</h2>" + img("kl_curves"))
    parts.append("<h2>Time per stage</h2>" + img("timing"))

    parts.append("<h2>Examples</h2>")
    methods = bench["methods"]
    rows = []
    for r in bench["rows"]:
        gt = "; ".join(f"{w:+.2f} {_short(t, 50)}" for t, w in zip(r["component_texts"], r["weights"]))
        top = r["methods"]["pipeline"]["components"][:3]
        rows.append([_e(r["key"]), _e(r["init"]), _num(r["kl_floor"], ".3g"), _num(r["kl_truth"], ".3g"), _e(gt),
                     _e("; ".join(f"{c['weight']:+.2f} {_short(c['text'], 40)}" + (" ✓" if c["match"] is not None
                                                                                    else "") for c in top))]
                    + [_num(r["methods"][m]["explained"], ".3f") if m in r["methods"] else "–" for m in methods])
    parts.append(_table(["example", "init", "floor", "kl_truth", "ground truth", "pipeline top 3 (✓ = matched)"]
                        + [f"explained {m}" for m in methods], rows, set(range(6, 6 + len(methods))) | {2, 3}))

    parts.append("<h2>Provenance</h2>")
    model, probes, index, oracle = (prov.get(k) or {} for k in ("model", "probes", "index", "oracle"))
    prow = [
        ["model", _e(f"{model.get('name')} (fingerprint {model.get('fingerprint')})")],
        ["slot", _e(prov.get("slot"))],
        ["probes", _e(f"{probes.get('source')}: {probes.get('fit')} fit / {probes.get('heldout')} held-out, T = "
                      f"{probes.get('positions')}; hashes {probes.get('fit_hash')} / {probes.get('heldout_hash')}")],
        ["index", _e(f"{index.get('folder')} ({index.get('rows')} rows, {index.get('factory')}, encoder "
                     f"{index.get('encoder')}, corpus {index.get('corpus')})")],
        ["oracle", _e(f"{oracle.get('path')} (step {oracle.get('step')})") if oracle
         else '<span class="muted">none (pipeline candidates from the fallback sources)</span>'],
    ]
    for d in prov.get("data", []):
        prow.append([f"data {_e(d['name'])}", _e(f"{d['path']} (run_key {d['run_key']}, split {d['split']}, "
                                                  f"{d['examples_used']} of {d['examples_total']} examples)")])
    for k in ("git_sha", "started", "benchmark_key"):
        if prov.get(k):
            prow.append([k, _e(prov[k])])
    parts.append(_table(["", ""], prow))
    parts.append("</body></html>")
    return "\n".join(parts)
