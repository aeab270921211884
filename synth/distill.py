"""Batched distillation: many soft prompts fitted at once to product-of-experts targets.

Owns: the PoE target of a mixture on the probe tails, PEFT-style initialisation, and the optimisation loop.

Target (docs/DESIGN.md §1). With component states h_i [P, d] at the probe positions (from `poe.tables`), the PoE of a
mixture with weights w has logits  W (sum_i w_i h_i) + (sum_i w_i) b  (b = head bias, or none), so a target costs one
weighted sum of cached states, never a forward pass of its own.

Loss, per soft prompt S: mean over the step's fit probes and the first T response positions of
KL(target || model with S) = sum_v p_t(v) (log p_t(v) - log p_S(v)), over the full vocabulary. The batch is
prompts x probes: `poe.tables.forward_states` runs each prompt's head once and repeats its KV cache over the probes.
Losses are summed over prompts, so each prompt gets exactly its own gradient and Adam (elementwise, per-slot step
counts) optimises each independently: batching changes the speed, not the result (up to float rounding).

Early stopping: every `eval_every` of its steps the KL on `n_val` validation probes (taken out of the fit split,
never fitted) is measured; a prompt that has not improved for `patience` evaluations leaves the batch and keeps its
best state, and the next job of the queue takes its slot at once (`Distiller.distill(..., slots=...)`). Each slot
runs its own Adam state, schedule and probe minibatches, so a batch mixes prompt lengths (right-padded, masked) and
jobs at different steps, and every result is that of the job distilled alone (up to float rounding). Reported: `kl_fit` (eval_fit fit probes), `kl_heldout` (the held-out probe split, never seen during
distillation: the floor a decomposition can reach) and `kl_base` (target vs. no prompt, same held-out probes).

Precision: fp32 on CPU; bf16 autocast on GPU (parameters and Adam state stay fp32); see `DistillConfig.autocast`.
`FrozenLM.amp()` is a true no-op when the model's own autocast is off, so it does not cancel this one.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections import OrderedDict
from dataclasses import dataclass

import torch

from softprism.poe.lm import FrozenLM
from softprism.poe.probes import ProbeSet
from softprism.poe.slot import PromptSlot
from softprism.poe.tables import Tails, compute_states, forward_states, make_tails

from softprism.synth.config import DistillConfig
from softprism.synth.mixtures import Mixture

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


def _row_seed(seed: int, job: Job) -> int:
    """Seed of a job's own probe-minibatch stream: a function of (seed, job), never of its batch or slot."""
    key = f"distill-rows:{seed}:{job.index}:{job.mixture.seed}".encode()
    return int.from_bytes(hashlib.sha256(key).digest()[:8], "big") >> 1


class StateStore:
    """Component state tables [B_all, T, d] kept in one tensor on the model's device, by corpus id (LRU).

    A step's targets gather their rows straight from `buf` (no per-step stacking on the host, no host-to-device
    copy). The buffer grows by doubling up to `capacity` rows; past that the least recently used entries that the
    current call does not need are overwritten."""

    def __init__(self, shape: tuple[int, ...], device: torch.device, capacity: int):
        self.shape, self.device, self.capacity = tuple(shape), device, max(1, capacity)
        self.buf = torch.empty(0, *self.shape, device=device)
        self.rows: OrderedDict[str, int] = OrderedDict()

    def __len__(self) -> int:
        return len(self.rows)

    def ensure(self, ids: list[str], texts: list[str], compute) -> torch.Tensor:
        """Row numbers [len(ids)] of `ids` in `buf`, computing the missing ones with `compute(texts)` ->
        [m, *shape] (one batch)."""
        want = list(dict.fromkeys(ids))
        text_of = dict(zip(ids, texts))
        missing = [i for i in want if i not in self.rows]
        if missing:
            states = compute([text_of[i] for i in missing])
            keep = set(want)
            need = len(self.rows) + len(missing)
            cap = max(self.capacity, len(want))
            free: list[int] = []
            while need > cap:  # evict least recently used entries this call does not use
                victim = next(i for i in self.rows if i not in keep)
                free.append(self.rows.pop(victim))
                need -= 1
            used = len(self.rows) + len(free)
            if used + len(missing) - len(free) > self.buf.shape[0]:
                size = min(cap, max(2 * self.buf.shape[0], used + len(missing) - len(free)))
                grown = torch.empty(size, *self.shape, device=self.device)
                grown[: self.buf.shape[0]] = self.buf
                self.buf = grown
            taken = set(self.rows.values())
            slots = free + [r for r in range(self.buf.shape[0]) if r not in taken and r not in free]
            for i, st, r in zip(missing, states, slots):
                self.buf[r] = st.to(self.device, self.buf.dtype)
                self.rows[i] = r
        for i in want:
            self.rows.move_to_end(i)
        return torch.tensor([self.rows[i] for i in ids], dtype=torch.long)


class Distiller:
    """Holds the model, slot, probe tails and a device-resident store of component state tables; distils jobs.

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
        self.device = lm.device
        self.store = StateStore((len(self.tails), T, lm.d_model), self.device, cfg.cache_components)
        self.amp = cfg.autocast == "bfloat16" or (cfg.autocast == "auto" and (
            self.device.type == "cuda" or lm.autocast == "bfloat16"))
        """Whether forward passes run under bf16 autocast (see `DistillConfig.autocast`)."""
        null = torch.zeros(0, lm.d_model, device=lm.device, dtype=lm.dtype)
        self.base_states = self._states([null])[0].to(self.device)  # [B_all, T, d]
        self.probe_hash = {k: v.hash for k, v in self.parts.items()}

    # ---- component tables -------------------------------------------------------------------------------------
    def _states(self, prompts: list[torch.Tensor]) -> torch.Tensor:
        """[N, B_all, T, d] states for embedding sequences `prompts` on all tails (fit | val | held)."""
        st = compute_states(self.lm, self.slot, prompts, self.tails, token_budget=self.cfg.token_budget)
        return st.reshape(len(prompts), len(self.tails), self.T, self.lm.d_model)

    def _component_rows(self, ids: list[str], texts: list[str]) -> torch.Tensor:
        def compute(todo: list[str]) -> torch.Tensor:
            with torch.no_grad():
                return self._states([self.lm.embed_text(t) for t in todo])

        return self.store.ensure(ids, texts, compute)

    def component_states(self, ids: list[str], texts: list[str]) -> torch.Tensor:
        """[k, B_all, T, d] states of the given corpus prompts (kept on the model's device by id)."""
        rows = self._component_rows(ids, texts).to(self.device)  # first: it may grow (replace) the buffer
        return self.store.buf[rows]

    def target_logp(self, mixtures: list[Mixture], part: str, rows: torch.Tensor | None = None) -> torch.Tensor:
        """PoE target log-probs [n, b, T, V] on probe `rows` of `part`: [b] shared by every mixture, or [n, b]
        (mixture i's own rows); all of `part` when None. One gather from the device store, one head matmul."""
        a, b = self.offsets[part]
        n = len(mixtures)
        if rows is None:
            rows = torch.arange(b - a)
        rows = rows if rows.dim() == 2 else rows[None].expand(n, -1)
        sel = (rows + a).to(self.device)  # [n, b]
        K = max(len(m.ids) for m in mixtures)
        ids = [i for m in mixtures for i in m.ids]
        flat = self._component_rows(ids, [t for m in mixtures for t in m.texts])
        ci = torch.zeros(n, K, dtype=torch.long)
        wm = torch.zeros(n, K)
        o = 0
        for i, m in enumerate(mixtures):
            k = len(m.ids)
            ci[i, :k] = flat[o : o + k]
            wm[i, :k] = torch.tensor(m.weights, dtype=torch.float32)
            o += k
        ci, wm = ci.to(self.device), wm.to(self.device)
        h = self.store.buf[ci[:, :, None], sel[:, None, :]]  # [n, K, b, T, d]
        u = torch.einsum("nk,nkbtd->nbtd", wm, h)
        W, bias = self.lm.head_as(self.device, torch.float32)
        logits = u @ W.T
        if bias is not None:
            logits = logits + wm.sum(1)[:, None, None, None] * bias
        return torch.log_softmax(logits, dim=-1)

    # ---- the model with a batch of soft prompts ---------------------------------------------------------------
    def _soft_logits(self, soft: torch.Tensor, part: str, rows: torch.Tensor,
                     lengths: list[int] | None = None) -> torch.Tensor:
        """Logits [n, b, T, V] of the model with soft prompts `soft` [n, L, d] (prompt i: its first `lengths[i]`
        rows; all L when None) on probe `rows` of `part` ([b] shared, or [n, b] per prompt)."""
        a, _ = self.offsets[part]
        tails: list[list[int]] | list[list[list[int]]]
        if rows.dim() == 1:
            tails = [self.tails.ids[a + int(r)] for r in rows]
        else:
            tails = [[self.tails.ids[a + int(r)] for r in rr] for rr in rows]
        soft = soft.to(self.lm.dtype)
        with torch.autocast(self.device.type, dtype=torch.bfloat16, enabled=self.amp):
            if lengths is None or len(set(lengths)) == 1:
                L = soft.shape[1] if lengths is None else lengths[0]
                st = forward_states(self.lm, self.slot.heads(soft[:, :L]), tails, self.T)
            else:
                heads, hl = self.slot.padded_heads([soft[i, :L] for i, L in enumerate(lengths)])
                st = forward_states(self.lm, heads, tails, self.T, head_lengths=hl)
        return self.lm.head_logits(st.float())

    @torch.no_grad()
    def mean_kl(self, soft: torch.Tensor | None, mixtures: list[Mixture], part: str, n_rows: int | None = None,
                chunk: int = 8, lengths: list[int] | None = None) -> torch.Tensor:
        """Mean KL(target || model with soft) per prompt [n] over the first `n_rows` probes of `part`.
        `soft=None`: the model with no prompt (kl_base). `lengths`: see `_soft_logits`."""
        a, b = self.offsets[part]
        n_rows = (b - a) if n_rows is None else min(n_rows, b - a)
        tot = torch.zeros(len(mixtures))
        for r0 in range(0, n_rows, chunk):
            rows = torch.arange(r0, min(n_rows, r0 + chunk))
            tgt = self.target_logp(mixtures, part, rows)
            if soft is None:
                logits = self.lm.head_logits(self.base_states[(rows + a).to(self.device)].float())[None]
            else:
                logits = self._soft_logits(soft, part, rows, lengths)
            tot += _kl(tgt, logits).sum(dim=(1, 2)).cpu()
        return tot / (n_rows * self.T)

    # ---- optimisation -----------------------------------------------------------------------------------------
    def distill(self, jobs: list[Job], init: list[torch.Tensor], seed: int, on_step=None,
                slots: int | None = None, on_result=None) -> list[Result]:
        """Distil `jobs` (any lengths) from `init` ([L_j, d] each), `slots` at a time (default: all at once).

        Every job owns its slot's state: Adam moments and step count, learning-rate schedule, early stopping, and
        its probe minibatches (drawn from its own stream, `_row_seed(seed, job)`). So a job's result depends on
        the job and `seed` only, never on its batch, slot or neighbours (up to float rounding). A slot freed by
        early stopping or `max_steps` is refilled at once with the next job, so a long queue keeps every step's
        batch full; prompts of different lengths share a batch right-padded (masked).

        `on_step(step, max_steps, n_active, val_kl)`, if given, is called after every optimisation step (`val_kl`:
        the median over the jobs started so far of their best validation KL relative to its value at init);
        `on_result(n)` when n jobs finish. Progress bars use them; the optimisation does not depend on them.
        Results come back in the order of `jobs`."""
        cfg = self.cfg
        if len(init) != len(jobs):
            raise ValueError("distill: one init per job")
        for j, x in zip(jobs, init):
            if x.shape[0] != j.length:
                raise ValueError(f"job {j.index}: init has {x.shape[0]} rows, length is {j.length}")
        n_jobs = len(jobs)
        if n_jobs == 0:
            return []
        S = n_jobs if slots is None else max(1, min(slots, n_jobs))
        dev, d = self.device, self.lm.d_model
        Lmax = max(j.length for j in jobs)
        # all components of the queue in one table batch when they fit the store (refills then cost nothing)
        ids = [i for j in jobs for i in j.mixture.ids]
        if len(set(ids)) <= self.store.capacity:
            self._component_rows(ids, [t for j in jobs for t in j.mixture.texts])
        param = torch.zeros(S, Lmax, d, device=dev, requires_grad=True)  # [S, Lmax, d]; job rows [:L], zeros after
        m1, m2 = torch.zeros(S, Lmax, d, device=dev), torch.zeros(S, Lmax, d, device=dev)
        best = torch.zeros(S, Lmax, d, device=dev)
        slot_job: list[int | None] = [None] * S
        k = [0] * S
        gens: list[torch.Generator | None] = [None] * S
        best_kl, kl0 = [math.inf] * n_jobs, [1.0] * n_jobs
        best_step, bad, steps = [0] * n_jobs, [0] * n_jobs, [0] * n_jobs
        history: list[list[list[float]]] = [[] for _ in range(n_jobs)]
        results: list[Result | None] = [None] * n_jobs
        n_fit = self.sizes["fit"]
        nxt = 0

        def job_of(s: int) -> int:
            """The job slot `s` holds (an active slot: it holds one)."""
            ji = slot_job[s]
            assert ji is not None
            return ji

        def info(ss: list[int]) -> tuple[list[Mixture], list[int]]:
            return [jobs[job_of(s)].mixture for s in ss], [jobs[job_of(s)].length for s in ss]

        def fill(free: list[int]) -> None:
            nonlocal nxt
            new = []
            for s in free:
                if nxt >= n_jobs:
                    break
                ji, nxt = nxt, nxt + 1
                L = jobs[ji].length
                with torch.no_grad():
                    param[s].zero_()
                    param[s, :L] = init[ji].to(dev, torch.float32)
                    m1[s].zero_()
                    m2[s].zero_()
                    best[s] = param[s]
                slot_job[s], k[s] = ji, 0
                gens[s] = torch.Generator().manual_seed(_row_seed(seed, jobs[ji]))
                new.append(s)
            if new:
                mix, lens = info(new)
                kl = self.mean_kl(param.detach()[new], mix, "val", lengths=lens)
                for s, v in zip(new, kl.tolist()):
                    ji = job_of(s)
                    best_kl[ji], kl0[ji], history[ji] = v, max(v, 1e-12), [[0.0, float(v)]]

        def finish(done: list[int]) -> None:
            mix, lens = info(done)
            b = best[done]
            kl_held = self.mean_kl(b, mix, "held", lengths=lens)
            kl_fit = self.mean_kl(b, mix, "fit", self.n_eval_fit, lengths=lens)
            kl_base = self.mean_kl(None, mix, "held")
            for i, s in enumerate(done):
                ji = job_of(s)
                soft = b[i, : jobs[ji].length].float().cpu().clone()
                results[ji] = Result(jobs[ji], soft, float(kl_fit[i]), float(kl_held[i]), float(kl_base[i]),
                                     float(best_kl[ji]), steps[ji], best_step[ji], history[ji])
                slot_job[s] = None
            if on_result is not None:
                on_result(len(done))

        fill(list(range(S)))
        step = 0
        while any(j is not None for j in slot_job):
            step += 1
            act = [s for s in range(S) if slot_job[s] is not None]
            mix, lens = info(act)
            rows = torch.stack([torch.randperm(n_fit, generator=gens[s])[: cfg.probes_per_step] for s in act])
            idx = torch.tensor(act, device=dev)
            tgt = self.target_logp(mix, "fit", rows)
            logits = self._soft_logits(param[idx][:, : max(lens)], "fit", rows, lens)
            loss = _kl(tgt, logits).mean(dim=(1, 2)).sum()
            param.grad = None
            loss.backward()
            for s in act:
                k[s] += 1
                steps[job_of(s)] = k[s]
            grad = param.grad
            assert grad is not None  # set by loss.backward()
            with torch.no_grad():
                _adam_step(param, grad, m1, m2, idx, [cfg.lr * lr_factor(cfg, k[s]) for s in act],
                           [k[s] for s in act])
            ev = [s for s in act if k[s] % cfg.eval_every == 0 or k[s] == cfg.max_steps]
            done = []
            if ev:
                emix, elens = info(ev)
                kl = self.mean_kl(param.detach()[ev], emix, "val", lengths=elens)
                for s, v in zip(ev, kl.tolist()):
                    ji = job_of(s)
                    history[ji].append([float(k[s]), float(v)])
                    if v < best_kl[ji] * (1 - cfg.min_delta):
                        best_kl[ji], best_step[ji], bad[ji] = v, k[s], 0
                        best[s] = param.detach()[s]
                    else:
                        bad[ji] += 1
                    if bad[ji] >= cfg.patience:
                        done.append(s)
                log.info("step %d loss %.4f val %s", step, float(loss.detach()) / max(1, len(act)), kl.tolist())
            done += [s for s in act if k[s] >= cfg.max_steps and s not in done]
            if done:
                finish(done)
                fill(done)
            if on_step is not None:
                started = [ji for ji in range(min(nxt, n_jobs))]
                rel = torch.tensor([best_kl[ji] / kl0[ji] for ji in started])
                n_active = sum(s is not None for s in slot_job)
                on_step(step, cfg.max_steps, n_active, float(rel.median()))
        return results  # type: ignore[return-value]


def _adam_step(param: torch.Tensor, grad: torch.Tensor, m1: torch.Tensor, m2: torch.Tensor, idx: torch.Tensor,
               lrs: list[float], ks: list[int], betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8) -> None:
    """`torch.optim.Adam`'s update (defaults, no weight decay) on rows `idx` of `param`, each row with its own
    learning rate and step count (so a refilled slot starts Adam afresh). In place."""
    b1, b2 = betas
    g = grad[idx]
    m = m1[idx].mul_(b1).add_(g, alpha=1 - b1)
    v = m2[idx].mul_(b2).addcmul_(g, g, value=1 - b2)
    m1[idx], m2[idx] = m, v
    shape = (-1,) + (1,) * (param.dim() - 1)
    step_size = torch.tensor([lr / (1 - b1**t) for lr, t in zip(lrs, ks)], device=param.device).view(shape)
    bc2 = torch.tensor([math.sqrt(1 - b2**t) for t in ks], device=param.device).view(shape)
    param.data[idx] = param.data[idx] - step_size * m / (v.sqrt() / bc2 + eps)
