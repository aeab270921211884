"""benchmarks/device_check.sh --dry-run: the prepared GPU run, on CPU at tiny size, so it cannot rot between the rare
runs on a GPU machine (docs/GPU.md). Every section runs and is checked for what it reports, not for how long it took
(timings are the benchmark's output, not a test's)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_device_check_dry_run_writes_its_json_and_log(tmp_path):
    env = dict(os.environ, HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1", PYTHON=sys.executable,
               SOFTPRISM_LOG="WARNING")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    p = subprocess.run(["bash", "benchmarks/device_check.sh", str(tmp_path), "--dry-run"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    res = json.loads((tmp_path / "device_check.json").read_text())
    assert (tmp_path / "device_check.log").read_text().strip()
    assert res["dry_run"] is True and res["finished"] is True
    secs = res["sections"]
    assert set(secs) == {"env", "smoke", "decompose", "synth", "signatures", "oracle", "profile"}
    for name, sec in secs.items():
        assert sec["status"] in ("ok", "skipped"), (name, sec)
    assert all(c["ok"] for c in secs["smoke"]["checks"].values())
    assert secs["decompose"]["runs"][-1]["kkt"] <= 1e-6
    assert all(v["soft_prompts_per_hour_at_300_steps"] > 0 for v in secs["synth"]["lengths"].values())
    assert secs["oracle"]["samples_per_s_median"] > 0
    prof = secs["profile"]
    assert prof["status"] == "ok" and prof["activities"] == ["CPU"]
    assert set(prof["pieces"]) == {"decompose", "synth", "signatures"}
    for name, piece in prof["pieces"].items():
        assert piece["status"] == "ok", (name, piece)
        top = piece["top_ops"]
        assert top and all(o["name"] and o["self_ms"] > 0 and o["calls"] >= 1 for o in top), name
        assert len(top) <= 15 and [o["self_ms"] for o in top] == sorted((o["self_ms"] for o in top), reverse=True)
        syncs = piece["syncs"]
        assert all(type(syncs[k]) is int and syncs[k] >= 0
                   for k in ("total", "aten_item", "aten_local_scalar_dense", "added_by_profile")), (name, syncs)
        assert piece["kernel_launches"] is None and piece["launches"] == "n/a on CPU"
        shares = piece["shares"]
        assert set(shares) == {"model", "model_backward", "solver", "python/other"}
        assert all(0 <= v <= 1 for v in shares.values()) and abs(sum(shares.values()) - 1) < 1e-3, (name, shares)
        assert shares["model"] > 0, (name, shares)  # every piece runs forwards under the "model" label
        assert (tmp_path / piece["trace"]).is_file()
    pieces = prof["pieces"]
    assert pieces["decompose"]["shares"]["solver"] > 0 and pieces["synth"]["shares"]["model_backward"] > 0
    assert pieces["decompose"]["syncs"]["total"] > 0  # the solver reads scalars back
    assert prof["wall_s"] > 0


def test_device_signatures_dry_run_round_trip(tmp_path):
    """benchmarks/device_signatures.sh --dry-run (tiny model, 12 rows, chunks of 4) packs float16 chunks with the
    build's key and tails; benchmarks/assemble_signature_chunks.py turns the pack into the same index a local build
    makes."""
    import torch
    from safetensors.torch import load_file

    from softprism.retrieval.corpus import default_corpus

    env = dict(os.environ, HF_HUB_OFFLINE="1", OMP_NUM_THREADS="1", PYTHON=sys.executable, SOFTPRISM_LOG="WARNING",
               SOFTPRISM_DEVWORK=str(tmp_path / "work"), SOFTPRISM_CACHE=str(tmp_path / "cache"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    rows = tmp_path / "rows.jsonl"
    default_corpus(12).write_jsonl(rows)
    tiny = "--set model.name=tiny --set model.autocast=off --set signatures.dim=32 --set signatures.positions=2"
    env["SIG_EXTRA"] = tiny + " --set chunk_size=4"
    out = tmp_path / "out"
    p = subprocess.run(["bash", "benchmarks/device_signatures.sh", str(out), str(rows), "240", "--dry-run"], cwd=ROOT,
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    parts = sorted(out.glob("chunks.tar.part-*"))
    assert parts and (out / "device_signatures.log").is_file()
    subprocess.run(f"cat {' '.join(map(str, parts))} | tar -xf -", shell=True, cwd=tmp_path, check=True)
    pack = tmp_path / "pack"
    assert sorted(f.name for f in pack.iterdir()) == ["chunk-000000.safetensors", "chunk-000001.safetensors",
                                                      "chunk-000002.safetensors", "tails.json", "work.json"]
    assert load_file(str(pack / "chunk-000000.safetensors"))["signatures"].dtype == torch.float16
    sets = [a for kv in tiny.split(" --set ") for a in ("--set", kv.removeprefix("--set ").strip())]
    p = subprocess.run([sys.executable, "-m", "benchmarks.assemble_signature_chunks", str(pack), str(tmp_path / "idx"),
                        "--set", f"corpus.source={rows}", "--set", "chunk_size=4", *sets], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    side = json.loads((tmp_path / "idx" / "signatures.json").read_text())
    assert side["rows"] == 12 and side["space"]["tails"] == json.loads((pack / "tails.json").read_text())
    local = json.loads((tmp_path / "work" / "sig" / "signatures.json").read_text())  # the script's own finished build
    assert side["space_key"] == local["space_key"]
    a = load_file(str(tmp_path / "idx" / "shard-00000.safetensors"))["signatures"].float()
    b = load_file(str(tmp_path / "work" / "sig" / "shard-00000.safetensors"))["signatures"].float()
    assert torch.allclose(a, b, atol=1e-3, rtol=1e-2)
