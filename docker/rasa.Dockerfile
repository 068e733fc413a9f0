# The Rasa server with the project's NLU components, channels and conversation store (docker-compose.yml).
# Built FROM the official image of the pinned Rasa version; the exact pins of requirements.txt on top.
FROM rasa/rasa:3.6.21
USER root
WORKDIR /app
COPY requirements.txt /app/requirements.txt
RUN pip install --no-cache-dir -r /app/requirements.txt
COPY bot /app/bot
COPY actions /app/actions
COPY knowledge /app/knowledge
COPY data /app/data
COPY config.yml domain.yml endpoints.yml credentials.yml /app/
# The Dutch spaCy pipeline (blank nl + lookup lemmatizer) lives in .cache/spacy-nl.
RUN python -m bot setup && mkdir -p /app/models /app/.state && chown -R 1001 /app/models /app/.state /app/.cache
ENV PYTHONPATH=/app OMP_NUM_THREADS=1 MALLOC_ARENA_MAX=2 TF_CPP_MIN_LOG_LEVEL=3 PYTHONWARNINGS=ignore \
    SQLALCHEMY_SILENCE_UBER_WARNING=1 LOG_LEVEL_LIBRARIES=ERROR RASA_TELEMETRY_ENABLED=false
USER 1001
CMD ["run", "--model", "/app/models/loopbaanwijzer.tar.gz", "--endpoints", "endpoints.yml", \
     "--credentials", "credentials.yml", "--port", "5005", "--interface", "0.0.0.0"]
