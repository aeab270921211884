"""decompose/: the pipeline, one soft prompt in, a short weighted list of hard prompts out (docs/DESIGN.md §2).

Owns: the candidate sources (oracle slots -> FAISS, signature pursuit, projection and patchscope verbalisations,
the soft prompt's replies, prompts the LM proposes, user texts), the exact solve and path over the candidates'
cached state tables (`Decomposer.fit`, the one fit path), the result with its report (JSON, HTML, notebook), and
the baselines beside it on the same target and solve (baselines.py).
Modules: config, candidates, verbalise, target, decision, chance, pipeline, baselines, result, report, defaults,
propose, cli. Run by: `softprism decompose` and eval/decompose_real.py (decompose/cli.py), `softprism.decompose(...)`.
Must not: import eval/, train anything, or write files other than the outputs it is given and the state cache
under `$SOFTPRISM_CACHE/tables/prompts/`.

`softprism.decompose` is this package and also the notebook call: softprism/__init__.py makes this package's
module callable (`softprism.decompose(soft_prompt, ...)` runs `softprism.api.decompose`), so the room and the API
share one name without this room importing the one above it.
"""
