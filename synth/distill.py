"""Batched distillation: many soft prompts fitted at once to product-of-experts targets.

Owns: the PoE target of a mixture on the probe tails, PEFT-style initialisation, and the optimisation loop.

Target (DESIGN.md §1). With component states h_i [P, d] at the probe positions (from `poe.tables`), the PoE of a
mixture with weights w has logits  W (sum_i w_i h_i) + (sum_i w_i) b  (b = head bias, or none), so a target costs one
weighted sum of cached states, never a forward pass of its own.

Loss, per soft prompt S: mean over the step's fit probes and the first T response positions of
KL(target || model with S) = sum_v p_t(v) (log p_t(v) - log p_S(v)), over the full vocabulary. The batch is
prompts x probes: `poe.tables.forward_states` runs each prompt's head once and repeats its KV cache over the probes.
Losses are summed over prompts, so each prompt gets exactly its own gradient and Adam (elementwise) optimises each
independently: batching changes the speed, not the result (up to float rounding).

Early stopping: every `eval_every` steps the KL on `n_val` validation probes (taken out of the fit split, never
fitted) is measured; a prompt that has not improved for `patience` evaluations leaves the batch and keeps its best
state. Reported: `kl_fit` (eval_fit fit probes), `kl_heldout` (the held-out probe split, never seen during
distillation: the floor a decomposition can reach) and `kl_base` (target vs. no prompt, same held-out probes).

Precision: fp32 on CPU; bf16 autocast on GPU (parameters and Adam state stay fp32); see `DistillConfig.autocast`.
`FrozenLM.amp()` is a true no-op when the model's own autocast is off, so it does not cancel this one.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from dataclasses import dataclass

import torch

from poe.lm import FrozenLM
from poe.probes import ProbeSet
from poe.slot import PromptSlot
from poe.tables import Tails, compute_states, forward_states, make_tails

from synth.config import DistillConfig
from synth.mixtures import Mixture

log = logging.getLogger(__name__)

INITS = ("random", "sample_vocab", "text")


@dataclass
class Job:
    """One example to distil: its index in the run, ground truth, soft-prompt length, init name and seed."""

    index: int
    mixture: Mixture
    length: int
    init: str


@dataclass
class Result:
    """A distilled example. `soft` [length, d] float32 on CPU."""

    job: Job
    soft: torch.Tensor
    kl_fit: float
    kl_heldout: float
    kl_base: float
    kl_val: float
    steps: int
    best_step: int
    history: list[list[float]]
    """[[step, kl_val], ...] at every early-stopping evaluation while the prompt was active (step 0 = init)."""


def init_soft(lm: FrozenLM, init: str, length: int, seed: int, init_text: str) -> torch.Tensor:
    """PEFT's prompt-tuning initialisations (peft.tuners.prompt_tuning.model.PromptEmbedding) -> [length, d] fp32.

    `random`: nn.Embedding's default N(0, 1); `sample_vocab`: rows of the input embedding at uniform random token
    ids; `text`: embeddings of `tokenizer(init_text)` ids, repeated and cut to `length`.
    """
    g = torch.Generator().manual_seed(seed)
    if init == "random":
        return torch.randn(length, lm.d_model, generator=g)
    if init == "sample_vocab":
        ids = torch.randint(0, lm.embedding.num_embeddings, (length,), generator=g)
    elif init == "text":
        tok_ids = lm.tokenizer(init_text)["input_ids"]
        if not tok_ids:
            raise ValueError("distill.init_text tokenizes to nothing; give a non-empty text")
        ids = torch.tensor((tok_ids * math.ceil(length / len(tok_ids)))[:length])
    else:
        raise ValueError(f"unknown init {init!r}; choose one of {INITS}")
    with torch.no_grad():
        return lm.embed_ids(ids).detach().float().cpu().clone()


def lr_factor(cfg: DistillConfig, step: int) -> float:
    """Learning-rate multiplier at optimisation step `step` (1-based) under `cfg.lr_schedule`."""
    if cfg.lr_schedule == "constant":
        return 1.0
    if step <= cfg.warmup_steps:
        return step / max(1, cfg.warmup_steps)
    t = (step - cfg.warmup_steps) / max(1, cfg.max_steps - cfg.warmup_steps)
    return cfg.lr_min_ratio + (1 - cfg.lr_min_ratio) * 0.5 * (1 + math.cos(math.pi * min(1.0, t)))


def _kl(target_logp: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    """KL(target || softmax(logits)) over the last dim, in fp32. [..., V] -> [...]."""
    logq = torch.log_softmax(logits.float(), dim=-1)
    return (target_logp.exp() * (target_logp - logq)).sum(-1)


class Distiller:
    """Holds the model, slot, probe tails and a cache of component state tables; distils batches of `Job`s.

    Probe parts: `fit` (the pool minibatches are drawn from), `val` (early stopping), `held` (kl_heldout, kl_base).
    """

    def __init__(self, lm: FrozenLM, slot: PromptSlot, cfg: DistillConfig, fit: ProbeSet, held: ProbeSet, T: int,
                 max_probe_tokens: int = 96):
        if len(fit) <= cfg.n_val:
            raise ValueError(f"distill.n_val={cfg.n_val} leaves no fit probes out of {len(fit)}; raise probes.n_fit")
        self.lm, self.slot, self.cfg, self.T = lm, slot, cfg, T
        val = ProbeSet(fit.probes[: cfg.n_val], fit.source)
        fit = ProbeSet(fit.probes[cfg.n_val:], fit.source)
        if cfg.eval_heldout:
            held = held.head(cfg.eval_heldout)
        self.parts = {"fit": fit, "val": val, "held": held}
        tails = {k: make_tails(lm, slot, v, T, max_probe_tokens).ids for k, v in self.parts.items()}
        self.sizes = {k: len(v) for k, v in tails.items()}
        self.tails = Tails(tails["fit"] + tails["val"] + tails["held"], T)
        off = 0
        self.offsets = {}
        for k in ("fit", "val", "held"):
            self.offsets[k] = (off, off + self.sizes[k])
            off += self.sizes[k]
        self.n_eval_fit = min(cfg.eval_fit, self.sizes["fit"])
        self.cache: OrderedDict[str, torch.Tensor] = OrderedDict()
        self.device = lm.device
        self.amp = cfg.autocast == "bfloat16" or (cfg.autocast == "auto" and (
            self.device.type == "cuda" or lm.autocast == "bfloat16"))
        """Whether forward passes run under bf16 autocast (see `DistillConfig.autocast`)."""
        null = torch.zeros(0, lm.d_model, device=lm.device, dtype=lm.dtype)
        self.base_states = self._states([null])[0]  # [B_all, T, d]
        self.probe_hash = {k: v.hash for k, v in self.parts.items()}

    # ---- component tables -------------------------------------------------------------------------------------
    def _states(self, prompts: list[torch.Tensor]) -> torch.Tensor:
        """[N, B_all, T, d] states for embedding sequences `prompts` on all tails (fit | val | held)."""
        st = compute_states(self.lm, self.slot, prompts, self.tails, token_budget=self.cfg.token_budget)
        return st.reshape(len(prompts), len(self.tails), self.T, self.lm.d_model)

    def component_states(self, ids: list[str], texts: list[str]) -> torch.Tensor:
        """[k, B_all, T, d] states of the given corpus prompts (cached by id)."""
        missing = [(i, t) for i, t in zip(ids, texts) if i not in self.cache]
        missing = list(dict(missing).items())
        if missing:
            with torch.no_grad():
                st = self._states([self.lm.embed_text(t) for _, t in missing])
            for (i, _), s in zip(missing, st):
                self.cache[i] = s
        for i in ids:
            self.cache.move_to_end(i)
        out = torch.stack([self.cache[i] for i in ids])
        while len(self.cache) > self.cfg.cache_components:
            self.cache.popitem(last=False)
        return out

    def target_logp(self, mixtures: list[Mixture], part: str, rows: torch.Tensor | None = None) -> torch.Tensor:
        """PoE target log-probs [n, b, T, V] on probe `rows` (indices into `part`; all when None)."""
        a, b = self.offsets[part]
        sel = torch.arange(a, b) if rows is None else rows + a
        out = []
        for m in mixtures:
            h = self.component_states(m.ids, m.texts)[:, sel]  # [k, b, T, d]
            w = torch.tensor(m.weights, dtype=h.dtype)
            u = torch.einsum("k,kbtd->btd", w, h).to(self.device)
            logits = u @ self.lm.head_weight.T.float()
            if self.lm.head_bias is not None:
                logits = logits + float(w.sum()) * self.lm.head_bias.float()
            out.append(torch.log_softmax(logits, dim=-1))
        return torch.stack(out)

    # ---- the model with a batch of soft prompts ---------------------------------------------------------------
    def _soft_logits(self, soft: torch.Tensor, part: str, rows: torch.Tensor) -> torch.Tensor:
        """Logits [n, b, T, V] of the model with soft prompts `soft` [n, L, d] on probe `rows` of `part`."""
        a, _ = self.offsets[part]
        tails = [self.tails.ids[a + int(r)] for r in rows]
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.amp):
            st = forward_states(self.lm, self.slot.heads(soft.to(self.lm.dtype)), tails, self.T)
        return self.lm.head_logits(st.float())

    @torch.no_grad()
    def mean_kl(self, soft: torch.Tensor | None, mixtures: list[Mixture], part: str, n_rows: int | None = None,
                chunk: int = 8) -> torch.Tensor:
        """Mean KL(target || model with soft) per prompt [n] over the first `n_rows` probes of `part`.
        `soft=None`: the model with no prompt (kl_base)."""
        a, b = self.offsets[part]
        n_rows = (b - a) if n_rows is None else min(n_rows, b - a)
        tot = torch.zeros(len(mixtures))
        for r0 in range(0, n_rows, chunk):
            rows = torch.arange(r0, min(n_rows, r0 + chunk))
            tgt = self.target_logp(mixtures, part, rows)
            if soft is None:
                logits = self.lm.head_logits(self.base_states[rows + a].to(self.device).float())[None]
            else:
                logits = self._soft_logits(soft, part, rows)
            tot += _kl(tgt, logits).sum(dim=(1, 2)).cpu()
        return tot / (n_rows * self.T)

    # ---- optimisation -----------------------------------------------------------------------------------------
    def distill(self, jobs: list[Job], init: list[torch.Tensor], seed: int, on_step=None) -> list[Result]:
        """Distil `jobs` (all the same length) together from `init` ([L, d] each). Deterministic given `seed`.

        `on_step(step, max_steps, n_active, val_kl)`, if given, is called after every optimisation step (`val_kl`:
        the median validation KL of the batch's best states so far, relative to its value at init); progress bars
        use it, the optimisation does not depend on it."""
        cfg = self.cfg
        lengths = {j.length for j in jobs}
        if len(lengths) != 1:
            raise ValueError(f"a batch must hold one soft-prompt length, got {sorted(lengths)}")
        mixtures = [j.mixture for j in jobs]
        n = len(jobs)
        param = torch.nn.Parameter(torch.stack(init).to(self.device, torch.float32))  # [n, L, d]
        opt = torch.optim.Adam([param], lr=cfg.lr)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: lr_factor(cfg, s + 1))
        g = torch.Generator().manual_seed(seed)
        n_fit = self.sizes["fit"]
        active = list(range(n))
        best = param.detach().clone()
        best_kl = self.mean_kl(param.detach(), mixtures, "val")
        best_step = [0] * n
        history = [[[0.0, float(v)]] for v in best_kl.tolist()]
        kl0 = best_kl.clone().clamp_min(1e-12)
        bad = [0] * n
        steps = [0] * n
        for step in range(1, cfg.max_steps + 1):
            rows = torch.randperm(n_fit, generator=g)[: cfg.probes_per_step]
            idx = torch.tensor(active)
            tgt = self.target_logp([mixtures[i] for i in active], "fit", rows)
            logits = self._soft_logits(param[idx.to(self.device)], "fit", rows)
            loss = _kl(tgt, logits).mean(dim=(1, 2)).sum()
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            sched.step()
            for i in active:
                steps[i] = step
            if step % cfg.eval_every == 0 or step == cfg.max_steps:
                kl = self.mean_kl(param.detach()[idx.to(self.device)], [mixtures[i] for i in active], "val")
                still = []
                for i, v in zip(active, kl.tolist()):
                    history[i].append([float(step), float(v)])
                    if v < best_kl[i] * (1 - cfg.min_delta):
                        best_kl[i], best[i], best_step[i], bad[i] = v, param.detach()[i], step, 0
                    else:
                        bad[i] += 1
                    if bad[i] < cfg.patience:
                        still.append(i)
                log.info("step %d loss %.4f val %s", step, float(loss.detach()) / max(1, len(active)), kl.tolist())
                active = still
            if on_step is not None:
                on_step(step, cfg.max_steps, len(active), float((best_kl / kl0).median()))
            if not active:
                break
        kl_held = self.mean_kl(best, mixtures, "held")
        kl_fit = self.mean_kl(best, mixtures, "fit", self.n_eval_fit)
        kl_base = self.mean_kl(None, mixtures, "held")
        soft = best.float().cpu()
        return [Result(j, soft[i].clone(), float(kl_fit[i]), float(kl_held[i]), float(kl_base[i]), float(best_kl[i]),
                       steps[i], best_step[i], history[i]) for i, j in enumerate(jobs)]
