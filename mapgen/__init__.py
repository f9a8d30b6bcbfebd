"""mapgen: news reports about armed conflicts in, an offline territorial-control map out.

The pipeline (one module per stage)::

    ingest -> mentions -> resolve -> claims -> state -> geometry -> render / export

The command line (``mapgen.cli``) is a thin layer over :mod:`mapgen.api`.
"""

__version__ = "0.1.0"
