# The action server (actions/, knowledge/) for docker-compose.yml, FROM the official image of the pinned
# rasa-sdk version; what the actions need on top, at the exact versions of requirements.txt.
FROM rasa/rasa-sdk:3.6.2
USER root
WORKDIR /app
COPY requirements.txt /app/requirements.txt
RUN pip install --no-cache-dir -c /app/requirements.txt spacy spacy-lookups-data PyYAML
COPY actions /app/actions
COPY knowledge /app/knowledge
ENV PYTHONPATH=/app OMP_NUM_THREADS=1 PYTHONWARNINGS=ignore
USER 1001
CMD ["start", "--actions", "actions", "--port", "5055"]
