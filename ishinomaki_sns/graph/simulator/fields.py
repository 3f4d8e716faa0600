"""Parser for the Graph API `fields=` syntax, including nested edges:
`id,message,comments.limit(100).filter(stream){id,from,parent{id}}`."""

from __future__ import annotations

from dataclasses import dataclass, field


class FieldSyntaxError(ValueError):
    """The fields parameter cannot be parsed."""


@dataclass
class FieldSpec:
    """One requested field: its name, modifiers (`limit(10)` -> {"limit": "10"}), and the
    sub-fields of a `{...}` block (None when there is none) with their raw text."""

    name: str
    modifiers: dict[str, str] = field(default_factory=dict)
    children: list[FieldSpec] | None = None
    children_text: str | None = None

    def child_names(self) -> list[str]:
        return [c.name for c in self.children or []]


def parse_fields(text: str | None) -> list[FieldSpec]:
    """Parse a fields string; raises FieldSyntaxError on unbalanced or empty parts."""
    if text is None:
        return []
    parser = _Parser(text)
    specs = parser.parse_list(top=True)
    return specs


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def _skip_ws(self) -> None:
        while self._peek().isspace():
            self.pos += 1

    def _name(self) -> str:
        self._skip_ws()
        start = self.pos
        while self._peek() and (self._peek().isalnum() or self._peek() in "_-"):
            self.pos += 1
        name = self.text[start : self.pos]
        if not name:
            raise FieldSyntaxError(f"expected a field name at position {start}")
        return name

    def parse_list(self, top: bool = False) -> list[FieldSpec]:
        specs: list[FieldSpec] = []
        while True:
            self._skip_ws()
            if top and self.pos >= len(self.text):
                if not specs:
                    return specs
                raise FieldSyntaxError("trailing comma")
            specs.append(self._item())
            self._skip_ws()
            char = self._peek()
            if char == ",":
                self.pos += 1
                continue
            if top and char == "":
                return specs
            if not top and char == "}":
                return specs
            raise FieldSyntaxError(f"unexpected {char!r} at position {self.pos}")

    def _item(self) -> FieldSpec:
        spec = FieldSpec(self._name())
        while True:
            self._skip_ws()
            char = self._peek()
            if char == ".":
                self.pos += 1
                modifier = self._name()
                self._skip_ws()
                if self._peek() != "(":
                    raise FieldSyntaxError(f"expected '(' after .{modifier}")
                end = self.text.find(")", self.pos)
                if end < 0:
                    raise FieldSyntaxError("unbalanced parenthesis")
                spec.modifiers[modifier] = self.text[self.pos + 1 : end].strip()
                self.pos = end + 1
            elif char == "{":
                if spec.children is not None:
                    raise FieldSyntaxError("two {...} blocks for one field")
                self.pos += 1
                start = self.pos
                spec.children = self.parse_list()
                spec.children_text = self.text[start : self.pos].strip()
                self.pos += 1  # the closing brace
            else:
                return spec
