"""Scoring kronika against public gold: readers of annotated corpora and the scorers that `kronika eval` runs."""


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall; 0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def precision_recall_f1(hits_found: int, found: int, hits_gold: int, gold: int) -> tuple[float, float, float]:
    """Scores where a hit may be counted on each side (relaxed matching can pair one to many)."""
    precision = hits_found / found if found else 0.0
    recall = hits_gold / gold if gold else 0.0
    return precision, recall, harmonic_mean(precision, recall)
