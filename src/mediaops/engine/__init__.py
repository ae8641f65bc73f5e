"""The engine: a candidate's facts → each condition's outcome → each level's decision.

Three steps, each a pure function:

1. :func:`~mediaops.engine.facts.prepare` — the candidate checked against the
   evaluation date, as the facts the rules read;
2. :mod:`~mediaops.engine.conditions` — each condition's
   :class:`~mediaops.engine.outcome.Outcome`, by the unit of its kind;
3. :mod:`~mediaops.engine.decide` — each level's
   :class:`~mediaops.engine.decide.Decision`, from outcomes alone.

:class:`~mediaops.engine.evaluator.Evaluator` wires them for one ruleset;
:func:`mediaops.report.evaluate` turns what it finds into a worded report.
The engine holds no text, takes ``as_of`` rather than reading the clock,
never prints, and imports neither rich nor typer.
"""
