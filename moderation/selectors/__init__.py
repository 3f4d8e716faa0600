"""Reads for screening rules, the engine built from the stored enabled rules, and the review
(queue, item, history, outbox, audit log, rule report), always scoped to the user.

One module per idea; every name is re-exported here, so ``moderation.selectors.X`` keeps
working: open flags (:mod:`.flags`), rules (:mod:`.rules`), crisis mode (:mod:`.crisis`),
the review (:mod:`.review`), the audit log (:mod:`.audit`) and the queue at volume
(:mod:`.queue`).
"""

from .audit import *  # noqa: F403
from .crisis import *  # noqa: F403
from .flags import *  # noqa: F403
from .review import *  # noqa: F403
from .rules import *  # noqa: F403
