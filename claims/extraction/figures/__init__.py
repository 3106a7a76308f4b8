"""Figures as the text writes them: number, scale, currency or unit, hedge, range.

The regex half of extraction, which needs no parse: `scan` reads each number of a
sentence (`reading`, from what is `written` around it), joins neighbours into ranges,
changes and alternatives (`joining`), and asks `claims.extraction.claimhood` which
are claims.
"""
