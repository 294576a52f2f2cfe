"""The Qt window: panels assembled by the main window; every database call runs off the GUI thread."""
