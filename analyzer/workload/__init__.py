"""The workload model (`model`): query groups and bursts (N+1 candidates, repeated queries);
built from a capture by `builder` (with `fingerprints` and the burst detector `bursts`)."""

from dbperf.workload.model import Burst, Execution, QueryGroup, SessionInfo, Workload

__all__ = ["Burst", "Execution", "QueryGroup", "SessionInfo", "Workload"]
