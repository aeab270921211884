"""Features of a soft prompt: its embeddings and the frozen LM's hidden states over the prompt positions.

Owns: naming the feature sources for a config (`sources`), and computing them in one forward pass per batch
of equal-length prompts with the prompt in its slot (`extract`). In the `prefix` slot the prompt comes first, so
its hidden states do not depend on any probe; in the `system` slot they follow the template's system header,
which is part of the same forward pass (the positions read are the prompt's own).

Contract:
    extract(lm, slot, prompts: list of [L_i, d], sources, batch_size) -> (x [N, S, L_max, d] float32,
                                                                          mask [N, L_max] bool, True = real)
Source names: `emb` (the soft prompt's own vectors) and `h{n}` (transformers' hidden_states[n]: 0 = input
embeddings, n = output of block n; the last one is after the final norm).
"""

from __future__ import annotations

import torch

from softprism.poe.errors import InputError
from softprism.poe.lm import FrozenLM
from softprism.poe.slot import PromptSlot


def n_layers(lm: FrozenLM) -> int:
    """Transformer blocks of the frozen LM."""
    return int(lm.model.config.num_hidden_layers)


def sources(kind: str, layers: list[int], n_blocks: int) -> list[str]:
    """Feature source names for a feature kind and layer list (negative layers count from the end)."""
    out = ["emb"] if kind in ("embeddings", "both") else []
    if kind in ("activations", "both"):
        for layer in layers:
            n = layer + n_blocks + 1 if layer < 0 else layer
            if not 0 <= n <= n_blocks:
                raise InputError(f"features.layers: layer {layer} is outside 0..{n_blocks} for this model "
                                 f"({n_blocks} blocks); pick layers in that range")
            name = f"h{n}"
            if name not in out:
                out.append(name)
    return out


@torch.no_grad()
def extract(lm: FrozenLM, slot: PromptSlot, prompts: list[torch.Tensor], srcs: list[str],
            batch_size: int = 64, progress: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
    """Features for `prompts` (each [L_i, d]): x [N, S, L_max, d] float32 (zeros at padding), mask [N, L_max]."""
    from tqdm.auto import tqdm

    N, d, S = len(prompts), lm.d_model, len(srcs)
    if N == 0:
        raise InputError("no soft prompts to compute features for")
    L_max = max(int(p.shape[0]) for p in prompts)
    x = torch.zeros(N, S, L_max, d, dtype=torch.float32)
    mask = torch.zeros(N, L_max, dtype=torch.bool)
    layers = [int(s[1:]) for s in srcs if s != "emb"]
    offset = len(slot.pre_ids)
    groups: dict[int, list[int]] = {}
    for i, p in enumerate(prompts):
        groups.setdefault(int(p.shape[0]), []).append(i)
    bar = tqdm(total=N, desc="oracle features", unit="prompt", disable=not progress)
    for L, idx in sorted(groups.items()):
        for lo in range(0, len(idx), batch_size):
            rows = idx[lo:lo + batch_size]
            P = torch.stack([prompts[i] for i in rows]).to(device=lm.device, dtype=lm.dtype)  # [n, L, d]
            feats = []
            if layers:
                hs = lm.base(inputs_embeds=slot.heads(P), output_hidden_states=True).hidden_states  # n_blocks+1 x [n, h, d]
            for s in srcs:
                if s == "emb":
                    feats.append(P)
                else:
                    feats.append(hs[int(s[1:])][:, offset:offset + L])
            x[rows, :, :L] = torch.stack(feats, dim=1).float().cpu()  # [n, S, L, d]
            mask[rows, :L] = True
            bar.update(len(rows))
    bar.close()
    return x, mask
