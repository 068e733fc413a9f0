"""Custom actions for Loopbaanwijzer's Rasa action server (a package of small modules, one job each).

actions/startup.py validates the knowledge when the action server imports this package.
"""
