"""Events in the PLOVER ontology: a trigger lexicon per language, actors and targets from the
sentence's entity mentions, or as the subject and object noun phrases where no name covers a party
(``kronika.events.parties``), dates from its time expressions, and modality and negation from cues."""
