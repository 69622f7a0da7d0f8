"""`python -m guardian` runs the same command line as the `guardian` script."""

import sys

from guardian.cli import main

sys.exit(main())
