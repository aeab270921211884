"""One prepared run for a freshly started GPU machine: smoke-test every code path, then time what the GPU goals name.

    python scripts/device_check.py --out DIR              # on the GPU machine (scripts/device_check.sh wraps it)
    python scripts/device_check.py --out DIR --dry-run    # CPU, tiny sizes, under a minute: CI runs this

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
5. `signatures`: the signature-index build (`retrieval/build.py --signatures`, issue 20) when that flag exists;
   skipped otherwise. Goal: 1,000,000 prompts in <= 10 min.
6. `oracle`: oracle training samples/s under `accelerate launch` with DeepSpeed ZeRO-2 and bf16 (the plain launcher
   when deepspeed is missing), on hard-prompt examples of the timing model.

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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import torch  # noqa: E402

log = logging.getLogger("device_check")

# SmolLM2-135M-Instruct's architecture (the embedded model's config, transformers' LlamaConfig names)
SMOLLM2_ARCH = dict(vocab_size=49152, hidden_size=576, intermediate_size=1536, num_hidden_layers=30,
                    num_attention_heads=9, num_key_value_heads=3, max_position_embeddings=8192, rms_norm_eps=1e-5,
                    rope_theta=100000.0, tie_word_embeddings=True, hidden_act="silu")

SIZES = {  # full run on the GPU / dry run on CPU
    "full": dict(n_cand=128, n_fit=32, n_held=16, T=4, synth_lengths=[8, 16], synth_batch=64, synth_probes=8,
                 synth_steps=20, synth_goal_steps=300, oracle_examples=512, oracle_steps=60, oracle_batch=256,
                 oracle_layers=[8, 16, 24, 30], sig_size=5000),
    "dry": dict(n_cand=12, n_fit=6, n_held=4, T=2, synth_lengths=[4, 6], synth_batch=4, synth_probes=4,
                synth_steps=3, synth_goal_steps=300, oracle_examples=12, oracle_steps=4, oracle_batch=4,
                oracle_layers=[1, 2], sig_size=48),
}


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


def sec_decompose(device: torch.device, model: str, sz: dict) -> dict:
    """DictionaryFit over n_cand candidates on n_fit x T fit positions (n_held x T held out), twice."""
    from softprism.poe.fit import DictionaryFit
    from softprism.poe.lm import ModelConfig, load_lm
    from softprism.poe.probes import ProbeConfig, fit_heldout
    from softprism.poe.slot import PromptSlot
    from softprism.poe.solver import SolverConfig

    os.environ["SOFTPRISM_NO_TABLE_CACHE"] = "1"
    lm = load_lm(ModelConfig(name=model, device=str(device)))
    slot = PromptSlot(lm, "prefix")
    fit, held = fit_heldout(ProbeConfig(n_fit=sz["n_fit"], n_heldout=sz["n_held"], positions=sz["T"]))
    cands = texts(sz["n_cand"])
    g = torch.Generator().manual_seed(0)
    base = lm.embed_text(cands[3]).float().cpu()
    target = (base + 0.5 * lm.embedding_std * torch.randn(base.shape, generator=g)).to(lm.device, lm.dtype)
    runs = []
    for rep in ("cold", "warm"):
        sync(device)
        t = time.time()
        dfit = DictionaryFit(lm, slot, fit, held, cands, sz["T"], SolverConfig(max_components=10), progress=False)
        sync(device)
        t_tab = time.time() - t
        dec = dfit.fit(target)
        sync(device)
        runs.append({"run": rep, "total_s": round(time.time() - t, 4), "dictionary_tables_s": round(t_tab, 4),
                     **{k: round(v, 4) for k, v in dec.timing.items()}, "solver_iterations": dec.iterations,
                     "kkt": dec.kkt_residual, "path_len": len(dec.path)})
    return {"model": model, "candidates": len(cands), "fit_positions": len(fit) * sz["T"],
            "heldout_positions": len(held) * sz["T"], "solver_device": str(dfit.device), "runs": runs,
            "goal_s": 2.0, "meets_goal": runs[-1]["total_s"] <= 2.0 if device.type == "cuda" else None}


def sec_synth(device: torch.device, model: str, sz: dict) -> dict:
    """Distillation step time under bf16 (autocast auto on a GPU) for one full batch per length."""
    from softprism.poe.config import load_config
    from softprism.synth import pipeline
    from softprism.synth.config import SynthConfig
    from softprism.synth.distill import Job, init_soft

    out = {"model": model, "batch": sz["synth_batch"], "probes_per_step": sz["synth_probes"], "lengths": {}}
    for L in sz["synth_lengths"]:
        over = [f"model.name={model}", f"model.device={device}", "distill.autocast=auto",
                f"distill.length_min={L}", f"distill.length_max={L}", f"distill.batch_prompts={sz['synth_batch']}",
                f"distill.probes_per_step={sz['synth_probes']}", f"distill.max_steps={sz['synth_steps']}",
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
    """Issue 20's signature-index build, when retrieval/build.py has --signatures. Override the command with
    $SOFTPRISM_SIGNATURE_CMD ({out}, {model}, {size} are filled in)."""
    help_text = subprocess.run([sys.executable, "retrieval/build.py", "--help"], cwd=ROOT, capture_output=True,
                               text=True, timeout=120).stdout
    if "--signatures" not in help_text:
        return {"status": "skipped", "why": "retrieval/build.py has no --signatures flag yet (issue 20)"}
    dest = out_dir / "work" / "signatures"
    config = "signatures_tiny.yaml" if sz is SIZES["dry"] else "signatures.yaml"  # bf16 autocast in the full one
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
        out["note"] = "deepspeed missing: plain launcher (carry its wheel, docs/GPU.md)"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="results folder (device_check.json, work/)")
    ap.add_argument("--dry-run", action="store_true", help="CPU, tiny model and sizes (CI)")
    ap.add_argument("--budget", type=float, default=480.0, help="seconds for all sections; late ones are skipped")
    ap.add_argument("--sections", default="env,smoke,decompose,synth,signatures,oracle")
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
            ("oracle", lambda: sec_oracle(device, model, sz, out), 60)]
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
