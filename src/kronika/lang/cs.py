"""Czech: language identification only, for now."""

from kronika.lang import LanguageProfile

PROFILE = LanguageProfile(code="cs", script="Latin")
