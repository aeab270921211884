"""One configuration mechanism for every room.

Configs are nested dataclasses. Each field carries a docstring: a string literal on the line after it, which
`describe()` reads back from the source for `--help-config`. YAML files in `configs/<room>/` map onto them
strictly: an unknown key, a wrong type or a value outside a `Literal` is a `ConfigError` naming the key and the file.
`--set a.b=value` overrides parse `value` as YAML. Every output folder gets the resolved config (`save_config`).

Usage:

    cfg = load_config(PhaseConfig, "configs/eval/phase0.yaml", ["probes.n_fit=32"])
    save_config(cfg, out_dir / "config.yaml")
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
import textwrap
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import yaml

from softprism.poe.errors import InputError


class ConfigError(InputError):
    """A config file or override that does not fit its dataclass. The message names the key and the fix."""


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")


def _coerce(value: Any, tp: Any, where: str) -> Any:
    """Check `value` against the annotation `tp` and return it (ints accepted for floats; dicts become dataclasses)."""
    origin = get_origin(tp)
    if tp is Any:
        return value
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(value, arg, where)
            except ConfigError as e:
                errors.append(str(e))
        raise ConfigError(f"{where}: {value!r} does not fit {_type_name(tp)}")
    if origin is Literal:
        choices = get_args(tp)
        if isinstance(value, bool) and value not in choices:
            # YAML 1.1 reads off/no/on/yes as booleans: `--set train.precision=no` means the choice "no"
            alias = [a for a in (("off", "no", "false") if not value else ("on", "yes", "true")) if a in choices]
            if len(alias) == 1:
                value = alias[0]
        if value not in choices:
            raise ConfigError(f"{where}: {value!r} is not one of {list(choices)}")
        return value
    if origin in (list, tuple):
        if not isinstance(value, (list, tuple)):
            raise ConfigError(f"{where}: expected a list, got {value!r}")
        args = get_args(tp)
        if origin is tuple and args and args[-1] is not Ellipsis:
            if len(args) != len(value):
                raise ConfigError(f"{where}: expected {len(args)} items, got {len(value)}")
            return tuple(_coerce(v, a, f"{where}[{i}]") for i, (v, a) in enumerate(zip(value, args)))
        inner = args[0] if args else Any
        items = [_coerce(v, inner, f"{where}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a mapping, got {value!r}")
        kt, vt = get_args(tp) or (Any, Any)
        return {_coerce(k, kt, where): _coerce(v, vt, f"{where}.{k}") for k, v in value.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if isinstance(value, tp):
            return value
        if not isinstance(value, dict):
            raise ConfigError(f"{where}: expected a mapping for {tp.__name__}, got {value!r}")
        return from_dict(tp, value, where)
    if tp is float:
        if isinstance(value, str) and re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+", value.strip()):
            value = float(value)  # YAML 1.1 reads `1e-4` (no dot) as a string
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {value!r}")
        return value
    if isinstance(tp, type) and not isinstance(value, tp):
        raise ConfigError(f"{where}: expected {_type_name(tp)}, got {value!r}")
    return value


def from_dict(cls: type, data: dict, where: str = "config") -> Any:
    """Build dataclass `cls` from a mapping, strictly: unknown keys and wrong types raise `ConfigError`."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping, got {type(data).__name__}")
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if f.init}
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}; known keys: {', '.join(sorted(fields))}")
    kwargs = {k: _coerce(v, hints[k], f"{where}.{k}") for k, v in data.items()}
    try:
        return cls(**kwargs)
    except (TypeError, ValueError) as e:
        if isinstance(e, ConfigError):
            raise
        raise ConfigError(f"{where}: {e}") from None


def to_dict(cfg: Any) -> Any:
    """A dataclass (nested) as plain YAML-able Python values."""
    if dataclasses.is_dataclass(cfg):
        return {f.name: to_dict(getattr(cfg, f.name)) for f in dataclasses.fields(cfg)}
    if isinstance(cfg, (list, tuple)):
        return [to_dict(v) for v in cfg]
    if isinstance(cfg, dict):
        return {k: to_dict(v) for k, v in cfg.items()}
    if isinstance(cfg, Path):
        return str(cfg)
    return cfg


def apply_overrides(data: dict, overrides: list[str] | None) -> dict:
    """Apply `a.b=value` strings to a nested dict (values parsed as YAML). Returns a new dict."""
    import copy

    out = copy.deepcopy(data)
    for item in overrides or []:
        if "=" not in item:
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE, for example synth.steps=200")
        key, raw = item.split("=", 1)
        parts = key.strip().split(".")
        node = out
        for p in parts[:-1]:
            child = node.get(p)
            if child is None:
                child = node[p] = {}
            if not isinstance(child, dict):
                raise ConfigError(f"--set {item!r}: {p!r} is not a section")
            node = child
        try:
            node[parts[-1]] = yaml.safe_load(raw) if raw.strip() else ""
        except yaml.YAMLError as e:
            raise ConfigError(f"--set {item!r}: value is not valid YAML ({e.__class__.__name__})") from None
    return out


def _defaults_dict(cls: type) -> dict:
    return to_dict(cls())


def load_config(cls: type, path: str | Path | None = None, overrides: list[str] | None = None) -> Any:
    """Defaults of `cls`, updated by the YAML file at `path` (if any), then by `overrides` (`a.b=value`)."""
    data: dict = {}
    where = "config"
    if path is not None:
        path = Path(path)
        where = str(path)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found; pass an existing YAML file (see configs/)")
        try:
            loaded = yaml.safe_load(path.read_text())
        except yaml.YAMLError as e:
            raise ConfigError(f"{path}: not valid YAML ({e})") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ConfigError(f"{path}: the top level must be a mapping of keys to values")
        data = loaded
    check_override_keys(cls, overrides)
    merged = _merge(_defaults_dict(cls), data)
    try:
        return from_dict(cls, apply_overrides(merged, overrides), where)
    except ConfigError as e:
        msg = str(e)
        for item in overrides or []:  # a bad value given with --set is the flag's fault, not the file's
            key = item.split("=", 1)[0].strip()
            if msg.startswith(f"{where}.{key}:"):
                msg = f"--set {item!r}:" + msg[len(f"{where}.{key}:"):]
                break
        raise ConfigError(msg) from None


def check_override_keys(cls: type, overrides: list[str] | None) -> None:
    """`ConfigError` naming the `--set` item when its dotted key is not a field of `cls` (checked before the YAML
    file is read into the config, so a typo in a flag is never blamed on the file)."""
    for item in overrides or []:
        if "=" not in item:
            raise ConfigError(f"--set {item!r}: expected KEY=VALUE, for example probes.n_fit=32")
        node: Any = cls
        for part in item.split("=", 1)[0].strip().split("."):
            if not dataclasses.is_dataclass(node):
                break  # below a plain mapping or list field: its own checks apply
            fields = {f.name for f in dataclasses.fields(node) if f.init}
            if part not in fields:
                raise ConfigError(f"--set {item!r}: unknown key {part!r}; known keys here: {', '.join(sorted(fields))}"
                                  " (see --help-config)")
            node = get_type_hints(node)[part]


def _merge(base: dict, upd: dict) -> dict:
    out = dict(base)
    for k, v in upd.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def save_config(cfg: Any, path: str | Path) -> None:
    """Write the resolved config as YAML."""
    Path(path).write_text(yaml.safe_dump(to_dict(cfg), sort_keys=False))


def field_docs(cls: type) -> dict[str, str]:
    """Field name -> its docstring (the string literal right after the field in the class body)."""
    try:
        src = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    body = ast.parse(src).body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for a, b in zip(body, body[1:]):
        if isinstance(a, ast.AnnAssign) and isinstance(a.target, ast.Name):
            if isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant) and isinstance(b.value.value, str):
                docs[a.target.id] = " ".join(b.value.value.split())
    return docs


def describe(cls: type, prefix: str = "") -> list[str]:
    """One line per leaf field: dotted key, type, default and docstring (for `--help-config`)."""
    lines = []
    docs = field_docs(cls)
    hints = get_type_hints(cls)
    inst = cls()
    for f in dataclasses.fields(cls):
        tp = hints[f.name]
        val = getattr(inst, f.name)
        if isinstance(tp, type) and dataclasses.is_dataclass(tp):
            lines += describe(tp, f"{prefix}{f.name}.")
        else:
            lines.append(f"{prefix}{f.name} ({_type_name(tp)}, default {val!r}): {docs.get(f.name, '')}")
    return lines


def check_documented(cls: type) -> list[str]:
    """Dotted names of fields without a docstring (tests call this on every room's config)."""
    missing = []
    docs = field_docs(cls)
    hints = get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.name not in docs:
            missing.append(f"{cls.__name__}.{f.name}")
        if dataclasses.is_dataclass(hints[f.name]):
            missing += check_documented(hints[f.name])
    return missing


def add_config_arguments(ap, room: str) -> None:
    """The config flags every entry script shares: `--config`, `--set KEY=VALUE` (repeatable), `--help-config`."""
    ap.add_argument("--config", default=None, help=f"YAML file (see configs/{room}/)")
    ap.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
                    help="override a config value (parsed as YAML), e.g. --set probes.n_fit=32; repeatable")
    ap.add_argument("--help-config", action="store_true", help="list every config key with its meaning, then exit")


def config_from_args(cls: type, args, extra_overrides: list[str] | None = None) -> Any | None:
    """Resolve the config named by `add_config_arguments` flags. Prints the key list and returns None for
    `--help-config`. `extra_overrides` (from a script's own flags) apply before `--set`."""
    if args.help_config:
        print("\n".join(describe(cls)))
        return None
    return load_config(cls, args.config, list(extra_overrides or []) + list(args.overrides))
