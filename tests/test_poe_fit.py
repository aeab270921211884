import torch

from softprism.poe.fit import DictionaryFit
from softprism.poe.slot import PromptSlot
from softprism.poe.solver import PoEProblem, SolverConfig


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
    # the path alone (no full solve) is the fit's path cut at `steps`; a warm start reaches the same optimum
    states = (tf, th)
    short = dfit.path(states, 2)
    assert [(s.k, s.indices) for s in short] == [(s.k, s.indices) for s in dec.path[:3]]
    assert all(abs(a.kl_fit - b.kl_fit) < 1e-9 for a, b in zip(short, dec.path))
    w0 = torch.zeros(len(texts) + 1, dtype=torch.float64)
    w0[short[-1].indices] = torch.tensor(short[-1].weights, dtype=torch.float64)
    warm = dfit.fit(states=states, with_path=False, w0=w0)
    assert warm.converged and abs(warm.kl_fit - dec.kl_fit) < 1e-9 and abs(warm.kl - dec.kl) < 1e-6  # KKT tol 1e-6
    assert [(c.text, round(c.weight, 4)) for c in warm.components] == [(c.text, round(c.weight, 4)) for c in dec.components]
    # the table cache returns the same states
    again = DictionaryFit(lm, slot, fit, held, texts, 3, SolverConfig(max_components=3), progress=False)
    assert torch.equal(again.held_states, dfit.held_states)
    assert any((tmp_path / "tables").iterdir())


def test_solver_runs_on_the_configured_device_with_the_same_certificate(tiny_lm, tiny_probes, monkeypatch,
                                                                         tmp_path):
    """`solver.device` picks where the vocabulary passes run (`auto`: the model's device; the solve used to be pinned
    to the host). On CPU `auto` and `cpu` give the same answer; the head is converted once per (device, dtype) and
    shared by every problem, and the held-out log-sum-exps equal a direct float64 computation."""
    import pytest

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))
    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    fit, held = tiny_probes
    texts = ["Be rude.", "Always answer in French.", "You are a pirate.", "Reply only in JSON."]
    target = lm.embed_text("You are a pirate.") + 0.3
    decs = {}
    for dev in ("auto", "cpu"):
        cfg = SolverConfig(max_components=2, device=dev)
        dfit = DictionaryFit(lm, slot, fit, held, texts, 3, cfg, progress=False)
        assert dfit.device == torch.device("cpu")
        p1 = dfit.problem(dfit.fit_states[:2], dfit.fit_states[0])
        p2 = dfit.problem(dfit.fit_states[1:3], dfit.fit_states[1])
        assert p1.device == torch.device("cpu") and p1.W.dtype == torch.float64
        assert p1.W.data_ptr() == p2.W.data_ptr() and p1.W32.data_ptr() == p2.W32.data_ptr()  # one copy
        decs[dev] = dfit.fit(target)
    a, b = decs["auto"], decs["cpu"]
    assert a.converged and b.converged and a.kkt_residual <= 1e-6 and b.kkt_residual <= 1e-6
    assert [c.text for c in a.components] == [c.text for c in b.components]
    assert abs(a.kl - b.kl) < 1e-12 and abs(a.kl_base - b.kl_base) < 1e-12
    assert lm.head_bias is None
    direct = torch.logsumexp(dfit.held_states.double() @ lm.head_weight.double().T, -1)
    torch.testing.assert_close(dfit.heldout_lse(), direct, rtol=0, atol=1e-10)
    assert SolverConfig().resolve_device("cuda:1") == torch.device("cuda:1")
    assert SolverConfig(device="cpu").resolve_device("cuda:1") == torch.device("cpu")
    with pytest.raises(ValueError, match="device"):
        SolverConfig(device="gpu0")
