"""PostgreSQL fixtures (pg_server, postgres_url) live in tests/conftest.py so every suite can use them."""
