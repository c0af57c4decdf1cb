"""Polish: language identification only, for now."""

from kronika.lang import LanguageProfile

PROFILE = LanguageProfile(code="pl", script="Latin")
