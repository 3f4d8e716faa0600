"""The only writers of posts, corrections and the disaster switch (see each module)."""

from .corrections import correction_decide, correction_execute, correction_request
from .drafts import (
    ImageChanges,
    ImageUpload,
    PostData,
    disaster_mode_set,
    post_acknowledge,
    post_approve,
    post_create,
    post_pause,
    post_transition,
    post_update,
    posts_pause_held,
)
from .worker import post_link_check, post_publish, post_queue_if_due, posts_sweep

__all__ = [
    "ImageChanges",
    "ImageUpload",
    "PostData",
    "correction_decide",
    "correction_execute",
    "correction_request",
    "disaster_mode_set",
    "post_acknowledge",
    "post_approve",
    "post_create",
    "post_link_check",
    "post_pause",
    "post_publish",
    "post_queue_if_due",
    "post_transition",
    "post_update",
    "posts_pause_held",
    "posts_sweep",
]
