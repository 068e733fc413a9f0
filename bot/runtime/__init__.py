"""What the Rasa server loads: the components named in config.yml (NLU), credentials.yml (channels) and
endpoints.yml (the conversation store). Nothing here is a command; the tooling lives in bot/tooling/."""
