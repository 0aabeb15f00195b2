"""suggest package."""
