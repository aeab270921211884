"""The exact product-of-experts solve (docs/DESIGN.md §1).

Owns: fitting weights w (any sign) so that the PoE of dictionary prompts matches a target's next-token
distributions, over the full vocabulary, to a certified optimum; greedy forward selection with refit; the
KL-versus-number-of-components curve.

For prompts i = 1..N and positions j = 1..P the table holds final hidden states h_ij [d]; with the model's head
(W [V, d], b [V]) the log-probs are l_ij = log_softmax(W h_ij + b). The PoE is

    log q_w[j] = log_softmax( W u_j + (sum_i w_i) b ),   u_j = sum_i w_i h_ij

(each prompt's own normaliser is constant over the vocabulary, so it drops out). The objective is

    F(w) = (1/P) sum_j KL(t[j] || q_w[j]) + l1 * sum_i m_i |w_i| + l2 * ||w||^2

with gradient (1/P) sum_j (E_q[l_i] - E_t[l_i]) and Hessian (1/P) sum_j Cov_q(l_i, l_k). The objective and the
gradient are always computed over the full vocabulary (in float64 by default). The Hessian, used only to choose
Newton directions, is computed over each position's top `hessian_top_k` tokens under q plus the rest of the
vocabulary lumped into one token at its mean logit (over the whole vocabulary, in float32, when the support has at
most `hessian_exact_max` prompts); a backtracking line search on the objective keeps every step a descent step.
Passes run in float32 until the KKT residual is small or a step promises less than float32 resolves, then in the
problem's dtype to the certificate. L1 is handled by an active-set (feature-sign) Newton method:
coordinates enter when they violate the optimality condition and leave when their sign would flip.

The greedy path's refits touch only the few prompts chosen so far: their full-vocabulary logits are kept in memory
(`LogitRows`, within `path_tables_mb`) and solved as a `SupportProblem`, whose passes cost n x P x V instead of
P x V x d and whose Hessian is always exact.

Certificate: the KKT residual, max over i of |g_i + l1 m_i sign(w_i)| for w_i != 0 and max(0, |g_i| - l1 m_i) for
w_i = 0, with g the gradient of the smooth part. `solve` iterates until it is <= `tol` (1e-6) and reports it.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import torch

log = logging.getLogger(__name__)

# A float32 vocabulary pass gets the objective right to about this much (relative, ~1 nat): a Newton step that
# promises less than that is taken in exact arithmetic (`solve`).
_F32_NOISE = 1e-5


@dataclass
class SolverConfig:
    """Settings of the exact PoE solve."""

    l1: float = 0.0
    """L1 penalty on the weights (sparsity). 0 = none."""
    l2: float = 1e-4
    """L2 penalty on the weights (keeps near-duplicate prompts from trading huge opposite weights)."""
    tol: float = 1e-6
    """Stop when the KKT residual is at most this."""
    max_iter: int = 200
    """Newton iterations at most (per solve)."""
    hessian_top_k: int = 1024
    """Tokens per position used for the Hessian (directions only; objective and gradient use the full vocabulary)."""
    hessian_exact_max: int = 8
    """Supports of at most this many prompts get the exact full-vocabulary Hessian instead (n extra matmuls per
    Newton step, but Newton then converges in a few steps: 7 instead of 35 on a 2-prompt solve of the SST-2 demo)."""
    dtype: Literal["float64", "float32"] = "float64"
    """Precision of the vocabulary passes. float64 is needed for a 1e-6 certificate."""
    device: str = "auto"
    """Where the vocabulary passes run: `auto` (the model's device, so a GPU when the model is on one), `cpu`,
    `cuda`, `cuda:1`, ... The certificate is the same everywhere (same dtype, same tolerance)."""
    chunk: int = 32
    """Positions per vocabulary pass (memory: chunk x V numbers)."""
    max_components: int = 12
    """Length of the greedy forward-selection path (the KL-versus-k curve)."""
    path_stop_kl: float = 1e-6
    """The greedy path stops early once the fit KL is below this (nothing is left to explain)."""
    path_tables_mb: int = 2048
    """Memory for the greedy path's refits: the full-vocabulary logits of the prompts it has chosen (at most
    pinned + max_components rows of P x V float64 numbers per objective) are kept, so each refit pass costs
    n x P x V instead of P x V x d and the exact Hessian n^2 x P x V (`SupportProblem`). When they would need
    more than this, the refits use the state tables like the full solve. 0 = never."""
    swap_sweeps: int = 0
    """Exchange sweeps after the k-sparse answer is chosen (`swap_search`; 0 = none): each chosen prompt, smallest
    |weight| first, is dropped and the `swap_tries` best replacements by predicted gain are refit in its place; a
    replacement that lowers the fit KL stays. Costs about one greedy-path step per chosen prompt per sweep."""
    swap_tries: int = 4
    """Replacements refit per dropped prompt in a swap sweep."""

    def __post_init__(self) -> None:
        if self.l1 < 0 or self.l2 < 0:
            raise ValueError("l1 and l2 must be >= 0")
        if self.tol <= 0:
            raise ValueError("tol must be > 0")
        if self.path_tables_mb < 0:
            raise ValueError("path_tables_mb must be >= 0")
        if self.swap_sweeps < 0 or self.swap_tries < 1:
            raise ValueError("swap_sweeps must be >= 0 and swap_tries >= 1")
        if self.device != "auto":
            try:
                torch.device(self.device)
            except RuntimeError:
                raise ValueError(f"device {self.device!r}: use auto, cpu, cuda or cuda:N") from None

    def resolve_device(self, model_device: torch.device | str) -> torch.device:
        """The device the passes run on, given the model's (`device: auto` follows it)."""
        return torch.device(model_device) if self.device == "auto" else torch.device(self.device)


@dataclass
class FitResult:
    """One certified solve. `w` [N] (zeros outside the support), `kl` = mean KL on the fit positions."""

    w: torch.Tensor
    kl: float
    objective: float
    kkt_residual: float
    iterations: int
    converged: bool

    def support(self) -> list[int]:
        return [int(i) for i in torch.nonzero(self.w).flatten()]


@dataclass
class PathStep:
    """One point of the greedy path: `k` components chosen (`indices`, in order of entry), their `weights`."""

    k: int
    indices: list[int]
    weights: list[float]
    kl_fit: float
    kl_heldout: float | None
    kkt_residual: float
    pinned_weights: list[float] = field(default_factory=list)
    """Weights of the pinned coordinates (e.g. the null prompt's intercept) in this step's fit."""


class PoEProblem:
    """The smooth part of F for one target: value, gradient, Hessian on a subset.

    Args:
        states: [N, P, d] dictionary states (N prompts, P positions).
        target: [P, d] the target's states at the same positions.
        head_weight: [V, d]; head_bias: [V] or None.
    """

    def __init__(self, states: torch.Tensor, target: torch.Tensor, head_weight: torch.Tensor,
                 head_bias: torch.Tensor | None = None, dtype: str = "float64", chunk: int = 32,
                 hessian_top_k: int = 1024, device: str | torch.device | None = None, hessian_exact_max: int = 0,
                 head32: tuple[torch.Tensor, torch.Tensor | None] | None = None):
        self.dtype = getattr(torch, dtype)
        self.device = torch.device(device) if device is not None else head_weight.device
        self.H = states.to(self.device, self.dtype)  # [N, P, d]
        self.W = head_weight.detach().to(self.device, self.dtype)  # [V, d] (no copy when already there)
        self.b = None if head_bias is None else head_bias.detach().to(self.device, self.dtype)
        # float32 copies for the fast passes (early Newton iterations and the Hessian); `head32` passes ready ones
        self.H32 = self.H.float()
        if head32 is not None:
            self.W32 = head32[0].detach().to(self.device, torch.float32)
            self.b32 = None if head32[1] is None else head32[1].detach().to(self.device, torch.float32)
        else:
            self.W32 = self.W.float()
            self.b32 = None if self.b is None else self.b.float()
        self.N, self.P, self.d = self.H.shape
        self.chunk = chunk
        self.top_k = min(hessian_top_k, self.W.shape[0])
        self.exact_max = hessian_exact_max
        self._top: tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None = None  # (w, q top-k values, indices)
        tgt = target.to(self.device, self.dtype)
        e_t = torch.empty(self.P, self.d, dtype=self.dtype, device=self.device)
        b_t = torch.zeros(self.P, dtype=self.dtype, device=self.device)
        negent = torch.empty(self.P, dtype=self.dtype, device=self.device)
        for s in range(0, self.P, chunk):
            logits = tgt[s : s + chunk] @ self.W.T
            if self.b is not None:
                logits = logits + self.b
            logp = torch.log_softmax(logits, -1)
            p = logp.exp()
            e_t[s : s + chunk] = p @ self.W
            if self.b is not None:
                b_t[s : s + chunk] = p @ self.b
            negent[s : s + chunk] = (p * logp).sum(-1)
        self.negent = negent  # [P] sum_v p log p
        self.A_t = torch.einsum("npd,pd->np", self.H, e_t) + b_t  # [N, P] E_t[l_i] (up to l_i's constant)

    def _poe_logits(self, wl: torch.Tensor, H: torch.Tensor, W: torch.Tensor, b: torch.Tensor | None,
                    s: int) -> torch.Tensor:
        """Unnormalised log q_w for the position chunk starting at `s`: W (sum_i w_i h_i) + (sum_i w_i) b. [p, V]"""
        logits = torch.einsum("n,npd->pd", wl, H[:, s : s + self.chunk]) @ W.T
        return logits if b is None else logits + wl.sum() * b

    def _pass(self, w: torch.Tensor, exact: bool, grad: bool) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """One pass over the vocabulary: sum of logsumexp, and (if `grad`; else empty) e_q [P, d], b_q [P], top-k
        of q."""
        H, W, b = (self.H, self.W, self.b) if exact else (self.H32, self.W32, self.b32)
        wl = w.to(self.device, H.dtype)
        total = torch.zeros((), dtype=self.dtype, device=self.device)
        rows = self.P if grad else 0
        e_q = torch.empty(rows, self.d, dtype=self.dtype, device=self.device)
        b_q = torch.zeros(self.P, dtype=self.dtype, device=self.device)
        top_v = torch.empty(rows, self.top_k, dtype=torch.float32, device=self.device)
        top_i = torch.empty(rows, self.top_k, dtype=torch.long, device=self.device)
        for s in range(0, self.P, self.chunk):
            logits = self._poe_logits(wl, H, W, b, s)
            lse = torch.logsumexp(logits, -1)
            total += lse.sum().to(self.dtype)
            if grad:
                q = torch.exp(logits - lse[:, None])
                e_q[s : s + self.chunk] = (q @ W).to(self.dtype)
                if b is not None:
                    b_q[s : s + self.chunk] = (q @ b).to(self.dtype)
                tv, ti = q.topk(self.top_k, dim=-1)
                top_v[s : s + self.chunk], top_i[s : s + self.chunk] = tv.float(), ti
        if grad:
            self._top = (w.detach().clone(), top_v, top_i)
        return total, e_q, b_q

    def value(self, w: torch.Tensor, exact: bool = True) -> float:
        """Mean KL(t || q_w) over positions (full vocabulary; float32 matmuls when not `exact`)."""
        w = w.to(self.device, self.dtype)
        total, _, _ = self._pass(w, exact, grad=False)
        return float((self.negent.sum() - (w @ self.A_t).sum() + total) / self.P)

    def value_grad(self, w: torch.Tensor, exact: bool = True) -> tuple[float, torch.Tensor, torch.Tensor]:
        """(mean KL, gradient [N], A_q [N, P] = E_q[l_i] per position)."""
        w = w.to(self.device, self.dtype)
        total, e_q, b_q = self._pass(w, exact, grad=True)
        A_q = torch.einsum("npd,pd->np", self.H, e_q) + b_q
        f = float((self.negent.sum() - (w @ self.A_t).sum() + total) / self.P)
        g = (A_q - self.A_t).mean(1)
        return f, g, A_q

    def hessian(self, w: torch.Tensor, idx: list[int], A_q: torch.Tensor, diag_only: bool = False) -> torch.Tensor:
        """(1/P) sum_j Cov_q(l_i, l_k) for i, k in `idx`, over each position's top-k tokens. [n, n] or [n].

        Uses the top-k of q cached by the last `value_grad` at this `w` (float32: it only steers directions); when
        len(idx) <= `hessian_exact_max`, the whole vocabulary instead (`_hessian_exact`)."""
        w = w.to(self.device, self.dtype)
        if 0 < len(idx) <= self.exact_max and self.top_k < self.W.shape[0]:
            return self._hessian_exact(w, idx, A_q, diag_only)
        if self._top is None or not torch.equal(self._top[0].to(w), w):
            self._pass(w, exact=False, grad=True)
        assert self._top is not None  # set by the gradient pass
        _, top_v, top_i = self._top
        Hs = self.H32[idx]  # [n, P, d]
        Aq = A_q[idx].float()
        n = len(idx)
        out = torch.zeros(n if diag_only else (n, n), dtype=torch.float64, device=self.device)
        step = max(1, int(2e7 // max(1, self.top_k * (self.d + n))))
        for s in range(0, self.P, step):
            qk, tk = top_v[s : s + step], top_i[s : s + step]  # [p, K]
            z = torch.einsum("npd,pkd->npk", Hs[:, s : s + step], self.W32[tk])  # [n, p, K]
            if self.b32 is not None:
                z = z + self.b32[tk]
            zc = z - Aq[:, s : s + step, None]
            # The tokens outside the top k carry mass m = 1 - sum(qk) with mean logit (A_q - sum_k q z) / m: their
            # between-group term m (mean - A_q)^2 is part of the covariance the top k alone would miss (what stays
            # missing is the tail's own spread). Without it the Newton step overshoots and converges only linearly.
            m = (1 - qk.sum(-1)).clamp(min=0)  # [p]
            tail = -(zc * qk).sum(-1)  # [n, p] = m (tail mean - A_q)
            tail = torch.where(m > 1e-6, tail / m.clamp(min=1e-6).sqrt(), torch.zeros_like(tail))
            if diag_only:
                out += ((zc * zc * qk).sum((1, 2)) + (tail * tail).sum(1)).double()
            else:
                zq = torch.cat([(zc * qk.sqrt()).reshape(n, -1), tail], 1)
                out += (zq @ zq.T).double()
        return (out / self.P).to(self.dtype)


    def _hessian_exact(self, w: torch.Tensor, idx: list[int], A_q: torch.Tensor, diag_only: bool) -> torch.Tensor:
        """The Hessian over the full vocabulary, float32: per position chunk, q = softmax(sum_i w_i l_i) and the
        candidates' logits z = H_idx W^T [n, p, V] (n matmuls, like n value passes)."""
        H, W, b = self.H32, self.W32, self.b32
        wl = w.to(self.device, torch.float32)
        Aq = A_q[idx].float()
        n = len(idx)
        out = torch.zeros(n if diag_only else (n, n), dtype=torch.float64, device=self.device)
        for s in range(0, self.P, self.chunk):
            q = torch.softmax(self._poe_logits(wl, H, W, b, s), -1)  # [p, V]
            z = H[idx, s : s + self.chunk] @ W.T  # [n, p, V]
            if b is not None:
                z = z + b
            zq = (z - Aq[:, s : s + self.chunk, None]) * q.sqrt()
            if diag_only:
                out += (zq * zq).sum((1, 2)).double()
            else:
                zq = zq.reshape(n, -1)
                out += (zq @ zq.T).double()
        return (out / self.P).to(self.dtype)


class SupportProblem:
    """F on a few dictionary entries `idx`, from their full-vocabulary logits z_i = W h_i + b [P, V] (parent's dtype).

    The same objective, gradient and (exact, full-vocabulary) Hessian as the parent `PoEProblem` restricted to
    `idx`, but a pass costs n x P x V instead of P x V x d, and the Hessian n^2 x P x V instead of n x P x V x d:
    for a 10-prompt support of SmolLM2 (d = 576) that is about 50 and 500 times fewer operations. Its N is
    len(idx) (entry k is the parent's idx[k]); `solve` takes it like a `PoEProblem`. Built by `LogitRows`.
    """

    float32_passes = False  # every pass is in the parent's dtype: `solve` starts in exact arithmetic

    def __init__(self, parent: PoEProblem, idx: list[int], Z: torch.Tensor):
        if Z.shape[0] != len(idx):
            raise ValueError("SupportProblem: one logit row per entry")
        self.idx = list(idx)
        self.Z = Z  # [n, P, V]
        self.N, self.P, self.chunk = len(idx), parent.P, parent.chunk
        self.dtype, self.device = parent.dtype, parent.device
        self.A_t = parent.A_t[self.idx]
        self.negent = parent.negent
        self._q: tuple[torch.Tensor, torch.Tensor] | None = None  # (w, sqrt(q) [P, V]) of the last gradient pass

    def _pass(self, w: torch.Tensor, grad: bool) -> tuple[torch.Tensor, torch.Tensor]:
        wl = w.to(self.device, self.Z.dtype)
        total = torch.zeros((), dtype=self.dtype, device=self.device)
        A_q = torch.empty(self.N, self.P if grad else 0, dtype=self.dtype, device=self.device)  # empty: no gradient
        q_all = torch.empty(self.P if grad else 0, self.Z.shape[2], dtype=self.Z.dtype, device=self.device)
        for s in range(0, self.P, self.chunk):
            Zc = self.Z[:, s : s + self.chunk]  # [n, p, V]
            logits = torch.einsum("n,npv->pv", wl, Zc)
            lse = torch.logsumexp(logits, -1)
            total += lse.sum().to(self.dtype)
            if grad:
                q = torch.exp(logits - lse[:, None])
                q_all[s : s + self.chunk] = q.sqrt()
                A_q[:, s : s + self.chunk] = torch.einsum("pv,npv->np", q, Zc).to(self.dtype)
        if grad:
            self._q = (w.detach().clone(), q_all)  # sqrt(q), for the Hessian
        return total, A_q

    def value(self, w: torch.Tensor, exact: bool = True) -> float:
        """Mean KL(t || q_w) over positions (always in the parent's dtype over the full vocabulary: `exact` is
        accepted and ignored)."""
        w = w.to(self.device, self.dtype)
        total, _ = self._pass(w, grad=False)
        return float((self.negent.sum() - (w @ self.A_t).sum() + total) / self.P)

    def value_grad(self, w: torch.Tensor, exact: bool = True) -> tuple[float, torch.Tensor, torch.Tensor]:
        """(mean KL, gradient [n], A_q [n, P]), as `PoEProblem.value_grad`."""
        w = w.to(self.device, self.dtype)
        total, A_q = self._pass(w, grad=True)
        f = float((self.negent.sum() - (w @ self.A_t).sum() + total) / self.P)
        return f, (A_q - self.A_t).mean(1), A_q

    def hessian(self, w: torch.Tensor, idx: list[int], A_q: torch.Tensor, diag_only: bool = False) -> torch.Tensor:
        """(1/P) sum_j Cov_q(l_i, l_k) for i, k in `idx` (entries of this problem), over the whole vocabulary."""
        w = w.to(self.device, self.dtype)
        if self._q is None or not torch.equal(self._q[0].to(w), w):
            self._pass(w, grad=True)
        assert self._q is not None  # set by the gradient pass
        sq = self._q[1]
        n, every = len(idx), list(idx) == list(range(self.N))
        # Cov_q(z_i, z_k) = E_q[z_i z_k] - E_q[z_i] E_q[z_k] per position: one Gram matrix of sqrt(q) z over all
        # positions, minus A_q A_q^T (float64; the Hessian only steers Newton directions)
        out = torch.zeros(n if diag_only else (n, n), dtype=torch.float64, device=self.device)
        for s in range(0, self.P, self.chunk):
            Zc = self.Z[:, s : s + self.chunk] if every else self.Z[idx, s : s + self.chunk]
            y = Zc * sq[s : s + self.chunk]
            if diag_only:
                out += (y * y).sum((1, 2)).double()
            else:
                y = y.reshape(n, -1)
                out += (y @ y.T).double()
        A = A_q[idx].double()
        out -= (A * A).sum(1) if diag_only else A @ A.T
        return (out / self.P).to(self.dtype)


def _logit_row(p: PoEProblem, i: int, out: torch.Tensor) -> torch.Tensor:
    """Entry `i`'s full-vocabulary logits z = W h_i + b [P, V], written into `out` chunk by chunk."""
    for s in range(0, p.P, p.chunk):
        z = p.H[i, s : s + p.chunk] @ p.W.T
        out[s : s + p.chunk] = z if p.b is None else z + p.b
    return out


class LogitRows:
    """The full-vocabulary logits of a growing support, computed once per entry and kept in one buffer.

    `restrict(idx)` gives the `SupportProblem` on `idx`, which must extend the support of the previous call (the
    greedy path only ever adds prompts). `nbytes(problem, n)` is what `n` rows cost, for the memory budget.
    """

    def __init__(self, problem: PoEProblem, n_max: int):
        self.problem = problem
        self.buf = torch.empty(n_max, problem.P, problem.W.shape[0], dtype=problem.dtype, device=problem.device)
        self.idx: list[int] = []

    @staticmethod
    def nbytes(problem: PoEProblem, n: int) -> int:
        return n * problem.P * problem.W.shape[0] * torch.finfo(problem.dtype).bits // 8

    def restrict(self, idx: list[int]) -> SupportProblem:
        idx = list(idx)
        if idx[: len(self.idx)] != self.idx or len(idx) > self.buf.shape[0]:
            raise ValueError("LogitRows.restrict: the support must extend the previous one and fit the buffer")
        for i in idx[len(self.idx) :]:
            _logit_row(self.problem, i, self.buf[len(self.idx)])
            self.idx.append(i)
        return SupportProblem(self.problem, idx, self.buf[: len(idx)])


class LogitCache:
    """Full-vocabulary logit rows of any entries, computed once each and kept while they fit `budget_mb` MiB
    (least recently used out first): `restrict(idx)` gives the `SupportProblem` on any `idx`, in any order. For
    supports that change freely (`swap_search`); `LogitRows` is the cheaper one for supports that only grow."""

    def __init__(self, problem: PoEProblem, budget_mb: int):
        self.problem = problem
        self.max_rows = max(1, budget_mb * 2**20 // max(1, LogitRows.nbytes(problem, 1)))
        self.rows: dict[int, torch.Tensor] = {}

    def row(self, i: int) -> torch.Tensor:
        if i in self.rows:
            self.rows[i] = self.rows.pop(i)  # most recently used last
            return self.rows[i]
        p = self.problem
        z = _logit_row(p, i, torch.empty(p.P, p.W.shape[0], dtype=p.dtype, device=p.device))
        while len(self.rows) >= self.max_rows:
            self.rows.pop(next(iter(self.rows)))
        self.rows[i] = z
        return z

    def restrict(self, idx: list[int]) -> SupportProblem:
        idx = list(idx)
        return SupportProblem(self.problem, idx, torch.stack([self.row(i) for i in idx]))


def kept_logits(problem: PoEProblem | SumProblem, n_max: int, budget_mb: int, any_order: bool = False):
    """A function idx -> the problem restricted to `idx` on kept full-vocabulary logits (`SupportProblem`, or a
    `SumProblem` of them), for supports of up to `n_max` entries that only grow between calls; None when the rows
    would exceed `budget_mb` MiB (or the problem is of another kind). Used by `greedy_path`'s refits and small
    refits elsewhere (decompose/pipeline.py's top-k refit). `any_order`: supports that change freely
    (`LogitCache`, `budget_mb` shared by the parts, `n_max` unused; `swap_search`); None only when `budget_mb` is 0."""
    parts = [(c, p) for c, p in (problem.parts if isinstance(problem, SumProblem) else [(1.0, problem)])
             if isinstance(p, PoEProblem)]
    if len(parts) != (len(problem.parts) if isinstance(problem, SumProblem) else 1):
        return None
    rows: list[tuple[float, LogitCache | LogitRows]]
    if any_order:
        if budget_mb <= 0:
            return None
        rows = [(c, LogitCache(p, budget_mb // len(parts))) for c, p in parts]
    elif sum(LogitRows.nbytes(p, n_max) for _, p in parts) > budget_mb * 2**20:
        return None
    else:
        rows = [(c, LogitRows(p, n_max)) for c, p in parts]
    if isinstance(problem, SumProblem):
        return lambda idx: SumProblem([(c, r.restrict(idx)) for c, r in rows])
    return rows[0][1].restrict


class SumProblem:
    """A non-negative combination of PoE objectives over the same N entries: F(w) = sum_k c_k F_k(w).

    Each F_k is convex in w, so the sum is too, and `solve`/`greedy_path` take it wherever they take a
    `PoEProblem` (they use `N`, `dtype`, `device`, `value`, `value_grad` and `hessian`). Used to fit a response
    and a label-restricted decision at once (decompose/pipeline.py `fit_on: both`). `value` is the combined objective.
    """

    def __init__(self, parts: list[tuple[float, PoEProblem | SupportProblem]]):
        if not parts:
            raise ValueError("SumProblem needs at least one part")
        if any(c < 0 for c, _ in parts):
            raise ValueError("SumProblem coefficients must be >= 0 (a negative one breaks convexity)")
        if len({p.N for _, p in parts}) != 1:
            raise ValueError("SumProblem parts must have the same number of entries")
        self.parts = [(float(c), p) for c, p in parts]
        self.float32_passes = any(getattr(p, "float32_passes", True) for _, p in self.parts)
        first = self.parts[0][1]
        self.N, self.dtype, self.device = first.N, first.dtype, first.device

    def value(self, w: torch.Tensor, exact: bool = True) -> float:
        return sum(c * p.value(w, exact) for c, p in self.parts)

    def value_grad(self, w: torch.Tensor, exact: bool = True) -> tuple[float, torch.Tensor, Any]:
        """(combined value, gradient, the parts' A_q as a tuple: what `hessian` takes back)."""
        f, g, aq = 0.0, torch.zeros(self.N, dtype=self.dtype, device=self.device), []
        for c, p in self.parts:
            fk, gk, ak = p.value_grad(w, exact)
            f, g = f + c * fk, g + c * gk.to(self.device, self.dtype)
            aq.append(ak)
        return f, g, tuple(aq)

    def hessian(self, w: torch.Tensor, idx: list[int], A_q: Any, diag_only: bool = False) -> torch.Tensor:
        """The parts' Hessians, combined; `A_q`: the tuple `value_grad` returned."""
        zero = torch.zeros((), dtype=self.dtype, device=self.device)
        return sum((c * p.hessian(w, idx, a, diag_only).to(self.dtype) for (c, p), a in zip(self.parts, A_q)), zero)


def _kkt(g: torch.Tensor, w: torch.Tensor, l1m: torch.Tensor, allowed: torch.Tensor) -> torch.Tensor:
    """Per-coordinate KKT violation (g includes the L2 term); 0 outside `allowed`."""
    nz = w != 0
    r = torch.where(nz, (g + l1m * torch.sign(w)).abs(), (g.abs() - l1m).clamp(min=0))
    return torch.where(allowed, r, torch.zeros_like(r))


def solve(problem: PoEProblem | SumProblem, cfg: SolverConfig, support: list[int] | None = None,
          w0: torch.Tensor | None = None, l1_mask: torch.Tensor | None = None) -> FitResult:
    """Minimise F over coordinates in `support` (all if None), others fixed at 0. Active-set Newton; certified.

    `l1_mask` [N] bool: which weights the L1 penalty applies to (default all).
    """
    N, dt, dev = problem.N, problem.dtype, problem.device
    allowed = torch.zeros(N, dtype=torch.bool, device=dev)
    allowed[list(range(N)) if support is None else support] = True
    l1m = torch.full((N,), cfg.l1, dtype=dt, device=dev)
    if l1_mask is not None:
        l1m = torch.where(l1_mask.to(dev), l1m, torch.zeros_like(l1m))
    w = torch.zeros(N, dtype=dt, device=dev) if w0 is None else w0.to(dev, dt).clone()
    w[~allowed] = 0
    sign = torch.sign(w)
    # Coordinates with no L1 penalty are always active (plain Newton on them).
    active = allowed & ((l1m == 0) | (w != 0))

    def full_obj(f: float, w: torch.Tensor) -> float:
        return f + float((l1m * w.abs()).sum()) + cfg.l2 * float((w * w).sum())

    # Fast phase: float32 vocabulary passes until the residual is small; then exact passes to the certificate.
    exact = problem.dtype == torch.float32 or not getattr(problem, "float32_passes", True)
    switch_at = max(100 * cfg.tol, 1e-4)
    f, g_s, A_q = problem.value_grad(w, exact=exact)
    it, res = 0, math.inf
    for it in range(1, cfg.max_iter + 1):
        g = g_s + 2 * cfg.l2 * w
        r = _kkt(g, w, l1m, allowed)
        res = float(r.max()) if N else 0.0
        if not exact and res <= switch_at:
            exact = True
            f, g_s, A_q = problem.value_grad(w, exact=True)
            g = g_s + 2 * cfg.l2 * w
            r = _kkt(g, w, l1m, allowed)
            res = float(r.max()) if N else 0.0
        if exact and res <= cfg.tol:
            break
        # Activate the worst violator outside the active set once the active problem is nearly solved.
        outside = allowed & ~active
        if outside.any():
            r_out = torch.where(outside, r, torch.zeros_like(r))
            r_in = float(torch.where(active, r, torch.zeros_like(r)).max()) if active.any() else 0.0
            worst = float(r_out.max())
            if worst > 0 and (not active.any() or r_in <= worst):
                # every coordinate within half of the worst violation enters, with the sign that descends
                for j in torch.nonzero(r_out >= 0.5 * worst).flatten().tolist():
                    active[j] = True
                    sign[j] = -torch.sign(g[j])
        idx = torch.nonzero(active).flatten().tolist()
        if not idx:
            break
        sigma = torch.where(w != 0, torch.sign(w), sign)
        gA = g[idx] + l1m[idx] * sigma[idx]
        Hm = problem.hessian(w, idx, A_q) + 2 * cfg.l2 * torch.eye(len(idx), dtype=dt, device=dev)
        d = _newton_direction(Hm, gA)
        step = torch.zeros(N, dtype=dt, device=dev)
        step[idx] = d
        # Feature-sign step: the Newton point and the zero crossings of penalised coordinates are candidates.
        cands = [1.0]
        pen = (l1m > 0) & active & (w != 0) & (torch.sign(w + step) != torch.sign(w))
        if pen.any():
            tc = (-w[pen] / step[pen]).clamp(0, 1)
            cands = sorted(set([float(t) for t in tc.sort().values[:3] if t > 0] + [1.0]))
        base = full_obj(f, w)
        slope = float((gA * d).sum())
        if not exact and -slope < _F32_NOISE * max(1.0, abs(base)):
            # The Newton step promises less than float32 passes can resolve: the rest is for exact arithmetic
            # (otherwise the line search halves towards nothing on rounding noise).
            exact = True
            f, g_s, A_q = problem.value_grad(w, exact=True)
            continue
        best: tuple[float, float, torch.Tensor] | None = None  # (objective, step length, weights)
        at_trial = None
        for t in cands:
            wt = _take(w, step, t, l1m, sign)
            if len(cands) == 1:  # the usual case: evaluate with the gradient, reused if the step is taken
                at_trial = problem.value_grad(wt, exact=exact)
                ft = at_trial[0]
            else:
                ft = problem.value(wt, exact=exact)
            if best is None or full_obj(ft, wt) < best[0]:
                best = (full_obj(ft, wt), t, wt)
        assert best is not None  # `cands` is never empty
        t = best[1]
        t_min = 1e-10 if exact else 1e-3  # float32 passes: a step this short is lost in rounding noise
        while best[0] > base + 1e-4 * t * slope and t > t_min:
            t *= 0.5
            at_trial = None
            wt = _take(w, step, t, l1m, sign)
            best = (full_obj(problem.value(wt, exact=exact), wt), t, wt)
        if not exact and best[0] > base + 1e-4 * t * slope:  # float32 noise: finish in exact arithmetic
            exact = True
            f, g_s, A_q = problem.value_grad(w, exact=True)
            continue
        if best[0] > base and t <= t_min:
            log.debug("line search stalled at residual %.3g", res)
            break
        w = best[2]
        log.debug("solve: it %d, %s, residual %.3g, %d active, step %.3g, objective %.9f -> %.9f", it,
                  "exact" if exact else "float32", res, len(idx), t, base, best[0])
        # Coordinates that reached exactly zero leave the active set (their penalty is non-zero).
        active &= ~((w == 0) & (l1m > 0))
        f, g_s, A_q = at_trial if at_trial is not None else problem.value_grad(w, exact=exact)
    if not exact:
        f, g_s, A_q = problem.value_grad(w, exact=True)
    g = g_s + 2 * cfg.l2 * w
    res = float(_kkt(g, w, l1m, allowed).max()) if N else 0.0
    obj = full_obj(f, w)
    return FitResult(w=w.detach().cpu(), kl=f, objective=obj, kkt_residual=res, iterations=it,
                     converged=res <= cfg.tol)


def _take(w: torch.Tensor, step: torch.Tensor, t: float, l1m: torch.Tensor, sign: torch.Tensor) -> torch.Tensor:
    """w + t*step, with penalised coordinates that would cross zero (or move against their sign) set to 0."""
    wt = w + t * step
    sigma = torch.where(w != 0, torch.sign(w), sign)
    wrong = (l1m > 0) & (torch.sign(wt) != sigma) & (step != 0)
    wt[wrong] = 0
    return wt


def _newton_direction(H: torch.Tensor, g: torch.Tensor) -> torch.Tensor:
    """Solve (H + mu I) d = -g with the smallest mu that makes the Cholesky factorisation succeed."""
    n = H.shape[0]
    scale = float(H.diagonal().abs().max()) if n else 1.0
    mu = 0.0
    eye = torch.eye(n, dtype=H.dtype, device=H.device)
    for _ in range(20):
        L, info = torch.linalg.cholesky_ex(H + mu * eye)
        if int(info) == 0:
            return torch.cholesky_solve(-g[:, None], L)[:, 0]
        mu = max(mu * 10, 1e-12 * max(scale, 1e-30))
    return -g / max(scale, 1e-12)


def _support_refit(problem, restrict, fit_cfg: SolverConfig, support: list[int], w0: torch.Tensor) -> FitResult:
    """The certified fit of `problem` on `support` from `w0` [N]: on the kept logits (`restrict`, from `kept_logits`)
    when there are any, else on the state tables; its `w` is [N] with zeros outside the support."""
    if restrict is None:
        return solve(problem, fit_cfg, support=support, w0=w0)
    r = solve(restrict(support), fit_cfg, w0=w0[support])
    w_full = torch.zeros(problem.N, dtype=r.w.dtype)
    w_full[support] = r.w.cpu()
    return replace(r, w=w_full)


def greedy_path(problem: PoEProblem | SumProblem, cfg: SolverConfig, heldout: PoEProblem | None = None,
                pinned: list[int] | None = None, candidates: list[int] | None = None) -> list[PathStep]:
    """Greedy forward selection with refit, k = 0..max_components.

    `pinned` coordinates (e.g. the null prompt) are always in the fit and not counted in k. At each step the
    candidate with the largest predicted one-step decrease g_i^2 / (2 H_ii) joins, and all chosen weights are
    refit to a certified optimum (L2 only: the path itself is the sparsity control). The refits run on the chosen
    prompts' kept logits (`SupportProblem`) when they fit in `cfg.path_tables_mb`, else on the state tables.
    """
    pinned = list(pinned or [])
    pool = [i for i in (candidates if candidates is not None else range(problem.N)) if i not in pinned]
    fit_cfg = SolverConfig(**{**cfg.__dict__, "l1": 0.0})
    n_steps = min(cfg.max_components, len(pool))
    restrict = kept_logits(problem, len(pinned) + n_steps, cfg.path_tables_mb)  # None when over budget (or 0)

    def refit(support: list[int], w0: torch.Tensor) -> FitResult:
        return _support_refit(problem, restrict, fit_cfg, support, w0)

    chosen: list[int] = []
    steps: list[PathStep] = []
    w = torch.zeros(problem.N, dtype=problem.dtype)
    if pinned:
        res = refit(pinned, w)
        w = res.w
        steps.append(PathStep(0, [], [], res.kl, heldout.value(w) if heldout else None, res.kkt_residual,
                              [float(w[i]) for i in pinned]))
    for k in range(1, n_steps + 1):
        _, g, A_q = problem.value_grad(w)
        g = g + 2 * cfg.l2 * w.to(g)
        rest = [i for i in pool if i not in chosen]
        hd = problem.hessian(w, rest, A_q, diag_only=True) + 2 * cfg.l2
        gain = g[rest] ** 2 / (2 * hd.clamp(min=1e-12))
        chosen.append(rest[int(gain.argmax())])
        res = refit(pinned + chosen, w)
        w = res.w
        steps.append(PathStep(k, list(chosen), [float(w[i]) for i in chosen], res.kl,
                              heldout.value(w) if heldout else None, res.kkt_residual, [float(w[i]) for i in pinned]))
        log.info("greedy path: k=%d, fit KL %.3g", k, res.kl)
        if res.kl < cfg.path_stop_kl:
            break
    return steps


def swap_search(problem: PoEProblem | SumProblem, cfg: SolverConfig, chosen: list[int], w: torch.Tensor,
                pinned: list[int] | None = None, heldout: PoEProblem | None = None, tries: int = 4,
                passes: int = 2, candidates: list[int] | None = None) -> PathStep:
    """Improve a k-sparse support by exchanges (a local search over supports of the same size, after the greedy path).

    For each chosen entry, smallest |weight| first: drop it and refit; rank the entries outside the support by the
    greedy path's predicted gain g_i^2 / (2 H_ii) at that point; refit each of the `tries` best in its place (and
    the dropped one is the incumbent); keep the exchange that lowers the fit KL most, if any does. Stops after
    `passes` sweeps or a sweep with no exchange. Every refit is certified (L2 only, as the path's), so the fit KL
    never rises. `w` [N]: the starting fit (the path's step k); `pinned` coordinates stay in every fit. Returns the
    final support as a `PathStep` (entries in their original order, an exchanged one in the place it took)."""
    pinned = list(pinned or [])
    chosen = list(chosen)
    pool = [i for i in (candidates if candidates is not None else range(problem.N)) if i not in pinned]
    fit_cfg = SolverConfig(**{**cfg.__dict__, "l1": 0.0})
    restrict = kept_logits(problem, 0, cfg.path_tables_mb, any_order=True)  # None when path_tables_mb is 0

    def refit(support: list[int], w0: torch.Tensor) -> FitResult:
        return _support_refit(problem, restrict, fit_cfg, support, w0)

    best = refit(pinned + chosen, w.detach().cpu().clone())
    for sweep in range(passes):
        swapped = False
        for j in sorted(chosen, key=lambda i: abs(float(best.w[i]))):
            if j not in chosen:
                continue
            rest = [i for i in chosen if i != j]
            w0 = best.w.clone()
            w0[j] = 0
            r0 = refit(pinned + rest, w0)
            _, g, A_q = problem.value_grad(r0.w.to(problem.device))
            g = g + 2 * cfg.l2 * r0.w.to(g)
            outside = [i for i in pool if i not in chosen]
            if not outside:
                return _step(chosen, best, pinned, heldout, problem)
            hd = problem.hessian(r0.w.to(problem.device), outside, A_q, diag_only=True) + 2 * cfg.l2
            gain = (g[outside] ** 2 / (2 * hd.clamp(min=1e-12))).cpu()
            top = [outside[int(t)] for t in torch.argsort(gain, descending=True)[:tries]]
            trial = None
            for c in top:
                r = refit(pinned + rest + [c], r0.w)
                if r.kl < best.kl - 1e-9 * max(1.0, abs(best.kl)) and (trial is None or r.kl < trial[1].kl):
                    trial = (c, r)
            if trial is not None:
                chosen[chosen.index(j)] = trial[0]
                best, swapped = trial[1], True
                log.info("swap search: sweep %d, %d -> %d, fit KL %.4g", sweep + 1, j, trial[0], best.kl)
        if not swapped:
            break
    return _step(chosen, best, pinned, heldout, problem)


def _step(chosen: list[int], res: FitResult, pinned: list[int], heldout: PoEProblem | None, problem) -> PathStep:
    w = res.w.to(problem.device)
    return PathStep(len(chosen), list(chosen), [float(res.w[i]) for i in chosen], res.kl,
                    heldout.value(w) if heldout else None, res.kkt_residual, [float(res.w[i]) for i in pinned])
