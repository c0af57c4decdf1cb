"""Who said it, and on whose word: quotes with their speakers, and citation chains.

``marks`` finds quoted passages, ``words`` views a document's tokens with their base
forms, ``find`` reads attributions (cue, source, content) from them, and ``attribute``
resolves speakers, roles and outlets and links citations into chains.
"""
