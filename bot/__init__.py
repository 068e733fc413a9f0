"""Loopbaanwijzer's Rasa server side: runtime/ holds what the Rasa server loads (NLU components, channels,
the conversation store); tooling/ the command line (`python -m bot`): set-up, training, running, evaluation."""
