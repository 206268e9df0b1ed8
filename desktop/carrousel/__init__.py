"""Carrousel: who coached where and when, from Dutch football news."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("carrousel")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
