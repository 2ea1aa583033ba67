"""Dialogs: one module per Designer file."""
