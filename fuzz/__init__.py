"""Coverage-guided fuzzing of every humdoc parser that reads outside input (``make fuzz``).

``targets`` names each parser and the contract it must keep on any input; ``harness`` runs one
target under atheris (libFuzzer for Python); ``__main__`` runs every target for a time budget and
reports cases run and findings; ``seeds`` rebuilds the seed corpora in ``fuzz/corpus/``.
"""
