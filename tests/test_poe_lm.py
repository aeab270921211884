import json
from pathlib import Path

import pytest
import torch

from softprism.poe.errors import InputError
from softprism.poe.lm import load_lm


def test_tiny_model_has_linear_head_and_template(tiny_lm):
    assert tiny_lm.d_model == 32 and tiny_lm.tokenizer.chat_template
    assert len(tiny_lm.fingerprint) == 16


@pytest.mark.parametrize("bad,needle", [
    (torch.zeros(4, 7), "width 7"),
    (torch.zeros(4), "2-D"),
    (torch.full((2, 32), float("nan")), "NaN"),
])
def test_bad_soft_prompts_are_refused(tiny_lm, bad, needle):
    with pytest.raises(InputError, match=needle):
        tiny_lm.check_soft_prompt(bad, "x.safetensors")


def test_fingerprint_ignores_the_folder_the_model_was_loaded_from(tiny_lm, tmp_path):
    for name in ("a", "b/c"):
        tiny_lm.model.save_pretrained(tmp_path / name)
        tiny_lm.tokenizer.save_pretrained(tmp_path / name)
    a, b = load_lm(str(tmp_path / "a")), load_lm(str(tmp_path / "b/c"))
    assert a.model.config._name_or_path != b.model.config._name_or_path
    assert a.fingerprint == b.fingerprint == tiny_lm.fingerprint


def test_fingerprint_hashes_weights_and_architecture_not_the_config_dict(tiny_lm):
    """Another transformers version writes other config keys and defaults (rope_theta became rope_parameters in
    5.x; new keys appear): the fingerprint must not move with them, and must move with the weights and the
    architecture."""
    import copy

    from softprism.poe.lm import LEGACY_FINGERPRINTS, FrozenLM, architecture_fields, canonical_fingerprint

    def rebuilt(edit_config=None, edit_model=None):
        model = copy.deepcopy(tiny_lm.model)
        if edit_config:
            edit_config(model.config)
        if edit_model:
            edit_model(model)
        return FrozenLM(model, tiny_lm.tokenizer, "copy")

    def unrelated(c):
        c.transformers_version = "4.99.0"
        c.use_cache = not c.use_cache
        c.initializer_range = 0.02
        c.some_new_key_of_a_later_version = {"x": 1}
        c._name_or_path = "/elsewhere"

    same = rebuilt(unrelated)
    assert same.fingerprint == tiny_lm.fingerprint
    assert same._legacy_fingerprint() != tiny_lm._legacy_fingerprint()  # the old scheme moved with them
    assert same.matches(tiny_lm.fingerprint) and not same.matches("0123456789abcdef")
    # the rotary base as 4.x (rope_theta) and as 5.x (rope_parameters) writes it: one architecture
    cfg4 = copy.deepcopy(tiny_lm.model.config)
    theta = architecture_fields(cfg4)["rope"]["rope_theta"]
    if hasattr(cfg4, "rope_parameters"):
        cfg4.rope_parameters = None
    cfg4.rope_theta = theta
    assert architecture_fields(cfg4) == architecture_fields(tiny_lm.model.config)
    # weights and architecture do count
    def nudge(m):
        with torch.no_grad():
            next(m.parameters()).view(-1)[0] += 1.0

    assert rebuilt(edit_model=nudge).fingerprint != tiny_lm.fingerprint
    assert rebuilt(lambda c: setattr(c, "rms_norm_eps", 1e-3)).fingerprint != tiny_lm.fingerprint
    # a bfloat16 load of the same weights matches; pre-v2 fingerprints of the embedded model map to today's
    bf16 = rebuilt(edit_model=lambda m: m.to(torch.bfloat16))
    assert bf16.fingerprint == tiny_lm.fingerprint
    assert tiny_lm.matches(tiny_lm._legacy_fingerprint())  # made under this version before v2: still loads
    for old, new in LEGACY_FINGERPRINTS.items():
        assert canonical_fingerprint(old) == new and canonical_fingerprint(new) == new


def test_bf16_autocast_tables_are_close_and_cached_apart(tiny_lm, monkeypatch):
    from softprism.poe import lm as lm_mod
    from softprism.poe.lm import ModelConfig
    from softprism.poe.probes import ProbeConfig, fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.poe.tables import compute_states, make_tails

    amp = load_lm(ModelConfig(name="tiny", autocast="bfloat16"))
    assert amp.autocast == "bfloat16" and tiny_lm.autocast == "off"
    assert amp.fingerprint == tiny_lm.fingerprint  # same weights: an oracle trained on them still matches
    assert amp.tables_id != tiny_lm.tables_id  # but cached state tables are kept apart
    fit, _ = fit_heldout(ProbeConfig(n_fit=4, n_heldout=2, positions=2))
    out = {}
    for lm in (tiny_lm, amp):
        slot = PromptSlot(lm, "prefix")
        out[lm.autocast] = compute_states(lm, slot, [lm.embed_text("Write a poem."), lm.embed_text("Be brief.")],
                                          make_tails(lm, slot, fit, 2))
    a, b = out["off"], out["bfloat16"]
    rel = ((a - b).norm(dim=-1) / a.norm(dim=-1)).median()
    assert 0 < rel < 0.1  # computed in bf16: different, and close (the random tiny model amplifies rounding)
    # `auto` follows the hardware; a bad value is one clear error
    for native in (True, False):
        monkeypatch.setattr(lm_mod, "native_bf16", lambda device, v=native: v)
        lm_mod._LOADED.pop(("tiny", "float32", "cpu", "auto", None), None)
        assert load_lm(ModelConfig(name="tiny", autocast="auto")).autocast == ("bfloat16" if native else "off")
    with pytest.raises(InputError, match="model.autocast"):
        load_lm(ModelConfig(name="tiny", autocast="fp8"))


def _linear_dtypes(lm):
    """Record the output dtype of every nn.Linear call inside `lm.base` while the returned hooks are live."""
    seen = []
    hooks = [m.register_forward_hook(lambda m, i, o: seen.append(o.dtype)) for m in lm.base.modules()
             if isinstance(m, torch.nn.Linear)]
    return seen, hooks


def test_amp_off_does_not_cancel_an_outer_autocast(tiny_lm):
    """`FrozenLM.amp()` with autocast off must leave a caller's bf16 autocast in force (it used to open a nested
    `torch.autocast(enabled=False)`, so distillation ran in fp32 under its own bf16 autocast)."""
    from softprism.poe.slot import PromptSlot
    from softprism.poe.tables import forward_states

    assert tiny_lm.autocast == "off"
    slot = PromptSlot(tiny_lm, "prefix")
    heads = slot.heads(tiny_lm.embed_text("Be brief.")[None])
    tails = [slot.tail_ids("Hello there", 8)]
    seen, hooks = _linear_dtypes(tiny_lm)
    try:
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
            forward_states(tiny_lm, heads, tails, 1)
        assert seen and set(seen) == {torch.bfloat16}
        seen.clear()
        with torch.no_grad():
            forward_states(tiny_lm, heads, tails, 1)
        assert set(seen) == {torch.float32}  # and no autocast of its own when off
    finally:
        for h in hooks:
            h.remove()


def test_bf16_applies_inside_tables_and_distillation_when_asked(tiny_lm):
    """Tables under `model.autocast: bfloat16` and distillation under `distill.autocast: bfloat16` run their
    matmuls in bf16 on CPU too; the distilled prompt and its Adam state stay fp32. (The component tables that
    targets are built from keep the model's own precision: computed once per component and cached.)"""
    from softprism.poe.config import load_config
    from softprism.poe.lm import ModelConfig
    from softprism.poe.slot import PromptSlot
    from softprism.poe.tables import compute_states, make_tails
    from softprism.poe.probes import ProbeConfig, fit_heldout
    from softprism.synth import pipeline
    from softprism.synth.config import SynthConfig
    from softprism.synth.distill import Job, init_soft

    amp = load_lm(ModelConfig(name="tiny", autocast="bfloat16"))
    fit, _ = fit_heldout(ProbeConfig(n_fit=2, n_heldout=2, positions=1))
    slot = PromptSlot(amp, "prefix")
    seen, hooks = _linear_dtypes(amp)
    try:
        compute_states(amp, slot, [amp.embed_text("Be brief.")], make_tails(amp, slot, fit, 1))
        assert seen and set(seen) == {torch.bfloat16}
    finally:
        for h in hooks:
            h.remove()
    cfg = load_config(SynthConfig, "configs/synth/tiny.yaml",
                      ["distill.autocast=bfloat16", "distill.max_steps=2", "distill.eval_every=2",
                       "probes.n_fit=12", "probes.n_heldout=2", "probes.positions=1"])
    setup = pipeline.build(pipeline.validate(cfg))
    dist = setup.distiller
    assert dist.amp and dist.lm.autocast == "off"
    job = pipeline.plan_job(cfg, setup.pool, setup.candidates, 0)
    job = Job(job.index, job.mixture, 4, "sample_vocab")
    dist.component_states(job.mixture.ids, job.mixture.texts)  # targets: the model's own precision, cached first
    seen, hooks = _linear_dtypes(dist.lm)
    try:
        with torch.enable_grad():
            (res,) = dist.distill([job], [init_soft(dist.lm, "sample_vocab", 4, 0, "")], seed=0)
        assert seen and set(seen) == {torch.bfloat16}
        assert res.soft.dtype == torch.float32 and res.steps == 2
    finally:
        for h in hooks:
            h.remove()


def test_missing_model_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="config.json"):
        load_lm(str(tmp_path))


@pytest.mark.slow
def test_embedded_model_converts_once_then_loads_the_copy(tmp_path, monkeypatch):
    from softprism.poe import lm as lm_module
    from softprism.poe.lm import _LOADED, ModelConfig, embedded_model_dir

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))  # a fresh cache: the GGUF conversion itself is tested
    saved = dict(_LOADED)
    _LOADED.clear()
    try:
        d = embedded_model_dir()
        assert (d / "model.safetensors").is_file() and str(d).startswith(str(tmp_path))
        assert "quantization_config" not in (d / "config.json").read_text()

        def again(*a, **k):
            raise AssertionError("the GGUF was converted a second time")

        # once converted, loading reads the safetensors copy: the GGUF dequantisation never runs again
        monkeypatch.setattr(lm_module, "_convert_embedded", again)
        assert embedded_model_dir() == d
        lm = load_lm(ModelConfig(name="embedded"))
        assert lm.d_model == 576 and lm.vocab_size == 49152
        ids = torch.tensor([lm.tokenize("The capital of France is")])
        with torch.no_grad():
            nxt = lm.model(input_ids=ids).logits[0, -1].argmax()
        assert "Paris" in lm.tokenizer.decode([int(nxt)])
        # the shipped oracle checks this fingerprint: a conversion under any cache folder must match it
        shipped = json.loads((Path(__file__).parents[1] / "oracle" / "shipped" / "oracle.json").read_text())
        assert lm.fingerprint == shipped["lm"]["fingerprint"]
    finally:
        _LOADED.clear()
        _LOADED.update(saved)
