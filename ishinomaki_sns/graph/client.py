"""The one Graph API client: everything in the portal that talks to Facebook goes through it.

- `appsecret_proof` on every call carrying a token; the pinned version in every path.
- Connect/read timeouts; transport failures, 5xx and unreadable bodies become
  `TransientGraphError` (no token in any message or chained traceback).
- Pagination follows `paging.next` exactly as given until it is absent.
- Usage headers feed a `PageUsageMeter` (shared through Redis): a paused page is not called at
  all (`ThrottledGraphError` at once), a page above ~80 % is slowed down.

Tests and the demo point `FACEBOOK_GRAPH_URL` at the simulator; nothing else differs.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from .errors import (
    GoneGraphError,
    GraphError,
    GraphUnreachableError,
    ThrottledGraphError,
    TransientGraphError,
    classify,
    decode_json,
)
from .times import parse_time, to_unix
from .usage import PageUsageMeter

__all__ = [
    "COMMENT_FIELDS",
    "POST_FIELDS",
    "REQUIRED_SCOPES",
    "GraphClient",
    "InsightsResult",
    "appsecret_proof",
    "feed_fields",
    "parse_time",
]

COMMENT_FIELDS: tuple[str, ...] = (
    "id",
    "message",
    "from",
    "created_time",
    "parent{id}",
    "is_hidden",
    "can_hide",
    "can_remove",
    "permalink_url",
    "attachment",
)
POST_FIELDS: tuple[str, ...] = (
    "id",
    "message",
    "created_time",
    "updated_time",
    "is_published",
    "permalink_url",
    "from",
)
# What a connected page's token must carry (checked daily with debug_token).
REQUIRED_SCOPES: tuple[str, ...] = (
    "pages_show_list",
    "pages_read_engagement",
    "pages_read_user_content",
    "pages_manage_engagement",
    "pages_manage_metadata",
)
# Publishing the city's own posts (POST /{page-id}/feed and /photos, edit, delete).
PUBLISH_SCOPE = "pages_manage_posts"
LOGIN_SCOPES: tuple[str, ...] = REQUIRED_SCOPES + ("read_insights", PUBLISH_SCOPE)
NESTED_COMMENT_LIMIT = 100
_SHARED_METER: Any = object()  # from_settings' default: the Redis-backed meter


def feed_fields(
    post_fields: Iterable[str] = POST_FIELDS,
    comment_fields: Iterable[str] = COMMENT_FIELDS,
    comment_limit: int = NESTED_COMMENT_LIMIT,
) -> str:
    """`id,message,...,comments.limit(100).filter(stream){id,message,...}`."""
    nested = ",".join(comment_fields)
    return ",".join(post_fields) + f",comments.limit({comment_limit}).filter(stream){{{nested}}}"


def appsecret_proof(access_token: str, app_secret: str) -> str:
    """Hex HMAC-SHA256 of the access token keyed with the app secret."""
    return hmac.new(app_secret.encode(), access_token.encode(), hashlib.sha256).hexdigest()


def _page_of(object_id: str) -> str | None:
    """The page id of a post id `{page-id}_{post-id}` (None for other ids)."""
    head, sep, _ = str(object_id).partition("_")
    return head if sep else None


@dataclass
class InsightsResult:
    """Insights per metric: `series[name] = [{"end_time": datetime|None, "value": ...}]`;
    `invalid` lists the metrics Facebook rejected (removed or unknown)."""

    series: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    invalid: list[str] = field(default_factory=list)
    raw: list[dict[str, Any]] = field(default_factory=list)


class GraphClient:
    """A Graph API client bound to one app. Thread-compatible (one per thread is simplest).

    `calls` counts HTTP requests made (benchmarks report Graph calls per comment).
    """

    def __init__(
        self,
        base_url: str,
        version: str,
        app_id: str,
        app_secret: str,
        timeout: tuple[float, float] = (3.05, 30.0),
        session: requests.Session | None = None,
        meter: PageUsageMeter | None = None,
        *,
        dialog_url: str = "https://www.facebook.com",
        sleep: Callable[[float], None] = time.sleep,
        max_slowdown: float = 30.0,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.version = version
        self.app_id = str(app_id)
        self._app_secret = app_secret
        self.timeout = timeout
        self.session = session or requests.Session()
        self.session.headers.setdefault("User-Agent", "ishinomaki-sns-portal/1.0")
        self.meter = meter
        self.dialog_url = dialog_url.rstrip("/")
        self.sleep = sleep
        self.max_slowdown = max_slowdown
        self.calls = 0
        self.last_api_version: str | None = None

    def __repr__(self) -> str:  # never show the secret
        return f"<GraphClient {self.base_url}/{self.version} app={self.app_id}>"

    @classmethod
    def from_settings(
        cls, *, meter: Any = _SHARED_METER, session: requests.Session | None = None
    ) -> GraphClient:
        """The client configured from Django settings, with the Redis-backed page meter
        (pass `meter=None` for none, or a meter of your own)."""
        from django.conf import settings

        return cls(
            base_url=settings.FACEBOOK_GRAPH_URL,
            version=settings.FACEBOOK_GRAPH_VERSION,
            app_id=settings.FACEBOOK_APP_ID,
            app_secret=settings.FACEBOOK_APP_SECRET,
            timeout=(
                getattr(settings, "FACEBOOK_GRAPH_CONNECT_TIMEOUT", 3.05),
                getattr(settings, "FACEBOOK_GRAPH_READ_TIMEOUT", 30.0),
            ),
            session=session,
            meter=PageUsageMeter() if meter is _SHARED_METER else meter,
            dialog_url=getattr(settings, "FACEBOOK_DIALOG_URL", "https://www.facebook.com"),
        )

    # --- transport ---------------------------------------------------------------------------
    def _url(self, path: str) -> str:
        path = path.lstrip("/")
        first = path.split("/", 1)[0]
        if first.startswith("v") and first[1:].replace(".", "").isdigit():
            path = path.split("/", 1)[1] if "/" in path else ""
        return f"{self.base_url}/{self.version}/{path}"

    def _before_call(self, page_id: str | None) -> None:
        if not (self.meter and page_id):
            return
        until = self.meter.paused_until(page_id)
        if until is not None:
            remaining = max(until.timestamp() - time.time(), 0.0)
            raise ThrottledGraphError(
                "Page is paused after throttling; not calling Facebook",
                retry_after=remaining,
                page_id=page_id,
            )
        delay = self.meter.delay(page_id)
        if delay > 0:
            self.sleep(min(delay, self.max_slowdown))

    def _send(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        data: Mapping[str, Any] | None = None,
        page_id: str | None = None,
        files: Mapping[str, Any] | None = None,
    ) -> Any:
        self._before_call(page_id)
        self.calls += 1
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                data=data,
                files=files,
                timeout=self.timeout,
                allow_redirects=False,
            )
            body = response.content
        except requests.Timeout:
            raise TransientGraphError("Graph API call timed out", is_transient=True) from None
        except requests.ConnectionError as exc:
            raise GraphUnreachableError(
                f"Graph API connection failed ({type(exc).__name__})", is_transient=True
            ) from None
        except requests.RequestException as exc:
            # The exception text contains the URL (and so the token): keep only its class.
            raise TransientGraphError(
                f"Graph API connection failed ({type(exc).__name__})", is_transient=True
            ) from None
        headers = response.headers
        self.last_api_version = headers.get("facebook-api-version")
        if self.meter is not None:
            self.meter.record(headers, page_id)
        payload = decode_json(body)
        if (
            response.status_code >= 400
            or payload is None
            or (isinstance(payload, dict) and "error" in payload)
        ):
            error = classify(payload, response.status_code, headers)
            if isinstance(error, ThrottledGraphError):
                error.page_id = error.page_id or page_id
                if self.meter is not None and error.page_id:
                    error.retry_after = self.meter.throttled(error.page_id, error.retry_after)
            raise error
        if self.meter is not None and page_id:
            self.meter.succeeded(page_id)
        return payload

    def _auth(self, params: Mapping[str, Any] | None, access_token: str | None) -> dict[str, Any]:
        merged = {k: v for k, v in (params or {}).items() if v is not None}
        if access_token:
            merged["access_token"] = access_token
            merged["appsecret_proof"] = appsecret_proof(access_token, self._app_secret)
        return merged

    def get(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Any:
        """GET /{version}/{path}; returns the decoded JSON."""
        return self._send(
            "GET", self._url(path), params=self._auth(params, access_token), page_id=page_id
        )

    def post(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Any:
        """POST /{version}/{path} with form fields (token in the body, not the URL)."""
        return self._send(
            "POST", self._url(path), data=self._auth(params, access_token), page_id=page_id
        )

    def delete(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Any:
        """DELETE /{version}/{path}."""
        return self._send(
            "DELETE", self._url(path), params=self._auth(params, access_token), page_id=page_id
        )

    def _follow(self, next_url: str, access_token: str | None, page_id: str | None) -> Any:
        """GET a `paging.next` URL as given. It already carries the token; we only add the
        proof if absent, and refuse to send anything to another host."""
        ours, theirs = urlsplit(self.base_url), urlsplit(next_url)
        if (ours.scheme, ours.netloc) != (theirs.scheme, theirs.netloc):
            raise GraphError("paging.next points to an unexpected host; not following it")
        query = parse_qs(theirs.query)
        extra: dict[str, str] = {}
        token = (query.get("access_token") or [access_token or ""])[0]
        if "access_token" not in query and access_token:
            extra["access_token"] = access_token
        if token and "appsecret_proof" not in query:
            extra["appsecret_proof"] = appsecret_proof(token, self._app_secret)
        return self._send("GET", next_url, params=extra or None, page_id=page_id)

    def _follow_all(
        self, payload: Mapping[str, Any], access_token: str | None, page_id: str | None
    ) -> Iterator[dict]:
        seen: set[str] = set()
        while True:
            yield from payload.get("data") or []
            next_url = (payload.get("paging") or {}).get("next")
            if not next_url:
                return
            if next_url in seen:  # a server bug must not become an endless loop
                raise TransientGraphError("paging.next repeated itself", is_transient=True)
            seen.add(next_url)
            payload = self._follow(next_url, access_token, page_id)

    def paginate(
        self,
        path: str,
        params: Mapping[str, Any] | None = None,
        access_token: str | None = None,
        *,
        page_id: str | None = None,
    ) -> Iterator[dict]:
        """Every item of an edge, following `paging.next` until it is absent (an empty page
        with `next` continues). Streams: one page of results in memory at a time."""
        first = self.get(path, params, access_token, page_id=page_id)
        yield from self._follow_all(first, access_token, page_id)

    # --- posts and comments --------------------------------------------------------------------
    def feed(
        self,
        page_id: str,
        access_token: str,
        *,
        since: datetime | int | None = None,
        until: datetime | int | None = None,
        fields: str | None = None,
        limit: int = 25,
        edge: str = "feed",
    ) -> Iterator[dict]:
        """The page's posts (newest first) with their comments expanded in one go.

        Each yielded post is Facebook's JSON; when comments were requested, `post["comments"]`
        is `{"data": [every comment]}`: nested lists that have a `next` page are continued
        through `/{post-id}/comments?after=...`. Fails with code 1 ("reduce the amount of
        data") are retried once per halving of `limit`.
        """
        fields = fields or feed_fields()
        params: dict[str, Any] = {"fields": fields, "limit": limit}
        if since is not None:
            params["since"] = to_unix(since)
        if until is not None:
            params["until"] = to_unix(until)
        wants_comments = "comments" in fields
        while True:
            try:
                first = self.get(f"{page_id}/{edge}", params, access_token, page_id=page_id)
                break
            except TransientGraphError as exc:
                if (
                    exc.code == 1
                    and "reduce the amount" in exc.message.lower()
                    and params["limit"] > 1
                ):
                    params["limit"] = max(params["limit"] // 2, 1)
                    continue
                raise
        for post in self._follow_all(first, access_token, page_id):
            if wants_comments:
                nested = post.get("comments") or {}
                data = list(nested.get("data") or [])
                next_url = (nested.get("paging") or {}).get("next")
                if next_url:
                    more = self._follow(next_url, access_token, page_id)
                    data.extend(self._follow_all(more, access_token, page_id))
                post["comments"] = {"data": data}
                if "summary" in nested:
                    post["comments"]["summary"] = nested["summary"]
            yield post

    def feed_updated(
        self,
        page_id: str,
        access_token: str,
        since: datetime | int | None = None,
        *,
        limit: int = 100,
    ) -> Iterator[dict]:
        """`{"id", "updated_time": aware datetime}` of every post changed at or after `since`
        (all posts when None). `updated_time` moves when a post's comments change, so this is
        the cheap way to find new comments on old posts; the feed is ordered by creation, so
        the whole list is read (one call per `limit` posts)."""
        threshold = parse_time(since) if since is not None else None
        for post in self.paginate(
            f"{page_id}/feed",
            {"fields": "id,updated_time,created_time", "limit": limit},
            access_token,
            page_id=page_id,
        ):
            updated = parse_time(post.get("updated_time") or post.get("created_time"))
            if threshold is None or (updated is not None and updated >= threshold):
                yield {"id": post["id"], "updated_time": updated}

    def comments(
        self,
        object_id: str,
        access_token: str,
        *,
        since: datetime | int | None = None,
        fields: Iterable[str] = COMMENT_FIELDS,
        order: str = "reverse_chronological",
        limit: int = 100,
        page_id: str | None = None,
    ) -> Iterator[dict]:
        """Every comment on a post (or replies to a comment), replies included, flat
        (`filter=stream`), newest first by default, optionally only those created since."""
        params: dict[str, Any] = {
            "filter": "stream",
            "order": order,
            "summary": "true",
            "limit": limit,
            "fields": ",".join(fields),
        }
        if since is not None:
            params["since"] = to_unix(since)
        yield from self.paginate(
            f"{object_id}/comments", params, access_token, page_id=page_id or _page_of(object_id)
        )

    # --- moderation ----------------------------------------------------------------------------
    def set_comment_hidden(
        self, comment_id: str, access_token: str, hidden: bool, *, page_id: str | None = None
    ) -> bool:
        """Hide or unhide a comment. True when Facebook confirmed; False when the comment is
        already gone (nothing left to hide: treat as done)."""
        try:
            result = self.post(
                comment_id,
                {"is_hidden": "true" if hidden else "false"},
                access_token,
                page_id=page_id,
            )
        except GoneGraphError:
            return False
        return bool(result.get("success", True)) if isinstance(result, dict) else True

    def delete_comment(
        self, comment_id: str, access_token: str, *, page_id: str | None = None
    ) -> bool:
        """Delete a comment. True when deleted now, False when it was already gone (done)."""
        try:
            self.delete(comment_id, None, access_token, page_id=page_id)
        except GoneGraphError:
            return False
        return True

    def block_user(self, page_id: str, user_id: str, access_token: str) -> bool:
        """Block a person from the page (`{"USER_ID": true}`). Some blocks cannot be undone."""
        result = self.post(f"{page_id}/blocked", {"user": user_id}, access_token, page_id=page_id)
        return bool(isinstance(result, dict) and result.get(str(user_id)))

    # --- publishing as the page (needs pages_manage_posts) -------------------------------------
    def publish_post(
        self,
        page_id: str,
        access_token: str,
        *,
        message: str,
        link: str = "",
        photo_ids: Iterable[str] = (),
    ) -> str:
        """`POST /{page-id}/feed` with the message, an optional link and photos uploaded
        before (unpublished); returns the new post's id `{page-id}_{post-id}`."""
        params: dict[str, Any] = {"message": message}
        if link:
            params["link"] = link
        for index, photo_id in enumerate(photo_ids):
            params[f"attached_media[{index}]"] = f'{{"media_fbid":"{photo_id}"}}'
        result = self.post(f"{page_id}/feed", params, access_token, page_id=page_id)
        return str(result["id"])

    def upload_photo(
        self, page_id: str, access_token: str, *, content: bytes, filename: str, alt_text: str
    ) -> str:
        """`POST /{page-id}/photos` with `published=false` (multipart); returns the photo id
        to attach to a feed post. An unpublished photo nobody attaches stays invisible."""
        fields = self._auth({"published": "false", "alt_text_custom": alt_text}, access_token)
        result = self._send(
            "POST",
            self._url(f"{page_id}/photos"),
            data=fields,
            files={"source": (filename, content)},
            page_id=page_id,
        )
        return str(result["id"])

    def edit_post(self, post_id: str, access_token: str, *, message: str) -> bool:
        """`POST /{post-id}` with the corrected message."""
        result = self.post(post_id, {"message": message}, access_token, page_id=_page_of(post_id))
        return bool(result.get("success", True)) if isinstance(result, dict) else True

    def delete_post(self, post_id: str, access_token: str) -> bool:
        """`DELETE /{post-id}`. True when deleted now, False when it was already gone."""
        try:
            self.delete(post_id, None, access_token, page_id=_page_of(post_id))
        except GoneGraphError:
            return False
        return True

    def find_post(
        self, page_id: str, access_token: str, *, message: str, since: datetime
    ) -> str | None:
        """The id of the page's post created at or after `since` whose message is exactly
        `message` (how a publish whose answer was lost is found again), or None."""
        for post in self.paginate(
            f"{page_id}/feed",
            {"fields": "id,message,created_time", "since": to_unix(since), "limit": 25},
            access_token,
            page_id=page_id,
        ):
            created = parse_time(post.get("created_time"))
            if post.get("message", "") == message and created is not None and created >= since:
                return str(post["id"])
        return None

    # --- tokens, pages, login ------------------------------------------------------------------
    @property
    def app_token(self) -> str:
        return f"{self.app_id}|{self._app_secret}"

    def debug_token(self, input_token: str) -> dict:
        """`/debug_token` inner `data`: is_valid, type, scopes, expires_at, ... (with the app
        token, so it also works for dead tokens)."""
        result = self.get("debug_token", {"input_token": input_token}, self.app_token)
        return dict(result.get("data") or {})

    def get_page(
        self,
        page_id: str,
        access_token: str,
        fields: Iterable[str] = ("id", "name", "link", "fan_count", "followers_count"),
    ) -> dict:
        """The page node with the given fields."""
        return self.get(page_id, {"fields": ",".join(fields)}, access_token, page_id=page_id)

    def oauth_dialog_url(
        self, redirect_uri: str, state: str, scopes: Iterable[str] = LOGIN_SCOPES
    ) -> str:
        """Where to send a staff member to connect pages (Facebook Login dialog)."""
        query = urlencode(
            {
                "client_id": self.app_id,
                "redirect_uri": redirect_uri,
                "state": state,
                "scope": ",".join(scopes),
                "response_type": "code",
            }
        )
        return f"{self.dialog_url}/{self.version}/dialog/oauth?{query}"

    def exchange_code(self, code: str, redirect_uri: str) -> str:
        """The user access token for a Login dialog `code` (same redirect_uri as the dialog)."""
        result = self.get(
            "oauth/access_token",
            {
                "client_id": self.app_id,
                "redirect_uri": redirect_uri,
                "client_secret": self._app_secret,
                "code": code,
            },
        )
        return str(result["access_token"])

    def exchange_long_lived_user_token(self, user_token: str) -> str:
        """A long-lived (~60 days) user token; page tokens minted from it never expire."""
        result = self.get(
            "oauth/access_token",
            {
                "grant_type": "fb_exchange_token",
                "client_id": self.app_id,
                "client_secret": self._app_secret,
                "fb_exchange_token": user_token,
            },
        )
        return str(result["access_token"])

    def me_accounts(self, user_token: str) -> list[dict]:
        """The pages the user can act on: id, name, access_token (page token), tasks."""
        return list(
            self.paginate(
                "me/accounts", {"fields": "id,name,access_token,tasks", "limit": 100}, user_token
            )
        )

    def subscribe_app(
        self, page_id: str, access_token: str, fields: Iterable[str] = ("feed",)
    ) -> bool:
        """Subscribe our app to the page's webhooks (needs pages_manage_metadata)."""
        result = self.post(
            f"{page_id}/subscribed_apps",
            {"subscribed_fields": ",".join(fields)},
            access_token,
            page_id=page_id,
        )
        return bool(isinstance(result, dict) and result.get("success"))

    # --- insights ------------------------------------------------------------------------------
    def page_insights(
        self,
        page_id: str,
        access_token: str,
        metrics: Iterable[str],
        since: datetime | int,
        until: datetime | int,
        period: str = "day",
    ) -> InsightsResult:
        """Daily (by default) values per metric. Facebook rejects the whole request when one
        metric is invalid (removed, e.g. page_impressions since 2025-11-15); then each metric
        is asked for alone so the valid ones still arrive and the invalid ones are reported."""
        params = {"period": period, "since": to_unix(since), "until": to_unix(until)}
        return self._insights(page_id, access_token, list(metrics), params, page_id)

    def post_insights(
        self, post_id: str, access_token: str, metrics: Iterable[str], period: str = "lifetime"
    ) -> InsightsResult:
        """Lifetime values of post metrics (e.g. post_media_view), invalid ones reported."""
        return self._insights(
            post_id, access_token, list(metrics), {"period": period}, _page_of(post_id)
        )

    def _insights(
        self,
        object_id: str,
        access_token: str,
        metrics: list[str],
        params: dict[str, Any],
        page_id: str | None,
    ) -> InsightsResult:
        result = InsightsResult()
        if not metrics:
            return result
        try:
            self._insights_into(result, object_id, access_token, metrics, params, page_id)
            return result
        except GraphError as exc:
            if not _is_invalid_metric(exc):
                raise
        if len(metrics) == 1:
            result.invalid.append(metrics[0])
            return result
        # Facebook rejects the whole request for one invalid metric: ask for each alone.
        for name in metrics:
            try:
                self._insights_into(result, object_id, access_token, [name], params, page_id)
            except GraphError as single:
                if not _is_invalid_metric(single):
                    raise
                result.invalid.append(name)
        return result

    def _insights_into(
        self,
        result: InsightsResult,
        object_id: str,
        access_token: str,
        metrics: list[str],
        params: dict[str, Any],
        page_id: str | None,
    ) -> None:
        payload = self.get(
            f"{object_id}/insights",
            {**params, "metric": ",".join(metrics)},
            access_token,
            page_id=page_id,
        )
        for item in payload.get("data") or []:
            result.raw.append(item)
            values = [
                {"end_time": parse_time(v.get("end_time")), "value": v.get("value")}
                for v in item.get("values") or []
            ]
            result.series.setdefault(item.get("name", ""), []).extend(values)


def _is_invalid_metric(exc: GraphError) -> bool:
    return exc.code == 100 and "metric" in exc.message.lower()
