"""Worker processes that die with the process that started them."""
from __future__ import annotations


def die_with_parent() -> None:
    """A helper process must not outlive a killed build (it would hold files open, or block on
    a queue nobody reads): ask Linux to SIGKILL it when its parent dies. No-op elsewhere."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
