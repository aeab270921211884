"""PoE decoding: generate text under a weighted set of prompts.

Owns: turning a decomposition back into behaviour. At each step every component prompt (hard or soft, in its
slot) scores the next token given the same reply so far; the next-token distribution is
`log_softmax(sum_i w_i log p_i)`. This is how a decomposition is *used* as a portable prompt, and how eval/
measures task accuracy under it. `PoELogitsProcessor` does the same inside `transformers`' `generate`.

All components run as one left-padded batch with a key/value cache, so a step costs one forward of N rows; the
vocabulary head runs on each row's last position only (prefill included).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import torch
from transformers import LogitsProcessor

from softprism.poe.lm import FrozenLM, kv_cache
from softprism.poe.slot import PromptSlot


@dataclass
class DecodeConfig:
    """How to generate under a PoE."""

    max_new_tokens: int = 48
    """Reply length cap."""
    temperature: float = 0.0
    """0 = greedy; > 0 samples from the PoE distribution at this temperature."""
    seed: int = 0
    """Sampling seed."""


@torch.no_grad()
def poe_generate(lm: FrozenLM, slot: PromptSlot, prompts: list[torch.Tensor], weights: list[float] | torch.Tensor,
                 probe_texts: list[str], cfg: DecodeConfig | None = None,
                 max_probe_tokens: int = 96) -> list[str]:
    """Replies to each probe under the PoE of `prompts` ([L_i, d] each) with `weights`. Returns decoded texts."""
    cfg = cfg or DecodeConfig()
    w = torch.as_tensor(weights, dtype=torch.float32, device=lm.device)  # [N]
    N, B = len(prompts), len(probe_texts)
    seqs = []  # row r = component r // B, probe r % B
    for p in prompts:
        head = slot.head(p.to(lm.device))
        for text in probe_texts:
            tail = lm.embed_ids(slot.tail_ids(text, max_probe_tokens))
            seqs.append(torch.cat([head, tail]))
    lens = torch.tensor([s.shape[0] for s in seqs], device=lm.device)
    Lmax = int(lens.max())
    emb = torch.zeros(N * B, Lmax, lm.d_model, dtype=lm.dtype, device=lm.device)
    mask = torch.zeros(N * B, Lmax, dtype=torch.long, device=lm.device)
    for r, s in enumerate(seqs):  # left padding
        emb[r, Lmax - s.shape[0] :] = s
        mask[r, Lmax - s.shape[0] :] = 1
    pos = (mask.cumsum(-1) - 1).clamp(min=0)
    # Prefill through the base model, and the vocabulary head on the last position only (N*B x V logits, not
    # N*B x Lmax x V: the head is most of a small model's FLOPs at every position).
    with lm.amp():
        out = lm.base(inputs_embeds=emb, attention_mask=mask, position_ids=pos, use_cache=True)
    gen = torch.Generator(device="cpu").manual_seed(cfg.seed)
    stop = {lm.tokenizer.eos_token_id}
    im_end = lm.tokenizer.convert_tokens_to_ids("<|im_end|>") if "<|im_end|>" in lm.tokenizer.get_vocab() else None
    if im_end is not None:
        stop.add(im_end)
    done = torch.zeros(B, dtype=torch.bool)
    tokens: list[list[int]] = [[] for _ in range(B)]
    next_pos = pos[:, -1] + 1
    for _ in range(cfg.max_new_tokens):
        logits = lm.head_logits(out.last_hidden_state[:, -1])  # [N*B, V]
        logp = torch.log_softmax(logits.float(), -1).reshape(N, B, -1)  # [N, B, V]
        mix = torch.log_softmax(torch.einsum("n,nbv->bv", w, logp), -1)  # [B, V]
        if cfg.temperature > 0:
            probs = torch.softmax(mix / cfg.temperature, -1).cpu()
            nxt = torch.multinomial(probs, 1, generator=gen)[:, 0]
        else:
            nxt = mix.argmax(-1).cpu()
        for b in range(B):
            if not done[b]:
                if int(nxt[b]) in stop:
                    done[b] = True
                else:
                    tokens[b].append(int(nxt[b]))
        if bool(done.all()):
            break
        ids = nxt.to(lm.device).repeat(N)[:, None]  # [N*B, 1]
        mask = torch.cat([mask, torch.ones_like(ids)], 1)
        with lm.amp():
            out = lm.base(input_ids=ids, attention_mask=mask, position_ids=next_pos[:, None],
                          **{lm.cache_kw: kv_cache(out)}, use_cache=True)
        next_pos = next_pos + 1
    return [lm.tokenizer.decode(t, skip_special_tokens=True) for t in tokens]


class PoELogitsProcessor(LogitsProcessor):
    """For `model.generate(..., logits_processor=[...])` on a batch whose rows are the N components of one PoE
    (row i = component i, all rows fed the same tokens). Replaces every row's scores by the weighted PoE, so all
    rows pick the same next token. Use with greedy decoding or a shared seed."""

    def __init__(self, weights: list[float] | torch.Tensor):
        self.w = torch.as_tensor(weights, dtype=torch.float32)

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        logp = torch.log_softmax(scores.float(), -1)
        mix = torch.log_softmax((self.w.to(scores.device)[:, None] * logp).sum(0), -1)
        return cast(torch.FloatTensor, mix[None].expand_as(scores).to(scores.dtype))
