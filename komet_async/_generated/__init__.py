"""Namespace methods generated from the catalog (``_catalog/_generate.py``)."""
