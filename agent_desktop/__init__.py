"""agent_desktop: the contact-centre desktop that keeps contact promises and restrictions."""

__version__ = "0.1.0"
