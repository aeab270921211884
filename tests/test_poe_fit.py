import torch

from poe.fit import DictionaryFit
from poe.slot import PromptSlot
from poe.solver import PoEProblem, SolverConfig


def test_dictionary_fit_metrics_match_direct_computation(tiny_lm, tiny_probes, monkeypatch, tmp_path):
    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    lm = tiny_lm
    slot = PromptSlot(lm, "system")
    fit, held = tiny_probes
    texts = ["Be rude.", "Always answer in French.", "You are a pirate.", "Reply only in JSON.", "Write a poem."]
    dfit = DictionaryFit(lm, slot, fit, held, texts, 3, SolverConfig(max_components=3), progress=False)
    pirate = lm.embed_text("You are a pirate.")
    target = pirate + 0.5 * lm.embedding_std * torch.randn(pirate.shape, generator=torch.Generator().manual_seed(0))
    dec = dfit.fit(target)
    tf, th = dfit.target_states(target)
    singles = []
    for i in range(len(texts) + 1):  # last row: the null prompt
        pr = PoEProblem(dfit.held_states[[i]], th, lm.head_weight, lm.head_bias)
        singles.append(pr.value(torch.ones(1, dtype=torch.float64)))
    assert abs(dec.kl_base - singles[-1]) < 1e-9
    assert abs(dec.kl_best_single - min(singles[:-1])) < 1e-9
    assert dec.best_single == texts[min(range(len(texts)), key=lambda i: singles[i])]
    assert dec.converged and dec.kl <= dec.kl_base and abs(dec.explained - (1 - dec.kl / dec.kl_base)) < 1e-12
    # the table cache returns the same states
    again = DictionaryFit(lm, slot, fit, held, texts, 3, SolverConfig(max_components=3), progress=False)
    assert torch.equal(again.held_states, dfit.held_states)
    assert any((tmp_path / "tables").iterdir())
