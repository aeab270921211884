import torch

from softprism.poe.decode import DecodeConfig, PoELogitsProcessor, poe_generate
from softprism.poe.slot import PromptSlot


def _greedy(lm, slot, prompt, text, n):
    seq = torch.cat([slot.head(prompt), lm.embed_ids(slot.tail_ids(text))])[None]
    toks = []
    with torch.no_grad():
        for _ in range(n):
            t = int(lm.model(inputs_embeds=seq).logits[0, -1].argmax())
            if t == lm.tokenizer.eos_token_id:
                break
            toks.append(t)
            seq = torch.cat([seq, lm.embed_ids([t])[None]], 1)
    return lm.tokenizer.decode(toks, skip_special_tokens=True)


def test_one_hot_poe_decoding_equals_plain_greedy(tiny_lm):
    lm = tiny_lm
    slot = PromptSlot(lm, "system")
    prompts = [lm.embed_text("Be rude."), lm.embed_text("Write a long poem about the sea.")]
    probes = ["Hello there", "What is 2+2?", "Tell me a story about a dragon and a knight"]
    got = poe_generate(lm, slot, prompts, [0.0, 1.0], probes, DecodeConfig(max_new_tokens=6))
    assert got == [_greedy(lm, slot, prompts[1], p, 6) for p in probes]


def test_logits_processor_mixes_rows():
    scores = torch.randn(3, 10)
    w = torch.tensor([0.5, -0.2, 0.7])
    out = PoELogitsProcessor(w)(torch.zeros(3, 1, dtype=torch.long), scores)
    expect = torch.log_softmax((w[:, None] * torch.log_softmax(scores, -1)).sum(0), -1)
    torch.testing.assert_close(out[1], expect)
    assert torch.equal(out[0], out[2])


def test_prefill_computes_logits_at_the_last_position_only(tiny_lm, monkeypatch):
    """The vocabulary head runs on [rows, d] states (the last position of each row), never on the whole prefill
    ([rows, Lmax, d]); the replies are those of the full-logits greedy reference."""
    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    prompts = [lm.embed_text("Be rude."), lm.embed_text("Write a long poem about the sea.")]
    probes = ["Hello there", "Tell me a story about a dragon and a knight"]
    shapes = []
    real = type(lm).head_logits

    def spy(self, hidden):
        shapes.append(tuple(hidden.shape))
        return real(self, hidden)

    monkeypatch.setattr(type(lm), "head_logits", spy)
    head_calls = []
    h = lm.model.get_output_embeddings().register_forward_hook(lambda m, i, o: head_calls.append(i[0].shape))
    try:
        got = poe_generate(lm, slot, prompts, [1.0, 0.0], probes, DecodeConfig(max_new_tokens=5))
    finally:
        h.remove()
    assert shapes and all(s == (len(prompts) * len(probes), lm.d_model) for s in shapes)
    assert head_calls == []  # the full model (all-position logits) is never called
    monkeypatch.undo()
    assert got == [_greedy(lm, slot, prompts[0], p, 5) for p in probes]
