"""retrieval: the hard-prompt corpus, its sentence embeddings and their FAISS index.

Turns points in sentence-embedding space (the oracle's predictions) into real prompts. Library API:

    from softprism.retrieval.corpus import Corpus, load_corpus, default_corpus
    from softprism.retrieval.encoder import Encoder
    from softprism.retrieval.index import PromptIndex
    from softprism.retrieval.builder import build_index

See retrieval/README.md for what the room owns and the commands.
"""
