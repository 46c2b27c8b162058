"""Persistence: SQLModel tables, the engine, Alembic migrations, backups and checks.

The only package that knows SQLite from PostgreSQL.
"""
