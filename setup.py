"""A shim for scrapyd-deploy, which builds the egg with ``python setup.py bdist_egg``.

The package is declared in pyproject.toml; setuptools reads it from there.
"""

from setuptools import setup

setup()
