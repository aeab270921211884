"""docs/FINDINGS.md from the units benchmarks/findings.py computed: one JSON, one PNG and one section per question.

    write_all(units, meta, out)     # out/FINDINGS.md, out/findings/q1..q6.json, out/findings/q*.png

Each `qN(units)` returns {"status", "answer" (the plain answer: first lines of the section), "numbers" (what the
answer and the tables quote), "table" (markdown lines), "notes"}; `figure_qN` draws its PNG from the same dict, so
every number in the text is in the question's JSON. Pure: no model, no computation beyond arithmetic on the units.
"""

from __future__ import annotations

import math
import statistics
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from benchmarks.findings_stats import compare_groups, flatten_point, mean_curve, smoothness  # noqa: E402

TITLES = {
    "q1": "1. Phase 0 / 0.5: does the machinery recover a known hard prompt, and how does it degrade under noise?",
    "q2": "2. Phase 1: are the top-weighted prompts of real task soft prompts about the task?",
    "q3": "3. Phase 2: which candidate dictionary explains more, with how many LM calls?",
    "q4": "4. The skeptic's question: how many hard prompts does a soft prompt need?",
    "q5": "5. Portability: does the decomposition keep the soft prompt's task accuracy?",
    "q6": "6. Where it breaks",
}
SHORT = {"q1": "Phase 0 / 0.5", "q2": "Phase 1 (real soft prompts)", "q3": "Phase 2 (candidate sources)",
         "q4": "How many prompts", "q5": "Portability", "q6": "Where it breaks"}
METHOD_NAMES = {"oracle": "(a) oracle + FAISS", "lm": "(b) LM proposals", "patchscope_retrieval":
                "(c) patchscope retrieval", "projection_retrieval": "(c') projection retrieval",
                "signature": "(d) signature pursuit", "union": "union of all",
                "reference": "union + task description (control)",
                "pipeline": "(a) pipeline", "random": "random", "ground_truth": "ground truth"}
DPI = 80


def _fin(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def _fmt(x, f: str = ".3f") -> str:
    return format(x, f) if _fin(x) else "–"


def _short(t: str, n: int = 60) -> str:
    t = " ".join(str(t).split())
    return t if len(t) <= n else t[: n - 1] + "…"


def _md(t: str, n: int = 70) -> str:
    return _short(t, n).replace("|", "\\|")


def _not_measured(why: str) -> dict:
    return {"status": "not measured", "answer": f"Not measured: {why}.", "numbers": {}, "table": [], "notes": []}


def _measured_tasks(units: dict) -> dict:
    return {k: v for k, v in units.get("tasks", {}).items() if v.get("status") == "measured"}


def _missing_tasks(units: dict) -> dict:
    return {k: v.get("why", "") for k, v in units.get("tasks", {}).items() if v.get("status") != "measured"}


# ---------------------------------------------------------------------------------------------------------------
# q1
# ---------------------------------------------------------------------------------------------------------------

def q1(units: dict) -> dict:
    ph = units.get("phases", {})
    if ph.get("status") != "measured":
        return _not_measured(ph.get("why", "no Phase 0 / 0.5 results"))
    p0, p05 = ph["phase0"], ph["phase05"]
    dec = p0.get("decomposition", {})
    summ = p05["summary"]
    sig = [s["sigma"] for s in summ]
    ex = [s["explained"] for s in summ]
    kb = [s["kl_base"] for s in summ]
    sm = smoothness(sig, ex)
    sm_target = smoothness(sig, kb)
    sharp = sm["share"] >= 0.6
    recovered = abs(p0["target_weight"] - 1) <= 0.05 and p0["max_other_abs_weight"] <= 0.05 and p0["kl"] <= 1e-3
    a0 = (f"Phase 0: {'yes' if recovered else 'no'}: the known prompt comes back with weight "
          f"{p0['target_weight']:.3f} (largest other |weight| {p0['max_other_abs_weight']:.3f}) out of "
          f"{p0['dictionary_size']} prompts, held-out KL {p0['kl']:.1e} (no prompt: {_fmt(dec.get('kl_base'))}).")
    a1 = (f"Phase 0.5: {'a sharp step' if sharp else 'no phase transition'}: `explained` falls "
          f"{'monotonically ' if sm['monotone'] else 'non-monotonically '}from {ex[0]:.2f} at σ = {sig[0]:g} to "
          f"{ex[-1]:.2f} at σ = {sig[-1]:g}; the largest step between neighbouring noise levels is "
          f"{sm['largest_drop']:.2f} (σ {sm['between'][0]:g} → {sm['between'][1]:g}), {sm['share']:.0%} of the "
          f"whole fall (a transition would put ≥ 60% in one step), and the decomposition's held-out KL stays at or below "
          f"{max(x['kl'] for x in summ):.3f} at every level. The noisy target's own effect (its KL from the "
          f"no-prompt model) goes from {kb[0]:.3f} to {kb[-1]:.3f}"
          + (f", {sm_target['share']:.0%} of that fall between σ {sm_target['between'][0]:g} and "
             f"{sm_target['between'][1]:g} (the weight on the clean target drops from "
             f"{summ[sig.index(sm_target['between'][0])]['target_weight']:.2f} to "
             f"{summ[sig.index(sm_target['between'][1])]['target_weight']:.2f} there): past that point the noisy "
             f"prompt no longer does what the clean one does, and what is left to explain is small."
             if sm_target["between"] and kb[-1] < 0.5 * kb[0] else "."))
    headline = (f"Phase 0: {'yes' if recovered else 'no'} (target weight {p0['target_weight']:.3f}, held-out KL "
                f"{p0['kl']:.1e}). Phase 0.5: {'a sharp step' if sharp else 'smooth, no phase transition'} "
                f"(explained {ex[0]:.2f} → {ex[-1]:.2f} over σ {sig[0]:g}–{sig[-1]:g}; largest step "
                f"{sm['share']:.0%} of the fall).")
    table = ["| σ (× emb. std) | held-out KL | kl_base | explained | weight on the clean target |",
             "|---|---|---|---|---|"]
    table += [f"| {s['sigma']:g} | {s['kl']:.4f} | {s['kl_base']:.3f} | {s['explained']:.3f} | "
              f"{s['target_weight']:.3f} |" for s in summ]
    srcs = ph.get("source")
    notes = [f"Source: {ph['command']}" + (f" (files {ph.get('phase0_file', {}).get('path')} @ "
                                           f"{(ph.get('phase0_file', {}).get('commit') or '?')[:10]}, "
                                           f"{ph.get('phase05_file', {}).get('path')} @ "
                                           f"{(ph.get('phase05_file', {}).get('commit') or '?')[:10]})"
                                           if srcs == "files" else " (rerun by this command)")]
    return {"status": "measured", "answer": a0 + "\n\n" + a1, "headline": headline, "table": table, "notes": notes,
            "numbers": {"phase0": {k: p0.get(k) for k in ("target", "target_weight", "max_other_abs_weight", "kl",
                                                          "dictionary_size", "runner_up")},
                        "phase0_kl_base": dec.get("kl_base"), "phase0_components": dec.get("components", [])[:8],
                        "phase05_summary": summ, "smoothness_explained": sm, "smoothness_target_kl_base": sm_target,
                        "phase_transition": sharp, "recovered": recovered}}


def figure_q1(q: dict, path: Path) -> bool:
    n = q["numbers"]
    if not n:
        return False
    fig, ax = plt.subplots(1, 3, figsize=(13, 3.6))
    comps = n["phase0_components"][:8]
    tgt = n["phase0"]["target"]
    ys = list(range(len(comps)))[::-1]
    ax[0].barh(ys, [c["weight"] for c in comps], color=["tab:orange" if c["text"] == tgt else "tab:blue"
                                                         for c in comps])
    ax[0].set_yticks(ys, [_short(c["text"], 34) for c in comps], fontsize=7)
    ax[0].set_title("Phase 0: weights (orange = the target)", fontsize=9)
    s = n["phase05_summary"]
    sig = [x["sigma"] for x in s]
    ax[1].errorbar(sig, [x["explained"] for x in s], yerr=[x.get("explained_sd", 0) for x in s], fmt="o-",
                   capsize=3, color="tab:green")
    ax[1].set_ylim(min(0, min(x["explained"] for x in s) - 0.05), 1.05)
    ax[1].set_xlabel("noise σ (× embedding std)")
    ax[1].set_ylabel("explained (held-out)")
    ax[1].set_title("Phase 0.5: explained vs noise", fontsize=9)
    ax[2].plot(sig, [x["kl"] for x in s], "o-", label="KL(target ‖ decomposition)")
    ax[2].plot(sig, [x["kl_base"] for x in s], "s--", color="gray", label="KL(target ‖ no prompt)")
    ax[2].set_xlabel("noise σ (× embedding std)")
    ax[2].legend(fontsize=7)
    ax[2].set_title("Phase 0.5: held-out KL", fontsize=9)
    for a in ax[1:]:
        a.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return True


# ---------------------------------------------------------------------------------------------------------------
# q2
# ---------------------------------------------------------------------------------------------------------------

def q2(units: dict) -> dict:
    tasks = _measured_tasks(units)
    missing = _missing_tasks(units)
    if not tasks:
        why = "; ".join(f"{k}: {v}" for k, v in missing.items()) or "no tasks configured (`tasks:`)"
        return _not_measured(f"no task soft prompt could be decomposed ({why})")
    rows, per = [], {}
    related = 0
    for name, t in tasks.items():
        m = t.get("portable")
        s = t["methods"].get(m) if m else None
        if s is None:
            continue
        rel = t.get("relatedness", {}).get(m, {})
        ref = t.get("reference")
        ref_rank, ref_w = (ref["rank"], ref["weight"]) if ref else (None, None)
        is_rel = _fin(rel.get("percentile_vs_random")) and rel["percentile_vs_random"] >= 0.95
        related += bool(is_rel)
        per[name] = {"description": t.get("description"), "method": m, "explained": s["explained"],
                     "k": s["k"], "explained_full": s["explained_full"], "kl_base": s["kl_base"],
                     "top": s["components"][:5], "relatedness": rel, "related": is_rel,
                     "reference_rank": ref_rank, "reference_weight": ref_w,
                     "reference_explained": ref["explained_full"] if ref else None,
                     "union_explained_full": s["explained_full"],
                     "soft_accuracy": t.get("accuracy", {}).get("conditions", {}).get("soft", {}).get("accuracy")}
        top = "<br>".join(f"{c['weight']:+.2f} {_md(c['text'], 60)}" for c in s["components"][:5])
        rows.append(f"| {name} | {_md(t.get('description') or '', 60)} | {top} | {_fmt(s['explained'])} "
                    f"(k={s['k']}) | {_fmt(rel.get('max_cosine'), '.2f')} (random p95 "
                    f"{_fmt(rel.get('random_max_cosine_p95'), '.2f')}) | "
                    f"{'–' if ref_rank is None else f'#{ref_rank} ({ref_w:+.2f})'} |")
    n = len(per)
    verdict = ("Yes" if related == n else "No" if related == 0 else "Partly")
    details = "; ".join(
        f"{k}: top prompt \"{_short(v['relatedness'].get('top_positive', v['top'][0]['text'] if v['top'] else ''), 70)}\""
        f" (best cosine to the task {_fmt(v['relatedness'].get('max_cosine'), '.2f')} vs "
        f"{_fmt(v['relatedness'].get('random_max_cosine_p95'), '.2f')} for the 95th percentile of random prompts; "
        f"explained {_fmt(v['explained'])})" for k, v in per.items())
    enc = next((v["relatedness"].get("encoder") for v in per.values() if v["relatedness"].get("encoder")), "?")
    headline = (f"{verdict}: for {related} of {n} task soft prompts the top-weighted prompts are measurably about the "
                f"task (best cosine to the task description above 95% of random draws of as many corpus prompts).")
    answer = (f"{verdict}: for {related} of {n} task soft prompts the top-weighted prompts are measurably about the "
              f"task (their best cosine to the task description, in the index encoder's space ({enc}), beats 95% of "
              f"random draws of as many corpus prompts). {details}.")
    notes = []
    if missing:
        notes.append("Not measured: " + "; ".join(f"{k} ({v})" for k, v in missing.items()) + ".")
    refs = [(k, v) for k, v in per.items() if v["reference_rank"] is not None]
    if refs:
        notes.append("Control: with the task description itself added to the union dictionary (full fit), it gets "
                     + "; ".join(f"{k}: rank {v['reference_rank']} by |weight|, weight {v['reference_weight']:+.2f}, "
                                 f"explained {_fmt(v['reference_explained'])} (without it "
                                 f"{_fmt(v['union_explained_full'])})" for k, v in refs) + ".")
    table = ["| task | trained to | top-5 components (weight, text) | explained | best cosine to task | "
             "description if added |", "|---|---|---|---|---|---|"] + rows
    return {"status": "measured" if not missing else "partial", "answer": answer, "headline": headline,
            "table": table, "notes": notes, "numbers": {"tasks": per, "related": related, "n": n, "missing": missing}}


def figure_q2(q: dict, path: Path) -> bool:
    tasks = q["numbers"].get("tasks") or {}
    if not tasks:
        return False
    fig, axes = plt.subplots(len(tasks), 1, figsize=(8.5, 2.1 * len(tasks) + 0.4), squeeze=False)
    for ax, (name, t) in zip(axes[:, 0], tasks.items()):
        comps = t["top"]
        ys = list(range(len(comps)))[::-1]
        ax.barh(ys, [c["weight"] for c in comps], color=["tab:blue" if c["weight"] >= 0 else "tab:red"
                                                          for c in comps])
        ax.set_yticks(ys, [_short(c["text"], 55) for c in comps], fontsize=7)
        ax.axvline(0, color="k", lw=0.5)
        ax.set_title(f"{name}: trained to \"{_short(t['description'] or '', 70)}\" — explained "
                     f"{_fmt(t['explained'], '.2f')}", fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return True


# ---------------------------------------------------------------------------------------------------------------
# q3
# ---------------------------------------------------------------------------------------------------------------

COMPARED = ("signature", "oracle", "lm", "patchscope_retrieval", "projection_retrieval", "union")


def _targets(units: dict) -> list[tuple[str, dict]]:
    """(label, sources-result) for every decomposed real target: tasks, then skeptic targets."""
    out = [(f"task:{k}", v) for k, v in _measured_tasks(units).items()]
    sk = units.get("skeptic", {})
    if sk.get("status") == "measured":
        out += [(f"skeptic:{_short(t['target'], 40)}", t) for t in sk["targets"]]
    return out


def q3(units: dict) -> dict:
    targets = _targets(units)
    bench = (units.get("synthetic") or {}).get("benchmark")
    if not targets and not bench:
        return _not_measured("no real target was decomposed and no benchmark JSON was found")
    per: dict = {}
    nm: dict = {}
    for label, t in targets:
        per[label] = {m: {k: t["methods"][m].get(k) for k in ("explained", "explained_full", "lm_calls",
                                                               "n_candidates", "k", "seconds")}
                      for m in COMPARED if m in t["methods"]}
        if t.get("propose"):
            per[label]["lm_rounds"] = [{"round": r["round"], "lm_calls": r["lm_calls"], "explained": r["explained"],
                                        "n_candidates": r["n_candidates"]} for r in t["propose"]["rounds"]]
        for m, why in t.get("not_measured", {}).items():
            nm.setdefault(m, why)
    means = {}
    for m in COMPARED:
        full = [per[label][m]["explained_full"] for label in per
                if m in per[label] and _fin(per[label][m]["explained_full"])]
        calls = [per[label][m]["lm_calls"] for label in per if m in per[label]]
        size = [per[label][m]["n_candidates"] for label in per if m in per[label]]
        if full:
            means[m] = {"explained_full_mean": statistics.fmean(full), "lm_calls_mean": statistics.fmean(calls),
                        "n_candidates_mean": statistics.fmean(size), "n_targets": len(full), "wins": 0}
    for label in per:
        cands = [(per[label][m]["explained_full"], m) for m in COMPARED
                 if m != "union" and m in per[label] and _fin(per[label][m]["explained_full"])]
        if cands:
            means[max(cands)[1]]["wins"] += 1
    single = {m: v for m, v in means.items() if m != "union"}
    parts = []
    if single:
        best = max(single, key=lambda m: single[m]["explained_full_mean"])
        ranked = sorted(single.values(), key=lambda v: -v["explained_full_mean"])
        gap = ranked[0]["explained_full_mean"] - ranked[1]["explained_full_mean"] if len(ranked) > 1 else 1.0
        verb = "explains the most" if gap >= 0.02 else "is first by a hair (within 0.02 of the next)"
        winners = ", ".join(f"{METHOD_NAMES[m]} on {v['wins']}" for m, v in single.items() if v["wins"])
        parts.append(f"On {len(per)} real targets, {METHOD_NAMES[best]} {verb}: mean explained "
                     f"{single[best]['explained_full_mean']:.3f} (exact fit over its ~"
                     f"{single[best]['n_candidates_mean']:.0f} prompts) with {single[best]['lm_calls_mean']:.0f} LM "
                     f"calls; per target, the best source is {winners or 'none'}.")
        others = [f"{METHOD_NAMES[m]} {v['explained_full_mean']:.3f} (~{v['n_candidates_mean']:.0f} prompts, "
                  f"{v['lm_calls_mean']:.0f} calls)" for m, v in single.items() if m != best]
        if others:
            parts.append("The others: " + "; ".join(others) + ".")
        if "union" in means:
            parts.append(f"All sources together (~{means['union']['n_candidates_mean']:.0f} prompts): "
                         f"{means['union']['explained_full_mean']:.3f}.")
    if "oracle" not in means:
        parts.append(f"(a) is not measured: {nm.get('oracle', 'no oracle')}.".replace("(tried: )", "(none configured)"))
    if bench:
        agg = bench.get("aggregate", {})
        bparts = [f"{METHOD_NAMES.get(m, m)} {_fmt((agg[m].get('explained') or {}).get('mean'))}"
                  for m in ("pipeline", "patchscope_retrieval", "projection_retrieval", "random", "ground_truth")
                  if m in agg]
        if bparts:
            parts.append(f"On the benchmark's {bench.get('n_examples')} synthetic soft prompts (mean explained): "
                         + "; ".join(bparts) + ".")
    table = ["| target | " + " | ".join(METHOD_NAMES[m] for m in COMPARED) + " |",
             "|---|" + "---|" * len(COMPARED)]
    for label, row in per.items():
        cells = [(f"{_fmt(row[m]['explained'])} (k={row[m]['k']}) / " if row[m].get("k") is not None else "")
                 + f"{_fmt(row[m]['explained_full'])} · {row[m]['lm_calls']} calls · {row[m]['n_candidates']} cand."
                 if m in row else "–" for m in COMPARED]
        table.append(f"| {_md(label, 50)} | " + " | ".join(cells) + " |")
    notes = ["Cells: [explained at k components (greedy path, refit) /] explained of the exact fit over the whole "
             "dictionary, both on held-out probes · LM calls = generated sequences (soft-prompted replies + "
             "proposals for (b), the patchscope description for (c); (a), (d) and projection need none) · dictionary "
             "size."]
    return {"status": "measured" if targets else "partial", "answer": " ".join(parts),
            "headline": parts[0] if parts else "", "table": table,
            "notes": notes, "numbers": {"targets": per, "means": means, "not_measured": nm,
                                        "benchmark": {m: (bench["aggregate"][m].get("explained") if bench else None)
                                                      for m in (bench or {}).get("aggregate", {})}}}


def _k(per: dict, m: str) -> int:
    ks = [per[label][m]["k"] for label in per if m in per[label] and per[label][m].get("k") is not None]
    return max(ks) if ks else 0


def figure_q3(q: dict, path: Path) -> bool:
    per = q["numbers"].get("targets") or {}
    if not per:
        return False
    fig, ax = plt.subplots(1, 1, figsize=(8, 4.2))
    markers = {"signature": "D", "oracle": "s", "patchscope_retrieval": "^", "projection_retrieval": "v", "union": "*",
               "lm": "o"}
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for i, (label, row) in enumerate(per.items()):
        col = colors[i % len(colors)]
        if "lm_rounds" in row:
            r = [x for x in row["lm_rounds"] if _fin(x["explained"])]
            ax.plot([x["lm_calls"] for x in r], [x["explained"] for x in r], "o-", color=col, lw=1, ms=4)
        for m, mk in markers.items():
            if m in row and m != "lm" and _fin(row[m]["explained_full"]):
                ax.scatter([row[m]["lm_calls"]], [row[m]["explained_full"]], marker=mk, color=col, s=50 if m != "union"
                           else 110, edgecolor="k", lw=0.4)
        ax.plot([], [], color=col, label=_short(label, 36))
    for m, mk in markers.items():
        ax.scatter([], [], marker=mk, color="gray", label=METHOD_NAMES[m] + (" (per round)" if m == "lm" else ""))
    ax.set_xscale("symlog", linthresh=1)
    ax.set_xlabel("LM calls (generated sequences)")
    ax.set_ylabel("explained, full fit (held-out)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=6, loc="best", ncol=2)
    ax.set_title("Candidate sources: explained vs LM calls", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return True


# ---------------------------------------------------------------------------------------------------------------
# q4
# ---------------------------------------------------------------------------------------------------------------

def _curve(path: list[dict]) -> tuple[list[int], list]:
    return [s["k"] for s in path], [s["explained"] for s in path]


def q4(units: dict) -> dict:
    curves: dict[str, dict] = {}
    for label, t in _targets(units):
        m = "union" if "union" in t["methods"] else next(iter(t["methods"]), None)
        if m is None:
            continue
        ks, ex = _curve(t["methods"][m]["path"])
        curves[label] = {"kind": "real" if label.startswith("task:") else "skeptic", "method": m, "k": ks,
                         "explained": ex, "explained_full": t["methods"][m]["explained_full"],
                         "n_candidates": t["methods"][m]["n_candidates"], **flatten_point(ks, ex)}
    syn = units.get("synthetic", {})
    for e in syn.get("examples", []):
        ks, ex = _curve(e["with_truth"]["path"])
        curves[f"synthetic:{Path(str(e.get('run', ''))).name}:{e['index']}"] = {"kind": "synthetic", "method": "oracle/fallback + truth", "k": ks,
                                             "explained": ex, "k_true": e["k_true"],
                                             "explained_full": e["with_truth"]["explained_full"],
                                             "truth_only_explained": e["truth_only_explained"],
                                             "n_candidates": e["with_truth"]["n_candidates"], **flatten_point(ks, ex)}
    bench = syn.get("benchmark")
    bcurves = {}
    if bench:
        for m, a in bench.get("aggregate", {}).items():
            c = a.get("curve") or {}
            if c.get("k"):
                bcurves[m] = {"k": c["k"], "explained": c.get("explained_mean"),
                              **flatten_point(c["k"], c.get("explained_mean") or [])}
    if not curves and not bcurves:
        return _not_measured("no real, skeptic or synthetic target was decomposed and no benchmark JSON was found")
    parts = []
    for kind, name in (("synthetic", "Synthetic soft prompts"), ("real", "Real task soft prompts"),
                       ("skeptic", "Hard prompts kept out of the dictionary (the skeptic's case)")):
        cs = {k: v for k, v in curves.items() if v["kind"] == kind}
        if not cs:
            continue
        kf = [v["k_frac"] for v in cs.values() if v["k_frac"] is not None]
        fin = [v["final"] for v in cs.values() if _fin(v["final"])]
        full = [v["explained_full"] for v in cs.values() if _fin(v["explained_full"])]
        kmax = max(v["k_max"] or 0 for v in cs.values())
        s = (f"{name} ({len(cs)}): " + (f"the curve reaches 90% of its last value by k = {min(kf)}–{max(kf)} "
                                         f"(median {statistics.median(kf):g}) and " if kf else "")
             + f"ends at explained {statistics.fmean(fin):.2f} (mean) at k = {kmax}")
        if full:
            s += f"; the whole dictionary (~{statistics.fmean([v['n_candidates'] for v in cs.values()]):.0f} prompts) " \
                 f"reaches {statistics.fmean(full):.2f}"
        if kind == "synthetic":
            kt = [v["k_true"] for v in cs.values()]
            tr = [v["truth_only_explained"] for v in cs.values() if _fin(v.get("truth_only_explained"))]
            s += f"; true components per prompt: {min(kt)}–{max(kt)}"
            if tr:
                s += f", and the true components alone explain {statistics.fmean(tr):.2f}"
        parts.append(s + ".")
    for m, c in bcurves.items():
        if m in ("pipeline", "ground_truth"):
            parts.append(f"Benchmark ({bench.get('n_examples')} synthetic, {METHOD_NAMES.get(m, m)}): mean explained "
                         f"{_fmt(c['final'], '.2f')} at k = {c['k_max']}, 90% of it by k = {c['k_frac']}.")
    finals = [v["final"] for v in curves.values() if _fin(v["final"])]
    kfs = [v["k_frac"] for v in curves.values() if v["k_frac"] is not None]
    lead = ""
    if finals:
        low = sum(1 for f in finals if f < 0.5)
        lead = (f"The curves flatten early (90% of the last value by k = {statistics.median(kfs):g}, median over "
                f"{len(kfs)} targets) but {low} of {len(finals)} end below explained 0.5 at k = "
                f"{max(v['k_max'] or 0 for v in curves.values())}. ") if kfs else \
            f"No curve rises above explained 0: {len(finals)} targets. "
        syn = [v["final"] for v in curves.values() if v["kind"] == "synthetic" and _fin(v["final"])]
        real = [v["final"] for v in curves.values() if v["kind"] != "synthetic" and _fin(v["final"])]
        if syn and real:
            gap = statistics.fmean(syn) - statistics.fmean(real)
            lead += (f"With the true components in the dictionary (synthetic) the curves end at {statistics.fmean(syn):.2f} "
                     f"vs {statistics.fmean(real):.2f} for real and skeptic targets" +
                     (": what limits the real ones is the dictionary's content, not the number of components. "
                      if gap > 0.1 else ". "))
    table = ["| target | kind | k → explained (held-out) | 90% of final at k | flat from k | whole dictionary |",
             "|---|---|---|---|---|---|"]
    for label, v in curves.items():
        pts = ", ".join(f"{k}:{_fmt(e, '.2f')}" for k, e in zip(v["k"], v["explained"]) if k in (0, 1, 2, 3, 5, 8, 10,
                                                                                                   12, 16, 20, 24, 32))
        table.append(f"| {_md(label, 45)} | {v['kind']} | {pts} | {v['k_frac'] if v['k_frac'] is not None else '–'} | "
                     f"{v['k_flat']} | "
                     f"{_fmt(v['explained_full'], '.2f')} ({v['n_candidates']}) |")
    return {"status": "measured", "answer": lead + " ".join(parts), "headline": lead.strip(), "table": table,
            "notes": ["k = 0 is the null prompt alone (the free intercept); the greedy path adds one prompt per step "
                      "and refits all weights. 'flat from k': no later step adds 0.01 or more."],
            "numbers": {"curves": curves, "benchmark_curves": bcurves}}


def figure_q4(q: dict, path: Path) -> bool:
    curves, bc = q["numbers"].get("curves") or {}, q["numbers"].get("benchmark_curves") or {}
    if not curves and not bc:
        return False
    fig, ax = plt.subplots(1, 1, figsize=(8, 4.2))
    col = {"synthetic": "tab:green", "real": "tab:blue", "skeptic": "tab:red"}
    for kind in ("synthetic", "real", "skeptic"):
        cs = [v for v in curves.values() if v["kind"] == kind]
        for v in cs:
            ax.plot(v["k"], [e if _fin(e) else float("nan") for e in v["explained"]], "-", color=col[kind], alpha=0.35,
                    lw=1)
        if cs:
            mc = mean_curve([v["explained"] for v in cs])
            ax.plot(range(len(mc)), [e if e is not None else float("nan") for e in mc], "o-", color=col[kind], lw=2,
                    ms=3, label=f"{kind} (mean of {len(cs)})")
    for m, c in bc.items():
        if m in ("pipeline", "ground_truth") and c.get("explained"):
            ax.plot(c["k"], [e if _fin(e) else float("nan") for e in c["explained"]], "--", lw=1.5,
                    label=f"benchmark: {METHOD_NAMES.get(m, m)}")
    ax.set_xlabel("components k (greedy, refit; k = 0: null prompt only)")
    ax.set_ylabel("explained (held-out)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)
    ax.set_title("KL versus number of components, as explained = 1 − KL/KL(no prompt)", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return True


# ---------------------------------------------------------------------------------------------------------------
# q5
# ---------------------------------------------------------------------------------------------------------------

MIN_GAIN = 0.1  # the soft prompt's accuracy gain over no prompt below which "share of the gain kept" is noise
CONDS = ("none", "soft", "description", "poe", "top_prompt", "best_single")
COND_NAMES = {"none": "no prompt", "soft": "soft prompt", "description": "task description (hard)",
              "poe": "decomposition as PoE", "top_prompt": "its top prompt alone", "best_single": "best single prompt"}


def q5(units: dict) -> dict:
    tasks = {k: v for k, v in _measured_tasks(units).items() if v.get("accuracy", {}).get("status") == "measured"}
    missing = _missing_tasks(units)
    if not tasks:
        why = "; ".join(f"{k}: {v}" for k, v in missing.items()) or "no task soft prompt with accuracy"
        return _not_measured(why)
    per, kept_poe, kept_top = {}, [], []
    for name, t in tasks.items():
        a = t["accuracy"]["conditions"]
        acc = {c: a[c]["accuracy"] for c in CONDS if c in a}
        agree = {c: a[c]["agreement_with_soft"] for c in CONDS if c in a}
        gain = acc["soft"] - acc["none"]

        def kept(c):
            return (acc[c] - acc["none"]) / gain if c in acc and gain >= MIN_GAIN else None
        per[name] = {"accuracy": acc, "agreement_with_soft": agree, "n": t["accuracy"]["n"],
                     "majority_rate": t["accuracy"]["majority_rate"], "soft_gain": gain,
                     "kept_poe": kept("poe"), "kept_top_prompt": kept("top_prompt"),
                     "experts": t["accuracy"].get("experts", {}),
                     "adapter_accuracy": t.get("soft", {}).get("adapter_accuracy")}
        if kept("poe") is not None:
            kept_poe.append(kept("poe"))
        if kept("top_prompt") is not None:
            kept_top.append(kept("top_prompt"))
    det = "; ".join(f"{k}: soft {v['accuracy']['soft']:.2f}, none {v['accuracy']['none']:.2f}, PoE "
                    f"{_fmt(v['accuracy'].get('poe'), '.2f')}, top prompt {_fmt(v['accuracy'].get('top_prompt'), '.2f')}"
                    f" (n = {v['n']})" for k, v in per.items())
    if kept_poe:
        mk = statistics.fmean(kept_poe)
        verdict = "Mostly yes" if mk >= 0.8 else "Partly" if mk >= 0.4 else "No"
        head = (f"{verdict}: used as a PoE prompt, the decomposition keeps on average {mk:.0%} of the soft prompt's "
                f"accuracy gain over no prompt" + (f", its top text prompt alone {statistics.fmean(kept_top):.0%}"
                                                    if kept_top else "") + f" ({len(kept_poe)} of {len(per)} tasks: those where the soft "
                f"prompt gains at least {MIN_GAIN:.0%} over no prompt).")
        ans = f"{head} {det}."
    else:
        head = f"Not decidable: no task soft prompt beats no prompt by {MIN_GAIN:.0%} or more."
        ans = f"{head} {det}."
    table = ["| task | " + " | ".join(COND_NAMES[c] for c in CONDS) + " | majority class |",
             "|---|" + "---|" * (len(CONDS) + 1)]
    for k, v in per.items():
        table.append(f"| {k} | " + " | ".join(
            f"{v['accuracy'][c]:.3f} (agree {v['agreement_with_soft'][c]:.2f})" if c in v["accuracy"] else "–"
            for c in CONDS) + f" | {v['majority_rate']:.3f} |")
    notes = ["Accuracy by label scoring (synth/tasks_accuracy.py) on a stable subset of the test file; 'agree' = "
             "share of test rows where the condition predicts the same label as the soft prompt. The PoE is the "
             "reported k-component decomposition, refit with the null intercept."]
    aa = {k: v["adapter_accuracy"] for k, v in per.items() if v.get("adapter_accuracy")}
    if aa:
        notes.append("For scale, the accuracies the adapters' training run measured on its own larger test subset "
                     "(softprism train-prompt --test, accuracy.json): " + "; ".join(
                         f"{k}: " + ", ".join(f"{c} {a:.3f}" for c, a in v.items() if a is not None)
                         for k, v in aa.items()) + ".")
    if missing:
        notes.append("Not measured: " + "; ".join(f"{k} ({v})" for k, v in missing.items()) + ".")
    return {"status": "measured" if not missing else "partial", "answer": ans, "headline": head, "table": table,
            "notes": notes, "numbers": {"tasks": per, "kept_poe_mean": statistics.fmean(kept_poe) if kept_poe else None,
                        "kept_top_prompt_mean": statistics.fmean(kept_top) if kept_top else None}}


def figure_q5(q: dict, path: Path) -> bool:
    per = q["numbers"].get("tasks") or {}
    if not per:
        return False
    fig, ax = plt.subplots(1, 1, figsize=(8, 3.6))
    w = 0.8 / len(CONDS)
    for i, c in enumerate(CONDS):
        xs = [j + i * w for j in range(len(per))]
        ax.bar(xs, [v["accuracy"].get(c, float("nan")) for v in per.values()], w, label=COND_NAMES[c])
    ax.set_xticks([j + 0.4 - w / 2 for j in range(len(per))], list(per))
    ax.set_ylabel("test accuracy")
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=7, ncol=3)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title("Portability: accuracy under each condition", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return True


# ---------------------------------------------------------------------------------------------------------------
# q6
# ---------------------------------------------------------------------------------------------------------------

def _cases(units: dict) -> list[dict]:
    cases = []
    for label, t in _targets(units):
        for m, s in t["methods"].items():
            if m == "reference":
                continue
            cases.append({"case": f"{label} / {m}", "kind": label.split(":")[0], "method": m,
                          "explained": s["explained"], "explained_full": s["explained_full"],
                          "kl_base": s["kl_base"], "explained_best_single": s["explained_best_single"],
                          "n_candidates": s["n_candidates"], "top": s["components"][:3]})
    syn = units.get("synthetic", {})
    for e in syn.get("examples", []):
        for key in ("with_truth", "without_truth"):
            s = e.get(key)
            if s:
                cases.append({"case": f"synthetic:{Path(str(e.get('run', ''))).name}:{e['index']} / {key}", "kind": "synthetic", "method": key,
                              "explained": s["explained"], "explained_full": s["explained_full"],
                              "kl_base": s["kl_base"], "explained_best_single": s["explained_best_single"],
                              "n_candidates": s["n_candidates"], "k_true": e["k_true"], "top": s["components"][:3]})
    for r in (syn.get("benchmark") or {}).get("rows", []):
        p = r["methods"].get("pipeline")
        if p:
            cases.append({"case": f"benchmark:{r['key']} / pipeline", "kind": "benchmark", "method": "pipeline",
                          "explained": p["explained"], "explained_full": p["explained_full"], "kl_base": r["kl_base"],
                          "k_true": r["k_true"], "top": []})
    ph = units.get("phases", {})
    if ph.get("status") == "measured":
        for p in ph["phase05"]["points"]:
            cases.append({"case": f"phase0.5 σ={p['sigma']:g} seed {p['seed']}", "kind": "phase0.5", "method": "fixed",
                          "explained": p["explained"], "explained_full": p["explained"], "kl_base": p["kl_base"],
                          "top": p.get("top", [])[:3]})
    return [c for c in cases if _fin(c.get("explained"))]


def q6(units: dict, q5r: dict, n_worst: int = 5) -> dict:
    cases = _cases(units)
    if not cases:
        return _not_measured("nothing was decomposed")
    cases.sort(key=lambda c: c["explained"])
    worst, rest = cases[:n_worst], cases[n_worst:]
    kinds: dict[str, int] = {}
    for c in worst:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    cmp = compare_groups(worst, rest, ["explained_full", "kl_base", "explained_best_single"])
    common = []
    top_kind = max(kinds, key=kinds.get)
    common.append(f"{kinds[top_kind]} of the {len(worst)} worst are {top_kind} targets")
    ef = cmp["explained_full"]
    if _fin(ef["worst"]):
        if ef["worst"] < 0.5:
            common.append(f"their whole dictionaries explain little too (median explained of the full fit "
                          f"{ef['worst']:.2f} vs {_fmt(ef['rest'], '.2f')} for the rest): the prompts that would "
                          f"explain them were not among the candidates — a dictionary failure, not a sparsity limit")
        else:
            common.append(f"their whole dictionaries explain much more (median {ef['worst']:.2f}) than the k "
                          f"reported components: the sparse path, not the dictionary, is the limit")
    kb = cmp["kl_base"]
    if _fin(kb["worst"]) and _fin(kb["rest"]):
        rel = "smaller" if kb["worst"] < kb["rest"] else "larger"
        common.append(f"their effect on the model (KL from no prompt, median {kb['worst']:.3f} vs {kb['rest']:.3f}) "
                      f"is {rel} than the rest's")
    neg = [c for c in worst if c["explained"] < 0]
    if neg:
        common.append(f"{len(neg)} have negative held-out explained (the fit generalises worse than no prompt at "
                      f"all: overfitting the fit probes)")
    acc_fail = []
    for k, v in (q5r.get("numbers", {}).get("tasks") or {}).items():
        if "poe" in v["accuracy"] and v["accuracy"]["poe"] < v["accuracy"]["soft"] - 0.1:
            acc_fail.append(f"{k} (PoE {v['accuracy']['poe']:.2f} vs soft {v['accuracy']['soft']:.2f})")
    ans = (f"The worst decomposition found explains {worst[0]['explained']:.3f} ({worst[0]['case']}). "
           f"What the {len(worst)} worst share: " + "; ".join(common) + ".")
    headline = (f"Worst: explained {worst[0]['explained']:.3f} ({_short(worst[0]['case'], 60)}); the {len(worst)} worst: "
                + "; ".join(common[:2]) + ".")
    if acc_fail:
        ans += " Portability fails (PoE accuracy more than 10 points below the soft prompt's) on " + \
               ", ".join(acc_fail) + "."
    table = ["| case | explained | full fit | KL(no prompt) | top components |", "|---|---|---|---|---|"]
    for c in worst:
        top = "<br>".join(f"{x['weight']:+.2f} {_md(x['text'], 45)}" for x in c.get("top", []))
        table.append(f"| {_md(c['case'], 55)} | {c['explained']:.3f} | {_fmt(c['explained_full'])} | "
                     f"{_fmt(c['kl_base'], '.4f')} | {top} |")
    return {"status": "measured", "answer": ans, "headline": headline, "table": table,
            "notes": [f"Ranked over {len(cases)} decompositions made or read by this command (every source on every "
                      "real/skeptic target, synthetic examples, benchmark rows, Phase 0.5 points)."],
            "numbers": {"worst": worst, "kinds": kinds, "compare": cmp, "n_cases": len(cases),
                        "accuracy_failures": acc_fail,
                        "all": [{k: c.get(k) for k in ("case", "kind", "explained", "explained_full", "kl_base")}
                                for c in cases]}}


def figure_q6(q: dict, path: Path) -> bool:
    allc = q["numbers"].get("all") or []
    if not allc:
        return False
    fig, ax = plt.subplots(1, 1, figsize=(7, 3.8))
    kinds = sorted({c["kind"] for c in allc})
    for k in kinds:
        cs = [c for c in allc if c["kind"] == k and _fin(c["kl_base"]) and c["kl_base"] > 0]
        ax.scatter([c["kl_base"] for c in cs], [c["explained"] for c in cs], s=16, label=k, alpha=0.7)
    worst = {c["case"] for c in q["numbers"]["worst"]}
    ws = [c for c in allc if c["case"] in worst and _fin(c["kl_base"]) and c["kl_base"] > 0]
    ax.scatter([c["kl_base"] for c in ws], [c["explained"] for c in ws], s=90, facecolors="none", edgecolors="k",
               label="worst")
    ax.set_xscale("log")
    ax.set_xlabel("KL(target ‖ no prompt): the size of the effect to explain")
    ax.set_ylabel("explained (held-out)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7)
    ax.set_title("Every decomposition: explained vs effect size", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return True


# ---------------------------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------------------------

def build(units: dict, worst: int = 5) -> dict[str, dict]:
    out = {"q1": q1(units), "q2": q2(units), "q3": q3(units), "q4": q4(units), "q5": q5(units)}
    out["q6"] = q6(units, out["q5"], worst)
    return out


FIGURES = {"q1": figure_q1, "q2": figure_q2, "q3": figure_q3, "q4": figure_q4, "q5": figure_q5, "q6": figure_q6}


def setup_line(c: dict) -> str:
    """The sizes every number was measured at, from the resolved config."""
    if not c:
        return ""
    d, tp, pr = c.get("decompose", {}), c.get("task_probes", {}), c.get("propose", {})
    gp = d.get("probes", {})
    return (f"Setup: model `{d.get('model', {}).get('name')}`, `{d.get('slot', {}).get('kind')}` slot; task soft "
            f"prompts decomposed on {tp.get('n_fit')} fit / {tp.get('n_heldout')} held-out task inputs (T = "
            f"{tp.get('positions')} reply positions), other targets on {gp.get('n_fit')} / {gp.get('n_heldout')} "
            f"generic probes (T = {gp.get('positions')}); every KL and `explained` is on the held-out probes. "
            f"Dictionaries: (a) {d.get('candidates', {}).get('size')} oracle candidates, (b) {pr.get('rounds')} "
            f"rounds × {pr.get('per_round')} LM proposals, (c) {c.get('retrieval_size')} FAISS hits per "
            f"verbalisation, from index `{d.get('retrieval', {}).get('index') or c.get('index_config') or 'default'}`; "
            f"the reported decomposition has k = {d.get('k')} components (greedy path up to "
            f"{d.get('solver', {}).get('max_components')}); accuracies on {c.get('accuracy_limit')} test rows per "
            f"task. Small sizes: numbers carry sampling noise of several points.")


def write_all(units: dict, meta: dict, out: Path) -> dict[str, dict]:
    """Question JSONs, figures and FINDINGS.md under `out`."""
    from softprism.poe.runs import write_json

    fdir = out / "findings"
    fdir.mkdir(parents=True, exist_ok=True)
    qs = build(units, meta.get("resolved_config", {}).get("worst", 5))
    sha = meta.get("git_sha") or "unknown"
    for name, q in qs.items():
        fig = fdir / f"{name}.png"
        q["figure"] = f"findings/{name}.png" if FIGURES[name](q, fig) else None
        if q["figure"] is None and fig.exists():
            fig.unlink()
        q["title"] = TITLES[name]
        q["provenance"] = {"command": meta["command"], "git_sha": sha}
        write_json(fdir / f"{name}.json", q)
    write_json(fdir / "meta.json", meta)
    lines = ["# Findings", "",
             f"Produced by `{meta['command']}` at commit `{sha}` ({meta.get('threads', 1)} torch thread; "
             f"model `{meta.get('resolved_config', {}).get('decompose', {}).get('model', {}).get('name')}`; oracle "
             f"`{meta.get('oracle') or 'none'}`). Every number below is in `findings/q*.json` (written by that "
             "command) or in the unit files under `findings/work/` it reads them from.", "",
             setup_line(meta.get("resolved_config", {})), "",
             "## The answers in one line each", ""]
    for name, q in qs.items():
        lines.append(f"{name[1]}. **{SHORT[name]}.** {q.get('headline') or q['answer'].split(chr(10))[0]}")
    for name, q in qs.items():
        lines += ["", f"## {TITLES[name]}", "", f"**Answer ({q['status']}).** {q['answer']}", ""]
        if q.get("figure"):
            lines += [f"![{name}]({q['figure']})", ""]
        if q["table"]:
            lines += q["table"] + [""]
        lines += [n for note in q["notes"] for n in (note, "")]
        lines += [f"Numbers: [`findings/{name}.json`](findings/{name}.json). Command: `{meta['command']}`, commit "
                  f"`{sha}`."]
    (out / "FINDINGS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return qs
