"""Stories: articles about one story, in any language, gathered as they arrive.

``features`` reads what a story is recognised by (a multilingual embedding of the title and
lead, the linked entities, the date); ``index`` assigns each new article to a story or
starts one, without re-clustering what is stored.
"""
