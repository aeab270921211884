"""Shared fixtures: the tiny random model (built locally, never downloaded) and offline settings."""

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))


@pytest.fixture(scope="session")
def tiny_lm():
    from softprism.poe.lm import load_lm

    return load_lm("tiny")


@pytest.fixture(scope="session")
def tiny_probes():
    from softprism.poe.probes import ProbeConfig, fit_heldout

    return fit_heldout(ProbeConfig(n_fit=12, n_heldout=6, positions=3))
