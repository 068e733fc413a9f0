# The action server (actions/, knowledge/) for docker-compose.yml, FROM the official image of the pinned
# rasa-sdk version; what the actions need on top, at the exact versions of requirements.txt.
FROM rasa/rasa-sdk:3.6.2
USER root
WORKDIR /app
COPY requirements.txt /app/requirements.txt
RUN pip install --no-cache-dir -c /app/requirements.txt spacy spacy-lookups-data PyYAML
COPY actions /app/actions
COPY knowledge /app/knowledge
# rasa_sdk's server with error answers that do not echo the conversation.
COPY bot/__init__.py /app/bot/__init__.py
COPY bot/tooling/__init__.py bot/tooling/action_server.py /app/bot/tooling/
ENV PYTHONPATH=/app OMP_NUM_THREADS=1 MALLOC_ARENA_MAX=2 PYTHONWARNINGS=ignore
USER 1001
ENTRYPOINT ["python", "-m", "bot.tooling.action_server"]
CMD ["--actions", "actions", "--port", "5055"]
