"""Inference: load a trained oracle and predict slots for a batch of soft prompts (the API eval/ uses).

    from oracle.inference import Oracle
    oracle = Oracle.load("runs/oracle/tiny")                 # a run folder, its final/ or a checkpoint folder
    pred = oracle.predict([soft_a, soft_b])                  # each [L_i, d_model] of the frozen LM
    pred.directions  # [B, K, D] unit vectors in the sentence encoder's space (query the FAISS index with them)
    pred.weights     # [B, K] signed weights;  pred.presence  # [B, K] probabilities
    pred.order(b)    # slot indices of example b by presence, most confident first

The frozen LM is the one the oracle was trained with (its fingerprint is checked); pass `lm=` to reuse one that is
already loaded.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from poe.errors import InputError

from oracle.checkpoint import load_oracle
from oracle.features import extract


@dataclass
class Prediction:
    """Slots of a batch: directions [B, K, D], weights [B, K], presence probabilities [B, K] (numpy float32)."""

    directions: np.ndarray
    weights: np.ndarray
    presence: np.ndarray

    def order(self, b: int) -> np.ndarray:
        """Slot indices of example `b`, most present first."""
        return np.argsort(-self.presence[b], kind="stable")


class Oracle:
    """A trained activation oracle with its frozen LM and prompt slot."""

    def __init__(self, net, meta: dict, lm=None, device: str | torch.device = "cpu", batch_size: int = 64):
        from poe.lm import load_lm
        from poe.slot import PromptSlot

        self.net, self.meta, self.batch_size = net.to(device).eval(), meta, batch_size
        self.device = torch.device(device)
        self.sources: list[str] = meta["sources"]
        if lm is None:
            lm = load_lm(meta["lm"]["name"])
        if not lm.matches(meta["lm"]["fingerprint"]):
            raise InputError(f"oracle was trained on LM {meta['lm']['name']!r} (fingerprint {meta['lm']['fingerprint']}), "
                             f"not on {lm.name!r} ({lm.fingerprint}); pass the matching model")
        self.lm = lm
        self.slot = PromptSlot(lm, meta["slot"])

    @classmethod
    def load(cls, path, lm=None, device: str = "auto", batch_size: int = 64) -> "Oracle":
        dev = torch.device("cuda" if device == "auto" and torch.cuda.is_available() else
                           ("cpu" if device == "auto" else device))
        net, meta = load_oracle(path, dev)
        return cls(net, meta, lm=lm, device=dev, batch_size=batch_size)

    @property
    def encoder_name(self) -> str:
        """The sentence encoder whose space the directions live in (give FAISS an index built with it)."""
        return self.meta["encoder"]["name"]

    def features(self, soft_prompts) -> tuple[torch.Tensor, torch.Tensor]:
        """x [B, S, L, d], mask [B, L] for soft prompts (list of [L_i, d] or one [B, L, d] tensor)."""
        prompts = [self.lm.check_soft_prompt(torch.as_tensor(p), f"soft prompt {i}")
                   for i, p in enumerate(list(soft_prompts))]
        return extract(self.lm, self.slot, prompts, self.sources, batch_size=self.batch_size)

    @torch.no_grad()
    def predict_features(self, x: torch.Tensor, mask: torch.Tensor) -> Prediction:
        """Slots from precomputed features (see `features`)."""
        outs = []
        for lo in range(0, x.shape[0], self.batch_size):
            xb, mb = x[lo:lo + self.batch_size].to(self.device).float(), mask[lo:lo + self.batch_size].to(self.device)
            L = int(mb.sum(1).max())
            outs.append(self.net(xb[:, :, :L], mb[:, :L]))
        cat = {k: torch.cat([o[k] for o in outs]).cpu() for k in outs[0]}
        return Prediction(cat["directions"].numpy(), cat["weights"].numpy(),
                          torch.sigmoid(cat["presence_logits"]).numpy())

    def predict(self, soft_prompts) -> Prediction:
        """Slots for a batch of soft prompts (list of [L_i, d_model] tensors or one [B, L, d_model] tensor)."""
        return self.predict_features(*self.features(soft_prompts))
