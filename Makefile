# Everyday commands; CI runs the same through .ci/run.
.PHONY: install test lint bench

install:
	python3 -m venv .venv && .venv/bin/pip install -e ".[test]"

test:
	.venv/bin/pytest

lint:
	.venv/bin/ruff check src tests benchmarks
	.venv/bin/ruff format --check src tests benchmarks
	.venv/bin/mypy --strict src

bench:
	.venv/bin/python benchmarks/startup.py
