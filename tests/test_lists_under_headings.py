"""CON003 and lists under headings: an item that opens with its amount is a line of its heading's bill of
quantities (:mod:`auditor.compare.lists`), so two recipes' ingredient lists are not one quantity given twice; an
item that names its own subject is compared across headings as anywhere else."""

from __future__ import annotations

from auditor import audit_text

FILLER = "We cook these on weekends. Each one takes less than an hour from start to finish."


def con003(text: str) -> list[str]:
    return [f.message for f in audit_text(text).findings if f.rule == "CON003"]


def test_amount_lists_under_two_headings_are_two_things() -> None:
    text = (
        f"# Corn muffins\n\n{FILLER}\n\n- 2 c. cornmeal\n- 2 tsp. baking powder\n- 1 tsp. baking soda\n\n"
        f"# Banana bread\n\n{FILLER}\n\n- 3 ripe bananas\n- 1 tsp. baking powder\n- 2 tsp. baking soda\n"
    )
    assert con003(text) == []


def test_amount_lists_under_one_heading_are_still_compared() -> None:
    text = (
        f"# Corn muffins\n\n{FILLER}\n\n- 2 c. cornmeal\n- 2 tsp. baking powder\n- 1 tsp. baking soda\n\n"
        f"{FILLER}\n\n- 4 c. cornmeal\n- 2 tsp. baking powder\n- 2 tsp. baking soda\n"
    )
    assert any("baking soda" in m for m in con003(text))


def test_items_naming_their_subject_are_compared_across_headings() -> None:
    text = (
        "# Key facts\n\n- Corran Motors cut 1,200 jobs at its Perth plant this spring.\n- It makes vans.\n\n"
        f"# History\n\n{FILLER}\n\n- Corran Motors cut 1,500 jobs at its Perth plant this spring.\n- It was founded in 1950.\n"
    )
    assert any("1,200" in m and "1,500" in m for m in con003(text))
