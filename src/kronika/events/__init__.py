"""Events in the PLOVER ontology: a trigger lexicon per language, actors and targets from the
sentence's entity mentions, dates from its time expressions, and modality and negation from cues."""
