#!/bin/sh
# Runs once, when the primary's data directory is created (the postgres image runs every script in
# /docker-entrypoint-initdb.d then): a role the replica streams with, allowed to connect for
# replication with its password.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$REPLICATION_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
