"""A self-contained HTML report of a decomposition (one file: PNG figures base64-embedded, inline CSS, no external
assets, no scripts).

    html = render(report_json)            # `decompose.result.Report.to_json()` (or result.json read back) -> str
    write(path, report_json)              # the same, written atomically

Sections: the headline numbers and the chance line (decompose/chance.py: the same k from random dictionaries of
the same index, as a number and in words); the signed weights of the k reported components (bar chart); the
KL-versus-k curve of the pipeline and every baseline (held-out probes, log scale, with the no-prompt level and the
chance line's mean); the components table; the baselines table (explained, kl, best single); the texts the
baselines derived; timing per stage; the provenance (model, slot, probes and their hashes, index, oracle).
"""

from __future__ import annotations

import base64
import html
import io
import os
from collections.abc import Collection
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from softprism.decompose.chance import chance_sentence  # noqa: E402

STAGES = ("target_tables_s", "oracle_s", "projection_text_s", "patchscope_text_s", "replies_text_s", "baseline_text_s",
          "retrieval_s", "tables_s", "solve_s", "path_s", "topk_refit_s", "metrics_s", "total_s", "chance_s")

CSS = """
body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;margin:.5em 0;font-size:.9em}td,th{border:1px solid #ddd;padding:.25em .6em;
text-align:left;vertical-align:top}th{background:#f4f4f4}td.num{text-align:right;font-family:monospace}
.pos{color:#1f5fa8}.neg{color:#b3261e}.muted{color:#777}.big{font-size:1.3em;font-weight:600}
img{max-width:100%}code{background:#f4f4f4;padding:0 .2em}.warn{background:#fff4e5;padding:.4em .8em}
"""


def _e(x) -> str:
    return html.escape("" if x is None else str(x))


def _num(x, fmt: str = ".4g") -> str:
    return "–" if x is None else format(x, fmt)


def _short(text: str, n: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100)
    plt.close(fig)
    return f'<img alt="figure" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'


def weights_figure(components: list[dict], title: str) -> str:
    """Horizontal signed bar chart of the components' weights (blue positive, red negative) as an <img> tag."""
    comps = components[:20]
    fig, ax = plt.subplots(figsize=(10, 0.45 * max(len(comps), 2) + 1.2))
    ys = list(range(len(comps)))[::-1]
    ws = [c["weight"] for c in comps]
    ax.barh(ys, ws, color=["tab:blue" if w >= 0 else "tab:red" for w in ws])
    ax.set_yticks(ys, [_short(c["text"], 70) for c in comps], fontsize=8)
    ax.axvline(0, color="k", lw=0.6)
    ax.set_xlabel("PoE weight")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    return _png(fig)


def curve_figure(results: dict[str, dict]) -> str:
    """Held-out KL versus k for every method (log scale), with the no-prompt level and, when the pipeline has a
    chance line, the KL its random dictionaries reach on average (kl_base x (1 - explained_chance)), as an <img>
    tag."""
    fig, ax = plt.subplots(figsize=(9, 4.5))
    floor = 1e-9
    kl_base = None
    for name, r in results.items():
        pts = [(s["k"], s["kl_heldout"]) for s in r.get("path", []) if s.get("kl_heldout") is not None]
        if not pts:
            continue
        style = "o-" if name == "pipeline" else ".--"
        ax.plot([p[0] for p in pts], [max(p[1], floor) for p in pts], style, label=name,
                lw=2.2 if name == "pipeline" else 1.2)
        kl_base = kl_base if kl_base is not None else r.get("kl_base")
    if kl_base:
        ax.axhline(kl_base, color="gray", ls=":", label="no prompt (kl_base)")
    full = results.get("pipeline", {}).get("kl_full")
    if full is not None:
        ax.axhline(max(full, floor), color="tab:blue", ls="--", lw=0.8, label="pipeline, whole dictionary")
    chance = results.get("pipeline", {}).get("chance")
    base = results.get("pipeline", {}).get("kl_base")
    if chance and chance.get("mean") is not None and base:
        n = len(chance["draws"])
        ax.axhline(max(base * (1 - chance["mean"]), floor), color="tab:orange", ls="-.", lw=1.0,
                   label=f"chance: {n} random {chance['size']}-prompt dictionar{'y' if n == 1 else 'ies'} at k = "
                         f"{chance['k']} (mean)")
    ax.set_yscale("log")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("components k (greedy forward selection, refit)")
    ax.set_ylabel("held-out mean KL(soft ‖ PoE)")
    ax.set_title("KL versus number of components", fontsize=10)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    return _png(fig)


def _table(header: list[str], rows: list[list[str]], num_cols: Collection[int] = frozenset()) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f'<td class="num">{c}</td>' if i in num_cols else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render(report: dict) -> str:
    """The HTML page for a report dict (see `decompose.result.Report.to_json`)."""
    pipe = report["pipeline"]
    bases = report.get("baselines", {})
    prov = report.get("provenance", {})
    sp = report.get("soft_prompt", {})
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>softprism: {_e(sp.get('source', 'soft prompt'))}"
             f"</title><style>{CSS}</style></head><body>"]
    parts.append(f"<h1>softprism decomposition of <code>{_e(sp.get('source', 'soft prompt'))}</code></h1>")
    parts.append(f"<p>{_e(sp.get('format', ''))} soft prompt, shape {_e(sp.get('shape'))}, sha256 "
                 f"<code>{_e(sp.get('sha256'))}</code></p>")
    for w in report.get("warnings", []):
        parts.append(f'<p class="warn">⚠ {_e(w)}</p>')
    if pipe.get("info", {}).get("fit_on") == "labels":
        parts.append('<p class="warn">Fitted and measured on the task\'s decision only (<code>fit_on: labels</code>): '
                     "the first reply token, restricted to the label tokens and renormalised. <code>explained</code> "
                     "below is over the labels, not the whole reply.</p>")
    elif pipe.get("info", {}).get("fit_on") == "both":
        parts.append(f'<p class="warn">Fitted to the response plus {_e(pipe["info"].get("label_weight"))} × the '
                     "task's decision (<code>fit_on: both</code>): the first reply token restricted to the label "
                     "tokens. <code>explained</code> below is the response's; the decision section measures the "
                     "label part. <code>kl_fit</code> is the combined objective.</p>")
    parts.append(
        f'<p class="big">explained {_num(pipe["explained"], ".3f")} with {pipe["k"]} components</p>'
        f"<p>held-out kl {_num(pipe['kl'])} · no prompt (kl_base) {_num(pipe['kl_base'])} · best single prompt "
        f"{_num(pipe['kl_best_single'])} (explained {_num(pipe['explained_best_single'], '.3f')}) · full dictionary "
        f"fit ({pipe['n_candidates']} candidates): kl {_num(pipe['kl_full'])}, explained "
        f"{_num(pipe['explained_full'], '.3f')}</p>")
    chance = pipe.get("chance")
    if chance:  # the number, then the same sentence the CLI prints
        cls = ' class="warn"' if chance["within"] else ""
        parts.append(f"<p{cls}><b>chance line</b>: explained_chance {_num(pipe.get('explained_chance'), '.3f')} · "
                     f"{_e(chance_sentence(chance))}</p>")
    elif "chance" in pipe:
        parts.append('<p class="muted">No chance line (<code>chance.draws: 0</code>).</p>')

    dec = pipe.get("decision")
    if dec:
        n = dec["n_probes"]
        labels = ", ".join(repr(x) for x in dec["labels"][:8]) + (", ..." if len(dec["labels"]) > 8 else "")
        parts.append("<h2>On the task's decision</h2>")
        parts.append(f'<p class="muted">First reply token of the {n} held-out probes, every distribution restricted '
                     f"to the task's labels ({_e(labels)}: first tokens of the reference outputs) and renormalised. "
                     "<code>explained</code> above covers the whole vocabulary and all reply positions, so an "
                     "answer that copies the format can score high while choosing differently; this is the check."
                     "</p>")
        rows = []
        for key, name in (("soft", "soft prompt"), ("answer", f"the {pipe['k']}-component answer"),
                          ("best_single", "best single prompt"), ("base", "no prompt")):
            if f"accuracy_{key}" not in dec:
                continue
            agree = {"soft": 1.0, "answer": dec.get("agreement"), "base": dec.get("agreement_base"),
                     "best_single": dec.get("agreement_best_single")}[key]
            klv = {"soft": 0.0, "answer": dec.get("kl_label"), "base": dec.get("kl_label_base"),
                   "best_single": dec.get("kl_label_best_single")}[key]
            rows.append([_e(name), _num(klv), _num(agree, ".2f"), _num(dec[f"accuracy_{key}"], ".2f"),
                         _num(dec.get(f"label_mass_{key}"), ".2f")])
        parts.append(_table(["", "KL to the soft prompt over labels", "same top label as the soft prompt",
                             "top label = reference", "probability on the labels"], rows, {1, 2, 3, 4}))
        ci = dec.get("explained_label_ci90")
        parts.append(f"<p>explained_label {_num(dec.get('explained_label'), '.3f')}"
                     + (f' <span class="muted">(90% bootstrap interval over the {dec.get("n_probes")} held-out probes: '
                        f'{ci[0]:.2f} to {ci[1]:.2f}; more probes narrow it)</span>' if ci else "") + "</p>")

    parts.append("<h2>Components</h2>")
    if pipe["components"]:
        parts.append(weights_figure(pipe["components"], f"the {pipe['k']} reported components (greedy step k, refit)"))
    rows = [[str(c["rank"]), f'<span class="{"pos" if c["weight"] >= 0 else "neg"}">{c["weight"]:+.4f}</span>',
             _e(c["source"]),
             f"<code>{_e(c['corpus_id'])}</code>" if c["corpus_id"] else '<span class="muted">–</span>',
             _e(c["text"])] for c in pipe["components"]]
    head = ["rank", "weight", "source", "corpus id", "text"]
    if any(c.get("role") for c in pipe["components"]):  # a labelled task: content or reply format, per prompt
        head.insert(3, "role")
        for r, c in zip(rows, pipe["components"]):
            r.insert(3, _e(c.get("role") or "–"))
    parts.append(_table(head, rows, {1}))
    if any(c["source"] == "format" for c in pipe["components"]):
        parts.append('<p class="muted">Role <b>format</b>: a prompt of the format basis (<code>candidates.format_basis'
                     "</code>), which sets only how the reply looks; it is fitted with the rest but is not part of the "
                     "explanation. <b>content</b>: every other prompt.</p>")
    elif any(c.get("role") for c in pipe["components"]):
        parts.append('<p class="muted">Role: <b>content</b> when leaving the prompt out (the rest refit) costs more '
                     "of the task's decision (explained_label) than of the reply (explained); else <b>format</b>: "
                     "it fits how the reply looks more than which answer it gives.</p>")
    by = pipe.get("info", {}).get("rank_by")
    if by:
        parts.append('<p class="muted">' + ("Ranked in the order the greedy path added them: rank 1 is the best single "
                                            "prompt, each next one adds the most given those before."
                                            if by == "path" else "Ranked by |weight|.") + "</p>")
    if pipe.get("null_weight") is not None:
        parts.append(f'<p class="muted">null prompt (free intercept) weight in this answer: '
                     f'{pipe["null_weight"]:+.4f}. Best single candidate: {_e(pipe["best_single"])}</p>')

    parts.append("<h2>KL versus number of components</h2>")
    parts.append(curve_figure({"pipeline": pipe, **bases}))
    path_rows = [[str(s["k"]), _num(s["kl_fit"]), _num(s["kl_heldout"]), _num(s["explained"], ".3f"),
                  _e(_short(s["texts"][-1], 90)) if s["texts"] else '<span class="muted">(null only)</span>']
                 for s in pipe.get("path", [])]
    parts.append(_table(["k", "kl (fit)", "kl (held-out)", "explained", "added at this step"], path_rows, {1, 2, 3}))

    if bases:
        parts.append("<h2>Baselines (same soft prompt, probes and solve)</h2>")
        rows = []
        for name, r in [("pipeline", pipe), *bases.items()]:
            top = r["components"][0] if r["components"] else None
            rows.append([f"<b>{_e(name)}</b>" if name == "pipeline" else _e(name), str(r["n_candidates"]),
                         str(r["k"]), _num(r["kl"]), _num(r["explained"], ".3f"), _num(r["kl_full"]),
                         _num(r["explained_full"], ".3f"), _num(r["kl_best_single"]),
                         _e(f"{top['weight']:+.3f}  {_short(top['text'], 70)}") if top else "–"])
        head = ["method", "candidates", "k", "kl", "explained", "kl (full)", "explained (full)", "kl best single",
                "top component"]
        if pipe.get("decision"):  # the decision columns, for every method that has them
            for row, (name, r) in zip(rows, [("pipeline", pipe), *bases.items()]):
                d = r.get("decision") or {}
                row[-1:-1] = [_num(d.get("explained_label"), ".3f"), _num(d.get("agreement"), ".2f")]
            head[-1:-1] = ["explained (labels)", "same top label"]
        parts.append(_table(head, rows, set(range(1, len(head) - 1))))
        texts = []
        for name, r in [("pipeline", pipe), *bases.items()]:
            for key in ("projection_text", "patchscope_text"):
                if key in r.get("info", {}):
                    texts.append((key.replace("_text", ""), r["info"][key]))
        seen: set[str] = set()
        rows = []
        for k, t in texts:  # each kind's first text
            if k not in seen:
                seen.add(k)
                rows.append([_e(k), _e(t)])
        if rows:
            parts.append("<p>Texts the baselines derived from the soft prompt:</p>" + _table(["from", "text"], rows))
        gt = bases.get("ground_truth", {}).get("info", {}).get("ground_truth")
        if gt:
            parts.append("<p>Ground truth:</p>" + _table(["text"], [[_e(t)] for t in gt]))

    replies = pipe.get("info", {}).get("replies")
    if replies:
        parts.append("<p>The soft prompt's own replies (the queries of the <code>replies</code> candidates):</p>"
                     + _table(["probe", "reply"], [[_e(x["probe"][:200]), _e(x["reply"])] for x in replies[:8]]))
    parts.append("<h2>Candidates</h2>")
    parts.append(_table(["source", "candidates (first proposer)"],
                        [[_e(k), str(v)] for k, v in pipe.get("candidates", {}).items()], {1}))
    if pipe.get("info", {}).get("slots"):
        parts.append(_table(["oracle slot", "presence", "predicted weight"],
                            [[str(s["slot"]), _num(s["presence"], ".3f"), _num(s["weight"], "+.3f")]
                             for s in pipe["info"]["slots"]], {1, 2}))

    parts.append("<h2>Timing (seconds)</h2>")
    methods = [("pipeline", pipe), *bases.items()]
    stages = [s for s in STAGES if any(s in r.get("timing", {}) for _, r in methods)]
    rows = [[_e(s.removesuffix("_s"))] + [_num(r.get("timing", {}).get(s), ".2f") for _, r in methods]
            for s in stages]
    parts.append(_table(["stage"] + [m for m, _ in methods], rows, set(range(1, len(methods) + 1))))

    parts.append("<h2>Provenance</h2>")
    model, probes, index, oracle = (prov.get(k) or {} for k in ("model", "probes", "index", "oracle"))
    rows = [
        ["model", _e(f"{model.get('name')} (fingerprint {model.get('fingerprint')}, d_model {model.get('d_model')}"
                     + (", bf16 autocast" if model.get("autocast") == "bfloat16" else "") + ")")],
        ["slot", _e(prov.get("slot"))],
        ["probes", _e(f"{probes.get('source')}: {probes.get('fit')} fit / {probes.get('heldout')} held-out, "
                      f"T = {probes.get('positions')}; hashes {probes.get('fit_hash')} / "
                      f"{probes.get('heldout_hash')}")],
        ["index", _e(f"{index.get('folder')} ({index.get('rows')} rows, {index.get('factory')}, encoder "
                     f"{index.get('encoder')}, corpus {index.get('corpus')} {index.get('corpus_fingerprint')})")],
        ["oracle", _e(f"{oracle.get('path')} (step {oracle.get('step')}, encoder {oracle.get('encoder')})")
         if oracle else '<span class="muted">none (candidates from the fallback sources)</span>'],
    ]
    for k in ("git_sha", "started"):
        if prov.get(k):
            rows.append([k, _e(prov[k])])
    parts.append(_table(["", ""], rows))
    parts.append("</body></html>")
    return "\n".join(parts)


def write(path: str | Path, report: dict) -> Path:
    """Render `report` and write it to `path` atomically (temporary file, then rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(render(report), encoding="utf-8")
    os.replace(tmp, path)
    return path
