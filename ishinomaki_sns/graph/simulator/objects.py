"""The simulated Graph objects (pages, posts, comments, tokens) and the id space and scopes
they are drawn from."""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE_BASE = 102030405060000
POST_BASE = 1_000_000_000_000_000
COMMENT_BASE = 2_000_000_000_000_000
COMMENT_STRIDE = 100_000  # comments per post addressable in ids
USER_BASE = 3_000_000_000_000_000
STAFF_USER_ID = "3999000000000001"
STAFF_USER_NAME = "石巻 市職員"
N_USERS = 2000
SPAM_USER = N_USERS + 1

PAGE_SCOPES = [
    "pages_show_list",
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_engagement",
    "pages_manage_metadata",
    "pages_manage_posts",
    "read_insights",
    "public_profile",
]
PAGE_TASKS = ["ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"]

# The world `make run` serves and `seed_demo` connects its pages to (ids and tokens follow
# from the seed, so both processes agree without talking to each other).
DEMO_WORLD = {"pages": 5, "posts": 40, "comments": 20, "seed": 1}


@dataclass
class Page:
    """A simulated Facebook page with its (fake) page token."""

    index: int
    id: str
    name: str
    category: str
    token: str
    fan_count: int
    followers_count: int

    @property
    def link(self) -> str:
        return f"https://www.facebook.com/{self.id}"


@dataclass
class Post:
    """A post on a page; `base_comments` of its comments are generated from the seed."""

    serial: int
    page_index: int
    id: str
    created: int
    message: str
    is_published: bool
    base_comments: int

    @property
    def part(self) -> str:
        return self.id.split("_", 1)[1]


@dataclass
class Comment:
    """A comment as stored or generated (before the world's edits are applied)."""

    id: str
    post_serial: int
    k: int
    created: int
    message: str
    from_id: str
    from_name: str
    parent_id: str | None = None
    category: str = "ordinary"
    attachment: dict | None = None
    is_page: bool = False


@dataclass
class TokenInfo:
    """What the simulator knows about an access token."""

    type: str  # PAGE, USER, APP
    page_index: int | None = None
    user_id: str | None = None
    scopes: list[str] = field(default_factory=list)
    issued_at: int = 0
    expires_at: int = 0
    # For a USER token from the Login dialog: the pages the person granted (None: all).
    page_ids: list[str] | None = None
