"""Baselines for a decomposition, run on the same soft prompt, probes and PoE solve as the pipeline.

Every baseline proposes a dictionary of hard prompts; `eval.decompose.Decomposer.solve` then runs the exact PoE
solve, the greedy path and the held-out faithfulness numbers on it, so each returns the same
`DecompositionResult` as the pipeline and a report can put them side by side:

- `projection`: nearest-token projection (Prompt Waywardness, Khashabi et al. 2022): each soft vector is replaced
  by the vocabulary embedding closest to it (cosine, or L2), and the token ids are decoded into one text. The
  dictionary is that one text.
- `patchscope`: an InSPEcT-style verbalisation (Ramati et al. 2024, after Patchscopes, Ghandeharioun et al. 2024).
  The soft prompt runs in its slot; the hidden states at `source_layer` over its L positions are patched (a
  forward hook) into L placeholder positions of a fixed target prompt at `target_layer`, and the model greedily
  decodes a short description. The dictionary is that description.
- `projection_retrieval`, `patchscope_retrieval`: the text above encoded with the index's sentence encoder, its
  top-m FAISS hits as the dictionary (m = the pipeline's dictionary size unless set).
- `random`: m corpus rows drawn at random (seeded by `random_seed` and the soft prompt's content).
- `ground_truth`: a given list of texts (for synthetic soft prompts: the mixture's components), an upper bound.

Layer convention (`PatchscopeConfig`): `hidden_states[0]` is the embedding output and `hidden_states[n]` the output
of decoder block n. The source state is `hidden_states[source_layer]` at the soft positions; at the target, the
output of block `target_layer` (the input embeddings when `target_layer` = 0) at the placeholder positions is
replaced by it, so blocks `target_layer + 1 ...` read the patched states. -1 picks the rule: source = n_blocks // 2,
target = max(1, n_blocks // 10) (Patchscopes found early target layers best for letting the model re-read a
representation; for SmolLM2's 30 blocks this is 15 -> 3, which configs/eval/decompose.yaml also writes out).

Must not: train anything, or load other models than the frozen LM it is given.
"""

from __future__ import annotations

import hashlib
import logging
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import numpy as np
import torch

from softprism.poe.errors import InputError

if TYPE_CHECKING:  # eval.decompose imports this module; the runners only receive a Decomposer
    from softprism.eval.decompose import Decomposer, DecompositionResult, Target

log = logging.getLogger(__name__)

METHODS = ("projection", "patchscope", "projection_retrieval", "patchscope_retrieval", "random", "ground_truth")

DEFAULT_TARGET_PROMPT = ("Here is a hidden instruction: \u00ab{soft}\u00bb\n"
                         "Write this instruction out in plain English, as one sentence.")


@dataclass
class PatchscopeConfig:
    """The InSPEcT-style verbalisation: where states are read, where they are patched, and the target prompt."""

    source_layer: int = -1
    """Read `hidden_states[source_layer]` over the soft positions (0 = embeddings; -1 = n_blocks // 2)."""
    target_layer: int = -1
    """Replace the output of block `target_layer` at the placeholders (0 = input embeddings;
    -1 = max(1, n_blocks // 10))."""
    prompt: str = DEFAULT_TARGET_PROMPT
    """The target prompt (a user message, rendered with the chat template when the model has one); `{soft}` marks
    where the L placeholder tokens go."""
    answer_prefix: str = "The instruction is:"
    """Text placed at the start of the model's reply before decoding (steers it to state the instruction)."""
    placeholder: str = "x"
    """The placeholder token (its first token id is repeated L times, then overwritten by the patch)."""
    max_new_tokens: int = 32
    """Greedy decoding length of the description."""

    def __post_init__(self) -> None:
        if "{soft}" not in self.prompt:
            raise ValueError("patchscope.prompt must contain {soft} (where the placeholders go)")
        if self.max_new_tokens < 1:
            raise ValueError("patchscope.max_new_tokens must be >= 1")


@dataclass
class BaselineConfig:
    """Which baselines run beside the pipeline, and their settings."""

    enabled: bool = True
    """Run the baselines (the CLI's --no-baselines turns them off)."""
    methods: list[Literal["projection", "patchscope", "projection_retrieval", "patchscope_retrieval", "random",
                          "ground_truth"]] = field(default_factory=lambda: list(METHODS))
    """Baselines to run. `ground_truth` runs only when ground-truth texts are known."""
    projection_metric: Literal["cosine", "l2"] = "cosine"
    """Nearest-token projection: nearest vocabulary embedding by cosine similarity or by L2 distance."""
    retrieval_size: int = 0
    """Dictionary size of the retrieval baselines (0 = the pipeline's dictionary size)."""
    random_size: int = 0
    """Dictionary size of the random baseline (0 = the pipeline's dictionary size)."""
    random_seed: int = 0
    """Seed of the random dictionary (combined with a hash of the soft prompt)."""
    ground_truth: list[str] = field(default_factory=list)
    """Ground-truth component texts (upper bound); the CLI also reads them from a synth adapter's synth_example.json."""
    patchscope: PatchscopeConfig = field(default_factory=PatchscopeConfig)
    """The InSPEcT-style verbalisation."""

    def __post_init__(self) -> None:
        if self.retrieval_size < 0 or self.random_size < 0:
            raise ValueError("retrieval_size and random_size must be >= 0")


# ---------------------------------------------------------------------------------------------------------------
# Texts from a soft prompt
# ---------------------------------------------------------------------------------------------------------------

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
    past, eos = out.past_key_values, lm.tokenizer.eos_token_id
    nxt = int(out.logits[0, -1].argmax())
    gen: list[int] = []
    for _ in range(cfg.max_new_tokens):
        if nxt == eos:
            break
        gen.append(nxt)
        out = lm.model(input_ids=torch.tensor([[nxt]], device=lm.device), past_key_values=past, use_cache=True)
        past, nxt = out.past_key_values, int(out.logits[0, -1].argmax())
    text = lm.tokenizer.decode(gen, skip_special_tokens=True).strip()
    text = text.splitlines()[0] if text else ""
    # control and unassigned characters (random or tiny models emit them) would only garble reports
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("C")).strip()


# ---------------------------------------------------------------------------------------------------------------
# Baseline runners: each builds a dictionary and hands it to the decomposer's solve
# ---------------------------------------------------------------------------------------------------------------

def projection(dec: "Decomposer", target: "Target") -> "DecompositionResult":
    """(a) The nearest-token projection text alone, with the PoE solve (its weight and the null intercept)."""
    t0 = time.perf_counter()
    text = target.text("projection", dec)
    timing = {"baseline_text_s": time.perf_counter() - t0}
    return dec.solve(target, dec.text_candidates([text], "projection"), "projection", timing,
                     {"projection_text": text})


def patchscope(dec: "Decomposer", target: "Target") -> "DecompositionResult":
    """(b) The patchscope description alone, with the PoE solve."""
    t0 = time.perf_counter()
    text = target.text("patchscope", dec)
    timing = {"baseline_text_s": time.perf_counter() - t0}
    src, tgt = patch_layers(dec.lm, dec.cfg.baselines.patchscope)
    return dec.solve(target, dec.text_candidates([text], "patchscope"), "patchscope", timing,
                     {"patchscope_text": text, "source_layer": src, "target_layer": tgt})


def retrieval_from(dec: "Decomposer", target: "Target", kind: str, size: int) -> "DecompositionResult":
    """(c) FAISS top-`size` hits of the projection or patchscope text, with the same PoE solve."""
    t0 = time.perf_counter()
    text = target.text(kind, dec)
    timing = {"baseline_text_s": time.perf_counter() - t0}
    t0 = time.perf_counter()
    cands = dec.retrieve_texts([text], size, kind) if text else []
    timing["retrieval_s"] = time.perf_counter() - t0
    return dec.solve(target, cands, f"{kind}_retrieval", timing, {f"{kind}_text": text})


def random_dictionary(dec: "Decomposer", target: "Target", size: int, seed: int = 0) -> "DecompositionResult":
    """(d) `size` corpus rows drawn at random (seed mixed with the soft prompt's hash), with the same PoE solve."""
    n = len(dec.index.corpus)
    mix = int(hashlib.sha256(f"{seed}:{target.sha}".encode()).hexdigest()[:8], 16)
    pos = np.random.default_rng(mix).choice(n, size=min(size, n), replace=False)
    return dec.solve(target, dec.position_candidates(pos.tolist(), "random"), "random", {}, {"seed": seed})


def ground_truth(dec: "Decomposer", target: "Target", texts: list[str]) -> "DecompositionResult":
    """(e) The ground-truth dictionary (the benchmark's upper bound): exactly `texts`, with the same PoE solve."""
    return dec.solve(target, dec.text_candidates(list(texts), "ground_truth"), "ground_truth", {},
                     {"ground_truth": list(texts)})


def run_baselines(dec: "Decomposer", target: "Target", size: int, methods: list[str] | None = None,
                  ground_truth_texts: list[str] | None = None) -> dict[str, "DecompositionResult"]:
    """Run the configured baselines on one prepared target. `size`: the pipeline's dictionary size (the default
    for the retrieval and random baselines). Returns {method: result} in `METHODS` order."""
    cfg = dec.cfg.baselines
    methods = list(cfg.methods if methods is None else methods)
    gt = list(ground_truth_texts if ground_truth_texts is not None else cfg.ground_truth)
    out: dict[str, DecompositionResult] = {}
    for m in METHODS:
        if m not in methods:
            continue
        t0 = time.perf_counter()
        if m == "projection":
            out[m] = projection(dec, target)
        elif m == "patchscope":
            out[m] = patchscope(dec, target)
        elif m == "projection_retrieval":
            out[m] = retrieval_from(dec, target, "projection", cfg.retrieval_size or size)
        elif m == "patchscope_retrieval":
            out[m] = retrieval_from(dec, target, "patchscope", cfg.retrieval_size or size)
        elif m == "random":
            out[m] = random_dictionary(dec, target, cfg.random_size or size, cfg.random_seed)
        elif m == "ground_truth":
            if not gt:
                continue
            out[m] = ground_truth(dec, target, gt)
        out[m].timing["total_s"] = time.perf_counter() - t0
        log.info("baseline %s: explained %.3f (%d candidates) in %.1f s", m, out[m].explained,
                 len(out[m].dictionary), out[m].timing["total_s"])
    return out
