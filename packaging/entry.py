"""Entry point of the frozen program: the same command line as `showroom-pos`."""

import sys

from showroom_pos.cli import main

if __name__ == "__main__":
    sys.exit(main())
