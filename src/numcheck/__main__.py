"""``python -m numcheck``."""

import sys

from numcheck.cli import main

sys.exit(main())
