"""All options in one typed object; the CLI and the API map onto it."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_LANGUAGES = ("ru", "uk", "en", "be", "bg", "pl", "cs", "sl", "de", "fr")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KRONIKA_")

    db: str = "sqlite:///kronika.db"
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    max_bytes: int = 20 * 1024 * 1024
    fetch_timeout: float = 15.0
    max_redirects: int = 5
    user_agent: str = "kronika/0.1 (open-source news analysis tool)"
    follow_feed_links_below_chars: int = 600
    near_duplicate_threshold: float = 0.8
    # Link mentions to entities in the registry while ingesting (off: mentions keep no entity).
    link_entities: bool = True
    # Gather articles into stories while ingesting (off: no embeddings, documents keep no story).
    cluster_stories: bool = True
