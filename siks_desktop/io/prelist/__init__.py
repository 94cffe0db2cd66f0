"""Prelist workbooks (P3KE, KJP Plus, KJMU, stunting, DTKS): reading, column presets, normalisation, error report.

Pure I/O and value rules; the import use case (database, transaction, merge) is services/prelist.py.
"""
