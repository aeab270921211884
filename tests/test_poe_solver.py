import pytest
import torch

from softprism.poe.solver import PoEProblem, SolverConfig, greedy_path, solve


@pytest.fixture(scope="module")
def problem_parts():
    g = torch.Generator().manual_seed(0)
    V, d, N, P = 300, 16, 8, 24
    W = torch.randn(V, d, generator=g)
    b = torch.randn(V, generator=g) * 0.1
    H = torch.randn(N, P, d, generator=g) * 0.5
    return W, b, H


def full_vocab_objective(w, H, target, W, b):
    """Reference: explicit log-prob tables, PoE and KL in float64 (docs/DESIGN.md §1)."""
    L = torch.log_softmax(H.double() @ W.double().T + b.double(), -1)  # [N, P, V]
    t = torch.log_softmax(target.double() @ W.double().T + b.double(), -1)
    logq = torch.log_softmax(torch.einsum("n,npv->pv", w, L), -1)
    return (t.exp() * (t - logq)).sum(-1).mean()


def test_value_gradient_hessian_match_explicit_tables(problem_parts):
    W, b, H = problem_parts
    target = 0.6 * H[1] - 0.2 * H[4] + 0.1 * torch.randn(H.shape[1:], generator=torch.Generator().manual_seed(1))
    pr = PoEProblem(H, target, W, b, hessian_top_k=W.shape[0])  # top_k = V: exact Hessian
    w = torch.randn(H.shape[0], dtype=torch.float64, generator=torch.Generator().manual_seed(2)) * 0.3
    wr = w.clone().requires_grad_(True)
    ref = full_vocab_objective(wr, H, target, W, b)
    (g_ref,) = torch.autograd.grad(ref, wr, create_graph=True)
    hess_ref = torch.stack([torch.autograd.grad(g_ref[i], wr, retain_graph=True)[0] for i in range(len(w))])
    f, g, A_q = pr.value_grad(w)
    assert abs(f - float(ref.detach())) < 1e-10
    torch.testing.assert_close(g, g_ref.detach(), atol=1e-10, rtol=1e-8)
    # the Hessian only steers Newton directions and is computed in float32
    torch.testing.assert_close(pr.hessian(w, list(range(len(w))), A_q), hess_ref, atol=1e-5, rtol=1e-4)
    # a top-4 Hessian is only an approximation; small supports get the exact full-vocabulary one instead
    small = PoEProblem(H, target, W, b, hessian_top_k=4, hessian_exact_max=len(w))
    torch.testing.assert_close(small.hessian(w, list(range(len(w))), A_q), hess_ref, atol=1e-5, rtol=1e-4)
    sub = [1, 3]
    torch.testing.assert_close(small.hessian(w, sub, A_q), hess_ref[sub][:, sub], atol=1e-5, rtol=1e-4)
    torch.testing.assert_close(small.hessian(w, sub, A_q, diag_only=True), hess_ref.diagonal()[sub], atol=1e-5,
                               rtol=1e-4)
    approx = PoEProblem(H, target, W, b, hessian_top_k=4)
    assert not torch.allclose(approx.hessian(w, sub, A_q), hess_ref[sub][:, sub], atol=1e-5, rtol=1e-4)


def test_one_hot_target_comes_back_exactly(problem_parts):
    W, b, H = problem_parts
    pr = PoEProblem(H, H[3], W, b)
    res = solve(pr, SolverConfig(l2=0.0))
    assert res.converged and res.kkt_residual <= 1e-6
    expect = torch.zeros(H.shape[0], dtype=torch.float64)
    expect[3] = 1
    torch.testing.assert_close(res.w, expect, atol=1e-5, rtol=0)
    assert res.kl < 1e-10


def test_signed_mixture_recovered(problem_parts):
    W, b, H = problem_parts
    # weights sum to 1, so the target state (one head bias) is exactly this PoE
    w_true = torch.tensor([0.0, 0.9, 0.0, 0.0, -0.4, 0.0, 0.5, 0.0], dtype=torch.float64)
    pr = PoEProblem(H, torch.einsum("n,npd->pd", w_true.float(), H), W, b)
    res = solve(pr, SolverConfig(l2=0.0))
    torch.testing.assert_close(res.w, w_true, atol=1e-5, rtol=0)


def test_l1_solution_satisfies_kkt_and_gets_sparser(problem_parts):
    W, b, H = problem_parts
    target = H[0] * 0.5 + H[2] * 0.5 + 0.3 * torch.randn(H.shape[1:], generator=torch.Generator().manual_seed(5))
    pr = PoEProblem(H, target, W, b)
    nnz = []
    for l1 in (0.0, 0.01, 0.05, 0.2):
        res = solve(pr, SolverConfig(l1=l1, l2=0.0))
        assert res.converged, (l1, res.kkt_residual)
        f, g, _ = pr.value_grad(res.w)
        zero = res.w == 0
        assert bool(((g.abs() - l1)[zero] <= 1e-6).all())  # subgradient condition off the support
        nz = ~zero
        assert bool(((g + l1 * torch.sign(res.w)).abs()[nz] <= 1e-6).all())
        nnz.append(int(nz.sum()))
    assert nnz[0] >= nnz[-1] and nnz[-1] < H.shape[0]


def test_greedy_path_is_monotone_and_finds_the_mixture(problem_parts):
    W, b, H = problem_parts
    w_true = torch.zeros(H.shape[0])
    w_true[[2, 5]] = torch.tensor([1.3, -0.3])
    pr = PoEProblem(H, torch.einsum("n,npd->pd", w_true, H), W, b)
    path = greedy_path(pr, SolverConfig(l2=0.0, max_components=4))
    kls = [s.kl_fit for s in path]
    assert all(a >= b - 1e-12 for a, b in zip(kls, kls[1:]))
    assert set(path[1].indices) == {2, 5} and path[1].kl_fit < 1e-9


@pytest.mark.parametrize("seed,l1,l2", [(10, 0.0, 1e-3), (11, 0.02, 0.0), (12, 0.005, 1e-2)])
def test_agrees_with_scipy_on_random_convex_instances(seed, l1, l2):
    import numpy as np
    from scipy.optimize import minimize

    g = torch.Generator().manual_seed(seed)
    V, d, N, P = 200, 12, 6, 20
    W, b = torch.randn(V, d, generator=g), torch.randn(V, generator=g) * 0.2
    H = torch.randn(N, P, d, generator=g) * 0.5
    target = torch.randn(P, d, generator=g) * 0.5
    pr = PoEProblem(H, target, W, b)
    res = solve(pr, SolverConfig(l1=l1, l2=l2))
    assert res.converged and res.kkt_residual <= 1e-6

    # Independent solution: L-BFGS-B on the split w = w+ - w- (bounds >= 0), objective from explicit tables.
    L = torch.log_softmax(H.double() @ W.double().T + b.double(), -1)
    t = torch.log_softmax(target.double() @ W.double().T + b.double(), -1)

    def fun(z):
        zz = torch.tensor(z, requires_grad=True)
        w = zz[:N] - zz[N:]
        logq = torch.log_softmax(torch.einsum("n,npv->pv", w, L), -1)
        f = (t.exp() * (t - logq)).sum(-1).mean() + l1 * zz.sum() + l2 * (w * w).sum()
        f.backward()
        return float(f.detach()), zz.grad.numpy()

    ref = minimize(fun, np.zeros(2 * N), jac=True, method="L-BFGS-B", bounds=[(0, None)] * (2 * N),
                   options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 5000})
    assert abs(res.objective - ref.fun) < 1e-8
    assert res.objective <= ref.fun + 1e-12
    torch.testing.assert_close(res.w, torch.tensor(ref.x[:N] - ref.x[N:]), atol=2e-4, rtol=0)


def test_sum_problem_is_the_weighted_sum_and_trades_response_for_labels(problem_parts):
    """fit_on=both's objective: value/gradient/Hessian are the parts' weighted sums (against autograd on explicit
    tables), the solve certifies it, and raising the label weight can only lower the label KL at the optimum and
    raise the response KL (optimality of each solution against the other)."""
    from softprism.poe.solver import SumProblem

    W, b, H = problem_parts
    g0 = torch.Generator().manual_seed(5)
    target = 0.7 * H[2] - 0.3 * H[5] + 0.3 * torch.randn(H.shape[1:], generator=g0)
    lab = torch.tensor([3, 17, 40, 41])
    resp = PoEProblem(H, target, W, b, hessian_top_k=W.shape[0])
    labp = PoEProblem(H[:, ::3], target[::3], W[lab], b[lab], hessian_top_k=len(lab))
    both = SumProblem([(1.0, resp), (2.5, labp)])
    w = torch.randn(H.shape[0], dtype=torch.float64, generator=g0) * 0.3
    wr = w.clone().requires_grad_(True)
    ref = full_vocab_objective(wr, H, target, W, b) + 2.5 * full_vocab_objective(wr, H[:, ::3], target[::3],
                                                                                  W[lab], b[lab])
    (g_ref,) = torch.autograd.grad(ref, wr, create_graph=True)
    hess_ref = torch.stack([torch.autograd.grad(g_ref[i], wr, retain_graph=True)[0] for i in range(len(w))])
    f, g, A_q = both.value_grad(w)
    assert abs(f - float(ref.detach())) < 1e-10 and abs(both.value(w) - f) < 1e-12
    torch.testing.assert_close(g, g_ref.detach(), atol=1e-10, rtol=1e-8)
    torch.testing.assert_close(both.hessian(w, list(range(len(w))), A_q), hess_ref, atol=1e-5, rtol=1e-4)

    cfg = SolverConfig(l1=0.0, l2=1e-4)
    r0 = solve(resp, cfg)
    outs = []
    for c in (0.0, 1.0, 10.0):
        res = solve(SumProblem([(1.0, resp), (c, labp)]), cfg)
        assert res.converged and res.kkt_residual <= 1e-6
        outs.append((resp.value(res.w), labp.value(res.w)))
    torch.testing.assert_close(solve(SumProblem([(1.0, resp), (0.0, labp)]), cfg).w, r0.w, atol=1e-7, rtol=0)
    (r_a, l_a), (r_b, l_b), (r_c, l_c) = outs
    assert r_a <= r_b + 1e-9 <= r_c + 2e-9 and l_a >= l_b - 1e-9 >= l_c - 2e-9
    assert l_c < 0.9 * l_a  # the label term actually moves the answer on this instance
    path = greedy_path(both, SolverConfig(l1=0.0, l2=1e-4, max_components=3), heldout=resp)
    assert [s.k for s in path] == [1, 2, 3] and all(s.kl_heldout is not None for s in path)
    with pytest.raises(ValueError, match=">= 0"):
        SumProblem([(1.0, resp), (-1.0, labp)])


def test_support_problem_matches_the_parent_on_its_entries(problem_parts):
    """`SupportProblem` (the greedy path's refits, from kept full-vocabulary logits) has the parent's value and
    gradient on its entries to float64 precision and the exact Hessian (against autograd), and a support solve on
    it reaches the parent's support solve."""
    from softprism.poe.solver import LogitRows

    W, b, H = problem_parts
    g0 = torch.Generator().manual_seed(7)
    target = 0.5 * H[1] + 0.4 * H[6] - 0.2 * H[3] + 0.2 * torch.randn(H.shape[1:], generator=g0)
    pr = PoEProblem(H, target, W, b, chunk=5)  # chunk 5: positions 24 cross chunk edges
    rows = LogitRows(pr, 4)
    sub = rows.restrict([6, 1])
    sub = rows.restrict([6, 1, 3])  # extends the buffer: rows 0-1 are reused
    assert rows.idx == [6, 1, 3] and sub.N == 3
    ws = torch.tensor([0.3, 0.8, -0.4], dtype=torch.float64)
    w = torch.zeros(H.shape[0], dtype=torch.float64)
    w[[6, 1, 3]] = ws
    f, g, _ = pr.value_grad(w)
    fs, gs, A_q = sub.value_grad(ws)
    assert abs(fs - f) < 1e-12 and abs(sub.value(ws) - f) < 1e-12
    torch.testing.assert_close(gs, g[[6, 1, 3]], atol=1e-12, rtol=1e-10)
    wr = ws.clone().requires_grad_(True)
    ref = full_vocab_objective(torch.zeros(H.shape[0], dtype=torch.float64).index_put((torch.tensor([6, 1, 3]),), wr),
                               H, target, W, b)
    (g_ref,) = torch.autograd.grad(ref, wr, create_graph=True)
    hess_ref = torch.stack([torch.autograd.grad(g_ref[i], wr, retain_graph=True)[0] for i in range(3)])
    torch.testing.assert_close(sub.hessian(ws, [0, 1, 2], A_q), hess_ref, atol=1e-10, rtol=1e-8)
    torch.testing.assert_close(sub.hessian(ws, [2, 0], A_q, diag_only=True), hess_ref.diagonal()[[2, 0]],
                               atol=1e-10, rtol=1e-8)
    cfg = SolverConfig(l2=1e-4)
    a, s = solve(pr, cfg, support=[6, 1, 3]), solve(sub, cfg)
    assert a.converged and s.converged
    torch.testing.assert_close(s.w, a.w[[6, 1, 3]], atol=1e-6, rtol=0)
    with pytest.raises(ValueError, match="extend"):
        rows.restrict([1, 6])


def test_greedy_path_same_with_and_without_kept_logits(problem_parts):
    """The path's refits on `SupportProblem`s (default) give the same picks, weights and KLs as refits over the
    state tables (`path_tables_mb=0`), with a pinned entry, a held-out problem and a SumProblem."""
    from softprism.poe.solver import SumProblem, kept_logits

    W, b, H = problem_parts
    g0 = torch.Generator().manual_seed(8)
    target = 0.7 * H[2] - 0.3 * H[5] + 0.4 * H[0] + 0.3 * torch.randn(H.shape[1:], generator=g0)
    resp = PoEProblem(H, target, W, b, hessian_top_k=16)
    held = PoEProblem(H, target + 0.1 * torch.randn(H.shape[1:], generator=g0), W, b)
    lab = torch.tensor([3, 17, 40, 41])
    both = SumProblem([(1.0, resp), (2.0, PoEProblem(H[:, ::3], target[::3], W[lab], b[lab]))])
    for problem in (resp, both):
        assert kept_logits(problem, 6, 64) is not None and kept_logits(problem, 6, 0) is None
        runs = [greedy_path(problem, SolverConfig(l2=1e-4, max_components=5, path_tables_mb=mb), heldout=held,
                            pinned=[7]) for mb in (64, 0)]
        assert len(runs[0]) == len(runs[1]) == 6
        for x, y in zip(*runs):
            assert x.indices == y.indices
            torch.testing.assert_close(torch.tensor(x.weights + x.pinned_weights),
                                       torch.tensor(y.weights + y.pinned_weights), atol=1e-5, rtol=0)
            # both certified to KKT <= 1e-6, so they agree to about that (the kept logits often go further)
            assert abs(x.kl_fit - y.kl_fit) < 1e-9 and abs(x.kl_heldout - y.kl_heldout) < 1e-6
            assert x.kkt_residual <= 1e-6


def test_top_k_hessian_lumps_the_tail_and_stays_below_the_exact_one(problem_parts):
    """The top-k Hessian adds the rest of the vocabulary as one token at its mean logit: closer to the exact
    Hessian than the top k alone, and still below it (exact - approx is positive semi-definite), so Newton steps
    overshoot less. Checked against the top-k-only covariance computed here by hand."""
    W, b, H = problem_parts
    target = 0.6 * H[1] - 0.2 * H[4]
    w = torch.randn(H.shape[0], dtype=torch.float64, generator=torch.Generator().manual_seed(2)) * 0.3
    exact = PoEProblem(H, target, W, b, hessian_top_k=W.shape[0])
    f, g, A_q = exact.value_grad(w)
    idx = list(range(H.shape[0]))
    H_ref = exact.hessian(w, idx, A_q).double()
    approx = PoEProblem(H, target, W, b, hessian_top_k=16)
    approx.value_grad(w)
    H_lump = approx.hessian(w, idx, A_q).double()
    # the top-k-only covariance (what the solver used before the tail term)
    z = torch.einsum("npd,vd->npv", H.double(), W.double()) + b.double()  # [N, P, V]
    q = torch.softmax(torch.einsum("n,npv->pv", w, z), -1)
    qk, tk = q.topk(16, -1)
    zk = torch.gather(z, 2, tk[None].expand(len(idx), -1, -1)) - A_q[:, :, None]
    H_top = torch.einsum("npk,mpk,pk->nm", zk, zk, qk) / H.shape[1]
    err = lambda M: float(torch.linalg.matrix_norm(M - H_ref))  # noqa: E731
    assert err(H_lump) < err(H_top)
    assert float(torch.linalg.eigvalsh(H_lump - H_top).min()) > -1e-6  # the lumped tail only adds curvature
    assert float(torch.linalg.eigvalsh(H_ref - H_lump).min()) > -1e-6
    torch.testing.assert_close(approx.hessian(w, [2, 5], A_q, diag_only=True), H_lump.diagonal()[[2, 5]].to(
        torch.float64), atol=1e-6, rtol=1e-5)


def test_small_top_k_still_converges_fast_to_the_exact_optimum(problem_parts):
    """With a tiny top k the solve reaches the same certified optimum as with the exact Hessian, in a handful of
    Newton iterations (the float32 phase hands over to exact passes instead of halving steps on rounding noise)."""
    W, b, H = problem_parts
    target = 0.9 * H[0] - 0.5 * H[6] + 0.3 * H[2]
    ref = solve(PoEProblem(H, target, W, b, hessian_top_k=W.shape[0]), SolverConfig())
    res = solve(PoEProblem(H, target, W, b, hessian_top_k=8), SolverConfig())
    assert ref.converged and res.converged
    torch.testing.assert_close(res.w, ref.w, atol=1e-4, rtol=0)
    assert res.iterations <= 18  # 16 here; 22 without the lumped tail (the exact Hessian: 5)


def test_swap_search_escapes_the_greedy_decoy(problem_parts):
    """A decoy (half of each true component plus noise) is the greedy path's first pick and keeps it off the true
    pair; exchanges from the path's answer reach the true pair. The fit KL never rises, and refits on kept logits
    (default) and on the state tables (`path_tables_mb=0`) make the same exchanges."""
    from softprism.poe.solver import swap_search

    W, b, H = problem_parts
    N, P, d = H.shape
    g = torch.Generator().manual_seed(3)
    H2 = H.clone()
    H2[7] = 0.5 * (H[2] + H[5]) + 0.25 * torch.randn(P, d, generator=g)
    pr = PoEProblem(H2, H[2] + H[5], W, b)
    for mb in (2048, 0):
        cfg = SolverConfig(l2=0.0, max_components=2, path_tables_mb=mb)
        step = greedy_path(pr, cfg)[-1]
        assert 7 in step.indices  # the decoy
        w = torch.zeros(N, dtype=torch.float64)
        w[step.indices] = torch.tensor(step.weights, dtype=torch.float64)
        sw = swap_search(pr, cfg, step.indices, w, tries=3)
        assert sorted(sw.indices) == [2, 5] and sw.k == 2
        assert sw.kl_fit < 0.1 * step.kl_fit
        torch.testing.assert_close(torch.tensor(sorted(sw.weights)), torch.tensor([1.0, 1.0]), atol=0.02, rtol=0)
        # from the true pair nothing is exchanged
        w2 = torch.zeros(N, dtype=torch.float64)
        w2[sw.indices] = torch.tensor(sw.weights, dtype=torch.float64)
        again = swap_search(pr, cfg, sw.indices, w2, tries=3)
        assert again.indices == sw.indices and again.kl_fit <= sw.kl_fit + 1e-12
