"""`showroom-pos` and its commands: thin wrappers that call the services and print, one module
per group of commands (`user`, `event`, `settle`, ...) over `common` (the ledger, the acting
user, output and refusals) and `core` (the parser, the global options and `main`)."""

from showroom_pos.cli.core import bug_message, build_parser, main

__all__ = ["bug_message", "build_parser", "main"]
