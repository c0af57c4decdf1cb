#!/usr/bin/env bash
# Installs PostgreSQL from Debian if missing, starts a throwaway cluster on 127.0.0.1,
# and exports KRONIKA_TEST_PG_URL for the store tests. Source it: `. .ci/postgres.sh`.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=${PG_PORT:-54329}
PG_DIR=$(mktemp -d /tmp/kronika-pg.XXXXXX)
chown postgres "$PG_DIR"
runas() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
runas "$PG_BIN/initdb -D $PG_DIR/data -U postgres --auth=trust -E UTF8 >/dev/null"
runas "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -w -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off' start >/dev/null"
runas "$PG_BIN/createdb -h 127.0.0.1 -p $PG_PORT -U postgres kronika_test"
export KRONIKA_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/kronika_test"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
