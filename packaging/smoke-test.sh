#!/usr/bin/env sh
# Smoke test of a built Cercle folder: it must start, create and check a demo database (every migration from
# empty), solve a rota (OR-Tools), write a PDF and an ODT, and paint its window.
set -eu
build=${1:-dist/cercle}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CERCLE_DATA_DIR="$work/data"
demo="$work/demo.sqlite3"

"$build/cercle" --version
"$build/cercle" demo create "$demo"
"$build/cercle" check --database "$demo"
"$build/cercle" --language en roster propose --database "$demo" | tail -n 1 | grep -E '^(optimal|feasible): '
"$build/cercle" hours report --from 2026-09-01 --to 2026-12-31 --format pdf --output "$work/hours.pdf" --database "$demo"
"$build/cercle" decisions export --format odt --output "$work/decisions.odt" --database "$demo"
head -c 5 "$work/hours.pdf" | grep -q '%PDF-'
head -c 100 "$work/decisions.odt" | grep -qa 'application/vnd.oasis.opendocument.text'  # the stored mimetype
"$build/cercle" --database "$demo" --quit-after-start
echo "smoke test passed: version, demo, check, rota, PDF, ODT and start of $build"
