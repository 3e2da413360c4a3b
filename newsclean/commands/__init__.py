"""newsclean's Scrapy commands (COMMANDS_MODULE)."""
