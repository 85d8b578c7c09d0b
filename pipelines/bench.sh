#!/usr/bin/env bash
# Runs `cyberwatch-pipelines.jar bench` with a throwaway PostgreSQL, so figures (c)/(d) are measured.
#
#   pipelines/bench.sh [bench flags…]     e.g. pipelines/bench.sh --measurements 100000
#
# Builds nothing: build the jar first (mvn -o -q -B -pl pipelines -am -DskipTests package).
# Starts PostgreSQL from Debian's `postgresql` package (installed with apt-get when missing and run
# as root) in a temporary directory on a free loopback port, runs the bench against it, then stops
# the server and removes the directory, also when the bench fails or is interrupted.
# Environment: JAVA_OPTS (default -Xmx8g), BENCH_JAR (default pipelines/target/cyberwatch-pipelines.jar).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"   # the bench's default --seeds/--snapshots are relative to the repository root
jar="${BENCH_JAR:-$repo/pipelines/target/cyberwatch-pipelines.jar}"
if [[ ! -f "$jar" ]]; then
  echo "bench.sh: $jar not found; build it first: mvn -o -q -B -pl pipelines -am -DskipTests package" >&2
  exit 2
fi

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}
bin="$(pg_bin)"
if [[ -z "$bin" ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "bench.sh: PostgreSQL is not installed; as root: apt-get install -y postgresql" >&2
    exit 2
  fi
  echo "bench.sh: installing Debian's postgresql package" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null
  bin="$(pg_bin)"
fi

# As root, the server runs as the postgres user (initdb refuses root); otherwise as the caller.
as_pg=()
if [[ "$(id -u)" -eq 0 ]]; then
  as_pg=(runuser -u postgres --)
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/cw-bench-pg.XXXXXX")"
chmod 755 "$tmp"
mkdir "$tmp/data"
if [[ "$(id -u)" -eq 0 ]]; then
  chown postgres: "$tmp/data" "$tmp"
fi

stop() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$tmp/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap stop EXIT INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port="$(free_port)"

"${as_pg[@]}" "$bin/initdb" -D "$tmp/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$tmp/data" -l "$tmp/postgres.log" -w \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1" start >/dev/null
echo "bench.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $tmp, removed at exit)"
echo "bench.sh: load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

status=0
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx8g} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dorg.slf4j.simpleLogger.log.org.apache.flink.metrics.MetricGroup=error -jar "$jar" bench \
  --postgres-url "jdbc:postgresql://127.0.0.1:$port/postgres" --postgres-user postgres "$@" \
  || status=$?
echo "bench.sh: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$status"
