#!/usr/bin/env bash
# Fails when package-lock.json is incomplete for some platform or out of sync with package.json:
# `npm ci` with an empty cache refuses such a lockfile ("Missing: … from lock file"). Takes seconds.
set -euo pipefail
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
if ! out=$(npm ci --dry-run --ignore-scripts --no-audit --no-fund --cache "$cache" 2>&1); then
  echo "$out" >&2
  echo "package-lock.json is incomplete or out of sync. Regenerate it from a clean state:" >&2
  echo "  rm -rf node_modules && npm install --cache \"\$(mktemp -d)\"" >&2
  exit 1
fi
echo "package-lock.json: complete (npm ci --dry-run with an empty cache)"
