"""The Docker deployment for a school (docker-compose.yml, docker/): pinned images, no secrets, an nginx
configuration whose upstreams are services of the compose file. `docker compose config` where it exists."""
import re
import shutil
import subprocess

import pytest
import yaml

from bot.tooling.paths import ROOT

COMPOSE = ROOT / "docker-compose.yml"
NGINX = ROOT / "docker" / "nginx.conf"
# PostgreSQL numbers its releases major.minor (15.8); everything else major.minor.patch.
EXACT = re.compile(r"^(postgres:\d+\.\d+|[a-z0-9./_-]+:\d+\.\d+\.\d+)$")


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load(COMPOSE.read_text())


def _pins():
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def _rasa_services(compose):
    return [name for name, service in compose["services"].items()
            if "train" not in service.get("profiles", []) and "rasa.Dockerfile" in str(service.get("build", ""))
            and "entrypoint" not in service]


def test_the_services_a_school_needs(compose):
    services = compose["services"]
    for name in ("postgres", "redis", "actions", "web", "nginx"):
        assert name in services
    assert services["web"]["entrypoint"] == ["python", "-m", "bot.web"]
    assert len(_rasa_services(compose)) >= 2
    for name in _rasa_services(compose):
        env = services[name]["environment"]
        assert env["LOOPBAANWIJZER_DATABASE_URL"].startswith("postgresql://")
        assert env["LOOPBAANWIJZER_DATABASE_URL"].endswith("@postgres:5432/loopbaanwijzer")
        assert env["LOOPBAANWIJZER_REDIS_URL"].endswith("@redis:6379/0")
        assert env["ACTION_SERVER_URL"] == "http://actions:5055/webhook"


def test_images_are_pinned_to_exact_versions_and_match_requirements(compose):
    built = {s["image"] for s in compose["services"].values() if "build" in s and "image" in s}
    for name, service in compose["services"].items():
        if "image" in service and "build" not in service and service["image"] not in built:
            assert EXACT.match(service["image"]), f"{name}: {service['image']} is not an exact version"
    pins = _pins()
    froms = {}
    for dockerfile in (ROOT / "docker").glob("*.Dockerfile"):
        for line in dockerfile.read_text().splitlines():
            if line.startswith("FROM "):
                image = line.split()[1]
                assert EXACT.match(image), f"{dockerfile.name}: {image}"
                froms[image.split(":")[0]] = image.split(":")[1]
    assert froms["rasa/rasa"] == pins["rasa"]
    assert froms["rasa/rasa-sdk"] == pins["rasa-sdk"]
    for name, service in compose["services"].items():
        if "build" in service:
            assert (ROOT / service["build"]["dockerfile"]).exists(), name


def _values(node):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from ((f"{key}.{k}", v) for k, v in _values(value))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from ((f"{i}.{k}", v) for k, v in _values(value))
    else:
        yield "", node


def test_no_secrets_in_the_compose_file(compose):
    for path, value in _values(compose):
        if not isinstance(value, str):
            continue
        if re.search(r"PASSWORD|SECRET|TOKEN", path, re.I):
            assert re.fullmatch(r"\$\{[A-Z_]+(:\?[^}]*)?\}", value), f"{path} holds a literal secret"
        for url_password in re.findall(r"://[^:/@]*:([^@]*)@", value):
            assert re.fullmatch(r"\$\{[A-Z_]+(:\?[^}]*)?\}", url_password), f"{path}: a password in a URL"
    assert ".env" in (ROOT / ".gitignore").read_text().split()


def test_nginx_passes_on_to_existing_services_and_serves_the_web_chat(compose):
    conf = NGINX.read_text()
    upstreams = dict(re.findall(r"upstream\s+(\w+)\s*\{([^}]*)\}", conf))
    assert upstreams
    for name in re.findall(r"proxy_pass\s+http://(\w+)", conf):
        assert name in upstreams, f"proxy_pass to an unknown upstream {name}"
    services = compose["services"]
    rasa = set(_rasa_services(compose))
    for name, body in upstreams.items():
        servers = re.findall(r"server\s+([\w.-]+):(\d+)", body)
        assert servers, name
        for host, _ in servers:
            assert host in services, f"upstream {name}: {host} is no service of docker-compose.yml"
        if name.startswith("rasa"):
            assert {host for host, _ in servers} == rasa, f"upstream {name} should list every Rasa process"
            assert {port for _, port in servers} == {"5005"}
    assert {"rasa_rest", "rasa_socketio", "webchat"} <= set(upstreams)
    locations = re.findall(r"location\s+(\S+)", conf)
    assert {"/", "/webhooks/", "/socket.io/"} <= set(locations)
    # The web chat passes its chat requests to the REST upstream on nginx's internal port.
    internal = re.search(r"listen\s+(\d+);(?:(?!server\s*\{).)*proxy_pass http://rasa_rest", conf, re.S)
    assert internal and f"http://nginx:{internal.group(1)}" in services["web"]["command"]
    nginx = services["nginx"]
    assert "./docker/nginx.conf:/etc/nginx/conf.d/default.conf:ro" in nginx["volumes"]


def test_docker_compose_config_accepts_the_file(tmp_path):
    # Always: the file parses and every service has an image or a build.
    compose = yaml.safe_load(COMPOSE.read_text())
    assert all("image" in s or "build" in s for s in compose["services"].values())
    docker = shutil.which("docker")
    has_compose = docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0
    if has_compose:  # only where the Docker client with compose exists (not on CI here)
        env_file = tmp_path / "test.env"
        env_file.write_text("POSTGRES_PASSWORD=abc123\nREDIS_PASSWORD=def456\n")
        result = subprocess.run([docker, "compose", "--env-file", str(env_file), "-f", str(COMPOSE), "config", "-q"],
                                capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, result.stderr
