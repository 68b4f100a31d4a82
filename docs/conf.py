"""Sphinx configuration: furo theme, MyST Markdown pages, autodoc for the API and the hookspecs.

Build strictly (every warning an error) with ``bash .ci/docs.sh`` or
``sphinx-build -W --keep-going -b html docs docs/_build/html``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The package is normally installed (pip install -e .); the paths make a bare checkout build too.
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "plugins")]

import newsfacts  # noqa: E402  (after the path set-up above)

project = "newsfacts"
author = "newsfacts developers"
copyright = "newsfacts developers"
release = version = newsfacts.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
# conf.py's neighbours that are not pages: the generator script and the build output.
exclude_patterns = ["_build", "gen_hooks.py", "conf.py"]

myst_enable_extensions = ["colon_fence", "deflist"]
# Headings become link targets (`[the format](format.md#actor)`), three levels deep.
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
# attrs classes come with generated dunder methods and fields; document only what is written.
autodoc_class_signature = "separated"

# No intersphinx: the build must not need the network (CI has none), and a failed inventory
# fetch is a warning, which -W makes fatal.

html_theme = "furo"
html_title = f"newsfacts {release}"
html_static_path: list[str] = []
pygments_style = "friendly"
