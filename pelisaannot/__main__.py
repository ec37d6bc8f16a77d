"""`python -m pelisaannot` runs the CLI."""

from pelisaannot.cli import main

main()
