#!/usr/bin/env bash
# The documentation site, built strictly: every Sphinx warning (a broken link, a bad
# cross-reference, a docstring autodoc cannot read) fails the build.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pip install --quiet -e '.[docs]'
rm -rf docs/_build/html
.venv/bin/sphinx-build -W --keep-going -q -b html docs docs/_build/html
echo "docs: built docs/_build/html"
