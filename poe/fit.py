"""Fitting a target against a fixed dictionary of prompts, with faithfulness on held-out probes.

Owns: the step every room shares once candidates are known: compute the dictionary's state tables on fit and
held-out probes (once), then for any target prompt (hard or soft) run the exact PoE solve, the greedy path, and the
faithfulness numbers of docs/DESIGN.md §1 on held-out probes:

- `kl`: mean KL(target || decomposition) on held-out probes,
- `kl_base`: mean KL(target || no prompt),
- `explained` = 1 - kl / kl_base,
- `kl_best_single`: the best single candidate used alone as a prompt (weight 1).

The "no prompt" component (empty slot) is added to the dictionary as a free intercept when `include_null` is set:
it is always in the fit, carries no L1 penalty and is not counted in k. decompose/pipeline.py builds the
candidate dictionary (oracle + FAISS) and calls this.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import torch

from softprism.poe.lm import FrozenLM
from softprism.poe.probes import ProbeSet
from softprism.poe.slot import PromptSlot
from softprism.poe.solver import FitResult, PathStep, PoEProblem, SolverConfig, SumProblem, greedy_path, solve
from softprism.poe.store import StateStore, logsumexp_logits
from softprism.poe.tables import compute_states_on, make_tails

log = logging.getLogger(__name__)

NULL_TEXT = "(no prompt)"


@dataclass
class Component:
    """One prompt of an answer: its text, signed weight and provenance. The one component type of every room: a
    `Decomposition` here (the full fit's non-zero weights, sorted by |weight|, `rank` 0) and the k-component answer
    of a decomposition (decompose/result.py's `DecompositionResult.components`, ranked from 1).

    `index`: the prompt's row in the dictionary it was fitted from. `source`: the candidate source that proposed it.
    `corpus_id`: its corpus id (None outside the corpus). `rank`: its place in a reported k-component answer: the
    order in which the greedy path added it when the answer is the path's step k (1 is the best single prompt, each
    next one adds the most given those before), else |weight| (the full fit's top k, refit);
    `DecompositionResult.info.rank_by` says which. 0: unranked. `role`: on a labelled task, whether the prompt
    carries the task's `content` (leaving it out costs more of the decision than of the reply) or its reply
    `format` (`DecompositionResult.info.roles`); None elsewhere."""

    text: str
    weight: float
    index: int
    source: str = "dictionary"
    corpus_id: str | None = None
    rank: int = 0
    role: str | None = None


@dataclass
class Decomposition:
    """The answer for one target. `components` are sorted by |weight| (null excluded); `path` is the KL-vs-k curve."""

    components: list[Component]
    null_weight: float | None
    kl: float
    kl_fit: float
    kl_base: float
    explained: float
    kl_best_single: float
    best_single: str
    kkt_residual: float
    converged: bool
    iterations: int
    path: list[PathStep]
    timing: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "components": [{"text": c.text, "weight": c.weight, "index": c.index, "source": c.source,
                            "corpus_id": c.corpus_id} for c in self.components],
            "null_weight": self.null_weight,
            "kl": self.kl, "kl_fit": self.kl_fit, "kl_base": self.kl_base, "explained": self.explained,
            "kl_best_single": self.kl_best_single, "best_single": self.best_single,
            "kkt_residual": self.kkt_residual, "converged": self.converged, "iterations": self.iterations,
            "path": [s.__dict__ for s in self.path], "timing": self.timing,
        }


class DictionaryFit:
    """State tables of a dictionary on fit and held-out probes, computed once; `fit(target)` per target.

    Args:
        texts: dictionary prompts (hard). `sources`/`ids`: optional per-entry provenance.
        extra_prompts: optional embedding sequences [L, d] to add as entries (e.g. soft prompts), named by `texts`.
        tables: optional precomputed (fit, held-out) states, each [N + 1, P, d] with the null prompt as the last
            row (skips computing them); `heldout_lse`: optional [N + 1, P_held] float64 (see `heldout_lse`).
        vocab: optional token ids to restrict every distribution to (see `self.vocab`); `heldout_lse` must then be
            over the same ids (or None).
        label_term: optional (label token ids, weight c): the fit objective becomes KL(response) + c KL(decision),
            the second term over each fit probe's first reply token restricted to those ids (see `fit_problem`).
            Held-out `kl` stays the response KL.
    """

    def __init__(self, lm: FrozenLM, slot: PromptSlot, fit_probes: ProbeSet, heldout_probes: ProbeSet,
                 texts: list[str], T: int, solver: SolverConfig, include_null: bool = True,
                 sources: list[str] | None = None, ids: list[str | None] | None = None,
                 max_probe_tokens: int = 96, progress: bool = True,
                 tables: tuple[torch.Tensor, torch.Tensor] | None = None, heldout_lse: torch.Tensor | None = None,
                 vocab: list[int] | None = None, label_term: tuple[list[int], float] | None = None):
        self.lm, self.slot, self.solver, self.T = lm, slot, solver, T
        if label_term is not None and (vocab is not None or label_term[1] < 0 or len(set(label_term[0])) < 2):
            raise ValueError("label_term needs >= 2 label ids, a weight >= 0 and no `vocab` restriction")
        self.label_term = None if label_term is None else (sorted(set(label_term[0])), float(label_term[1]))
        self.vocab = None if vocab is None else torch.tensor(sorted(set(vocab)), dtype=torch.long)
        """Token ids every distribution is restricted to (and renormalised over), e.g. a task's labels; None: the
        whole vocabulary. The PoE over a subset is still log-linear in the weights, so the solve stays convex."""
        self.texts = list(texts)
        self.sources = list(sources) if sources else ["dictionary"] * len(texts)
        self.ids = list(ids) if ids else [None] * len(texts)
        self.include_null = include_null
        t0 = time.perf_counter()
        self.fit_tails = make_tails(lm, slot, fit_probes, T, max_probe_tokens)
        self.held_tails = make_tails(lm, slot, heldout_probes, T, max_probe_tokens)
        if tables is not None:  # precomputed by the caller (decompose/pipeline.py passes its StateStore's)
            self.fit_states, self.held_states = tables
            n = len(self.texts) + 1
            if self.fit_states.shape[:2] != (n, len(self.fit_tails) * T) or \
                    self.held_states.shape[:2] != (n, len(self.held_tails) * T):
                raise ValueError(f"tables must be [{n}, P, d] (dictionary + null row last) on these probes")
        else:  # the one state cache: per prompt, in memory and on disk (poe/store.py)
            store = StateStore(lm, slot, self.fit_tails, self.held_tails, max_entries=0)
            self.fit_states, self.held_states, lse = store.get(self.texts, progress=progress)
            heldout_lse = lse if vocab is None and heldout_lse is None else heldout_lse
        self._held_lse = heldout_lse
        self.null_index = len(self.texts)
        self.table_seconds = time.perf_counter() - t0

    @property
    def device(self) -> torch.device:
        """Where the solver's vocabulary passes run (`solver.device`; `auto`: the model's device)."""
        return self.solver.resolve_device(self.lm.device)

    def heldout_lse(self) -> torch.Tensor:
        """logsumexp over the vocabulary of every dictionary row at every held-out position, float64 [N + 1, P]
        (on the CPU; computed once per dictionary, on the solver's device, in chunks of `solver.chunk` rows)."""
        lse = getattr(self, "_held_lse", None)
        if lse is None:
            W, b = self.head(self.device, torch.float64)
            lse = self._held_lse = logsumexp_logits(self.held_states, W, b, self.device,
                                                    max(32, self.solver.chunk * 32))
        return lse

    def head(self, device: torch.device | str | None = None,
             dtype: torch.dtype | None = None) -> tuple[torch.Tensor, torch.Tensor | None]:
        """The output head (W [V', d], b [V'] or None) the fit uses: the model's, restricted to `vocab` if set;
        as `dtype` on `device` when given (the whole head is converted once per model: `FrozenLM.head_as`)."""
        if device is not None and dtype is not None and self.vocab is None:
            return self.lm.head_as(device, dtype)
        W, b = self.lm.head_weight, self.lm.head_bias
        if self.vocab is not None:
            v = self.vocab.to(W.device)
            W, b = W[v], None if b is None else b[v]
        if device is not None and dtype is not None:
            W, b = W.detach().to(device, dtype), None if b is None else b.detach().to(device, dtype)
        return W, b

    def target_states(self, prompt: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """States of a target prompt [L, d] on fit and held-out tails: ([P_fit, d], [P_held, d])."""
        p = prompt.to(self.lm.device, self.lm.dtype)
        f, h = compute_states_on(self.lm, self.slot, [p], [self.fit_tails, self.held_tails])
        return f[0], h[0]

    def problem(self, states: torch.Tensor, target: torch.Tensor, solver: SolverConfig | None = None,
                head: tuple[torch.Tensor, torch.Tensor | None] | None = None) -> PoEProblem:
        """A `PoEProblem` for dictionary states [n, P, d] and target states [P, d], with this fit's solver settings
        (or `solver`'s) and output head (or `head` = (W, b))."""
        cfg = solver or self.solver
        device = cfg.resolve_device(self.lm.device)
        head32 = None
        if head is not None:
            W, b = head
        else:
            W, b = self.head(device, getattr(torch, cfg.dtype))
            head32 = self.head(device, torch.float32)
        return PoEProblem(states, target, W, b, dtype=cfg.dtype, chunk=cfg.chunk, hessian_top_k=cfg.hessian_top_k,
                          device=device, hessian_exact_max=cfg.hessian_exact_max, head32=head32)

    def fit_problem(self, rows: list[int], target_fit: torch.Tensor, solver: SolverConfig | None = None,
                    probes: list[int] | None = None) -> PoEProblem | SumProblem:
        """The objective the weights of dictionary rows `rows` are fitted to, for fit-probe target states
        [P_fit, d]: the response KL, plus `label_term`'s weight times the decision KL when it is set. The decision
        term is the PoE at position t = 0 of each probe (rows 0, T, 2T, ... of the probe-major tables) over the
        label tokens only, renormalised: log-linear in w like the response term, so the sum stays convex.
        `probes`: only these fit probes (their T positions each; the folds of a selection within the fit set)."""
        states = self.fit_states[rows]
        if probes is not None:
            keep = torch.tensor([p * self.T + t for p in probes for t in range(self.T)], dtype=torch.long)
            states, target_fit = states[:, keep.to(states.device)], target_fit[keep.to(target_fit.device)]
        resp = self.problem(states, target_fit, solver)
        if self.label_term is None:
            return resp
        ids, c = self.label_term
        W, b = self.head()
        v = torch.tensor(ids, dtype=torch.long, device=W.device)
        lab = self.problem(states[:, :: self.T], target_fit[:: self.T], solver, (W[v], None if b is None else b[v]))
        return SumProblem([(1.0, resp), (c, lab)])

    def path(self, states: tuple[torch.Tensor, torch.Tensor], steps: int) -> list[PathStep]:
        """The greedy path alone, `steps` components long (no full solve, no held-out numbers): its steps'
        `indices` in dictionary numbering and `pinned_weights` the null's. Cheaper than `fit` when only the
        first few prompts the path picks are wanted (the pipeline's neighbour rounds)."""
        rows = list(range(len(self.texts))) + ([self.null_index] if self.include_null else [])
        fit_p = self.fit_problem(rows, states[0])
        cfg = SolverConfig(**{**self.solver.__dict__, "max_components": steps})
        path = greedy_path(fit_p, cfg, pinned=[len(rows) - 1] if self.include_null else [])
        for s in path:
            s.indices = [rows[i] for i in s.indices]
        return path

    def fit(self, prompt: torch.Tensor | None = None, states: tuple[torch.Tensor, torch.Tensor] | None = None,
            candidates: list[int] | None = None, with_path: bool = True,
            w0: torch.Tensor | None = None) -> Decomposition:
        """Decompose a target given as embeddings [L, d] or as precomputed (fit, held-out) states. `w0`: a warm
        start for the full solve (one weight per candidate, then the null's when `include_null`), e.g. a smaller
        dictionary's answer padded with zeros; the optimum is the same (the problem is convex), only reached sooner."""
        timing = {}
        t0 = time.perf_counter()
        if states is not None:
            tf, th = states
        elif prompt is not None:
            tf, th = self.target_states(prompt)
        else:
            raise ValueError("fit needs the target as `prompt` (embeddings [L, d]) or as `states`")
        timing["target_tables_s"] = time.perf_counter() - t0
        N = len(self.texts)
        cand = list(range(N)) if candidates is None else list(candidates)
        rows = cand + ([self.null_index] if self.include_null else [])
        t0 = time.perf_counter()
        fit_p = self.fit_problem(rows, tf)
        held_p = self.problem(self.held_states[rows], th)
        pinned = [len(rows) - 1] if self.include_null else []
        mask = torch.ones(len(rows), dtype=torch.bool)
        if self.include_null:
            mask[-1] = False
        if w0 is not None and len(w0) != len(rows):
            raise ValueError(f"w0 has {len(w0)} weights for {len(rows)} rows")
        res: FitResult = solve(fit_p, self.solver, l1_mask=mask, w0=w0)
        timing["solve_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        path = greedy_path(fit_p, self.solver, heldout=held_p, pinned=pinned) if with_path else []
        timing["path_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        kl = held_p.value(res.w)
        # A prompt alone: KL(t || p_i) = mean_j [sum_v t log t - E_t[W h_ij + b] + logsumexp(W h_ij + b)], and the
        # logsumexp terms do not depend on the target, so they are computed once per dictionary.
        lse = self.heldout_lse()[[*cand, self.null_index]]  # [n + 1, P]
        a_t = (held_p.A_t if self.include_null else self.problem(self.held_states[[*cand, self.null_index]], th).A_t)
        singles = (held_p.negent[None, :] - a_t + lse.to(a_t.device)).mean(1).cpu()  # [n + 1]
        kl_base = float(singles[-1])
        best_i = int(singles[:-1].argmin()) if cand else -1
        best = float(singles[best_i]) if cand else float("inf")
        timing["metrics_s"] = time.perf_counter() - t0
        comps = [Component(self.texts[c], float(res.w[k]), c, self.sources[c], self.ids[c])
                 for k, c in enumerate(cand) if float(res.w[k]) != 0.0]
        comps.sort(key=lambda c: -abs(c.weight))
        # report path indices in dictionary numbering
        for s in path:
            s.indices = [rows[i] for i in s.indices]
        return Decomposition(
            components=comps,
            null_weight=float(res.w[-1]) if self.include_null else None,
            kl=kl, kl_fit=res.kl, kl_base=kl_base,
            explained=1.0 - kl / kl_base if kl_base > 0 else float("nan"),
            kl_best_single=best, best_single=self.texts[cand[best_i]] if best_i >= 0 else "",
            kkt_residual=res.kkt_residual, converged=res.converged, iterations=res.iterations,
            path=path, timing=timing,
        )
