"""Benchmark of the knowledge module: load + validate, matcher build, one match call, one suggestion.

python -m bot.tooling.bench  (make eval)  -> prints figures and writes docs/benchmark.md
"""
import os
import platform
import statistics
import time

from bot.tooling.paths import ROOT
from bot.tooling.quiet import quiet_this_process

PHRASES = [
    "ik ben mentor en vind lesmateriaal maken leuk",
    "ik begeleid stagiairs en zit in de MR",
    "organiseer graag werkweken en excursies",
    "ik wil examens coordineren",
    "ik heb een eigen bedrijf als ondernemer naast het lesgeven",
    "ik was tien jaar monteur en hou van techniek",
    "onderzoek doen naar mijn eigen lessen in een master",
    "ik coach nieuwe collega's en geef trainingen op studiedagen",
    "mijn passie is taalontwikkeling bij nieuwkomers",
    "ik zou graag in de gmr willen en meedenken over beleid",
]


def _timed(fn, repeat):
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return samples


def _fmt(samples):
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms (n={len(ms)})"


def main() -> int:
    quiet_this_process()
    start = time.perf_counter()
    from actions.text import get_nlp

    get_nlp()
    spacy_init = time.perf_counter() - start
    from actions.knowledge import load_knowledge
    from actions.matching import Matcher
    from actions.suggestions import Advisor, Profile

    load = _timed(load_knowledge, 20)
    knowledge = load_knowledge()
    build = _timed(lambda: Matcher(knowledge), 5)
    matcher = Matcher(knowledge)
    for phrase in PHRASES:  # warm the per-word cache like a running server would
        matcher.match(phrase)
    cold = []
    for _ in range(5):  # first call on a new matcher: no per-word cache yet
        fresh = Matcher(knowledge)
        start = time.perf_counter()
        fresh.match("ik ben mentor en coach graag nieuwe collega's")
        cold.append(time.perf_counter() - start)
    match = _timed(lambda: [matcher.match(p) for p in PHRASES], 50)
    per_match = [s / len(PHRASES) for s in match]
    advisor = Advisor(knowledge, matcher)
    profile = Profile("leraar", "ervaren", "ik begeleid graag stagiairs en ontwikkel lesmateriaal", "ik ben mentor en zit in de mr")
    suggest = _timed(lambda: advisor.suggest(profile), 50)
    from bot.runtime import sentence_embeddings
    from bot.tooling.servers import server_env

    # As the servers run it (one OpenMP thread); the engine's libgomp reads this when it loads.
    os.environ.setdefault("OMP_NUM_THREADS", server_env({}, 0)["OMP_NUM_THREADS"])
    start = time.perf_counter()
    sentence_embeddings.warm_up()
    embed_load = time.perf_counter() - start
    embed_one = _timed(lambda: sentence_embeddings.embed(["ik vind het leuk om nieuwe collega's wegwijs te maken"]), 50)

    rows = [
        ("spaCy Dutch pipeline start (once per process)", f"{spacy_init * 1000:.0f} ms"),
        ("load + validate all knowledge files", _fmt(load)),
        ("build matcher index", _fmt(build)),
        ("one match call on a new matcher (cold word cache)", _fmt(cold)),
        ("one match call (warm)", _fmt(per_match)),
        ("one suggestion (two match calls + ranking)", _fmt(suggest)),
        ("e5 sentence model load (once per process)", f"{embed_load * 1000:.0f} ms"),
        ("e5 sentence embedding of one chat message (intent feature)", _fmt(embed_one)),
    ]
    lines = [
        "# Benchmark: knowledge, matching and the sentence embedding",
        "",
        f"Measured by `make eval` (`python -m bot.tooling.bench`) on {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, {len(knowledge.roles)} roles.",
        "",
        "| what | time |",
        "| --- | --- |",
        *(f"| {name} | {value} |" for name, value in rows),
        "",
        "Targets from the knowledge issue: load + validate under 1 s, one match call under 20 ms.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "benchmark.md").write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
