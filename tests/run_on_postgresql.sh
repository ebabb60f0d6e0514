#!/usr/bin/env bash
# The tests again on a PostgreSQL server: a throwaway cluster on loopback in
# a temporary folder (tests/pg_server.py), VILLAGEDESK_TEST_PG pointing at it,
# stopped and removed afterwards. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=$(mktemp -d)
trap '.venv/bin/python tests/pg_server.py stop "$folder"; rm -rf "$folder"' EXIT
url=$(.venv/bin/python tests/pg_server.py start "$folder")
echo "PostgreSQL at $url"
VILLAGEDESK_TEST_PG="$url" .venv/bin/python -m pytest "$@"
