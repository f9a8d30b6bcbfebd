"""Extraction over a Dask cluster (``mapgen build --engine dask [--scheduler ADDRESS]``).

Extraction is a pure function of (report, context), so any worker can run it. The context is not
shipped: a worker loads it once per process from the configuration (the gazetteer index, the actor
registry) and checks that its pipeline fingerprint equals the driver's, so the claims are the ones
the local engine would give. A context without a gazetteer or registry (a test stand-in) is small
and shipped as it is. Results come back in the input order, so the store receives the same rows in
the same order as with the local engine.

Without an address a :class:`distributed.LocalCluster` is started for the build (one worker process
per core, one thread each) and closed at the end.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .config import Config
from .errors import MapgenError
from .model import Report
from .pipeline import Analysis, Context

AnalyseFn = Callable[[Report, Context], Analysis]
BATCH = 25  # reports per task: large enough to hide the scheduler's per-task cost
CONNECT_TIMEOUT = 30.0  # seconds to reach a scheduler given by --scheduler

_LOADED: dict[str, Context] = {}  # fingerprint -> context, once per worker process
_LOCK = threading.Lock()
LOADS: list[str] = []  # fingerprints loaded in this process (observable by tests)


@dataclass(frozen=True)
class ContextSpec:
    """What a worker needs to load the driver's context itself: the configuration and the fingerprint."""

    config: Config
    fingerprint: str
    online: bool = False


def require() -> None:
    """Fail with the way to install Dask when it is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise MapgenError(
            "--engine dask needs Dask, which is not installed; run: pip install 'mapgen[scale]' "
            "(or use --engine local)"
        ) from None


def worker_context(spec: ContextSpec) -> Context:
    """The context of ``spec``, loaded once per process (thread-safe) and checked against the driver's."""
    ctx = _LOADED.get(spec.fingerprint)
    if ctx is not None:
        return ctx
    with _LOCK:
        ctx = _LOADED.get(spec.fingerprint)
        if ctx is None:
            ctx = Context.load(spec.config, online=spec.online)
            LOADS.append(spec.fingerprint)
            if ctx.fingerprint != spec.fingerprint:
                raise MapgenError(
                    f"a Dask worker loaded another pipeline (fingerprint {ctx.fingerprint}, the build has "
                    f"{spec.fingerprint}); install the same mapgen version and gazetteer on every worker"
                )
            _LOADED[spec.fingerprint] = ctx
    return ctx


def analyse_batch(
    reports: Sequence[Report], analyse: AnalyseFn, ctx: Context | ContextSpec
) -> list[Analysis]:
    """Run on a worker: extraction of a batch of reports."""
    context = worker_context(ctx) if isinstance(ctx, ContextSpec) else ctx
    return [analyse(r, context) for r in reports]


def _portable(ctx: Context) -> Context | ContextSpec:
    if ctx.resolver is None and ctx.registry is None:
        return ctx
    return ContextSpec(ctx.config, ctx.fingerprint, bool(getattr(ctx.resolver, "online", False)))


@contextlib.contextmanager
def client_for(scheduler: str | None) -> Iterator[Any]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster started (and closed) here."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise MapgenError(
                f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc}); check the address "
                "(tcp://host:8786), or leave --scheduler out to start a local cluster"
            ) from None
        with client:
            yield client
        return
    workers = max(1, min(os.cpu_count() or 1, 8))
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run(
    analyse: AnalyseFn, reports: Sequence[Report], ctx: Context, scheduler: str | None = None
) -> Iterator[Analysis]:
    """Extraction of ``reports`` over Dask, yielded in the input order."""
    require()
    portable = _portable(ctx)
    batches = [list(reports[i : i + BATCH]) for i in range(0, len(reports), BATCH)]
    with client_for(scheduler) as client:
        futures = client.map(analyse_batch, batches, analyse=analyse, ctx=portable, pure=False)
        for fut in futures:
            yield from fut.result()
            fut.release()
