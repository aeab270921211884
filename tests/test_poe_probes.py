import json

import pytest

from softprism.poe.errors import InputError
from softprism.poe.probes import ProbeConfig, default_probe_texts, fit_heldout, load_probes, stable_unit


def test_default_probe_set_is_large_and_unique():
    texts = default_probe_texts()
    assert len(texts) >= 300
    assert len(set(texts)) == len(texts)


def test_split_is_stable_across_runs_and_machines():
    # SHA-256 based: these values are the same on every machine and Python version.
    assert abs(stable_unit("hello") - 0.17557225990430197) < 1e-15
    a = fit_heldout(ProbeConfig(n_fit=0, n_heldout=0))
    b = fit_heldout(ProbeConfig(n_fit=0, n_heldout=0))
    assert a[0].texts == b[0].texts and a[1].texts == b[1].texts
    assert not set(a[0].texts) & set(a[1].texts)
    frac = len(a[1]) / (len(a[0]) + len(a[1]))
    assert 0.2 < frac < 0.5


def test_jsonl_probes(tmp_path):
    p = tmp_path / "p.jsonl"
    p.write_text("\n".join(json.dumps({"input": f"text {i}", "output": "positive"}) for i in range(20)))
    ps = load_probes(str(p))
    assert len(ps) == 20 and ps.probes[0].output == "positive"


def test_empty_probe_file_is_refused(tmp_path):
    p = tmp_path / "empty.jsonl"
    p.write_text("")
    with pytest.raises(InputError, match="no rows"):
        load_probes(str(p))
    p.write_text('{"label": 1}\n')
    with pytest.raises(InputError, match="input"):
        load_probes(str(p))
