"""Entry point of the packaged application."""

from agent_desktop.cli import main

raise SystemExit(main())
