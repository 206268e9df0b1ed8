"""Entry script for the frozen app: PyInstaller needs a file to start from, the real entry is carrousel.cli:main."""
from carrousel.cli import main

raise SystemExit(main())
