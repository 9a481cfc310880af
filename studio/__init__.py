"""Interview Studio: an offline desktop studio for rehearsing job interviews."""

__version__ = "0.1.0"
