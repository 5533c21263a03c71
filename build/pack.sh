#!/usr/bin/env bash
# Packs what a plugin author installs: ExplainableAI.Sdk, ExplainableAI.Testing and the ExplainableAI.Templates template
# package, into a local NuGet feed folder (default: artifacts/feed). Usage: build/pack.sh [FEED_DIR]
#
# Only these three projects are packed; the host's projects are not packages (the test kit carries the engine inside it,
# see docs/plugin-packages.md). The build happens in a temporary folder (--artifacts-path), so it never touches the
# repository's bin/ and obj/ folders and cannot race a build or test run going on in the clone.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
feed="${1:-$root/artifacts/feed}"
mkdir -p "$feed"
feed="$(cd "$feed" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/xai-pack.XXXXXX")"
trap 'rm -rf "$work"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in src/ExplainableAI.Testing src/ExplainableAI.Sdk templates/ExplainableAI.Templates; do
  dotnet pack "$root/$project" -c Release -o "$feed" --artifacts-path "$work" -nologo -v q -p:ContinuousIntegrationBuild=true
done
echo "packages in $feed:"
ls -1 "$feed"
