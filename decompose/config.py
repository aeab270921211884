"""The decomposition's configuration: `DecomposeConfig` and its sections (candidate sources, retrieval inputs,
baselines, the chance line, the patchscope verbalisation). YAML in configs/eval/decompose*.yaml maps onto these
strictly.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass, field
from typing import Literal

from softprism.poe.lm import ModelConfig
from softprism.poe.probes import ProbeConfig
from softprism.poe.slot import SlotConfig
from softprism.poe.solver import SolverConfig

log = logging.getLogger(__name__)


Method = Literal["projection", "patchscope", "projection_retrieval", "patchscope_retrieval", "random", "ground_truth"]
METHODS: tuple[Method, ...] = ("projection", "patchscope", "projection_retrieval", "patchscope_retrieval", "random",
                               "ground_truth")
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
    methods: list[Method] = field(default_factory=lambda: ["projection", "random", "ground_truth"])
    """Baselines to run (`ground_truth` only when ground-truth texts are known). The default leaves out the two
    retrieval baselines, each a dictionary of fresh candidate tables (the plain default took over 30 minutes with
    them on a loaded 2-core CPU, commit a0a2c68), and patchscope (68 s for one candidate, whose text the pipeline
    already searches); configs/eval/decompose.yaml runs them all."""
    projection_metric: Literal["cosine", "l2"] = "cosine"
    """Nearest-token projection: nearest vocabulary embedding by cosine similarity or by L2 distance."""
    retrieval_size: int = 0
    """Dictionary size of the retrieval baselines (0 = the pipeline's dictionary size)."""
    random_size: int = 16
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


@dataclass
class ChanceConfig:
    """The chance line every decomposition carries (`Decomposer.chance`, decompose/chance.py): the same k chosen,
    by the same solve, from random dictionaries of the same index, beside the pipeline's held-out `explained`."""

    draws: int = 1
    """Random dictionaries drawn (0 = no chance line: result.json's `explained_chance` and `chance` are null)."""
    size: int = 32
    """Index rows per random dictionary (0 = the pipeline's own dictionary size)."""
    seed: int = 0
    """Seed of the draws, mixed with the draw number and a hash of the soft prompt (draw 0 is the `random`
    baseline's rule: with `baselines.random_seed` and `random_size` equal to these, the two share one dictionary)."""

    def __post_init__(self) -> None:
        if self.draws < 0:
            raise ValueError(f"draws={self.draws}: must be >= 0 (0 turns the chance line off)")
        if self.size < 0:
            raise ValueError(f"size={self.size}: must be >= 0 (0 = the pipeline's own dictionary size)")


@dataclass
class CandidateConfig:
    """How the candidate dictionary is built (sizes per source)."""

    signature: int = 32
    """Candidates from signature pursuit over the signature index (0 = none): the prompts whose *behaviour* on the
    probe battery combines into the soft prompt's (docs/DESIGN.md §1b). Used whenever a signature index for the model and
    slot is found (`retrieval.signatures`)."""
    signature_rounds: int = 8
    """Pursuit rounds; each proposes `signature / signature_rounds` candidates and picks one atom (4 per round
    recovered more exact mixtures at 32 candidates than 8 per round: docs/signatures.md)."""
    signature_floor: bool = False
    """Run pursuit in the index's floor metric when the index has one (floor.safetensors, written by
    eval/pursuit_floor.py --write-floor): generalised least squares against the residual a distilled soft prompt
    leaves from the mixture it acts like (docs/signatures.md, "The distillation floor"). Off by default: it finds
    0.1-0.2 more components of distilled mixtures, but on the real adapters it did not help (the demo's held-out
    explained 0.982 -> 0.973 and explained_label 0.41 -> -0.36 with it; docs/RESULTS.md#the-signatures)."""
    size: int = 16
    """Candidates from the oracle's slots (the benchmark's dictionary size: 32, 128, 512, ...). Without an oracle,
    this many are drawn from the `fallback` sources instead. The default dictionary is 32 `signature` + 16 oracle +
    8 `projection` + 8 `patchscope` (64; 32 without a signature index), then up to 16 `neighbours` (one round of
    4 x 4), as the demo's: fresh candidate tables
    dominate a run's time on a CPU, and signature pursuit's 32 carry most of the answer (on the demo, 48
    candidates (32 + 8 + 4 + 4) explained nearly as much as 64, 0.977 against 0.984; commit b9e958f)."""
    per_slot: int = 0
    """FAISS hits looked up per oracle slot (top-m); 0 = `size` (so one confident slot can fill the dictionary)."""
    presence_threshold: float = 0.5
    """Oracle slots with presence probability at least this are used."""
    max_slots: int = 0
    """Use at most this many slots (0 = no cap)."""
    min_slots: int = 1
    """Use at least this many slots (the most present ones), even below the threshold."""
    projection: int = 8
    """Extra candidates: FAISS hits of the nearest-token projection text (0 = none)."""
    patchscope: int = 8
    """Extra candidates: FAISS hits of the patchscope description (0 = none)."""
    replies: int = 0
    """Extra candidates: FAISS hits of what the soft prompt does (0 = none). The soft-prompted model answers
    `reply_probes` fit probes (greedy, `reply_tokens` tokens at most); two queries, the mean embedding of the
    "Input: probe / Output: reply" pairs and the mean embedding of the replies alone, are searched and their hits
    merged round-robin. Instruction induction (Honovich et al. 2022) by retrieval: a classification soft prompt's
    replies are labels, and the corpus rows nearest to "news article -> sports" are news-topic instructions."""
    labels: int = 0
    """Extra candidates written here around the soft prompt's label set (0 = none): when its replies to the
    `reply_probes` fit probes form a closed set of short labels (decompose/labels.py), up to `labels` instructions
    naming exactly those labels (this project's templates), and up to `labels` dictionary prompts that name two or
    more of them with their label list rewritten to the soft prompt's. A classifier's first reply token is its
    decision: a prompt that says "numeric" where the soft prompt says "number" cannot match it."""
    screen: int = 0
    """Extra candidates found by what they do on the soft prompt's own inputs (0 = none). A pool of `screen_pool`
    index rows near what the soft prompt does (the `replies` queries, and one more: its (probe, reply) pairs as a
    list, "a -> b; c -> d", which finds the corpus rows for word-level tasks that one pair alone does not) is
    screened on the first `screen_probes` fit probes: each row's state table there, and its one-step gain
    g^2 / (2 H) at the null-only fit (the greedy path's own criterion, `poe.solver.greedy_path`). The `screen`
    rows with the largest gain join the dictionary. Costs one state table per pool row on a few probes."""
    screen_pool: int = 256
    """Index rows screened for the `screen` source."""
    screen_probes: int = 4
    """Fit probes the `screen` source scores its pool on (all `probes.positions` of each)."""
    reply_probes: int = 16
    """Fit probes the soft prompt answers for the `replies` and `labels` sources."""
    reply_tokens: int = 24
    """Reply length cap for the `replies` source."""
    fallback: list[Literal["projection", "patchscope"]] = field(default_factory=lambda: ["projection", "patchscope"])
    """Without an oracle, these sources share `size` (in addition to any `projection`/`patchscope` counts)."""
    neighbours: int = 4
    """Neighbour rounds (0 = none): the greedy path over the dictionary so far picks its first `neighbours_of`
    prompts, and the `neighbours` index rows nearest (by the sentence encoder) to each of them join the dictionary;
    after `neighbour_rounds` rounds the pipeline solves as usual over the grown dictionary (warm-started from the
    last path step). A local search around what the solve chooses: a better phrasing of a prompt it keeps is often
    a row away. One round of 4 x 4 (commit ef5c49c, 2026-11-28): held-out explained at k <= 10 on the task
    adapters' own probes TREC 0.478 -> 0.558, AG News 0.571 -> 0.668, SST-2 0.974 -> 0.977; the demo 0.976 -> 0.980."""
    neighbours_of: int = 4
    """How many of the greedy path's first prompts a neighbour round looks around."""
    neighbour_rounds: int = 1
    """Neighbour rounds before the final solve (each costs a short greedy path and up to `neighbours x
    neighbours_of` new tables). A second round helped TREC (0.571) but not AG News (0.640) or SST-2 (0.973)."""
    texts: list[str] = field(default_factory=list)
    """Extra candidates: your own hard prompts (always all added)."""
    file: str = ""
    """Extra candidates from a file: one prompt per line (.txt) or JSONL rows with `text` (or `prompt`)."""
    format_basis: str = ""
    """A fixed basis of prompts that set only how a reply looks (length, shape, register, language): "" (none),
    `default` (poe/data/format_basis.txt, 16 prompts written here) or a file. They join every dictionary, the
    pipeline's and each chance draw's, so that reply format has prompts made for it and the chance line measures
    what the search adds beyond them; the answer's components from the basis get the role `format`, the others
    `content`, and are shown apart from the explanation."""

    def __post_init__(self) -> None:
        if min(self.size, self.per_slot, self.projection, self.patchscope, self.replies, self.labels, self.signature,
               self.neighbours, self.neighbours_of, self.neighbour_rounds, self.screen) < 0:
            raise ValueError("candidate counts must be >= 0")
        if self.signature_rounds < 1:
            raise ValueError("signature_rounds must be >= 1")
        if self.screen and (self.screen_pool < self.screen or self.screen_probes < 1):
            raise ValueError(f"screen_pool ({self.screen_pool}) must be >= screen ({self.screen}) and "
                             f"screen_probes ({self.screen_probes}) >= 1")
        if self.reply_probes < 1 or self.reply_tokens < 1:
            raise ValueError("reply_probes and reply_tokens must be >= 1")
        if not 0.0 <= self.presence_threshold <= 1.0:
            raise ValueError("presence_threshold must be in [0, 1]")
        if self.max_slots < 0 or self.min_slots < 0:
            raise ValueError("max_slots and min_slots must be >= 0")


@dataclass
class RetrievalInputs:
    """The index the candidates come from (used by eval/decompose_real.py and the benchmark)."""

    index: str = ""
    """An index folder written by retrieval/build.py; empty = `default_index()` (shipped, else built once)."""
    corpus: str = ""
    """Optional corpus spec (`default:N` or a file/folder): the index must have been built from it."""
    encoder: str = ""
    """Optional sentence encoder name: the index must have been built with it (empty = the index's own)."""
    nprobe: int = 0
    """IVF lists visited per query (0 = the index's own setting)."""
    signatures: str = "auto"
    """A signature index folder (retrieval/build.py --signatures); `auto` = retrieval/shipped_signatures when it was
    built for this model and slot (else no signature source); `none` = off."""

    def __post_init__(self) -> None:
        if self.nprobe < 0:
            raise ValueError("nprobe must be >= 0")


@dataclass
class DecomposeConfig:
    """One-shot decomposition of a soft prompt: the pipeline, its baselines and its inputs."""

    model: ModelConfig = field(default_factory=lambda: ModelConfig(name="auto"))
    """The frozen LM. `auto` (CLI): the adapter's base model when it loads offline, else the embedded default."""
    slot: SlotConfig = field(default_factory=lambda: SlotConfig(kind="prefix"))
    """Where the soft prompt and the candidates go (`prefix` is PEFT prompt tuning's placement)."""
    probes: ProbeConfig = field(default_factory=lambda: ProbeConfig(n_fit=32, n_heldout=16, positions=4))
    """Probe set (fit/held-out split) and response positions T; fit positions = n_fit x T."""
    solver: SolverConfig = field(default_factory=lambda: SolverConfig(max_components=10))
    """The exact PoE solve; `max_components` is the length of the KL-versus-k curve (raised to `k` if smaller)."""
    candidates: CandidateConfig = field(default_factory=CandidateConfig)
    """Candidate dictionary sources and sizes."""
    retrieval: RetrievalInputs = field(default_factory=RetrievalInputs)
    """The FAISS index of hard prompts."""
    oracle: str = "auto"
    """Oracle folder (oracle/train.py run, final/ or checkpoint); `auto` = the shipped oracle trained on this model
    (oracle/shipped_v2, the signature-reading v2, else oracle/shipped, v1; `decompose.defaults.auto_oracle`), or
    none when neither was; `none` = off."""
    baselines: BaselineConfig = field(default_factory=BaselineConfig)
    """Baselines run on the same soft prompt and probes."""
    chance: ChanceConfig = field(default_factory=ChanceConfig)
    """The chance line: the pipeline's `explained` beside that of random dictionaries of the same index, solved the
    same way (`explained_chance` in result.json; `chance.draws: 0` turns it off)."""
    k: int = 10
    """Report this many components: the greedy path's step k, refit (0 = the full fit's non-zero weights)."""
    select: Literal["fit", "cv"] = "fit"
    """How the k-sparse answer is chosen. `fit` (default): of its alternatives (the greedy path's step k, the full
    fit's top k refit, the neighbour rounds' start), the lowest KL on the fit probes, then exchange sweeps. `cv`:
    that answer, then pruned by a cross-validation within the fit probes (`cv_folds` interleaved folds, weights
    refit on the others): of the greedy path's prefixes and the supports backward elimination reaches from the
    answer, the one with the lowest KL on the left-out folds, refit on every fit probe. Components that only fit
    the fit probes' format drop out, so the answer can hold fewer than `k`. The held-out probes stay untouched."""
    roles: bool = False
    """On a labelled task, give each reported prompt a role, `content` or `format`, from what leaving it out (the
    others refit) costs the decision against the reply (`Decomposer._roles`; k refits). Off by default: the rule is
    rough. On the demo (explained_label 0.013, an answer that carries almost none of the decision) it called the
    sentiment instruction `format` and an off-topic question `content`."""
    cv_folds: int = 2
    """Folds of the `select: cv` cross-validation (>= 2; at most the number of fit probes)."""
    include_null: bool = True
    """Add the empty prompt as a free intercept (always in the fit, not counted in k)."""
    fit_on: Literal["auto", "response", "labels", "both"] = "auto"
    """What the weights are fitted to and `kl`/`explained` measure. `auto` (default): `both` when the probes are a
    labelled task file, else `response` (on TREC and AG News task probes the response objective alone left the
    decision unexplained, `explained_label` 0.10 and -0.08, and `both` explained it, 0.56 and 0.70, for a response
    `explained` 0.01-0.09 lower; commit b9e958f, 2026-11-27). `response`: the full next-token distributions
    at the first T reply positions (docs/DESIGN.md §1). `labels`: only the task's decision, the first reply token
    restricted to the label tokens of a labelled probe file (every row has an `output`; their first tokens form
    2-32 labels), renormalised: the answer then explains which label the soft prompt picks, not its format.
    `both`: the response KL plus `label_weight` times that decision KL (still one convex solve); `kl`/`explained`
    stay the response's, `kl_fit` is the combined objective, and the decision block measures the label part."""
    label_weight: float = 1.0
    """Weight of the decision term when `fit_on: both` (ignored otherwise); >= 0."""
    table_cache: bool = True
    """Keep each candidate's state tables on disk under $SOFTPRISM_CACHE/tables/prompts/ (SOFTPRISM_NO_TABLE_CACHE=1
    also turns it off)."""
    memory_entries: int = 4096
    """Candidates whose tables are kept in memory between soft prompts (LRU; ~0.3 MB each for SmolLM2 at 192
    positions)."""
    progress: bool = True
    """tqdm bars for the table computations."""

    def __post_init__(self) -> None:
        if self.k < 0:
            raise ValueError("k must be >= 0")
        if self.cv_folds < 2:
            raise ValueError(f"cv_folds={self.cv_folds}: must be >= 2 (the folds of `select: cv`)")
        if self.memory_entries < 0:
            raise ValueError("memory_entries must be >= 0")
        if not (self.label_weight >= 0 and math.isfinite(self.label_weight)):
            raise ValueError(f"label_weight={self.label_weight}: must be a finite number >= 0")
