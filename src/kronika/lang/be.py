"""Belarusian: language identification only, for now."""

from kronika.lang import LanguageProfile

PROFILE = LanguageProfile(code="be", script="Cyrillic")
