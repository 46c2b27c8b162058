#!/usr/bin/env sh
# Smoke test of a built Cercle folder: it must start, check a demo database and paint its window.
set -eu
build=${1:-dist/cercle}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CERCLE_DATA_DIR="$work/data"

"$build/cercle" --version
"$build/cercle" demo create "$work/demo.sqlite3"
"$build/cercle" check --database "$work/demo.sqlite3"
"$build/cercle" --database "$work/demo.sqlite3" --quit-after-start
echo "smoke test passed: version, demo, check and start of $build"
