#!/usr/bin/env bash
# npm run mutate, mutate:clients, mutate:redis: mutation testing with Stryker and its vitest runner, of the
# files each script names (--mutate) against the tests it names (--testFiles: the folders of vitest projects,
# or files, as the runner cannot pick a project), narrowed to the tests that import them (vitest.related).
# Stryker needs Node 22, which comes from the npm registry into a scratch folder. Not part of npm test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
npm install --silent --no-audit --no-fund --no-save --prefix "$scratch" node@22 >/dev/null
cd "$root"
PATH="$scratch/node_modules/.bin:$PATH" node node_modules/@stryker-mutator/core/bin/stryker.js run "$@"
