import json
from pathlib import Path

import pytest
import torch

from poe.errors import InputError
from poe.lm import load_lm


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


def test_bf16_autocast_tables_are_close_and_cached_apart(tiny_lm, monkeypatch):
    from poe import lm as lm_mod
    from poe.lm import ModelConfig
    from poe.probes import ProbeConfig, fit_heldout
    from poe.slot import PromptSlot
    from poe.tables import compute_states, make_tails

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
        lm_mod._LOADED.pop(("tiny", "float32", "cpu", "auto"), None)
        assert load_lm(ModelConfig(name="tiny", autocast="auto")).autocast == ("bfloat16" if native else "off")
    with pytest.raises(InputError, match="model.autocast"):
        load_lm(ModelConfig(name="tiny", autocast="fp8"))


def test_missing_model_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="config.json"):
        load_lm(str(tmp_path))


@pytest.mark.slow
def test_embedded_model_converts_once_then_loads_quickly(tmp_path, monkeypatch):
    import time

    from poe.lm import _LOADED, ModelConfig, embedded_model_dir

    monkeypatch.setenv("SOFTPRISM_CACHE", str(tmp_path))  # a fresh cache: the GGUF conversion itself is tested
    saved = dict(_LOADED)
    _LOADED.clear()
    try:
        d = embedded_model_dir()
        assert (d / "model.safetensors").is_file() and str(d).startswith(str(tmp_path))
        assert "quantization_config" not in (d / "config.json").read_text()
        t = time.perf_counter()
        lm = load_lm(ModelConfig(name="embedded"))
        took = time.perf_counter() - t
        assert lm.d_model == 576 and lm.vocab_size == 49152
        assert took < 20  # a safetensors load, not a GGUF dequantisation
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
