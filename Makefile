# Everyday commands; CI runs the same through .ci/run.
.PHONY: install test test-all lint bench

install:
	python3 -m venv .venv && .venv/bin/pip install -e ".[test]"

test:
	.venv/bin/pytest -n auto -m "not slow"

test-all:
	.venv/bin/pytest -n auto

lint:
	.venv/bin/ruff check src tests benchmarks
	.venv/bin/ruff format --check src tests benchmarks
	.venv/bin/mypy --strict src

bench:
	.venv/bin/python benchmarks/startup.py
	.venv/bin/python benchmarks/batch.py --quick
