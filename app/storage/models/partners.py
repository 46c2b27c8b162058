"""Partners: the outside organisations the centre works with."""

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from app.storage.types import FREE_TEXT


class Partner(SQLModel, table=True):
    """An outside organisation the centre works with (centre social, CPAM, PMI, association...)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(default="", max_length=80)
    contact_person: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=32)
    email: str = Field(default="", max_length=120)
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, server_default="", info=FREE_TEXT))
    active: bool = True
