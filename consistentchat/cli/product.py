"""`consistentchat card | stats | view | push`: the dataset as a product (see consistentchat.product)."""

from __future__ import annotations

from ..product.commands import card_command, push_command, stats_command, view_command
from .app import app, command

command(app, "card")(card_command)
command(app, "stats")(stats_command)
command(app, "view")(view_command)
command(app, "push")(push_command)
