"""Read back the bytes a receipt printer would receive: its text lines and its commands.

Only the commands the program sends are known; anything else fails the test loudly, so a new
command cannot slip onto paper unread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ESC, GS, LF = 0x1B, 0x1D, 0x0A
# Command byte -> number of parameter bytes that follow it.
ESC_ARGS = {
    0x40: 0,
    0x61: 1,
    0x45: 1,
    0x2D: 1,
    0x4D: 1,
    0x21: 1,
    0x74: 1,
    0x64: 1,
    0x47: 1,
    0x56: 1,
    0x7B: 1,
    0x70: 3,
}
GS_ARGS = {0x21: 1, 0x42: 1, 0x62: 1, 0x68: 1, 0x77: 1, 0x48: 1, 0x66: 1}


@dataclass
class Paper:
    lines: list[str] = field(default_factory=list)
    events: list[tuple[str, str]] = field(default_factory=list)  # (kind, detail) in order

    def text(self) -> str:
        return "\n".join(self.lines)

    def kinds(self) -> list[str]:
        return [kind for kind, _ in self.events]


def decode(data: bytes) -> Paper:
    paper = Paper()
    current = bytearray()
    position = 0

    def flush_line() -> None:
        paper.lines.append(current.decode("ascii"))
        paper.events.append(("line", paper.lines[-1]))
        current.clear()

    while position < len(data):
        byte = data[position]
        if byte == LF:
            flush_line()
            position += 1
        elif byte == ESC:
            command = data[position + 1]
            if command not in ESC_ARGS:
                raise AssertionError(f"unknown ESC command {command:#x} at {position}")
            args = data[position + 2 : position + 2 + ESC_ARGS[command]]
            if command == 0x70:
                paper.events.append(("drawer", ""))
            if command == 0x64:
                paper.events.append(("feed", str(args[0])))
            position += 2 + ESC_ARGS[command]
        elif byte == GS:
            command = data[position + 1]
            if command == 0x6B:  # GS k m n data: barcode, function B
                length = data[position + 3]  # data[position + 2] is the symbology
                code = data[position + 4 : position + 4 + length].decode("ascii")
                paper.events.append(("barcode", code.removeprefix("{B")))
                position += 4 + length
            elif command == 0x76:  # GS v 0 m xL xH yL yH data: raster image (software barcode)
                x = data[position + 4] + 256 * data[position + 5]
                y = data[position + 6] + 256 * data[position + 7]
                paper.events.append(("image", f"{x * 8}x{y}"))
                position += 8 + x * y
            elif command == 0x28 and data[position + 2] == 0x6B:  # GS ( k: the printer's QR
                size = data[position + 3] + 256 * data[position + 4]
                if data[position + 6] == 81:  # fn 81: print the stored symbol
                    paper.events.append(("qr", ""))
                position += 5 + size
            elif command == 0x56:  # GS V m [n]: cut
                mode = data[position + 2]
                paper.events.append(("cut", str(mode)))
                position += 3 + (1 if mode in (65, 66) else 0)
            elif command in GS_ARGS:
                position += 2 + GS_ARGS[command]
            else:
                raise AssertionError(f"unknown GS command {command:#x} at {position}")
        elif 32 <= byte < 127:
            current.append(byte)
            position += 1
        else:
            raise AssertionError(f"unprintable byte {byte:#x} at {position}: garbage on paper")
    if current:
        flush_line()
    return paper
