#!/usr/bin/env bash
# Runs the unit, integration and infra tests on the Node.js major that the Lambda functions run
# (infra/aws/handler-function.ts), fetched from the npm registry's node-linux-<arch> package and
# kept under .cache/, so code that passes on this machine's Node also passes on Lambda's.
set -euo pipefail
cd "$(dirname "$0")/.."

major="$(grep -o 'NODEJS_[0-9]*_X' infra/aws/handler-function.ts | head -1 | tr -dc 0-9)"
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "no node-linux package for $(uname -m)" >&2; exit 2 ;;
esac
dir=".cache/node-$major-$arch"
if [ ! -x "$dir/bin/node" ]; then
  rm -rf "$dir" && mkdir -p "$dir"
  tarball="$(npm pack "node-linux-$arch@$major" --pack-destination "$dir" --silent)"
  tar xzf "$dir/$tarball" -C "$dir" --strip-components=1
  rm "$dir/$tarball"
fi

export PATH="$PWD/$dir/bin:$PATH"
echo "Running the tests on Node $(node --version), the major Lambda runs"
exec npx jest --selectProjects unit integration infra "$@"
