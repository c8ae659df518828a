"""Benchmarks: each figure is measured beside a reference computed in the same run."""
