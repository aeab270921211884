"""Oracle weights on disk: `oracle.safetensors` + `oracle.json`, readable without the training code.

    FOLDER/oracle.safetensors   the network's state dict (float32)
    FOLDER/oracle.json          format, network config and sizes, feature sources, the frozen LM (name,
                                fingerprint, d_model), slot, sentence encoder identity, step, metrics; a v2
                                oracle (format softprism-oracle/2) also sig_dim, sig_tokens and `signature_space`
                                (the SignatureSpace meta its signatures were made in)

A training run writes one such folder in every checkpoint (`checkpoints/step-N/`) and in `final/`. `load_oracle`
accepts either folder, or a run folder (it then reads `final/`).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import torch

from softprism.poe.config import from_dict, to_dict
from softprism.poe.errors import InputError
from softprism.poe.runs import write_json

from softprism.oracle.config import NetConfig
from softprism.oracle.model import ActivationOracle

FORMAT = "softprism-oracle/1"
FORMAT_V2 = "softprism-oracle/2"  # reads signatures (sig_dim > 0); v1 folders still load
WEIGHTS, META = "oracle.safetensors", "oracle.json"


def save_oracle(folder: Path, net: ActivationOracle, meta: dict) -> Path:
    """Write the weights and `meta` (plus the network's own config and sizes) into `folder`."""
    from safetensors.torch import save_file

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().float().cpu().contiguous() for k, v in net.state_dict().items()}
    tmp = folder / f".{WEIGHTS}.tmp{os.getpid()}"
    fmt = FORMAT_V2 if net.sig_dim else FORMAT
    save_file(state, str(tmp), metadata={"format": fmt})
    os.replace(tmp, folder / WEIGHTS)
    v2 = {"sig_dim": net.sig_dim, "sig_tokens": net.sig_tokens, "readout": net.readout} if net.sig_dim else {}
    body = {"format": fmt, "net": to_dict(net.cfg), "n_sources": net.n_sources, "d_in": net.d_in,
            "d_out": net.d_out} | v2 | meta
    write_json(folder / META, body)
    return folder


def resolve(path: str | Path) -> Path:
    """The folder holding oracle.json for `path` (an oracle folder, or a run folder with `final/`)."""
    p = Path(path)
    if (p / META).is_file():
        return p
    if (p / "final" / META).is_file():
        return p / "final"
    raise InputError(f"{p}: no trained oracle here (no {META} in it or in {p / 'final'}); pass a run folder of "
                     "oracle/train.py, its final/ folder or one of its checkpoints/step-N folders")


def load_oracle(path: str | Path, device: str | torch.device = "cpu") -> tuple[ActivationOracle, dict]:
    """(network in eval mode, meta) from an oracle folder or a run folder."""
    from safetensors.torch import load_file

    folder = resolve(path)
    try:
        meta = json.loads((folder / META).read_text())
    except json.JSONDecodeError:
        raise InputError(f"{folder / META}: unreadable; re-export the oracle") from None
    if meta.get("format") not in (FORMAT, FORMAT_V2):
        raise InputError(f"{folder / META}: format {meta.get('format')!r} is not {FORMAT!r} or {FORMAT_V2!r}; "
                         "retrain the oracle")
    net = ActivationOracle(from_dict(NetConfig, meta["net"], str(folder / META)), meta["n_sources"], meta["d_in"],
                           meta["d_out"], meta.get("sig_dim", 0), meta.get("sig_tokens", 8),
                           meta.get("readout", False))
    if not (folder / WEIGHTS).is_file():
        raise InputError(f"{folder}: {WEIGHTS} is missing; the checkpoint is incomplete")
    try:
        state = load_file(str(folder / WEIGHTS))
        net.load_state_dict(state)
    except Exception as e:  # safetensors and torch raise several types for a damaged or mismatched file
        raise InputError(f"{folder / WEIGHTS}: cannot load the weights ({e.__class__.__name__}); retrain or "
                         "re-export the oracle") from None
    return net.to(device).eval(), meta
