"""newsclean: crawl news sites, extract articles, strip injected gambling spam."""

__version__ = "0.1.0"
