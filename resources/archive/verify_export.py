#!/usr/bin/env python3
"""Check a Showroom POS archive export without the program (Python 3.8+, standard library).

    python3 verify_export.py [FOLDER]

1. Every file listed in manifest.json must have its recorded SHA-256.
2. The journal (journal.csv) must form an unbroken hash chain: each entry's hash is
   SHA-256(previous hash + canonical JSON of the entry), and each entry names the hash
   before it. Any change to a journal row breaks the chain at that row.
3. The journals of event laptops (event_journal.csv, one chain per event) hash the same way:
   each entry to its hash, each following the entry before it.
Exit code 0 when everything matches, 1 otherwise.
"""

import csv
import hashlib
import json
import sys
from pathlib import Path


def canonical_json(value):
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _body(row):
    return {"seq": int(row["seq"]), "occurred_at": row["occurred_at"],
            "user_id": int(row["user_id"]) if row["user_id"] else None,
            "action": row["action"], "summary": row["summary"], "payload": row["payload"]}


def _intact(row):
    text = row["prev_hash"] + canonical_json(_body(row))
    return hashlib.sha256(text.encode()).hexdigest() == row["hash"]


def check_event_journals(folder):
    problems = []
    path = folder / "event_journal.csv"
    if not path.is_file():  # exports made before events
        return problems
    last = {}
    with open(path, newline="", encoding="utf-8") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: (int(r["event_id"]), int(r["seq"])))
    for row in rows:
        event, seq = int(row["event_id"]), int(row["seq"])
        if not _intact(row):
            problems.append("entry %s of event %s's journal was changed" % (seq, event))
        before = last.get(event)
        if before is not None and before[0] == seq - 1 and before[1] != row["prev_hash"]:
            problems.append("entry %s of event %s's journal does not follow the one before"
                            % (seq, event))
        last[event] = (seq, row["hash"])
    return problems


def check(folder):
    problems = []
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name, facts in sorted(manifest["files"].items()):
        path = folder / name
        if not path.is_file():
            problems.append("missing file: " + name)
        elif sha256_of(path) != facts["sha256"]:
            problems.append("file changed: " + name)
    previous = manifest["journal"]["first_prev_hash"]
    count = 0
    with open(folder / "journal.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["prev_hash"] != previous:
                problems.append("journal entry %s does not follow the one before" % row["seq"])
            if not _intact(row):
                problems.append("journal entry %s was changed" % row["seq"])
            previous = row["hash"]
            count += 1
    if count and previous != manifest["journal"]["last_hash"]:
        problems.append("the journal does not end where the manifest says")
    return count, problems + check_event_journals(folder)


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    count, problems = check(folder)
    for problem in problems:
        print("PROBLEM:", problem)
    if problems:
        print("The export does NOT match its manifest and journal chain.")
        return 1
    print("OK: %d journal entries chained, every file as recorded." % count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
