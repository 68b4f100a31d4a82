"""Hypothesis profiles for the whole suite.

* ``dev`` (the default): quick, random, for the edit-test loop;
* ``ci`` (when ``CI`` is set): derandomized, so a failure reproduces on any machine, with
  enough examples to matter and no deadline (a shared CI runner is slow at random moments);
  ``print_blob`` prints the ``@reproduce_failure`` line of a failure;
* ``long`` (``HYPOTHESIS_PROFILE=long``): a bug hunt, for a run before a release.

``HYPOTHESIS_PROFILE`` names a profile explicitly and wins over ``CI``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=200,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "long", max_examples=2000, deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
