"""The decomposition pipeline: one soft prompt in, a short weighted list of hard prompts out.

    dec = Decomposer(lm, slot, fit_probes, heldout_probes, index, encoder=None, oracle=None, cfg=DecomposeConfig())
    result = dec.decompose(soft)            # soft [L, d_model] -> DecompositionResult (the pipeline)
    report = dec.run(soft)                  # the pipeline and the baselines on the same target -> Report
    report.to_json()                        # {"soft_prompt", "provenance", "pipeline", "baselines", ...}

Pipeline (docs/DESIGN.md §3):

1. target tables: the soft prompt's final hidden states on the fit and held-out probe tails (once per soft prompt,
   shared by the pipeline and every baseline);
2. signature pursuit (when a signature index for the model and slot is given or shipped): the soft prompt's
   signature on the probe battery (poe/signatures.py), then signed matching pursuit over the signature index
   (retrieval/pursuit.py), `signature_rounds` rounds of `signature / signature_rounds` candidates each;
   oracle: slots of `oracle.inference.Oracle` ordered by presence; the slots above `presence_threshold` (at most
   `max_slots`, at least `min_slots`) are kept;
3. retrieval: FAISS top-`per_slot` hits per slot, merged round-robin by presence (rank 0 of every slot, then rank
   1, ...), deduplicated by corpus id, up to `size` candidates (`oracle.recall.candidate_dictionary`);
4. extra candidate sources (optional): FAISS hits of the nearest-token projection text and of the patchscope
   description (`projection`, `patchscope` candidates each), of the soft prompt's own replies to fit probes
   (`replies`), instructions written around the label set those replies use (`labels`, decompose/labels.py),
   and user texts. Without an oracle, `size` is shared
   by the `fallback` sources instead. The union is deduplicated by corpus id (texts outside the corpus: by their
   normalised text); each candidate records the first source that proposed it;
5. tables: the candidates' states on the same tails (`StateStore`: memoised per prompt in memory and on disk);
6. neighbour rounds (`neighbours`, on by default): the greedy path's first `neighbours_of` prompts each bring their
   `neighbours` nearest index rows (sentence encoder) into the dictionary, `neighbour_rounds` times (`expand`);
7. solve: `poe.fit.DictionaryFit` — the exact PoE solve over the full vocabulary (KKT residual <= 1e-6), warm-started
   from the last neighbour round's path step;
8. path: greedy forward selection with refit (the KL-versus-k curve); the reported components are path step `k`;
9. chance line (`run`, unless `chance.draws` is 0): the same k chosen by the same solve from `chance.draws` random
   dictionaries of `chance.size` index rows (decompose/chance.py), their held-out `explained` beside the answer's.

Every result holds the faithfulness numbers of docs/DESIGN.md §1 on held-out probes for the k-component answer
(`kl`, `kl_base`, `explained`, `kl_best_single`) and for the full fit over the whole dictionary (`full`).

Must not: train anything, or write files other than the state cache under `$SOFTPRISM_CACHE/tables/prompts/`.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from softprism.decompose.candidates import (REPLY_QUERY_CHARS, Candidate, format_basis_texts, merge_candidates,
                                            read_texts)
from softprism.decompose.chance import ChanceLine, chance_line
from softprism.decompose.config import CandidateConfig, DecomposeConfig
from softprism.decompose.decision import decision_metrics, label_names, task_labels
from softprism.decompose.diagnostics import Diagnostics, Stopwatch, Timing, _f
from softprism.decompose.result import DecompositionResult, Report
from softprism.decompose.target import Target
from softprism.poe.errors import InputError
from softprism.poe.fit import Component, Decomposition, DictionaryFit
from softprism.poe.lm import FrozenLM
from softprism.poe.probes import ProbeSet
from softprism.poe.slot import PromptSlot
from softprism.poe.solver import SolverConfig
from softprism.poe.store import StateStore
from softprism.poe.tables import compute_states_on, make_tails

log = logging.getLogger(__name__)


# the sources before the neighbour rounds
SOURCES = ("signature", "oracle", "projection", "patchscope", "replies", "labels", "screen", "user", "format")


def user_texts(c: CandidateConfig) -> list[str]:
    """The user's own candidates of a `CandidateConfig`: its `texts`, then its `file`'s prompts."""
    return list(c.texts) + (read_texts(c.file) if c.file else [])


def oracle_only(c: CandidateConfig) -> CandidateConfig:
    """`c` with every source but the oracle's slots off (signature, projection, patchscope, replies, labels, user
    texts)."""
    return dataclasses.replace(c, signature=0, projection=0, patchscope=0, replies=0, labels=0, texts=[], file="",
                               fallback=[])


@dataclass(frozen=True)
class Answer:
    """One k-sparse answer over a dictionary, as `Decomposer.solve` weighs the alternatives against each other.

    `pairs`: (dictionary position, weight) of each prompt, in the order found; `kl`: its held-out KL; `kl_fit`: its
    KL on the fit probes (the only number the choice between alternatives reads); `null_weight`: the null prompt's
    intercept (None without `include_null`); `k`: the k it answers for; `how`: where it came from (`greedy_path`,
    `full_top_k_refit`, `before_neighbours`, with `+swaps` when the exchange sweeps changed it; `full_fit`: the full
    fit's non-zero weights, when k is 0), as result.json's `info.k_answer` says."""

    pairs: tuple[tuple[int, float], ...]
    kl: float
    kl_fit: float
    null_weight: float | None
    k: int
    how: str


class Decomposer:
    """The pipeline, built once and reused for many soft prompts.

    Args:
        lm, slot: the frozen LM and the prompt slot the soft prompt was trained in.
        fit_probes, heldout_probes: the probe split (`poe.probes.fit_heldout`); weights are fitted on the first,
            every reported KL is measured on the second.
        index: a `retrieval.index.PromptIndex`; `encoder`: its sentence encoder (default: `index.encoder`).
        oracle: an `oracle.inference.Oracle` for the same LM and an encoder matching the index's, or None (then
            the candidates come from `candidates.fallback`).
        cfg: `DecomposeConfig` (only its solver, candidates, baselines, chance, k, include_null, probes.positions
            and probes.max_probe_tokens, table_cache, memory_entries and progress fields are read here).
    """

    def __init__(self, lm: FrozenLM, slot: PromptSlot, fit_probes: ProbeSet, heldout_probes: ProbeSet, index,
                 encoder=None, oracle=None, cfg: DecomposeConfig | None = None, signatures=None):
        self.cfg = cfg or DecomposeConfig()
        self.lm, self.slot, self.index, self.oracle = lm, slot, index, oracle
        self.signatures = signatures
        """A `retrieval.signatures.SignatureIndex` for this model and slot, or None (no signature source)."""
        self.space = None
        if signatures is not None:
            from softprism.poe.signatures import space_for
            from softprism.retrieval.signatures import check_space

            self.space = space_for(lm, slot, signatures.meta["space"])
            check_space(signatures.meta, self.space, signatures.folder or Path("<signature index>"))
        self.fit_probes, self.heldout_probes = fit_probes, heldout_probes
        self.encoder = encoder if encoder is not None else index.encoder
        if encoder is not None:
            from softprism.retrieval.index import check_encoder

            check_encoder(index.meta, encoder, index.folder or Path("<index>"))
        if oracle is not None:
            self._check_oracle(oracle)
        if self.cfg.retrieval.nprobe:
            index.set_params(nprobe=self.cfg.retrieval.nprobe)
        T, mpt = self.cfg.probes.positions, self.cfg.probes.max_probe_tokens
        self.solver = SolverConfig(**{**self.cfg.solver.__dict__,
                                      "max_components": max(self.cfg.solver.max_components, self.cfg.k)})
        self.fit_tails = make_tails(lm, slot, fit_probes, T, mpt)
        self.held_tails = make_tails(lm, slot, heldout_probes, T, mpt)
        self._screen_store: StateStore | None = None  # the `screen` source's tables, on a few fit probes
        self.store = StateStore(lm, slot, self.fit_tails, self.held_tails, self.cfg.table_cache,
                                self.cfg.memory_entries)
        from softprism.retrieval.corpus import normalise

        self._pos_of: dict[str, int] = {}
        for i, t in enumerate(index.corpus.texts):
            self._pos_of.setdefault(normalise(t).casefold(), i)
        self.user_texts = user_texts(self.cfg.candidates)
        self.format_texts = format_basis_texts(self.cfg.candidates.format_basis)
        """The format basis (`candidates.format_basis`): in every dictionary, reported with the role `format`."""
        self._format_keys = {normalise(t).casefold() for t in self.format_texts}
        self.labels = task_labels(lm, fit_probes, heldout_probes)
        """(label token ids, gold label id per held-out probe) for a labelled task's probes, else None."""
        self.label_names = None if self.labels is None else label_names(
            lm, list(fit_probes.probes) + list(heldout_probes.probes), self.labels[0])
        self.fit_on = self.cfg.fit_on if self.cfg.fit_on != "auto" else (
            "both" if self.labels is not None else "response")
        """The objective in force: `cfg.fit_on`, with `auto` resolved by whether the probes are labelled."""
        if self.cfg.fit_on in ("labels", "both") and self.labels is None:
            raise InputError(f"fit_on={self.cfg.fit_on} needs labelled task probes (probes.source {self.cfg.probes.source!r}): "
                             "a JSONL file whose every row has an `output`, with 2-32 distinct first tokens; pass "
                             "--probes task.jsonl or leave fit_on=response")

    def _check_oracle(self, oracle) -> None:
        want, have = oracle.meta.get("encoder", {}), self.index.meta.get("encoder", {})
        if want.get("model_id") != have.get("model_id") or int(want.get("dim", -1)) != int(have.get("dim", -2)):
            raise InputError(
                f"the oracle predicts in the space of encoder {want.get('model_id')!r} (dim {want.get('dim')}), but "
                f"index {self.index.folder} was built with {have.get('model_id')!r} (dim {have.get('dim')}); pass an "
                "index built with the oracle's encoder (retrieval/build.py --set encoder.name=...)")
        if oracle.lm.fingerprint != self.lm.fingerprint:
            raise InputError(f"the oracle was trained on model {oracle.lm.name!r}, not {self.lm.name!r}; pass the "
                             "matching --model or --oracle")
        if oracle.meta.get("slot") != self.slot.kind:
            log.warning("the oracle was trained on soft prompts in the %r slot; decomposing in the %r slot",
                        oracle.meta.get("slot"), self.slot.kind)

    # ---- building blocks (also used by baselines.py) ------------------------------------------------------------
    def prepare(self, soft: torch.Tensor, name: str = "soft prompt") -> Target:
        """Validate soft [L, d] and compute its states on the fit and held-out tails ([P_fit, d], [P_held, d])."""
        soft = self.lm.check_soft_prompt(torch.as_tensor(soft), name)
        with Stopwatch() as sw, torch.no_grad():
            f, h = compute_states_on(self.lm, self.slot, [soft], [self.fit_tails, self.held_tails])
            states = (f[0], h[0])
        return Target(soft, states, sw.seconds)

    def position_candidates(self, positions, source: str) -> list[Candidate]:
        """Index rows -> candidates (positions < 0 skipped)."""
        corpus = self.index.corpus
        return [Candidate(corpus.texts[p], corpus.ids[p], int(p), source) for p in positions if int(p) >= 0]

    def text_candidates(self, texts: list[str], source: str) -> list[Candidate]:
        """Free texts -> candidates; a text that is in the corpus (after normalising) gets its corpus id."""
        from softprism.retrieval.corpus import normalise

        out = []
        for t in texts:
            n = normalise(t)
            if not n:
                continue
            p = self._pos_of.get(n.casefold(), -1)
            out.append(Candidate(n, self.index.corpus.ids[p] if p >= 0 else None, p, source))
        return out

    def retrieve_texts(self, texts: list[str], size: int, source: str) -> list[Candidate]:
        """FAISS top-`size` rows for queries given as texts (encoded with the index's encoder), round-robin merged."""
        texts = [t for t in texts if t.strip()]
        if not texts or size <= 0:
            return []
        return self.retrieve_vectors(self.encoder.encode(texts), np.ones(len(texts)), size, size, source)

    def retrieve_replies(self, pairs: list[tuple[str, str]], size: int) -> list[Candidate]:
        """Up to `size` rows near what (probe, reply) `pairs` show: two queries, the normalised mean embedding of
        "Input: probe / Output: reply" and that of the replies alone, merged round-robin (pairs first)."""
        pairs = [(p, r) for p, r in pairs if r.strip()]
        if not pairs or size <= 0:
            return []
        texts = [f"Input: {p[:REPLY_QUERY_CHARS]}\nOutput: {r[:REPLY_QUERY_CHARS]}" for p, r in pairs]
        texts += [r[:REPLY_QUERY_CHARS] for _, r in pairs]
        v = np.asarray(self.encoder.encode(texts), np.float64).reshape(2, len(pairs), -1).mean(1)
        v /= np.linalg.norm(v, axis=1, keepdims=True).clip(min=1e-12)
        return self.retrieve_vectors(v.astype(np.float32), np.array([1.0, 0.5]), size, size, "replies")

    def screen_candidates(self, target: Target, have: list[Candidate], timing: Timing,
                          info: Diagnostics) -> list[Candidate]:
        """The `screen` source (`CandidateConfig.screen`): index rows near the soft prompt's replies, ranked by the
        greedy path's one-step gain on the first `screen_probes` fit probes; the best `screen` not in `have`."""
        from softprism.poe.solver import PoEProblem, solve

        c = self.cfg.candidates
        with timing("replies_text_s"):
            pairs = [(p, r) for p, r in target.replies(self) if r.strip()]
        if info.replies is None:
            info.replies = [{"probe": p, "reply": r} for p, r in pairs]
        if not pairs:
            return []
        n = REPLY_QUERY_CHARS // 2
        listed = "; ".join(f"{p[:n]} -> {r[:n]}" for p, r in pairs)
        with timing("retrieval_s"):
            pool = merge_candidates([self.retrieve_texts([listed], c.screen_pool, "screen"),
                                     self.retrieve_replies(pairs, c.screen_pool)])
        seen = {x.text for x in have}
        pool = [x for x in pool if x.text not in seen][: c.screen_pool]
        if not pool:
            return []
        m = min(c.screen_probes, len(self.fit_probes))
        if self._screen_store is None or len(self._screen_store.fit_tails) != m:
            tails = make_tails(self.lm, self.slot, self.fit_probes.head(m), self.cfg.probes.positions,
                               self.cfg.probes.max_probe_tokens)
            self._screen_store = StateStore(self.lm, self.slot, tails, tails, self.cfg.table_cache,
                                            self.cfg.memory_entries)
        with timing("screen_s"):
            F, _, _ = self._screen_store.get([x.text for x in pool], progress=self.cfg.progress)  # null row last
            T = self.cfg.probes.positions
            W, b = self.lm.head_as(self.lm.device, torch.float64)
            problem = PoEProblem(F, target.states[0][: m * T], W, b, dtype=self.solver.dtype, chunk=self.solver.chunk,
                                 hessian_top_k=self.solver.hessian_top_k)
            null = len(pool)
            w = torch.zeros(len(pool) + 1, dtype=problem.dtype)
            if self.cfg.include_null:
                only_null = PoEProblem(F[null:], target.states[0][: m * T], W, b, dtype=self.solver.dtype)
                w[null] = float(solve(only_null, SolverConfig(**{**self.solver.__dict__, "l1": 0.0})).w[0])
            _, g, A_q = problem.value_grad(w)
            rest = list(range(len(pool)))
            gain = g[rest] ** 2 / (2 * problem.hessian(w, rest, A_q, diag_only=True).clamp(min=1e-12))
        order = torch.argsort(gain, descending=True).tolist()[: c.screen]
        info.screen = {"pool": len(pool), "probes": m, "kept": [pool[i].text for i in order],
                       "gain": [float(gain[i]) for i in order]}
        return [dataclasses.replace(pool[i], source="screen", sources=["screen"]) for i in order]

    def label_candidates(self, target: Target, have: list[Candidate], n: int, timing: Timing,
                         info: Diagnostics) -> list[Candidate]:
        """The `labels` source: when the soft prompt's replies form a closed label set, up to `n` instructions
        written around it and up to `n` of the `have` prompts (in dictionary order) that name two or more of its
        labels, with their label list rewritten to the soft prompt's (decompose/labels.py). [] otherwise."""
        from softprism.decompose.labels import label_instructions, label_relabel, reply_labels

        with timing("replies_text_s"):
            pairs = target.replies(self)
        labels = reply_labels([r for _, r in pairs])
        if info.replies is None:
            info.replies = [{"probe": p, "reply": r} for p, r in pairs]
        info.reply_labels = labels or []
        if not labels:
            return []
        texts = label_instructions(labels, n)
        rewritten = [t for t in (label_relabel(c.text, labels) for c in have) if t]
        texts += list(dict.fromkeys(rewritten))[:n]
        return self.text_candidates(texts, "labels")

    def retrieve_vectors(self, queries: np.ndarray, presence: np.ndarray, size: int, per_query: int,
                         source: str) -> list[Candidate]:
        """queries [q, D] (ordered by `presence` [q]) -> up to `size` distinct rows: top-`per_query` hits per
        query merged round-robin by presence (`oracle.recall.candidate_dictionary`)."""
        from softprism.oracle.recall import candidate_dictionary

        if size <= 0 or len(queries) == 0:
            return []
        m = max(1, min(per_query or size, len(self.index)))
        _, hits = self.index.search(np.asarray(queries, np.float32), m)  # [q, m]
        return self.position_candidates(candidate_dictionary(np.asarray(presence), hits, size), source)

    def signature_candidates(self, target: Target, size: int, rounds: int, timing: Timing,
                             info: Diagnostics) -> list[Candidate]:
        """Up to `size` signature-index rows proposed by signed matching pursuit of the target's signature."""
        from softprism.retrieval.pursuit import metric_view, pursuit_candidates

        with timing("signature_s"):
            sig = target.signature(self.space)
        use_floor = self.cfg.candidates.signature_floor
        with timing("pursuit_s"):
            res = pursuit_candidates(self.signatures, sig, size, rounds, use_floor=use_floor)
        info.pursuit_metric = "floor" if metric_view(self.signatures, use_floor) is not self.signatures else "plain"
        corpus = self.signatures.corpus
        info.pursuit = {"picks": [corpus.texts[p] for p in res.picks], "weights": res.weights,
                        "intercept": res.intercept, "residuals": res.residuals}
        out = []
        for p in res.candidates[:size]:
            pos = self._pos_of.get(corpus.texts[p].casefold(), -1)
            out.append(Candidate(corpus.texts[p], corpus.ids[p], pos, "signature"))
        return out

    def oracle_slots(self, target: Target) -> tuple[np.ndarray, list[dict]]:
        """The kept slots' directions [s, D] (most present first) and their description (slot, presence, weight)."""
        c = self.cfg.candidates
        sig = None  # a v2 oracle reads the target's signature: reuse the signature source's when in the same space
        if getattr(self.oracle, "uses_signature", False) and self.space is not None \
                and self.space.key() == self.oracle.space_key:
            sig = target.signature(self.space)[None]
        pred = self.oracle.predict([target.soft], signatures=sig)
        order = pred.order(0)
        pres = pred.presence[0]
        keep = [int(k) for k in order if pres[k] >= c.presence_threshold]
        if len(keep) < c.min_slots:
            keep = [int(k) for k in order[:c.min_slots]]
        if c.max_slots:
            keep = keep[:c.max_slots]
        info = [{"slot": k, "presence": float(pres[k]), "weight": float(pred.weights[0, k])} for k in keep]
        return pred.directions[0, keep], info

    def fit(self, target: Target, dictionary: list[Candidate], solver: SolverConfig | None = None,
            with_path: bool = True, tables: tuple | None = None,
            w0: torch.Tensor | None = None) -> tuple[DictionaryFit, Decomposition, Target]:
        """The one way to fit a target against cached tables: the candidates' state tables from the store, the
        objective `fit_on` names (response, labels, or both with `label_weight`), the exact PoE solve and (with
        `with_path`) the greedy path. `solver`: the solve's settings (default: this decomposer's; the path's length
        is its `max_components`). Returns the fit (its tables and objective), the `poe.fit.Decomposition`, and the
        target as fitted (restricted to the first reply token when `fit_on` is `labels`). `dictionary` must be
        deduplicated (`merge_candidates`); `tables`: `self.store.get` of its texts when the caller has them; `w0`:
        a warm start for the full solve (`DictionaryFit.fit`)."""
        dfit, target = self.dictionary_fit(target, dictionary, solver, tables)
        return dfit, dfit.fit(states=target.states, with_path=with_path, w0=w0), target

    def dictionary_fit(self, target: Target, dictionary: list[Candidate], solver: SolverConfig | None = None,
                       tables: tuple | None = None) -> tuple[DictionaryFit, Target]:
        """The `poe.fit.DictionaryFit` of `dictionary` under the objective in force, and the target as fitted
        (see `fit`), without solving anything."""
        texts = [c.text for c in dictionary]
        fit_s, held_s, lse = tables if tables is not None else self.store.get(texts, progress=self.cfg.progress)
        T, vocab = self.cfg.probes.positions, None
        labels = self.labels  # set whenever fit_on is labels or both (checked in __init__)
        if self.fit_on == "labels" and labels is not None:  # the first reply token of each probe, label tokens only
            fit_s, held_s, lse, vocab = fit_s[:, ::T], held_s[:, ::T], None, labels[0]
            target = Target(target.soft, (target.states[0][::T], target.states[1][::T]), target.seconds)
            T = 1
        dfit = DictionaryFit(self.lm, self.slot, self.fit_probes, self.heldout_probes, texts,
                             T, solver or self.solver, include_null=self.cfg.include_null,
                             sources=[c.source for c in dictionary], ids=[c.corpus_id for c in dictionary],
                             max_probe_tokens=self.cfg.probes.max_probe_tokens, progress=False,
                             tables=(fit_s, held_s), heldout_lse=lse, vocab=vocab,
                             label_term=(labels[0], self.cfg.label_weight)
                             if self.fit_on == "both" and labels is not None else None)
        return dfit, target

    def solve(self, target: Target, dictionary: list[Candidate], method: str, timing: Timing | None = None,
              info: Diagnostics | None = None, *, solver: SolverConfig | None = None, k: int | None = None,
              with_path: bool = True, w0: torch.Tensor | None = None,
              before: list[int] | None = None) -> DecompositionResult:
        """The exact PoE solve, greedy path and held-out metrics of `target` over `dictionary` (deduplicated here).

        Explicit per call, nothing on the decomposer changes: `solver` (default this decomposer's; its
        `max_components` is the path's length), `k` (default `cfg.k`; 0 = the full fit's non-zero weights) and
        `with_path` (False: no greedy path, the answer is the full fit, as with k = 0). `w0`: a warm start for the
        full solve; `before`: one more candidate support for the k-sparse answer (dictionary positions, at most k;
        the neighbour rounds pass the answer they started from)."""
        timing = timing.copy() if timing is not None else Timing()
        info = info.copy() if info is not None else Diagnostics()
        with timing("total_s"):
            dictionary = merge_candidates([dictionary])
            texts = [c.text for c in dictionary]
            info.fit_on = self.fit_on
            if self.fit_on == "both":
                info.label_weight = self.cfg.label_weight
            with timing("tables_s"):
                tables = self.store.get(texts, progress=self.cfg.progress)
            solver = solver or self.solver
            dfit, full, target = self.fit(target, dictionary, solver, with_path=with_path, tables=tables, w0=w0)
            for key in ("solve_s", "path_s", "metrics_s"):
                timing.set(key, full.timing.get(key, 0.0))
            kb = full.kl_base
            path = [{"k": s.k, "kl_fit": _f(s.kl_fit), "kl_heldout": _f(s.kl_heldout),
                     "explained": _f(1 - s.kl_heldout / kb) if s.kl_heldout is not None and kb > 0 else None,
                     "indices": list(s.indices), "texts": [texts[i] for i in s.indices], "weights": list(s.weights)}
                    for s in full.path]
            k = self.cfg.k if k is None else k
            if k > 0 and full.path:
                answer = self._k_sparse(dfit, target, full, k, before, solver, timing, info)
                info.k_answer = answer.how
                if answer.how == "greedy_path":
                    info.rank_by = "path"  # the order the greedy path added them: rank 1 explains the most alone
                    pairs = list(answer.pairs)
                else:
                    pairs = sorted(answer.pairs, key=lambda p: -abs(p[1]))
                    info.rank_by = "|weight|"
                comps = [Component(texts[i], float(w), i, dictionary[i].source, dictionary[i].corpus_id, rank=r + 1)
                         for r, (i, w) in enumerate(pairs)]
            else:
                comps = [Component(c.text, c.weight, c.index, c.source, c.corpus_id, rank=r + 1)
                         for r, c in enumerate(full.components)]
                pairs = [(c.index, c.weight) for c in full.components]
                answer = Answer(tuple(pairs), full.kl, full.kl_fit, full.null_weight, len(full.components), "full_fit")
            decision = None
            if self.labels is not None:
                with timing("decision_s"):
                    decision = self._decision(dfit, target, pairs, answer.null_weight, texts.index(full.best_single)
                                              if full.best_single in texts else None)
                if self.cfg.roles and decision is not None and method == "pipeline" and len(comps) > 1:
                    with timing("roles_s"):
                        info.roles = self._roles(dfit, target, answer, pairs, decision, full.kl_base, solver)
                    for comp, role in zip(comps, info.roles):
                        comp.role = role["role"]
            if self.format_texts:  # the format basis is shown apart: every other component carries content
                for comp in comps:
                    comp.role = "format" if self.is_format(comp.text) else (comp.role or "content")
            counts = {s: 0 for s in dict.fromkeys([c.source for c in dictionary])}
            for c in dictionary:
                counts[c.source] += 1
        kl = answer.kl
        return DecompositionResult(
            method=method, components=comps, k=answer.k, kl=float(kl), kl_base=float(kb),
            explained=1.0 - kl / kb if kb > 0 else float("nan"), kl_fit=float(answer.kl_fit),
            kl_best_single=float(full.kl_best_single), best_single=full.best_single, null_weight=answer.null_weight,
            path=path, full=full, dictionary=dictionary, candidates=counts, timing=timing, info=info,
            decision=decision)

    def _k_sparse(self, dfit: DictionaryFit, target: Target, full: Decomposition, k: int, before: list[int] | None,
                  solver: SolverConfig, timing: Timing, info: Diagnostics) -> Answer:
        """The k-sparse answer `solve` reports (k > 0, the full fit has a path): the greedy path's step k, or the
        full fit's top k refit, or the neighbour rounds' starting answer `before` refit, whichever has the lowest KL
        on the fit probes, then (with `solver.swap_sweeps`) exchanges around it. Records the alternatives' fit KLs
        and the swaps in `info`, their times in `timing`."""
        step = full.path[min(k, len(full.path) - 1)]
        answer = Answer(tuple(zip(step.indices, step.weights)),
                        step.kl_heldout if step.kl_heldout is not None else full.kl, step.kl_fit,
                        step.pinned_weights[0] if step.pinned_weights else None, step.k, "greedy_path")
        if len(full.components) > step.k:
            # The greedy step picks by a local (quadratic) gain and can take a near-duplicate before the exact
            # prompt; the full fit's top-k, refit, is the other natural k-sparse answer. Keep the one with the
            # lower KL on the *fit* probes (the held-out numbers stay untouched by the choice).
            top = full.components[:step.k]
            start: list[float | None] = [c.weight for c in top]
            with timing("topk_refit_s"):
                alt = self._refit(dfit, target, [c.index for c in top], start + [full.null_weight], solver,
                                  how="full_top_k_refit")
            info.kl_fit_greedy_path, info.kl_fit_top_k_refit = step.kl_fit, alt.kl_fit
            if alt.kl_fit < step.kl_fit:
                answer = alt
        if before and len(before) <= k:
            # The neighbour rounds' starting answer (the greedy path over the smaller dictionary): a larger
            # dictionary can send the greedy path elsewhere, so it stays in the running, on the fit probes too.
            with timing("before_refit_s"):
                alt = self._refit(dfit, target, list(before), None, solver, how="before_neighbours")
            info.kl_fit_before_neighbours = alt.kl_fit
            if alt.kl_fit < answer.kl_fit:
                answer = alt
        if solver.swap_sweeps > 0 and answer.pairs:
            # Exchanges around the chosen answer (never a higher fit KL; the held-out numbers untouched).
            with timing("swap_s"):
                answer, info.swaps = self._swap(dfit, target, answer, solver)
        if self.cfg.select == "cv" and len(answer.pairs) > 1:
            with timing("select_s"):
                answer, info.cv_select = self._cv_select(dfit, target, full, answer, solver)
        return answer

    def _roles(self, dfit: DictionaryFit, target: Target, answer: Answer, pairs: list[tuple[int, float]],
               decision: dict, kl_base: float, solver: SolverConfig) -> list[dict]:
        """Per component of `pairs` (the reported order): leave it out, refit the rest (L2 only, on the fit probes),
        and measure on the held-out probes how much of the reply (`explained`) and of the decision
        (`explained_label`) is lost. `content` when the decision loses at least as much as the reply and more than
        nothing, else `format`."""
        out = []
        ex = 1.0 - answer.kl / kl_base if kl_base > 0 else 0.0
        lab = decision.get("explained_label")
        for i, _ in pairs:
            rest = [j for j, _ in pairs if j != i]
            w = dict(answer.pairs)
            alt = self._refit(dfit, target, rest, [w.get(j) for j in rest] + [answer.null_weight], solver,
                              how="leave_one_out")
            d = self._decision(dfit, target, list(alt.pairs), alt.null_weight, None) or {}
            drop_ex = ex - (1.0 - alt.kl / kl_base if kl_base > 0 else 0.0)
            drop_lab = None if lab is None or d.get("explained_label") is None else lab - d["explained_label"]
            role = "content" if drop_lab is not None and drop_lab > 0 and drop_lab >= drop_ex else "format"
            out.append({"text": dfit.texts[i], "role": role, "drop_explained": _f(drop_ex),
                        "drop_explained_label": _f(drop_lab) if drop_lab is not None else None})
        return out

    def _cv_select(self, dfit: DictionaryFit, target: Target, full: Decomposition, answer: Answer,
                   solver: SolverConfig) -> tuple[Answer, dict]:
        """`select: cv`: the support, among the greedy path's prefixes up to the answer's size and the ones backward
        elimination reaches from the answer, with the lowest cross-validated KL within the fit probes (each fold's
        probes scored with weights refit on the other folds, the fit objective, L2 only); ties go to the smaller.
        Returns the answer refit on every fit probe (`how` gains `+cv` when it changed) and the scores."""
        from softprism.poe.solver import solve

        n_probes = dfit.fit_states.shape[1] // dfit.T
        nf = min(self.cfg.cv_folds, n_probes)
        folds = [list(range(f, n_probes, nf)) for f in range(nf)]
        cfg = SolverConfig(**{**solver.__dict__, "l1": 0.0})
        null = [dfit.null_index] if self.cfg.include_null else []
        scores: dict[tuple[int, ...], float] = {}

        def score(support) -> float:
            key = tuple(sorted(support))
            if key not in scores:
                rows, total = list(key) + null, 0.0
                for fold in folds:
                    train = [p for p in range(n_probes) if p not in fold]
                    res = solve(dfit.fit_problem(rows, target.states[0], cfg, probes=train), cfg)
                    total += dfit.fit_problem(rows, target.states[0], cfg, probes=fold).value(res.w) * len(fold)
                scores[key] = total / n_probes
            return scores[key]

        order = [i for i, _ in answer.pairs]
        supports = [tuple(i for i in s.indices if i != dfit.null_index) for s in full.path
                    if 0 < s.k <= len(order)]
        cur = tuple(order)
        supports.append(cur)
        while len(cur) > 1:  # backward elimination: drop the prompt whose removal helps the folds most
            best = min((tuple(i for i in cur if i != j) for j in cur), key=score)
            if score(best) > score(cur):
                break
            cur = best
            supports.append(cur)
        chosen = min(supports, key=lambda s: (round(score(s), 9), len(s)))
        report = {"folds": nf, "k_before": len(order), "k_after": len(chosen),
                  "scores": [{"indices": list(s), "kl_cv": scores[tuple(sorted(s))]}
                             for s in dict.fromkeys(tuple(sorted(x)) for x in supports)]}
        if set(chosen) == set(order):
            return answer, report
        weights = dict(answer.pairs)
        found = self._refit(dfit, target, list(chosen), [weights.get(i) for i in chosen] + [answer.null_weight],
                            solver, how=answer.how + "+cv")
        return found, report

    def _decision(self, dfit: DictionaryFit, target: Target, pairs: list[tuple[int, float]],
                  null_w: float | None, best_i: int | None) -> dict | None:
        """The answer on the task's decision: see `decision_metrics`. None unless every held-out probe has a
        reference output (a task file) and their first tokens form a small label set."""
        if self.labels is None:
            return None
        return decision_metrics(self.lm, dfit.held_states, target.states[1], dfit.T, self.labels, pairs, null_w,
                                dfit.null_index, best_i, names=self.label_names)

    def warm_tables(self, texts: list[str], batch: int = 256) -> int:
        """Compute (and cache on disk) the state tables of `texts` ahead of time, e.g. every row of an index, so
        later decompositions only read them. Returns how many were computed (the rest were already cached)."""
        before = self.store.computed
        for lo in range(0, len(texts), batch):
            self.store.get([t for t in texts[lo:lo + batch] if t.strip()], progress=self.cfg.progress)
        return self.store.computed - before

    def _swap(self, dfit: DictionaryFit, target: Target, answer: Answer,
              solver: SolverConfig) -> tuple[Answer, int]:
        """`poe.solver.swap_search` from the k-sparse `answer` over the whole dictionary: the answer it ends on (`how`
        gains `+swaps` when a prompt was exchanged) and how many prompts were exchanged."""
        from softprism.poe.solver import swap_search

        n = len(dfit.texts)
        rows = list(range(n)) + ([dfit.null_index] if self.cfg.include_null else [])
        pinned = [n] if self.cfg.include_null else []
        w = torch.zeros(len(rows), dtype=torch.float64)
        for i, x in answer.pairs:
            w[i] = x
        if pinned and answer.null_weight is not None:
            w[n] = answer.null_weight
        problem = dfit.fit_problem(rows, target.states[0], solver)
        held = dfit.problem(dfit.held_states[rows], target.states[1], solver)
        chosen = [i for i, _ in answer.pairs]
        step = swap_search(problem, solver, chosen, w, pinned=pinned, heldout=held,
                           tries=solver.swap_tries, passes=solver.swap_sweeps)
        swapped = len(set(step.indices) - set(chosen))
        null = step.pinned_weights[0] if pinned else None
        assert step.kl_heldout is not None  # measured: `held` was given
        found = Answer(tuple(zip(step.indices, step.weights)), float(step.kl_heldout), float(step.kl_fit), null,
                       answer.k, answer.how + ("+swaps" if swapped else ""))
        return found, swapped

    def _refit(self, dfit: DictionaryFit, target: Target, idx: list[int], w0: list[float | None] | None = None,
               solver: SolverConfig | None = None, how: str = "refit") -> Answer:
        """Refit dictionary entries `idx` (+ the null intercept) with L2 only, starting from `w0` (their weights,
        then the null's): an `Answer` with k = len(idx), from `how`."""
        from softprism.poe.solver import kept_logits, solve

        rows = list(idx) + ([dfit.null_index] if self.cfg.include_null else [])
        cfg = SolverConfig(**{**(solver or self.solver).__dict__, "l1": 0.0})
        start = None
        if w0 is not None:
            start = torch.tensor([0.0 if v is None else v for v in w0][:len(rows)], dtype=torch.float64)
        problem = dfit.fit_problem(rows, target.states[0], cfg)  # the same objective as the path
        restrict = kept_logits(problem, len(rows), cfg.path_tables_mb)  # a few rows: their logits, exact Hessian
        res = solve(restrict(list(range(len(rows)))) if restrict else problem, cfg, w0=start)
        held = dfit.problem(dfit.held_states[rows], target.states[1], cfg).value(res.w)
        null = float(res.w[len(idx)]) if self.cfg.include_null else None
        return Answer(tuple((i, float(res.w[j])) for j, i in enumerate(idx)), float(held), float(res.kl), null,
                      len(idx), how)

    # ---- the pipeline --------------------------------------------------------------------------------------
    def candidates(self, target: Target, timing: Timing, info: Diagnostics, extra_texts: list[str] | None = None,
                   sources: CandidateConfig | None = None) -> list[Candidate]:
        """The pipeline's candidate dictionary for `target` (see the module docstring, steps 2-4). `sources`: which
        sources with how many candidates each (default `cfg.candidates`; e.g. `oracle_only(cfg.candidates)`); its
        `texts` and `file` are the user candidates."""
        c = self.cfg.candidates if sources is None else sources
        groups: list[list[Candidate]] = []
        extra = {"projection": c.projection, "patchscope": c.patchscope}
        if self.signatures is not None and c.signature > 0:
            groups.append(self.signature_candidates(target, c.signature, c.signature_rounds, timing, info))
        if self.oracle is not None:
            with timing("oracle_s"):
                dirs, slots = self.oracle_slots(target)
            info.slots = slots
            with timing("retrieval_s"):
                groups.append(self.retrieve_vectors(dirs, np.array([s["presence"] for s in slots]), c.size,
                                                    c.per_slot, "oracle"))
        elif c.size and c.fallback:
            share = [c.size // len(c.fallback) + (1 if i < c.size % len(c.fallback) else 0)
                     for i in range(len(c.fallback))]
            for src, n in zip(c.fallback, share):
                extra[src] += n
            info.warnings.append(f"no oracle: candidates from {' + '.join(c.fallback)} retrieval instead")
        for src in ("projection", "patchscope"):
            if extra[src] > 0:
                with timing(f"{src}_text_s"):
                    text = target.text(src, self)
                if src == "projection":
                    info.projection_text = text
                else:
                    info.patchscope_text = text
                with timing("retrieval_s"):
                    groups.append(self.retrieve_texts([text], extra[src], src))
        if c.replies > 0:
            with timing("replies_text_s"):
                pairs = target.replies(self)
            info.replies = [{"probe": p, "reply": r} for p, r in pairs]
            with timing("retrieval_s"):
                groups.append(self.retrieve_replies(pairs, c.replies))
        if c.labels > 0:
            groups.append(self.label_candidates(target, merge_candidates(groups), c.labels, timing, info))
        if c.screen > 0:
            groups.append(self.screen_candidates(target, merge_candidates(groups), timing, info))
        users = (self.user_texts if sources is None else user_texts(sources)) + list(extra_texts or [])
        if users:
            groups.append(self.text_candidates(users, "user"))
        fmt = self.format_texts if sources is None else format_basis_texts(sources.format_basis)
        if fmt:
            groups.append(self.text_candidates(fmt, "format"))
        return merge_candidates(groups)

    def format_candidates(self) -> list[Candidate]:
        """The format basis as candidates (source `format`); empty when `candidates.format_basis` is off."""
        return self.text_candidates(self.format_texts, "format") if self.format_texts else []

    def is_format(self, text: str) -> bool:
        """Whether `text` is a prompt of the format basis."""
        from softprism.retrieval.corpus import normalise

        return bool(self._format_keys) and normalise(text).casefold() in self._format_keys

    def decompose(self, soft: torch.Tensor | Target, extra_texts: list[str] | None = None) -> DecompositionResult:
        """The pipeline on one soft prompt [L, d] (or a prepared `Target`) -> `DecompositionResult`."""
        timing, info = Timing(), Diagnostics()
        with timing("total_s"):  # preparing the target, the candidates and the neighbour rounds; `solve` adds its own
            target = soft if isinstance(soft, Target) else self.prepare(soft)
            timing.set("target_tables_s", target.seconds)
            dictionary = self.candidates(target, timing, info, extra_texts)
            log.info("pipeline: %d candidates (%s)", len(dictionary),
                     ", ".join(f"{s} {sum(1 for c in dictionary if c.source == s)}" for s in SOURCES))
            w0, before = None, None
            if self.cfg.candidates.neighbours > 0 and self.cfg.candidates.neighbour_rounds > 0:
                dictionary, w0, before = self.expand(target, dictionary, timing, info)
        if isinstance(soft, Target):  # prepared by the caller: its table time counts too
            timing.add("total_s", target.seconds)
        return self.solve(target, dictionary, "pipeline", timing, info, w0=w0, before=before)

    def expand(self, target: Target, dictionary: list[Candidate], timing: Timing,
               info: Diagnostics) -> tuple[list[Candidate], torch.Tensor | None, list[int] | None]:
        """The neighbour rounds (`candidates.neighbours`): each runs the greedy path over the dictionary so far (no
        full solve; `k` steps, at least `neighbours_of`) and adds the `neighbours` index rows nearest (by the
        sentence encoder) to each of the first `neighbours_of` prompts it picked; they stop early when a round finds
        no new row. Returns the grown dictionary, the last path's step-`k` weights padded with zeros (a warm start
        for the final solve; the optimum does not depend on it), and that step's support (dictionary positions: the
        k-sparse answer before the last round, which `solve` keeps when the grown dictionary's answer does not fit
        the fit probes better). `info.neighbour_rounds` records each round, `timing` its table, path and search
        time."""
        c = self.cfg.candidates
        rounds: list[dict] = []
        w0: torch.Tensor | None = None
        before: list[int] | None = None
        steps = max(c.neighbours_of, min(self.cfg.k, self.solver.max_components))
        for r in range(c.neighbour_rounds):
            with timing("neighbour_tables_s"):
                tables = self.store.get([x.text for x in dictionary], progress=self.cfg.progress)
            with timing("neighbour_path_s"):
                dfit, fitted = self.dictionary_fit(target, dictionary, tables=tables)
                path = dfit.path(fitted.states, steps)
                step = path[-1]
            with timing("neighbour_search_s"):  # around what the path chose for content, not the format basis
                seeds = [dictionary[i].text for i in step.indices if not self.is_format(dictionary[i].text)]
                seeds = seeds[:c.neighbours_of]
                near = self.neighbour_candidates(seeds, c.neighbours, dictionary)
            log.info("neighbour round %d: %d new rows around the path's first %d prompts", r + 1, len(near),
                     len(seeds))
            rounds.append({"round": r + 1, "n_candidates": len(dictionary), "kl_fit_path": _f(step.kl_fit),
                           "seeds": seeds, "added": [x.text for x in near]})
            if not near:
                break
            w0 = torch.zeros(len(dictionary) + len(near) + (1 if self.cfg.include_null else 0), dtype=torch.float64)
            w0[step.indices] = torch.tensor(step.weights, dtype=torch.float64)
            if self.cfg.include_null and step.pinned_weights:
                w0[-1] = step.pinned_weights[0]
            before = list(path[min(self.cfg.k, len(path) - 1)].indices) if self.cfg.k > 0 else None
            dictionary = dictionary + near
        info.neighbour_rounds = rounds
        return dictionary, w0, before

    def neighbour_candidates(self, texts: list[str], m: int, have: list[Candidate]) -> list[Candidate]:
        """Up to `m` index rows per text in `texts` (nearest by the index's encoder, the text's own row skipped)
        that are not in `have`: a neighbour round's candidates (`candidates.neighbours`)."""
        texts = [t for t in texts if t.strip()]
        if not texts or m <= 0:
            return []
        seen = {x.key() for x in have}
        q = np.asarray(self.encoder.encode(texts), np.float32)
        _, hits = self.index.search(q, min(len(self.index), m + len(have) + 1))
        out: list[Candidate] = []
        for row in hits:
            got = 0
            for c in self.position_candidates(row, "neighbours"):
                if got >= m:
                    break
                if c.key() in seen:
                    continue
                seen.add(c.key())
                out.append(c)
                got += 1
        return out

    def chance(self, target: torch.Tensor | Target, explained: float, size: int, draws: int = 1, seed: int = 0,
               k: int | None = None) -> ChanceLine:
        """The chance line of a decomposition of `target` whose held-out `explained` is given: `draws` dictionaries
        of `size` distinct rows of `self.index`, drawn at random (`seed` mixed with the draw number and the soft
        prompt's hash), each solved by `solve` with k `k` (default `cfg.k`: pass the answer's own k), its tables
        from `self.store`. Timed in `ChanceLine.seconds` (decompose/chance.py)."""
        target = target if isinstance(target, Target) else self.prepare(target)
        return chance_line(self, target, explained, size, draws, seed, k)

    def run(self, soft: torch.Tensor, baselines: bool | None = None, ground_truth: list[str] | None = None,
            extra_texts: list[str] | None = None, soft_info: dict | None = None) -> Report:
        """The pipeline, its chance line (unless `chance.draws` is 0) and (unless `baselines` is False) the
        configured baselines on the same target.

        The chance line draws `chance.size` rows (0 = the pipeline's dictionary size, less its format basis, which
        every draw holds too) per dictionary and asks each for as many components as the pipeline's answer has; it
        goes on the pipeline's result (`result.chance`, its time as `timing["chance_s"]`, outside `total_s`, which
        stays the pipeline's).

        The baselines (decompose/baselines.py: `baselines.methods`, each through the same `solve`) run when
        `baselines` is True, or when it is None and `baselines.enabled` is set."""
        target = self.prepare(soft)
        result = self.decompose(target, extra_texts)
        # the pipeline's dictionary size, less the format basis that every draw gets as well
        size = sum(1 for c in result.dictionary if c.source != "format") or self.cfg.candidates.size
        c = self.cfg.chance
        if c.draws > 0:
            # as many components as the answer has (fewer than cfg.k when its path ended early); k = 0 (the full
            # fit's non-zero weights) and an empty answer keep cfg.k
            k = result.k if self.cfg.k > 0 and result.k > 0 else self.cfg.k
            result.chance = self.chance(target, result.explained, c.size or size, c.draws, c.seed, k)
            result.timing.set("chance_s", result.chance.seconds)
        base = {}
        if self.cfg.baselines.enabled if baselines is None else baselines:
            from softprism.decompose.baselines import run_baselines

            base = run_baselines(self, target, size, ground_truth_texts=ground_truth)
        sp = {"shape": list(target.soft.shape), "sha256": target.sha} | (soft_info or {})
        warnings = list(result.info.warnings)
        return Report(sp, result, base, self.provenance(), warnings)

    def provenance(self) -> dict:
        """What a report records about its inputs: model, slot, probes, index, oracle, config."""
        from softprism.poe.config import to_dict

        idx = self.index.meta
        return {
            "model": {"name": self.lm.name, "fingerprint": self.lm.fingerprint, "d_model": self.lm.d_model,
                      "autocast": self.lm.autocast},
            "slot": self.slot.kind,
            "probes": {"source": self.fit_probes.source, "fit": len(self.fit_probes),
                       "heldout": len(self.heldout_probes), "positions": self.cfg.probes.positions,
                       "fit_hash": self.fit_probes.hash, "heldout_hash": self.heldout_probes.hash},
            "index": {"folder": str(self.index.folder) if self.index.folder else None, "rows": len(self.index),
                      "factory": idx.get("factory"), "encoder": idx.get("encoder", {}).get("model_id"),
                      "corpus": idx.get("corpus", {}).get("name"),
                      "corpus_fingerprint": idx.get("corpus", {}).get("fingerprint")},
            "signatures": None if self.signatures is None else {
                "folder": str(self.signatures.folder) if self.signatures.folder else None, "rows": len(self.signatures),
                "space_key": self.signatures.meta.get("space_key"),
                "corpus_fingerprint": self.signatures.meta.get("corpus", {}).get("fingerprint")},
            "oracle": None if self.oracle is None else {
                "path": str(self.oracle.meta.get("path", "")) or None, "step": self.oracle.meta.get("step"),
                "encoder": self.oracle.meta.get("encoder", {}).get("model_id"), "slot": self.oracle.meta.get("slot")},
            "config": to_dict(self.cfg),
        }
