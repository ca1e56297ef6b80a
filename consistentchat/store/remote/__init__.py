"""Run output on object storage (any fsspec URL): segment logs, a lease, the local mirror.

Imported only for URL outputs, so a local run never loads fsspec's remote implementations.
"""
