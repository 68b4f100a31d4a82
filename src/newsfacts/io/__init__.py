"""Reading inputs and writing outputs; the pipeline never imports this package."""

from newsfacts.io.readers import read_paths
from newsfacts.io.writers import WRITERS, Writer

__all__ = ["WRITERS", "Writer", "read_paths"]
