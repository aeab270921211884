"""The target of a decomposition: a validated soft prompt with its states on the fit and held-out probes.
"""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING

import torch

if TYPE_CHECKING:
    from softprism.decompose.pipeline import Decomposer

log = logging.getLogger(__name__)


class Target:
    """A validated soft prompt [L, d] with its states on the fit and held-out tails, and the texts that baselines
    and extra sources derive from it (computed once, on first use)."""

    def __init__(self, soft: torch.Tensor, states: tuple[torch.Tensor, torch.Tensor], seconds: float):
        self.soft = soft
        self.states = states
        self.seconds = seconds
        self.sha = hashlib.sha256(soft.detach().float().cpu().numpy().tobytes()).hexdigest()[:16]
        self._texts: dict[str, str] = {}
        self._replies: list[tuple[str, str]] | None = None
        self._signature: torch.Tensor | None = None

    def signature(self, space) -> torch.Tensor:
        """This soft prompt's signature [r] in `space` (a `poe.signatures.SignatureSpace`), computed once."""
        if self._signature is None:
            self._signature = space.of_prompts([self.soft])[0]
        return self._signature

    def text(self, kind: str, dec: "Decomposer") -> str:
        """`projection` (nearest-token projection) or `patchscope` (verbalisation) text of this soft prompt."""
        if kind not in self._texts:
            from softprism.decompose import verbalise as baselines

            if kind == "projection":
                self._texts[kind] = baselines.nearest_token_text(dec.lm, self.soft, dec.cfg.baselines.projection_metric)
            elif kind == "patchscope":
                self._texts[kind] = baselines.patchscope_text(dec.lm, dec.slot, self.soft, dec.cfg.baselines.patchscope)
            else:
                raise ValueError(f"unknown text kind {kind!r}")
        return self._texts[kind]

    def replies(self, dec: "Decomposer") -> list[tuple[str, str]]:
        """(probe, greedy reply under this soft prompt) for the first `candidates.reply_probes` fit probes."""
        c = dec.cfg.candidates
        if self._replies is None:
            from softprism.poe.decode import DecodeConfig, poe_generate

            probes = [p.text for p in dec.fit_probes.probes[: c.reply_probes]]
            out = poe_generate(dec.lm, dec.slot, [self.soft], [1.0], probes,
                               DecodeConfig(max_new_tokens=c.reply_tokens),
                               max_probe_tokens=dec.cfg.probes.max_probe_tokens)
            self._replies = [(p, " ".join(r.split())) for p, r in zip(probes, out)]
        return self._replies
