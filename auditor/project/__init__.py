"""project: check mode, ``auditor check`` over a repository's files, and the project's own files.

- ``settings``: the project's settings file (``[tool.auditor]`` in ``pyproject.toml``, or ``.auditor.toml``);
- ``options``: the effective options of a run: defaults < settings file < its overrides for a path < command line;
- ``discover``, ``globs``, ``ignore``, ``repo``: which files are audited (article extensions, include and exclude
  globs, ``.gitignore``, and git's own list of the project's files and of what changed);
- ``runner``: check mode's engine, every target read, looked up in the cache and audited in a process pool;
- ``cache``: results by content, tool and options, in ``.auditor_cache/`` at the project root;
- ``baseline``: today's findings recorded by fingerprint, hidden from later runs until they change.

Imports go downward only: the core of :mod:`auditor` (errors, model, config, api, results, phrases, the version)
and :mod:`auditor.load`. The command line (:mod:`auditor.cli`) drives this room; nothing else imports it, and it
never imports the command line or the formats.
"""
