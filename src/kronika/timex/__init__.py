"""Time expressions: found by per-language patterns, resolved to ISO 8601 / TimeML values.

A relative expression ("у вівторок", "три дня назад", "last Friday", "в июле")
is resolved against an anchor: the document's publication date, or failing
that the last full date the text itself stated. A bare month or day is given
the year that makes it the nearest past date, unless the sentence points forward
("планує відвідати у вересні").
"""
