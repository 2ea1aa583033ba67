"""Runs the command line when started as `python -m showroom_pos`."""

from showroom_pos.cli import main

raise SystemExit(main())
