"""The one exception hierarchy of the library: the CLI turns these into one line and exit code 2."""


class AuditorError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(AuditorError):
    """The input cannot be audited: missing, empty, binary, not UTF-8, too large, a directory."""


class ConfigError(AuditorError):
    """The configuration (file or options) is invalid."""


class SourceError(AuditorError):
    """A URL could not be fetched (network error, bad status, wrong content type, too large)."""
