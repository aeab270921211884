"""The chance line: what the same solve makes of random dictionaries drawn from the same index.

    line = dec.chance(target, result.explained, size=32, draws=1, seed=0, k=result.k)   # -> ChanceLine
    line.within, line.margin, chance_sentence(line.to_json())

A decomposition's held-out `explained` means little on its own: with enough candidates and free signed weights,
prompts unrelated to the soft prompt can explain a good part of its shift from the no-prompt model. The chance line
answers "would any dictionary do?": `draws` dictionaries of `size` distinct index rows drawn at random (the seed
mixed with the draw number and a hash of the soft prompt, so a rerun draws the same rows), each solved exactly as
the pipeline's (`Decomposer.solve`: the same state tables, objective, greedy path to step k and k-sparse answer),
and their held-out `explained` beside the pipeline's. `Decomposer.run` adds it to every result unless
`chance.draws` is 0.

This module owns the random draw itself (`draw_seed`, `random_rows`, `random_dictionary`), which the `random`
baseline (decompose/baselines.py) runs as its draw 0, the `ChanceLine` result and its sentence (`chance_sentence`,
printed by the CLI and shown in the HTML report).

Must not: import eval/, or fit anything except through `Decomposer.solve`.
"""

from __future__ import annotations

import hashlib
import logging
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from softprism.decompose.candidates import merge_candidates
from softprism.decompose.diagnostics import Diagnostics, Stopwatch, Timing

if TYPE_CHECKING:
    from softprism.decompose.pipeline import Decomposer
    from softprism.decompose.result import DecompositionResult
    from softprism.decompose.target import Target

log = logging.getLogger(__name__)


def draw_seed(seed: int, sha: str, draw: int = 0) -> int:
    """The generator seed of random draw `draw` for a soft prompt of hash `sha` (`Target.sha`): `seed`, the draw
    number and the hash mixed through sha256. Draw 0 is the random baseline's rule, so with the same seed and size
    the baseline's dictionary is the chance line's first."""
    key = f"{seed}:{sha}" if draw == 0 else f"{seed}:{sha}:{draw}"
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)


def random_rows(n: int, size: int, rng_seed: int) -> list[int]:
    """`min(size, n)` distinct positions of an index of `n` rows: the first `size` of a permutation drawn by a
    generator seeded with `rng_seed`. Nested: a larger draw with the same seed holds every row of a smaller one, so
    the chance lines of two configs whose dictionaries differ in size share their cached tables."""
    return np.random.default_rng(rng_seed).permutation(n)[: min(size, n)].tolist()


def random_dictionary(dec: "Decomposer", target: "Target", size: int, seed: int = 0, draw: int = 0, *,
                      method: str = "random", k: int | None = None) -> "DecompositionResult":
    """`size` distinct rows of `dec.index` drawn at random (`draw_seed(seed, target.sha, draw)`), with the format
    basis when one is configured (it is in every dictionary), solved by `dec.solve` as the pipeline's dictionary is
    (`k`: its k, default `cfg.k`). The candidates' source and the result's method are `method`: `random` for the
    baseline, `chance` for the chance line's draws."""
    rows = random_rows(len(dec.index), size, draw_seed(seed, target.sha, draw))
    info = Diagnostics(seed=seed, draw=draw or None)
    dictionary = merge_candidates([dec.position_candidates(rows, method), dec.format_candidates()])
    return dec.solve(target, dictionary, method, Timing(), info, k=k)


def _num(x: float) -> float | None:
    """JSON-safe float (inf/NaN -> None)."""
    return float(x) if math.isfinite(x) else None


@dataclass
class ChanceLine:
    """The pipeline's held-out `explained` beside that of the same solve on random dictionaries of the same index.

    Owns the numbers of every draw (`draws`, in draw order, with the generator seed and the corpus ids of each),
    their summary (`mean`, `std`, `margin`) and the verdict (`within`); `chance_sentence` says it in words."""

    size: int
    """Index rows per random dictionary (`chance.size`, or the pipeline's dictionary size; at most the index's)."""
    k: int
    """Components of each random dictionary's answer: the pipeline's k (0 = the full fit's non-zero weights)."""
    draws: list[float]
    """Held-out `explained` of each random dictionary's k-component answer, in draw order."""
    seeds: list[int]
    """Each draw's generator seed (`draw_seed`): `random_rows(len(index), size, seeds[i])` redraws its rows."""
    explained: float
    """The pipeline's held-out `explained`, which the draws are measured against."""
    seed: int = 0
    """`chance.seed`, the seed the draws' seeds were mixed from."""
    ids: list[list[str | None]] = field(default_factory=list)
    """Each draw's rows, as corpus ids."""
    seconds: float = 0.0
    """Wall time of all the draws (tables, solves and paths)."""

    @property
    def mean(self) -> float:
        """Mean held-out `explained` of the draws: `explained_chance`."""
        return float(np.mean(self.draws)) if self.draws else float("nan")

    @property
    def std(self) -> float:
        """Standard deviation of the draws' `explained` (population; 0 with one draw)."""
        return float(np.std(self.draws)) if self.draws else float("nan")

    @property
    def margin(self) -> float:
        """The pipeline's `explained` minus the draws' mean."""
        return self.explained - self.mean

    @property
    def within(self) -> bool:
        """True when the pipeline's held-out `explained` is not above the best draw's: some random dictionary of
        the same index explains as much with the same k, so the answer is within chance (no draw is beaten). Also
        True when the comparison cannot be made (a NaN on either side): no claim of being above chance."""
        best = max(self.draws, default=float("nan"))
        return not self.explained > best

    def to_json(self) -> dict:
        """Every field and summary, JSON-safe (non-finite numbers are null): result.json's `chance`."""
        return {"size": self.size, "k": self.k, "draws": [_num(x) for x in self.draws], "seeds": list(self.seeds),
                "seed": self.seed, "mean": _num(self.mean), "std": _num(self.std), "margin": _num(self.margin),
                "within": self.within, "explained": _num(self.explained), "ids": [list(x) for x in self.ids],
                "seconds": round(self.seconds, 4)}

    def sentence(self) -> str:
        """The verdict in words (`chance_sentence`)."""
        return chance_sentence(self.to_json())

    def __str__(self) -> str:
        return f"chance: {self.sentence()}"


def chance_sentence(line: dict) -> str:
    """One sentence for a chance line as `ChanceLine.to_json` writes it (the CLI, the HTML report and `str()` of a
    result say it the same way), e.g. "explained 0.512 from 1 random 32-prompt dictionary of the same index (same
    k = 4); margin +0.468: above chance"."""
    def f(x, spec: str) -> str:
        return "–" if x is None else format(x, spec)

    n = len(line["draws"])
    spread = f" ± {f(line['std'], '.3f')}" if n > 1 else ""
    k = f"same k = {line['k']}" if line["k"] else "the full fit, as the pipeline's"
    head = (f"explained {f(line['mean'], '.3f')}{spread} from {n} random {line['size']}-prompt "
            f"dictionar{'y' if n == 1 else 'ies'} of the same index ({k}); margin {f(line['margin'], '+.3f')}")
    if line["within"]:
        return (f"{head}: within chance: a random dictionary of the same index explains as much, so this answer says "
                "little about the soft prompt")
    return f"{head}: above chance"


def chance_line(dec: "Decomposer", target: "Target", explained: float, size: int, draws: int = 1, seed: int = 0,
                k: int | None = None) -> ChanceLine:
    """`draws` random dictionaries of `size` rows of `dec.index` (`random_dictionary`, draws 0 .. draws - 1), each
    solved with k `k` (default `dec.cfg.k`), against the pipeline's held-out `explained`. The body of
    `Decomposer.chance`; its tables go through `dec.store` like every other dictionary's."""
    if draws < 1:
        raise ValueError(f"draws={draws}: the chance line needs at least one random dictionary")
    if size < 1:
        raise ValueError(f"size={size}: a random dictionary needs at least one row")
    k = dec.cfg.k if k is None else k
    got: list[float] = []
    seeds: list[int] = []
    ids: list[list[str | None]] = []
    with Stopwatch() as sw:
        for d in range(draws):
            r = random_dictionary(dec, target, size, seed, d, method="chance", k=k)
            got.append(float(r.explained))
            seeds.append(draw_seed(seed, target.sha, d))
            ids.append([c.corpus_id for c in r.dictionary if c.source != "format"])  # the drawn rows
    line = ChanceLine(size=min(size, len(dec.index)), k=k, draws=got, seeds=seeds, explained=float(explained),
                      seed=seed, ids=ids, seconds=sw.seconds)
    log.info("chance line: %s (%.1f s)", line.sentence(), line.seconds)
    return line
