"""Phase 0 (a known hard prompt comes back) and Phase 0.5 (noise on its embeddings), on the embedded model by
default.

    python eval/phases.py phase0  --out DIR [--config configs/eval/phases.yaml] [--set key=value ...]
    python eval/phases.py phase05 --out DIR [...]
    python eval/phases.py dictionary --soft-prompt FILE --out DIR [...]   # your soft prompt, same machinery

Phase 0 decomposes a known hard prompt into a dictionary (>= 50 varied prompts) that contains it: the machinery
works if the target comes back with weight ~1, the rest ~0, and held-out KL ~0. Phase 0.5 adds Gaussian noise of
growing size to the target's embeddings and records KL and `explained` against the noise level (several seeds per
level), to see whether degradation is smooth or shows a sharp phase transition. Each writes JSON and a PNG plot
into DIR (all-or-nothing), with the resolved config and provenance. `dictionary` decomposes a soft prompt you
give (PEFT adapter folder, .safetensors or .pt) into the dictionary: the Phase 0 machinery on your own input.
"""

from __future__ import annotations

import argparse
import logging
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from softprism.eval import plots
from softprism.poe.config import add_config_arguments, config_from_args
from softprism.poe.errors import InputError
from softprism.poe.fit import DictionaryFit
from softprism.poe.jsonl import read_text
from softprism.poe.lm import ModelConfig, load_lm
from softprism.poe.probes import ProbeConfig, fit_heldout
from softprism.poe.runs import atomic_dir, claim_out, main_guard, write_json, write_run_info
from softprism.poe.slot import PromptSlot, SlotConfig
from softprism.poe.solver import SolverConfig

log = logging.getLogger("softprism.eval.phases")


@dataclass
class PhaseConfig:
    """Phase 0 / 0.5 experiment."""

    model: ModelConfig = field(default_factory=ModelConfig)
    """The frozen LM."""
    slot: SlotConfig = field(default_factory=SlotConfig)
    """Where prompts go."""
    probes: ProbeConfig = field(default_factory=lambda: ProbeConfig(n_fit=32, n_heldout=16, positions=6))
    """Probe set, split, and response positions."""
    solver: SolverConfig = field(default_factory=SolverConfig)
    """The exact PoE solve."""
    dictionary: str = "default"
    """`default` (poe/data/phase0_dictionary.txt, 70 prompts) or a text file with one prompt per line."""
    target: str = "Always answer in French, whatever language the user writes in."
    """The known hard prompt to recover (added to the dictionary if it is not there)."""
    include_null: bool = True
    """Add the empty prompt as a free intercept."""
    sigmas: list[float] = field(default_factory=lambda: [0.0, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0])
    """Phase 0.5 noise levels, in units of the model's embedding standard deviation."""
    seeds: int = 2
    """Phase 0.5 noise draws per level."""
    top: int = 5
    """How many top components to record per point."""
    soft_prompt: str = ""
    """`dictionary` only: the soft prompt to decompose (PEFT adapter folder, .safetensors or .pt)."""

    def __post_init__(self) -> None:
        if self.seeds < 1:
            raise ValueError("seeds must be >= 1")
        if any(s < 0 for s in self.sigmas):
            raise ValueError("sigmas must be >= 0")


def load_dictionary(spec: str) -> list[str]:
    if spec == "default":
        from softprism.poe.probes import shipped_file

        text = shipped_file("phase0_dictionary.txt").read_text(encoding="utf-8")
    else:
        p = Path(spec)
        if not p.is_file():
            raise InputError(f"{p}: dictionary file not found; pass a text file with one prompt per line")
        text = read_text(p)
    items = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    if len(items) < 2:
        raise InputError(f"dictionary {spec!r}: has {len(items)} prompts; it needs at least 2")
    return items


def _setup(cfg: PhaseConfig) -> tuple[DictionaryFit, int]:
    texts = load_dictionary(cfg.dictionary)
    if cfg.target not in texts:
        texts.append(cfg.target)
    lm = load_lm(cfg.model)
    slot = PromptSlot(lm, cfg.slot.kind)
    fit_p, held_p = fit_heldout(cfg.probes)
    log.info("dictionary %d prompts, %d fit / %d held-out probes, T=%d", len(texts), len(fit_p), len(held_p),
             cfg.probes.positions)
    dfit = DictionaryFit(lm, slot, fit_p, held_p, texts, cfg.probes.positions, cfg.solver,
                         include_null=cfg.include_null, max_probe_tokens=cfg.probes.max_probe_tokens)
    return dfit, texts.index(cfg.target)


def phase0(cfg: PhaseConfig, out: Path) -> dict:
    dfit, ti = _setup(cfg)
    target = dfit.lm.embed_text(cfg.target)  # the hard prompt, entered as an embedding sequence (soft-prompt path)
    dec = dfit.fit(target)
    w = {c.index: c.weight for c in dec.components}
    runners = [c for c in dec.components if c.index != ti][: cfg.top]
    result = {
        "target": cfg.target,
        "target_index": ti,
        "target_weight": w.get(ti, 0.0),
        "runner_up": [{"text": c.text, "weight": c.weight} for c in runners],
        "max_other_abs_weight": max((abs(c.weight) for c in runners), default=0.0),
        "kl": dec.kl,
        "dictionary_size": len(dfit.texts),
        "probes": {"fit": len(dfit.fit_tails), "heldout": len(dfit.held_tails), "positions": dfit.T},
        "table_seconds": dfit.table_seconds,
        "decomposition": dec.to_json(),
    }
    with atomic_dir(out) as tmp:
        write_run_info(tmp, cfg, {"phase": "phase0", "model_fingerprint": dfit.lm.fingerprint})
        write_json(tmp / "phase0.json", result)
        top = dec.components[:15]
        plots.weights_and_curve(
            tmp / "phase0.png", f"Phase 0: target = {cfg.target[:60]}",
            [c.text for c in top], [c.weight for c in top], {k for k, c in enumerate(top) if c.index == ti},
            [s.k for s in dec.path], [s.kl_fit for s in dec.path], [s.kl_heldout for s in dec.path], dec.kl_base)
    print(f"Phase 0 — target: {cfg.target}")
    for c in dec.components[: cfg.top + 1]:
        print(f"  {c.weight:+8.4f}  {c.text}{'   <- target' if c.index == ti else ''}")
    print(f"  held-out kl {dec.kl:.2e}  (no prompt: {dec.kl_base:.3f})  explained {dec.explained:.4f}  "
          f"KKT residual {dec.kkt_residual:.1e}")
    return result


def phase05(cfg: PhaseConfig, out: Path) -> dict:
    dfit, ti = _setup(cfg)
    lm = dfit.lm
    clean = lm.embed_text(cfg.target).float()
    std = lm.embedding_std
    points: list[dict[str, Any]] = []
    for sigma in cfg.sigmas:
        for seed in range(cfg.seeds if sigma > 0 else 1):
            g = torch.Generator().manual_seed(1000 + seed)
            noisy = clean + sigma * std * torch.randn(clean.shape, generator=g).to(clean.device)
            dec = dfit.fit(noisy, with_path=False)
            w = {c.index: c.weight for c in dec.components}
            points.append({
                "sigma": sigma, "seed": seed, "kl": dec.kl, "kl_base": dec.kl_base, "explained": dec.explained,
                "kl_best_single": dec.kl_best_single, "target_weight": w.get(ti, 0.0),
                "kkt_residual": dec.kkt_residual,
                "top": [{"text": c.text, "weight": c.weight} for c in dec.components[: cfg.top]],
            })
            log.info("sigma %.2f seed %d: kl %.4f  kl_base %.4f  explained %.3f  target w %.3f", sigma, seed,
                     dec.kl, dec.kl_base, dec.explained, w.get(ti, 0.0))
    summary: list[dict[str, Any]] = []
    for sigma in cfg.sigmas:
        pts = [p for p in points if p["sigma"] == sigma]
        col = lambda k: [p[k] for p in pts]  # noqa: E731
        sd = lambda xs: statistics.stdev(xs) if len(xs) > 1 else 0.0  # noqa: E731
        summary.append({"sigma": sigma, "kl": statistics.mean(col("kl")), "kl_sd": sd(col("kl")),
                        "explained": statistics.mean(col("explained")), "explained_sd": sd(col("explained")),
                        "kl_base": statistics.mean(col("kl_base")),
                        "target_weight": statistics.mean(col("target_weight"))})
    ex = [s["explained"] for s in summary]
    drops = [a - b for a, b in zip(ex, ex[1:])]
    total = max(ex) - min(ex)
    result = {
        "target": cfg.target,
        "embedding_std": std,
        "points": points,
        "summary": summary,
        "largest_step_drop_in_explained": max(drops) if drops else 0.0,
        "largest_step_share_of_total_drop": (max(drops) / total) if drops and total > 0 else 0.0,
    }
    print("Phase 0.5 — noise on the target's embeddings (σ in units of the embedding std)")
    print("   sigma       kl   kl_base  explained  target w")
    for r in summary:
        print(f"  {r['sigma']:6.2f}  {r['kl']:7.4f}  {r['kl_base']:7.4f}  {r['explained']:9.3f}  {r['target_weight']:8.3f}")
    with atomic_dir(out) as tmp:
        write_run_info(tmp, cfg, {"phase": "phase05", "model_fingerprint": lm.fingerprint})
        write_json(tmp / "phase05.json", result)
        plots.noise_sweep(tmp / "phase05.png", [s["sigma"] for s in summary], [s["kl"] for s in summary],
                          [s["kl_sd"] for s in summary], ex, [s["explained_sd"] for s in summary],
                          [s["target_weight"] for s in summary], [s["kl_base"] for s in summary])
    return result


def decompose_soft(cfg: PhaseConfig, out: Path) -> dict:
    from softprism.poe.softprompt import load_soft_prompt

    if not cfg.soft_prompt:
        raise InputError("dictionary: pass the soft prompt with --soft-prompt FILE (PEFT folder, .safetensors or .pt)")
    sp = load_soft_prompt(cfg.soft_prompt)  # checked before the model loads: bad files fail fast
    texts = load_dictionary(cfg.dictionary)
    lm = load_lm(cfg.model)
    soft = lm.check_soft_prompt(sp.embeddings, cfg.soft_prompt, model_flag="--set model.name=NAME")
    slot = PromptSlot(lm, cfg.slot.kind)
    fit_p, held_p = fit_heldout(cfg.probes)
    dfit = DictionaryFit(lm, slot, fit_p, held_p, texts, cfg.probes.positions, cfg.solver,
                         include_null=cfg.include_null, max_probe_tokens=cfg.probes.max_probe_tokens)
    dec = dfit.fit(soft)
    result = {"soft_prompt": cfg.soft_prompt, "format": sp.format, "n_virtual": int(soft.shape[0]),
              "dictionary_size": len(texts), **dec.to_json()}
    with atomic_dir(out) as tmp:
        write_run_info(tmp, cfg, {"phase": "dictionary", "model_fingerprint": lm.fingerprint})
        write_json(tmp / "decomposition.json", result)
        top = dec.components[:15]
        plots.weights_and_curve(tmp / "decomposition.png", f"{Path(cfg.soft_prompt).name}: explained {dec.explained:.3f}",
                                [c.text for c in top], [c.weight for c in top], set(), [s.k for s in dec.path],
                                [s.kl_fit for s in dec.path], [s.kl_heldout for s in dec.path], dec.kl_base)
    for c in dec.components[: cfg.top]:
        print(f"{c.weight:+8.3f}  {c.text}")
    print(f"held-out kl {dec.kl:.4f}  kl_base {dec.kl_base:.4f}  explained {dec.explained:.3f}  "
          f"best single {dec.kl_best_single:.4f}")
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("phase", choices=["phase0", "phase05", "dictionary"])
    ap.add_argument("--soft-prompt", default=None, help="dictionary: the soft prompt to decompose")
    ap.add_argument("--out", type=Path, required=False)
    ap.add_argument("--overwrite", action="store_true",
                    help="replace --out even when it is a non-empty folder that is not a run of this phase")
    add_config_arguments(ap, "eval")
    args = ap.parse_args()
    cfg = config_from_args(PhaseConfig, args, [f"soft_prompt={args.soft_prompt}"] if args.soft_prompt else [])
    if cfg is None:
        return 0
    if args.out is None:
        raise InputError("--out DIR is required (the folder the results are written to)")
    marker = {"phase0": "phase0.json", "phase05": "phase05.json", "dictionary": "decomposition.json"}[args.phase]
    claim_out(args.out, ("run.json", marker), [cfg.soft_prompt, cfg.dictionary, cfg.probes.source], args.overwrite)
    {"phase0": phase0, "phase05": phase05, "dictionary": decompose_soft}[args.phase](cfg, args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    main_guard(main)
