import pytest
import torch

from softprism.poe.slot import PromptSlot
from softprism.poe.tables import compute_states, make_tails, prompt_logprobs


@pytest.mark.parametrize("kind", ["system", "prefix"])
def test_cached_heads_equal_full_sequence_forward(tiny_lm, tiny_probes, kind):
    lm = tiny_lm
    slot = PromptSlot(lm, kind)
    fit, _ = tiny_probes
    tails = make_tails(lm, slot, fit, 3)
    prompts = [lm.embed_text("Be rude."), lm.embed_text("Always answer in French please."),
               torch.randn(5, lm.d_model) * 0.3, torch.zeros(0, lm.d_model)]
    S = compute_states(lm, slot, prompts, tails, token_budget=64)  # small budget: many chunks
    assert S.shape == (4, len(fit) * 3, lm.d_model)
    for i, p in enumerate(prompts):
        for b in (0, len(fit) - 1):
            seq = torch.cat([slot.head(p), lm.embedding(torch.tensor(tails.ids[b]))])
            with torch.no_grad():
                full = lm.model(inputs_embeds=seq[None]).logits[0, -3:]
            mine = prompt_logprobs(lm, S[i, b * 3 : b * 3 + 3])
            torch.testing.assert_close(mine, torch.log_softmax(full, -1), atol=1e-4, rtol=1e-4)


def test_long_prompts_get_smaller_batches_and_the_same_states(tiny_lm, tiny_probes, monkeypatch):
    """Batches hold at most 4 x token_budget key/value positions (prompts x probes x (head + tail)); the states do
    not depend on how they are batched."""
    import softprism.poe.tables as tables

    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    fit, _ = tiny_probes
    tails = make_tails(lm, slot, fit, 2)
    prompts = [torch.randn(120, lm.d_model) * 0.3, torch.randn(120, lm.d_model) * 0.3, lm.embed_text("Be rude.")]
    whole = compute_states(lm, slot, prompts, tails, token_budget=100_000)
    seen = []
    real = tables.forward_states
    template = slot.head(torch.zeros(0, lm.d_model)).shape[0]  # head = template tokens + the prompt

    def spy(lm_, heads, tails_, T, head_lengths=None):
        seen.append((heads.shape[0], len(tails_), heads.shape[1] - template + max(map(len, tails_))))
        return real(lm_, heads, tails_, T, head_lengths=head_lengths)

    monkeypatch.setattr(tables, "forward_states", spy)
    budget = 64
    small = compute_states(lm, slot, prompts, tails, token_budget=budget)
    torch.testing.assert_close(small, whole, atol=1e-5, rtol=1e-5)
    assert all(n * b * span <= 4 * budget or (n, b) == (1, 1) for n, b, span in seen)
    assert any(b == 1 for n, b, span in seen if span > 120)  # the 120-vector prompts: one probe per batch


def test_hard_prompt_embedding_path_equals_token_ids(tiny_lm):
    lm = tiny_lm
    ids = torch.tensor([lm.tokenize("You are a pirate. Hello")])
    with torch.no_grad():
        a = lm.model(input_ids=ids).logits
        b = lm.model(inputs_embeds=lm.embed_text("You are a pirate. Hello")[None]).logits
    torch.testing.assert_close(a, b)


def test_given_outputs_are_teacher_forced(tiny_lm):
    from softprism.poe.probes import Probe, ProbeSet

    lm = tiny_lm
    slot = PromptSlot(lm, "system")
    ps = ProbeSet([Probe("Is this good?", output="positive"), Probe("Hello")])
    tails = make_tails(lm, slot, ps, 3)
    out_ids = lm.tokenize("positive")[:2]
    assert tails.ids[0][-2:] == out_ids + [lm.tokenizer.eos_token_id] * (2 - len(out_ids))
    assert len(tails.ids[1]) == len(slot.tail_ids("Hello")) + 2


def test_batched_tables_equal_per_example_tables(tiny_lm, tiny_probes):

    lm = tiny_lm
    slot = PromptSlot(lm, "system")
    fit, _ = tiny_probes
    tails = make_tails(lm, slot, fit, 2)
    prompts = [lm.embed_text(t) for t in ("Be rude.", "Reply in JSON.", "You are a cat.", "Be kind.")]
    batched = compute_states(lm, slot, prompts, tails)
    for i, p in enumerate(prompts):
        for b in range(len(fit)):
            one = compute_states(lm, slot, [p], type(tails)([tails.ids[b]], 2))
            torch.testing.assert_close(one[0], batched[i, 2 * b : 2 * b + 2], atol=2e-5, rtol=1e-5)


@pytest.mark.parametrize("kind", ["system", "prefix"])
def test_padded_heads_of_mixed_lengths_equal_per_length_states(tiny_lm, tiny_probes, kind):
    """Heads of different lengths right-padded into one batch (with per-prompt tails) give the states of each
    prompt run alone: the padding is masked and positions restart at each head's own length."""
    from softprism.poe.tables import forward_states

    lm = tiny_lm
    slot = PromptSlot(lm, kind)
    fit, _ = tiny_probes
    tails = make_tails(lm, slot, fit, 2)
    g = torch.Generator().manual_seed(0)
    prompts = [torch.randn(L, lm.d_model, generator=g) for L in (3, 7, 1, 5)]
    per = [[tails.ids[(i + j) % len(tails)] for j in range(3)] for i in range(len(prompts))]
    heads, lengths = slot.padded_heads(prompts)
    assert heads.shape[1] == max(lengths) and len(set(lengths)) == 4
    with torch.no_grad():
        mixed = forward_states(lm, heads, per, 2, head_lengths=lengths)
        for i, p in enumerate(prompts):
            alone = forward_states(lm, slot.heads(p[None]), per[i], 2)[0]
            torch.testing.assert_close(mixed[i], alone, atol=2e-5, rtol=1e-5)


def test_length_buckets_exact_on_cpu_and_padded_when_asked():
    from softprism.poe.tables import length_buckets

    lengths = [5, 40, 5, 6, 41, 7, 100]
    assert sorted(map(sorted, length_buckets(lengths, 0.0))) == [[0, 2], [1], [3], [4], [5], [6]]
    padded = length_buckets(lengths, 0.25)  # 5..7 within 0.25 x 21; 40..41; 100 alone
    assert sorted(map(sorted, padded)) == [[0, 2, 3, 5], [1, 4], [6]]
    assert sorted(i for g in padded for i in g) == list(range(len(lengths)))


@pytest.mark.parametrize("kind", ["system", "prefix"])
def test_padded_length_buckets_give_the_exact_states(tiny_lm, tiny_probes, kind):
    """Prompts of different lengths sharing a right-padded batch (the GPU default) give the states of exact-length
    batches (the CPU default), for hard and soft prompts and the empty prompt."""
    lm = tiny_lm
    slot = PromptSlot(lm, kind)
    fit, _ = tiny_probes
    tails = make_tails(lm, slot, fit, 2)
    prompts = [lm.embed_text("Be rude."), lm.embed_text("Always answer in French please."),
               torch.randn(5, lm.d_model) * 0.3, torch.randn(9, lm.d_model) * 0.3, torch.zeros(0, lm.d_model),
               lm.embed_text("Write a haiku about the sea, with a title.")]
    exact = compute_states(lm, slot, prompts, tails, pad_slack=0.0)
    padded = compute_states(lm, slot, prompts, tails, pad_slack=10.0)  # one bucket: every length padded together
    torch.testing.assert_close(padded, exact, atol=1e-5, rtol=1e-5)


def test_states_on_several_probe_sets_equal_one_set_at_a_time(tiny_lm, tiny_probes):
    """`compute_states_on` runs fit and held-out probes in one batch (each head once); the tables are the ones
    `compute_states` gives for each set alone, split back in order."""
    from softprism.poe.tables import compute_states_on

    lm = tiny_lm
    slot = PromptSlot(lm, "prefix")
    fit, held = tiny_probes
    tf, th = make_tails(lm, slot, fit, 2), make_tails(lm, slot, held, 2)
    prompts = [lm.embed_text("Be rude."), torch.randn(7, lm.d_model) * 0.3, lm.embed_text("Write a poem.")]
    F, H = compute_states_on(lm, slot, prompts, [tf, th])
    assert F.shape == (3, len(fit) * 2, lm.d_model) and H.shape == (3, len(held) * 2, lm.d_model)
    torch.testing.assert_close(F, compute_states(lm, slot, prompts, tf), atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(H, compute_states(lm, slot, prompts, th), atol=1e-5, rtol=1e-5)
    with pytest.raises(ValueError, match="same T"):
        compute_states_on(lm, slot, prompts, [tf, make_tails(lm, slot, held, 1)])


def test_cached_forwards_pass_the_cache_by_the_models_own_keyword(tiny_lm, tiny_probes):
    """Current transformers take the key/value cache as `cache`; the old `past_key_values` name prints a
    deprecation warning on every forward (a user should see only softprism's own lines)."""
    import warnings

    import inspect

    assert tiny_lm.cache_kw in inspect.signature(tiny_lm.base.forward).parameters
    slot = PromptSlot(tiny_lm, "prefix")
    tails = make_tails(tiny_lm, slot, tiny_probes[0], 2)
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        compute_states(tiny_lm, slot, [tiny_lm.embed_text("Answer briefly.")], tails)
    assert not [w for w in got if "past_key_values" in str(w.message)]


def test_no_deprecated_cache_name_reaches_transformers_logger(tiny_lm, tiny_probes, monkeypatch):
    """Reading `output.past_key_values` also warns in current transformers (through its logger, once per process):
    every cache softprism reads goes through `poe.lm.kv_cache`."""
    from transformers.utils import generic

    said = []
    monkeypatch.setattr(generic.logger, "warning_once", lambda msg, *a, **k: said.append(msg))
    slot = PromptSlot(tiny_lm, "prefix")
    tails = make_tails(tiny_lm, slot, tiny_probes[0], 2)
    compute_states(tiny_lm, slot, [tiny_lm.embed_text("Answer briefly.")], tails)
    from softprism.poe.decode import DecodeConfig, poe_generate

    poe_generate(tiny_lm, slot, [tiny_lm.embed_text("Be brief.")], [1.0], ["Hello"], DecodeConfig(max_new_tokens=3))
    assert not [m for m in said if "past_key_values" in m]
