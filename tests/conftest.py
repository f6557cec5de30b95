"""Settings shared by every test.

Hypothesis's per-example deadline is a timed assertion, and speed is measured in bench/, not
asserted in tests: on a busy two-core machine a slow example is not a failure.
"""

from hypothesis import HealthCheck, settings

settings.register_profile("project", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("project")
