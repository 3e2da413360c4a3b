"""newsclean spiders."""
