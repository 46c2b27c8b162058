"""The open centre as the window sees it: service context, signal hub, acting member, preferences."""

from dataclasses import dataclass, field

from app.services.context import Context
from app.services.members import PinGuard
from app.ui.hub import SignalHub


@dataclass
class Workspace:
    ctx: Context
    hub: SignalHub
    is_demo: bool = False
    guard: PinGuard = field(default_factory=PinGuard)

    def __post_init__(self) -> None:
        self.ctx.events.subscribe(self.hub.publish)

    @property
    def actor_id(self) -> int | None:
        return self.ctx.actor_id

    def set_actor(self, member_id: int | None) -> None:
        self.ctx.actor_id = member_id
        self.hub.actor_changed.emit(member_id)

    def close(self) -> None:
        self.ctx.events.unsubscribe(self.hub.publish)
        self.ctx.engine.dispose()
