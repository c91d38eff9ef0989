#!/usr/bin/env bash
# The runtimes the package claims beyond the Node that runs `npm test`: Node 22 and Node 24 (the vitest
# suite and the CommonJS consumer) and ky 2 (which needs Node 22). They come from the npm registry into
# scratch folders. Needs a build (`npm test` makes one). Closes with one "N passed, N failed" line.
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
echo "== ky 2 on Node 22"
cp "$root/test/runtimes/ky2.smoke.mjs" "$root/test/runtimes/checks.mjs" "$scratch/node22/"
smoke=$(cd "$scratch/node22" && ERRCODE_ROOT="$root" "$scratch/node22/node_modules/.bin/node" ky2.smoke.mjs | tee /dev/stderr | tail -n 1)
passed=$((passed + $(echo "$smoke" | cut -d' ' -f1)))
failed=$((failed + $(echo "$smoke" | cut -d' ' -f3)))
echo "== msw 3 on Node 22"
cp -r "$root/dist" "$scratch/node22/dist"
echo '{"type":"module"}' > "$scratch/node22/dist/package.json"
cp "$root/test/runtimes/msw3.smoke.mjs" "$root/test/runtimes/checks.mjs" "$scratch/node22/"
smoke=$(cd "$scratch/node22" && "$scratch/node22/node_modules/.bin/node" msw3.smoke.mjs | tee /dev/stderr | tail -n 1)
passed=$((passed + $(echo "$smoke" | cut -d' ' -f1)))
failed=$((failed + $(echo "$smoke" | cut -d' ' -f3)))
printf "\nruntimes: %d passed, %d failed\n" "$passed" "$failed"
[ "$failed" -eq 0 ]
