#!/usr/bin/env bash
# The runtimes the package claims beyond the Node that runs `npm test`: Node 22 (the vitest suite, the
# CommonJS consumer) and ky 2 (which needs Node 22). Both come from the npm registry into a scratch folder.
# Needs a build (`npm test` makes one).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
npm install --silent --no-audit --no-fund --no-save --prefix "$scratch" node@22 ky@2 >/dev/null
node22="$scratch/node_modules/.bin/node"
echo "== Node $("$node22" --version): vitest suite"
(cd "$root" && "$node22" node_modules/vitest/vitest.mjs run --reporter=dot | tail -n 6)
echo "== Node $("$node22" --version): CommonJS consumer"
(cd "$root" && "$node22" test/fixtures/consumer.cjs)
echo "== ky 2 on Node $("$node22" --version)"
cp "$root/test/runtimes/ky2.smoke.mjs" "$scratch/"
(cd "$scratch" && ERRCODE_ROOT="$root" "$node22" ky2.smoke.mjs)
