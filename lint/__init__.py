"""factlint: a fact-checking citation linter (the engine)."""

__version__ = "0.1.0"
