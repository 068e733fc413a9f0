"""Loopbaanwijzer's own tooling: set-up, checks, training and starting the servers."""
