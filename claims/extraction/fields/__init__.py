"""The owners of a claim's fields: one function per field, trying named rules in order.

Each owner reads the `Evidence` about one figure (the figure as written, the parse of
its sentence) and returns a `claims.extraction.trace.Decided`: the field's value and the
rule that gave it. Owners may read the decisions of fields decided before them (kind
reads the unit's), never change them.
"""
