#!/usr/bin/env bash
# The runtimes the package claims beyond the Node that runs `npm test`: Node 22 and Node 24 (the vitest
# suite and the CommonJS consumer), ky 2 (which needs Node 22), and Bun, Deno and Cloudflare's workerd (the
# contract checks of test/runtimes/checks.mjs on the fetch and ky wrappers). They come from the npm registry
# into scratch folders: the bun and deno packages hold their binaries, miniflare brings workerd's. Needs a
# build (`npm test` makes one). The ky 2, msw 3 and workerd smoke files are tests of node:test, run by
# scripts/node-test.sh. Each runtime's run closes with "N passed, N failed"; this script with one line of
# the totals.
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
  # ky 2, msw 3, Bun, Deno and miniflare (which needs Node 22) come with Node 22, in the same install: a
  # second --no-save install would prune the first.
  extra=""
  [ "$major" = 22 ] && extra="ky@2 msw@3 bun@1.4 deno@2.9 miniflare@4"
  npm install --silent --no-audit --no-fund --no-save --prefix "$scratch/node$major" "node@$major" $extra >/dev/null
  node_bin="$scratch/node$major/node_modules/.bin/node"
  echo "== Node $("$node_bin" --version): vitest suite"
  # What the runtime changes: the library under it (unit, contract) and the packages it is combined with
  # (loggers, OpenTelemetry, NestJS). Left to the run on the Node of `npm test`: files that test the tooling
  # around the library or spend their time in child processes and servers of their own (the load test, the
  # Redis servers, the examples, the CLI, the package's build and pack, the README's snippets).
  if (cd "$root" && VITEST_JSON="$scratch/node$major.json" "$node_bin" node_modules/vitest/vitest.mjs run \
    --exclude 'test/integration/{load,redis,redis-cluster,redis-failures,examples,cli,bomb,bundle,packaging,readme}.test.ts' \
    | tail -n 6); then :; fi
  count "$scratch/node$major.json"
  echo "== Node $("$node_bin" --version): CommonJS consumer"
  if (cd "$root" && "$node_bin" test/fixtures/consumer.cjs); then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
tally() { # adds the "N passed, N failed" that closes a run's output ($1); a run without it counts as failed
  local line
  printf '%s\n' "$1" >&2
  line=$(printf '%s\n' "$1" | tail -n 1)
  if [[ "$line" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
    echo "$line"
  else
    failed=$((failed + 1))
    echo "no closing count (a crash?): counted as 1 failed"
  fi
}
smoke() { # runs one smoke file of node:test on Node 22 in its scratch folder, and tallies it
  tally "$(cd "$scratch/node22" && NODE="$scratch/node22/node_modules/.bin/node" bash "$root/scripts/node-test.sh" "$1")"
}
echo "== ky 2 on Node 22"
cp "$root/test/runtimes/ky2.smoke.mjs" "$scratch/node22/"
ERRCODE_ROOT="$root" smoke ky2.smoke.mjs
echo "== msw 3 on Node 22"
cp -r "$root/dist" "$scratch/node22/dist"
echo '{"type":"module"}' > "$scratch/node22/dist/package.json"
cp "$root/test/runtimes/msw3.smoke.mjs" "$scratch/node22/"
smoke msw3.smoke.mjs

# Bun, Deno and workerd reach nothing beyond loopback (what each reads, from its own docs, help or source):
# - Bun: DO_NOT_TRACK=1 turns off its crash reports and telemetry; --no-install, its auto-install of
#   missing packages from the registry; --no-env-file, its reading of .env files.
# - Deno: DENO_NO_UPDATE_CHECK=1 turns off its check for a newer Deno, DENO_NO_PROMPT=1 its permission
#   prompts; --allow-net=127.0.0.1 lets the checks reach loopback alone (Deno's sandbox refuses any other
#   host), --no-remote and --cached-only fetch no module, --node-modules-dir=manual resolves `ky` from the
#   package's own node_modules without installing into it, --no-lock writes no deno.lock; DENO_DIR is
#   scratch.
# - workerd through miniflare: the driver's `cf: false`, and CLOUDFLARE_CF_FETCH_ENABLED=false, keep
#   miniflare from fetching the request's `cf` object from workers.cloudflare.com. miniflare and workerd
#   send no metrics (wrangler does, and reads WRANGLER_SEND_METRICS; it is not used here).
# Seen under strace: every connect() of the three runs is to 127.0.0.1.
bin="$scratch/node22/node_modules/.bin"
ky_version=$(node -p 'require(process.argv[1]).version' "$root/node_modules/ky/package.json")
echo "== Bun $("$bin/bun" --version), ky $ky_version"
tally "$(cd "$root" && DO_NOT_TRACK=1 "$bin/bun" --no-install --no-env-file test/runtimes/bun-deno.mjs 2>&1)"
echo "== Deno $("$bin/deno" --version | sed -n '1s/^deno \([^ ]*\).*/\1/p'), ky $ky_version"
tally "$(cd "$root" && DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1 DENO_DIR="$scratch/deno" "$bin/deno" run \
  --no-remote --cached-only --node-modules-dir=manual --no-lock --allow-net=127.0.0.1 --allow-read=. \
  test/runtimes/bun-deno.mjs 2>&1)"
miniflare_version=$(node -p 'require(process.argv[1]).version' "$scratch/node22/node_modules/miniflare/package.json")
echo "== $("$bin/workerd" --version) (miniflare $miniflare_version on Node $("$bin/node" --version)), ky $ky_version"
# The Worker: the checks with the built package and ky, bundled as workerd loads one module.
"$root/node_modules/.bin/esbuild" "$root/test/runtimes/worker.mjs" --bundle --format=esm --platform=neutral \
  --main-fields=module,main --log-level=warning --outfile="$scratch/worker.js" || echo "the Worker did not bundle" >&2
cp "$root/test/runtimes/workerd.smoke.mjs" "$scratch/node22/"
ERRCODE_ROOT="$root" WORKER="$scratch/worker.js" CLOUDFLARE_CF_FETCH_ENABLED=false smoke workerd.smoke.mjs
printf "\nruntimes: %d passed, %d failed\n" "$passed" "$failed"
[ "$failed" -eq 0 ]
