"""The shapes the later rounds of default rules (10 and on) are written in: a pattern's
config, and the quoted or reported forms of a rule's terms that the rule itself excuses.

Pure data helpers, one definition for every round module.
"""

from __future__ import annotations

# The ways of quoting or reporting (of round 5's list) short enough to follow a term
# directly: 「殺す」という, バカとか言われ, 死ねって言われた.
SHORT_TAILS = ("という", "とか言", "と言", "って言", "なんて", "などと", "はやめ", "のはやめ")


def short_tails(reporting_tails: list[str]) -> list[str]:
    """The short ones among ``reporting_tails``, in their order."""
    return [tail for tail in reporting_tails if tail in SHORT_TAILS]


def reported_forms(terms: list[str], tails: list[str]) -> list[str]:
    """Each plain term followed by each tail, as substrings: the term quoted or reported
    (lemma and substring terms have no single written form to quote)."""
    plain = [t for t in terms if not t.startswith(("lemma:", "substr:"))]
    return [f"substr:{term}{tail}" for term in plain for tail in tails]


def pattern(target, predicate, exceptions=(), scope="sentence") -> dict:
    """A pattern rule's config. The rarer half should be the predicate: a message is read
    as words only when a predicate is in it, so a common word (市役所, もっと, 今夜) belongs
    in the target (see .matching)."""
    return {
        "target": target,
        "predicate": predicate,
        "exceptions": list(exceptions),
        "scope": scope,
    }
