"""The set-prediction loss: named terms over Hungarian-matched slots.

Contract of `SetCriterion.forward(outputs, targets)`:
    outputs: directions [B, K, D] (unit), weights [B, K], presence_logits [B, K]   (see `oracle.model`)
    targets: directions [B, T, D] (unit), weights [B, T], mask [B, T] bool (True = real; real targets first)
returns a dict of scalar tensors:
    presence   binary cross-entropy of every slot's presence logit (1 = matched to a component), unmatched slots
               weighted by `presence_neg_weight`, normalised by the total element weight
    direction  mean (1 - cosine) between matched slots and their components
    weight     mean smooth-L1 between matched slots' weights and the true weights
    contrastive  (v2, when `bank` is given and targets carry `rows` [B, T], -1 = none) mean cross-entropy of each
               matched slot's direction against every bank row (cosine / `contrastive_temperature`), the true row
               being the component: a retrieval objective. Corpus prompts share a large common direction in the
               sentence space (mean cosine ~0.4 to their mean), which dominates `direction`; ranking the true row
               above its neighbours is what FAISS recall needs. 0 when off or when no pair has a row.
    loss       presence_coef * presence + direction_coef * direction + weight_coef * weight
               + contrastive_coef * contrastive
    n_matched  number of matched pairs (no gradient)
Terms over matched pairs are 0 when the batch has no targets.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from softprism.oracle.config import LossConfig
from softprism.oracle.matcher import HungarianMatcher

TERMS = ("presence", "direction", "weight", "contrastive")


class SetCriterion(nn.Module):
    """Matching + loss terms; the coefficients and costs come from `LossConfig`."""

    def __init__(self, cfg: LossConfig, bank: torch.Tensor | None = None):
        super().__init__()
        self.cfg = cfg
        self.matcher = HungarianMatcher(cfg.cost_direction, cfg.cost_weight, cfg.cost_presence)
        self.bank = bank  # [N, D] unit vectors of the rows `targets["rows"]` index, or None

    def forward(self, outputs: dict[str, torch.Tensor], targets: dict[str, torch.Tensor],
                indices: list[tuple[torch.Tensor, torch.Tensor]] | None = None) -> dict[str, torch.Tensor]:
        if indices is None:
            indices = self.matcher(outputs, targets)
        dev = outputs["weights"].device
        b_idx = torch.cat([torch.full_like(s, b) for b, (s, _) in enumerate(indices)]).to(dev)
        s_idx = torch.cat([s for s, _ in indices]).to(dev)
        t_idx = torch.cat([t for _, t in indices]).to(dev)
        n = int(s_idx.numel())
        logits = outputs["presence_logits"]  # [B, K]
        target_presence = torch.zeros_like(logits)
        target_presence[b_idx, s_idx] = 1.0
        elem_w = torch.full_like(logits, self.cfg.presence_neg_weight)
        elem_w[b_idx, s_idx] = 1.0
        bce = F.binary_cross_entropy_with_logits(logits, target_presence, reduction="none")
        presence = (bce * elem_w).sum() / elem_w.sum().clamp_min(1e-12)
        if n:
            u = outputs["directions"][b_idx, s_idx]  # [n, D]
            e = targets["directions"][b_idx, t_idx].to(u.dtype)  # [n, D]
            direction = (1 - (u * e).sum(-1)).mean()
            w_pred = outputs["weights"][b_idx, s_idx]
            w_true = targets["weights"][b_idx, t_idx].to(w_pred.dtype)
            weight = F.smooth_l1_loss(w_pred, w_true, reduction="mean", beta=0.1)
        else:
            zero = outputs["directions"].sum() * 0.0  # keeps the graph (and DeepSpeed's hooks) intact
            direction, weight = zero, zero.clone()
        c = self.cfg
        contrastive = outputs["directions"].sum() * 0.0
        if n and self.bank is not None and c.contrastive > 0 and "rows" in targets:
            rows = targets["rows"][b_idx, t_idx]  # [n]
            sel = rows >= 0
            if sel.any():
                bank = self.bank.to(device=dev, dtype=u.dtype)
                logits = u[sel] @ bank.T / c.contrastive_temperature  # [n', N]
                contrastive = F.cross_entropy(logits, rows[sel])
        loss = c.presence * presence + c.direction * direction + c.weight * weight + c.contrastive * contrastive
        return {"loss": loss, "presence": presence, "direction": direction, "weight": weight,
                "contrastive": contrastive, "n_matched": torch.tensor(float(n), device=dev)}
