"""``python -m redactor`` runs the command line."""

import sys

from redactor.cli import main

sys.exit(main())
