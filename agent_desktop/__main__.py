"""Run the command line as `python -m agent_desktop`."""

from agent_desktop.cli import main

raise SystemExit(main())
