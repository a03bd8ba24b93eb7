#!/bin/sh
# Reruns the gazetteer build into a temporary folder and compares it with the committed
# data/gazetteer/ byte for byte. Exit 0 when identical, 1 with the differing files otherwise.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
FRESH=$(mktemp -d)
trap 'rm -rf "$FRESH"' EXIT
"$HERE/build.sh" "$FRESH/gazetteer" >/dev/null
if diff -r "$ROOT/data/gazetteer" "$FRESH/gazetteer" >/dev/null; then
  echo "data/gazetteer/ is reproduced byte for byte"
else
  diff -rq "$ROOT/data/gazetteer" "$FRESH/gazetteer" >&2 || true
  exit 1
fi
