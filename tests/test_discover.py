"""Discovery: the pure-Python .gitignore reading agrees with git itself; configuration globs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.project.discover import Selection, discover, walk
from auditor.project.globs import matches
from tests.checktree import git

TREE = {
    ".gitignore": "# comment\n*.log\n/build/\ntmp*\n!tmp-keep.md\ndocs/**/private/\n\\#hash.md\nspace\\ \n",
    "a.md": "",
    "x.log": "",
    "#hash.md": "",
    "space ": "",
    "build/out.md": "",
    "sub/build/kept.md": "",
    "tmp1.md": "",
    "tmp-keep.md": "",
    "docs/guide.md": "",
    "docs/v1/private/secret.md": "",
    "docs/private.md": "",
    "content/.gitignore": "drafts/\n*.html\n!keep.html\n",
    "content/post.md": "",
    "content/page.html": "",
    "content/keep.html": "",
    "content/drafts/wip.md": "",
    "content/sub/drafts/wip2.md": "",
    "content/nested/deep.md": "",
    "content/nested/.gitignore": "/deep.md\n",
}


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_gitignore_walk_agrees_with_git(tmp_path: Path) -> None:
    for name, text in TREE.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    git(tmp_path, "init", "-q")
    expected = sorted(git(tmp_path, "ls-files", "-z", "--others", "--exclude-standard").split("\0")[:-1])
    assert "a.md" in expected and "x.log" not in expected  # the tree exercises both sides
    assert sorted(walk(tmp_path, tmp_path)) == expected
    assert sorted(walk(tmp_path / "content", tmp_path)) == [e for e in expected if e.startswith("content/")]


def test_walk_without_gitignore_sees_everything(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("*.md\n")
    (tmp_path / "a.md").write_text("")
    assert sorted(walk(tmp_path, tmp_path, respect_gitignore=False)) == [".gitignore", "a.md"]
    assert sorted(walk(tmp_path, tmp_path)) == [".gitignore"]


@pytest.mark.parametrize(
    ("path", "patterns", "expected"),
    [
        ("content/drafts/a.md", ["drafts"], True),
        ("drafts/a.md", ["drafts"], True),
        ("content/drafts.md", ["drafts"], False),
        ("content/a.md", ["content/**"], True),
        ("other/content/a.md", ["content/**"], False),
        ("content/legal/terms.md", ["content/legal"], True),
        ("a/b/c.md", ["*.md"], True),
        ("a/b/c.md", ["a/*.md"], False),
        ("a/b/c.md", ["a/**/*.md"], True),
        ("a/c.md", ["a/**/*.md"], True),
        ("post-1.md", ["post-?.md"], True),
        ("post-a.md", ["post-[0-9].md"], False),
        ("x/y.md", ["./x"], True),
    ],
)
def test_globs(path: str, patterns: list[str], expected: bool) -> None:
    assert matches(path, patterns) is expected


def test_discover_selection(tmp_path: Path) -> None:
    for name in ("content/a.md", "content/b.HTML", "content/c.py", "node_modules/pkg/readme.md", "drafts/d.md", "e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = discover([str(tmp_path)], tmp_path, Selection(exclude=("drafts",)))
    assert [t.source for t in found] == ["content/a.md", "content/b.HTML", "e.txt"]
    found = discover([str(tmp_path)], tmp_path, Selection(include=("content/**",), extensions=(".md",)))
    assert [t.source for t in found] == ["content/a.md"]
    found = discover([str(tmp_path / "content" / "c.py"), str(tmp_path / "nope.md")], tmp_path, Selection())
    assert [(t.source, t.missing) for t in found] == [("content/c.py", False), ("nope.md", True)]


@pytest.mark.parametrize("use_git", [True, False])
def test_a_site_generators_partials_and_build_are_not_articles(tmp_path: Path, use_git: bool) -> None:
    if use_git and shutil.which("git") is None:
        pytest.skip("needs git")
    names = (
        "_posts/2024-01-01-post.md",
        "_drafts/next.md",
        "_includes/references.md",
        "_layouts/post.html",
        "_site/2024/01/01/post.html",
        "_data/authors.md",
        "about.md",
    )
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    if use_git:
        git(tmp_path, "init", "-q")
    found = discover([str(tmp_path)], tmp_path, Selection())
    assert [t.source for t in found] == ["_drafts/next.md", "_posts/2024-01-01-post.md", "about.md"]
    named = discover([str(tmp_path / "_includes" / "references.md")], tmp_path, Selection())
    assert named == []  # a pre-commit hook passing a staged partial audits nothing
    partials: set[str] = set()
    discover([str(tmp_path)], tmp_path, Selection(exclude=("_data",)), partials)
    assert partials == {"_includes/references.md", "_layouts/post.html", "_site/2024/01/01/post.html"}
    partials.clear()
    discover([str(tmp_path / "_includes" / "references.md"), str(tmp_path / "about.md")], tmp_path, Selection(), partials)
    assert partials == {"_includes/references.md"}
