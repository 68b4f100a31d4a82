"""Test helpers for newsfacts and its plugin authors (needs the ``test`` extra: hypothesis).

* :func:`articles`: structurally valid :class:`~newsfacts.models.Article` objects;
* :func:`synthetic_articles`: article texts with known meetings and statements;
* :func:`outlet_articles`: those texts in an outlet's page chrome, the chrome as truth;
* :class:`PluginContract` / :class:`HostContract` (in :mod:`newsfacts.testing.contract`): the
  pytest suite every outlet plugin runs in one line.
"""

from newsfacts.testing.outlets import OutletArticle, outlet_articles
from newsfacts.testing.strategies import articles
from newsfacts.testing.synthetic import SyntheticArticle, Truth, synthetic_articles

__all__ = ["OutletArticle", "SyntheticArticle", "Truth", "articles", "outlet_articles", "synthetic_articles"]
