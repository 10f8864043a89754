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

# A fuzz target is a top-level `func FuzzXxx(f *testing.F)` in a _test.go file.
fuzz_re='^func (Fuzz[A-Za-z0-9_]*)\([[:space:]]*[A-Za-z_][A-Za-z0-9_]*[[:space:]]+\*testing\.F[[:space:]]*\)'

# Capture first so a `go list` failure aborts the script (set -e).
pkgs=$(go list -f '{{.Dir}}{{"\t"}}{{.ImportPath}}' "${patterns[@]}")

targets=() # "importpath name"
while IFS=$'\t' read -r dir pkg; do
	[[ -n "$dir" ]] || continue
	shopt -s nullglob
	files=("$dir"/*_test.go)
	shopt -u nullglob
	[[ ${#files[@]} -gt 0 ]] || continue
	while read -r name; do
		if [[ -n "$name" ]]; then targets+=("$pkg $name"); fi
	done < <(grep -h -o -E "$fuzz_re" "${files[@]}" | sed -E 's/^func (Fuzz[A-Za-z0-9_]*)\(.*/\1/' | sort -u)
done <<<"$pkgs"

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
