"""decompose/: the pipeline. Room docs: decompose/README.md."""
