"""Entity linking: every mention to one persistent entity across documents, outlets and languages.

Layers, in order: mentions of one document are grouped (coref.py); each group is
matched to an entity in the store by script-neutral name keys (keys.py), which
also match the starter knowledge base of countries, leaders and organisations
(kb.py); a group that matches nothing becomes a new entity (linker.py).
"""
