"""The one exception hierarchy of the library: the CLI turns these into one line and exit code 2."""


class AuditorError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(AuditorError):
    """The input cannot be audited: missing, empty, binary, not UTF-8, too large, a directory, a FIFO or device."""


class ConfigError(AuditorError):
    """The configuration (file or options) is invalid."""


class SourceError(AuditorError):
    """A URL could not be fetched (network error, bad status, wrong content type, too large)."""


class UsageError(AuditorError):
    """The library was called with arguments of the wrong kind (``None``, bytes, a dict for a Config)."""


class BlockedAddressError(SourceError):
    """A URL points at an address the network policy refuses (loopback, private, link-local, metadata...)."""


class FetchTimeoutError(SourceError):
    """A fetch did not finish within its deadline (slow server, endless drip, no answer)."""
