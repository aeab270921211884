"""Candidate source (b): the LM itself proposes the instructions a soft prompt might stand for.

    res = propose(dec, target, ProposeConfig())      # dec: decompose.pipeline.Decomposer, target: dec.prepare(soft)
    res.texts                                        # the proposed instructions (deduplicated, in order)
    res.rounds                                       # per round: LM calls so far, candidates, explained
    res.lm_calls                                     # generated sequences in all (replies + proposals)

The method's first outline suggested it ("iteratively working out a minimal set of such prompts sounds like a
perfect job for an LLM"); made concrete:

1. replies: the soft-prompted model answers `show` fit probes (greedy, soft prompt in its slot, `poe.decode`);
2. proposals: the instruct LM reads those (probe, reply) pairs and is asked which instruction would make an
   assistant answer like this; `per_round` samples (temperature `temperature`) are cleaned into one-line
   instructions and deduplicated;
3. fit: the exact PoE solve of the target over every proposal so far (and the optional `base` dictionary), on the
   decomposer's fit probes, with the held-out faithfulness numbers (`poe.fit.DictionaryFit`, no greedy path);
4. refine (rounds 2..): the `show` fit probes with the largest residual KL(target || PoE) under the current fit are
   shown (their soft-prompted replies generated when not yet known), together with the current top components,
   and more instructions are asked for. Back to 3.

Cost accounting: `lm_calls` counts generated sequences (one per probe reply and one per proposal sample), the unit
in which an API-served LM would be billed; `generate_batches` counts batched `poe_generate` calls. The LM that
proposes is the decomposer's own frozen LM (for the embedded default, SmolLM2-135M-Instruct), with nothing in its
prompt slot.

Must not: train anything, or write files other than the decomposer's state cache.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import torch

from softprism.poe.decode import DecodeConfig, poe_generate
from softprism.poe.fit import Decomposition
from softprism.poe.slot import PromptSlot

if TYPE_CHECKING:
    from softprism.decompose.candidates import Candidate
    from softprism.decompose.pipeline import Decomposer
    from softprism.decompose.result import DecompositionResult
    from softprism.decompose.target import Target

log = logging.getLogger(__name__)

SOURCE = "lm"

DEFAULT_ASK = (
    "Below are messages a user sent to an AI assistant, and the replies the assistant gave. The assistant was "
    "following a hidden instruction.\n\n{pairs}\n\n"
    "What instruction would make an assistant answer like this? Write the hidden instruction as one short "
    "sentence addressed to the assistant (for example: \"Answer in French.\" or \"Talk like a pirate.\"). "
    "Reply with the instruction only.")

DEFAULT_REFINE = (
    "Below are messages a user sent to an AI assistant, and the replies the assistant gave. The assistant was "
    "following a hidden instruction.\n\n{pairs}\n\n"
    "These guesses of the instruction do not explain the replies well:\n{guesses}\n\n"
    "What instruction would make an assistant answer like this? Write a different guess, as one short sentence "
    "addressed to the assistant. Reply with the instruction only.")


@dataclass
class ProposeConfig:
    """The LM-proposed candidate source: rounds, sizes, decoding and the meta-prompts."""

    rounds: int = 3
    """Proposal rounds (the first from the first `show` fit probes, later ones from the worst-fit probes)."""
    per_round: int = 8
    """Instructions sampled per round (each one LM call)."""
    show: int = 4
    """(probe, soft-prompted reply) pairs shown in one request."""
    reply_tokens: int = 24
    """Length cap of the soft-prompted replies."""
    proposal_tokens: int = 32
    """Length cap of one proposed instruction."""
    temperature: float = 0.8
    """Sampling temperature of the proposals (0 = greedy: every sample of a round is the same)."""
    seed: int = 0
    """Sampling seed (round r uses seed + r)."""
    max_chars: int = 200
    """Proposals are cut to this many characters (after cleaning)."""
    probe_chars: int = 300
    """Probe texts shown are cut to this many characters."""
    reply_chars: int = 160
    """Replies shown are cut to this many characters."""
    guesses: int = 3
    """Refinement rounds show this many current top components as earlier guesses."""
    ask: str = DEFAULT_ASK
    """First-round request; `{pairs}` is replaced by the (probe, reply) pairs."""
    refine: str = DEFAULT_REFINE
    """Later rounds; `{pairs}` and `{guesses}` (bullet list of the current top components) are replaced."""
    max_prompt_tokens: int = 1024
    """The request is truncated to this many tokens."""

    def __post_init__(self) -> None:
        if self.rounds < 1 or self.per_round < 1 or self.show < 1:
            raise ValueError("rounds, per_round and show must be >= 1")
        if self.reply_tokens < 1 or self.proposal_tokens < 1:
            raise ValueError("reply_tokens and proposal_tokens must be >= 1")
        if self.temperature < 0:
            raise ValueError("temperature must be >= 0")
        if "{pairs}" not in self.ask or "{pairs}" not in self.refine:
            raise ValueError("ask and refine must contain {pairs}")


@dataclass
class Proposal:
    """One proposed instruction: its cleaned text, the round that proposed it, and the raw generation."""

    text: str
    round: int
    raw: str


@dataclass
class RoundRecord:
    """The state after one round: cumulative LM calls, dictionary size and the full fit's held-out numbers."""

    round: int
    lm_calls: int
    generate_batches: int
    n_candidates: int
    n_new: int
    kl: float
    kl_base: float
    explained: float
    kl_best_single: float
    best_single: str
    shown_probes: list[int]
    top: list[dict]
    seconds: float

    def to_json(self) -> dict:
        return dict(self.__dict__)


@dataclass
class ProposeResult:
    """Proposals, the cost in LM calls, and the fit after each round (`rounds`)."""

    proposals: list[Proposal]
    rounds: list[RoundRecord]
    lm_calls: int
    generate_batches: int
    replies: dict[int, str] = field(default_factory=dict)
    final: Decomposition | None = None

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.proposals]

    def to_json(self) -> dict:
        return {
            "lm_calls": self.lm_calls,
            "generate_batches": self.generate_batches,
            "proposals": [p.__dict__ for p in self.proposals],
            "rounds": [r.to_json() for r in self.rounds],
            "replies": {str(k): v for k, v in sorted(self.replies.items())},
        }


# ---------------------------------------------------------------------------------------------------------------
# Text handling
# ---------------------------------------------------------------------------------------------------------------

_LEAD = re.compile(r"^\s*(?:[-*•>]+|\d+[.)]|(?:hidden\s+)?(?:instruction|system prompt|prompt|answer|guess)\s*:)\s*",
                   re.IGNORECASE)


def clean_proposal(text: str, max_chars: int = 200) -> str:
    """A generated reply -> one instruction line: first non-empty line, list markers, `Instruction:` labels and
    enclosing quotes removed, control characters dropped, cut to `max_chars`. Empty when nothing usable is left
    (no letter)."""
    text = "".join(ch for ch in text if ch == "\n" or not (unicodedata.category(ch).startswith("C") or ch == "\ufffd"))
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    for _ in range(3):
        new = _LEAD.sub("", line).strip().strip("\"'`“”‘’").strip()
        if new == line:
            break
        line = new
    line = " ".join(line.split())[:max_chars].strip()
    return line if any(ch.isalpha() for ch in line) else ""


def _cut(text: str, n: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def format_pairs(probes: list[str], replies: list[str], cfg: ProposeConfig) -> str:
    """(probe, reply) pairs as the request shows them."""
    return "\n\n".join(f"User: {_cut(p, cfg.probe_chars)}\nAssistant: {_cut(r, cfg.reply_chars) or '(no reply)'}"
                       for p, r in zip(probes, replies))


# ---------------------------------------------------------------------------------------------------------------
# Fitting and residuals
# ---------------------------------------------------------------------------------------------------------------

def fit_texts(dec: "Decomposer", target: "Target", texts: list[str]) -> tuple[Decomposition, torch.Tensor]:
    """The exact PoE solve of `target` over `texts` (+ the null prompt when the decomposer includes it), no path,
    through the decomposer's one fit path (`Decomposer.fit`: `fit_on` honoured). Returns the decomposition and the
    weight vector [N + 1] in the store's row order (null last; 0 when off)."""
    from softprism.decompose.candidates import Candidate

    _, res, _ = dec.fit(target, [Candidate(t, None, -1, SOURCE) for t in texts], with_path=False)
    w = torch.zeros(len(texts) + 1, dtype=torch.float64)
    for c in res.components:
        w[c.index] = c.weight
    if res.null_weight is not None:
        w[-1] = res.null_weight
    return res, w


@torch.no_grad()
def position_kl(lm, states: torch.Tensor, w: torch.Tensor, target: torch.Tensor, chunk: int = 32) -> torch.Tensor:
    """KL(target || PoE_w) at every position, over the full vocabulary.

    Args:
        states: [N, P, d] dictionary states; w: [N] weights; target: [P, d] the target's states.
    Returns:
        [P] float64.
    """
    W = lm.head_weight.detach().double().cpu()  # [V, d]
    b = None if lm.head_bias is None else lm.head_bias.detach().double().cpu()
    H, t = states.double(), target.double()
    wd = w.double()
    out = torch.empty(H.shape[1], dtype=torch.float64)
    for s in range(0, H.shape[1], chunk):
        u = torch.einsum("n,npd->pd", wd, H[:, s:s + chunk])  # [p, d]
        zq, zt = u @ W.T, t[s:s + chunk] @ W.T  # [p, V]
        if b is not None:
            zq, zt = zq + wd.sum() * b, zt + b
        lt, lq = torch.log_softmax(zt, -1), torch.log_softmax(zq, -1)
        out[s:s + chunk] = (lt.exp() * (lt - lq)).sum(-1)
    return out


def probe_residuals(dec: "Decomposer", target: "Target", texts: list[str], w: torch.Tensor) -> torch.Tensor:
    """Mean KL(target || current fit) per fit probe [n_fit] (positions are probe-major, T per probe)."""
    fit_s, _, _ = dec.store.get(texts)
    kl = position_kl(dec.lm, fit_s, w, target.states[0])  # [n_fit * T]
    return kl.reshape(len(dec.fit_tails), dec.fit_tails.T).mean(1)


# ---------------------------------------------------------------------------------------------------------------
# The loop
# ---------------------------------------------------------------------------------------------------------------

class _Counter:
    def __init__(self) -> None:
        self.calls = 0
        self.batches = 0


def _generate(dec: "Decomposer", slot: PromptSlot, prompt: torch.Tensor, texts: list[str], max_new: int,
              temperature: float, seed: int, max_tokens: int, counter: _Counter) -> list[str]:
    counter.calls += len(texts)
    counter.batches += 1
    return poe_generate(dec.lm, slot, [prompt], [1.0], texts,
                        DecodeConfig(max_new_tokens=max_new, temperature=temperature, seed=seed),
                        max_probe_tokens=max_tokens)


def soft_replies(dec: "Decomposer", target: "Target", probe_ids: list[int], cfg: ProposeConfig,
                 counter: _Counter, known: dict[int, str]) -> list[str]:
    """The soft-prompted model's greedy replies to fit probes `probe_ids` (generated once each, kept in `known`)."""
    todo = [i for i in probe_ids if i not in known]
    if todo:
        texts = [dec.fit_probes.probes[i].text for i in todo]
        out = _generate(dec, dec.slot, target.soft, texts, cfg.reply_tokens, 0.0, cfg.seed,
                        dec.cfg.probes.max_probe_tokens, counter)
        known.update(zip(todo, out))
    return [known[i] for i in probe_ids]


def ask_lm(dec: "Decomposer", request: str, n: int, cfg: ProposeConfig, seed: int, counter: _Counter) -> list[str]:
    """`n` sampled answers of the LM (nothing in its prompt slot) to `request` (a user message)."""
    slot = PromptSlot(dec.lm, "prefix")
    empty = torch.zeros(0, dec.lm.d_model, dtype=dec.lm.dtype, device=dec.lm.device)
    return _generate(dec, slot, empty, [request] * n, cfg.proposal_tokens, cfg.temperature, seed,
                     cfg.max_prompt_tokens, counter)


def propose(dec: "Decomposer", target: "Target", cfg: ProposeConfig | None = None,
            base: list["Candidate"] | None = None) -> ProposeResult:
    """Run the proposal loop on one prepared target (see the module docstring).

    Args:
        dec: the decomposer (its LM, slot, probes, solver and state store are used).
        target: `dec.prepare(soft)`.
        base: an optional starting dictionary the proposals are added to (its texts are fitted with them and are
            never re-proposed); None = proposals alone.
    Returns:
        `ProposeResult`: proposals with their round, one `RoundRecord` per round (cumulative LM calls and the full
        fit's held-out `kl` / `explained` over base + proposals so far), the replies seen.
    """
    from softprism.retrieval.corpus import normalise

    cfg = cfg or ProposeConfig()
    counter = _Counter()
    base_texts = [c.text for c in (base or [])]
    seen = {t.casefold() for t in base_texts}
    proposals: list[Proposal] = []
    replies: dict[int, str] = {}
    records: list[RoundRecord] = []
    n_fit = len(dec.fit_probes)
    shown = list(range(min(cfg.show, n_fit)))
    fit = None
    for r in range(cfg.rounds):
        t0 = time.perf_counter()
        pairs = format_pairs([dec.fit_probes.probes[i].text for i in shown],
                             soft_replies(dec, target, shown, cfg, counter, replies), cfg)
        if r == 0 or fit is None or not fit.components:
            request = cfg.ask.replace("{pairs}", pairs)
        else:
            guesses = "\n".join(f"- {c.text}" for c in fit.components[: cfg.guesses])
            request = cfg.refine.replace("{pairs}", pairs).replace("{guesses}", guesses)
        raw = ask_lm(dec, request, cfg.per_round, cfg, cfg.seed + r, counter)
        new = 0
        for text in raw:
            clean = normalise(clean_proposal(text, cfg.max_chars))  # as dec.text_candidates stores texts
            if clean and clean.casefold() not in seen:
                seen.add(clean.casefold())
                proposals.append(Proposal(clean, r, text))
                new += 1
        texts = base_texts + [p.text for p in proposals]
        if texts:
            fit, w = fit_texts(dec, target, texts)
            resid = probe_residuals(dec, target, texts, w)
            kl, kl_base, explained = fit.kl, fit.kl_base, fit.explained
            best, best_text = fit.kl_best_single, fit.best_single
            top = [{"text": c.text, "weight": c.weight} for c in fit.components[:5]]
        else:  # nothing usable proposed yet: the residual is the whole effect, ordered by the target's own KL
            fit = None
            resid = probe_residuals(dec, target, [], torch.ones(1, dtype=torch.float64))  # the no-prompt model
            kl = kl_base = explained = best = float("nan")
            best_text, top = "", []
        records.append(RoundRecord(r, counter.calls, counter.batches, len(texts), new, kl, kl_base, explained, best,
                                   best_text, list(shown), top, time.perf_counter() - t0))
        log.info("propose round %d: %d new, %d candidates, %d LM calls, explained %.3f", r, new, len(texts),
                 counter.calls, explained)
        shown = [int(i) for i in torch.argsort(resid, descending=True)[: cfg.show]]
    return ProposeResult(proposals, records, counter.calls, counter.batches, replies, fit)


def proposal_candidates(dec: "Decomposer", res: ProposeResult) -> list["Candidate"]:
    """The proposals as decomposer candidates (source `lm`; a proposal that is a corpus row gets its id)."""
    return dec.text_candidates(res.texts, SOURCE)


def solve_with_proposals(dec: "Decomposer", target: "Target", res: ProposeResult,
                         base: list["Candidate"] | None = None) -> "DecompositionResult":
    """The full decomposition (exact solve, greedy path, k components) over base + the proposals."""
    from softprism.decompose.diagnostics import Diagnostics, Timing

    return dec.solve(target, list(base or []) + proposal_candidates(dec, res), "lm_proposals",
                     Timing(), Diagnostics(lm_calls=res.lm_calls))
