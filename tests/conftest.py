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


@pytest.fixture(scope="module")
def one_thread():
    """One torch thread while a module runs, restored afterwards: the tiny model is overhead-bound, and on a shared
    2-core machine two threads are many times slower. A module opts in with
    `pytestmark = pytest.mark.usefixtures("one_thread")`."""
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)
