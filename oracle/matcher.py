"""Hungarian matching between predicted slots and ground-truth mixture components.

The cost of assigning slot k to component j of the same example is

    C[k, j] = cost_direction * (1 - cos(u_k, e_j))       u_k: the slot's unit direction, e_j: the component's
            + cost_weight    * |w_k - w_j|               sentence embedding; w: signed PoE weights
            - cost_presence  * sigmoid(p_k)              p_k: the slot's presence logit (DETR's class term)

and `scipy.optimize.linear_sum_assignment` picks the one-to-one assignment of minimum total cost (every component
gets a slot when K >= n_j; otherwise the best K components are matched). The cost matrix is computed for the whole
batch at once; the assignment runs per example on its own [K, n_b] block, so a batched call returns exactly what
per-example calls return.
"""

from __future__ import annotations

import numpy as np
import torch
from scipy.optimize import linear_sum_assignment
from torch import nn


class HungarianMatcher(nn.Module):
    """Optimal one-to-one matching of slots to components (no gradients)."""

    def __init__(self, cost_direction: float = 2.0, cost_weight: float = 1.0, cost_presence: float = 1.0):
        super().__init__()
        self.cost_direction, self.cost_weight, self.cost_presence = cost_direction, cost_weight, cost_presence

    @torch.no_grad()
    def cost(self, outputs: dict[str, torch.Tensor], targets: dict[str, torch.Tensor]) -> torch.Tensor:
        """The cost tensor [B, K, T] (entries at padded targets are meaningless).

        outputs: directions [B, K, D] (unit), weights [B, K], presence_logits [B, K].
        targets: directions [B, T, D] (unit), weights [B, T], mask [B, T] bool (True = real; real targets first).
        """
        cos = torch.einsum("bkd,btd->bkt", outputs["directions"].float(), targets["directions"].float())
        dw = (outputs["weights"].float()[:, :, None] - targets["weights"].float()[:, None, :]).abs()
        pres = torch.sigmoid(outputs["presence_logits"].float())[:, :, None]
        return self.cost_direction * (1 - cos) + self.cost_weight * dw - self.cost_presence * pres

    @torch.no_grad()
    def forward(self, outputs: dict[str, torch.Tensor],
                targets: dict[str, torch.Tensor]) -> list[tuple[torch.Tensor, torch.Tensor]]:
        """One (slot_idx, target_idx) pair of int64 tensors [n_b] per example, sorted by slot index.

        n_b = min(K, number of real targets of example b); target_idx indexes the example's targets (0..T-1).
        An example with no targets gets two empty tensors.
        """
        C = self.cost(outputs, targets).cpu().numpy()  # [B, K, T]
        counts = targets["mask"].sum(dim=1).tolist()
        out = []
        for b, n in enumerate(counts):
            if n == 0:
                empty = torch.zeros(0, dtype=torch.int64)
                out.append((empty, empty.clone()))
                continue
            rows, cols = linear_sum_assignment(C[b, :, :n])
            order = np.argsort(rows)
            out.append((torch.as_tensor(rows[order], dtype=torch.int64), torch.as_tensor(cols[order], dtype=torch.int64)))
        return out
