"""Measuring freezes: how long the GUI thread went without serving its event loop.

A timer on the GUI thread ticks every few milliseconds. Between two ticks the thread's own CPU
time is what the program kept it busy with; more than the limit is a freeze the person at the
counter would feel (typing and scans wait). The thread's CPU time, not the clock on the wall,
is compared: on a shared, busy machine the thread may wait for a core, which is not the
program's doing. The wall-clock gaps are kept too, to read."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from types import TracebackType

from PySide6.QtCore import QTimer

TICK_MS = 5
LIMIT_MS = 100


@dataclass
class Freeze:
    step: str
    milliseconds: float


@dataclass
class FreezeMeter:
    """`with FreezeMeter() as meter:` around a flow; `meter.step(name)` names what follows."""

    limit_ms: float = LIMIT_MS
    freezes: list[Freeze] = field(default_factory=list)
    longest: dict[str, float] = field(default_factory=dict)
    _step: str = "start"
    _last: float = 0.0
    _last_cpu: float = 0.0
    wall_longest: dict[str, float] = field(default_factory=dict)
    _timer: QTimer | None = None

    def __enter__(self) -> FreezeMeter:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._tick()
        assert self._timer is not None
        self._timer.stop()

    def step(self, name: str) -> None:
        """What the flow does next; the time until the next tick is counted to it."""
        self._tick()
        self._step = name

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        wall_gap, busy = (now - self._last) * 1000, (cpu - self._last_cpu) * 1000
        self._last, self._last_cpu = now, cpu
        self.wall_longest[self._step] = max(self.wall_longest.get(self._step, 0.0), wall_gap)
        self.longest[self._step] = max(self.longest.get(self._step, 0.0), busy)
        if busy > self.limit_ms:
            self.freezes.append(Freeze(self._step, round(busy, 1)))
