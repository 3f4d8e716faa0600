"""Views for official pages, by idea: the lifecycle (apply, decide, continue, withdraw),
the Facebook connection, and the public registry. Thin: authenticate, select, validate,
call one service."""

from .connection import (
    PageConnectChooseView,
    PageConnectOAuthCallbackView,
    PageConnectOAuthStartView,
    PageConnectView,
)
from .lifecycle import (
    PageActionView,
    PageAnswerContinueView,
    PageApplyView,
    PageCompleteWithdrawalView,
    PageDetailView,
    PageEditView,
    PageListView,
)
from .registry import RegistryJsonView, RegistryVerifyView, RegistryView, registry_entry

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
    "RegistryJsonView",
    "RegistryVerifyView",
    "RegistryView",
    "registry_entry",
]
