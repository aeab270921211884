"""oracle.matcher and oracle.criterion: batched matching equals per-example matching (empty targets and permuted
targets included); the matching is optimal; the loss terms are named, finite and zero where they should be."""

import itertools

import pytest
import torch
import torch.nn.functional as F

from softprism.oracle.config import LossConfig
from softprism.oracle.criterion import SetCriterion
from softprism.oracle.matcher import HungarianMatcher


def make_batch(counts, K=5, D=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    B, T = len(counts), max(max(counts), 1)
    outputs = {"directions": F.normalize(torch.randn(B, K, D, generator=g), dim=-1),
               "weights": torch.randn(B, K, generator=g),
               "presence_logits": torch.randn(B, K, generator=g)}
    tdir = torch.zeros(B, T, D)
    tw = torch.zeros(B, T)
    mask = torch.zeros(B, T, dtype=torch.bool)
    for b, n in enumerate(counts):
        tdir[b, :n] = F.normalize(torch.randn(n, D, generator=g), dim=-1)
        tw[b, :n] = torch.randn(n, generator=g)
        mask[b, :n] = True
    return outputs, {"directions": tdir, "weights": tw, "mask": mask}


def one(outputs, targets, b):
    n = int(targets["mask"][b].sum())
    o = {k: v[b:b + 1] for k, v in outputs.items()}
    t = {k: v[b:b + 1, :max(n, 1)] for k, v in targets.items()}
    return o, t


def test_batched_equals_per_example_with_empty_targets():
    counts = [3, 0, 1, 5, 2, 0, 4]
    outputs, targets = make_batch(counts)
    m = HungarianMatcher(2.0, 1.0, 1.0)
    batched = m(outputs, targets)
    assert len(batched) == len(counts)
    for b, n in enumerate(counts):
        s, t = m(*one(outputs, targets, b))[0]
        assert torch.equal(batched[b][0], s) and torch.equal(batched[b][1], t)
        assert len(s) == min(n, 5) and len(set(s.tolist())) == len(s) and len(set(t.tolist())) == len(t)
    assert batched[1][0].numel() == 0 and batched[5][1].numel() == 0


def test_more_targets_than_slots():
    outputs, targets = make_batch([7], K=3)
    s, t = HungarianMatcher()(outputs, targets)[0]
    assert len(s) == 3 and t.max() < 7


def test_permuting_targets_permutes_the_assignment():
    outputs, targets = make_batch([4, 3], K=5, seed=3)
    m = HungarianMatcher(2.0, 1.0, 1.0)
    before = m(outputs, targets)
    perm = torch.tensor([2, 0, 3, 1])
    t2 = {k: v.clone() for k, v in targets.items()}
    t2["directions"][0, :4] = targets["directions"][0, perm]
    t2["weights"][0, :4] = targets["weights"][0, perm]
    after = m(outputs, t2)
    # slot s was matched to original target j; after the permutation target j sits at position perm^-1[j]
    inv = torch.argsort(perm)
    assert torch.equal(before[0][0], after[0][0])
    assert torch.equal(inv[before[0][1]], after[0][1])
    assert torch.equal(before[1][0], after[1][0]) and torch.equal(before[1][1], after[1][1])


def test_assignment_is_optimal_by_brute_force():
    outputs, targets = make_batch([3], K=4, seed=7)
    m = HungarianMatcher(2.0, 1.0, 0.5)
    C = m.cost(outputs, targets)[0, :, :3].numpy()
    s, t = m(outputs, targets)[0]
    best = min(sum(C[p[j], j] for j in range(3)) for p in itertools.permutations(range(4), 3))
    assert C[s.numpy(), t.numpy()].sum() == pytest.approx(best, abs=1e-6)


def test_cost_is_documented_formula():
    outputs, targets = make_batch([2], K=3, seed=1)
    C = HungarianMatcher(2.0, 1.0, 0.5).cost(outputs, targets)[0]
    u, e = outputs["directions"][0], targets["directions"][0]
    k, j = 1, 1
    want = 2.0 * (1 - float(u[k] @ e[j])) + abs(float(outputs["weights"][0, k] - targets["weights"][0, j])) \
        - 0.5 * float(torch.sigmoid(outputs["presence_logits"][0, k]))
    assert float(C[k, j]) == pytest.approx(want, abs=1e-6)


def test_criterion_terms():
    crit = SetCriterion(LossConfig())
    outputs, targets = make_batch([3, 0, 2])
    for v in outputs.values():
        v.requires_grad_(True)
    terms = crit(outputs, targets)
    assert set(terms) >= {"loss", "presence", "direction", "weight", "n_matched"}
    assert float(terms["n_matched"]) == 5 and all(torch.isfinite(terms[k]) for k in terms)
    terms["loss"].backward()
    assert outputs["directions"].grad is not None
    # a perfect prediction: matched slots equal the targets -> direction and weight terms vanish
    perfect = {k: v.detach().clone() for k, v in outputs.items()}
    perfect["directions"][0, :3] = targets["directions"][0, :3]
    perfect["weights"][0, :3] = targets["weights"][0, :3]
    idx = [(torch.arange(3), torch.arange(3)), (torch.zeros(0, dtype=torch.long),) * 2,
           (torch.zeros(0, dtype=torch.long),) * 2]
    t0 = {k: v[:1] for k, v in targets.items()}
    p0 = {k: v[:1] for k, v in perfect.items()}
    terms = crit(p0, t0, idx[:1])
    assert float(terms["direction"]) == pytest.approx(0, abs=1e-6) and float(terms["weight"]) == pytest.approx(0, abs=1e-7)
    # no targets at all: matched terms are 0, presence still trains every slot towards "absent"
    empty_o, empty_t = make_batch([0, 0])
    terms = crit(empty_o, empty_t)
    assert float(terms["direction"]) == 0 and float(terms["weight"]) == 0 and float(terms["presence"]) > 0
