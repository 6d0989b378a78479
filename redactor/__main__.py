"""``python -m redactor`` runs the command line."""

from redactor.cli import run

run()
