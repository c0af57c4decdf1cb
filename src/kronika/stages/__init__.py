"""The built-in stages, registered in one place and in pipeline order."""

from kronika.pipeline import stages
from kronika.stages.clean import Clean
from kronika.stages.entities import EntityRecognizer
from kronika.stages.events import EventCoder
from kronika.stages.language import LanguageIdentifier
from kronika.stages.quotes import QuoteFinder
from kronika.stages.segment import Segmenter
from kronika.stages.times import TimeResolver

stages.register("clean")(Clean)
stages.register("language")(LanguageIdentifier)
stages.register("sentences")(Segmenter)
stages.register("entities")(EntityRecognizer)
stages.register("times")(TimeResolver)
stages.register("events")(EventCoder)
stages.register("quotes")(QuoteFinder)

# Cheap stages that decide a document's identity, run before deduplication.
PREPARE = ("clean",)
# Everything that annotates a document once it is known to be new.
ANNOTATE = ("language", "sentences", "entities", "times", "events", "quotes")


def through(name: str) -> tuple[str, ...]:
    """The annotate stages up to and including ``name``: what evaluating that layer needs."""
    return ANNOTATE[: ANNOTATE.index(name) + 1]
