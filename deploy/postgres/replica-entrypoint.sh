#!/bin/sh
# The replica's start. The first time (an empty data directory): a base backup of the primary with
# pg_basebackup, -R writing the settings to follow it (standby.signal, primary_conninfo). Then the
# server, which streams the primary's changes and answers read-only queries (hot standby), with
# the settings given as arguments (compose.yaml's command).
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -q -h "$PRIMARY_HOST" -p 5432; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -p 5432 -U replicator \
    -D "$PGDATA" -R -X stream --checkpoint=fast
  chmod 0700 "$PGDATA"
fi
exec postgres "$@"
