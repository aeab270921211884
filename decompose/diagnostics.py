"""The typed records a decomposition's result.json is written from, beside the result itself (decompose/result.py):
`Diagnostics` (how the answer was reached: result.json's `info`), `Timing` (seconds per stage: its `timing`) and
`Stopwatch` (the wall time of one block).

Kept apart from result.py so that every module that fills them (pipeline.py, baselines.py, chance.py, propose.py)
imports them without importing the result (chance.py is imported by result.py).
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from typing import Any

__all__ = ["Diagnostics", "Stopwatch", "Timing"]


def _f(x: float | None) -> float | None:
    """JSON-safe float (inf/NaN -> None)."""
    return None if x is None or not math.isfinite(x) else float(x)


class Stopwatch:
    """The wall time of one block: `with Stopwatch() as sw: ...`, then `sw.seconds`."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self._t0 = 0.0

    def __enter__(self) -> Stopwatch:
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._t0


class Timing(Mapping[str, float]):
    """Seconds per stage of one decomposition, in the order the stages were first timed: result.json's `timing`.

        timing = Timing()
        with timing("tables_s"):                 # the block's wall time, added to the stage (timed twice: the sum)
            ...
        timing.set("chance_s", line.seconds)     # a stage timed elsewhere (replaces what the stage had)
        timing["tables_s"], "swap_s" in timing, timing.to_json()

    Read as a mapping {stage: seconds}. The stages are listed in decompose/README.md."""

    def __init__(self, seconds: Mapping[str, float] | None = None) -> None:
        self._seconds: dict[str, float] = dict(seconds or {})

    def __getitem__(self, stage: str) -> float:
        return self._seconds[stage]

    def __iter__(self) -> Iterator[str]:
        return iter(self._seconds)

    def __len__(self) -> int:
        return len(self._seconds)

    def __repr__(self) -> str:
        return f"Timing({self._seconds!r})"

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        """Time the block and add its wall time to `stage`."""
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - t0)

    def add(self, stage: str, seconds: float) -> None:
        """Add `seconds` to `stage` (a new stage starts at 0)."""
        self._seconds[stage] = self._seconds.get(stage, 0.0) + seconds

    def set(self, stage: str, seconds: float) -> None:
        """Set `stage` to `seconds`, whatever it had."""
        self._seconds[stage] = seconds

    def copy(self) -> Timing:
        """An independent copy."""
        return Timing(self._seconds)

    def to_json(self) -> dict[str, float]:
        """{stage: seconds, rounded to 0.1 ms}, in stage order."""
        return {k: round(v, 4) for k, v in self._seconds.items()}


@dataclass
class Diagnostics:
    """How a decomposition was reached: result.json's `info`. Every field is optional; `to_json` writes those that
    are set (not None; `warnings`: not empty), in the order below, each under its own name.

    Filled by the candidate sources (`Decomposer.candidates` and the methods it calls), the baselines
    (decompose/baselines.py, chance.py, propose.py) and `Decomposer.solve`; each result holds its own copy."""

    pursuit_metric: str | None = None
    """The signature source's metric: `floor` (read through the floor map) or `plain`."""
    pursuit: dict[str, Any] | None = None
    """The signature source's pursuit: `picks` (texts), `weights`, `intercept`, `residuals`."""
    slots: list[dict[str, Any]] | None = None
    """The oracle's kept slots, most present first: `slot`, `presence`, `weight`."""
    warnings: list[str] = field(default_factory=list)
    """What the reader should know about the run (e.g. no oracle: the fallback sources stood in)."""
    projection_text: str | None = None
    """The nearest-token projection text (its candidate source or baseline ran)."""
    patchscope_text: str | None = None
    """The patchscope description (its candidate source or baseline ran)."""
    source_layer: int | None = None
    """The patchscope baseline's source layer (`verbalise.patch_layers`)."""
    target_layer: int | None = None
    """The patchscope baseline's target layer."""
    replies: list[dict[str, str]] | None = None
    """The soft prompt's greedy replies to the first fit probes, `probe` and `reply` (the `replies` and `labels`
    sources)."""
    reply_labels: list[str] | None = None
    """The closed label set those replies use (decompose/labels.py); [] when they form none (written as null), None
    when the `labels` source did not run."""
    screen: dict[str, Any] | None = None
    """The `screen` source: `pool` (rows screened), `probes` (fit probes scored on), `kept` and their `gain`."""
    neighbour_rounds: list[dict[str, Any]] | None = None
    """Each neighbour round: `round`, `n_candidates`, `kl_fit_path`, `seeds`, `added` (`Decomposer.expand`)."""
    ground_truth: list[str] | None = None
    """The `ground_truth` baseline's texts."""
    seed: int | None = None
    """A random dictionary's seed (the `random` baseline, the chance line's draws)."""
    draw: int | None = None
    """A chance-line draw's number, when it is not the first."""
    lm_calls: int | None = None
    """The LM calls the `lm_proposals` method spent (decompose/propose.py)."""
    fit_on: str | None = None
    """The objective the weights were fitted to: `response`, `labels` or `both` (`Decomposer.fit_on`)."""
    label_weight: float | None = None
    """The decision term's weight, with `fit_on` `both`."""
    k_answer: str | None = None
    """Which k-sparse answer is reported: `greedy_path`, `full_top_k_refit` or `before_neighbours`, with `+swaps`
    when the exchange sweeps changed it."""
    kl_fit_greedy_path: float | None = None
    """Fit KL of the greedy path's step k, when the full fit's top k was tried against it."""
    kl_fit_top_k_refit: float | None = None
    """Fit KL of the full fit's top k, refit."""
    kl_fit_before_neighbours: float | None = None
    """Fit KL of the answer the neighbour rounds started from, refit on the grown dictionary."""
    swaps: int | None = None
    """How many prompts the exchange sweeps replaced (`solver.swap_sweeps` > 0)."""
    cv_select: dict[str, Any] | None = None
    """With `select: cv`: `folds`, `k_before`, `k_after`, and `scores`, the within-fit cross-validated KL of every
    support tried (`Decomposer._cv_select`)."""
    roles: list[dict[str, Any]] | None = None
    """On a labelled task, per reported component: `text`, `role` (`content` or `format`), and what leaving it
    out (the others refit) costs on the held-out probes: `drop_explained` (reply) and `drop_explained_label`
    (decision) (`Decomposer._roles`)."""
    rank_by: str | None = None
    """How the components are ranked: `path` (the order the greedy path added them) or `|weight|`."""

    def copy(self) -> Diagnostics:
        """A shallow copy (its lists and dicts shared), as `Decomposer.solve` takes its caller's."""
        return replace(self)

    def to_json(self) -> dict[str, Any]:
        """The fields that are set, in field order: result.json's `info` (non-finite fit KLs are null)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "warnings":
                if value:
                    out[f.name] = value
            elif value is None:
                continue
            elif f.name == "reply_labels":
                out[f.name] = value or None
            elif f.name.startswith("kl_fit_"):
                out[f.name] = _f(value)
            else:
                out[f.name] = value
        return out
