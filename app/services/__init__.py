"""Use cases: the only API that the GUI, the CLI and the scheduler call.

Each write is one transaction that appends to the audit log; reads return plain frozen
dataclasses, never live ORM rows.
"""
