"""Official documents (reportlab): the reusable engine and the Berita Acara."""
