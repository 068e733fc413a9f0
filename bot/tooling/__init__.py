"""The command-line tooling behind `python -m bot` and `make`: set-up, training, starting and stopping the
servers, the benchmark and the NLU evaluation. The Rasa server never imports this package."""
