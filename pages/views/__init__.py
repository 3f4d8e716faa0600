"""Views for official pages, by idea: applications, the overview (list, detail), the
lifecycle (decide, continue, withdraw), the Facebook connection, and the public registry.
Thin: authenticate, select, validate, call one service."""

from .applications import PageApplyView, PageEditView
from .connection import (
    PageConnectChooseView,
    PageConnectOAuthCallbackView,
    PageConnectOAuthStartView,
    PageConnectView,
)
from .lifecycle import (
    PageActionView,
    PageAnswerContinueView,
    PageCompleteWithdrawalView,
)
from .overview import PageDetailView, PageListView
from .registry import RegistryJsonView, RegistryVerifyView, RegistryView, registry_entry
from .webhooks import PageWebhooksRetryView

__all__ = [
    "PageActionView",
    "PageAnswerContinueView",
    "PageApplyView",
    "PageCompleteWithdrawalView",
    "PageConnectChooseView",
    "PageConnectOAuthCallbackView",
    "PageConnectOAuthStartView",
    "PageConnectView",
    "PageDetailView",
    "PageEditView",
    "PageListView",
    "PageWebhooksRetryView",
    "RegistryJsonView",
    "RegistryVerifyView",
    "RegistryView",
    "registry_entry",
]
