"""Error and rejection codes, kept in one place so messages stay consistent."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Why an input item was not stored. The value is the stable code."""

    EMPTY = "K001"
    BINARY = "K002"
    TOO_LARGE = "K003"
    UNDECODABLE = "K004"
    NO_TEXT = "K005"
    MALFORMED = "K006"
    UNREACHABLE = "K007"
    HTTP_ERROR = "K008"
    UNSUPPORTED = "K009"
    NOT_FOUND = "K010"
    UNEXPECTED = "K099"


@dataclass(slots=True, frozen=True)
class Rejected:
    """An input item that could not become a Document, and why."""

    item: str
    reason: Reason
    detail: str

    def __str__(self) -> str:
        return f"{self.item}: {self.detail} [{self.reason.value}]"


class KronikaError(Exception):
    """Base class for errors the library raises; the CLI turns them into one line."""


class PipelineError(KronikaError):
    """A pipeline was built with a stage whose requirements nothing provides."""


class StoreError(KronikaError):
    """The store could not be opened or migrated."""


class RejectedInputError(KronikaError):
    """Raised inside a reader; the ingest loop turns it into a ``Rejected`` line."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
