"""Score the cleaning library on a labelled corpus: ``python -m newsclean.eval tests/corpus``."""
