"""German: language identification only, for now."""

from kronika.lang import LanguageProfile

PROFILE = LanguageProfile(code="de", script="Latin")
