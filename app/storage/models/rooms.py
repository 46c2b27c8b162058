"""The rooms that workshops and meetings book."""

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel


class Room(SQLModel, table=True):
    __table_args__ = (CheckConstraint("capacity >= 1", name="capacity_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    capacity: int = 10
    active: bool = True
