#!/usr/bin/env python3
"""Writes the query benchmark's dataset (docs/PERFORMANCE.md, target 2) as a Runledger export file.

Usage: generate-dataset.py RUNS EVENTS DIR

DIR/dataset.jsonl  a valid export (docs/FORMAT.md: canonical lines, counts, content hash) of RUNS runs
                   (labels env/team, most finished) and EVENTS audit events in time order. Events are
                   spread over the runs the way concurrent automation writes them: one run's events are
                   scattered through the whole log, never adjacent. 1 % of the runs are busy and
                   receive 40 % of the events (about 400 each at 100,000 runs / 1,000,000 events), so
                   that `limit=100` pages are full; the others get a handful; 2 % of the events name no
                   run.
DIR/audit.paths    10,000 request paths `/v1/audit?run_id=X&limit=100`, half of them for busy runs
DIR/runs.paths     10,000 request paths `/v1/runs?cursor=C`, C the cursor after a run in the deeper
                   half of the id order (the API's cursor: base64url of the last id of the page)
Deterministic: the same arguments give the same bytes.
"""
import base64
import hashlib
import random
import sys

runs, events, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
busy_every = 100  # run indices divisible by this are the busy ones
busy = max(1, runs // busy_every)
EPOCH = 1_735_689_600  # 2025-01-01T00:00:00Z


def ts(micros):
    seconds, fraction = divmod(micros, 1_000_000)
    days, rest = divmod(seconds - EPOCH, 86_400)
    hour, rest = divmod(rest, 3_600)
    minute, second = divmod(rest, 60)
    # 2025 has 365 days; the dataset spans a few days of January, so the date is simple.
    return "2025-01-%02dT%02d:%02d:%02d.%06dZ" % (1 + days, hour, minute, second, fraction)


def run_id(index):
    return "run-%07d" % index


def run_of(i):
    """The run an event belongs to (None for events outside any run), scattered pseudo-randomly."""
    h = (i * 2_654_435_761) & 0xFFFFFFFF
    if i % 50 == 49:
        return None
    if i % 10 < 4:
        return (h % busy) * busy_every
    return h % runs


digest = hashlib.sha256()
with open(out + "/dataset.jsonl", "w", newline="\n", encoding="utf-8") as f:
    f.write('{"exported_at":"2025-01-09T00:00:00.000000Z","format":"runledger-export","format_version":1,'
            '"schema_version":3,"source_backend":"sqlite"}\n')
    lines = []

    def record(line):
        lines.append(line + "\n")
        if len(lines) >= 10_000:
            flush()

    def flush():
        chunk = "".join(lines)
        f.write(chunk)
        digest.update(chunk.encode("utf-8"))
        lines.clear()

    start = EPOCH * 1_000_000
    for r in range(runs):
        created = start + r * 3_000_000
        finished = "null" if r % 20 == 0 else '"%s"' % ts(created + 600_000_000)
        status = "running" if r % 20 == 0 else ("failed" if r % 7 == 0 else "succeeded")
        record('{"args":{"attempt":%d,"job":"nightly-%d"},"config_hash":null,"created_at":"%s","finished_at":%s,'
               '"git_sha":"%040x","labels":{"env":"%s","team":"t%02d"},"run_id":"%s","status":"%s","type":"run"}'
               % (r % 3, r % 500, ts(created), finished, r * 7919, "prod" if r % 4 else "staging", r % 17,
                  run_id(r), status))
    levels = ("info", "info", "info", "debug", "warn", "error")
    for i in range(events):
        owner = run_of(i)
        record('{"data":{"n":%d,"path":"/srv/app/job-%d"},"event":"step.done","event_id":"ev-%010d","level":"%s",'
               '"message":"event number %d finished","run_id":%s,"scope":"worker-%d","ts":"%s","type":"audit"}'
               % (i, i % 97, i, levels[i % 6], i, "null" if owner is None else '"%s"' % run_id(owner),
                  i % 8, ts(start + i * 300_000)))
    flush()
    f.write('{"content_hash":"sha256:%s","counts":{"audit":%d,"runs":%d,"steps":0},"type":"trailer"}\n'
            % (digest.hexdigest(), events, runs))

rng = random.Random(42)


def cursor(run_index):
    return base64.urlsafe_b64encode(run_id(run_index).encode("ascii")).decode("ascii").rstrip("=")


with open(out + "/audit.paths", "w", encoding="ascii") as f:
    for k in range(10_000):
        index = rng.randrange(busy) * busy_every if k % 2 == 0 else rng.randrange(runs)
        f.write("/v1/audit?run_id=%s&limit=100\n" % run_id(index))
with open(out + "/runs.paths", "w", encoding="ascii") as f:
    for _ in range(10_000):
        f.write("/v1/runs?cursor=%s\n" % cursor(rng.randrange(runs // 2, max(runs // 2 + 1, runs - 100))))
