#!/usr/bin/env bash
# Installs Request Tracker 5 (Debian 12 packages) for the end-to-end tests: SQLite, standalone server, no Apache,
# no services started. Idempotent: exits 0 at once when RT is already installed.
#
# Exit codes: 0 installed (or already installed); 3 cannot install here (not root, or no apt-get);
# anything else: apt-get/dpkg failed.
set -euo pipefail

PACKAGES=(request-tracker5 rt5-db-sqlite rt5-standalone rt5-clients)
RT_SERVER=/usr/share/request-tracker5/libexec/rt-server
SETUP_DB=/usr/sbin/rt-setup-database-5

installed() {
  [ -x "$RT_SERVER" ] && [ -x "$SETUP_DB" ] || return 1
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || return 1
  done
}

if installed; then
  echo "rt/install.sh: Request Tracker 5 already installed"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  echo "rt/install.sh: cannot install Request Tracker 5: must run as root (uid is $(id -u))" >&2
  exit 3
fi
if ! command -v apt-get >/dev/null 2>&1 || ! command -v debconf-set-selections >/dev/null 2>&1; then
  echo "rt/install.sh: cannot install Request Tracker 5: apt-get/debconf not available (Debian 12 needed)" >&2
  exit 3
fi

export DEBIAN_FRONTEND=noninteractive
start=$(date +%s)

debconf-set-selections <<'SEL'
request-tracker5 request-tracker5/dbconfig-install boolean false
request-tracker5 request-tracker5/install-cronjobs boolean false
SEL

# Keep the packages' services (exim4 from default-mta, ...) from starting; restore what was there after.
POLICY=/usr/sbin/policy-rc.d
backup=""
if [ -e "$POLICY" ]; then
  backup=$(mktemp)
  cp -p "$POLICY" "$backup"
fi
restore_policy() {
  if [ -n "$backup" ]; then mv -f "$backup" "$POLICY"; else rm -f "$POLICY"; fi
}
trap restore_policy EXIT
printf '#!/bin/sh\nexit 101\n' >"$POLICY"
chmod 755 "$POLICY"

# apt-get update only when the package is unknown (fresh machine with empty lists).
if ! apt-cache show request-tracker5 >/dev/null 2>&1; then
  apt-get update
fi
install_packages() {
  apt-get install -y --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${PACKAGES[@]}"
}
if ! install_packages; then
  # Stale package lists (a superseded version is gone from the mirror): refresh once and retry.
  echo "rt/install.sh: apt-get install failed; running apt-get update and retrying" >&2
  apt-get update
  install_packages
fi

if ! installed; then
  echo "rt/install.sh: apt-get finished but RT is not usable ($RT_SERVER or $SETUP_DB missing)" >&2
  exit 1
fi
echo "rt/install.sh: Request Tracker 5 installed in $(( $(date +%s) - start )) s"
