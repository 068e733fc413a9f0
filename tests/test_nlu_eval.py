"""The evaluation report and its per-fold cache (the training itself runs in `make eval`, not here)."""
import json

from bot.tooling.nlu_eval import DEFAULT, OURS, _load_cache, _report


def _fold(f1):
    return {"intent_macro_f1": f1, "intent_accuracy": f1 - 0.01, "entity_f1": 0.9, "train_seconds": 100.0}


def test_cache_is_used_only_for_the_same_data_and_config(tmp_path):
    path = tmp_path / "config.json"
    assert _load_cache(path, "abc-5") == {}
    path.write_text(json.dumps({"key": "abc-5", "folds": {"1": _fold(0.9)}}))
    assert _load_cache(path, "abc-5") == {"1": _fold(0.9)}
    assert _load_cache(path, "other-5") == {}


def test_report_shows_every_fold_and_says_which_are_missing():
    results = {OURS: {str(n): _fold(0.90 + n / 100) for n in range(1, 6)},
               DEFAULT: {"1": _fold(0.80), "2": _fold(0.82)}}
    report = _report(results, 5, 5426, 28, 2)
    assert f"| {OURS} | 5 of 5 | 0.930 (min 0.910) |" in report
    assert f"| {DEFAULT} | 2 of 5 | 0.810 (min 0.800) |" in report
    assert f"- {DEFAULT}: 0.800, 0.820, –, –, –" in report
    # Compared on the folds both have: ours 0.91 and 0.92 against 0.80 and 0.82.
    assert f"On the 2 folds both evaluated: {OURS} 0.915; {DEFAULT} 0.810." in report


def test_complete_report_has_no_partial_comparison():
    results = {OURS: {str(n): _fold(0.9) for n in range(1, 6)}, DEFAULT: {str(n): _fold(0.8) for n in range(1, 6)}}
    report = _report(results, 5, 5426, 28, 2)
    assert "folds both evaluated" not in report
    assert "| 5 of 5 | 0.800 (min 0.800) |" in report


def test_report_gives_the_heldout_figure_and_the_messages_it_got_wrong():
    results = {OURS: {str(n): _fold(0.9) for n in range(1, 6)}, DEFAULT: {str(n): _fold(0.8) for n in range(1, 6)}}
    heldout = {"n": 260, "macro_f1": 0.9712, "accuracy": 0.9654,
               "wrong": [("dag loopbaanwijzer", "greet", "goodbye")]}
    report = _report(results, 5, 5426, 28, 2, heldout)
    assert "on 260 messages in `tests/nlu_heldout.yml`" in report
    assert "intent macro-F1 0.971, accuracy 0.965" in report
    assert '- "dag loopbaanwijzer": greet, model said goodbye' in report
    assert "Held-out" not in _report(results, 5, 5426, 28, 2)


def test_report_names_figures_from_earlier_data_as_such(tmp_path):
    from bot.tooling.nlu_eval import _load_earlier

    path = tmp_path / "rasa_default_nl.json"
    path.write_text(json.dumps({"key": "old-5", "folds": {"1": _fold(0.86), "2": _fold(0.88)},
                                "data": {"examples": 5426, "intents": 28}}))
    assert _load_earlier(path, "old-5") == {}
    earlier = {DEFAULT: _load_earlier(path, "new-5")}
    results = {OURS: {str(n): _fold(0.93) for n in range(1, 6)}, DEFAULT: {}}
    report = _report(results, 5, 5652, 29, 2, None, earlier)
    assert f"{DEFAULT} was last evaluated on 5426 examples of 28 intents, not on the current data" in report
    assert "intent macro-F1 0.870 over folds 1, 2 (0.860, 0.880)" in report
