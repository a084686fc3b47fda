#!/usr/bin/env bash
# A shared humdoc archive's PostgreSQL server, on Debian: TLS only, SCRAM passwords only, only
# the archive's members from the centre's network, the database owner only from the server.
#
#   sudo ./setup-postgresql.sh --database centre --owner centre_owner \
#        --network 10.20.0.0/24 --cert /etc/ssl/centre/db.crt --key /etc/ssl/centre/db.key
#
# Then, as the owner on this server:
#   humdoc archive init --archive 'postgresql://centre_owner@/centre' \
#       --admin centre_amal --protection centre_pilar
#
# --print-conf and --print-hba only print what would be written (nothing is changed).
# Read docs/archive.md ("Running an archive for real") first.
set -euo pipefail

VERSION=15
CLUSTER=main
DATABASE=
OWNER=
NETWORK=
CERT=
KEY=
LISTEN='*'
ACTION=setup

usage() {
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    echo "options: --database NAME --owner ROLE --network CIDR --cert FILE --key FILE"
    echo "         [--listen ADDRESSES] [--version 15] [--cluster main] [--print-conf|--print-hba]"
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --database) DATABASE=$2; shift 2 ;;
        --owner) OWNER=$2; shift 2 ;;
        --network) NETWORK=$2; shift 2 ;;
        --cert) CERT=$2; shift 2 ;;
        --key) KEY=$2; shift 2 ;;
        --listen) LISTEN=$2; shift 2 ;;
        --version) VERSION=$2; shift 2 ;;
        --cluster) CLUSTER=$2; shift 2 ;;
        --print-conf) ACTION=conf; shift ;;
        --print-hba) ACTION=hba; shift ;;
        -h|--help) usage ;;
        *) echo "unknown option: $1" >&2; usage ;;
    esac
done

name_ok() { [[ "$1" =~ ^[a-z][a-z0-9_]{0,40}$ ]]; }
[ -n "$DATABASE" ] && name_ok "$DATABASE" || { echo "--database: lower-case letters, digits, _" >&2; exit 2; }

print_conf() {
    cat <<CONF
# humdoc archive: TLS only, SCRAM passwords, connections logged, no statement text logged.
listen_addresses = '${LISTEN}'
ssl = on
ssl_cert_file = '${CERT}'
ssl_key_file = '${KEY}'
ssl_min_protocol_version = 'TLSv1.3'
password_encryption = scram-sha-256
log_connections = on
log_disconnections = on
log_statement = 'none'
CONF
}

print_hba() {
    # First match wins: these lines go above every other line of pg_hba.conf.
    cat <<HBA
# BEGIN humdoc archive ${DATABASE}
# TYPE    DATABASE     USER                    ADDRESS          METHOD
local     ${DATABASE}  ${OWNER}                                 scram-sha-256
local     ${DATABASE}  all                                      reject
hostssl   ${DATABASE}  +${DATABASE}_intake       ${NETWORK}       scram-sha-256
hostssl   ${DATABASE}  +${DATABASE}_analyst      ${NETWORK}       scram-sha-256
hostssl   ${DATABASE}  +${DATABASE}_protection   ${NETWORK}       scram-sha-256
hostssl   ${DATABASE}  +${DATABASE}_admin        ${NETWORK}       scram-sha-256
host      ${DATABASE}  all                     0.0.0.0/0        reject
host      ${DATABASE}  all                     ::/0             reject
# END humdoc archive ${DATABASE}
HBA
}

[ -n "$OWNER" ] && name_ok "$OWNER" || { echo "--owner: lower-case letters, digits, _" >&2; exit 2; }
[ -n "$NETWORK" ] || { echo "--network: the centre's network, e.g. 10.20.0.0/24" >&2; exit 2; }
case "$ACTION" in
    conf) [ -n "$CERT" ] && [ -n "$KEY" ] || { echo "--cert and --key are needed" >&2; exit 2; }
          print_conf; exit 0 ;;
    hba) print_hba; exit 0 ;;
esac

[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 1; }
ETC=/etc/postgresql/${VERSION}/${CLUSTER}
[ -d "$ETC" ] || { echo "no PostgreSQL cluster at $ETC (apt install postgresql)" >&2; exit 1; }
for f in "$CERT" "$KEY"; do
    [ -f "$f" ] || { echo "no such file: $f" >&2; exit 1; }
done
if [ "$(stat -c %a "$KEY")" != 600 ] && [ "$(stat -c %a "$KEY")" != 640 ] && [ "$(stat -c %a "$KEY")" != 400 ]; then
    echo "the key $KEY must not be readable by others (chmod 600, owner postgres)" >&2; exit 1
fi

mkdir -p "$ETC/conf.d"
print_conf > "$ETC/conf.d/humdoc-archive-${DATABASE}.conf"
HBA_FILE=$ETC/pg_hba.conf
if grep -q "^# BEGIN humdoc archive ${DATABASE}\$" "$HBA_FILE"; then
    echo "pg_hba.conf already has the lines of ${DATABASE}; left as it is"
else
    cp -p "$HBA_FILE" "$HBA_FILE.before-humdoc"
    { print_hba; cat "$HBA_FILE.before-humdoc"; } > "$HBA_FILE"
fi

systemctl restart "postgresql@${VERSION}-${CLUSTER}"

as_postgres() { runuser -u postgres -- psql -X -v ON_ERROR_STOP=1 "$@"; }
if ! as_postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '${OWNER}'" | grep -q 1; then
    # The owner creates the archive's group roles and its first members: CREATEROLE, no superuser.
    as_postgres -c "CREATE ROLE ${OWNER} LOGIN CREATEROLE"
fi
echo "Set the password of ${OWNER} (psql sends the server only its SCRAM verifier):"
as_postgres -c "\\password ${OWNER}"
if ! as_postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '${DATABASE}'" | grep -q 1; then
    as_postgres -c "CREATE DATABASE ${DATABASE} OWNER ${OWNER} ENCODING 'UTF8' TEMPLATE template0"
    as_postgres -c "REVOKE ALL ON DATABASE ${DATABASE} FROM PUBLIC"
fi
echo "Done. Next, as ${OWNER} on this server:"
echo "  humdoc archive init --archive 'postgresql://${OWNER}@/${DATABASE}' --admin ROLE --protection ROLE"
