"""Graph API simulator fixtures: a small deterministic world over real HTTP.

`graph_simulator` starts a simulator on a free port, points FACEBOOK_GRAPH_URL and
FACEBOOK_DIALOG_URL at it (pass `handle.env()` to subprocesses such as a Celery worker), and
yields a `GraphSimulatorHandle`. `graph_simulator_factory(pages=, posts=, comments=, seed=)`
makes one of another size.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache

from ishinomaki_sns.graph.client import GraphClient
from ishinomaki_sns.graph.simulator import SimulatorServer, World
from ishinomaki_sns.graph.simulator.state import Comment, Page, Post
from ishinomaki_sns.graph.usage import PageUsageMeter


class GraphSimulatorHandle:
    """What a test needs from the simulator: its URL and world, and Facebook-side actions."""

    def __init__(self, server: SimulatorServer) -> None:
        self.server = server
        self.world: World = server.world
        self.url: str = server.url
        self.faults = server.faults

    # --- the world ---
    @property
    def pages(self) -> list[Page]:
        return self.world.pages

    def page(self, index: int = 0) -> Page:
        return self.world.pages[index]

    def page_token(self, page_id: str) -> str:
        return self.world.page_by_id[str(page_id)].token

    def posts(self, page_id: str) -> list[Post]:
        """The page's posts, newest first."""
        return self.world.page_posts(self.world.page_by_id[str(page_id)])

    def comments(self, post_id: str) -> list[Comment]:
        """Live comments of a post (chronological)."""
        kind, post = self.world.resolve(post_id)
        assert kind == "post", post_id
        return self.world.post_comments(post)

    def comment_state(self, comment_id: str) -> dict[str, Any] | None:
        return self.world.comment_state(comment_id)

    # --- what residents do on Facebook ---
    def add_comment(self, post_id: str, message: str, **kwargs: Any) -> str:
        """A resident comments (kwargs: from_id, from_name, parent_id, created, notify)."""
        return self.world.comment_add(post_id, message, **kwargs).id

    def edit_comment(self, comment_id: str, message: str) -> None:
        self.world.comment_edit(comment_id, message)

    def delete_comment(self, comment_id: str) -> None:
        self.world.comment_delete(comment_id)

    def add_post(self, page_id: str, message: str, **kwargs: Any) -> str:
        return self.world.post_add(page_id, message, **kwargs).id

    # --- faults and webhooks ---
    def set_fault(self, kind: str, rate: float = 1.0, **kwargs: Any):
        """kwargs: page_id, count, path, and kind parameters (code, minutes, delay)."""
        return self.faults.add(kind, rate, **kwargs)

    def clear_faults(self) -> None:
        self.faults.clear()

    def set_webhook(
        self, url: str | None, *, shape: str = "from", subscribe_all: bool = True
    ) -> None:
        self.server.sim.webhooks.url = url
        self.server.sim.webhook_shape = shape
        if subscribe_all:
            for page in self.world.pages:
                self.world.subscriptions[page.id] = ["feed"]

    def flush_webhooks(self) -> None:
        self.server.webhooks.flush()

    def deliver(self, comment_id: str, verb: str = "add", **kwargs: Any) -> dict[str, Any]:
        """Deliver a webhook for a comment now (kwargs: shape, duplicate, url)."""
        return self.server.sim.deliver({"comment_id": comment_id, "verb": verb, **kwargs})

    @property
    def webhook_log(self) -> list[dict[str, Any]]:
        return self.server.webhooks.log

    # --- wiring ---
    def env(self) -> dict[str, str]:
        """Environment for a subprocess (e.g. a Celery worker) to use this simulator."""
        return {"FACEBOOK_GRAPH_URL": self.url, "FACEBOOK_DIALOG_URL": self.url}

    def client(self, **kwargs: Any) -> GraphClient:
        """A client on the current settings (so on this simulator)."""
        return GraphClient.from_settings(**kwargs)

    def reset_meter(self) -> None:
        meter = PageUsageMeter(cache)
        for page in self.world.pages:
            meter.resume(page.id)


@pytest.fixture
def graph_simulator_factory(settings):
    servers: list[GraphSimulatorHandle] = []

    def make(
        *, pages: int = 3, posts: int = 12, comments: int = 30, seed: int = 7, **world_kwargs: Any
    ) -> GraphSimulatorHandle:
        world = World(
            pages=pages,
            posts=posts,
            comments=comments,
            seed=seed,
            app_id=settings.FACEBOOK_APP_ID,
            app_secret=settings.FACEBOOK_APP_SECRET,
            **world_kwargs,
        )
        handle = GraphSimulatorHandle(SimulatorServer(world).start())
        settings.FACEBOOK_GRAPH_URL = handle.url
        settings.FACEBOOK_DIALOG_URL = handle.url
        handle.reset_meter()
        servers.append(handle)
        return handle

    yield make
    for handle in servers:
        handle.server.stop()
        handle.reset_meter()


@pytest.fixture
def graph_simulator(graph_simulator_factory) -> GraphSimulatorHandle:
    """A 3-page x 12-post x 30-comment world (seed 7) on a free port."""
    return graph_simulator_factory()
