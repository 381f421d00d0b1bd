"""PDF documents: the minutes (PDF/A-2b, with signature fields), the letters to candidates and
the published results list.

Import the modules you need (``tnl_jury.io.pdf.minutes`` …): this package imports nothing at
start-up, and pyHanko and pikepdf (slow to import) are only imported inside the functions that
use them.
"""
