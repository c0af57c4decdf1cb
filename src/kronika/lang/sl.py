"""Slovene: language identification only, for now."""

from kronika.lang import LanguageProfile

PROFILE = LanguageProfile(code="sl", script="Latin")
