"""Task accuracy of a prompt, a soft prompt or a decomposition used as a PoE prompt, by scoring label strings.

Owns: classification accuracy on a task file. Each test input is scored against every label (the distinct `output`
strings of the train file): the label's log-likelihood as the reply, its tokens and the end-of-turn token summed,
teacher-forced, under a *condition*; the prediction is the argmax. A condition is a product of experts: a list of
prompts (embedding sequences [L_i, d] in the slot; L_i = 0 is "no prompt") with weights w_i. At every reply
position it uses the PoE distribution of `poe/decode.py`,

    log q = log_softmax(sum_i w_i log p_i) = log_softmax(sum_i w_i z_i)       (z_i: component i's logits)

(the two are equal: each log_softmax only subtracts a per-position constant). A soft prompt, no prompt and a hard
prompt are one-expert conditions with weight 1, so they score with the model's own distribution.

Efficiency: every distinct prompt runs once for all conditions that use it; its head (prompt + slot template) runs
once and its key/value cache is shared by a chunk of test inputs; each input's tail runs once and its cache is shared
by all the labels; only the label tokens run per label. The states (final hidden states, as in `poe.tables`) are
combined per condition before the output head, so a condition with N experts costs N forwards and one head pass.

Public API (used by synth/train_prompt.py (`softprism train-prompt --test`) and eval/tasks_eval.py
(`softprism evaluate-tasks`)):
`Expert`, `Condition`, `soft_condition`, `no_prompt_condition`, `hard_condition`, `poe_condition`,
`decomposition_condition`, `label_scores`, `task_accuracy`, `evaluate_task_file`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import torch
from tqdm.auto import tqdm

from softprism.synth.tasks import TaskExample, label_set, read_task_file, reply_ids, stable_subset, tail_ids
from softprism.poe.errors import InputError
from softprism.poe.lm import FrozenLM, kv_cache
from softprism.poe.slot import PromptSlot

log = logging.getLogger(__name__)


@dataclass
class Expert:
    """One component of a condition: a prompt [L, d] (L = 0: the empty slot) with its weight."""

    prompt: torch.Tensor
    weight: float
    name: str = ""


@dataclass
class Condition:
    """A named product of experts. One expert with weight 1 is the prompt used alone."""

    name: str
    experts: list[Expert]


def _empty(lm: FrozenLM) -> torch.Tensor:
    return torch.zeros(0, lm.d_model, dtype=lm.dtype, device=lm.device)


def soft_condition(lm: FrozenLM, soft: torch.Tensor, name: str = "soft") -> Condition:
    """The soft prompt [n_virtual, d] alone in the slot (checked against the model's width)."""
    return Condition(name, [Expert(lm.check_soft_prompt(soft, name), 1.0, name)])


def no_prompt_condition(lm: FrozenLM, name: str = "none") -> Condition:
    """Nothing in the slot: the model as it is."""
    return Condition(name, [Expert(_empty(lm), 1.0, "(no prompt)")])


def hard_condition(lm: FrozenLM, text: str, name: str = "hard") -> Condition:
    """A hard text prompt alone in the slot (its token embeddings, the path a soft prompt takes)."""
    return Condition(name, [Expert(lm.embed_text(text), 1.0, text)])


def poe_condition(lm: FrozenLM, components: Sequence[tuple[str, float]], null_weight: float | None = None,
                  name: str = "poe") -> Condition:
    """A decomposition used as a prompt: hard prompts `(text, weight)` plus, when `null_weight` is not None, the
    empty slot with that weight (`poe.fit`'s free intercept), combined as `poe/decode.py` combines them."""
    experts = [Expert(lm.embed_text(t), float(w), t) for t, w in components]
    if null_weight is not None:
        experts.append(Expert(_empty(lm), float(null_weight), "(no prompt)"))
    if not experts:
        raise InputError(f"condition {name!r}: a PoE needs at least one component or a null weight")
    return Condition(name, experts)


def decomposition_condition(lm: FrozenLM, decomposition, k: int | None = None, name: str = "poe") -> Condition:
    """A `poe.fit.Decomposition` (components sorted by |weight|, optional null weight) as a condition; `k` keeps
    only the top-k components (their fitted weights, not refitted: use a path step's weights for a refit)."""
    comps = decomposition.components[:k] if k else decomposition.components
    return poe_condition(lm, [(c.text, c.weight) for c in comps], decomposition.null_weight, name)


@dataclass
class AccuracyResult:
    """One condition on one test set. `scores` [n, C]: label log-likelihoods; `pred` [n] and `gold` [n]: label
    indices into `labels`."""

    name: str
    accuracy: float
    n: int
    labels: list[str]
    scores: torch.Tensor
    pred: torch.Tensor
    gold: torch.Tensor
    gold_logprob: float
    """Mean log-likelihood of the gold label (a smoother signal than accuracy)."""
    experts: list[tuple[str, float]] = field(default_factory=list)

    def to_json(self) -> dict:
        counts = torch.bincount(self.pred, minlength=len(self.labels)).tolist()
        return {"name": self.name, "accuracy": self.accuracy, "n": self.n, "gold_logprob": self.gold_logprob,
                "predicted_counts": dict(zip(self.labels, counts)),
                "experts": [{"text": t, "weight": w} for t, w in self.experts]}


def _key(prompt: torch.Tensor) -> str:
    t = prompt.detach().float().cpu().contiguous()
    return hashlib.sha256(str(tuple(t.shape)).encode() + t.numpy().tobytes()).hexdigest()


def _pad(rows: list[list[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Right-pad id lists -> (ids [n, L], mask [n, L])."""
    width = max(len(r) for r in rows)
    ids = torch.tensor([r + [pad_id] * (width - len(r)) for r in rows], dtype=torch.long)
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows], dtype=torch.long)
    return ids, mask


@torch.no_grad()
def reply_states(lm: FrozenLM, slot: PromptSlot, prompt: torch.Tensor, tails: list[list[int]],
                 replies: list[list[int]], token_budget: int = 4096) -> torch.Tensor:
    """Final hidden states that predict each reply token, for every (tail, reply) pair, under one prompt.

    Args:
        prompt: [L, d] (L may be 0). tails: n lists of ids (input + template). replies: C lists of ids.
    Returns:
        [n, C, R, d] float32, R = the longest reply; entry (b, c, r) predicts replies[c][r] after tails[b]
        (entries past a reply's end are padding).

    The head runs once per chunk of tails (its cache repeated over the chunk), each tail once (its cache, with
    right padding masked out, repeated over the C replies), and the replies' tokens 0..R-2 last.
    """
    n, C = len(tails), len(replies)
    R = max(len(r) for r in replies)
    pad = lm.tokenizer.pad_token_id
    dev = lm.device
    head = slot.heads(prompt.to(device=dev, dtype=lm.dtype)[None])  # [1, h, d]
    h = head.shape[1]
    rep_ids, _ = _pad(replies, pad)  # [C, R]
    out = torch.zeros(n, C, R, lm.d_model, dtype=torch.float32)
    order = sorted(range(n), key=lambda b: len(tails[b]))
    chunks: list[list[int]] = []
    cur: list[int] = []
    for b in order:
        # chunks of about `token_budget` computed tokens counting the C label rows, and at most 4 x `token_budget`
        # key/value positions once the cache is repeated over the labels (B x C rows of head + tail + reply). A
        # long prompt's head otherwise fills memory: a 274-token prompt, 6 TREC labels, 120 inputs on SmolLM2 took
        # 11.9 GB at peak and 86 s without this bound, 2.8 GB and 49 s with it (same states)
        grown = len(cur) + 1
        if cur and (grown * (len(tails[b]) + C * R) > token_budget
                    or grown * C * (h + len(tails[b]) + R) > 4 * token_budget):
            chunks.append(cur)
            cur = []
        cur.append(b)
    chunks.append(cur)
    for rows in chunks:
        B = len(rows)
        ids, mask = _pad([tails[b] for b in rows], pad)  # [B, t]
        ids, mask = ids.to(dev), mask.to(dev)
        lens = mask.sum(1)  # [B]
        t = ids.shape[1]
        if h > 0:
            cache = kv_cache(lm.base(inputs_embeds=head, use_cache=True))
            cache.batch_repeat_interleave(B)
            full_mask = torch.cat([torch.ones(B, h, dtype=torch.long, device=dev), mask], 1)  # [B, h + t]
        else:
            cache, full_mask = None, mask
        pos = (h + torch.arange(t, device=dev))[None].expand(B, t)
        o = lm.base(input_ids=ids, attention_mask=full_mask, position_ids=pos, **{lm.cache_kw: cache}, use_cache=True)
        first = o.last_hidden_state[torch.arange(B, device=dev), lens - 1]  # [B, d]: predicts reply token 0
        out[rows, :, 0] = first.float().cpu()[:, None, :]
        if R > 1:
            cache = kv_cache(o)
            cache.batch_repeat_interleave(C)  # rows B*C, row = b * C + c
            x = rep_ids[:, : R - 1].repeat(B, 1).to(dev)  # [B*C, R-1]
            m = torch.cat([full_mask.repeat_interleave(C, 0), torch.ones_like(x)], 1)  # [B*C, h + t + R - 1]
            p2 = (h + lens).repeat_interleave(C)[:, None] + torch.arange(R - 1, device=dev)[None]  # [B*C, R-1]
            o2 = lm.base(input_ids=x, attention_mask=m, position_ids=p2, **{lm.cache_kw: cache}, use_cache=False)
            out[rows, :, 1:] = o2.last_hidden_state.float().cpu().reshape(B, C, R - 1, lm.d_model)
    return out


def _poe_scores(lm: FrozenLM, states: torch.Tensor, weight_sum: float, replies: list[list[int]],
                chunk: int = 64) -> torch.Tensor:
    """Summed PoE log-probs of each reply. states [n, C, R, d] = sum_i w_i h_i -> scores [n, C] float64.

    Only distinct, real positions go through the output head: the first reply position is the same state for every
    label (it follows the input), and positions past a reply's end are padding."""
    n, C, R, d = states.shape
    W = lm.head_weight.detach().float()
    b = None if lm.head_bias is None else lm.head_bias.detach().float() * weight_sum
    cs, rs = [0], [0]  # the (label, position) of each distinct state; column 0 = the shared first position
    e_label, e_col, e_tok = [], [], []  # one entry per reply token: its label, state column and token id
    for c, rep in enumerate(replies):
        for r, tok in enumerate(rep):
            if r > 0:
                cs.append(c)
                rs.append(r)
            e_label.append(c)
            e_col.append(0 if r == 0 else len(cs) - 1)
            e_tok.append(tok)
    cs_t, rs_t = torch.tensor(cs), torch.tensor(rs)
    e_label_t, e_col_t, e_tok_t = torch.tensor(e_label), torch.tensor(e_col), torch.tensor(e_tok)
    scores = torch.zeros(n, C, dtype=torch.float64)
    for s in range(0, n, chunk):
        x = states[s : s + chunk][:, cs_t, rs_t].to(W.device)  # [b, P, d]
        z = x @ W.T  # [b, P, V]
        if b is not None:
            z = z + b
        logq = torch.log_softmax(z, -1)
        lp = logq[:, e_col_t.to(W.device), e_tok_t.to(W.device)].double().cpu()  # [b, E]
        scores[s : s + chunk].index_add_(1, e_label_t, lp)
    return scores


def label_scores(lm: FrozenLM, slot: PromptSlot, inputs: list[str], labels: list[str],
                 conditions: list[Condition], max_input_tokens: int = 96, token_budget: int = 4096,
                 progress: bool = False) -> dict[str, torch.Tensor]:
    """Log-likelihood of every label as the reply to every input, under every condition.

    Args:
        inputs: n user messages. labels: C reply strings (each scored as its tokens + end-of-turn).
        conditions: named PoEs; prompts shared between conditions run once.
    Returns:
        {condition name: scores [n, C] float64}.
    """
    names = [c.name for c in conditions]
    if len(set(names)) != len(names):
        raise InputError(f"condition names must be distinct, got {names}")
    tails = [tail_ids(slot, x, max_input_tokens) for x in inputs]
    replies = [reply_ids(lm, y) for y in labels]
    keys = {id(e): _key(e.prompt) for cond in conditions for e in cond.experts}
    uniq: dict[str, torch.Tensor] = {}
    for cond in conditions:
        for e in cond.experts:
            uniq.setdefault(keys[id(e)], e.prompt)
    acc = {c.name: torch.zeros(len(inputs), len(labels), max(len(r) for r in replies), lm.d_model)
           for c in conditions}
    bar = tqdm(total=len(uniq), desc="label scores", unit="prompt", disable=not progress)
    for key, prompt in uniq.items():
        st = reply_states(lm, slot, prompt, tails, replies, token_budget)
        for cond in conditions:
            for e in cond.experts:
                if keys[id(e)] == key:
                    acc[cond.name].add_(st, alpha=e.weight)
        bar.update(1)
    bar.close()
    return {c.name: _poe_scores(lm, acc[c.name], sum(e.weight for e in c.experts), replies) for c in conditions}


def task_accuracy(lm: FrozenLM, slot: PromptSlot, examples: list[TaskExample], labels: list[str],
                  conditions: list[Condition], max_input_tokens: int = 96, token_budget: int = 4096,
                  progress: bool = False) -> dict[str, AccuracyResult]:
    """Accuracy of each condition on `examples` (gold = `output`, which must be one of `labels`)."""
    index = {y: i for i, y in enumerate(labels)}
    missing = sorted({e.output for e in examples} - set(index))
    if missing:
        raise InputError(f"test labels {missing[:5]} are not among the train labels {labels[:8]}; "
                         "use a test file with the same label strings as the train file")
    gold = torch.tensor([index[e.output] for e in examples])
    scores = label_scores(lm, slot, [e.input for e in examples], labels, conditions, max_input_tokens,
                          token_budget, progress)
    out = {}
    for cond in conditions:
        s = scores[cond.name]
        pred = s.argmax(1)
        out[cond.name] = AccuracyResult(
            cond.name, float((pred == gold).double().mean()), len(examples), list(labels), s, pred, gold,
            float(s.gather(1, gold[:, None]).mean()), [(e.name, e.weight) for e in cond.experts])
    return out


def evaluate_task_file(lm: FrozenLM, conditions: list[Condition], test_path: str | Path,
                       train_path: str | Path | None = None, slot: str | PromptSlot = "prefix",
                       limit: int | None = None, max_input_tokens: int = 96, labels: list[str] | None = None,
                       progress: bool = False) -> dict:
    """Accuracy of each condition on a test file.

    Labels: `labels` when given (e.g. an adapter folder's `task.json`), else the distinct outputs of `train_path`.
    `limit`: a stable subset of the test set (`synth.tasks.stable_subset`). Returns a JSON-ready dict: labels, n,
    majority-class rate, and per condition its `AccuracyResult.to_json()`.
    """
    slot = slot if isinstance(slot, PromptSlot) else PromptSlot(lm, slot)
    if labels is None:
        if train_path is None:
            raise InputError("task accuracy needs the label set: pass the train file (or the labels)")
        labels = label_set(read_task_file(train_path))
    test = stable_subset(read_task_file(test_path), limit)
    res = task_accuracy(lm, slot, test, labels, conditions, max_input_tokens, progress=progress)
    counts = torch.bincount(torch.tensor([labels.index(e.output) for e in test]), minlength=len(labels))
    return {"test": str(test_path), "train": None if train_path is None else str(train_path), "slot": slot.kind,
            "labels": list(labels), "n": len(test), "majority_rate": float(counts.max()) / len(test),
            "max_input_tokens": max_input_tokens, "conditions": {k: r.to_json() for k, r in res.items()}}
