"""Probe sets: the inputs that follow the prompt slot, split into fit and held-out parts.

Owns: the embedded default probe set (`poe/data/probes.txt`, user messages written for this project), task inputs
read from a JSONL file (`input`, optional `output`; or `text`), and the deterministic fit/held-out split by a stable
hash of the text (the same on every run and machine).

A probe may carry a reference `output`; `poe.tables` teacher-forces it as the continuation. Probes without one are
continued by the frozen model's own greedy reply with no prompt in the slot (`poe.tables.base_continuations`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.jsonl import iter_objects


@dataclass
class ProbeConfig:
    """Which probes to read the model on, and how many."""

    source: str = "default"
    """`default` (the embedded set of user messages) or a path to a JSONL file with `input` (or `text`) per row."""
    heldout_fraction: float = 0.34
    """Share of probes held out for the faithfulness numbers (assigned by a stable hash of the text)."""
    n_fit: int = 64
    """Use at most this many fit probes (0 = all)."""
    n_heldout: int = 32
    """Use at most this many held-out probes (0 = all)."""
    positions: int = 4
    """T: read the next-token distribution at the first T response positions (teacher-forced)."""
    max_probe_tokens: int = 96
    """Probes longer than this many tokens are truncated (keeps batches small)."""

    def __post_init__(self) -> None:
        if not 0.0 < self.heldout_fraction < 1.0:
            raise ValueError(f"heldout_fraction must be in (0, 1), got {self.heldout_fraction}")
        if self.positions < 1:
            raise ValueError(f"positions must be >= 1, got {self.positions}")
        if self.n_fit < 0 or self.n_heldout < 0:
            raise ValueError("n_fit and n_heldout must be >= 0")


@dataclass(frozen=True)
class Probe:
    """One input after the slot. `output`: a reference reply to teacher-force, or None."""

    text: str
    output: str | None = None


@dataclass
class ProbeSet:
    """An ordered list of probes with a content hash (recorded in every manifest)."""

    probes: list[Probe]
    source: str = "default"
    meta: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.probes)

    @property
    def texts(self) -> list[str]:
        return [p.text for p in self.probes]

    @property
    def hash(self) -> str:
        h = hashlib.sha256()
        for p in self.probes:
            h.update(p.text.encode() + b"\x00" + (p.output or "").encode() + b"\x01")
        return h.hexdigest()[:16]

    def split(self, heldout_fraction: float) -> tuple["ProbeSet", "ProbeSet"]:
        """(fit, held-out) by a stable hash of each probe's text; the order inside each part is kept."""
        fit: list[Probe] = []
        held: list[Probe] = []
        for p in self.probes:
            (held if stable_unit(p.text) < heldout_fraction else fit).append(p)
        return ProbeSet(fit, self.source), ProbeSet(held, self.source)

    def head(self, n: int) -> "ProbeSet":
        return ProbeSet(self.probes[:n] if n else list(self.probes), self.source)


def stable_unit(text: str) -> float:
    """A number in [0, 1) from the SHA-256 of `text`: identical across runs, machines and Python versions."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") / 2**64


def shipped_file(name: str) -> Path:
    """A file this room ships in poe/data/ (found through importlib.resources, so an installed wheel has it)."""
    from importlib import resources

    return Path(str(resources.files("softprism.poe") / "data" / name))


def prompt_lines(text: str) -> list[str]:
    """One entry per non-empty line, stripped; lines starting with '#' are comments (the battery and format-basis
    files, written here or by a user)."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def shipped_lines(name: str) -> list[str]:
    """`prompt_lines` of a file this room ships in poe/data/."""
    return prompt_lines(shipped_file(name).read_text(encoding="utf-8"))


def default_probe_texts() -> list[str]:
    """The embedded default user messages (one per line of `poe/data/probes.txt`)."""
    text = shipped_file("probes.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def default_dictionary_texts() -> list[str]:
    """The embedded 70-prompt dictionary of Phase 0 (`poe/data/phase0_dictionary.txt`), one prompt per line;
    also synth's `default-small` corpus and poe.bench's candidates."""
    text = shipped_file("phase0_dictionary.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def load_probes(source: str = "default") -> ProbeSet:
    """`default` or a JSONL file (rows with `input` or `text`, optional `output`)."""
    if source == "default":
        return ProbeSet([Probe(t) for t in default_probe_texts()], "default")
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{path}: probe file not found; pass a JSONL file with an `input` field per row")
    probes = []
    for _, row, text in iter_objects(path, ("input", "text")):
        out = row.get("output")
        probes.append(Probe(text.strip(), str(out) if out is not None else None))
    if not probes:
        raise InputError(f"{path}: the probe file has no rows; add JSONL rows with an `input` field")
    return ProbeSet(probes, str(path))


def fit_heldout(cfg: ProbeConfig) -> tuple[ProbeSet, ProbeSet]:
    """Load `cfg.source`, split it, and cap each part at `n_fit` / `n_heldout`."""
    fit, held = load_probes(cfg.source).split(cfg.heldout_fraction)
    fit, held = fit.head(cfg.n_fit), held.head(cfg.n_heldout)
    if len(fit) == 0 or len(held) == 0:
        raise InputError(
            f"probes {cfg.source!r}: the split left {len(fit)} fit and {len(held)} held-out probes; "
            "use a file with more rows (at least ~10) or change probes.heldout_fraction"
        )
    return fit, held
