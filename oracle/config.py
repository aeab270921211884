"""The oracle/ config: one dataclass tree that `configs/oracle/*.yaml` maps onto strictly (see `poe.config`).

    cfg = load_config(OracleConfig, "configs/oracle/tiny.yaml", ["train.steps=20"])

The YAML is the one source of truth for training values: under DeepSpeed, `configs/deepspeed/zero2.json` says
"auto" for batch size, gradient accumulation, clipping and precision, and `oracle.trainer` fills them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from softprism.synth.config import MixtureConfig


@dataclass
class DataConfig:
    """Which data to train and evaluate on: exact signature mixtures drawn on the fly from a signature index (v2),
    synth runs (distilled soft prompts, hard-prompt examples), or both; and how targets are embedded."""

    signatures: str = ""
    """A signature index folder (`retrieval/build.py --signatures --out`; the shipped one is
    retrieval/shipped_signatures). Set: training draws exact signature mixtures on the fly from its **train** split
    rows (`oracle.mixtures`), and held-out evaluation draws them from its **held-out** split rows; needs
    `features.signature: true`."""
    mixture: MixtureConfig = field(default_factory=lambda: MixtureConfig(k_max=5))
    """How signature mixtures are drawn: synth's own mixture distribution (`synth.mixtures.sample_mixture`), k from
    k_min to k_max, signed weights normalised as synth normalises them. `hard_*` keys are synth's and unused here."""
    residual: tuple[float, float] = (0.0, 0.3)
    """(lo, hi) of the relative residual added to a mixture's signature: Gaussian noise of norm
    u * ||sum_i w_i s_i + (sum_i w_i - 1) a0||, u uniform on [lo, hi] per sample, shaped by `residual_rows`. It
    stands for the distillation floor: a distilled soft prompt is not exactly in the span of its components.
    Measure it with oracle/calibrate.py on a synth run distilled from the index's rows (docs/oracle.md: 0.40-0.51
    on the embedded model's 8 distilled held-out mixtures, so configs/oracle/signatures.yaml uses [0.35, 0.55]).
    The default (0, 0.3) is sqrt(0.096), the median held-out KL ratio of configs/synth/cpu.yaml: squared signature
    distances are about 2 KL."""
    residual_rows: float = 0.0
    """Share of the residual's energy drawn with the covariance of the split's signatures (the rest isotropic).
    oracle/calibrate.py measures the share of a distilled residual in the rows' top principal directions and
    suggests the value that matches it (0.64 on the embedded model); 0 = isotropic."""
    hard_fraction: float = 0.0
    """Share of signature-stream samples that are single hard prompts of the train split (weight 1, exact
    signature) *with* their prompt features (token embeddings and, for `h{n}` sources, one LM forward pass per
    batch), so an oracle that also reads prompt features sees them present. 0 for `features.kind: none`. 1 with
    `features.signature: false`: every sample is one hard prompt read through its prompt features alone (the
    embeddings-only arm of the feature comparison; validation is then single held-out rows, not mixtures)."""
    synth_fraction: float = 0.25
    """With both `signatures` and `train` (a synth run): share of training samples taken from the synth run(s)."""
    train: str = ""
    """A synth run folder (written by `synth/generate.py --out`). Required unless `signatures` is set."""
    extra_train: list[str] = field(default_factory=list)
    """More synth runs trained on together with `train` (same model and slot), e.g. a cheap run of hard-prompt
    examples (`mixture.hard_fraction: 1`) next to an expensive distilled one. Without `val`, each run gives
    `val_fraction` of its examples to the held-out set."""
    val: str = ""
    """A second synth run folder for held-out evaluation (its components should come from the corpus' held-out
    split). Empty: hold out `val_fraction` of `train` by a stable hash of the example index."""
    val_fraction: float = 0.1
    """Share of `train` examples held out for evaluation when `val` is empty."""
    max_examples: int = 0
    """Use at most this many training examples (0 = all)."""
    max_val_examples: int = 512
    """Evaluate on at most this many held-out examples (0 = all)."""
    encoder: str = "default"
    """Sentence encoder whose space the slots predict (see retrieval's `encoder.name`): `default` (all-MiniLM-L6-v2),
    a local sentence-transformers folder, or `hash:DIM` (tests). Must be the encoder of `eval.index`."""
    cache: bool = True
    """Cache features and target embeddings beside the data (`DATA/oracle_cache/<key>.safetensors`); a later run
    with the same model, slot, feature set and encoder reads them instead of running the LM again."""
    cache_dtype: Literal["float32", "float16"] = "float32"
    """Dtype of cached features (float16 halves the disk and memory for large sets)."""

    def __post_init__(self) -> None:
        lo, hi = self.residual
        if not 0.0 <= lo <= hi:
            raise ValueError(f"residual must be (lo, hi) with 0 <= lo <= hi, got {self.residual}")
        if not 0.0 <= self.residual_rows <= 1.0:
            raise ValueError(f"residual_rows must be in [0, 1], got {self.residual_rows}")
        if not 0.0 <= self.hard_fraction <= 1.0 or not 0.0 <= self.synth_fraction <= 1.0:
            raise ValueError("hard_fraction and synth_fraction must be in [0, 1]")
        if not 0.0 <= self.val_fraction < 1.0:
            raise ValueError(f"val_fraction must be in [0, 1), got {self.val_fraction}")
        if self.max_examples < 0 or self.max_val_examples < 0:
            raise ValueError("max_examples and max_val_examples must be >= 0")


@dataclass
class FeatureConfig:
    """What the oracle reads about a soft prompt."""

    kind: Literal["embeddings", "activations", "both", "none"] = "both"
    """`embeddings`: the soft prompt's vectors only; `activations`: the frozen LM's hidden states at `layers` over
    the prompt positions; `both`: the two together (one feature token per source and position); `none`: no prompt
    features (signature-only, with `signature: true`)."""
    signature: bool = False
    """Read the target's signature (poe/signatures.py, in the space of `data.signatures`) as `sig_tokens`
    tokens. Exact signature mixtures have only this feature; their prompt features are absent (masked, with a
    learned `absent` token)."""
    sig_tokens: int = 8
    """Signature tokens: each is its own learned linear map of the whole (scaled) signature (`oracle.model`)."""
    readout: bool = False
    """Add the closed-form linear readout (ridge, signatures -> sentence space, fitted on the train rows before
    training; `oracle.mixtures.fit_readout`) as a token and as a per-slot gated skip to the direction head."""
    readout_ridge: float = 0.1
    """Relative ridge of that fit (times the mean eigenvalue of the centred signatures' Gram matrix)."""
    layers: list[int] = field(default_factory=lambda: [8, 16, 24, 30])
    """Hidden-state layers (transformers' numbering: 0 = input embeddings, n = output of block n, the last one after
    the final norm); negative numbers count from the end. Ignored for `kind: embeddings`."""
    model: str = ""
    """Frozen LM to read activations from; empty = the model named in the synth run's manifest (the usual case)."""
    device: str = "auto"
    """Device for the frozen LM while features are computed (`auto`: the training process's device)."""
    batch_size: int = 64
    """Soft prompts per LM forward pass when computing features."""

    def __post_init__(self) -> None:
        if self.kind in ("activations", "both") and not self.layers:
            raise ValueError("layers must not be empty for kind `activations` or `both`")
        if self.kind == "none" and not self.signature:
            raise ValueError("kind `none` reads no prompt features: set signature: true")
        if self.sig_tokens < 1:
            raise ValueError("sig_tokens must be >= 1")
        if self.batch_size < 1:
            raise ValueError("batch_size must be >= 1")


@dataclass
class NetConfig:
    """The set-prediction network (DETR-style)."""

    d_model: int = 256
    """Width of the transformer."""
    n_heads: int = 8
    """Attention heads (must divide d_model)."""
    encoder_layers: int = 4
    """Transformer encoder layers over the feature tokens."""
    decoder_layers: int = 3
    """Transformer decoder layers over the K query slots."""
    ffn: int = 1024
    """Feed-forward width."""
    dropout: float = 0.1
    """Dropout in the transformer layers."""
    slots: int = 16
    """K: learned query slots; each predicts one component (direction, weight, presence). K >= synth's k_max."""
    max_len: int = 64
    """Longest soft prompt (positions) the positional table covers."""

    def __post_init__(self) -> None:
        if self.d_model % self.n_heads:
            raise ValueError(f"n_heads ({self.n_heads}) must divide d_model ({self.d_model})")
        if min(self.d_model, self.n_heads, self.encoder_layers, self.decoder_layers, self.ffn, self.slots,
               self.max_len) < 1:
            raise ValueError("sizes must be >= 1")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {self.dropout}")


@dataclass
class LossConfig:
    """Hungarian matching cost and the loss terms (see `oracle.matcher` and `oracle.criterion`)."""

    cost_direction: float = 2.0
    """Matching cost per unit of (1 - cosine) between a slot's direction and a component's embedding."""
    cost_weight: float = 1.0
    """Matching cost per unit of |predicted weight - true weight|."""
    cost_presence: float = 1.0
    """Matching cost per unit of -sigmoid(presence logit) (a confident slot is cheaper to match)."""
    direction: float = 2.0
    """Loss coefficient of the direction term (mean 1 - cosine over matched pairs)."""
    weight: float = 1.0
    """Loss coefficient of the weight term (mean smooth-L1 over matched pairs)."""
    presence: float = 1.0
    """Loss coefficient of the presence term (binary cross-entropy over all slots)."""
    presence_neg_weight: float = 0.2
    """Relative weight of unmatched slots in the presence term (DETR's eos_coef)."""
    contrastive: float = 0.0
    """Loss coefficient of the contrastive term (signature mixtures only: each matched slot's direction against the
    sentence embeddings of every train row of the signature index, cross-entropy to its component; see
    `oracle.criterion`). 0 = off."""
    contrastive_temperature: float = 0.05
    """Temperature of the contrastive term's cosine logits."""

    def __post_init__(self) -> None:
        if not self.contrastive_temperature > 0:
            raise ValueError("contrastive_temperature must be > 0")
        if min(self.cost_direction, self.cost_weight, self.cost_presence, self.direction, self.weight,
               self.presence, self.presence_neg_weight, self.contrastive) < 0:
            raise ValueError("costs and loss coefficients must be >= 0")


@dataclass
class TrainConfig:
    """The optimisation loop (`oracle/train.py`)."""

    steps: int = 2000
    """Optimizer steps in total; `--resume` ends at the same count."""
    batch_size: int = 64
    """Examples per process per micro-batch (DeepSpeed's train_micro_batch_size_per_gpu)."""
    grad_accum: int = 1
    """Micro-batches per optimizer step (DeepSpeed's gradient_accumulation_steps)."""
    lr: float = 3e-4
    """Peak AdamW learning rate."""
    weight_decay: float = 0.01
    """AdamW weight decay."""
    warmup_steps: int = 100
    """Linear warm-up steps, then cosine decay to `min_lr_ratio * lr`."""
    min_lr_ratio: float = 0.1
    """Final learning rate as a share of `lr`."""
    grad_clip: float = 1.0
    """Gradient-norm clipping (DeepSpeed's gradient_clipping); 0 = off."""
    precision: Literal["no", "bf16", "fp16"] = "no"
    """Mixed precision of the oracle (the frozen LM's features are computed in its own dtype and stored fp32)."""
    seed: int = 0
    """Seed of initialisation, data order and dropout."""
    log_every: int = 10
    """Write a train line to metrics.jsonl and TensorBoard every this many steps."""
    eval_every: int = 200
    """Held-out evaluation (losses and retrieval recall) every this many steps, and at the end; 0 = only at the end."""
    checkpoint_every: int = 200
    """Save a resumable checkpoint every this many steps, and at the end."""
    keep_checkpoints: int = 2
    """Keep only the newest this many checkpoints."""
    cpu_threads: int = 0
    """torch CPU threads per process (0 = torch's default). On a CPU shared with other jobs, 1 can be many times
    faster (docs/oracle.md has the measurement)."""

    def __post_init__(self) -> None:
        if self.cpu_threads < 0:
            raise ValueError("cpu_threads must be >= 0")
        for name in ("steps", "batch_size", "grad_accum", "log_every", "checkpoint_every", "keep_checkpoints"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1")
        if self.lr <= 0 or self.warmup_steps < 0 or self.grad_clip < 0 or self.eval_every < 0:
            raise ValueError("lr must be > 0; warmup_steps, grad_clip and eval_every >= 0")
        if not 0.0 <= self.min_lr_ratio <= 1.0:
            raise ValueError("min_lr_ratio must be in [0, 1]")


@dataclass
class EvalConfig:
    """Held-out retrieval recall during training (through a real FAISS index)."""

    index: str = ""
    """A retrieval index folder (`retrieval/build.py --out`) built with `data.encoder`. Empty: an exact in-memory
    FAISS index over every component text of the train and val sets (enough for tests and small corpora)."""
    dict_sizes: list[int] = field(default_factory=lambda: [32, 128, 512])
    """Candidate dictionary sizes at which recall is reported."""
    semantic_threshold: float = 0.8
    """A component counts as semantically recalled when the dictionary holds a prompt at this cosine or more."""
    semantic_k: int = 1024
    """Semantic matches are looked for among a component's this many nearest index rows."""

    def __post_init__(self) -> None:
        if not self.dict_sizes or min(self.dict_sizes) < 1:
            raise ValueError("dict_sizes must be a non-empty list of positive sizes")
        if not -1.0 <= self.semantic_threshold <= 1.0 or self.semantic_k < 1:
            raise ValueError("semantic_threshold must be in [-1, 1] and semantic_k >= 1")


@dataclass
class OracleConfig:
    """Everything `oracle/train.py` needs."""

    data: DataConfig = field(default_factory=DataConfig)
    """Training and held-out data."""
    features: FeatureConfig = field(default_factory=FeatureConfig)
    """Feature set."""
    net: NetConfig = field(default_factory=NetConfig)
    """Network."""
    loss: LossConfig = field(default_factory=LossConfig)
    """Matching cost and loss terms."""
    train: TrainConfig = field(default_factory=TrainConfig)
    """Optimisation."""
    eval: EvalConfig = field(default_factory=EvalConfig)
    """Held-out evaluation."""

    def __post_init__(self) -> None:
        d, f = self.data, self.features
        if d.signatures and not f.signature and d.hard_fraction < 1.0:
            raise ValueError("data.signatures trains on signature mixtures, which have only signatures: set "
                             "features.signature: true (or data.hard_fraction: 1 for single hard prompts read "
                             "through their prompt features alone)")
        if f.signature and not d.signatures:
            raise ValueError("features.signature needs data.signatures (the signature index whose space the "
                             "signatures are computed in)")
        if d.hard_fraction and f.kind == "none":
            raise ValueError("data.hard_fraction gives prompt features, which features.kind: none does not read")
