"""File formats: Excel import/export, PDF documents, signing, the .siks bundle."""
