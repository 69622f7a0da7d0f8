"""The bundle's entry point: the same command line as the `guardian` script (guardian.cli:main).

PyInstaller needs a script file; this one lives outside the package so that the folder holding it
(put on the search path by PyInstaller) cannot shadow the standard library (guardian/platform).
"""

import sys

from guardian.cli import main

if __name__ == "__main__":
    sys.exit(main())
