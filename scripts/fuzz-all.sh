#!/usr/bin/env bash
# Run every fuzz target in the module, one at a time (go test accepts only
# one -fuzz target per invocation), for FUZZTIME each.
#
# Usage: FUZZTIME=30s scripts/fuzz-all.sh [package patterns...]   (default: ./...)
# New crashers are written to the package's testdata/fuzz/<FuzzName>/ — commit them.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

fuzztime=${FUZZTIME:-10s}
# Minimizing a new input can take the whole budget with large inputs (model
# files, witnesses); bound it so short runs spend their time fuzzing.
minimizetime=${FUZZMINIMIZETIME:-2s}
if [[ $# -gt 0 ]]; then
	patterns=("$@")
else
	patterns=(./...)
fi

# The fuzz targets, as the go tool sees them: `go test -list` prints the
# matching names of each package's test binary, then its "ok  <pkg>" line
# ("?  <pkg> [no test files]" for a package without tests). Only a fuzz
# target's name can start with "Fuzz" (tests start with Test, examples with
# Example). Captured first so that a build failure aborts the script (set -e).
listing=$(go test -list '^Fuzz' "${patterns[@]}")

targets=() # "importpath name"
names=()
while IFS= read -r line; do
	case "$line" in
	Fuzz*) names+=("$line") ;;
	ok[[:space:]]*)
		read -r _ pkg _ <<<"$line"
		for name in ${names[@]+"${names[@]}"}; do targets+=("$pkg $name"); done
		names=()
		;;
	*) ;; # anything else a test binary prints
	esac
done <<<"$listing"

if [[ ${#targets[@]} -eq 0 ]]; then
	echo "fuzz: no fuzz targets found in ${patterns[*]}"
	exit 0
fi

echo "fuzz: ${#targets[@]} target(s), $fuzztime each"
for t in "${targets[@]}"; do
	pkg=${t% *}
	name=${t#* }
	echo "=== fuzz $pkg $name"
	go test -run='^$' -fuzz="^${name}\$" -fuzztime="$fuzztime" -fuzzminimizetime="$minimizetime" "$pkg"
done
