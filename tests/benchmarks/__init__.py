"""Benchmarks (``make bench``). In the suite (--benchmark-disable) each runs once, on a small centre where it
can: that shows it works and its yardstick agrees, and leaves the suite's time to the tests."""


def in_suite(config) -> bool:
    """Whether the benchmarks run as tests of the suite, not as measures."""
    return bool(config.getoption("benchmark_disable"))
