"""Peeling: the v2 oracle as the proposer of a pursuit, so a mixture's components come out one round at a time.

    dicts = peel(oracle_proposer(oracle, index), S, signature_of, intercept, size=128, rounds=32, first=0.25)
    dicts[b]        # target b's candidate dictionary: text-index positions, in the order they were proposed
    peel([oracle_proposer(oracle, index), readout_proposer(A, mu, index)], S, ...)   # two proposers, round-robin

The oracle reads a signature and predicts slots in sentence space; alone it finds a single prompt almost always,
and fewer of a mixture's components the more there are (held-out exact mixtures: exact recall@128 0.97 at k = 1,
0.27 at k = 5; docs/oracle.md). A mixture is linear in signature space (docs/DESIGN.md §1b): with z = s + a0,
`z_mix = sum_i w_i z_i` exactly. So each round, after the oracle's proposals join the dictionary, the proposal
whose signature best explains the target together with the picks so far (least squares in z) is picked, and
`z_target - fit` is the signature of the mixture of what is left. Shown to the oracle (as `left / c - a0`, with c
the positive weight the picks have not taken, so it looks like a training mixture, whose positive weights sum to
1), it proposes the next component from a simpler mixture.

Signatures of proposed rows come from `signature_of(position)` (a signature index that holds the row, or one
computed for it: a few prompts per round); a row without one can be proposed, not picked. Unlike pursuit over a
signature index, the candidates come from the text index: peeling reaches prompts no signature index holds.

Must not: compute signatures, train, or import eval/ or decompose/.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import torch

from softprism.oracle.recall import candidate_dictionary

MIN_MASS = 0.05  # below this left-over positive weight, the left-over is scaled by its relative norm instead


def oracle_proposer(oracle, index, m: int = 64) -> Callable[[torch.Tensor], list[list[int]]]:
    """Signatures [n, r] -> each one's ranked text-index positions: the oracle's slots, FAISS top-`m` hits each,
    merged round-robin by presence (`oracle.recall.candidate_dictionary`)."""

    def propose(S: torch.Tensor) -> list[list[int]]:
        return ranked_hits(oracle.predict_signatures(S), index, m)

    return propose


def ranked_hits(pred, index, m: int = 64) -> list[list[int]]:
    """An oracle `Prediction` for n targets -> each one's ranked text-index positions: every slot's FAISS top-`m`
    hits, merged round-robin by presence (`oracle.recall.candidate_dictionary`; a dictionary of size s is the
    first s)."""
    _, hits = index.search(pred.directions.reshape(-1, pred.directions.shape[-1]), min(m, len(index)))
    hits = np.asarray(hits).reshape(len(pred.directions), -1, np.asarray(hits).shape[-1])
    return [candidate_dictionary(pred.presence[b], hits[b], hits.shape[1] * hits.shape[2]) for b in range(len(hits))]


def readout_proposer(A: torch.Tensor, mu: torch.Tensor, index, m: int = 64) -> Callable[[torch.Tensor], list[list[int]]]:
    """Signatures [n, r] -> each one's top-`m` text-index positions for the linear readout's query
    normalise((s - mu) A) (`oracle.mixtures.fit_readout`: ridge from signatures to sentence space)."""

    def propose(S: torch.Tensor) -> list[list[int]]:
        q = torch.nn.functional.normalize((S.float() - mu) @ A, dim=-1).numpy()
        _, hits = index.search(q, min(m, len(index)))
        return [[int(p) for p in row if p >= 0] for row in np.asarray(hits)]

    return propose


def _merged(ranked: list[list[list[int]]], b: int) -> list[int]:
    """Target b's proposals from every proposer's ranking, merged round-robin, first occurrence kept."""
    lists = [lst[b] for lst in ranked]
    out: list[int] = []
    for i in range(max((len(x) for x in lists), default=0)):
        for x in lists:
            if i < len(x) and x[i] not in out:
                out.append(x[i])
    return out


def _best_gain(z: torch.Tensor, others: list[torch.Tensor], pool_z: list[torch.Tensor]) -> int:
    """Orthogonal least squares, all of the pool at once: the index in `pool_z` whose row lowers the squared
    residual of fitting z by `others` + it the most. With Q an orthonormal basis of the others, adding c lowers it
    by (u_c . left)^2 / |u_c|^2, u_c = z_c minus its projection on Q."""
    Q = torch.linalg.qr(torch.stack(others).T).Q if others else z.new_zeros(z.shape[0], 0)  # [r, k]
    left = z - Q @ (Q.T @ z)
    C = torch.stack(pool_z)  # [c, r]
    U = C - (C @ Q) @ Q.T
    return int(((U @ left) ** 2 / (U * U).sum(1).clamp(min=1e-24)).argmax())


def peel(proposers, S: torch.Tensor, signature_of: Callable[[int], torch.Tensor | None],
         intercept: torch.Tensor, size: int, rounds: int, first: float = 0.0,
         rescale: bool = True, both_signs: bool = False, stop_at: float = 0.0, refine: int = 0,
         refine_share: float = 0.25, refine_picks: int = 5) -> list[list[int]]:
    """Candidate dictionaries of `size` text-index positions for target signatures `S` [n, r] (`intercept` [r]: the
    space's a0), in `rounds` rounds. `proposers`: one or more functions signatures -> ranked positions per target
    (`oracle_proposer`, `readout_proposer`), merged round-robin. The first round takes `first` x `size` of the
    proposals on the bare target (0: an equal share), the others share the rest. `rescale=False` shows the proposers
    the raw left-over (measured worse: docs/oracle.md). `both_signs`: after the first round, also show them the
    left-over negated (a training mixture's first weight is positive, so a left-over whose remaining components
    are all negative reads as nothing the oracle has seen), merged round-robin with the positive one, the two
    signs leading in turn. `stop_at`: a target whose left-over is at most this fraction of what the intercept alone
    leaves of it (pursuit's relative residual, retrieval/pursuit.py) stops peeling; its later rounds take the first round's proposals further down instead (a soft prompt is not exactly
    a mixture: once what is left is the size of that residual, peeling it shows the oracle noise).
    `refine`: after the rounds, this many leave-one-out sweeps over the first `refine_picks` picks: each pick in
    turn is taken out, the proposers read what the other picks leave (one component's signature when they are all
    right), their new rows join the dictionary and the pick is chosen again from the whole dictionary; the sweeps
    share `refine_share` x `size` of the dictionary, which the rounds leave free."""
    if size < 1 or rounds < 1:
        raise ValueError("peel: size and rounds must be >= 1")
    if refine < 0 or not 0.0 <= refine_share < 1.0 or refine_picks < 1:
        raise ValueError("peel: refine must be >= 0, refine_share in [0, 1), refine_picks >= 1")
    full_size = size
    if refine:
        size = max(1, size - int(refine_share * size))
    if callable(proposers):
        proposers = [proposers]
    n = len(S)
    a0 = intercept.double().flatten()
    z_t = S.double() + a0  # [n, r]
    resid = S.detach().float().clone()
    neg = resid.clone()  # the left-over negated, shown as a signature (-left / c - a0); unused in round 1
    head = max(1, int(first * size)) if first > 0 else max(1, -(-size // rounds))
    per = max(1, -(-(size - head) // (rounds - 1))) if rounds > 1 else size
    dicts: list[list[int]] = [[] for _ in range(n)]
    picks: list[list[int]] = [[] for _ in range(n)]
    cache: dict[int, torch.Tensor | None] = {}
    stopped = [False] * n
    a0u = a0 / a0.norm().clamp(min=1e-12)
    ref = (z_t - (z_t @ a0u)[:, None] * a0u).norm(dim=1)  # [n]: what a0 alone leaves of each target
    ranked0: list[list[int]] = [[] for _ in range(n)]  # the first round's proposals, merged

    def z_of(p: int) -> torch.Tensor | None:
        if p not in cache:
            s = signature_of(p)
            cache[p] = None if s is None else s.double().flatten() + a0
        return cache[p]

    def z_known(p: int) -> torch.Tensor:  # a pick's or a pool row's: known (rows without a signature stay out)
        z = z_of(p)
        assert z is not None
        return z

    for r in range(rounds):
        take = head if r == 0 else per
        ranked = [f(resid) for f in proposers]
        if both_signs and r > 0:  # the two signs lead in turn (with one new row a round, each gets every other)
            ranked = ranked + [f(neg) for f in proposers] if r % 2 else [f(neg) for f in proposers] + ranked
        for b in range(n):
            room = size - len(dicts[b])
            if room <= 0:
                continue
            have = set(dicts[b])
            new = _merged(ranked, b)
            if r == 0:
                ranked0[b] = list(new)
            if stopped[b]:
                new = ranked0[b]
            new = [p for p in new if p not in have]
            dicts[b] += new[: min(take, room)]
            if stopped[b]:
                continue
            pool = [p for p in dicts[b] if p not in picks[b] and z_of(p) is not None]
            if not pool:
                continue
            best = pool[_best_gain(z_t[b], [z_known(p) for p in picks[b]], [z_known(p) for p in pool])]
            picks[b].append(best)
            left, scale = _left_without(z_t[b], [z_known(p) for p in picks[b]], rescale)
            resid[b] = (left / scale - a0).float()
            neg[b] = (-left / scale - a0).float()
            if stop_at > 0 and float(left.norm()) <= stop_at * float(ref[b]):
                stopped[b] = True
    if refine:
        _refine(proposers, dicts, picks, z_t, a0, z_of, full_size, refine, refine_picks, rescale)
    return dicts


def _left_without(z: torch.Tensor, others: list[torch.Tensor], rescale: bool) -> tuple[torch.Tensor, float]:
    """What the least-squares fit of target z by `others` (z-space rows) leaves, and the rescale factor."""
    if not others:
        return z.clone(), 1.0
    A = torch.stack(others).T
    w = torch.linalg.lstsq(A, z[:, None]).solution[:, 0]
    left = z - A @ w
    scale = 1.0
    if rescale:
        mass = 1.0 - float(w.clamp(min=0).sum())
        scale = mass if mass > MIN_MASS else max(MIN_MASS, float(left.norm() / z.norm()))
    return left, scale


def _refine(proposers, dicts, picks, z_t, a0, z_of, size, sweeps, n_picks, rescale) -> None:
    """`peel`'s leave-one-out sweeps (in place on `dicts` and `picks`)."""
    n = len(dicts)
    slots = max(1, min(n_picks, max((len(p) for p in picks), default=1)))
    room = [size - len(d) for d in dicts]
    per = [max(1, -(-r // (sweeps * slots))) if r > 0 else 0 for r in room]
    for _ in range(sweeps):
        for j in range(slots):
            live = [b for b in range(n) if len(picks[b]) > j]
            if not live:
                continue
            shown = torch.zeros(len(live), z_t.shape[1], dtype=torch.float32)
            for i, b in enumerate(live):
                others = [z_of(p) for q, p in enumerate(picks[b]) if q != j and q < slots]
                left, scale = _left_without(z_t[b], others, rescale)
                shown[i] = (left / scale - a0).float()
            ranked = [f(shown) for f in proposers]
            for i, b in enumerate(live):
                have = set(dicts[b])
                new = [p for p in _merged(ranked, i) if p not in have]
                dicts[b] += new[: max(0, min(per[b], size - len(dicts[b])))]
                others_p = [p for q, p in enumerate(picks[b]) if q != j and q < slots]
                others = [z_of(p) for p in others_p]
                pool = [p for p in dicts[b] if p not in others_p and z_of(p) is not None]
                if not pool:
                    continue
                picks[b][j] = pool[_best_gain(z_t[b], others, [z_of(p) for p in pool])]
