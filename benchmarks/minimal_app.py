"""The floor for any CLI on this stack: typer + one pydantic model + a four-row rich table.

``benchmarks/startup.py`` times mediaops against this.
"""

from typing import Annotated

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table


class Person(BaseModel):
    education: str
    experience: float


def main(
    education: Annotated[str, typer.Option()] = "associate",
    experience: Annotated[float, typer.Option()] = 3.0,
) -> None:
    person = Person.model_validate({"education": education, "experience": experience})
    table = Table("level", "verdict")
    for level in (4, 3, 2, 1):
        table.add_row(str(level), "eligible" if person.experience >= 3 else "not eligible")
    Console().print(table)


if __name__ == "__main__":
    typer.run(main)
