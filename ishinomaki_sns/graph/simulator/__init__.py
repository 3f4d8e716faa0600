"""A local Graph API simulator: the only stand-in for Facebook in tests, the demo and training.

`World` (state.py) holds a deterministic, lazily generated set of pages, posts and comments and
the changes made to it; `SimulatorServer` (server.py) serves `Simulator` (dispatch.py), which
speaks the Graph API wire format over HTTP and a JSON control API under `/_sim/`; `faults.py`
injects errors on demand.
"""

from .faults import FAULT_KINDS, FaultSet
from .server import SimulatorServer
from .state import World

__all__ = ["FAULT_KINDS", "FaultSet", "SimulatorServer", "World"]
