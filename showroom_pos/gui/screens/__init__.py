"""The main window's screens: one module per Designer file."""
