"""What a decomposition returns: `DecompositionResult` (one method on one soft prompt) and `Report` (the pipeline
and its baselines, with provenance). The typed records result.json is written from are re-exported here:
`Diagnostics` (its `info`) and `Timing` (its `timing`), from decompose/diagnostics.py, and `poe.fit.Component` (its
`components`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from softprism.decompose.candidates import Candidate
from softprism.decompose.chance import ChanceLine
from softprism.decompose.diagnostics import Diagnostics, Stopwatch, Timing, _f
from softprism.poe.fit import Component, Decomposition

__all__ = ["Component", "DecompositionResult", "Diagnostics", "Report", "Stopwatch", "Timing"]

log = logging.getLogger(__name__)


def _cut(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass
class DecompositionResult:
    """A decomposition of one soft prompt by one method (the pipeline or a baseline).

    `components`: the k-component answer (greedy path step k, or the full fit's top k, refit), ranked as
    `Component` says. `kl`, `explained`:
    that answer's faithfulness on held-out probes; `null_weight`: that answer's null-prompt intercept (use it with
    `components` to decode the answer as a PoE). `full`: the solve over the whole dictionary (`poe.fit`'s
    `Decomposition`, with `kl`, `explained` and every non-zero weight). `path`: the KL-versus-k curve.
    `dictionary`: every candidate (text, corpus id, source). `candidates`: how many each source contributed.
    `timing`: seconds per stage (`Timing`). `info`: how it was reached (`Diagnostics`: oracle slots, baseline
    texts, warnings, which k-sparse answer).
    `chance`: the chance line (`Decomposer.run` sets it on the pipeline's result unless `chance.draws` is 0).
    """

    method: str
    components: list[Component]
    k: int
    kl: float
    kl_base: float
    explained: float
    kl_fit: float
    kl_best_single: float
    best_single: str
    null_weight: float | None
    path: list[dict]
    full: Decomposition
    dictionary: list[Candidate]
    candidates: dict[str, int]
    timing: Timing
    info: Diagnostics = field(default_factory=Diagnostics)
    decision: dict | None = None
    """Label-restricted metrics on the first reply token (`decision_metrics`), when the probes are a labelled task."""
    chance: ChanceLine | None = None
    """The same k chosen by the same solve from random dictionaries of the same index (`Decomposer.chance`), or
    None (a baseline, `Decomposer.decompose` alone, or `chance.draws: 0`)."""

    @property
    def explained_chance(self) -> float | None:
        """The chance line's mean held-out `explained` (None without a chance line)."""
        return None if self.chance is None else self.chance.mean

    @property
    def explained_best_single(self) -> float:
        return 1.0 - self.kl_best_single / self.kl_base if self.kl_base > 0 else float("nan")

    def table(self):
        """The k reported components as a tidy table: one row per component (rank, weight, source, corpus_id, text),
        a pandas DataFrame when pandas is installed, else a list of dicts."""
        rows = [{"rank": c.rank, "weight": c.weight, "source": c.source, "corpus_id": c.corpus_id, "text": c.text}
                for c in self.components]
        try:
            import pandas as pd
        except ImportError:
            return rows
        return pd.DataFrame(rows, columns=["rank", "weight", "source", "corpus_id", "text"])

    def __str__(self) -> str:
        head = (f"{self.method}: {len(self.components)} components of {len(self.dictionary)} candidates, explained "
                f"{self.explained:.3f} (kl {self.kl:.4g}, no prompt {self.kl_base:.4g}; best single prompt "
                f"{self.explained_best_single:.3f}) on held-out probes")
        rows = [f"  {c.rank:>2}  {c.weight:+8.3f}  {c.source:<10}  {_cut(c.text, 90)}" for c in self.components]
        return "\n".join([head, *rows] + ([str(self.chance)] if self.chance is not None else []))

    def __repr__(self) -> str:
        return (f"<DecompositionResult {self.method}: k={len(self.components)}, explained={self.explained:.3f}, "
                f"{len(self.dictionary)} candidates>")

    def to_json(self) -> dict:
        full = self.full.to_json()
        full["components"] = [{"text": c.text, "weight": c.weight, "corpus_id": c.corpus_id, "source": c.source}
                              for c in self.full.components]
        full["kl_best_single"] = _f(full["kl_best_single"])
        full.pop("path", None)  # the same path is at the top level
        return {
            "method": self.method,
            "k": self.k,
            "components": [{"rank": c.rank, "text": c.text, "weight": c.weight, "corpus_id": c.corpus_id,
                            "source": c.source, "role": c.role} for c in self.components],
            "kl": _f(self.kl), "kl_base": _f(self.kl_base), "explained": _f(self.explained),
            "kl_fit": _f(self.kl_fit),
            "kl_best_single": _f(self.kl_best_single), "best_single": self.best_single,
            "explained_best_single": _f(self.explained_best_single),
            "null_weight": self.null_weight,
            "null_weight_full": self.full.null_weight,
            "kl_full": _f(self.full.kl), "explained_full": _f(self.full.explained),
            "n_candidates": len(self.dictionary),
            "candidates": dict(self.candidates),
            "path": self.path,
            "timing": self.timing.to_json(),
            "dictionary": [{"text": c.text, "corpus_id": c.corpus_id, "source": c.source, "sources": c.sources}
                           for c in self.dictionary],
            "full": full,
            "info": self.info.to_json(),
            "decision": self.decision,
            "explained_chance": None if self.chance is None else _f(self.chance.mean),
            "chance": None if self.chance is None else self.chance.to_json(),
        }


@dataclass
class Report:
    """The pipeline and its baselines on one soft prompt, with provenance."""

    soft_prompt: dict
    pipeline: DecompositionResult
    baselines: dict[str, DecompositionResult]
    provenance: dict
    warnings: list[str] = field(default_factory=list)

    # ---- what a notebook user sees ---------------------------------------------------------------------------
    @property
    def components(self) -> list[Component]:
        """The pipeline's k reported components (`pipeline.components`)."""
        return self.pipeline.components

    @property
    def explained(self) -> float:
        """The pipeline's `explained` on held-out probes."""
        return self.pipeline.explained

    @property
    def chance(self) -> ChanceLine | None:
        """The pipeline's chance line (`pipeline.chance`), or None when it was off."""
        return self.pipeline.chance

    def table(self):
        """The pipeline's components as a tidy table (`DecompositionResult.table`)."""
        return self.pipeline.table()

    def html(self) -> str:
        """The self-contained HTML report (`decompose.report.render`): what `--html` writes."""
        from softprism.decompose.report import render

        return render(self.to_json())

    def _repr_html_(self) -> str:  # Jupyter renders the report inline
        return self.html()

    def __str__(self) -> str:
        lines = [str(self.pipeline)]
        for m, r in self.baselines.items():
            lines.append(f"baseline {m}: explained {r.explained:.3f} ({len(r.dictionary)} candidates)")
        return "\n".join(lines + [f"warning: {w}" for w in self.warnings])

    def __repr__(self) -> str:
        shape = "x".join(str(x) for x in self.soft_prompt.get("shape", []))
        return (f"<softprism Report: soft prompt [{shape}] -> {len(self.pipeline.components)} components, explained "
                f"{self.pipeline.explained:.3f}; baselines: {', '.join(self.baselines) or 'none'}>")

    def to_json(self) -> dict:
        return {
            "soft_prompt": self.soft_prompt,
            "provenance": self.provenance,
            "pipeline": self.pipeline.to_json(),
            "baselines": {k: v.to_json() for k, v in self.baselines.items()},
            "summary": {m: {"kl": _f(r.kl), "explained": _f(r.explained), "kl_best_single": _f(r.kl_best_single),
                            "n_candidates": len(r.dictionary), "total_s": round(r.timing.get("total_s", 0.0), 3)}
                        for m, r in [("pipeline", self.pipeline), *self.baselines.items()]},
            "warnings": list(self.warnings),
        }
