#!/usr/bin/env bash
# Makes sure what the test suites talk to is there: the PostgreSQL server the API suites run against, and
# Debian's Chromium for the end-to-end suite. Installs or starts them when it can (as root), and otherwise says
# exactly what to do. Called by `pnpm test`, so the README's test command works on a fresh machine.
set -euo pipefail

pg_url="${PCMT_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
chromium="${PCMT_CHROMIUM:-/usr/bin/chromium}"

pg_ready() {
  node -e '
    const net = require("node:net");
    const url = new URL(process.argv[1]);
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432) });
    socket.setTimeout(2000);
    socket.on("connect", () => { socket.end(); process.exit(0); });
    socket.on("error", () => process.exit(1));
    socket.on("timeout", () => process.exit(1));
  ' "$pg_url"
}

if ! pg_ready; then
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    echo "PostgreSQL is not answering: starting it" >&2
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
  fi
  if ! pg_ready; then
    echo "PostgreSQL is not reachable at $pg_url. Start it, or point PCMT_TEST_PG_URL at a server where the tests may create and drop databases." >&2
    exit 1
  fi
fi

if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found at $chromium: installing Debian's package" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  if [ ! -x "$chromium" ]; then
    echo "Chromium not found at $chromium. Install it (sudo apt-get install -y chromium) or set PCMT_CHROMIUM." >&2
    exit 1
  fi
fi
