"""decompose/: the pipeline, one soft prompt in, a short weighted list of hard prompts out (docs/DESIGN.md §2).

Owns: the candidate sources (oracle slots -> FAISS, signature pursuit, projection and patchscope verbalisations,
the soft prompt's replies, prompts the LM proposes, user texts), the exact solve and path over the candidates'
cached state tables (`Decomposer.fit`, the one fit path), the result with its report (JSON, HTML, notebook), and
the baselines beside it on the same target and solve (baselines.py).
Modules: config, candidates, verbalise, target, decision, chance, pipeline, baselines, diagnostics, result, report,
defaults, propose, cli. Run by: `softprism decompose` and eval/decompose_real.py (decompose/cli.py), `softprism.decompose(...)`.
Must not: import eval/, train anything, or write files other than the outputs it is given and the state cache
under `$SOFTPRISM_CACHE/tables/prompts/`.

The name `softprism.decompose` is also the notebook call: as an attribute of `softprism` it is the function
`softprism.api.decompose`, while this package is `sys.modules["softprism.decompose"]`, which `from` imports read
(`from softprism.decompose.pipeline import Decomposer`). softprism/__init__.py says how the two stay apart; this
room does not import the one above it.
"""
