"""The JSON control API under /_sim/: comments, faults, webhooks, reset (tests, training)."""

from __future__ import annotations

import json
from typing import Any


class ControlRoutes:
    """Mixin of Simulator: what a test or a trainer does 'on Facebook'."""

    def control(
        self, method: str, path: str, params: dict[str, Any]
    ) -> tuple[int, dict[str, str], bytes, None]:
        world = self.world
        parts = [p for p in path.split("/") if p][1:]

        def ok(body: Any, status: int = 200) -> tuple[int, dict[str, str], bytes, None]:
            return (
                status,
                {"Content-Type": "application/json"},
                json.dumps(body, ensure_ascii=False).encode(),
                None,
            )

        try:
            if parts in ([], ["health"]):
                return ok({"ok": True})
            if parts == ["world"] and method == "GET":
                return ok(self.describe())
            if parts == ["reset"] and method == "POST":
                world.reset()
                self.faults.clear()
                self.webhooks.log.clear()
                return ok({"ok": True})
            if parts == ["config"] and method == "POST":
                if "webhook_url" in params:
                    self.webhooks.url = params["webhook_url"] or None
                if "webhook_shape" in params:
                    self.webhook_shape = params["webhook_shape"]
                if "require_proof" in params:
                    self.require_proof = bool(params["require_proof"])
                if "subscribe_all" in params:
                    for page in world.pages:
                        world.subscriptions[page.id] = ["feed"]
                return ok({"ok": True})
            if parts == ["posts"] and method == "POST":
                post = world.post_add(
                    params["page_id"], params.get("message", ""), created=params.get("created_time")
                )
                return ok({"id": post.id}, 201)
            if parts == ["comments"] and method == "POST":
                author = params.get("from") or {}
                comment = world.comment_add(
                    params["post_id"],
                    params.get("message", ""),
                    from_id=author.get("id"),
                    from_name=author.get("name"),
                    parent_id=params.get("parent_id"),
                    created=params.get("created_time"),
                )
                return ok(world.comment_state(comment.id), 201)
            if len(parts) >= 2 and parts[0] == "comments":
                cid = parts[1]
                if len(parts) == 2 and method == "GET":
                    state = world.comment_state(cid)
                    return ok(state) if state else ok({"error": "not found"}, 404)
                if parts[2:] == ["edit"] and method == "POST":
                    world.comment_edit(cid, params["message"])
                    return ok(world.comment_state(cid))
                if parts[2:] == ["delete"] and method == "POST":
                    world.comment_delete(cid)
                    return ok(world.comment_state(cid))
            if len(parts) == 3 and parts[0] == "pages" and parts[2] == "scopes":
                # Take a permission away from (or give it back to) a page's token.
                page = world.page_by_id[parts[1]]
                info = world.tokens[page.token]
                if method == "POST":
                    remove = set(params.get("remove") or [])
                    info.scopes = [s for s in info.scopes if s not in remove] + [
                        s for s in params.get("add") or [] if s not in info.scopes
                    ]
                return ok({"scopes": list(info.scopes)})
            if len(parts) == 2 and parts[0] == "posts" and method == "GET":
                kind, post = world.resolve(parts[1])
                if kind != "post":
                    return ok({"error": "not found"}, 404)
                extra = world.post_extra.get(post.serial, {})
                return ok({"id": post.id, "message": post.message, **extra})
            if parts == ["activity"] and method == "POST":
                return ok(
                    {
                        "events": world.activity(
                            int(params.get("n", 10)), rng_seed=int(params.get("seed", 0))
                        )
                    }
                )
            if parts == ["faults"]:
                if method == "GET":
                    return ok({"faults": [r.as_dict() for r in self.faults.rules()]})
                if method == "DELETE":
                    self.faults.clear()
                    return ok({"ok": True})
                if method == "POST":
                    spec = dict(params)
                    rule = self.faults.add(
                        spec.pop("kind"),
                        spec.pop("rate", 1.0),
                        page_id=spec.pop("page_id", None),
                        count=spec.pop("count", None),
                        path=spec.pop("path", None),
                        **spec,
                    )
                    return ok(rule.as_dict(), 201)
            if len(parts) == 2 and parts[0] == "faults" and method == "DELETE":
                self.faults.remove(int(parts[1]))
                return ok({"ok": True})
            if parts == ["webhooks", "deliver"] and method == "POST":
                return ok(self.deliver(params))
            if parts == ["webhooks", "flush"] and method == "POST":
                self.webhooks.flush()
                return ok({"ok": True})
            if parts == ["webhooks", "log"] and method == "GET":
                return ok(
                    {
                        "deliveries": [
                            {"status": e["status"], "error": e["error"], "envelope": e["envelope"]}
                            for e in self.webhooks.log
                        ]
                    }
                )
        except (KeyError, ValueError, TypeError) as exc:
            return ok({"error": f"{type(exc).__name__}: {exc}"}, 400)
        return ok({"error": "unknown control endpoint"}, 404)

    def deliver(self, params: dict[str, Any]) -> dict[str, Any]:
        """Deliver a webhook now: for a comment (`comment_id` + `verb`) or raw `changes`."""
        world = self.world
        shape = params.get("shape")
        times = 2 if params.get("duplicate") else int(params.get("times", 1))
        if params.get("comment_id"):
            comment = world.comment_get(params["comment_id"], include_deleted=True)
            if comment is None:
                raise KeyError(params["comment_id"])
            page = world.pages[world.posts[comment.post_serial].page_index]
            values = [self.change_value(params.get("verb", "add"), comment, shape)]
        else:
            page = world.page_by_id[str(params["page_id"])]
            values = list(params.get("changes") or [])
        envelope = self.envelope(page.id, values)
        statuses = self.webhooks.post(envelope, times=times, url=params.get("url"))
        return {"statuses": statuses, "envelope": envelope}

    def describe(self) -> dict[str, Any]:
        world = self.world
        return {
            "seed": world.seed,
            "app_id": world.app_id,
            "version": self.version,
            "counts": {
                "pages": world.n_pages,
                "posts_per_page": world.n_posts,
                "comments_per_post": world.n_comments,
            },
            "pages": [{"id": p.id, "name": p.name, "access_token": p.token} for p in world.pages],
            "webhook_url": self.webhooks.url,
            "calls": self.calls,
        }
