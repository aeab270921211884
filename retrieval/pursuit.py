"""Signed matching pursuit over a signature index: which prompts, combined, act like a target.

    res = pursue(index, target_signature, rounds=8, per_round=4)
    res.candidates      # index positions, in the order they were proposed (rounds x per_round at most)
    res.picks, res.weights, res.intercept, res.residuals

A mixture's signature is `sum_i w_i s_i + (sum_i w_i - 1) a0` exactly (poe/signatures.py), so finding a sparse
signed combination of index rows close to the target's signature is sparse linear recovery. Each round:

1. the `per_round` rows whose signature directions are most aligned with the current residual, with either sign
   (FAISS inner product on unit vectors, searched with +residual and -residual), join the candidates;
2. of every candidate proposed so far and not yet picked, the row whose addition most lowers the least-squares
   residual is picked (orthogonal least squares, computed for all of them at once against an orthonormal basis of
   the picks; the intercept atom a0 is always in the fit, free, like the PoE solve's null prompt);
3. the residual is the target minus the least-squares fit on the picks and a0.

The candidates, not the least-squares weights, are the product: the exact PoE solve on the user's probes has the
last word (decompose/pipeline.py). Distances are in the signature metric, about 2 KL (docs/signatures.md).

**The floor metric.** A soft prompt is not exactly a mixture of hard prompts: distilled ones sit at a relative
residual of 0.4-0.5 from their mixture's signature, concentrated in a few directions. When the index holds a floor
map M (`SignatureIndex.floor`, written by eval/pursuit_floor.py --write-floor from distilled train-split mixtures),
`metric_view(index)` gives the index seen through M (rows, intercept and target all times M: generalised least
squares against the residual's covariance, shrunk) and `pursue` runs there unchanged; `pursuit_candidates` does
both. docs/signatures.md, "The distillation floor", has the measurements.

Must not: compute signatures (the caller passes them) or import eval/, oracle/ or synth/.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

from softprism.retrieval.signatures import SignatureIndex


@dataclass
class PursuitResult:
    """`candidates`: index positions in proposal order; `picks` [k] and `weights` [k]: the least-squares fit's
    atoms and signed weights; `intercept`: a0's coefficient (sum of weights - 1 for an exact mixture);
    `residuals`: the relative residual norm ||t - fit|| / ||t - a0 fit|| after each round (1.0 before any)."""

    candidates: list[int]
    picks: list[int]
    weights: list[float]
    intercept: float
    residuals: list[float] = field(default_factory=list)


class MetricView:
    """A signature index seen through a linear map M [r, r]: rows, intercept and queries all multiplied by M, with
    exact signed search in memory (chunked over rows). Has what `pursue` reads of a `SignatureIndex`."""

    CHUNK = 65536  # rows scored at a time (bounds memory on large indexes)

    def __init__(self, index: SignatureIndex, M: torch.Tensor):
        self.index, self.M = index, M.double()
        self.signatures = (index.signatures.double() @ self.M).float()
        self.intercept = (index.intercept.double() @ self.M).float()
        self._unit = self.signatures / self.signatures.norm(dim=1, keepdim=True).clamp(min=1e-12)
        self.corpus = index.corpus

    def __len__(self) -> int:
        return self.signatures.shape[0]

    def map(self, target: torch.Tensor) -> torch.Tensor:
        """A signature [r] (or [n, r]) of the index's space, in this view's coordinates."""
        return (target.detach().double().cpu() @ self.M).float()

    def search(self, queries, m: int, signed: bool = True):
        """As `SignatureIndex.search`: (cosines with their sign [q, m], positions [q, m]), by |cosine| when `signed`."""
        import numpy as np

        Q = torch.as_tensor(np.asarray(queries, np.float32))
        Q = Q / Q.norm(dim=1, keepdim=True).clamp(min=1e-12)
        m = min(m, len(self))
        best_v = torch.full((len(Q), 0), 0.0)
        best_p = torch.zeros((len(Q), 0), dtype=torch.int64)
        for lo in range(0, len(self), self.CHUNK):
            cos = Q @ self._unit[lo:lo + self.CHUNK].T
            key = cos.abs() if signed else cos
            top = key.topk(min(m, cos.shape[1]), dim=1).indices
            best_v = torch.cat([best_v, cos.gather(1, top)], 1)
            best_p = torch.cat([best_p, top + lo], 1)
        key = best_v.abs() if signed else best_v
        order = key.topk(m, dim=1).indices
        return best_v.gather(1, order).numpy(), best_p.gather(1, order).numpy()


def metric_view(index: SignatureIndex, use_floor: bool = True):
    """The index as pursuit should see it: through its floor map when it has one and `use_floor`, else itself."""
    if not use_floor or getattr(index, "floor", None) is None:
        return index
    cached = getattr(index, "_floor_view", None)
    if cached is None and index.floor is not None:
        cached = MetricView(index, index.floor)
        index._floor_view = cached
    return cached


def pursuit_candidates(index: SignatureIndex, target: torch.Tensor, size: int, rounds: int,
                       use_floor: bool = False) -> "PursuitResult":
    """Pursuit for a dictionary of `size` over `rounds` rounds, in the floor metric when the index has one (and
    `use_floor`). `candidates` are index positions either way."""
    view = metric_view(index, use_floor)
    t = view.map(target) if isinstance(view, MetricView) else target
    rounds = max(1, min(rounds, size))
    return pursue(view, t, rounds=rounds, per_round=max(1, -(-size // rounds)))


def _lstsq(atoms: torch.Tensor, t: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Least squares t ~ atoms^T c for atoms [n, r] (float64): (c [n], residual [r])."""
    sol = torch.linalg.lstsq(atoms.T, t[:, None], driver="gelsd").solution[:, 0]
    return sol, t - atoms.T @ sol


def pursue(index: SignatureIndex, target: torch.Tensor, rounds: int = 4, per_round: int = 8,
           exclude: set[int] | None = None, intercept: bool = True) -> PursuitResult:
    """Signed orthogonal matching pursuit of `target` [r] over `index` (see the module docstring).

    Returns up to rounds x per_round distinct candidates (fewer when the index is smaller); `exclude`: positions
    never proposed (e.g. the target itself, in tests)."""
    if rounds < 1 or per_round < 1:
        raise ValueError("rounds and per_round must be >= 1")
    t = target.detach().double().cpu().reshape(-1)
    if t.shape[0] != index.signatures.shape[1]:
        raise ValueError(f"target has {t.shape[0]} dims, the index {index.signatures.shape[1]}")
    A = index.signatures  # [N, r] float32
    a0 = index.intercept.double()[None] if intercept else torch.zeros(0, t.shape[0], dtype=torch.float64)
    exclude = set(exclude or ())
    cands: list[int] = []
    seen: set[int] = set(exclude)
    picks: list[int] = []
    # Q: an orthonormal basis of the fitted atoms (a0 first); the residual is t minus its projection on Q.
    Q = torch.zeros(t.shape[0], 0, dtype=torch.float64)
    if intercept and float(a0.norm()) > 0:
        Q = (a0[0] / a0[0].norm())[:, None]
    resid = t - Q @ (Q.T @ t)
    base_norm = float(resid.norm()) or 1.0
    residuals = [1.0]
    coef = torch.zeros(0, dtype=torch.float64)
    for _ in range(rounds):
        _, pos = index.search(resid.float().numpy()[None], min(len(index), per_round + len(seen)))
        new = [int(p) for p in pos[0] if p >= 0 and int(p) not in seen][:per_round]
        for p in new:
            seen.add(p)
            cands.append(p)
        pool = [c for c in cands if c not in picks]  # earlier candidates stay pickable
        if not pool:
            break
        # Orthogonal least squares: the atom whose component orthogonal to the fitted ones explains most of the
        # residual, (r . a_perp)^2 / |a_perp|^2, for every pool atom at once.
        P = A[pool].double()  # [p, r]
        P_perp = P - (P @ Q) @ Q.T
        norms = P_perp.norm(dim=1)
        gain = torch.where(norms > 1e-9 * P.norm(dim=1).clamp(min=1e-30), (P_perp @ resid) ** 2 / norms.clamp(
            min=1e-30) ** 2, torch.zeros_like(norms))
        j = int(gain.argmax())
        if float(gain[j]) <= 0:
            break
        picks.append(pool[j])
        Q = torch.cat([Q, (P_perp[j] / norms[j])[:, None]], 1)
        resid = t - Q @ (Q.T @ t)
        residuals.append(float(resid.norm()) / base_norm)
    if picks:
        coef, _ = _lstsq(torch.cat([A[picks].double(), a0]), t)
    k = len(picks)
    return PursuitResult(candidates=cands, picks=picks, weights=[float(x) for x in coef[:k]],
                         intercept=float(coef[k]) if intercept and len(coef) > k else 0.0, residuals=residuals)
