"""The centre's settings."""

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    """A centre-wide setting, stored as JSON text; defaults live in data/settings.toml."""

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))
