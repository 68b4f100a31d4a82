#!/usr/bin/env bash
# CI: scaffold a plugin the way an author would, install it into the project's venv, run its
# own tests (the plugin contract, now with the plugin registered by its entry point), and
# uninstall it again so that it leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
TMP="$(mktemp -d)"
NAME=scaffoldcheck
cleanup() {
  "$ROOT/.venv/bin/pip" uninstall --quiet --yes "newsfacts-$NAME" >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT
"$ROOT/.venv/bin/newsfacts" new-plugin "$NAME" --dir "$TMP" --host scaffold-check.example
"$ROOT/.venv/bin/pip" install --quiet -e "$TMP/newsfacts-$NAME"
(cd "$TMP/newsfacts-$NAME" && "$ROOT/.venv/bin/python" -m pytest -q -p no:cacheprovider)
# The installed plugin is found through its entry point, like any third party's.
NEWSFACTS_PLUGINS="$NAME,generic" "$ROOT/.venv/bin/python" -c "
from newsfacts.plugins import make_plugin_manager
pm = make_plugin_manager()
assert pm.get_plugin('$NAME') is not None, 'the scaffolded plugin did not load through its entry point'
"
echo "scaffold check: ok"
