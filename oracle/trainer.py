"""The training loop: accelerate (plain, DDP or DeepSpeed ZeRO-2), checkpoints, resume, metrics, held-out recall.

Owns: everything `oracle/train.py` runs. The run folder:

    OUT/config.yaml, run.json         resolved config; git SHA, library versions, command line (run-resume-*.json
                                      for each resume)
    OUT/metrics.jsonl                 one JSON object per line: {"step", "split": "train"|"val", loss terms, lr,
                                      samples_per_s | recall_exact@N, recall_semantic@N, ...}
    OUT/tb/                           TensorBoard events (same numbers)
    OUT/checkpoints/step-NNNNNNN/     accelerate state (model, optimizer, RNG; a DeepSpeed checkpoint under
                                      DeepSpeed) + trainer.json (step) + oracle.safetensors/oracle.json
    OUT/final/                        oracle.safetensors + oracle.json (with the final held-out metrics)
    OUT/nan_dump.json                 only when a loss went non-finite: the step, loss terms and example indices

Determinism: the data order is a pure function of (seed, step): process r of W takes its slice of each global
micro-batch of stream positions, and position p is either example `permutation(seed, epoch = p // N)[p % N]` of the
synth runs or signature-mixture sample p (`oracle.data.RowsSource`, `oracle.data.MixtureSource`). With
RNG states restored by `accelerator.load_state`, a resumed run replays the same batches and dropout masks.

A checkpoint is written to a hidden `.step-N.partial` folder and renamed into place when complete, so a killed run
never leaves a half checkpoint; `--resume` continues from the newest complete one and ends at `train.steps`.
Test hook: environment variable `SOFTPRISM_ORACLE_KILL_AT_STEP=N` makes the process SIGKILL itself right after
step N (after that step's checkpoint, if any): a real kill, used by the kill-and-resume test.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import signal
import time
from pathlib import Path

import numpy as np
import torch

from softprism.poe.config import save_config, to_dict
from softprism.poe.errors import InputError
from softprism.poe.runs import provenance, write_json, write_run_info

from softprism.oracle.checkpoint import save_oracle
from softprism.oracle.config import OracleConfig
from softprism.oracle.criterion import TERMS, SetCriterion
from softprism.oracle.data import OracleData, Prepared, Stream, prepare  # noqa: F401  (Stream: re-exported)
from softprism.oracle.model import ActivationOracle
from softprism.oracle.recall import RecallScorer, memory_index

log = logging.getLogger(__name__)

CKPT_DIR = "checkpoints"


class NonFiniteLoss(RuntimeError):
    """A loss term became NaN or inf; the terms were dumped to OUT/nan_dump.json."""


def lr_at(step: int, cfg) -> float:
    """Linear warm-up to `lr`, then cosine to `min_lr_ratio * lr` at `steps`."""
    t = cfg.train
    if t.warmup_steps and step < t.warmup_steps:
        return t.lr * (step + 1) / t.warmup_steps
    span = max(1, t.steps - t.warmup_steps)
    frac = min(1.0, (step - t.warmup_steps) / span)
    return t.lr * (t.min_lr_ratio + (1 - t.min_lr_ratio) * 0.5 * (1 + math.cos(math.pi * frac)))


def tensorboard_writer(folder: Path, step: int):
    """A TensorBoard writer for `folder`, or None (with one warning) when TensorBoard is not installed: it is in the
    `train` extra (`pip install 'softprism[train]'`); metrics.jsonl holds the same rows either way."""
    try:
        from torch.utils.tensorboard import SummaryWriter
    except ImportError:
        log.warning("TensorBoard is not installed (pip install 'softprism[train]'): metrics go to metrics.jsonl only")
        return None
    return SummaryWriter(str(folder), purge_step=step if step else None)


def fill_deepspeed(plugin, cfg: OracleConfig, world: int) -> None:
    """Fill the DeepSpeed config's "auto" values from the oracle config; refuse a concrete value that disagrees."""
    t = cfg.train
    want = {"train_micro_batch_size_per_gpu": t.batch_size, "gradient_accumulation_steps": t.grad_accum,
            "train_batch_size": t.batch_size * t.grad_accum * world, "gradient_clipping": float(t.grad_clip)}
    conf = plugin.deepspeed_config
    for key, value in want.items():
        have = conf.get(key, "auto")
        if have == "auto":
            conf[key] = value
        elif float(have) != float(value):
            raise InputError(f"DeepSpeed config: {key} is {have} but the oracle config says {value}; set it to "
                             "\"auto\" in configs/deepspeed/*.json so the oracle YAML is the one source of truth")


def checkpoints(out: Path) -> list[Path]:
    """Complete checkpoints of a run, oldest first."""
    d = Path(out) / CKPT_DIR
    if not d.is_dir():
        return []
    found = [p for p in d.iterdir() if p.is_dir() and p.name.startswith("step-") and (p / "trainer.json").is_file()]
    return sorted(found, key=lambda p: int(p.name.split("-")[1]))


def _write_line(out: Path, row: dict) -> None:
    with open(out / "metrics.jsonl", "a") as f:
        f.write(json.dumps(row) + "\n")


def _trim_metrics(out: Path, step: int) -> None:
    """Drop metrics lines written after `step` (a resumed run rewrites them)."""
    path = out / "metrics.jsonl"
    if not path.is_file():
        return
    keep = [line for line in path.read_text().splitlines() if line.strip() and json.loads(line)["step"] <= step]
    path.write_text("".join(line + "\n" for line in keep))


@torch.no_grad()
def evaluate(net: ActivationOracle, criterion: SetCriterion, data: OracleData, scorer: RecallScorer | None,
             device, batch_size: int = 128) -> dict:
    """Held-out loss terms (means over batches) and retrieval recall through `scorer`'s FAISS index."""
    was = net.training
    net.eval()
    sums: dict[str, float] = {}
    dirs, pres = [], []
    nb = 0
    for lo in range(0, len(data), batch_size):
        rows = list(range(lo, min(len(data), lo + batch_size)))
        feats, targets = data.batch(rows, device)
        outputs = net(feats["x"], feats["mask"], feats["sig"])
        terms = criterion(outputs, targets)
        for k in ("loss",) + TERMS:
            sums[k] = sums.get(k, 0.0) + float(terms[k])
        nb += 1
        dirs.append(outputs["directions"].float().cpu().numpy())
        pres.append(torch.sigmoid(outputs["presence_logits"]).float().cpu().numpy())
    res = {k: v / max(nb, 1) for k, v in sums.items()}
    if scorer is not None:
        D, P = np.concatenate(dirs), np.concatenate(pres)
        res.update(scorer.score(scorer.dictionaries(D, P), data.texts, data.tdir.numpy(), data.tmask.numpy()))
        res["mean_present_slots"] = float((P >= 0.5).sum(1).mean())
    net.train(was)
    return res


def _eval_index(cfg: OracleConfig, prep: Prepared):
    if cfg.eval.index:
        from softprism.retrieval.index import PromptIndex

        return PromptIndex.load(cfg.eval.index, encoder=prep.encoder, encoder_key="data.encoder")
    if prep.eval_texts is not None:  # signature mixtures: every row of the signature index, its vectors reused
        return memory_index(prep.eval_texts, prep.encoder, prep.eval_vectors)
    texts = sorted({t for d in (prep.train, prep.val) if d is not None for ts in d.texts for t in ts})
    return memory_index(texts, prep.encoder)


def _check_out(out: Path, cfg: OracleConfig, resume: bool) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; choose another --out")
    if not resume and (out / "config.yaml").is_file():
        raise InputError(f"{out}: already holds an oracle run; pass --resume to continue it or choose another --out")
    if resume and (out / "config.yaml").is_file():
        import yaml

        old = yaml.safe_load((out / "config.yaml").read_text())
        if old != json.loads(json.dumps(to_dict(cfg))):
            raise InputError(f"{out}: was started with another config; resume with the same --config/--set values "
                             f"(see {out / 'config.yaml'}) or choose another --out")


def train(cfg: OracleConfig, out: str | Path, resume: bool = False, progress: bool = True) -> dict:
    """Train (or resume) the oracle run in `out`. Returns the final summary (also in final/oracle.json)."""
    from accelerate import Accelerator
    from accelerate.utils import set_seed
    from tqdm.auto import tqdm

    out = Path(out)
    t_cfg = cfg.train
    if t_cfg.cpu_threads:
        torch.set_num_threads(t_cfg.cpu_threads)
    acc = Accelerator(gradient_accumulation_steps=t_cfg.grad_accum, mixed_precision=t_cfg.precision)
    main, world, rank = acc.is_main_process, acc.num_processes, acc.process_index
    ds = acc.state.deepspeed_plugin
    if main:
        _check_out(out, cfg, resume)
    acc.wait_for_everyone()
    prep = prepare(cfg, acc.device, is_main=main, barrier=acc.wait_for_everyone, progress=progress and main)
    set_seed(t_cfg.seed)
    net = ActivationOracle(cfg.net, len(prep.sources), prep.lm_meta["d_model"], prep.encoder.dim, prep.sig_dim,
                           cfg.features.sig_tokens, cfg.features.readout)
    if prep.sig_dim:
        net.sig_scale.fill_(prep.sig_scale)
    if net.readout:
        assert prep.readout is not None  # prepared whenever features.readout is set
        net.readout_A.copy_(prep.readout[0])
        net.readout_mu.copy_(prep.readout[1])
    decay = [p for p in net.parameters() if p.dim() >= 2]
    no_decay = [p for p in net.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": t_cfg.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=t_cfg.lr, betas=(0.9, 0.98))
    if ds is not None:
        fill_deepspeed(ds, cfg, world)
    net, opt = acc.prepare(net, opt)
    criterion = SetCriterion(cfg.loss, bank=prep.bank)
    step = 0
    ckpts = checkpoints(out) if resume else []
    if ckpts:
        acc.load_state(str(ckpts[-1]))
        step = json.loads((ckpts[-1] / "trainer.json").read_text())["step"]
        log.info("resuming from %s (step %d of %d)", ckpts[-1], step, t_cfg.steps)
    elif resume:
        log.info("--resume: no checkpoint in %s; starting from step 0", out)
    meta = {"sources": prep.sources, "features": to_dict(cfg.features), "lm": dict(prep.lm_meta),
            "slot": prep.slot_kind,
            "encoder": {"name": cfg.data.encoder, "model_id": prep.encoder.model_id, "dim": prep.encoder.dim},
            "data": prep.summary}
    if prep.sig_dim:
        meta["signature_space"] = prep.space_meta
    writer = scorer = None
    if main:
        (out / CKPT_DIR).mkdir(parents=True, exist_ok=True)
        for p in (out / CKPT_DIR).glob(".step-*.partial"):
            shutil.rmtree(p, ignore_errors=True)
        if step == 0:
            write_run_info(out, cfg, {"data": prep.summary, "world_size": world, "deepspeed": ds is not None})
            (out / "metrics.jsonl").unlink(missing_ok=True)
        else:
            save_config(cfg, out / "config.yaml")
            write_json(out / f"run-resume-{step}.json", provenance() | {"world_size": world})
            _trim_metrics(out, step)
        writer = tensorboard_writer(out / "tb", step)
        scorer = RecallScorer(_eval_index(cfg, prep), cfg.eval.dict_sizes, cfg.eval.semantic_threshold,
                              cfg.eval.semantic_k)
    acc.wait_for_everyone()

    def log_row(row: dict) -> None:
        if main:
            _write_line(out, row)
            for k, v in row.items():
                if writer is not None and k not in ("step", "split") and isinstance(v, (int, float)):
                    writer.add_scalar(f"{row['split']}/{k}", v, row["step"])

    def save_ckpt(at: int, extra: dict | None = None) -> None:
        final = out / CKPT_DIR / f"step-{at:07d}"
        tmp = out / CKPT_DIR / f".step-{at:07d}.partial"
        acc.wait_for_everyone()
        acc.save_state(str(tmp))
        if main:
            save_oracle(tmp, acc.unwrap_model(net), meta | {"step": at} | (extra or {}))
            write_json(tmp / "trainer.json", {"step": at, "steps": t_cfg.steps, "world_size": world})
            if final.exists():
                shutil.rmtree(final)
            os.replace(tmp, final)
            for old in checkpoints(out)[:-t_cfg.keep_checkpoints]:
                shutil.rmtree(old, ignore_errors=True)
        acc.wait_for_everyone()

    def run_eval(at: int) -> dict:
        res = {}
        if main:
            res = evaluate(acc.unwrap_model(net), criterion, prep.val, scorer, acc.device)
            log_row({"step": at, "split": "val"} | {k: round(v, 6) for k, v in res.items()})
            log.info("step %d val: %s", at, " ".join(f"{k}={v:.4g}" for k, v in res.items()
                                                    if k == "loss" or k.startswith("recall_semantic")))
        acc.wait_for_everyone()
        return res

    kill_at = int(os.environ.get("SOFTPRISM_ORACLE_KILL_AT_STEP", "0") or 0)
    bar = tqdm(total=t_cfg.steps, initial=step, desc="oracle", unit="step", disable=not (progress and main))
    net.train()
    acc_terms: dict[str, float] = {}
    n_acc, t_train, samples, t_window, s_window = 0, 0.0, 0, 0.0, 0
    skipped = 0
    last_eval: dict = {}
    while step < t_cfg.steps:
        t0 = time.perf_counter()
        lr = lr_at(step, cfg)
        for g in opt.param_groups:
            g["lr"] = lr
        assert prep.source is not None  # a training source is always prepared
        for micro in range(t_cfg.grad_accum):
            feats, targets, ids = prep.source.batch(step * t_cfg.grad_accum + micro, t_cfg.batch_size, world, rank,
                                                    acc.device)
            with acc.accumulate(net):
                with acc.autocast():
                    outputs = net(feats["x"], feats["mask"], feats["sig"])
                terms = criterion(outputs, targets)
                if not all(torch.isfinite(terms[k]) for k in ("loss",) + TERMS):
                    dump = {"step": step, "micro_batch": micro, "rank": rank, "lr": lr,
                            "terms": {k: float(v) for k, v in terms.items()},
                            "example_index": ids}
                    write_json(out / ("nan_dump.json" if rank == 0 else f"nan_dump-{rank}.json"), dump)
                    raise NonFiniteLoss(f"non-finite loss at step {step}: "
                                        f"{ {k: round(float(v), 4) for k, v in terms.items()} }; "
                                        f"terms and batch written to {out / 'nan_dump.json'}")
                acc.backward(terms["loss"])
                if ds is None and acc.sync_gradients:
                    # a non-finite gradient would make every later forward NaN: such an update is skipped and
                    # counted (`skipped_updates`), never applied
                    gn = acc.clip_grad_norm_(net.parameters(), t_cfg.grad_clip if t_cfg.grad_clip > 0 else math.inf)
                    if not math.isfinite(float(gn)):
                        skipped += 1
                        log.warning("step %d: non-finite gradient norm (loss %.4f); update skipped (%d so far)",
                                    step, float(terms["loss"].detach()), skipped)
                        opt.zero_grad(set_to_none=True)
                        continue
                opt.step()
                opt.zero_grad(set_to_none=True)
            for k in ("loss",) + TERMS:
                acc_terms[k] = acc_terms.get(k, 0.0) + float(terms[k].detach())
            n_acc += 1
        step += 1
        dt = time.perf_counter() - t0
        n = t_cfg.batch_size * t_cfg.grad_accum * world
        t_train, samples, t_window, s_window = t_train + dt, samples + n, t_window + dt, s_window + n
        bar.update(1)
        if step % t_cfg.log_every == 0 or step == t_cfg.steps:
            row = {"step": step, "split": "train", "lr": lr, "samples_per_s": round(s_window / max(t_window, 1e-9), 2),
                   "skipped_updates": skipped}
            row |= {k: round(v / max(n_acc, 1), 6) for k, v in acc_terms.items()}
            log_row(row)
            bar.set_postfix(loss=f"{row['loss']:.4f}", sps=row["samples_per_s"])
            acc_terms, n_acc, t_window, s_window = {}, 0, 0.0, 0
        if step == t_cfg.steps or (t_cfg.eval_every and step % t_cfg.eval_every == 0):
            last_eval = run_eval(step)
        if step % t_cfg.checkpoint_every == 0 or step == t_cfg.steps:
            save_ckpt(step, {"metrics": last_eval} if last_eval else None)
        if kill_at and step == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
    bar.close()
    if not last_eval:  # resumed after the final step: evaluate the restored weights
        last_eval = run_eval(step)
    summary = {"step": step, "steps": t_cfg.steps, "world_size": world, "deepspeed": ds is not None,
               "device": str(acc.device), "train_seconds_this_invocation": round(t_train, 3),
               "samples_per_s_this_invocation": round(samples / t_train, 2) if t_train > 0 else None,
               "skipped_updates_this_invocation": skipped, "final_metrics": last_eval}
    if main:
        final = out / "final"
        tmp = out / ".final.partial"
        shutil.rmtree(tmp, ignore_errors=True)
        save_oracle(tmp, acc.unwrap_model(net), meta | {"step": step, "metrics": last_eval, "summary": summary})
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
        write_json(out / "summary.json", summary)
        if writer is not None:
            writer.close()
    acc.wait_for_everyone()
    acc.end_training()
    return summary
