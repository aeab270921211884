"""The prompt slot: where a prompt's embeddings go in the model's input.

Owns: rendering `[head | tail]` input sequences so that hard and soft prompts take one path (an embedding
sequence [L, d] placed in the slot).

- `prefix`: PEFT prompt tuning's placement. The prompt comes first, before everything, then the probe rendered by
  the chat template (or, for models without one, the probe text and a newline).
    head = P + template-before-user-message        tail = probe + template-after-user-message
- `system`: inside the chat template's system message (instruct models only).
    head = template-before-system + P + template-between    tail = probe + template-after-user-message

The head is shared by every probe, so `poe.tables` computes it once per prompt and caches its keys and values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import torch

from softprism.poe.errors import InputError
from softprism.poe.lm import FrozenLM

_SYS = "\u27e6SYS\u27e7"
_USR = "\u27e6USR\u27e7"


@dataclass
class SlotConfig:
    """Where prompts go in the model's input."""

    kind: Literal["system", "prefix"] = "system"
    """`system`: inside the chat template's system message; `prefix`: before everything (PEFT's placement)."""


class PromptSlot:
    """Builds head embeddings [h, d] for a prompt and tail token ids for a probe.

    `head(prompt)` with `prompt` [L, d] (L may be 0: "no prompt") returns [h, d]; `tail_ids(probe)` returns the
    token ids that follow it, ending where the model's reply starts.
    """

    def __init__(self, lm: FrozenLM, kind: str = "system"):
        self.lm = lm
        self.kind = kind
        tok = lm.tokenizer
        has_template = bool(getattr(tok, "chat_template", None))
        if kind == "system":
            if not has_template:
                raise InputError(f"model {lm.name!r} has no chat template, so it has no system slot; use --slot prefix")
            text = tok.apply_chat_template([{"role": "system", "content": _SYS}, {"role": "user", "content": _USR}],
                                           tokenize=False, add_generation_prompt=True)
            if text.count(_SYS) != 1:
                raise InputError(f"model {lm.name!r}: its chat template drops the system message; use --slot prefix")
            pre, rest = text.split(_SYS)
            mid, post = rest.split(_USR)
            self.pre_ids, self.mid_ids, self.post_ids = lm.tokenize(pre), lm.tokenize(mid), lm.tokenize(post)
        elif kind == "prefix":
            if has_template:
                text = tok.apply_chat_template([{"role": "user", "content": _USR}], tokenize=False,
                                               add_generation_prompt=True)
                before, post = text.split(_USR)
                self.pre_ids, self.mid_ids, self.post_ids = [], lm.tokenize(before), lm.tokenize(post)
            else:
                self.pre_ids, self.mid_ids, self.post_ids = [], [], lm.tokenize("\n")
        else:
            raise InputError(f"slot {kind!r}: choose `system` or `prefix`")
        self._pre = lm.embed_ids(self.pre_ids) if self.pre_ids else None
        self._mid = lm.embed_ids(self.mid_ids) if self.mid_ids else None

    def head(self, prompt: torch.Tensor) -> torch.Tensor:
        """Prompt embeddings [L, d] -> head embeddings [h, d] (pre + prompt + mid)."""
        parts = [p for p in (self._pre, prompt.to(self.lm.dtype), self._mid) if p is not None and p.shape[0] > 0]
        if not parts:
            raise InputError("empty prompt in a slot with no template tokens: there is nothing to run")
        return torch.cat(parts, dim=0)

    def heads(self, prompts: torch.Tensor) -> torch.Tensor:
        """Batched: [n, L, d] -> [n, h, d] (all prompts of one length)."""
        n = prompts.shape[0]
        parts = []
        if self._pre is not None:
            parts.append(self._pre.expand(n, -1, -1))
        parts.append(prompts.to(self.lm.dtype))
        if self._mid is not None:
            parts.append(self._mid.expand(n, -1, -1))
        return torch.cat(parts, dim=1)

    def padded_heads(self, prompts: list[torch.Tensor]) -> tuple[torch.Tensor, list[int]]:
        """Prompts of any lengths ([L_i, d] each) -> heads [n, h_max, d] right-padded with zeros, and their lengths
        h_i (for `poe.tables.forward_states(..., head_lengths=...)`). Gradients flow to the prompts."""
        heads = [self.head(p) for p in prompts]
        lengths = [int(x.shape[0]) for x in heads]
        h = max(lengths)
        out = torch.stack([torch.nn.functional.pad(x, (0, 0, 0, h - x.shape[0])) for x in heads])
        return out, lengths

    def tail_ids(self, probe_text: str, max_tokens: int = 96) -> list[int]:
        """Probe text -> the token ids after the head, up to the start of the reply."""
        return self.lm.tokenize(probe_text)[:max_tokens] + self.post_ids
