#!/usr/bin/env bash
# apt-install.sh PKG...: installs Debian packages, as root or through sudo.
# Used by .ci/run (the tools make test needs) and by make targets that need
# a package's data (make bench and make train-lm: fortunes).
set -euo pipefail

if [[ $# -eq 0 ]]; then
	echo "apt-install.sh: no package named" >&2
	exit 2
fi
sudo=()
if [[ $(id -u) -ne 0 ]]; then
	if command -v sudo >/dev/null 2>&1; then
		sudo=(sudo)
	else
		echo "apt-install.sh: need to install $* but not root and no sudo" >&2
		exit 1
	fi
fi
echo "--- installing: $*"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
