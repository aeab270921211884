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


def test_missing_model_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="config.json"):
        load_lm(str(tmp_path))


@pytest.mark.slow
def test_embedded_model_loads_from_cache_quickly():
    import time

    from poe.lm import ModelConfig, _LOADED, embedded_model_dir

    embedded_model_dir()  # converts once if needed
    _LOADED.clear()
    t = time.perf_counter()
    lm = load_lm(ModelConfig(name="embedded"))
    took = time.perf_counter() - t
    assert lm.d_model == 576 and lm.vocab_size == 49152
    assert took < 30  # a safetensors load, not a GGUF dequantisation (that takes 20-40 s)
    ids = torch.tensor([lm.tokenize("The capital of France is")])
    with torch.no_grad():
        nxt = lm.model(input_ids=ids).logits[0, -1].argmax()
    assert "Paris" in lm.tokenizer.decode([int(nxt)])
