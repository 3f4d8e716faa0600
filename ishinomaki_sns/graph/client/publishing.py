"""The Graph client's publishing as the page (needs pages_manage_posts): post, upload a
photo, edit, delete, and find a post whose publish answer was lost."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ..errors import GoneGraphError
from ..times import parse_time, to_unix
from .transport import GraphTransport, _page_of


class GraphPublishing(GraphTransport):
    """The city's own posts, written as the page."""

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
