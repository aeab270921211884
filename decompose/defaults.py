"""The inputs used when none are given: the shipped FAISS index, oracle and signature index.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from softprism.poe.errors import InputError
from softprism.poe.lm import FrozenLM, cache_root
from softprism.poe.slot import PromptSlot

log = logging.getLogger(__name__)


def shipped(room: str, name: str) -> Path:
    """A folder or file shipped inside a room's package (`retrieval/shipped`, `oracle/shipped`, ...), found through
    importlib.resources: the checkout's folder, or the installed wheel's softprism/<room>/<name>."""
    from importlib import resources

    return Path(str(resources.files(f"softprism.{room}").joinpath(name)))


def config_file(name: str) -> Path:
    """A shipped YAML config, `configs/<name>` (the checkout's folder, or the wheel's softprism/configs/)."""
    import importlib.util

    spec = importlib.util.find_spec("softprism.configs")
    if spec is None or not spec.submodule_search_locations:
        raise InputError(f"configs/{name}: the shipped configs are missing; reinstall softprism")
    return Path(list(spec.submodule_search_locations)[0]) / name


SHIPPED_INDEX = shipped("retrieval", "shipped")
SHIPPED_ORACLE = shipped("oracle", "shipped")
SHIPPED_ORACLE_V2 = shipped("oracle", "shipped_v2")
SHIPPED_SIGNATURES = shipped("retrieval", "shipped_signatures")


def default_index(progress: bool = True):
    """The index used when none is given: `retrieval/shipped/` when that folder exists, else one built on first use
    from configs/retrieval/demo.yaml (5,000 generated prompts, all-MiniLM-L6-v2; ~30 s on 2 idle cores) under
    `$SOFTPRISM_CACHE/index/`. Swap this function to change the default. Returns a `PromptIndex`."""
    from softprism.poe.config import load_config
    from softprism.retrieval.config import RetrievalConfig
    from softprism.retrieval.index import SIDECAR_FILE, PromptIndex

    if (SHIPPED_INDEX / SIDECAR_FILE).is_file():
        return PromptIndex.load(SHIPPED_INDEX)
    demo = config_file("retrieval/demo.yaml")
    cfg = load_config(RetrievalConfig, demo)
    key = hashlib.sha256(demo.read_bytes()).hexdigest()[:12]
    folder = cache_root() / "index" / f"demo-{key}"
    if (folder / SIDECAR_FILE).is_file():
        return PromptIndex.load(folder)
    from softprism.retrieval.builder import build_index

    log.warning("no index given and none shipped: building the demo index (%d generated prompts, encoder %s) "
                "under %s, once", cfg.corpus.size, cfg.encoder.name, folder)
    return build_index(cfg, folder)


def load_signature_index(spec: str, lm: FrozenLM, slot: PromptSlot):
    """`auto` (retrieval/shipped_signatures when it was built for this model and slot, else None), `none`/empty
    (None) or a folder (refused with one line when built for another model, slot or battery) -> SignatureIndex."""
    from softprism.retrieval.signatures import SIDECAR, SignatureIndex

    if spec in ("", "none"):
        return None
    if spec == "auto":
        side = SHIPPED_SIGNATURES / SIDECAR
        if not side.is_file():
            return None
        space = json.loads(side.read_text(encoding="utf-8")).get("space", {})
        if not lm.matches(space.get("model_fingerprint")) or space.get("slot") != slot.kind:
            log.info("the shipped signature index is for model %s / slot %s; no signature source for %s / %s",
                     space.get("model"), space.get("slot"), lm.name, slot.kind)
            return None
        spec = str(SHIPPED_SIGNATURES)
    if not Path(spec).exists():
        raise InputError(f"{spec}: signature index folder not found; build one with retrieval/build.py --signatures "
                         "(or pass --signatures none)")
    return SignatureIndex.load(spec)


def auto_oracle(lm: FrozenLM) -> Path | None:
    """The shipped oracle `auto` picks for `lm`: oracle/shipped_v2 (reads the target's signature; docs/oracle.md:
    semantic recall@128 on held-out hard prompts 0.969 against v1's 0.438, on exact mixtures 0.530) when it was
    trained on this model, else oracle/shipped (v1) when that was, else None (another model: no shipped oracle
    fits it)."""
    for folder in (SHIPPED_ORACLE_V2, SHIPPED_ORACLE):
        side = folder / "oracle.json"
        if side.is_file():
            fp = json.loads(side.read_text(encoding="utf-8")).get("lm", {}).get("fingerprint")
            if lm.matches(fp):
                return folder
            log.info("the shipped oracle %s is for model %s; not for %s", folder.name, fp, lm.name)
    return None


def load_oracle(spec: str, lm: FrozenLM):
    """`auto` (`auto_oracle`: the shipped v2, else v1, when trained on this model, else None), `none`/empty (None)
    or a folder -> Oracle or None."""
    from softprism.oracle.inference import Oracle

    if spec in ("", "none"):
        return None
    if spec == "auto":
        found = auto_oracle(lm)
        if found is None:
            return None
        spec = str(found)
    if not Path(spec).exists():
        raise InputError(f"{spec}: oracle folder not found; pass a run folder of oracle/train.py (or --oracle none)")
    oracle = Oracle.load(spec, lm=lm, device="auto")
    oracle.meta.setdefault("path", spec)
    return oracle
