from dataclasses import dataclass, field
from typing import Literal

import pytest

from softprism.poe.config import ConfigError, check_documented, load_config, save_config


@dataclass
class Inner:
    """x"""

    lr: float = 0.1
    """learning rate"""
    mode: Literal["a", "b"] = "a"
    """mode"""


@dataclass
class Outer:
    """y"""

    name: str = "n"
    """name"""
    inner: Inner = field(default_factory=Inner)
    """inner"""
    sizes: list[int] = field(default_factory=lambda: [1, 2])
    """sizes"""


def test_yaml_and_overrides(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("name: z\ninner:\n  lr: 2\n")
    cfg = load_config(Outer, p, ["inner.mode=b", "sizes=[3,4]"])
    assert cfg.name == "z" and cfg.inner.lr == 2.0 and cfg.inner.mode == "b" and cfg.sizes == [3, 4]
    save_config(cfg, tmp_path / "out.yaml")
    assert load_config(Outer, tmp_path / "out.yaml") == cfg
    # YAML 1.1 reads 1e-4 (no dot) as a string; a float field takes it as the number
    assert load_config(Outer, None, ["inner.lr=1e-4"]).inner.lr == 1e-4


@pytest.mark.parametrize("text,needle", [
    ("nmae: z\n", "unknown key 'nmae'"),
    ("inner:\n  lr: fast\n", "inner.lr"),
    ("inner:\n  mode: c\n", "not one of"),
    ("sizes: 3\n", "expected a list"),
])
def test_strict_errors_name_the_key(tmp_path, text, needle):
    p = tmp_path / "bad.yaml"
    p.write_text(text)
    with pytest.raises(ConfigError, match=needle) as e:
        load_config(Outer, p)
    assert str(p) in str(e.value)


def test_override_unknown_key_is_error():
    with pytest.raises(ConfigError, match="unknown key 'nope'"):
        load_config(Outer, None, ["inner.nope=1"])


def test_every_room_config_documents_every_field():
    from softprism.eval.phases import PhaseConfig
    from softprism.oracle.config import OracleConfig
    from softprism.retrieval.config import RetrievalConfig
    from softprism.synth.config import SynthConfig

    from softprism.decompose.config import DecomposeConfig

    for cls in (PhaseConfig, DecomposeConfig, SynthConfig, RetrievalConfig, OracleConfig):
        assert check_documented(cls) == [], cls.__name__


def test_every_shipped_yaml_loads_strictly():
    from pathlib import Path

    from softprism.eval.phases import PhaseConfig
    from softprism.oracle.config import OracleConfig
    from softprism.retrieval.config import RetrievalConfig
    from softprism.synth.config import SynthConfig

    from softprism.decompose.config import DecomposeConfig

    rooms = {"eval": PhaseConfig, "synth": SynthConfig, "retrieval": RetrievalConfig, "oracle": OracleConfig}
    # configs/eval/ holds several scripts' configs: the file name's first word names the script
    from benchmarks.findings import FindingsConfig
    from softprism.eval.recovery_run import BenchmarkConfig

    eval_scripts = {"phases": PhaseConfig, "decompose": DecomposeConfig, "benchmark": BenchmarkConfig,
                    "findings": FindingsConfig}
    root = Path(__file__).resolve().parent.parent / "configs"
    seen = 0
    for room, cls in rooms.items():
        for path in sorted((root / room).glob("*.yaml")):
            if room == "eval":
                script = path.stem.split("_")[0]
                assert script in eval_scripts, f"{path}: add its config class to eval_scripts in this test"
                cls = eval_scripts[script]
            if room == "retrieval" and path.stem.split("_")[0] == "signatures":  # retrieval/build.py --signatures
                from softprism.retrieval.signatures import SignatureIndexConfig

                load_config(SignatureIndexConfig, path)
                seen += 1
                continue
            load_config(cls, path)
            seen += 1
    assert seen >= 8


def test_choices_spelled_like_yaml_booleans_are_read_as_choices():
    """YAML 1.1 reads `off`/`no` as false: `--set distill.autocast=off` and `train.precision=no` must still mean
    those choices."""
    from softprism.oracle.config import OracleConfig
    from softprism.synth.config import SynthConfig

    assert load_config(SynthConfig, None, ["distill.autocast=off"]).distill.autocast == "off"
    assert load_config(OracleConfig, None, ["train.precision=no"]).train.precision == "no"
