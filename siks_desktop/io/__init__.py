"""Input/output of the core: files, documents, keys and signatures (no Qt here)."""
