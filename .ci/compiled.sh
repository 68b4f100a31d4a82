#!/usr/bin/env bash
# The compiled build (mypyc; pyproject.toml's wheel hook), installed into a venv of its own,
# .venv-compiled. .ci/run starts this in the background while the checks run; the tests then
# compare its output with the pure build's (tests/test_compiled.py).
set -euo pipefail
cd "$(dirname "$0")/.."
# Built from a copy: the hook compiles in place (extension modules beside the sources, which
# would shadow the pure modules of the editable install) and hides pyproject.toml meanwhile.
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
cp -r pyproject.toml hatch_build.py README.md src plugins "$src"/
# NEWSFACTS_MYPYC_OPT_LEVEL: the C compiler's optimisation level for this build (the wheel's own is 3). The output
# is the same at every level (tests/test_compiled.py checks it); CI builds at 1, in less than half the time.
if [ -n "${NEWSFACTS_MYPYC_OPT_LEVEL:-}" ]; then
  printf '\n[tool.hatch.build.targets.wheel.hooks.mypyc.options]\nopt_level = "%s"\n' "$NEWSFACTS_MYPYC_OPT_LEVEL" \
    >> "$src/pyproject.toml"
fi
rm -rf .venv-compiled
python3 -m venv .venv-compiled
.venv-compiled/bin/pip install --quiet --upgrade pip
HATCH_BUILD_HOOK_ENABLE_MYPYC=true .venv-compiled/bin/pip install --quiet "$src"
.venv-compiled/bin/python -c "import newsfacts, sys; sys.exit(0 if newsfacts.compiled() else 1)"
echo "compiled: built .venv-compiled"
