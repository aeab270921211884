"""One prepared run for a freshly started GPU machine: smoke-test every code path, then time what the GPU goals name.

    python -m benchmarks.device_check --out DIR            # on the GPU machine (benchmarks/device_check.sh wraps it)
    python -m benchmarks.device_check --out DIR --dry-run  # CPU, tiny sizes, under a minute: CI runs this

Run from the repository root (benchmarks/ is not installed); the room scripts it starts get the root on PYTHONPATH.

Writes DIR/device_check.json (rewritten after every section, so a run killed at its time limit still leaves what
it measured) and logs to stderr (the shell wrapper keeps DIR/device_check.log). Sections, in order:

1. `env`: torch, CUDA, the GPU, library versions, which optional packages import (deepspeed, faiss, datasets, gguf).
2. `smoke`: every code path once on the device at tiny size (the tiny random model): state tables in fp32 and bf16
   autocast, distillation under bf16 with mixed lengths and refilled slots, the PoE solve on the device, PoE
   decoding, the signature module when present.
3. `decompose`: the pipeline's core at N candidates x M positions (128 x 128 on the GPU: 32 fit probes x T = 4):
   dictionary tables, target tables, exact solve, greedy path, held-out metrics; cold (first call) and warm.
   Goal (docs/GPU.md): <= 2 s on an H100.
4. `synth`: distillation steps under bf16 at L = 8 and 16, 64 prompts a batch; soft prompts per hour at the
   300 steps that cpu.yaml needs for its quality bar. Goal: >= 20,000 an hour at L = 8.
5. `signatures`: the signature-index build (`retrieval/build.py --signatures`) when that flag exists;
   skipped otherwise. Goal: 1,000,000 prompts in <= 10 min.
6. `oracle`: oracle training samples/s under `accelerate launch` with DeepSpeed ZeRO-2 and bf16 (the plain launcher
   when deepspeed is missing), on hard-prompt examples of the timing model.
7. `profile`: `torch.profiler` (CPU, plus CUDA on a GPU) over one warm decomposition (as `decompose`), one
   distillation step (as `synth`, the first length) and one signature chunk (as `signatures`; skipped when the
   signature build is missing). Per piece: the top 15 operators by self time, kernel launches, host-device syncs,
   the shares of its wall time in the model's forwards, autograd's backward, the solver and the rest (labels put
   on those calls here, not in the library), and DIR/trace_<piece>.json (Chrome trace; gzipped when large).
   Alone: `--sections profile` (or `env,profile`).

The timing model is a random-weight model with the embedded SmolLM2-135M-Instruct's exact architecture (Llama,
d_model 576, 30 layers, 9 heads / 3 KV heads, FFN 1536, vocabulary 49,152, tied head): speed does not depend on
the weights. Quality (distillation's KL ratio) does, so the synth section reports speed only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
# the room scripts it starts (retrieval/build.py, `accelerate launch oracle/train.py`) import `softprism` from this
# checkout, installed or not
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch  # noqa: E402

log = logging.getLogger("device_check")

# SmolLM2-135M-Instruct's architecture (the embedded model's config, transformers' LlamaConfig names)
SMOLLM2_ARCH = dict(vocab_size=49152, hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
                    num_attention_heads=9, num_key_value_heads=3, max_position_embeddings=8192, rms_norm_eps=1e-5,
                    rope_theta=100000.0, tie_word_embeddings=True, hidden_act="silu")

SIZES = {  # full run on the GPU / dry run on CPU; profile_sig_chunk: prompts in the profiled chunk (0: the config's)
    "full": dict(n_cand=128, n_fit=32, n_held=16, T=4, synth_lengths=[8, 16], synth_batch=64, synth_probes=8,
                 synth_steps=20, synth_goal_steps=300, oracle_examples=512, oracle_steps=60, oracle_batch=256,
                 oracle_layers=[8, 16, 24, 30], sig_size=5000, sig_config="signatures.yaml", profile_sig_chunk=0),
    "dry": dict(n_cand=12, n_fit=6, n_held=4, T=2, synth_lengths=[4, 6], synth_batch=4, synth_probes=4,
                synth_steps=3, synth_goal_steps=300, oracle_examples=12, oracle_steps=4, oracle_batch=4,
                oracle_layers=[1, 2], sig_size=48, sig_config="signatures_tiny.yaml", profile_sig_chunk=0),
}


SECTIONS = ("env", "smoke", "decompose", "synth", "signatures", "oracle", "profile")


class Report:
    """The JSON result, rewritten after every section."""

    def __init__(self, path: Path, budget_s: float):
        self.path, self.t0, self.budget = path, time.time(), budget_s
        self.data: dict = {"kind": "softprism.device_check", "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
                           "budget_s": budget_s, "sections": {}}

    def left(self) -> float:
        return self.budget - (time.time() - self.t0)

    def section(self, name: str, fn, need_s: float = 0.0) -> None:
        """Run `fn() -> dict` as section `name`: its result, error or skip goes into the JSON either way."""
        if self.left() < need_s:
            self.data["sections"][name] = {"status": "skipped", "why": f"{self.left():.0f} s left, needs ~{need_s:.0f}"}
            log.warning("section %s skipped (time)", name)
            self.write()
            return
        log.info("section %s (%.0f s left)", name, self.left())
        t = time.time()
        try:
            out = fn() or {}
            status = out.pop("status", "ok")
        except Exception as e:  # noqa: BLE001 - one broken section must not lose the others
            log.error("section %s failed: %s", name, e)
            out, status = {"error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc()[-4000:]}, "error"
        out.update(status=status, wall_s=round(time.time() - t, 3))
        self.data["sections"][name] = out
        self.write()

    def write(self) -> None:
        self.data["wall_s"] = round(time.time() - self.t0, 3)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=2, default=str))
        os.replace(tmp, self.path)


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def arch_model_dir(root: Path) -> Path:
    """A random-weight model with SmolLM2-135M's architecture and the tiny model's tokenizer (ids < 384 are valid
    ids of the 49,152-token vocabulary), written once under `root`."""
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from softprism.poe.lm import tiny_model_dir

    target = root / "smollm2-arch-random"
    if (target / "config.json").is_file():
        return target
    tok = AutoTokenizer.from_pretrained(tiny_model_dir())
    torch.manual_seed(0)
    cfg = LlamaConfig(**SMOLLM2_ARCH, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                      pad_token_id=tok.pad_token_id)
    LlamaForCausalLM(cfg).save_pretrained(target)
    tok.save_pretrained(target)
    return target


def texts(n: int) -> list[str]:
    from softprism.poe.probes import default_probe_texts

    phase0 = (ROOT / "poe" / "data" / "phase0_dictionary.txt").read_text().splitlines()
    pool = [t.strip() for t in phase0 if t.strip() and not t.startswith("#")] + list(default_probe_texts())
    return list(dict.fromkeys(pool))[:n]


# ---- sections ---------------------------------------------------------------------------------------------------
def sec_env(device: torch.device) -> dict:
    out = {"python": platform.python_version(), "torch": torch.__version__, "device": str(device),
           "cuda_available": torch.cuda.is_available(), "cpu_count": os.cpu_count(),
           "torch_threads": torch.get_num_threads()}
    if device.type == "cuda":
        p = torch.cuda.get_device_properties(device)
        out.update(gpu=p.name, gpu_memory_gib=round(p.total_memory / 2**30, 1), sm_count=p.multi_processor_count,
                   cuda=torch.version.cuda, bf16=torch.cuda.is_bf16_supported())
    mods = {}
    for name in ("transformers", "accelerate", "peft", "sentence_transformers", "deepspeed", "faiss", "datasets",
                 "gguf", "safetensors", "scipy"):
        spec = importlib.util.find_spec(name)
        if spec is None:
            mods[name] = None
            continue
        try:
            mods[name] = getattr(__import__(name), "__version__", "present")
        except Exception as e:  # noqa: BLE001
            mods[name] = f"import failed: {type(e).__name__}: {str(e)[:200]}"
    out["modules"] = mods
    return out


def sec_smoke(device: torch.device) -> dict:
    from softprism.poe.decode import DecodeConfig, poe_generate
    from softprism.poe.fit import DictionaryFit
    from softprism.poe.lm import ModelConfig, load_lm
    from softprism.poe.probes import ProbeConfig, fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.poe.solver import SolverConfig
    from softprism.poe.tables import compute_states, make_tails

    checks = {}

    def check(name, fn):
        t = time.time()
        try:
            val = fn()
            checks[name] = {"ok": True, "s": round(time.time() - t, 3), **(val or {})}
        except Exception as e:  # noqa: BLE001
            checks[name] = {"ok": False, "error": f"{type(e).__name__}: {e}", "tb": traceback.format_exc()[-1500:]}
            log.error("smoke %s: %s", name, e)

    lm = load_lm(ModelConfig(name="tiny", device=str(device)))
    amp = load_lm(ModelConfig(name="tiny", device=str(device), autocast="bfloat16"))
    fit, held = fit_heldout(ProbeConfig(n_fit=8, n_heldout=4, positions=2))
    slot = PromptSlot(lm, "system")
    prompts = [lm.embed_text(t) for t in texts(6)]

    def tables():
        a = compute_states(lm, slot, prompts, make_tails(lm, slot, fit, 2))
        s16 = PromptSlot(amp, "system")
        b = compute_states(amp, s16, [amp.embed_text(t) for t in texts(6)], make_tails(amp, s16, fit, 2))
        rel = float(((a - b).norm(dim=-1) / a.norm(dim=-1)).median())
        return {"bf16_rel_diff": rel, "finite": bool(torch.isfinite(a).all() and torch.isfinite(b).all())}

    def solve():
        dfit = DictionaryFit(lm, slot, fit, held, texts(6), 2, SolverConfig(max_components=3), progress=False)
        dec = dfit.fit(lm.embed_text(texts(6)[2]) + 0.1)
        return {"solver_device": str(dfit.device), "kkt": dec.kkt_residual, "converged": dec.converged,
                "explained": dec.explained}

    def decode():
        out = poe_generate(lm, slot, prompts[:2], [0.7, 0.3], ["Hello there", "What is 2+2?"],
                           DecodeConfig(max_new_tokens=4))
        return {"replies": out}

    def distill():
        from softprism.poe.config import load_config
        from softprism.synth import pipeline
        from softprism.synth.config import SynthConfig
        from softprism.synth.distill import Job, init_soft

        cfg = load_config(SynthConfig, ROOT / "configs" / "synth" / "tiny.yaml",
                          [f"model.device={device}", "distill.autocast=bfloat16", "distill.max_steps=4",
                           "distill.eval_every=2", "probes.n_fit=16", "probes.n_heldout=4"])
        setup = pipeline.build(pipeline.validate(cfg))
        dist = setup.distiller
        jobs = [pipeline.plan_job(cfg, setup.pool, setup.candidates, i) for i in range(3)]
        jobs = [Job(j.index, j.mixture, L, "sample_vocab") for j, L in zip(jobs, (4, 6, 5))]
        init = [init_soft(dist.lm, "sample_vocab", j.length, j.mixture.seed, "") for j in jobs]
        res = dist.distill(jobs, init, seed=0, slots=2)
        return {"amp": dist.amp, "kl_heldout": [r.kl_heldout for r in res], "store_rows": len(dist.store)}

    def signatures():
        from softprism.poe.signatures import SignatureConfig, SignatureSpace
        from softprism.retrieval.corpus import Corpus
        from softprism.retrieval.pursuit import pursue
        from softprism.retrieval.signatures import SignatureIndex

        space = SignatureSpace(lm, slot, SignatureConfig(positions=2, dim=32))
        texts = ["Answer in French.", "Be brief.", "Reply with one word.", "Use a formal tone."]
        S = space.of_texts(texts)
        index = SignatureIndex.build(Corpus.from_texts(texts), S, space)
        res = pursue(index, space.mixture(S[:2], [0.7, 0.3]), rounds=2, per_round=2)
        return {"dim": space.dim, "picks": res.picks, "residual": res.residuals[-1]}

    for name, fn in (("tables", tables), ("solve", solve), ("decode", decode), ("distill", distill),
                     ("signatures", signatures)):
        check(name, fn)
    bad = [k for k, v in checks.items() if not v["ok"]]
    return {"checks": checks, "status": "error" if bad else "ok", "failed": bad}


def decompose_inputs(device: torch.device, model: str, sz: dict) -> tuple:
    """What the `decompose` section (and the profile's decomposition) fits: the LM, its `prefix` slot, the fit and
    held-out probes, n_cand candidate texts, and a target near candidate 3 (a seeded perturbation)."""
    from softprism.poe.lm import ModelConfig, load_lm
    from softprism.poe.probes import ProbeConfig, fit_heldout
    from softprism.poe.slot import PromptSlot

    os.environ["SOFTPRISM_NO_TABLE_CACHE"] = "1"
    lm = load_lm(ModelConfig(name=model, device=str(device)))
    slot = PromptSlot(lm, "prefix")
    fit, held = fit_heldout(ProbeConfig(n_fit=sz["n_fit"], n_heldout=sz["n_held"], positions=sz["T"]))
    cands = texts(sz["n_cand"])
    g = torch.Generator().manual_seed(0)
    base = lm.embed_text(cands[3]).float().cpu()
    target = (base + 0.5 * lm.embedding_std * torch.randn(base.shape, generator=g)).to(lm.device, lm.dtype)
    return lm, slot, fit, held, cands, target


def decompose_once(device: torch.device, inputs: tuple, sz: dict, barrier: Callable[[], None] | None = None) -> tuple:
    """One decomposition, the pipeline's core: dictionary tables (`DictionaryFit`), then target tables, exact solve,
    greedy path and held-out metrics (`fit`). Returns (the fit, its decomposition, seconds in all, table seconds).
    `barrier()` waits for the GPU around the timed parts (default `sync`; the profile passes its own)."""
    from softprism.poe.fit import DictionaryFit
    from softprism.poe.solver import SolverConfig

    barrier = barrier or (lambda: sync(device))
    lm, slot, fit, held, cands, target = inputs
    barrier()
    t = time.time()
    dfit = DictionaryFit(lm, slot, fit, held, cands, sz["T"], SolverConfig(max_components=10), progress=False)
    barrier()
    t_tab = time.time() - t
    dec = dfit.fit(target)
    barrier()
    return dfit, dec, time.time() - t, t_tab


def sec_decompose(device: torch.device, model: str, sz: dict) -> dict:
    """DictionaryFit over n_cand candidates on n_fit x T fit positions (n_held x T held out), twice."""
    inputs = decompose_inputs(device, model, sz)
    _, _, fit, held, cands, _ = inputs
    runs = []
    for rep in ("cold", "warm"):
        dfit, dec, total, t_tab = decompose_once(device, inputs, sz)
        runs.append({"run": rep, "total_s": round(total, 4), "dictionary_tables_s": round(t_tab, 4),
                     **{k: round(v, 4) for k, v in dec.timing.items()}, "solver_iterations": dec.iterations,
                     "kkt": dec.kkt_residual, "path_len": len(dec.path)})
    return {"model": model, "candidates": len(cands), "fit_positions": len(fit) * sz["T"],
            "heldout_positions": len(held) * sz["T"], "solver_device": str(dfit.device), "runs": runs,
            "goal_s": 2.0, "meets_goal": runs[-1]["total_s"] <= 2.0 if device.type == "cuda" else None}


def synth_setup(device: torch.device, model: str, sz: dict, L: int, steps: int) -> tuple:
    """What the `synth` section (and the profile's distillation step) runs: gpu.yaml's distiller for `model` on
    `device` under bf16 autocast (off on CPU, at CPU-sized probes), synth_batch jobs of length L (sample_vocab
    init), at most `steps` steps each. Returns (the distiller, the jobs, their inits)."""
    from softprism.poe.config import load_config
    from softprism.synth import pipeline
    from softprism.synth.config import SynthConfig
    from softprism.synth.distill import Job, init_soft

    over = [f"model.name={model}", f"model.device={device}", "distill.autocast=auto",
            f"distill.length_min={L}", f"distill.length_max={L}", f"distill.batch_prompts={sz['synth_batch']}",
            f"distill.probes_per_step={sz['synth_probes']}", f"distill.max_steps={steps}",
            "distill.eval_every=10", "distill.patience=100", "distill.init=sample_vocab",
            "distill.init_mix=[]", "corpus.source=default-small", "mixture.k_max=3",
            "output.n_examples=64", "output.shard_size=64"]
    if device.type == "cpu":
        over += ["probes.n_fit=24", "probes.n_heldout=8", "probes.positions=2", "distill.n_val=4",
                 "distill.eval_fit=4", "distill.autocast=off"]
    cfg = load_config(SynthConfig, ROOT / "configs" / "synth" / "gpu.yaml", over)
    setup = pipeline.build(pipeline.validate(cfg))
    dist = setup.distiller
    jobs = [pipeline.plan_job(cfg, setup.pool, setup.candidates, i) for i in range(sz["synth_batch"])]
    jobs = [Job(j.index, j.mixture, L, "sample_vocab") for j in jobs]
    init = [init_soft(dist.lm, "sample_vocab", L, j.mixture.seed, "") for j in jobs]
    return dist, jobs, init


def sec_synth(device: torch.device, model: str, sz: dict) -> dict:
    """Distillation step time under bf16 (autocast auto on a GPU) for one full batch per length."""
    out = {"model": model, "batch": sz["synth_batch"], "probes_per_step": sz["synth_probes"], "lengths": {}}
    for L in sz["synth_lengths"]:
        dist, jobs, init = synth_setup(device, model, sz, L, sz["synth_steps"])
        t = time.time()
        for j in jobs:
            dist.component_states(j.mixture.ids, j.mixture.texts)
        sync(device)
        t_tables = time.time() - t
        stamps = []

        def on_step(*_):
            sync(device)
            stamps.append(time.time())

        sync(device)
        t = time.time()
        dist.distill(jobs, init, seed=0, on_step=on_step)
        sync(device)
        total = time.time() - t
        steps = [b - a for a, b in zip(stamps, stamps[1:])]
        step_s = statistics.median(steps[1:] or steps or [total])
        per_prompt_s = sz["synth_goal_steps"] * step_s / len(jobs)  # at the steps cpu.yaml's quality bar took
        out["lengths"][str(L)] = {
            "component_tables_s": round(t_tables, 3), "distill_s": round(total, 3), "steps": len(stamps),
            "step_s_median": round(step_s, 5), "amp_bf16": dist.amp,
            "distill_s_per_step_incl_evals": round(total / max(1, len(stamps)), 5),
            f"soft_prompts_per_hour_at_{sz['synth_goal_steps']}_steps": round(3600 / per_prompt_s, 1),
        }
    key = f"soft_prompts_per_hour_at_{sz['synth_goal_steps']}_steps"
    first = out["lengths"][str(sz["synth_lengths"][0])][key]
    out.update(goal_per_hour_L8=20000, meets_goal_speed=(first >= 20000) if device.type == "cuda" else None,
               note="speed only: random weights cannot show cpu.yaml's quality bar (median kl_heldout/kl_base "
                    "<= 0.1); that needs the real weights (docs/GPU.md)")
    return out


def sec_signatures(device: torch.device, model: str, sz: dict, out_dir: Path) -> dict:
    """The signature-index build, when retrieval/build.py has --signatures. Override the command with
    $SOFTPRISM_SIGNATURE_CMD ({out}, {model}, {size} are filled in)."""
    help_text = subprocess.run([sys.executable, "retrieval/build.py", "--help"], cwd=ROOT, capture_output=True,
                               text=True, timeout=120).stdout
    if "--signatures" not in help_text:
        return {"status": "skipped", "why": "retrieval/build.py has no --signatures flag"}
    dest = out_dir / "work" / "signatures"
    config = sz["sig_config"]  # bf16 autocast in the full one
    cmd = os.environ.get("SOFTPRISM_SIGNATURE_CMD") or (
        f"{sys.executable} retrieval/build.py --signatures --config configs/retrieval/{config} --size {{size}} "
        f"--rows {{size}} --out {{out}} --set model.name={{model}} --set model.device={device} --set progress=false")
    cmd = cmd.format(out=dest, model=model, size=sz["sig_size"])
    t = time.time()
    p = subprocess.run(cmd, shell=True, cwd=ROOT, capture_output=True, text=True, timeout=max(60, 240))
    wall = time.time() - t
    found = {}
    for f in dest.rglob("*.json") if dest.exists() else []:
        try:
            d = json.loads(f.read_text())
        except (ValueError, OSError):
            continue
        stack = [d]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                for k, v in x.items():
                    if "pairs_per_s" in k or "prompts_per_s" in k or k in ("pairs", "prompts", "seconds",
                                                                             "signature_seconds", "rows"):
                        found[f"{f.name}:{k}"] = v
                    stack.append(v)
    return {"command": cmd, "rc": p.returncode, "wall_s": round(wall, 2), "size": sz["sig_size"],
            "found": found, "output_tail": (p.stdout + p.stderr)[-3000:],
            "status": "ok" if p.returncode == 0 else "error", "goal": "1,000,000 prompts in <= 600 s"}


def sec_oracle(device: torch.device, model: str, sz: dict, out_dir: Path) -> dict:
    """Oracle training samples/s: hard-prompt examples of `model`, a gpu.yaml-sized net, ZeRO-2 + bf16."""
    from softprism.poe.config import load_config
    from softprism.synth import pipeline
    from softprism.synth.config import SynthConfig

    work = out_dir / "work"
    data = work / "synth_hard"
    cfg = load_config(SynthConfig, ROOT / "configs" / "synth" / "tiny.yaml",
                      [f"model.name={model}", f"model.device={device}", "mixture.hard_fraction=1.0",
                       f"output.n_examples={sz['oracle_examples']}", f"output.shard_size={sz['oracle_examples']}",
                       "probes.n_fit=10", "probes.n_heldout=2", "probes.positions=1", "distill.n_val=2"])
    t = time.time()
    pipeline.generate(cfg, data, progress=False)
    t_data = time.time() - t
    ds = importlib.util.find_spec("deepspeed") is not None
    full = device.type == "cuda"
    launch = "deepspeed_zero2" if ds and (full or os.environ.get("SOFTPRISM_DRY_DEEPSPEED") == "1") else "plain"
    run = work / "oracle"
    steps = sz["oracle_steps"]
    sets = [f"data.train={data}", "data.encoder=hash:384", f"features.layers={sz['oracle_layers']}",
            f"train.steps={steps}", f"train.batch_size={sz['oracle_batch']}", f"train.log_every={max(1, steps // 10)}",
            f"train.eval_every={10 * steps}", f"train.checkpoint_every={10 * steps}", "train.cpu_threads=0",
            f"train.precision={'bf16' if full else 'no'}", f"features.batch_size={64 if full else 8}",
            "net.max_len=64"]  # hard prompts run up to ~50 tokens
    if full:
        sets += ["net.d_model=256", "net.n_heads=8", "net.encoder_layers=4", "net.decoder_layers=3", "net.ffn=1024",
                 "net.slots=16", "features.kind=both"]
    cmd = [sys.executable, "-m", "accelerate.commands.launch", "--config_file",
           f"configs/accelerate/{launch}.yaml", "--num_processes", "1", "oracle/train.py", "--config",
           "configs/oracle/tiny.yaml", "--out", str(run), "--no-progress"]
    for s in sets:
        cmd += ["--set", s]
    env = dict(os.environ)
    if not torch.cuda.is_available():
        env.setdefault("DS_ACCELERATOR", "cpu")
    t = time.time()
    p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=400)
    wall = time.time() - t
    out = {"launch": launch, "deepspeed_available": ds, "examples": sz["oracle_examples"], "steps": steps,
           "batch_size": sz["oracle_batch"], "data_s": round(t_data, 2), "train_wall_s": round(wall, 2),
           "rc": p.returncode}
    if p.returncode != 0:
        out.update(status="error", output_tail=(p.stdout + p.stderr)[-4000:])
        return out
    rows = [json.loads(x) for x in (run / "metrics.jsonl").read_text().splitlines() if x.strip()]
    sps = [r["samples_per_s"] for r in rows if r.get("split") == "train" and "samples_per_s" in r]
    summary = json.loads((run / "summary.json").read_text())
    out.update(samples_per_s_windows=sps, samples_per_s_median=statistics.median(sps[1:] or sps) if sps else None,
               samples_per_s_this_invocation=summary.get("samples_per_s_this_invocation"),
               deepspeed=summary.get("deepspeed"))
    if launch != "deepspeed_zero2" and full:
        out["note"] = "deepspeed missing: plain launcher (bring its wheel along, docs/GPU.md)"
    return out


# ---- profile: where the time goes ---------------------------------------------------------------------------------
MODEL, BACKWARD, SOLVER, OTHER = "model", "model_backward", "solver", "python/other"
PROFILE_SYNC, PIECE = "profile_sync", "profile_piece"
OWN_LABELS = (MODEL, BACKWARD, SOLVER, PROFILE_SYNC, PIECE)
BUCKETS = {
    MODEL: "forward passes: the LM's transformer body (`lm.base`) and `lm.head_logits`",
    BACKWARD: "autograd's backward (through the model, in distillation)",
    SOLVER: "poe.fit's exact solve and greedy path (`solve`, `greedy_path`)",
    OTHER: "everything else: table bookkeeping, targets, KL, Adam, metrics, Python",
}
SYNC_CALLS = ("cudaStreamSynchronize", "cuStreamSynchronize", "cudaDeviceSynchronize", "cuCtxSynchronize",
              "cudaEventSynchronize", "cuEventSynchronize", "cudaMemcpy", "cudaMemcpy2D", "cuMemcpyDtoH",
              "cuMemcpyDtoH_v2")
TRACE_GZIP_BYTES = 12 * 2**20  # a trace over this is gzipped (the device tool brings back files of <= 16 MiB)
TRACE_KEEP_BYTES = 15 * 2**20  # a gzipped trace over this is dropped (the JSON keeps the summary)


class Labels:
    """Owns the `record_function` labels the profile groups wall time by, for as long as it is open: the forwards
    of `lms` (`lm.base`, `lm.head_logits`) run under "model", autograd's backward under "model_backward", and
    poe.fit's `solve` and `greedy_path` under "solver". It wraps those callables here, at the call site (instance
    attributes and module globals, restored on exit): no library file changes. On CUDA a labelled range syncs
    before it opens and before it closes, under "profile_sync", so the kernels it queued fall inside it and its
    wall time is its GPU time too; those syncs are left out of the sync counts."""

    def __init__(self, device: torch.device, lms: list):
        self.device, self.lms = device, lms
        self._undo: list = []

    def sync(self) -> None:
        """A sync of the profile's own (not counted as the code's)."""
        if self.device.type == "cuda":
            with torch.profiler.record_function(PROFILE_SYNC):
                torch.cuda.synchronize(self.device)

    def wrap(self, fn: Callable, label: str) -> Callable:
        """`fn` run under `label` (on CUDA with the GPU drained before and inside its end)."""

        def labelled(*args, **kwargs):
            self.sync()
            with torch.profiler.record_function(label):
                out = fn(*args, **kwargs)
                self.sync()
            return out

        labelled.__wrapped__ = fn
        return labelled

    def _patch(self, obj: object, name: str, label: str) -> None:
        """obj.name <- its labelled wrapper, remembering what to put back."""
        missing = object()
        own = vars(obj).get(name, missing)  # an instance attribute (or module global) to put back, or none
        setattr(obj, name, self.wrap(getattr(obj, name), label))
        self._undo.append((obj, name, own, missing))

    def __enter__(self) -> "Labels":
        import softprism.poe.fit as poe_fit

        seen = set()
        for lm in self.lms:
            if id(lm) in seen:
                continue
            seen.add(id(lm))
            self._patch(lm.base, "forward", MODEL)
            self._patch(lm, "head_logits", MODEL)
        self._patch(torch.autograd, "backward", BACKWARD)  # Tensor.backward calls torch.autograd.backward
        self._patch(poe_fit, "solve", SOLVER)
        self._patch(poe_fit, "greedy_path", SOLVER)
        return self

    def __exit__(self, *exc) -> None:
        while self._undo:
            obj, name, own, missing = self._undo.pop()
            if own is missing:
                delattr(obj, name)
            else:
                setattr(obj, name, own)


def profiler_for(device: torch.device, **kw):
    """`torch.profiler.profile` over the CPU, and CUDA when the device is a GPU (no shapes, stacks or memory: small
    traces)."""
    from torch.profiler import ProfilerActivity, profile

    acts = [ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if device.type == "cuda" else [])
    return profile(activities=acts, record_shapes=False, profile_memory=False, with_stack=False, **kw)


def _union(spans: list[tuple[float, float]]) -> float:
    """Length of the union of [start, end) spans."""
    total, end = 0.0, None
    for a, b in sorted(spans):
        if end is None or a > end:
            total, end = total + (b - a), b
        elif b > end:
            total, end = total + (b - end), b
    return total


def _is_cpu(ev) -> bool:
    return ev.device_type == torch.autograd.DeviceType.CPU


def _is_kernel(name: str) -> bool:
    """A GPU event that is a kernel: not a copy, a set, or a sync record."""
    return not name.startswith(("Memcpy", "Memset")) and not name.endswith(" Sync")


def _top(rows: list[tuple[str, float, int]], total_us: float, n: int, names: int = 160) -> list[dict]:
    """(name, self us, calls) -> the n largest by self time: name, self_ms, calls, share of `total_us`."""
    rows = sorted((r for r in rows if r[1] > 0), key=lambda r: -r[1])[:n]
    return [{"name": k[:names], "self_ms": round(us / 1e3, 3), "calls": c,
             "share": round(us / total_us, 4) if total_us > 0 else None} for k, us, c in rows]


def analyse_profile(prof, device: torch.device, wall_s: float, top_n: int = 15) -> dict:
    """What one profiled piece spent its time on: the top operators by self time, kernel launches, host-device
    syncs, and the shares of its wall time in the model, the solver and the rest (see `BUCKETS`)."""
    t_analysis = time.perf_counter()
    evs = prof.events()
    cpu = [e for e in evs if _is_cpu(e) and not e.is_async]
    cuda = device.type == "cuda"
    # the window: the piece's own label, else the profiler's step (a scheduled profile), else the measured wall
    win = [e for e in cpu if e.name == PIECE] or [e for e in cpu if e.name.startswith("ProfilerStep")]
    if win:
        w0, w1 = min(e.time_range.start for e in win), max(e.time_range.end for e in win)
    else:
        w0 = min((e.time_range.start for e in cpu), default=0.0)
        w1 = w0 + wall_s * 1e6
    total_us = max(w1 - w0, 1.0)

    def spans(label: str) -> list[tuple[float, float]]:
        return [(max(e.time_range.start, w0), min(e.time_range.end, w1)) for e in cpu
                if e.name == label and e.time_range.end > w0 and e.time_range.start < w1]

    s_model, s_back, s_solver = spans(MODEL), spans(BACKWARD), spans(SOLVER)
    u1 = _union(s_model)
    u2 = _union(s_model + s_back)
    u3 = _union(s_model + s_back + s_solver)
    used = {MODEL: u1, BACKWARD: u2 - u1, SOLVER: u3 - u2}
    used[OTHER] = max(0.0, total_us - u3)
    norm = sum(used.values()) or 1.0
    shares = {k: round(v / norm, 4) for k, v in used.items()}
    shares[OTHER] = round(1.0 - sum(v for k, v in shares.items() if k != OTHER), 4)  # exact sum 1
    out: dict = {
        "window_ms": round(total_us / 1e3, 3), "wall_s": round(wall_s, 4),
        "shares": shares, "seconds": {k: round(v / 1e6, 4) for k, v in used.items()},
        "label_calls": {k: sum(e.name == k for e in cpu) for k in (MODEL, BACKWARD, SOLVER)},
    }
    # top operators by self time (our labels are not operators; their self time counts in the total)
    averages = prof.key_averages()
    host_rows = [(a.key, float(a.self_cpu_time_total), int(a.count)) for a in averages
                 if _is_cpu(a) and a.key not in OWN_LABELS and not a.key.startswith("ProfilerStep")]
    host_total = float(sum(a.self_cpu_time_total for a in averages if _is_cpu(a)))
    counts: dict[str, int] = {}
    for e in cpu:
        counts[e.name] = counts.get(e.name, 0) + 1
    syncs = {"aten_item": counts.get("aten::item", 0),
             "aten_local_scalar_dense": counts.get("aten::_local_scalar_dense", 0),
             "aten_nonzero": counts.get("aten::nonzero", 0)}
    own_syncs = [(e.time_range.start, e.time_range.end) for e in cpu if e.name == PROFILE_SYNC]
    syncs["added_by_profile"] = len(own_syncs)
    if not cuda:
        out.update(time_basis="cpu self time", top_ops=_top(host_rows, host_total, top_n),
                   kernel_launches=None, launches="n/a on CPU")
        # what would sync on a GPU: scalar reads (aten::item calls aten::_local_scalar_dense: one read each)
        syncs["total"] = max(syncs["aten_item"], syncs["aten_local_scalar_dense"])
        syncs["basis"] = "scalar reads (aten::item / aten::_local_scalar_dense), which sync on a GPU"
        out.update(syncs=syncs, events=len(evs), analysis_s=round(time.perf_counter() - t_analysis, 2))
        return out
    # CUDA: the GPU's own events (kernels, copies, sets), the runtime calls that launch and wait for them
    dev = [e for e in evs if not _is_cpu(e) and not getattr(e, "is_user_annotation", False)
           and e.name not in OWN_LABELS and not e.name.startswith("ProfilerStep")]
    memcpy = [e for e in dev if e.name.startswith("Memcpy")]
    memset = [e for e in dev if e.name.startswith("Memset")]
    kernels = [e for e in dev if _is_kernel(e.name)]
    gpu_us = float(sum(e.time_range.elapsed_us() for e in dev))
    kernel_rows: dict[str, list] = {}
    for e in kernels:
        r = kernel_rows.setdefault(e.name, [e.name, 0.0, 0])
        r[1] += e.time_range.elapsed_us()
        r[2] += 1
    op_rows = [(a.key, float(a.self_device_time_total), int(a.count)) for a in averages
               if _is_cpu(a) and a.key not in OWN_LABELS and not a.key.startswith("ProfilerStep")]
    launch_calls = sum(n for k, n in counts.items() if "LaunchKernel" in k)
    top_ops, basis = _top(op_rows, gpu_us, top_n), "GPU time (kernels launched by each operator)"
    if not top_ops:  # no kernel was tied to an operator: rank by host time rather than leave the list empty
        top_ops, basis = _top(host_rows, host_total, top_n), "cpu self time (no GPU time was tied to operators)"
    out.update(
        time_basis=basis, top_ops=top_ops,
        top_ops_host=_top(host_rows, host_total, top_n), top_kernels=_top([tuple(r) for r in kernel_rows.values()],
                                                                         gpu_us, 10, names=120),
        kernel_launches=len(kernels),
        launches={"kernel_events": len(kernels), "launch_calls": launch_calls,
                  "graph_launches": counts.get("cudaGraphLaunch", 0) + counts.get("cuGraphLaunch", 0),
                  "memcpy_events": len(memcpy), "memset_events": len(memset),
                  "kernels_per_s_of_wall": round(len(kernels) / (total_us / 1e6), 1)})

    def inside_own(e) -> bool:
        return any(a <= e.time_range.start and e.time_range.end <= b for a, b in own_syncs)

    for name in SYNC_CALLS:
        syncs[name] = 0
    for e in cpu:
        if e.name in SYNC_CALLS and not inside_own(e):
            syncs[e.name] += 1
    syncs["memcpy_dtoh"] = sum(("DtoH" in e.name or "Device -> P" in e.name) for e in memcpy)
    syncs["total"] = sum(syncs[name] for name in SYNC_CALLS)
    syncs["basis"] = "blocking CUDA runtime calls (stream, device, event syncs; blocking memcpy), the profile's own out"
    out["syncs"] = syncs
    try:  # the GPU time under each label: the kernels its operators launched
        by_label = {}
        for k in (MODEL, BACKWARD, SOLVER):
            tops = []
            for e in cpu:
                if e.name != k:
                    continue
                p, nested = e.cpu_parent, False
                while p is not None:
                    nested, p = nested or p.name == k, p.cpu_parent
                if not nested:
                    tops.append(e)
            by_label[k] = round(sum(e.device_time_total for e in tops) / 1e3, 3)
        gpu = {"busy_ms": round(gpu_us / 1e3, 3), "busy_share_of_wall": round(gpu_us / total_us, 4),
               "by_label_ms": by_label}
    except Exception as e:  # noqa: BLE001 - a missing attribute in another torch must not lose the rest
        gpu = {"busy_ms": round(gpu_us / 1e3, 3), "busy_share_of_wall": round(gpu_us / total_us, 4),
               "by_label_error": f"{type(e).__name__}: {e}"}
    if not dev:
        gpu["note"] = "no GPU events were recorded (is CUPTI missing?): launch and GPU-time figures are empty"
    out.update(gpu=gpu, events=len(evs), analysis_s=round(time.perf_counter() - t_analysis, 2))
    return out


def export_trace(prof, out_dir: Path | None, name: str) -> dict:
    """The piece's Chrome trace as out_dir/trace_<name>.json (gzipped over TRACE_GZIP_BYTES); none without a
    folder. Open it in https://ui.perfetto.dev or chrome://tracing."""
    if out_dir is None:
        return {}
    import gzip
    import shutil

    path = out_dir / f"trace_{name}.json"
    t = time.perf_counter()
    prof.export_chrome_trace(str(path))
    raw = path.stat().st_size
    if raw > TRACE_GZIP_BYTES:
        gz = path.with_suffix(".json.gz")
        with path.open("rb") as src, gzip.open(gz, "wb", compresslevel=6) as dst:
            shutil.copyfileobj(src, dst)
        path.unlink()
        path = gz
    out = {"trace": path.name, "trace_bytes": path.stat().st_size, "trace_raw_bytes": raw,
           "trace_export_s": round(time.perf_counter() - t, 2)}
    if out["trace_bytes"] > TRACE_KEEP_BYTES:
        path.unlink()
        out.update(trace=None, trace_dropped=f"{out['trace_bytes']} bytes gzipped: over the {TRACE_KEEP_BYTES} a "
                                             "file may have to come back from the device tool")
    return out


def profile_decompose(device: torch.device, model: str, sz: dict, out_dir: Path | None) -> dict:
    """One warm decomposition (after an unprofiled one): dictionary tables, target tables, solve, greedy path,
    held-out metrics, as the `decompose` section times them."""
    inputs = decompose_inputs(device, model, sz)
    _, _, warm_total, _ = decompose_once(device, inputs, sz)
    with Labels(device, [inputs[0]]) as labels, profiler_for(device) as prof:
        t = time.perf_counter()
        with torch.profiler.record_function(PIECE):
            _, dec, _, t_tab = decompose_once(device, inputs, sz, barrier=labels.sync)
        wall = time.perf_counter() - t
    out = {"what": f"one warm decomposition: {len(inputs[4])} candidates x {len(inputs[2]) * sz['T']} fit positions "
                   f"({len(inputs[3]) * sz['T']} held out), greedy path of 10",
           "unprofiled_total_s": round(warm_total, 4), "profiled_tables_s": round(t_tab, 4),
           "profiled_timing": {k: round(v, 4) for k, v in dec.timing.items()}}
    out.update(analyse_profile(prof, device, wall))
    out.update(export_trace(prof, out_dir, "decompose"))
    return out


def profile_synth(device: torch.device, model: str, sz: dict, out_dir: Path | None) -> dict:
    """One distillation step (the third of four, so two warm it up; no evaluation falls on it) at the first of
    synth_lengths and synth_batch prompts, as the `synth` section runs them. Component tables are made before."""
    L = sz["synth_lengths"][0]
    dist, jobs, init = synth_setup(device, model, sz, L, steps=4)
    for j in jobs:
        dist.component_states(j.mixture.ids, j.mixture.texts)
    sync(device)
    box: dict = {}
    stamps: dict[str, float] = {}
    labels = Labels(device, [dist.lm])

    def ready(prof) -> None:  # at the end of the active step, inside prof.step()
        try:
            box["result"] = analyse_profile(prof, device, stamps["end"] - stamps["start"])
            box["result"].update(export_trace(prof, out_dir, "synth"))
        except Exception as e:  # noqa: BLE001
            box["error"] = f"{type(e).__name__}: {e}"
            box["traceback"] = traceback.format_exc()[-3000:]

    sched = torch.profiler.schedule(wait=1, warmup=1, active=1, repeat=1)
    with labels, profiler_for(device, schedule=sched, on_trace_ready=ready) as prof:
        def on_step(step, *_):
            labels.sync()
            stamps["end"] = time.perf_counter()
            prof.step()
            stamps["start"] = time.perf_counter()

        dist.distill(jobs, init, seed=0, on_step=on_step)
    if "error" in box:
        return {"status": "error", "error": box["error"], "traceback": box["traceback"]}
    if "result" not in box:
        return {"status": "error", "error": "no step was profiled (fewer than 3 steps ran)"}
    out = {"what": f"one distillation step (step 3 of 4): {len(jobs)} prompts of L = {L}, "
                   f"{sz['synth_probes']} probes a step, bf16 autocast {dist.amp}"}
    out.update(box["result"])
    return out


def profile_signatures(device: torch.device, model: str, sz: dict, out_dir: Path | None) -> dict:
    """One chunk of the signature build (after an unprofiled one), as `build_signature_index` computes each: the
    prompts' embeddings, their states on the battery's tails (`compute_states`), the whitened projection."""
    try:
        from softprism.poe.signatures import SignatureSpace
        from softprism.retrieval.signatures import SignatureIndexConfig
    except ImportError as e:
        return {"status": "skipped", "why": f"no signature build here ({e})"}
    from softprism.poe.config import load_config
    from softprism.poe.lm import load_lm
    from softprism.poe.slot import PromptSlot
    from softprism.poe.tables import compute_states
    from softprism.retrieval.corpus import load_corpus

    path = ROOT / "configs" / "retrieval" / sz["sig_config"]
    if not path.is_file():
        return {"status": "skipped", "why": f"{path.relative_to(ROOT)} is missing"}
    cfg = load_config(SignatureIndexConfig, path, [f"model.name={model}", f"model.device={device}", "progress=false"])
    chunk = int(sz.get("profile_sig_chunk") or cfg.chunk_size)
    cfg.corpus.size = 2 * chunk
    lm = load_lm(cfg.model)
    space = SignatureSpace(lm, PromptSlot(lm, cfg.slot.kind), cfg.signatures)
    corpus = load_corpus(cfg.corpus)
    if len(corpus) < 2 * chunk:
        return {"status": "skipped", "why": f"the corpus has {len(corpus)} rows, two chunks need {2 * chunk}"}

    def one(lo: int) -> torch.Tensor:
        prompts = [lm.embed_text(t) for t in corpus.texts[lo:lo + chunk]]
        with torch.no_grad():
            H = compute_states(lm, space.slot, prompts, space.tails, token_budget=cfg.token_budget or None)
        return space.transform(H)

    sync(device)
    t = time.perf_counter()
    one(0)
    sync(device)
    warm = time.perf_counter() - t
    with Labels(device, [lm]) as labels, profiler_for(device) as prof:
        t = time.perf_counter()
        with torch.profiler.record_function(PIECE):
            S = one(chunk)
            labels.sync()
        wall = time.perf_counter() - t
    out = {"what": f"one signature chunk: {chunk} prompts x {len(space.tails)} probes x T = {space.tails.T}, "
                   f"r = {S.shape[1]}, autocast {lm.autocast} ({sz['sig_config']})",
           "unprofiled_chunk_s": round(warm, 4), "prompts_per_s_unprofiled": round(chunk / warm, 2)}
    out.update(analyse_profile(prof, device, wall))
    out.update(export_trace(prof, out_dir, "signatures"))
    return out


def sec_profile(device: torch.device, model: str, sz: dict, out_dir: Path | None, rep: Report | None = None) -> dict:
    """`torch.profiler` over one warm decomposition, one distillation step and one signature chunk: for each, the
    top operators by self time, kernel launches, host-device syncs and the model/solver/other shares of its wall
    time; a Chrome trace of each in `out_dir` (none when it is None). Pieces go into `rep` as they finish, so a run
    stopped at its limit keeps those."""
    pieces: dict = {}
    head = {"device": str(device), "activities": ["CPU"] + (["CUDA"] if device.type == "cuda" else []),
            "buckets": BUCKETS}
    for name, fn in (("decompose", profile_decompose), ("synth", profile_synth),
                     ("signatures", profile_signatures)):
        t = time.time()
        try:
            res = fn(device, model, sz, out_dir)
        except Exception as e:  # noqa: BLE001 - one broken piece must not lose the others
            log.error("profile %s failed: %s", name, e)
            res = {"status": "error", "error": f"{type(e).__name__}: {e}", "traceback": traceback.format_exc()[-4000:]}
        res.setdefault("status", "ok")
        res["piece_s"] = round(time.time() - t, 3)
        pieces[name] = res
        if res["status"] == "ok":
            log.info("profile %s: %s", name, " ".join(f"{k} {v:.0%}" for k, v in res["shares"].items()))
        if rep is not None:
            rep.data["sections"]["profile"] = {**head, "pieces": pieces, "status": "running"}
            rep.write()
    bad = [k for k, v in pieces.items() if v["status"] == "error"]
    return {**head, "pieces": pieces, "status": "error" if bad else "ok", "failed": bad}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="results folder (device_check.json, work/)")
    ap.add_argument("--dry-run", action="store_true", help="CPU, tiny model and sizes (CI)")
    ap.add_argument("--budget", type=float, default=480.0, help="seconds for all sections; late ones are skipped")
    ap.add_argument("--sections", default=",".join(SECTIONS),
                    help="comma-separated sections to run, in the fixed order (e.g. env,profile)")
    ap.add_argument("--size", action="append", default=[], metavar="KEY=VALUE",
                    help="override one of SIZES (e.g. synth_batch=256, synth_lengths=[8], sig_size=20000)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    dry = args.dry_run
    device = torch.device("cpu" if dry or not torch.cuda.is_available() else "cuda")
    if dry:
        torch.set_num_threads(1)
    sz = dict(SIZES["dry" if dry else "full"])
    for kv in args.size:
        key, _, val = kv.partition("=")
        if key not in sz or not val:
            ap.error(f"--size {kv}: expected KEY=VALUE with KEY one of {', '.join(sz)}")
        sz[key] = json.loads(val)
    rep = Report(out / "device_check.json", args.budget)
    rep.data.update(dry_run=dry, sizes=sz, argv=sys.argv[1:])
    want = set(args.sections.split(","))
    if want - set(SECTIONS):
        ap.error(f"--sections: unknown {', '.join(sorted(want - set(SECTIONS)))}; choose from {', '.join(SECTIONS)}")
    model = "tiny"
    if not dry:
        t = time.time()
        model = str(arch_model_dir(Path(os.environ.get("SOFTPRISM_CACHE", out / "work")) / "models"))
        rep.data["timing_model"] = {"path": model, "arch": SMOLLM2_ARCH, "build_s": round(time.time() - t, 2)}
    # the sections, each with the seconds it needs at least (skipped when fewer are left)
    plan = [("env", lambda: sec_env(device), 0), ("smoke", lambda: sec_smoke(device), 20),
            ("decompose", lambda: sec_decompose(device, model, sz), 30),
            ("synth", lambda: sec_synth(device, model, sz), 60),
            ("signatures", lambda: sec_signatures(device, model, sz, out), 60),
            ("oracle", lambda: sec_oracle(device, model, sz, out), 60),
            ("profile", lambda: sec_profile(device, model, sz, out, rep), 60)]
    for name, fn, need in plan:
        if name in want:
            rep.section(name, fn, need if not dry else 0)
    rep.data["finished"] = True
    rep.write()
    bad = [k for k, v in rep.data["sections"].items() if v.get("status") == "error"]
    log.info("wrote %s (%.0f s); failed sections: %s", rep.path, time.time() - rep.t0, bad or "none")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
