"""Figures for eval/ outputs (matplotlib, Agg backend, PNG). Pure functions: data in, file out."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def _short(text: str, n: int = 48) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def weights_and_curve(path: Path, title: str, labels: list[str], weights: list[float], highlight: set[int],
                      ks: list[int], kl_fit: list[float], kl_held: list[float | None], kl_base: float) -> None:
    """Left: bar chart of the largest weights (highlighted bars in orange). Right: KL versus k."""
    fig, (a, b) = plt.subplots(1, 2, figsize=(13, 4.8), gridspec_kw={"width_ratios": [1.3, 1]})
    ys = list(range(len(labels)))[::-1]
    colors = ["tab:orange" if i in highlight else ("tab:blue" if w >= 0 else "tab:red") for i, w in enumerate(weights)]
    a.barh(ys, weights, color=colors)
    a.set_yticks(ys, [_short(t) for t in labels], fontsize=8)
    a.axvline(0, color="k", lw=0.6)
    a.set_xlabel("PoE weight")
    a.set_title(title, fontsize=10)
    floor = 1e-9  # KL values below this are drawn at it (log axis)
    b.plot(ks, [max(v, floor) for v in kl_fit], "o-", label="fit probes")
    if any(v is not None for v in kl_held):
        b.plot(ks, [max(v, floor) if v is not None else float("nan") for v in kl_held], "s-", label="held-out probes")
    b.axhline(kl_base, color="gray", ls="--", label="no prompt (kl_base)")
    b.set_yscale("log")
    b.set_xlabel("components k (greedy, refit)")
    b.set_ylabel("mean KL(target ‖ PoE)")
    b.legend(fontsize=8)
    b.set_title("KL versus number of components", fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def noise_sweep(path: Path, sigmas: list[float], kl_mean: list[float], kl_sd: list[float], ex_mean: list[float],
                ex_sd: list[float], tw_mean: list[float], base_mean: list[float]) -> None:
    """Phase 0.5: KL, explained and the target's recovered weight against the noise level."""
    fig, axes = plt.subplots(1, 3, figsize=(14, 4))
    axes[0].errorbar(sigmas, kl_mean, yerr=kl_sd, fmt="o-", capsize=3, label="kl (decomposition)")
    axes[0].plot(sigmas, base_mean, "s--", color="gray", label="kl_base (no prompt)")
    axes[0].set_ylabel("held-out mean KL")
    axes[0].legend(fontsize=8)
    axes[1].errorbar(sigmas, ex_mean, yerr=ex_sd, fmt="o-", capsize=3, color="tab:green")
    axes[1].set_ylabel("explained = 1 − kl / kl_base")
    axes[1].set_ylim(min(0, min(ex_mean) - 0.05), 1.05)
    axes[2].plot(sigmas, tw_mean, "o-", color="tab:orange")
    axes[2].set_ylabel("weight recovered for the clean target")
    for ax in axes:
        ax.set_xlabel("noise σ (× embedding std)")
        ax.grid(alpha=0.3)
    fig.suptitle("Phase 0.5: a known hard prompt with Gaussian noise on its embeddings", fontsize=11)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
