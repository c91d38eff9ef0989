#!/usr/bin/env bash
# Runs test files with node's own test runner (node:test, its TAP reporter) and closes with the
# "N passed, N failed" line that CI adds up, taken from the runner's own "# pass N" / "# fail N" summary.
# A cancelled test counts as failed, and so does a run that ends without a summary or exits non-zero with
# no failure counted. NODE names the node to run (default: the one on PATH). Exits 1 unless all passed.
set -uo pipefail
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
"${NODE:-node}" --test --test-reporter=tap "$@" | tee "$log"
status=${PIPESTATUS[0]}
summary() { sed -n "s/^# $1 \([0-9][0-9]*\)$/\1/p" "$log" | tail -n 1; }
passed=$(summary pass)
failed=$(summary fail)
cancelled=$(summary cancelled)
failed=$((${failed:-0} + ${cancelled:-0}))
if [ -z "$passed" ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then failed=$((failed + 1)); fi
passed=${passed:-0}
printf '%d passed, %d failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
