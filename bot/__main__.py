"""python -m bot {setup, check, sync-nlu, train, run, chat}."""
import argparse
import signal
import sys

from bot.tooling.quiet import popen_quiet, quiet_environment, quiet_this_process


def _check_knowledge() -> bool:
    from actions.knowledge import KnowledgeError, load_knowledge

    try:
        knowledge = load_knowledge()
    except KnowledgeError as error:
        print("De kennisbestanden bevatten fouten; de assistent start niet:", file=sys.stderr)
        for problem in error.problems:
            print(f"  - {problem}", file=sys.stderr)
        return False
    local = f", lokale aanvulling van {knowledge.school}" if knowledge.school else ""
    print(f"Kennis in orde: {len(knowledge.domains)} domeinen, {len(knowledge.roles)} rollen{local}.")
    return True


def cmd_setup(_args) -> int:
    from bot.tooling.spacy_model import ensure_spacy_model

    if ensure_spacy_model():
        print("Nederlandse spaCy-pijplijn gebouwd in .cache/spacy-nl.")
    return 0


def cmd_check(_args) -> int:
    from bot.tooling.nlu_sync import sync

    ok = _check_knowledge()
    if ok and not sync(check_only=True):
        print("data/nlu/generated_lookups.yml is verouderd: draai `python -m bot sync-nlu`.", file=sys.stderr)
        ok = False
    return 0 if ok else 1


def cmd_sync_nlu(args) -> int:
    from bot.tooling.nlu_sync import sync

    if args.check:
        up_to_date = sync(check_only=True)
        print("NLU-opzoektabellen zijn actueel." if up_to_date else "NLU-opzoektabellen zijn verouderd.")
        return 0 if up_to_date else 1
    sync()
    print("data/nlu/generated_lookups.yml bijgewerkt.")
    return 0


def cmd_train(args) -> int:
    from bot.tooling.training import train

    if cmd_setup(args) or cmd_check(args):
        return 1
    trained = train(quiet_environment(), force=args.force)
    print("Model getraind." if trained else "Model is actueel; niet opnieuw getraind.")
    return 0


def cmd_serve(args) -> int:
    from bot.tooling import servers

    if cmd_train(args):
        return 1
    rasa_port, action_port = servers.ports()
    env = servers.server_env(quiet_environment(), action_port)

    def shutdown(*_ignored):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, shutdown)
    if args.mode == "shell":
        return _chat_in_terminal(servers, env, rasa_port, action_port)
    web_port = servers.web_port()
    supervisor = servers.Supervisor(servers.services(env, rasa_port, action_port, web=web_port))
    try:
        if not supervisor.start_all():
            return 1
        print(
            "\nLoopbaanwijzer draait.\n"
            f"  Webchat:   http://localhost:{web_port}/  (widget: http://localhost:{web_port}/widget.js)\n"
            f"  REST:      POST http://localhost:{rasa_port}/webhooks/rest/webhook  "
            '{"sender": "<willekeurige id>", "message": "hoi"}\n'
            f"  socket.io: http://localhost:{rasa_port}/socket.io\n"
            "Een server die onverwacht stopt, start vanzelf opnieuw. Stoppen met Ctrl-C.",
            flush=True,
        )
        supervisor.run_forever()
    except KeyboardInterrupt:
        print("\nStoppen...", flush=True)
        return 0
    finally:
        supervisor.stop()


def _chat_in_terminal(servers, env: dict, rasa_port: int, action_port: int) -> int:
    processes = []
    try:
        print(f"Actieserver start op poort {action_port}...", flush=True)
        actions = servers.start_action_server(env, action_port)
        processes.append(actions)
        if not servers.wait_until_up(f"http://127.0.0.1:{action_port}/health", 120, actions):
            print("De actieserver startte niet (zie de melding hierboven).", file=sys.stderr)
            return 1
        print("Typ je bericht; stoppen met /stop of Ctrl-C.", flush=True)
        shell = popen_quiet(servers.rasa_command("shell", rasa_port), cwd=servers.ROOT, env=env)
        processes.append(shell)
        return shell.wait()
    except KeyboardInterrupt:
        print("\nStoppen...", flush=True)
        return 0
    finally:
        servers.stop(processes)


def main(argv=None) -> int:
    quiet_this_process()
    parser = argparse.ArgumentParser(prog="python -m bot", description="Loopbaanwijzer")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("setup", help="build the Dutch spaCy pipeline").set_defaults(func=cmd_setup)
    sub.add_parser("check", help="validate knowledge and generated NLU").set_defaults(func=cmd_check)
    sync_parser = sub.add_parser("sync-nlu", help="generate NLU lookup tables from knowledge/")
    sync_parser.add_argument("--check", action="store_true", help="only report whether they are up to date")
    sync_parser.set_defaults(func=cmd_sync_nlu)
    train_parser = sub.add_parser("train", help="train when data, domain, config or knowledge changed")
    train_parser.add_argument("--force", action="store_true")
    train_parser.set_defaults(func=cmd_train)
    for name, mode in (("run", "run"), ("chat", "shell")):
        serve = sub.add_parser(name, help=f"set up, train if needed and start ({mode})")
        serve.add_argument("--force", action="store_true", help="train even when the model is current")
        serve.set_defaults(func=cmd_serve, mode=mode)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
