"""decompose/: the pipeline, one soft prompt in, a short weighted list of hard prompts out (docs/DESIGN.md §2).

Owns: the candidate sources (oracle slots -> FAISS, signature pursuit, projection and patchscope verbalisations,
the soft prompt's replies, prompts the LM proposes, user texts), the exact solve and path over the candidates'
cached state tables (`Decomposer.fit`, the one fit path), and the result with its report (JSON, HTML, notebook).
Modules: config, candidates, verbalise, target, decision, chance, pipeline, result, report, defaults, propose, cli.
Run by: eval/decompose_real.py and `softprism decompose` (decompose/cli.py), `softprism.decompose(...)`.
Must not: import eval/ (baselines are handed in: `Decomposer.run(baseline_runner=...)`), train anything, or
write files other than the outputs it is given and the state cache under `$SOFTPRISM_CACHE/tables/prompts/`.

`softprism.decompose` is this package and also the notebook call: softprism/__init__.py makes this package's
module callable (`softprism.decompose(soft_prompt, ...)` runs `softprism.api.decompose`), so the room and the API
share one name without this room importing the one above it.
"""
