"""Scoring kronika against public gold: readers of annotated corpora and the scorers that `kronika eval` runs."""
