"""Copy a trained oracle (run folder, final/ or checkpoint) to a shipping folder with float16 weights.

    python -m benchmarks.ship_oracle_fp16 runs/oracle/sig4 oracle/shipped_v2

float16 halves the file. `load_oracle` copies the tensors into the float32 network, so nothing else changes. The
script prints the largest prediction difference against the float32 weights on random signatures (or prompt
features).
"""

import argparse
import shutil
from pathlib import Path


def main() -> None:
    import torch
    from safetensors.torch import load_file, save_file

    from softprism.oracle.checkpoint import WEIGHTS, load_oracle, resolve

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("oracle", help="a trained oracle: run folder, final/ or a checkpoint")
    ap.add_argument("out", help="the shipping folder to write")
    args = ap.parse_args()
    src, dst = resolve(args.oracle), Path(args.out)
    dst.mkdir(parents=True, exist_ok=True)
    state = load_file(str(src / WEIGHTS))
    save_file({k: v.half().contiguous() for k, v in state.items()}, str(dst / WEIGHTS),
              metadata={"stored_dtype": "float16"})
    shutil.copy(src / "oracle.json", dst / "oracle.json")
    run = src.parent.parent if src.parent.name == "checkpoints" else src.parent
    for f in ("config.yaml", "run.json"):
        if (run / f).is_file():
            shutil.copy(run / f, dst / f)
    a, _ = load_oracle(src)
    b, _ = load_oracle(dst)
    torch.manual_seed(0)
    with torch.no_grad():
        if a.sig_dim:
            S = torch.randn(16, a.sig_dim) * float(a.sig_scale)
            oa, ob = a(None, None, S), b(None, None, S)
        else:
            x, m = torch.randn(16, a.n_sources, 8, a.d_in), torch.ones(16, 8, dtype=torch.bool)
            oa, ob = a(x, m), b(x, m)
    print("max |direction difference|:", float((oa["directions"] - ob["directions"]).abs().max()),
          f"size {(dst / WEIGHTS).stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
