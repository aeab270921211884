"""oracle/peel.py: the oracle as a pursuit's proposer. With a stand-in oracle that names the one row most aligned
with what it is shown, peeling must take an exact signed mixture apart component by component: the left-over
after each pick is the signature of the mixture of the rest (docs/DESIGN.md §1b)."""

import numpy as np
import pytest
import torch

from softprism.oracle.inference import Prediction
from softprism.oracle.peel import oracle_proposer, peel, readout_proposer


class OneHotIndex:
    """A text index whose row i has the unit vector e_i: a query's hits are its largest coordinates."""

    def __init__(self, n: int):
        self.n = n

    def __len__(self):
        return self.n

    def search(self, Q, m):
        order = np.argsort(-np.asarray(Q), axis=1, kind="stable")[:, :m]
        return np.take_along_axis(np.asarray(Q), order, 1), order


class MatchedFilterOracle:
    """Names, for each signature it is shown, the row whose signature direction (in z = s + a0) is most aligned
    with it, as one present slot; records what it was shown."""

    def __init__(self, S_rows: torch.Tensor, a0: torch.Tensor):
        Z = S_rows.double() + a0.double()
        self.U, self.a0, self.seen = Z / Z.norm(dim=1, keepdim=True), a0.double(), []

    def predict_signatures(self, S):
        self.seen.append(S.clone())
        z = S.double() + self.a0
        best = (z @ self.U.T).abs().argmax(1)
        d = np.zeros((len(S), 1, len(self.U)), np.float32)
        d[np.arange(len(S)), 0, best.numpy()] = 1.0
        return Prediction(d, np.ones((len(S), 1), np.float32), np.ones((len(S), 1), np.float32))


@pytest.fixture
def rows():
    g = torch.Generator().manual_seed(0)
    S_rows = torch.randn(40, 64, generator=g)
    a0 = 0.3 * torch.randn(64, generator=g)
    return S_rows, a0


def mixture(S_rows, a0, ids, w):
    from softprism.poe.signatures import mixture_signature

    return mixture_signature(S_rows[ids], torch.tensor(w), a0)


def test_peel_takes_an_exact_signed_mixture_apart(rows):
    S_rows, a0 = rows
    targets = [([3, 17, 29], [0.7, 0.6, -0.3]), ([5, 8], [1.0, 0.4]), ([11], [1.0])]
    S = torch.stack([mixture(S_rows, a0, ids, w) for ids, w in targets])
    oracle = MatchedFilterOracle(S_rows, a0)
    dicts = peel(oracle_proposer(oracle, OneHotIndex(40)), S, lambda p: S_rows[p], a0, size=3, rounds=3)
    for (ids, _), d in zip(targets, dicts):
        assert set(ids) <= set(d) and len(d) <= 3
    # the second round shows the oracle what the first pick leaves, in z = s + a0: z_t - w z_pick (w its least-squares
    # weight), scaled up by the positive weight the pick has not taken; it lies in the span of the true components
    shown = oracle.seen[1][0].double() + a0.double()
    Z = S_rows.double() + a0.double()
    z_t, z_p = S[0].double() + a0.double(), Z[dicts[0][0]]
    w = float(z_p @ z_t / (z_p @ z_p))
    torch.testing.assert_close(shown, (z_t - w * z_p) / (1 - max(w, 0.0)), rtol=1e-5, atol=1e-5)
    coef = torch.linalg.lstsq(Z[[3, 17, 29]].T, shown[:, None]).solution[:, 0]
    assert float((Z[[3, 17, 29]].T @ coef - shown).norm()) < 1e-5 * float(shown.norm())


def test_peel_budget_first_share_and_rows_without_signatures(rows):
    S_rows, a0 = rows
    S = mixture(S_rows, a0, [3, 17], [0.8, 0.5])[None]
    oracle = MatchedFilterOracle(S_rows, a0)
    # the oracle names one row per round; a bigger first share cannot add rows it does not name, the size caps all
    d = peel(oracle_proposer(oracle, OneHotIndex(40)), S, lambda p: S_rows[p], a0, size=2, rounds=4, first=0.5)[0]
    assert set(d) == {3, 17}
    # a component without a signature is proposed (it is in the text index) but never picked, so it stays left
    d = peel(oracle_proposer(MatchedFilterOracle(S_rows, a0), OneHotIndex(40)), S,
             lambda p: None if p == 3 else S_rows[p], a0, size=4, rounds=4)[0]
    assert 3 in d
    with pytest.raises(ValueError, match="size and rounds"):
        peel(oracle_proposer(oracle, OneHotIndex(40)), S, lambda p: S_rows[p], a0, size=0, rounds=1)


def test_two_proposers_merge_round_robin(rows):
    """A readout that always names row 0 beside the matched filter: round-robin merging puts both streams in the
    dictionary, and the true components still come out."""
    S_rows, a0 = rows
    S = mixture(S_rows, a0, [3, 17], [0.8, 0.5])[None]
    A = torch.zeros(64, 40)
    mu = torch.zeros(64)
    A[:, 0] = S[0]  # the readout's query is e_0 for this target (its only large coordinate)
    props = [oracle_proposer(MatchedFilterOracle(S_rows, a0), OneHotIndex(40)), readout_proposer(A, mu, OneHotIndex(40), m=1)]
    d = peel(props, S, lambda p: S_rows[p], a0, size=6, rounds=3)[0]
    assert {3, 17, 0} <= set(d) and d[:2] in ([3, 0], [17, 0])


class PositiveOnlyOracle(MatchedFilterOracle):
    """Like the matched filter, but blind to rows it sees with a negative weight (as a trained oracle is to a
    mixture whose first weight is negative): it names the row of largest *positive* alignment."""

    def predict_signatures(self, S):
        self.seen.append(S.clone())
        z = S.double() + self.a0
        best = (z @ self.U.T).argmax(1)
        d = np.zeros((len(S), 1, len(self.U)), np.float32)
        d[np.arange(len(S)), 0, best.numpy()] = 1.0
        return Prediction(d, np.ones((len(S), 1), np.float32), np.ones((len(S), 1), np.float32))


def test_both_signs_find_a_negative_left_over(rows):
    """z_3 - 0.6 z_17: once row 3 is picked, what is left is -0.6 z_17; an oracle that only sees positive weights
    finds row 17 only when the left-over is also shown negated."""
    S_rows, a0 = rows
    S = mixture(S_rows, a0, [3, 17], [1.0, -0.6])[None]
    sig = lambda p: S_rows[p]  # noqa: E731
    plain = peel(oracle_proposer(PositiveOnlyOracle(S_rows, a0), OneHotIndex(40)), S, sig, a0, size=3, rounds=3)[0]
    signed = peel(oracle_proposer(PositiveOnlyOracle(S_rows, a0), OneHotIndex(40)), S, sig, a0, size=3, rounds=3,
                  both_signs=True)[0]
    assert 3 in plain and 3 in signed and 17 in signed


def test_stop_at_falls_back_to_the_first_rounds_proposals(rows):
    """Once a target's left-over is small enough it stops peeling and takes the first round's ranked proposals
    further down; a target with a large left-over keeps peeling."""
    S_rows, a0 = rows
    S = mixture(S_rows, a0, [3], [1.0])[None]  # one row: the first pick leaves nothing
    oracle = MatchedFilterOracle(S_rows, a0)
    d = peel(oracle_proposer(oracle, OneHotIndex(40)), S, lambda p: S_rows[p], a0, size=4, rounds=4, stop_at=0.1)[0]
    # the first round's ranked list is row 3, then the one-hot index's ties in order (0, 1, 2, ...)
    assert d == [3, 0, 1, 2] and len(oracle.seen) == 4  # the oracle still runs on the batch, its answer unused
    d2 = peel(oracle_proposer(MatchedFilterOracle(S_rows, a0), OneHotIndex(40)),
              mixture(S_rows, a0, [3, 17], [0.8, 0.5])[None], lambda p: S_rows[p], a0, size=3, rounds=3,
              stop_at=0.01)[0]
    assert {3, 17} <= set(d2)


def test_recall_weighted_by_the_components_weights():
    """With the components' weights, the scorer also says how much of the mixtures' weight its dictionaries found
    and how positive and negative components fare apart (a mixture's negatives are its small weights)."""
    import numpy as np

    from softprism.oracle.recall import RecallScorer, memory_index
    from softprism.retrieval.encoder import Encoder

    texts = ["Write a poem.", "Count the words.", "Translate to French.", "Summarise the text."]
    vecs = np.eye(4, 8, dtype=np.float32)  # orthogonal: semantic recall is exact recall here
    idx = memory_index(texts, Encoder("hash:8"), vecs)
    scorer = RecallScorer(idx, [2])
    pos = [idx.corpus.texts.index(t) for t in texts]
    comps = [[texts[0], texts[1]], [texts[2]]]
    tvec = np.zeros((2, 2, 8), np.float32)
    tvec[0, 0], tvec[0, 1], tvec[1, 0] = vecs[0], vecs[1], vecs[2]
    tmask = np.array([[True, True], [True, False]])
    dicts = {2: [[pos[0], pos[3]], [pos[2], pos[3]]]}  # finds the 0.8 and the 1.0 component, misses the -0.2
    r = scorer.score(dicts, comps, tvec, tmask, [[0.8, -0.2], [1.0]])
    assert r["recall_semantic@2"] == pytest.approx(2 / 3)
    assert r["recall_semantic_wtd@2"] == pytest.approx(1.8 / 2.0)
    assert r["recall_semantic_pos@2"] == 1.0 and r["recall_semantic_neg@2"] == 0.0 and r["n_negative"] == 1.0
    assert "recall_semantic_wtd@2" not in scorer.score(dicts, comps, tvec, tmask)


def test_refine_sweeps_replace_a_wrong_pick(rows):
    """A proposer that names the right first component and then a wrong row: two rounds pick [3, wrong]. A
    leave-one-out sweep shows it what pick 3 alone leaves (the exact mixture of the other two) and the wrong pick
    is replaced by the heavier of them, which the plain peel never proposes."""
    S_rows, a0 = rows
    S = mixture(S_rows, a0, [3, 17, 29], [0.7, 0.6, -0.3])[None]
    filt = MatchedFilterOracle(S_rows, a0)

    def scripted():
        calls = []

        def propose(shown):
            calls.append(len(calls))
            if len(calls) == 1:
                return [[3] for _ in shown]
            if len(calls) == 2:
                return [[35] for _ in shown]  # wrong
            pred = filt.predict_signatures(shown)
            return [[int(np.argmax(pred.directions[b, 0]))] for b in range(len(shown))]

        return propose

    plain = peel(scripted(), S, lambda p: S_rows[p], a0, size=8, rounds=2)[0]
    assert plain == [3, 35]
    refined = peel(scripted(), S, lambda p: S_rows[p], a0, size=8, rounds=2, refine=1)[0]
    assert refined[:2] == [3, 35] and 17 in refined and len(refined) <= 8
    with pytest.raises(ValueError):
        peel(scripted(), S, lambda p: S_rows[p], a0, size=8, rounds=2, refine=-1)
