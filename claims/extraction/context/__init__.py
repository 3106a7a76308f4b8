"""What a figure's sentence says about it, read from the dependency parse: what it
measures (`measured`, with `phrases`), the noun a bare count counts (`counted`), the
word that stands for it (`roots`), the subjects and objects of its verbs (`subjects`)
and the change stated for it (`direction`); `describe` puts them together.
"""
