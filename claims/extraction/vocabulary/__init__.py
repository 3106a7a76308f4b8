"""The vocabulary every extraction rule reads, in one place: number words and scales
(`numbers`), currencies (`currencies`), units (`units`, with quantulum3's `catalogue`),
months and periods (`time`), verbs of change, saying, having and linking (`verbs`),
plurals (`plurals`), and the other words and parse labels the rules look for (`words`).

A new word is a one-line change here, with a row in the case table of the rule that
reads it.
"""
