"""URLs fetched politely: timeouts, a size cap, bounded redirects, an honest user agent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from kronika.errors import Reason, RejectedInputError
from kronika.settings import Settings


@dataclass(slots=True, frozen=True)
class Fetched:
    url: str
    content_type: str
    body: bytes
    charset: str | None
    fetched: datetime


class Fetcher:
    """One HTTP client reused across a batch; the only way kronika reaches the network."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._client: httpx.Client | None = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=self._settings.fetch_timeout,
                follow_redirects=True,
                max_redirects=self._settings.max_redirects,
                headers={"User-Agent": self._settings.user_agent},
            )
        return self._client

    def fetch(self, url: str) -> Fetched:
        limit = self._settings.max_bytes
        try:
            with self._http().stream("GET", url) as response:
                if response.status_code >= 400:
                    raise RejectedInputError(Reason.HTTP_ERROR, f"HTTP {response.status_code} {response.reason_phrase}")
                declared = int(response.headers.get("content-length") or 0)
                if declared > limit:
                    raise RejectedInputError(
                        Reason.TOO_LARGE, f"response is {declared:,} bytes, above the {limit:,}-byte limit"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise RejectedInputError(Reason.TOO_LARGE, f"response exceeds the {limit:,}-byte limit")
                    chunks.append(chunk)
                return Fetched(
                    url=str(response.url),
                    content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                    body=b"".join(chunks),
                    charset=response.charset_encoding,
                    fetched=datetime.now(UTC),
                )
        except httpx.TooManyRedirects as error:
            raise RejectedInputError(Reason.UNREACHABLE, f"too many redirects ({error})") from error
        except httpx.TimeoutException as error:
            raise RejectedInputError(
                Reason.UNREACHABLE, f"timed out after {self._settings.fetch_timeout:g} s"
            ) from error
        except httpx.HTTPError as error:
            raise RejectedInputError(Reason.UNREACHABLE, f"unreachable ({type(error).__name__}: {error})") from error

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
