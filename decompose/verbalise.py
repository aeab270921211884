"""Texts derived from a soft prompt: the nearest-token projection (Prompt Waywardness) and an InSPEcT-style
patchscope verbalisation. Both are candidate sources of the pipeline (their FAISS hits) and the texts of
the baselines of decompose/baselines.py.

Layer convention (`PatchscopeConfig`): `hidden_states[0]` is the embedding output and `hidden_states[n]` the output
of decoder block n. The source state is `hidden_states[source_layer]` at the soft positions; at the target, the
output of block `target_layer` (the input embeddings when `target_layer` = 0) at the placeholder positions is
replaced by it, so blocks `target_layer + 1 ...` read the patched states. -1 picks the rule: source = n_blocks // 2,
target = max(1, n_blocks // 10).
"""

from __future__ import annotations

import logging
import unicodedata

import torch

from softprism.decompose.config import PatchscopeConfig
from softprism.poe.errors import InputError
from softprism.poe.lm import kv_cache

log = logging.getLogger(__name__)


def nearest_token_ids(lm, soft: torch.Tensor, metric: str = "cosine") -> list[int]:
    """Nearest-token projection. soft [L, d] -> L vocabulary ids (nearest input embedding by cosine or L2)."""
    E = lm.embedding.weight.detach().float()  # [V, d]
    S = soft.detach().float().to(E.device)  # [L, d]
    if metric == "cosine":
        scores = torch.nn.functional.normalize(S, dim=-1) @ torch.nn.functional.normalize(E, dim=-1).T  # [L, V]
    elif metric == "l2":
        scores = -torch.cdist(S, E)  # [L, V]
    else:
        raise InputError(f"baselines.projection_metric {metric!r}: choose cosine or l2")
    return scores.argmax(-1).tolist()


def nearest_token_text(lm, soft: torch.Tensor, metric: str = "cosine") -> str:
    """The projection's ids decoded into text (special tokens kept: they are what the vectors are nearest to)."""
    return lm.tokenizer.decode(nearest_token_ids(lm, soft, metric), skip_special_tokens=False)


def _blocks(lm) -> torch.nn.ModuleList:
    """The decoder blocks of the base model (the ModuleList with num_hidden_layers entries)."""
    n = int(lm.model.config.num_hidden_layers)
    for name in ("layers", "h", "blocks", "decoder.layers"):
        mod = lm.base
        for part in name.split("."):
            mod = getattr(mod, part, None)
        if isinstance(mod, torch.nn.ModuleList) and len(mod) == n:
            return mod
    for mod in lm.base.modules():
        if isinstance(mod, torch.nn.ModuleList) and len(mod) == n:
            return mod
    raise InputError(f"model {lm.name!r}: cannot find its {n} decoder blocks for the patchscope baseline; "
                     "drop `patchscope` from baselines.methods")


def patch_layers(lm, cfg: PatchscopeConfig) -> tuple[int, int]:
    """(source_layer, target_layer) after applying the -1 rule, checked against the model's depth."""
    n = int(lm.model.config.num_hidden_layers)
    src = n // 2 if cfg.source_layer == -1 else cfg.source_layer
    tgt = max(1, n // 10) if cfg.target_layer == -1 else cfg.target_layer
    if not 0 <= src <= n:
        raise InputError(f"baselines.patchscope.source_layer {cfg.source_layer}: outside 0..{n} for model "
                         f"{lm.name!r}; pick a layer in that range (or -1)")
    if not 0 <= tgt < n:
        raise InputError(f"baselines.patchscope.target_layer {cfg.target_layer}: outside 0..{n - 1} for model "
                         f"{lm.name!r}; pick a layer in that range (or -1)")
    return src, tgt


def _target_ids(lm, cfg: PatchscopeConfig, L: int) -> tuple[list[int], int]:
    """Token ids of the target prompt with L placeholders, and the position of the first placeholder."""
    marker = "\u27e6SOFT\u27e7"
    content = cfg.prompt.replace("{soft}", marker)
    tok = lm.tokenizer
    if getattr(tok, "chat_template", None):
        text = tok.apply_chat_template([{"role": "user", "content": content}], tokenize=False,
                                       add_generation_prompt=True)
    else:
        text = content + "\n"
    before, after = text.split(marker, 1)
    after = after + cfg.answer_prefix
    ph = lm.tokenize(cfg.placeholder) or lm.tokenize(" " + cfg.placeholder)
    if not ph:
        raise InputError(f"baselines.patchscope.placeholder {cfg.placeholder!r} has no tokens; pick a word")
    pre = lm.tokenize(before)
    return pre + [ph[0]] * L + lm.tokenize(after), len(pre)


@torch.no_grad()
def patchscope_text(lm, slot, soft: torch.Tensor, cfg: PatchscopeConfig) -> str:
    """InSPEcT-style description of a soft prompt [L, d] (see the module docstring for the layers)."""
    src, tgt = patch_layers(lm, cfg)
    soft = soft.to(lm.device, lm.dtype)
    L = int(soft.shape[0])
    head = slot.head(soft)[None]  # [1, h, d]
    offset = len(slot.pre_ids)
    hs = lm.base(inputs_embeds=head, output_hidden_states=True).hidden_states[src]  # [1, h, d]
    patch = hs[0, offset:offset + L]  # [L, d]
    ids, at = _target_ids(lm, cfg, L)
    emb = lm.embed_ids(ids)[None].clone()  # [1, n, d]
    handle = None
    if tgt == 0:
        emb[0, at:at + L] = patch
    else:
        def hook(_module, _inputs, output):
            h = output[0] if isinstance(output, tuple) else output
            if h.shape[1] >= at + L:  # the prompt pass only (decoding steps see one position)
                h[:, at:at + L] = patch.to(h.dtype)
            return output

        handle = _blocks(lm)[tgt - 1].register_forward_hook(hook)
    try:
        out = lm.model(inputs_embeds=emb, use_cache=True)
    finally:
        if handle is not None:
            handle.remove()
    past, eos = kv_cache(out), lm.tokenizer.eos_token_id
    nxt = int(out.logits[0, -1].argmax())
    gen: list[int] = []
    for _ in range(cfg.max_new_tokens):
        if nxt == eos:
            break
        gen.append(nxt)
        out = lm.model(input_ids=torch.tensor([[nxt]], device=lm.device), **{lm.model_cache_kw: past}, use_cache=True)
        past, nxt = kv_cache(out), int(out.logits[0, -1].argmax())
    text = lm.tokenizer.decode(gen, skip_special_tokens=True).strip()
    text = text.splitlines()[0] if text else ""
    # control and unassigned characters (random or tiny models emit them) would only garble reports
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("C")).strip()
