"""Measuring freezes: how long the GUI thread went without serving its event loop.

A timer on the GUI thread ticks every few milliseconds; a gap between two ticks longer than
the limit is a freeze the person at the counter would feel (typing and scans wait)."""

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
    _timer: QTimer | None = None

    def __enter__(self) -> FreezeMeter:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._tick()
        assert self._timer is not None
        self._timer.stop()

    def step(self, name: str) -> None:
        """What the flow does next; the time until the next tick is counted to it."""
        self._tick()
        self._step = name

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.longest[self._step] = max(self.longest.get(self._step, 0.0), gap)
        if gap > self.limit_ms:
            self.freezes.append(Freeze(self._step, round(gap, 1)))
