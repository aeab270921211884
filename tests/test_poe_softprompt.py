import json

import pytest
import torch
from safetensors.torch import save_file

from softprism.poe.errors import InputError
from softprism.poe.slot import PromptSlot
from softprism.poe.softprompt import load_soft_prompt, save_peft_adapter
from softprism.poe.tables import compute_states, make_tails, prompt_logprobs


def test_soft_prompt_equal_to_token_embeddings_gives_identical_logprobs(tiny_lm, tiny_probes):
    lm = tiny_lm
    slot = PromptSlot(lm, "system")
    tails = make_tails(lm, slot, tiny_probes[0], 3)
    text = "Always answer like a pirate."
    soft = lm.embedding.weight[lm.tokenize(text)].clone()  # a "learned" tensor that happens to equal the tokens
    S = compute_states(lm, slot, [lm.embed_text(text), soft], tails)
    assert torch.equal(prompt_logprobs(lm, S[0]), prompt_logprobs(lm, S[1]))


def test_prefix_slot_matches_peft_prompt_tuning(tiny_lm, tmp_path):
    from peft import PeftModel

    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    soft = torch.randn(5, lm.d_model, generator=torch.Generator().manual_seed(0)) * lm.embedding_std
    cfg = lm.model.config
    path = save_peft_adapter(soft, tmp_path / "adapter", "tiny", cfg.num_hidden_layers, cfg.num_attention_heads)
    peft_model = PeftModel.from_pretrained(lm.model, str(path))
    probe = "What is the capital of France?"
    input_ids = torch.tensor([slot.mid_ids + slot.tail_ids(probe)])
    with torch.no_grad():
        want = peft_model(input_ids=input_ids).logits[0, -1]
        seq = torch.cat([slot.head(soft), lm.embed_ids(slot.tail_ids(probe))])
        got = lm.model(inputs_embeds=seq[None]).logits[0, -1]
    peft_model.unload() if hasattr(peft_model, "unload") else None
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5)
    back = load_soft_prompt(path)
    assert back.format == "peft" and back.base_model == "tiny" and torch.equal(back.embeddings, soft)


def test_every_format_loads(tmp_path):
    t = torch.randn(4, 8)
    save_file({"anything": t}, str(tmp_path / "a.safetensors"))
    torch.save(t, tmp_path / "b.pt")
    torch.save({"prompt_embeddings": t, "step": torch.tensor(3)}, tmp_path / "c.pt")
    for name in ("a.safetensors", "b.pt", "c.pt"):
        assert torch.equal(load_soft_prompt(tmp_path / name).embeddings, t)


@pytest.mark.parametrize("make,needle", [
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: torch.save(torch.randn(2, 3, 4), p), "2-D"),
    (lambda p: torch.save(torch.full((2, 3), float("inf")), p), "NaN or inf"),
    (lambda p: torch.save({"a": torch.zeros(2, 2), "b": torch.zeros(2, 2)}, p), "2 tensors"),
    (lambda p: p.write_text("not a tensor"), "not a readable torch file"),
])
def test_bad_files_are_refused(tmp_path, make, needle):
    p = tmp_path / "bad.pt"
    make(p)
    with pytest.raises(InputError, match=needle):
        load_soft_prompt(p)


def test_non_prompt_tuning_adapter_is_refused(tmp_path):
    (tmp_path / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA"}))
    with pytest.raises(InputError, match="PROMPT_TUNING"):
        load_soft_prompt(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        load_soft_prompt(tmp_path / "missing.safetensors")
