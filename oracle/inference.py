"""Inference: load a trained oracle and predict slots for a batch of soft prompts (the API eval/ uses).

    from softprism.oracle.inference import Oracle
    oracle = Oracle.load("runs/oracle/tiny")                 # a run folder, its final/ or a checkpoint folder
    pred = oracle.predict([soft_a, soft_b])                  # each [L_i, d_model] of the frozen LM
    pred.directions  # [B, K, D] unit vectors in the sentence encoder's space (query the FAISS index with them)
    pred.weights     # [B, K] signed weights;  pred.presence  # [B, K] probabilities
    pred.order(b)    # slot indices of example b by presence, most confident first

The frozen LM is the one the oracle was trained with (its fingerprint is checked); pass `lm=` to reuse one that is
already loaded.

A v2 oracle (`oracle.uses_signature`) also reads the target's signature in the signature space recorded in its
meta (`meta["signature_space"]`, a `poe.signatures.SignatureSpace.meta()`):

    pred = oracle.predict([soft])                        # the signature is computed (oracle.space, built lazily)
    pred = oracle.predict([soft], signatures=sig[None])  # or passed in ([B, r], same space: oracle.space_key)
    pred = oracle.predict_signatures(sigs)               # bare signatures [B, r] (exact mixtures: no embeddings)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np

import torch

from softprism.poe.errors import InputError

from softprism.oracle.checkpoint import load_oracle
from softprism.oracle.features import extract

log = logging.getLogger(__name__)


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
        from softprism.poe.lm import load_lm
        from softprism.poe.slot import PromptSlot

        self.net, self.meta, self.batch_size = net.to(device).eval(), meta, batch_size
        self._warned_len = False
        self.device = torch.device(device)
        self.sources: list[str] = meta["sources"]
        if lm is None:
            lm = load_lm(meta["lm"]["name"])
        if not lm.matches(meta["lm"]["fingerprint"]):
            raise InputError(f"oracle was trained on LM {meta['lm']['name']!r} (fingerprint {meta['lm']['fingerprint']}), "
                             f"not on {lm.name!r} ({lm.fingerprint}); pass the matching model")
        self.lm = lm
        self.slot = PromptSlot(lm, meta["slot"])
        self._space = None

    @property
    def uses_signature(self) -> bool:
        """Whether the network reads the target's signature (a v2 oracle)."""
        return bool(getattr(self.net, "sig_dim", 0))

    @property
    def space(self):
        """The `poe.signatures.SignatureSpace` the oracle's signatures live in (built on first use: the battery's
        no-prompt states and the whitening, seconds)."""
        if self._space is None:
            from softprism.poe.signatures import space_for

            if not self.uses_signature:
                raise InputError("this oracle does not read signatures")
            self._space = space_for(self.lm, self.slot, self.meta["signature_space"])
        return self._space

    @property
    def space_key(self) -> str | None:
        """A short hash naming the signature space (equal to `SignatureSpace.key()` of a matching space)."""
        if not self.uses_signature:
            return None
        import hashlib

        from softprism.poe.signatures import KEY_EXCLUDED

        m = {k: v for k, v in self.meta["signature_space"].items() if k not in KEY_EXCLUDED}
        return hashlib.sha256(repr(sorted(m.items())).encode()).hexdigest()[:16]

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
    def predict_features(self, x: torch.Tensor | None, mask: torch.Tensor | None,
                         sig: torch.Tensor | None = None) -> Prediction:
        """Slots from precomputed features (see `features`) and, for a v2 oracle, signatures sig [B, r]. With
        `x` None the prompt features are absent (a bare signature)."""
        if self.uses_signature:
            if sig is None:
                raise InputError("this oracle reads signatures: pass signatures [B, r] (or use predict())")
            sig = torch.as_tensor(sig, dtype=torch.float32)
            if sig.dim() != 2 or sig.shape[1] != self.net.sig_dim or not torch.isfinite(sig).all():
                raise InputError(f"signatures must be finite [B, {self.net.sig_dim}] in the oracle's signature "
                                 f"space, got {tuple(sig.shape)}")
        if x is not None:
            if mask is None:
                raise InputError("prompt features x need their mask")
            n = x.shape[0]
        elif sig is not None:
            n = sig.shape[0]
        else:
            raise InputError("pass prompt features, signatures or both")
        outs = []
        for lo in range(0, n, self.batch_size):
            sb = None if sig is None else sig[lo:lo + self.batch_size].to(self.device)
            if x is not None and mask is not None and x.shape[1] > 0:
                xb = x[lo:lo + self.batch_size].to(self.device).float()
                mb = mask[lo:lo + self.batch_size].to(self.device)
                L = max(1, int(mb.sum(1).max()))
                if L > self.net.cfg.max_len:  # longer than anything it was trained on: read the first max_len
                    if not self._warned_len:
                        log.warning("a soft prompt of %d positions: this oracle was trained on at most %d and reads "
                                    "only the first %d (its candidates are a weaker guess)", L, self.net.cfg.max_len,
                                    self.net.cfg.max_len)
                        self._warned_len = True
                    L = self.net.cfg.max_len
                outs.append(self.net(xb[:, :, :L], mb[:, :L], sb))
            else:
                outs.append(self.net(None, None, sb))
        cat = {k: torch.cat([o[k] for o in outs]).cpu() for k in outs[0]}
        return Prediction(cat["directions"].numpy(), cat["weights"].numpy(),
                          torch.sigmoid(cat["presence_logits"]).numpy())

    def predict_signatures(self, signatures) -> Prediction:
        """Slots for bare signatures [B, r] (exact mixtures, or any target whose prompt features are unknown)."""
        if not self.uses_signature:
            raise InputError("this oracle does not read signatures (a v1 oracle); pass soft prompts to predict()")
        return self.predict_features(None, None, signatures)

    def predict(self, soft_prompts, signatures=None) -> Prediction:
        """Slots for a batch of soft prompts (list of [L_i, d_model] tensors or one [B, L, d_model] tensor). A v2
        oracle also reads their signatures: `signatures` [B, r] when already computed in `self.space`, else they
        are computed here."""
        prompts = [self.lm.check_soft_prompt(torch.as_tensor(p), f"soft prompt {i}")
                   for i, p in enumerate(list(soft_prompts))]
        if self.sources:
            x, mask = extract(self.lm, self.slot, prompts, self.sources, batch_size=self.batch_size)
        else:
            x, mask = None, None
        sig = None
        if self.uses_signature:
            sig = self.space.of_prompts(prompts) if signatures is None else torch.as_tensor(signatures).reshape(
                len(prompts), -1)
        return self.predict_features(x, mask, sig)
