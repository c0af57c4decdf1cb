"""French: language identification only, for now."""

from kronika.lang import LanguageProfile

PROFILE = LanguageProfile(code="fr", script="Latin")
