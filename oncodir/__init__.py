"""oncodir: a command-line directory of cancer hospitals and their oncology departments."""

__version__ = "0.1.0"
