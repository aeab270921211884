"""The answer on a labelled task's decision: the label set of task probes and label-restricted metrics.
"""

from __future__ import annotations

import logging

import torch

from softprism.poe.lm import FrozenLM
from softprism.poe.probes import ProbeSet

log = logging.getLogger(__name__)


MAX_LABELS = 32


def task_labels(lm: FrozenLM, fit: ProbeSet, held: ProbeSet) -> tuple[list[int], list[int]] | None:
    """The label set of a classification task: the distinct first tokens of the probes' reference outputs, when
    every probe has one and there are 2..MAX_LABELS of them. Returns (label token ids, each held-out probe's gold
    id), or None (free-form probes, or outputs too varied to be labels)."""
    probes = list(fit.probes) + list(held.probes)
    if not held.probes or any(p.output is None for p in probes):
        return None
    first = [lm.tokenize(p.output or "")[:1] for p in probes]  # none is None (above)
    if any(not f for f in first):
        return None
    labels = sorted({f[0] for f in first})
    if not 2 <= len(labels) <= MAX_LABELS:
        return None
    return labels, [f[0] for f in first[len(fit.probes):]]


def label_names(lm: FrozenLM, probes: list, label_ids: list[int]) -> list[str]:
    """What each label token stands for: the distinct reference outputs that start with it, joined by `|` (e.g.
    `sports` for the token `s`; two outputs sharing a first token show as `a|b`, since the decision merges them)."""
    outs: dict[int, set[str]] = {i: set() for i in label_ids}
    for p in probes:
        ids = lm.tokenize(p.output)[:1] if p.output is not None else []
        if ids and ids[0] in outs:
            outs[ids[0]].add(p.output.strip())
    return ["|".join(sorted(outs[i])) or lm.tokenizer.decode([i]) for i in label_ids]


@torch.no_grad()
def decision_metrics(lm: FrozenLM, held_states: torch.Tensor, target: torch.Tensor, T: int,
                     labels: tuple[list[int], list[int]], pairs: list[tuple[int, float]], null_w: float | None,
                     null_index: int, best_i: int | None, names: list[str] | None = None) -> dict:
    """How much of the soft prompt's *decision* an answer carries, on the first reply token of each held-out probe.

    `explained` is measured over the whole vocabulary and the first T reply tokens, so an answer that copies the
    soft prompt's format ("reply with one word") can score high while picking the other label. Here every
    distribution is restricted to the task's label tokens and renormalised (first tokens of the reference outputs):
    `kl_label` = mean KL(soft ‖ answer) over held-out probes, `kl_label_base` the same for no prompt,
    `explained_label` = 1 − their ratio, `explained_label_ci90` its bootstrap interval over the probes
    (`ratio_interval`: how far another draw of as many probes could move it); `agreement` = how often the answer's top label is the soft prompt's;
    `accuracy_*` = how often each one's top label is the reference output's first token; `label_mass_*` = the
    full-vocabulary probability on the label set. `labels` names each label by the reference outputs it stands for
    (`names`, from `label_names`; default the decoded token), `label_tokens` by its token. The answer's PoE logits are W (Σ w_i h_i) + (Σ w_i) b, null
    intercept included (docs/DESIGN.md §1).

    held_states [N + 1, P, d] (row `null_index` = empty slot), target [P, d], P = probes × T (probe-major).
    """
    label_ids, gold = labels
    P = target.shape[0]
    rows = torch.arange(0, P, T)  # position t = 0 of each probe
    W, b = lm.head_weight.detach(), lm.head_bias
    lab = torch.tensor(label_ids, device=W.device)
    W_lab = W[lab].double().cpu()  # the label rows in float64, as the solver computes; the whole head stays as it is
    b_lab = None if b is None else b.detach()[lab].double().cpu()

    H = held_states[:, rows].double()  # [N + 1, B, d]
    ws = [(i, w) for i, w in pairs] + ([(null_index, null_w)] if null_w is not None else [])
    combo = sum((w * H[i] for i, w in ws), torch.zeros_like(H[0]))
    states = {"soft": (target[rows].double(), 1.0), "answer": (combo, sum(w for _, w in ws)),
              "base": (H[null_index], 1.0)}
    if best_i is not None:
        states["best_single"] = (H[best_i], 1.0)
    logp, mass = {}, {}
    for k, (h, scale) in states.items():
        z = h @ W_lab.T
        z_lab = z if b_lab is None else z + scale * b_lab  # [B, labels]
        logp[k] = torch.log_softmax(z_lab, -1)
        full = lm.head_logits(h.to(W.device, W.dtype)).float().cpu()  # [B, V], for the label mass only
        if b is not None and scale != 1.0:
            full = full + (scale - 1.0) * b.detach().float().cpu()
        mass[k] = float(torch.softmax(full, -1)[:, lab.cpu()].sum(-1).mean())
    q = logp["soft"].exp()

    def per_probe(k: str) -> torch.Tensor:
        return (q * (logp["soft"] - logp[k])).sum(-1)

    def kl(k: str) -> float:
        return float(per_probe(k).mean())

    top = {k: v.argmax(-1) for k, v in logp.items()}
    gold_pos = torch.tensor([label_ids.index(g) for g in gold])
    kb = kl("base")
    out = {
        "labels": list(names) if names else [lm.tokenizer.decode([t]) for t in label_ids],
        "label_tokens": [lm.tokenizer.decode([t]) for t in label_ids], "n_probes": int(len(rows)),
        "kl_label": kl("answer"), "kl_label_base": kb,
        "explained_label": 1.0 - kl("answer") / kb if kb > 0 else None,
        "explained_label_ci90": ratio_interval(per_probe("answer"), per_probe("base")),
        "agreement": float((top["answer"] == top["soft"]).double().mean()),
        "agreement_base": float((top["base"] == top["soft"]).double().mean()),
        **{f"accuracy_{k}": float((v == gold_pos).double().mean()) for k, v in top.items()},
        **{f"label_mass_{k}": v for k, v in mass.items()},
    }
    if best_i is not None:
        out["kl_label_best_single"] = kl("best_single")
        out["agreement_best_single"] = float((top["best_single"] == top["soft"]).double().mean())
    return out


BOOTSTRAP = 2000


def ratio_interval(num: torch.Tensor, den: torch.Tensor, level: float = 0.9, n: int = BOOTSTRAP,
                   seed: int = 0) -> list[float] | None:
    """Bootstrap interval of `1 - mean(num) / mean(den)` over probes: `n` resamples of the probes with replacement
    (`numpy.random.default_rng(seed)`, so a result is reproducible), the central `level` share. num, den: [B]
    per-probe values (KL of the answer, KL of no prompt). None with fewer than 2 probes; resamples whose `den` mean
    is 0 are left out."""
    import numpy as np

    a = np.asarray(num, np.float64).reshape(-1)
    b = np.asarray(den, np.float64).reshape(-1)
    if len(a) < 2 or len(a) != len(b):
        return None
    idx = np.random.default_rng(seed).integers(0, len(a), size=(n, len(a)))
    da = b[idx].mean(1)
    ok = da > 0
    if not ok.any():
        return None
    r = 1.0 - a[idx].mean(1)[ok] / da[ok]
    lo, hi = np.quantile(r, [(1 - level) / 2, 1 - (1 - level) / 2])
    return [float(lo), float(hi)]
