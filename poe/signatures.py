"""Behavioural signatures: what a prompt *does* to the frozen model, as one vector (docs/DESIGN.md §1b).

Owns: the probe battery, the signature space (null states, whitening, seeded projection) and turning final states
into signatures. A prompt's **raw states** are the model's final hidden states on the battery's tails at the first
T reply positions ([M = P x T, d], `poe.tables.compute_states`). Its **signature** is

    s = R^T vec( F_j^{1/2} (h[j] - h0[j]) / sqrt(M) )_j          [r]

with `h0` the no-prompt states, `F` the whitening metric, and `R` [M d, r] a fixed Gaussian projection drawn from a
seed (entries N(0, 1/r), so squared norms are kept in expectation). With `F = W^T Cov_p W` (the Fisher of the
next-token distribution p in final-state space), `||s_a - s_b||^2 ~ 2 KL(p_a || p_b)` averaged over positions, to
second order (docs/DESIGN.md §1b). `whitening`:

- `base` (default): the no-prompt model's Fisher at each position (the local metric at the base distribution),
  plus a small ridge. Measured against exact KLs on real prompt pairs in docs/signatures.md: Spearman 0.987 with
  2 KL, median ratio 1.01 (`pooled`: 0.934 and 0.79; `none`: 0.936). The target's own Fisher is the exact metric
  of KL(target || .) (0.989), but it differs per target, so an index cannot be built in it.
- `pooled`: one metric for every position, the base model's Fisher averaged over the battery's positions.
- `none`: plain Euclidean distance between final states.

**Linearity.** A PoE mixture with weights w acts exactly like the final state `sum_i w_i h_i` (logits are linear in
h, `FrozenLM` checks it at load), and the map above is affine, so

    sig(sum_i w_i h_i) = sum_i w_i s_i + (sum_i w_i - 1) a0,     a0 = R^T vec(F_j^{1/2} h0[j] / sqrt(M))

`a0` is the **intercept atom**: the no-prompt direction, whose coefficient is the mixture's total weight minus one (an
inverse temperature). Pursuit keeps it as a free atom, as the PoE solve keeps the null prompt.

**Tails travel with the space.** The T reply positions are teacher-forced on the no-prompt model's greedy reply, and a
greedy reply can break a near-tie differently on a GPU and a CPU (seen: 1 of the 12 default probes, bf16 on an H200
vs this project's CPU). A signature read on other tokens is another signature, so `meta()` stores the tails' token
ids and `space_for` rebuilds a space on exactly those tokens: an index built on a GPU is read on the same tokens on a
laptop. `SignatureConfig.tails` makes a new space use stored tails (a JSON file or a signature index folder).

Must not: write files (retrieval/signatures.py stores signatures), download anything, or train anything.
"""

from __future__ import annotations

import hashlib
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import torch

from softprism.poe.errors import InputError
from softprism.poe.lm import FrozenLM
from softprism.poe.probes import Probe, ProbeSet, prompt_lines, shipped_lines
from softprism.poe.slot import PromptSlot
from softprism.poe.tables import Tails, compute_states, make_tails

log = logging.getLogger(__name__)

BATTERY_FILE = "battery.txt"
BATTERY_FILES = {"default": BATTERY_FILE, "broad": "battery_broad.txt"}  # the embedded batteries, by name
PROJECTION_CHUNK = 4096  # rows of R generated and applied at a time (bounds memory for large M d)


def mixture_signature(signatures: torch.Tensor, weights, intercept: torch.Tensor) -> torch.Tensor:
    """`sum_i w_i s_i + (sum_i w_i - 1) a0`: the exact signature of the PoE of prompts with `signatures` [k, r] and
    `weights` [k] (any signs) in a space whose intercept atom is `intercept` [r] (the module docstring)."""
    w = torch.as_tensor(weights, dtype=signatures.dtype)
    return w @ signatures + (w.sum() - 1.0) * intercept.to(signatures.dtype)


@dataclass
class SignatureConfig:
    """The probe battery and the signature space (docs/DESIGN.md §1b)."""

    battery: str = "default"
    """`default` (poe/data/battery.txt: 12 short user messages written for this project), `broad`
    (poe/data/battery_broad.txt: 56 bare inputs of many shapes, for tasks on words, pairs, lists and numbers) or a
    probe file (JSONL with `input`/`text`, or a .txt file with one probe per line): your own task inputs see a task
    soft prompt better."""
    positions: int = 4
    """T: reply positions read per probe (teacher-forced on the no-prompt model's greedy reply, or a probe's
    `output`)."""
    max_probe_tokens: int = 48
    """Battery probes are cut to this many tokens."""
    whitening: Literal["pooled", "base", "none"] = "base"
    """The metric squared signature distances use: `base` (the no-prompt model's Fisher at each position; measured
    to track 2 KL best, docs/signatures.md), `pooled` (that Fisher averaged over the battery's positions), `none`
    (Euclidean in final-state space)."""
    ridge: float = 1e-3
    """Added to the whitening metric, relative to its mean eigenvalue, so no direction is zeroed."""
    dim: int = 512
    """r: signatures are projected to this many dimensions by a fixed seeded Gaussian map (0 = keep all M x d)."""
    seed: int = 0
    """Seed of the projection."""
    fisher_top_k: int = 4096
    """`base` whitening: the Fisher at each position over its top-k tokens (the rest carry negligible mass)."""
    tails: str = ""
    """Read the states on stored tails instead of this machine's greedy reply: a signature index folder (its
    sidecar's `space.tails`) or a JSON file `{"T": T, "ids": [[...], ...]}` with one row per probe. Use it to extend or
    rebuild an index made on another machine (a GPU's greedy reply can differ from a CPU's); `""` (default): the
    model's own greedy reply here."""

    def __post_init__(self) -> None:
        if self.positions < 1:
            raise ValueError(f"positions must be >= 1, got {self.positions}")
        if self.max_probe_tokens < 1:
            raise ValueError(f"max_probe_tokens must be >= 1, got {self.max_probe_tokens}")
        if self.dim < 0:
            raise ValueError(f"dim must be >= 0 (0 = no projection), got {self.dim}")
        if not (self.ridge >= 0 and math.isfinite(self.ridge)):
            raise ValueError(f"ridge must be a finite number >= 0, got {self.ridge}")
        if self.whitening not in ("pooled", "base", "none"):
            raise ValueError(f"whitening {self.whitening!r}: choose pooled, base or none")


KEY_EXCLUDED = ("model", "battery", "tails")
"""meta() fields left out of `key()`: display names, and the tails (`battery_hash` already hashes them)."""


def default_battery_texts(name: str = "default") -> list[str]:
    """An embedded battery by name (`BATTERY_FILES`: poe/data/battery.txt or battery_broad.txt), comment lines
    dropped."""
    return shipped_lines(BATTERY_FILES[name])


def load_battery(spec: str) -> ProbeSet:
    """`default`, `broad` or a probe file -> the battery as a `ProbeSet` (every probe; the battery is not split)."""
    if spec in ("", "default", "broad"):
        name = spec or "default"
        return ProbeSet([Probe(t) for t in default_battery_texts(name)], source=f"battery:{name}")
    path = Path(spec)
    if not path.is_file():
        raise InputError(f"{path}: battery file not found; pass `default`, `broad`, a JSONL probe file or a .txt file "
                         "with one probe per line")
    if path.suffix.lower() == ".txt":
        probes = [Probe(t) for t in prompt_lines(path.read_text(encoding="utf-8"))]
    else:
        from softprism.poe.probes import load_probes

        probes = list(load_probes(str(path)).probes)
    if not probes:
        raise InputError(f"{path}: the battery has no probes; add one probe per line")
    return ProbeSet(probes, source=f"battery:{path}")


def _sqrtm(F: torch.Tensor, ridge: float) -> torch.Tensor:
    """Symmetric square root of a PSD matrix [d, d] (float64) with `ridge` x its mean eigenvalue added."""
    F = 0.5 * (F + F.T)
    evals, evecs = torch.linalg.eigh(F)
    evals = evals.clamp(min=0) + ridge * float(evals.clamp(min=0).mean())
    return (evecs * evals.sqrt()) @ evecs.T


def fisher(lm: FrozenLM, states: torch.Tensor, top_k: int = 0) -> torch.Tensor:
    """Fisher metrics in final-state space: states [n, d] -> [n, d, d] float64, F = W^T (diag p - p p^T) W with
    p = softmax(W h + b). `top_k` > 0 keeps each position's top-k tokens (renormalised)."""
    W = lm.head_weight.detach().double().cpu()
    b = None if lm.head_bias is None else lm.head_bias.detach().double().cpu()
    out = torch.empty(states.shape[0], W.shape[1], W.shape[1], dtype=torch.float64)
    for i, h in enumerate(states.double().cpu()):
        z = W @ h if b is None else W @ h + b
        p = torch.softmax(z, -1)
        Wk = W
        if 0 < top_k < p.shape[0]:
            p, idx = p.topk(top_k)
            p = p / p.sum()
            Wk = W[idx]
        m = Wk.T @ p  # [d]
        out[i] = (Wk * p[:, None]).T @ Wk - torch.outer(m, m)
    return out


def pooled_fisher(lm: FrozenLM, states: torch.Tensor) -> torch.Tensor:
    """mean_j F(h_j) for states [n, d] -> [d, d] float64, in one pass over the vocabulary."""
    W = lm.head_weight.detach().double().cpu()
    b = None if lm.head_bias is None else lm.head_bias.detach().double().cpu()
    z = states.double().cpu() @ W.T
    if b is not None:
        z = z + b
    P = torch.softmax(z, -1)  # [n, V]
    pbar = P.mean(0)  # [V]
    M = P @ W  # [n, d]: E_p[w] per position
    return (W * pbar[:, None]).T @ W - M.T @ M / P.shape[0]


def config_from_meta(meta: dict) -> SignatureConfig:
    """The `SignatureConfig` a signature index's sidecar (`SignatureSpace.meta()`) was built with."""
    battery = str(meta.get("battery", "battery:default")).removeprefix("battery:")
    return SignatureConfig(battery=battery, positions=int(meta["positions"]),
                           max_probe_tokens=int(meta["max_probe_tokens"]), whitening=meta["whitening"],
                           ridge=float(meta["ridge"]), dim=int(meta["dim"]) if int(meta["dim"]) < int(meta["M"]) *
                           int(meta["d_model"]) else 0, seed=int(meta["projection_seed"]),
                           fisher_top_k=int(meta.get("fisher_top_k", 4096)))


def space_for(lm: FrozenLM, slot: PromptSlot, meta: dict) -> "SignatureSpace":
    """The signature space described by an index's sidecar `meta`, on this LM and slot, read on the tails stored in
    `meta` when it has them (indexes and oracles made before tails were stored rebuild them from the greedy reply).
    A mismatch is for the caller to refuse: `retrieval.signatures.check_space`."""
    tails = meta.get("tails")
    return SignatureSpace(lm, slot, config_from_meta(meta),
                          tails=Tails([list(map(int, t)) for t in tails["ids"]], int(tails["T"])) if tails else None)


def load_tails(spec: str) -> Tails:
    """`SignatureConfig.tails`: a signature index folder or a JSON file with `T` and `ids` -> Tails."""
    import json

    path = Path(spec).expanduser()
    src = path / "signatures.json" if path.is_dir() else path
    if not src.is_file():
        raise InputError(f"signatures.tails={spec}: no such file or signature index folder; pass a tails JSON file "
                         "or an index folder built with stored tails")
    try:
        data = json.loads(src.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{src}: not JSON ({e}); pass a tails JSON file or a signature index folder") from None
    if isinstance(data, dict) and "space" in data and "ids" not in data:
        data = data["space"].get("tails") or {}
    try:
        return Tails([[int(i) for i in row] for row in data["ids"]], int(data["T"]))
    except (KeyError, TypeError, ValueError):
        raise InputError(f"{src}: holds no tails (`T` and `ids`); an index built before tails were stored has none, "
                         "rebuild it or pass a tails JSON file") from None


class SignatureSpace:
    """The battery's tails, the no-prompt states, the whitening and the projection for one (LM, slot, config).

    `states(prompts)` -> raw final states [n, M, d] (float32); `transform(H)` -> signatures [n, r] (float32);
    `intercept` [r] is the no-prompt atom a0 (see the module docstring). `meta()` names everything a stored signature
    depends on; two spaces with equal `key()` give equal signatures.
    """

    def __init__(self, lm: FrozenLM, slot: PromptSlot, cfg: SignatureConfig | None = None,
                 battery: ProbeSet | None = None, tails: Tails | None = None):
        self.lm, self.slot = lm, slot
        self._device_copies: dict[tuple[str, torch.device], torch.Tensor] = {}
        self.cfg = cfg = cfg or SignatureConfig()
        self.battery = battery if battery is not None else load_battery(cfg.battery)
        if tails is None and cfg.tails:
            tails = load_tails(cfg.tails)
        if tails is not None:
            self._check_tails(tails)
            self.tails = tails
        else:
            self.tails = make_tails(lm, slot, self.battery, cfg.positions, cfg.max_probe_tokens)
        self.M = len(self.tails) * cfg.positions
        d = lm.d_model
        null = torch.zeros(0, d, dtype=lm.dtype, device=lm.device)
        with torch.no_grad():
            self.null_states = compute_states(lm, slot, [null], self.tails)[0]  # [M, d]
        self.whiten = self._whitening()  # [d, d] (pooled/none) or [M, d, d] (base), float32
        self.dim = cfg.dim if cfg.dim > 0 else self.M * d
        self.intercept = self._project(self._whitened(self.null_states[None], centre=False))[0]  # [r]

    def _check_tails(self, tails: Tails) -> None:
        """Stored tails must be this battery's probes under this slot and tokenizer, each with T - 1 reply tokens."""
        c = self.cfg
        base = [self.slot.tail_ids(p.text, c.max_probe_tokens) for p in self.battery.probes]
        if tails.T != c.positions or len(tails) != len(base):
            raise InputError(f"stored tails have {len(tails)} probes x T = {tails.T}, this space {len(base)} x T = "
                             f"{c.positions}; use the battery and positions they were made with")
        for i, (t, b) in enumerate(zip(tails.ids, base)):
            if len(t) != len(b) + c.positions - 1 or t[:len(b)] != b:
                raise InputError(f"stored tails: probe {i} is not this battery's probe {i} under this slot and "
                                 "tokenizer; they were made for another battery, slot or model")

    # ---- the map -------------------------------------------------------------------------------------------
    def _whitening(self) -> torch.Tensor | None:
        """The whitening factor: [d, d] (`pooled`), [M, d, d] (`base`) or None; memoised on disk under
        `$SOFTPRISM_CACHE/signatures/` by the null states and settings (`base` costs M Fisher matrices and M
        eigendecompositions of d x d: seconds for SmolLM2; the first decomposition per machine pays it)."""
        c = self.cfg
        if c.whitening == "none":
            return None
        import os

        from softprism.poe.lm import cache_root

        h = hashlib.sha256(self.null_states.float().cpu().numpy().tobytes())
        h.update(repr((c.whitening, c.ridge, c.fisher_top_k, self.lm.fingerprint)).encode())
        path = cache_root() / "signatures" / f"whiten-{h.hexdigest()[:20]}.safetensors"
        if path.is_file():
            from safetensors.torch import load_file

            try:
                return load_file(str(path))["whiten"]
            except Exception:  # noqa: BLE001 - a damaged cache entry is recomputed
                log.warning("ignoring unreadable whitening cache %s", path)
        if c.whitening == "pooled":
            out = _sqrtm(pooled_fisher(self.lm, self.null_states), c.ridge).float()
        else:
            F = fisher(self.lm, self.null_states, c.fisher_top_k)
            out = torch.stack([_sqrtm(f, c.ridge) for f in F]).float()
        if os.environ.get("SOFTPRISM_NO_TABLE_CACHE") != "1":
            from safetensors.torch import save_file

            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
            save_file({"whiten": out.contiguous()}, str(tmp))
            os.replace(tmp, path)
        return out

    def _on(self, name: str, t: torch.Tensor | None, device: torch.device) -> torch.Tensor | None:
        """`t` (a CPU float32 constant of this space) on `device`, copied once."""
        if t is None or t.device == device:
            return t
        if (name, device) not in self._device_copies:
            self._device_copies[(name, device)] = t.to(device)
        return self._device_copies[(name, device)]

    def _on_device(self, name: str, t: torch.Tensor, device: torch.device) -> torch.Tensor:
        """`_on` for a constant that is there."""
        out = self._on(name, t, device)
        assert out is not None
        return out

    def _work_device(self) -> torch.device:
        """Where whitening and projection run: the model's GPU when it has one (a build's chunks are then not bound
        by the CPU's matrix products), else the CPU."""
        return self.lm.device if self.lm.device.type == "cuda" else torch.device("cpu")

    def _whitened(self, H: torch.Tensor, centre: bool = True) -> torch.Tensor:
        """[n, M, d] states -> [n, M, d] whitened (centred at the null states unless `centre` is False), / sqrt(M).
        Computed on `_work_device()`; the result stays there."""
        dev = self._work_device()
        X = H.float().to(dev)
        if centre:
            X = X - self._on_device("null", self.null_states.float(), dev)
        else:
            X = X.clone()
        W = self._on("whiten", self.whiten, dev)
        if W is not None:
            if W.dim() == 2:
                X = X @ W  # symmetric: (F^1/2 x)^T = x^T F^1/2
            else:
                X = torch.einsum("nmd,mde->nme", X, W)
        return X / math.sqrt(self.M)

    def projection_rows(self, lo: int, hi: int) -> torch.Tensor:
        """Rows lo..hi of R [M d, r] (float32, CPU): each chunk of PROJECTION_CHUNK rows is drawn from its own
        generator seeded by (seed, chunk), so any row range is reproducible without drawing the others."""
        if not 0 <= lo <= hi <= self.M * self.lm.d_model:
            raise ValueError(f"rows {lo}..{hi} outside R's {self.M * self.lm.d_model} rows")
        out = []
        start = lo - lo % PROJECTION_CHUNK
        for c0 in range(start, hi, PROJECTION_CHUNK):
            g = torch.Generator().manual_seed(self.cfg.seed * 1_000_003 + c0 // PROJECTION_CHUNK)
            n = min(PROJECTION_CHUNK, self.M * self.lm.d_model - c0)
            block = torch.randn(n, self.dim, generator=g) / math.sqrt(self.dim)
            a, b = max(lo, c0) - c0, min(hi, c0 + n) - c0
            out.append(block[a:b])
        return torch.cat(out)

    def _project(self, X: torch.Tensor) -> torch.Tensor:
        """[n, M, d] -> [n, r] float32 on the CPU (identity flatten when `dim` = 0). R is drawn on the CPU (so it
        is the same on every device) and multiplied where X is."""
        flat = X.reshape(X.shape[0], -1).float()
        if self.cfg.dim == 0:
            return flat.cpu()
        D = flat.shape[1]
        if not hasattr(self, "_R"):  # R in memory when it is at most 256 MB, else drawn chunk by chunk each call
            self._R = self.projection_rows(0, D) if D * self.dim <= 64_000_000 else None
        if self._R is not None:
            return (flat @ self._on_device("R", self._R, flat.device)).cpu()
        out = torch.zeros(flat.shape[0], self.dim, device=flat.device)
        for lo in range(0, D, PROJECTION_CHUNK):
            hi = min(D, lo + PROJECTION_CHUNK)
            out += flat[:, lo:hi] @ self.projection_rows(lo, hi).to(flat.device)
        return out.cpu()

    def transform(self, H: torch.Tensor) -> torch.Tensor:
        """Raw states [n, M, d] on this battery -> signatures [n, r] float32."""
        if H.dim() != 3 or H.shape[1:] != (self.M, self.lm.d_model):
            raise ValueError(f"states must be [n, {self.M}, {self.lm.d_model}], got {tuple(H.shape)}")
        return self._project(self._whitened(H))

    # ---- computing -----------------------------------------------------------------------------------------
    @torch.no_grad()
    def states(self, prompts: list[torch.Tensor], progress: bool = False, desc: str = "signatures") -> torch.Tensor:
        """Prompts (each [L_i, d] embeddings, hard or soft) -> raw final states [n, M, d] float32."""
        if not prompts:
            return torch.zeros(0, self.M, self.lm.d_model)
        S = compute_states(self.lm, self.slot, [p.to(self.lm.device) for p in prompts], self.tails,
                           progress=progress, desc=desc)
        return S  # [n, P*T, d]

    def of_prompts(self, prompts: list[torch.Tensor], progress: bool = False) -> torch.Tensor:
        """Signatures [n, r] of embedding sequences (a soft prompt is one)."""
        return self.transform(self.states(prompts, progress))

    def of_texts(self, texts: list[str], progress: bool = False) -> torch.Tensor:
        """Signatures [n, r] of hard prompts."""
        return self.of_prompts([self.lm.embed_text(t) for t in texts], progress)

    def mixture(self, signatures: torch.Tensor, weights: torch.Tensor | list[float]) -> torch.Tensor:
        """The exact signature of the PoE of prompts with `signatures` [k, r] and `weights` [k] (any signs)."""
        return mixture_signature(signatures, weights, self.intercept)

    # ---- identity ------------------------------------------------------------------------------------------
    def meta(self) -> dict:
        """What a stored signature depends on (written in a signature index's sidecar)."""
        c = self.cfg
        return {
            "model_fingerprint": self.lm.fingerprint, "model": self.lm.name, "autocast": self.lm.autocast,
            "d_model": self.lm.d_model, "slot": self.slot.kind,
            "battery": self.battery.source, "battery_hash": self.battery_hash(), "probes": len(self.battery),
            "positions": c.positions, "max_probe_tokens": c.max_probe_tokens, "M": self.M,
            "whitening": c.whitening, "ridge": c.ridge, "fisher_top_k": c.fisher_top_k,
            "dim": self.dim, "projection_seed": c.seed,
            "tails": {"T": self.tails.T, "ids": self.tails.ids},
        }

    def battery_hash(self) -> str:
        """Hash of the battery's tail token ids (probes, template, continuation): what the states are read on."""
        h = hashlib.sha256(repr((self.tails.ids, self.tails.T)).encode())
        return h.hexdigest()[:16]

    def key(self, fingerprint: str | None = None) -> str:
        """A short hash of `meta()` without the model's display name (with `fingerprint` in place of the model's,
        e.g. its pre-v2 one, to recognise work made before the fingerprint scheme changed)."""
        m = {k: v for k, v in self.meta().items() if k not in KEY_EXCLUDED}
        if fingerprint is not None:
            m["model_fingerprint"] = fingerprint
        return hashlib.sha256(repr(sorted(m.items())).encode()).hexdigest()[:16]
