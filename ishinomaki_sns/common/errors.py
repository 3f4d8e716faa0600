"""Domain errors: raised by services, turned into a message by views (never a 500)."""


class DomainError(Exception):
    """A rule of the domain refused the request; `message` is safe to show to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PermissionDeniedError(DomainError):
    """The actor may not do this to this object."""


class InvalidTransitionError(DomainError):
    """The object's current state does not allow this action."""
