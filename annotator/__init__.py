"""Arabic span annotator: a desktop tool and a headless command for annotating Arabic news."""

__version__ = "0.1.0"
