"""Finnish language support."""
