"""Batched log-prob tables over the first T response positions, teacher-forced on a continuation.

Owns: running the frozen LM on (prompt, probe) pairs and returning the final hidden states at the response
positions. A table stores those states, [N prompts, P positions, d], rather than vocabulary-sized vectors: the
log-probs are `log_softmax(h @ W.T + b)` with the model's output head (W [V, d], b), which `FrozenLM` checks is
exact at load. That is 85x smaller for SmolLM2 (d=576 vs V=49,152) and loses nothing: every KL the solver reports
is computed over the full vocabulary from these states.

Batching: prompts of equal length are stacked; each prompt's head (template + prompt) runs once and its key/value
cache is repeated over a chunk of probes, whose tails (probe + template + continuation) run in one batch.

Contract of `forward_states(lm, heads [n, h, d], tails: B lists of ids, T) -> [n, B, T, d]`: row (i, b, t) is the
state whose logits predict reply token t+1 of probe b under prompt i. Heads of different lengths go right-padded
with their `head_lengths`; tails may also differ per prompt (n lists of B). Tails must already hold the continuation
tokens 1..T-1 (see `Tails`). Gradients flow to `heads` when grad mode is on (used by synth/ distillation).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import cast

import torch
from tqdm.auto import tqdm

from softprism.poe.lm import FrozenLM, kv_cache
from softprism.poe.probes import ProbeSet
from softprism.poe.slot import PromptSlot

log = logging.getLogger(__name__)


def _pad(rows: list[list[int]], pad_id: int) -> torch.Tensor:
    tmax = max(len(r) for r in rows)
    return torch.tensor([r + [pad_id] * (tmax - len(r)) for r in rows], dtype=torch.long)


def forward_states(lm: FrozenLM, heads: torch.Tensor, tails: list[list[int]] | list[list[list[int]]], T: int,
                   head_lengths: list[int] | None = None) -> torch.Tensor:
    """Final hidden states at the last T positions of each tail. heads [n, h, d] -> [n, B, T, d].

    `tails`: B lists of ids shared by every prompt, or n lists of B lists (prompt i's own probes; same cost, since
    the n x B rows run as one batch anyway). `head_lengths` [n]: heads of different lengths, right-padded to h
    (see `PromptSlot.padded_heads`); the padding is masked out of the tails' attention and each tail's positions
    start at its own head's length, so every row equals the unpadded computation (up to float rounding)."""
    n, h, d = heads.shape
    per_prompt = bool(tails) and bool(tails[0]) and isinstance(tails[0][0], list)
    rows: list[list[int]]
    if per_prompt:
        per = cast("list[list[list[int]]]", tails)
        if len(per) != n or len({len(t) for t in per}) != 1:
            raise ValueError("per-prompt tails must be n lists of the same number of probes")
        B = len(per[0])
        rows = [t for pt in per for t in pt]  # row r = (prompt r // B, probe r % B)
    else:
        B = len(tails)
        rows = cast("list[list[int]]", tails)
    lengths = torch.tensor([len(t) for t in rows], device=lm.device)
    if int(lengths.min()) < T and h == 0:
        raise ValueError("a tail is shorter than T with an empty head")
    ids = _pad(rows, lm.tokenizer.pad_token_id).to(lm.device)  # [B or n*B, tmax]
    tail_emb = lm.embedding(ids)  # [B or n*B, tmax, d]
    tmax = ids.shape[1]
    if not per_prompt:
        tail_emb = tail_emb.unsqueeze(0).expand(n, B, tmax, d).reshape(n * B, tmax, d)
        lengths = lengths.repeat(n)
    padded = head_lengths is not None and h > 0 and min(head_lengths) < h
    with lm.amp():
        if h == 0:
            hs = lm.base(inputs_embeds=tail_emb, use_cache=False).last_hidden_state
        else:
            # Right padding needs no mask in the head pass: causal attention keeps real positions off the pads.
            cache = kv_cache(lm.base(inputs_embeds=heads, use_cache=True))
            cache.batch_repeat_interleave(B)  # rows n*B, row r = (prompt r // B, probe r % B)
            if padded:
                hl = torch.as_tensor(head_lengths, device=lm.device).repeat_interleave(B)  # [n*B]
                keys = torch.arange(h, device=lm.device)[None, :] < hl[:, None]  # [n*B, h]
                mask = torch.cat([keys, torch.ones(n * B, tmax, dtype=torch.bool, device=lm.device)], 1).long()
                pos = hl[:, None] + torch.arange(tmax, device=lm.device)[None, :]
                hs = lm.base(inputs_embeds=tail_emb, **{lm.cache_kw: cache}, attention_mask=mask, position_ids=pos,
                             use_cache=False).last_hidden_state
            else:
                hs = lm.base(inputs_embeds=tail_emb, **{lm.cache_kw: cache}, use_cache=False).last_hidden_state
    # position of reply token t+1 (t = 0..T-1) in row r: lengths[r] - T + t
    pos = lengths[:, None] - T + torch.arange(T, device=lm.device)[None, :]  # [n*B, T]
    idx = pos[:, :, None].expand(n * B, T, d)
    return hs.gather(1, idx).reshape(n, B, T, d)  # [n, B, T, d]


@dataclass
class Tails:
    """Token ids after the head for each probe, with the teacher-forced continuation (T-1 tokens) appended."""

    ids: list[list[int]]
    T: int

    def __len__(self) -> int:
        return len(self.ids)


_CONTINUATIONS: dict[tuple, list[list[int]]] = {}


def make_tails(lm: FrozenLM, slot: PromptSlot, probes: ProbeSet, T: int, max_probe_tokens: int = 96) -> Tails:
    """Tails for `probes`: probe + template + continuation. A probe's `output` is used when it has one; otherwise
    the model's own greedy reply with no prompt in the slot (memoised per model, slot, probe set and T)."""
    base = [slot.tail_ids(p.text, max_probe_tokens) for p in probes.probes]
    if T == 1:
        return Tails(base, T)
    key = (lm.tables_id, slot.kind, probes.hash, T, max_probe_tokens)
    if key not in _CONTINUATIONS:
        eos = lm.tokenizer.eos_token_id
        conts: list[list[int] | None] = []
        for p in probes.probes:
            if p.output is not None:
                c = lm.tokenize(p.output)[: T - 1]
                conts.append(c + [eos] * (T - 1 - len(c)))
            else:
                conts.append(None)
        todo = [i for i, c in enumerate(conts) if c is None]
        if todo:
            null = slot.head(torch.zeros(0, lm.d_model, device=lm.device, dtype=lm.dtype))[None]
            gen: dict[int, list[int]] = {i: [] for i in todo}
            with torch.no_grad():
                for _ in range(T - 1):
                    for chunk in _chunks(todo, 64):
                        st = forward_states(lm, null, [base[i] + gen[i] for i in chunk], 1)[0, :, 0]  # [b, d]
                        nxt = lm.head_logits(st).argmax(-1).tolist()
                        for i, t in zip(chunk, nxt):
                            gen[i].append(int(t))
            for i in todo:
                conts[i] = gen[i]
        _CONTINUATIONS[key] = conts  # type: ignore[assignment]
    return Tails([b + c for b, c in zip(base, _CONTINUATIONS[key])], T)


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def auto_token_budget(lm: FrozenLM) -> int:
    """Tail tokens per forward batch when the caller names none: 6,144 on CPU (compute-bound, where bigger batches
    gain nothing). On a GPU, small batches are bound by kernel launches (a 30-layer model runs a few hundred kernels
    per forward), so the budget grows to what a fifth of the free memory holds, counting each batch's key/value cache
    (at most 4 x budget positions, see `compute_states`) and its activations, capped at 65,536."""
    if lm.device.type != "cuda":
        return 6144
    c = lm.model.config
    heads = int(getattr(c, "num_attention_heads", 1) or 1)
    kv_heads = int(getattr(c, "num_key_value_heads", None) or heads)
    head_dim = int(getattr(c, "head_dim", None) or lm.d_model // heads)
    layers = int(getattr(c, "num_hidden_layers", 1) or 1)
    ffn = int(getattr(c, "intermediate_size", None) or 4 * lm.d_model)
    elem = 2 if lm.autocast != "off" or lm.dtype in (torch.float16, torch.bfloat16) else 4
    kv = 2 * layers * kv_heads * head_dim * elem  # bytes per cached position
    act = (12 * lm.d_model + 3 * ffn) * 4  # bytes per tail token in flight (hidden states, MLP, fp32 outputs)
    free, _ = torch.cuda.mem_get_info(lm.device)
    return int(min(65536, max(6144, 0.2 * free / (4 * kv + act))))


def length_buckets(lengths: list[int], pad_slack: float) -> list[list[int]]:
    """Indices grouped by prompt length. `pad_slack` 0: one group per exact length (no padding, best on CPU where
    every padded token costs its compute). `pad_slack` > 0: consecutive lengths share a group, right-padded to its
    longest, while longest - shortest <= pad_slack x (shortest + 16): fewer, larger batches for a GPU."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    out: list[list[int]] = []
    lo = None
    for i in order:
        L = lengths[i]
        if lo is not None and (L == lo or (pad_slack > 0 and L - lo <= pad_slack * (lo + 16))):
            out[-1].append(i)
        else:
            out.append([i])
            lo = L
    return out


@torch.no_grad()
def compute_states(
    lm: FrozenLM,
    slot: PromptSlot,
    prompts: list[torch.Tensor],
    tails: Tails,
    token_budget: int | None = None,
    progress: bool = False,
    desc: str = "log-prob table",
    pad_slack: float | None = None,
) -> torch.Tensor:
    """States table for `prompts` (each [L_i, d]) on `tails`: [N, B*T, d] float32 (positions probe-major).

    Prompts are grouped by length (`length_buckets`: exact lengths on CPU; on a GPU, `pad_slack` 0.25 lets nearby
    lengths share a right-padded batch). Probes are chunked so one batch holds about `token_budget` tail tokens
    (None: `auto_token_budget`) and at most 4 x `token_budget` key/value positions.
    """
    N, B, T = len(prompts), len(tails), tails.T
    budget = int(token_budget) if token_budget else auto_token_budget(lm)
    slack = (0.25 if lm.device.type == "cuda" else 0.0) if pad_slack is None else float(pad_slack)
    out = torch.empty(N, B, T, lm.d_model, dtype=torch.float32)
    groups = length_buckets([int(p.shape[0]) for p in prompts], slack)
    # Probes sorted by tail length and cut into chunks of about `budget` padded tokens: little padding.
    order = sorted(range(B), key=lambda b: len(tails.ids[b]))
    chunks: list[list[int]] = []
    cur: list[int] = []
    for b in order:
        if cur and (len(cur) + 1) * len(tails.ids[b]) > budget:
            chunks.append(cur)
            cur = []
        cur.append(b)
    chunks.append(cur)
    bar = tqdm(total=N * B, desc=desc, disable=not progress, unit="pair")
    for idx in groups:
        L = max(int(prompts[i].shape[0]) for i in idx)
        for rows_all in chunks:
            # Each prompt's head cache is repeated over the chunk's probes: batches hold at most 4 x `budget`
            # key/value positions (prompts x probes x (prompt + tail)), so a long prompt gets fewer probes per batch.
            # SmolLM2 keeps 46 KB per position: one 1,000-token prompt over 150 probes would otherwise hold 7 GB.
            kv = 4 * budget
            span = L + len(tails.ids[rows_all[-1]])
            for rows in _chunks(rows_all, max(1, kv // span)):
                width = len(rows) * len(tails.ids[rows[-1]])
                for pc in _chunks(idx, max(1, min(budget // width, kv // (len(rows) * span)))):
                    batch = [prompts[i].to(lm.device) for i in pc]
                    if len({int(p.shape[0]) for p in batch}) == 1:
                        heads, head_lengths = slot.heads(torch.stack(batch)), None
                    else:
                        heads, head_lengths = slot.padded_heads(batch)
                    st = forward_states(lm, heads, [tails.ids[b] for b in rows], T, head_lengths=head_lengths)
                    out[torch.tensor(pc)[:, None], torch.tensor(rows)[None, :]] = st.float().cpu()
                    bar.update(len(pc) * len(rows))
    bar.close()
    return out.reshape(N, B * T, lm.d_model)


def compute_states_on(lm: FrozenLM, slot: PromptSlot, prompts: list[torch.Tensor], tails: list[Tails],
                      progress: bool = False, desc: str = "log-prob table", **kw) -> list[torch.Tensor]:
    """`compute_states` on several tail sets at once (fit and held-out probes): one table per set, [N, B_j*T, d].

    The sets run as one batch of probes, so each prompt's head (template + prompt) runs once rather than once per
    set; with short tails and long prompts that head is a large share of the cost. Same T for every set."""
    if len({t.T for t in tails}) != 1:
        raise ValueError("compute_states_on: every tail set must have the same T")
    if len(tails) == 1:
        return [compute_states(lm, slot, prompts, tails[0], progress=progress, desc=desc, **kw)]
    T = tails[0].T
    whole = compute_states(lm, slot, prompts, Tails([i for t in tails for i in t.ids], T), progress=progress,
                           desc=desc, **kw)
    out, at = [], 0
    for t in tails:
        out.append(whole[:, at : at + len(t) * T])
        at += len(t) * T
    return out


def prompt_logprobs(lm: FrozenLM, states: torch.Tensor) -> torch.Tensor:
    """Materialise full-vocabulary log-probs from states [..., d] -> [..., V] (for inspection and tests)."""
    return torch.log_softmax(lm.head_logits(states.to(lm.head_weight.dtype).to(lm.device)).float(), dim=-1)
