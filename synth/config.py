"""The synth/ config: one dataclass tree that `configs/synth/*.yaml` maps onto strictly (see `poe.config`).

    cfg = load_config(SynthConfig, "configs/synth/tiny.yaml", ["distill.max_steps=50"])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from softprism.poe.lm import ModelConfig
from softprism.poe.probes import ProbeConfig
from softprism.poe.slot import SlotConfig


@dataclass
class CorpusConfig:
    """Where mixture components come from."""

    source: str = "default-small"
    """`retrieval:SPEC` (retrieval's corpus, ids and split, e.g. `retrieval:default:5000`), `default-small` (the 70
    prompts of poe/data/phase0_dictionary.txt), or a path to a .txt (one prompt per
    line) or .jsonl (`text`, optional `id` and `split` per row) file."""
    heldout_fraction: float = 0.34
    """Share of prompts held out from synth (by a stable hash of the text), used when rows carry no `split`."""
    ids: list[str] = field(default_factory=list)
    """If not empty: draw components only from these corpus ids (each must exist in the drawn split)."""
    split: Literal["train", "heldout"] = "train"
    """Split the components are drawn from. `train` for oracle training data; `heldout` only for evaluation sets
    (eval/benchmark.py): held-out prompts must never reach the oracle's training data."""

    def __post_init__(self) -> None:
        if not 0.0 <= self.heldout_fraction < 1.0:
            raise ValueError(f"heldout_fraction must be in [0, 1), got {self.heldout_fraction}")


@dataclass
class MixtureConfig:
    """How a random mixture (component ids and signed weights) is drawn."""

    k_min: int = 1
    """Fewest components per mixture."""
    k_max: int = 4
    """Most components per mixture (K_max); k is uniform on [k_min, k_max]. Must not exceed the train split."""
    weight_dist: Literal["uniform", "lognormal"] = "uniform"
    """Distribution of |w|: `uniform` on [lo, hi], or `lognormal` (median lo, log-std hi) clipped to [0.05, 3]."""
    pos_range: tuple[float, float] = (0.4, 1.2)
    """(lo, hi) of positive weights' magnitude."""
    neg_prob: float = 0.2
    """Probability that a component after the first is negative (the first component is always positive)."""
    neg_range: tuple[float, float] = (0.1, 0.5)
    """(lo, hi) of negative weights' magnitude (smaller than positives by default)."""
    normalize: Literal["none", "positive"] = "positive"
    """`positive`: divide all weights by the sum of the positive ones, so that they sum to 1 (negatives keep their
    ratio to them). Σw sets the product's sharpness: a PoE with Σw = 2 is as peaked as the model at temperature 1/2,
    which no prompt can make the model produce, so the distilled soft prompt cannot carry its mixture (docs/synth.md:
    at 200 steps, held-out ratios 0.08-0.13 with Σw = 0.65-1.01, 0.43-0.53 with Σw = 1.6-2.2). `none`: as drawn
    (the behaviour before commit a13baff, 2026-11-24)."""
    hard_fraction: float = 0.0
    """Fraction of examples that are *hard-prompt examples*: one train prompt with weight 1 whose soft prompt is that
    prompt's own token embeddings (plus optional noise), with no distillation. Their ground truth is exact by
    construction (docs/DESIGN.md §1: a one-hot weight reproduces its hard prompt) and they cost one embedding lookup, so
    they give the oracle many cheap examples next to the expensive distilled ones. Recorded with init `hard`."""
    hard_noise: tuple[float, float] = (0.0, 0.0)
    """(lo, hi) of Gaussian noise added to hard-prompt examples, in units of the embedding std (uniform per example)."""
    hard_metrics: bool = False
    """Measure kl_fit / kl_heldout / kl_base of hard-prompt examples (forward passes). When off, a noise-free one
    records the exact kl 0 and a noised one NaN; kl_base is NaN."""

    def __post_init__(self) -> None:
        if not 1 <= self.k_min <= self.k_max:
            raise ValueError(f"need 1 <= k_min <= k_max, got k_min={self.k_min}, k_max={self.k_max}")
        if not 0.0 <= self.neg_prob <= 1.0:
            raise ValueError(f"neg_prob must be in [0, 1], got {self.neg_prob}")
        if not 0.0 <= self.hard_fraction <= 1.0:
            raise ValueError(f"hard_fraction must be in [0, 1], got {self.hard_fraction}")
        if not 0.0 <= self.hard_noise[0] <= self.hard_noise[1]:
            raise ValueError(f"hard_noise must be (lo, hi) with 0 <= lo <= hi, got {self.hard_noise}")
        for name in ("pos_range", "neg_range"):
            lo, hi = getattr(self, name)
            if lo < 0 or (self.weight_dist == "uniform" and hi < lo):
                raise ValueError(f"{name} must be (lo, hi) with 0 <= lo <= hi, got {(lo, hi)}")


@dataclass
class DistillConfig:
    """Batched distillation of soft prompts onto PoE targets."""

    length_min: int = 8
    """Shortest soft prompt (virtual tokens)."""
    length_max: int = 8
    """Longest soft prompt; each example draws its length uniformly from [length_min, length_max]."""
    init: Literal["random", "sample_vocab", "text"] = "sample_vocab"
    """PEFT's initialisations: `random` (nn.Embedding default, N(0, 1)), `sample_vocab` (random vocabulary rows),
    `text` (embeddings of `init_text`, repeated or cut to the length)."""
    init_mix: list[float] = field(default_factory=list)
    """If not empty: probabilities of [random, sample_vocab, text] drawn per example (overrides `init`)."""
    init_text: str = "You are a helpful assistant."
    """Text for `text` initialisation (when `init_text_from: fixed`)."""
    init_text_from: Literal["fixed", "component"] = "fixed"
    """Where the `text` init's text comes from. `fixed`: `init_text` for every example. `component`: the text of
    the mixture's largest-weight component, as users initialise PEFT prompt tuning with their task's instruction;
    distillation then moves it to the whole mixture. This leaks part of the answer into the soft prompt's start,
    exactly as a real text-initialised prompt does; the other inits do not."""
    batch_prompts: int = 8
    """Soft prompts optimised together (one batch = batch_prompts x probes_per_step): slots of mixed lengths,
    each refilled with the shard's next example as soon as its prompt stops."""
    probes_per_step: int = 8
    """Fit probes per optimisation step (a fresh random minibatch each step)."""
    n_val: int = 8
    """Probes taken from the fit split for early stopping (never fitted, never in the held-out split)."""
    lr: float = 0.03
    """Adam learning rate (peak, after warm-up)."""
    lr_schedule: Literal["constant", "cosine"] = "constant"
    """`cosine`: linear warm-up over `warmup_steps`, then cosine decay to `lr * lr_min_ratio` at `max_steps`. With
    few probes per step a constant rate stalls at a noise floor; decaying it lets the prompt settle."""
    warmup_steps: int = 0
    """Linear warm-up steps of the cosine schedule."""
    lr_min_ratio: float = 0.05
    """Final learning rate of the cosine schedule, as a fraction of `lr`."""
    max_steps: int = 60
    """Most optimisation steps per batch."""
    eval_every: int = 10
    """Evaluate the early-stopping KL every this many steps (and at the end)."""
    patience: int = 2
    """Stop a prompt after this many evaluations without improvement; its best state is kept."""
    min_delta: float = 0.0
    """Relative improvement of the early-stopping KL that counts as progress."""
    eval_heldout: int = 0
    """Held-out probes used for `kl_heldout` and `kl_base` (0 = all of probes.n_heldout)."""
    eval_fit: int = 16
    """Fit probes used for the reported `kl_fit` (forward only, after distillation)."""
    token_budget: int = 4096
    """Tail tokens per forward pass in no-grad table computations."""
    cache_components: int = 4096
    """Component state tables kept on the model's device (by corpus id, LRU) for reuse across batches; each
    holds (probes) x positions x d_model float32 numbers (gpu.yaml: 5.8 MB, so 4,096 take 24 GB)."""
    autocast: Literal["auto", "bfloat16", "off"] = "auto"
    """Precision of distillation's forward and backward passes (the soft prompts and Adam state stay fp32).
    `auto`: bf16 autocast on a GPU, or wherever `model.autocast` is on; fp32 on CPU otherwise. `bfloat16`: bf16
    autocast on any device (CPUs included: slow where bf16 is emulated). `off`: the model's own precision
    (`model.autocast`, `model.dtype`)."""

    def __post_init__(self) -> None:
        if not 1 <= self.length_min <= self.length_max:
            raise ValueError(f"need 1 <= length_min <= length_max, got {self.length_min}, {self.length_max}")
        if self.init_mix and (len(self.init_mix) != 3 or min(self.init_mix) < 0 or sum(self.init_mix) <= 0):
            raise ValueError("init_mix must be three non-negative probabilities for [random, sample_vocab, text]")
        for name in ("batch_prompts", "probes_per_step", "max_steps", "eval_every", "n_val"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")


@dataclass
class OutputConfig:
    """How many examples, and how they are sharded."""

    n_examples: int = 8
    """Examples to generate in total (example i is a pure function of the config and i)."""
    shard_size: int = 8
    """Examples per shard (the unit of resume and of work split over processes)."""
    seed: int = 0
    """Base seed: example i uses a seed derived from (seed, i)."""

    def __post_init__(self) -> None:
        if self.n_examples < 1 or self.shard_size < 1:
            raise ValueError("n_examples and shard_size must be >= 1")


@dataclass
class SynthConfig:
    """Everything `synth/generate.py` needs."""

    model: ModelConfig = field(default_factory=ModelConfig)
    """The frozen LM."""
    slot: SlotConfig = field(default_factory=lambda: SlotConfig(kind="prefix"))
    """Prompt slot. `prefix` (default) is PEFT's placement, so every example exports as a real PEFT adapter."""
    probes: ProbeConfig = field(default_factory=lambda: ProbeConfig(n_fit=128, n_heldout=32, positions=4,
                                                                    max_probe_tokens=32))
    """Probe set; `n_fit` is the fit pool (minus distill.n_val), `n_heldout` the held-out probes for kl_heldout."""
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    """Component pool."""
    mixture: MixtureConfig = field(default_factory=MixtureConfig)
    """Mixture sampler."""
    distill: DistillConfig = field(default_factory=DistillConfig)
    """Distillation."""
    output: OutputConfig = field(default_factory=OutputConfig)
    """Output size and sharding."""
