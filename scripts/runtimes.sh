#!/usr/bin/env bash
# The runtimes the package claims beyond the Node that runs `npm test`: Node 22 and Node 24 (the vitest
# suite and the CommonJS consumer) and ky 2 (which needs Node 22). They come from the npm registry into
# scratch folders. Needs a build (`npm test` makes one). The ky 2 and msw 3 smoke files are tests of
# node:test, run by scripts/node-test.sh. Closes with one "N passed, N failed" line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
passed=0
failed=0
count() { # adds the counts of a vitest JSON report
  local counts
  counts=$(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests)' "$1")
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}
for major in 22 24; do
  mkdir -p "$scratch/node$major"
  # ky 2 comes with Node 22, in the same install: a second --no-save install would prune the first.
  extra=""
  [ "$major" = 22 ] && extra="ky@2 msw@3"
  npm install --silent --no-audit --no-fund --no-save --prefix "$scratch/node$major" "node@$major" $extra >/dev/null
  node_bin="$scratch/node$major/node_modules/.bin/node"
  echo "== Node $("$node_bin" --version): vitest suite"
  if (cd "$root" && VITEST_JSON="$scratch/node$major.json" "$node_bin" node_modules/vitest/vitest.mjs run | tail -n 6); then :; fi
  count "$scratch/node$major.json"
  echo "== Node $("$node_bin" --version): CommonJS consumer"
  if (cd "$root" && "$node_bin" test/fixtures/consumer.cjs); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
smoke() { # runs one smoke file of node:test on Node 22 in its scratch folder; adds its "N passed, N failed"
  local out line
  out=$(cd "$scratch/node22" && NODE="$scratch/node22/node_modules/.bin/node" bash "$root/scripts/node-test.sh" "$1") ||
    true
  printf '%s\n' "$out" >&2
  line=$(printf '%s\n' "$out" | tail -n 1)
  if [[ "$line" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
  else
    failed=$((failed + 1))
  fi
}
echo "== ky 2 on Node 22"
cp "$root/test/runtimes/ky2.smoke.mjs" "$scratch/node22/"
ERRCODE_ROOT="$root" smoke ky2.smoke.mjs
echo "== msw 3 on Node 22"
cp -r "$root/dist" "$scratch/node22/dist"
echo '{"type":"module"}' > "$scratch/node22/dist/package.json"
cp "$root/test/runtimes/msw3.smoke.mjs" "$scratch/node22/"
smoke msw3.smoke.mjs
printf "\nruntimes: %d passed, %d failed\n" "$passed" "$failed"
[ "$failed" -eq 0 ]
