"""Reference definitions pulled in by site-generator includes, read from a real folder tree."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import auditor
from auditor.load import load_document
from auditor.load.includes import MAX_DEPTH, site_root
from tests.checktree import write_tree


def site(tmp_path: Path, files: dict[str, str]) -> Path:
    return write_tree(tmp_path, files)


def load(path: Path) -> auditor.model.Document:
    return load_document(path.read_text(encoding="utf-8"), "auto", str(path))


def defined(path: Path) -> list[tuple[str | None, bool | None, str | None]]:
    return [(k.label, k.defined, k.url) for k in load(path).links]


POST = "The release [Widget 2.0][] shipped with [Widget #12][] and [a fix][fix 7].\n\n{% include refs.md %}\n"


def test_include_defines_references_and_templated_labels(tmp_path: Path) -> None:
    root = site(
        tmp_path,
        {
            "_includes/refs.md": (
                "[widget 2.0]: https://widget.example/2.0\n"
                '{% assign base = "https://tracker.example" %}\n'
                "{% for n in list %}\n[widget #{{n}}]: {{base}}/issues/{{n}}\n{% endfor %}\n"
                "{% include more/fixes.md %}\n"
            ),
            "_includes/more/fixes.md": "[fix {{ i }}]: https://fixes.example/{{ i }}\n",
            "_posts/2024/post.md": POST,
        },
    )
    assert site_root(root / "_posts/2024/post.md") == root
    assert defined(root / "_posts/2024/post.md") == [
        ("widget 2.0", True, "https://widget.example/2.0"),
        ("widget #12", True, "https://tracker.example/issues/12"),
        ("fix 7", True, "https://fixes.example/7"),
    ]
    report = auditor.audit_path(str(root / "_posts/2024/post.md"))
    assert "CIT004" not in {f.rule for f in report.findings}


def test_a_label_defined_nowhere_is_dangling_when_every_include_was_read(tmp_path: Path) -> None:
    root = site(tmp_path, {"_includes/refs.md": "[widget 2.0]: https://widget.example/2.0\n", "_posts/post.md": POST})
    assert defined(root / "_posts/post.md") == [
        ("widget 2.0", True, "https://widget.example/2.0"),
        ("widget #12", False, None),
        ("fix 7", False, None),
    ]
    found = [f for f in auditor.audit_path(str(root / "_posts/post.md")).findings if f.rule == "CIT004"]
    assert len(found) == 2


@pytest.mark.parametrize(
    "files",
    [
        {"_posts/post.md": POST},  # no _includes folder anywhere
        {"_includes/other.md": "", "_posts/post.md": POST},  # the included file is missing
        {"_includes/refs.md": "{{ page.links }}\n", "_posts/post.md": POST},  # it prints template output
        {"_includes/x.md": "", "_posts/post.md": POST.replace("refs.md", "{{ page.refs }}")},  # a computed name
    ],
)
def test_unreadable_includes_make_labels_unknown_not_dangling(tmp_path: Path, files: dict[str, str]) -> None:
    root = site(tmp_path, files)
    doc = load(root / "_posts/post.md")
    assert not doc.references_known
    assert [k.defined for k in doc.links] == [None, None, None]
    assert "CIT004" not in {f.rule for f in auditor.audit_path(str(root / "_posts/post.md")).findings}


def test_without_includes_an_undefined_label_still_dangles(tmp_path: Path) -> None:
    root = site(tmp_path, {"_includes/refs.md": "[fix 7]: https://fixes.example/7\n", "post.md": "Shipped [a fix][fix 7].\n"})
    assert defined(root / "post.md") == [("fix 7", False, None)]


def test_source_that_is_not_a_file_reads_nothing(tmp_path: Path) -> None:
    doc = load_document(POST, "markdown", "https://example.com/post.md")
    assert not doc.references_known and [k.defined for k in doc.links] == [None, None, None]


def test_includes_never_leave_the_site_root(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("[widget 2.0]: https://leak.example/\n", encoding="utf-8")
    root = site(tmp_path / "site", {"_posts/post.md": POST.replace("refs.md", "../../outside/secret.md")})
    (root / "_includes").mkdir()
    (root / "_includes/link.md").symlink_to(outside / "secret.md")
    post2 = root / "_posts/post2.md"
    post2.write_text(POST.replace("refs.md", "link.md"), encoding="utf-8")
    for post in (root / "_posts/post.md", post2):
        assert [k.url for k in load(post).links] == [None, None, None], post


def test_the_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    site(tmp_path, {"_includes/refs.md": "[widget 2.0]: https://widget.example/2.0\n"})
    repo = site(tmp_path / "repo", {".git/HEAD": "ref: main\n", "docs/post.md": POST})
    assert site_root(repo / "docs/post.md") is None


def test_nested_includes_are_bounded_and_cycles_end(tmp_path: Path) -> None:
    files = {f"_includes/n{i}.md": f"[level {i}]: https://x.example/{i}\n{{% include n{i + 1}.md %}}\n" for i in range(8)}
    files["_includes/loop.md"] = "[looped]: https://x.example/loop\n{% include loop.md %}\n"
    files["post.md"] = "See [level 1][], [level 7][] and [looped][].\n\n{% include n1.md %}\n{% include loop.md %}\n"
    root = site(tmp_path, files)
    found = {k.label: k.defined for k in load(root / "post.md").links}
    assert found["level 1"] is True and found["looped"] is True
    assert found["level 7"] is None  # beyond the depth bound: unknown, never dangling
    assert MAX_DEPTH < 7


def test_included_file_size_is_bounded(tmp_path: Path) -> None:
    root = site(tmp_path, {"post.md": POST})
    (root / "_includes").mkdir()
    with open(root / "_includes/refs.md", "wb") as handle:
        handle.write(b"[widget 2.0]: https://widget.example/2.0\n")
        handle.truncate(2_000_000)
    os.utime(root / "_includes/refs.md")
    assert not load(root / "post.md").references_known


def test_bare_brackets_stay_text_when_definitions_are_unknown(tmp_path: Path) -> None:
    root = site(tmp_path, {"post.md": 'He said "it [...] works [well]" in 2024, see [the notes][n].\n\n{% include gone.md %}\n'})
    doc = load(root / "post.md")
    assert [(k.text, k.defined) for k in doc.links] == [("the notes", None)]
    assert '"it [...] works [well]"' in doc.text


def _check_findings(capsys: pytest.CaptureFixture[str], *paths: str) -> list[tuple[str, int]]:
    """(rule, line) of every finding on post.md in a JSON ``auditor check`` run."""
    import json

    from tests.checktree import run

    code, out, err = run(capsys, "check", "--no-cache", "-j", "1", "-f", "json", "--show", "info", *paths)
    assert code in (0, 1), err
    data = json.loads(out)
    reports = [r for r in data["reports"] if Path(r["document"]["source"]).name == "post.md"]
    assert len(reports) == 1
    return sorted((f["rule"], f["line"]) for f in reports[0]["findings"])


def test_check_reads_includes_from_the_articles_real_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.checktree import git_repo

    root = site(tmp_path / "blog", {"_includes/refs.md": "[widget 2.0]: https://widget.example/2.0\n", "_posts/post.md": POST})
    git_repo(root)
    monkeypatch.chdir(root)
    from_root = _check_findings(capsys)
    assert [rule for rule, _ in from_root].count("CIT004") == 2  # every include was read: the others dangle
    monkeypatch.chdir(root / "_posts")
    assert _check_findings(capsys) == from_root
    assert _check_findings(capsys, "post.md") == from_root
    monkeypatch.chdir(tmp_path)
    assert _check_findings(capsys, "blog") == from_root
    assert _check_findings(capsys, "blog/_posts/post.md") == from_root


def test_an_included_file_uses_the_definitions_of_the_pages_that_include_it(tmp_path: Path) -> None:
    part = "Taproot activates at [block 709,632][taproot] in 2021, [Widget #12][] says.\n"
    root = site(tmp_path, {"_includes/specials/part.md": part, "_posts/post.md": part, "_posts/page.md": "{% include specials/part.md %}\n\n[taproot]: https://example.com/t\n"})
    partial = load(root / "_includes/specials/part.md")
    assert not partial.references_known and [k.defined for k in partial.links] == [None, None]
    assert "CIT004" not in {f.rule for f in auditor.audit_path(str(root / "_includes/specials/part.md")).findings}
    assert [k.defined for k in load(root / "_posts/post.md").links] == [False, False]  # an article: dangling


def _loaded_refs(paths: list[Path]) -> list[list[tuple[str | None, bool | None, str | None]]]:
    return [
        [(k.label, k.defined, k.url) for k in load_document(p.read_text(encoding="utf-8"), "auto", str(p),
                                                            location=str(p)).links]
        for p in paths
    ]


def test_shared_walks_walk_once_per_folder_and_read_as_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.load import includes

    root = site(
        tmp_path,
        {
            "_includes/refs.md": "[widget 2.0]: https://widget.example/2.0\n[fix 7]: https://fixes.example/7\n",
            "_posts/a.md": POST,
            "_posts/b.md": POST.replace("[a fix][fix 7]", "[Widget 2.0][]"),
            "_posts/old/c.md": POST,
        },
    )
    paths = [root / "_posts/a.md", root / "_posts/b.md", root / "_posts/old/c.md"]
    alone = _loaded_refs(paths)
    walks: list[object] = []
    real = includes._walk

    def counting(*args: object) -> object:
        walks.append(args)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(includes, "_walk", counting)
    with includes.shared_walks():
        assert _loaded_refs(paths) == alone
    assert len(walks) == 2  # one per folder
    # Outside the block every load walks afresh: an include changed since is read as it is now.
    (root / "_includes/refs.md").write_text("[widget 2.0]: https://widget.example/3.0\n", encoding="utf-8")
    assert _loaded_refs(paths[:1])[0][0] == ("widget 2.0", True, "https://widget.example/3.0")
    assert len(walks) == 3
