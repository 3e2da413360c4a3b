"""Packaging for scrapyd: scrapyd-deploy builds an egg from this (data files included)."""

from setuptools import find_packages, setup

setup(
    name="newsclean",
    version="0.1.0",
    packages=find_packages(include=["newsclean", "newsclean.*"]),
    package_data={"newsclean": ["cleaning/data/*", "profiles/*.yaml", "schema/*.json"]},
    entry_points={"scrapy": ["settings = newsclean.settings"]},
    zip_safe=False,
)
