import torch

from poe.decode import DecodeConfig, PoELogitsProcessor, poe_generate
from poe.slot import PromptSlot


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
