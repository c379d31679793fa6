#!/usr/bin/env python3
"""Writes a valid Runledger export (docs/FORMAT.md) of 10 runs and N audit events, canonical lines.

Usage: generate-events.py N FILE
"""
import hashlib
import sys

n, out = int(sys.argv[1]), sys.argv[2]
digest = hashlib.sha256()
runs = 10
with open(out, "w", newline="\n", encoding="utf-8") as f:
    f.write('{"exported_at":"2026-11-21T10:00:00.000000Z","format":"runledger-export","format_version":1,'
            '"schema_version":3,"source_backend":"sqlite"}\n')

    def record(line):
        f.write(line + "\n")
        digest.update((line + "\n").encode("utf-8"))

    for r in range(runs):
        record('{"args":{"i":%d},"config_hash":null,"created_at":"2024-01-01T00:00:00.000001Z","finished_at":null,'
               '"git_sha":null,"labels":{},"run_id":"run-%04d","status":"running","type":"run"}' % (r, r))
    for i in range(n):
        record('{"data":{"n":%d,"path":"/srv/app/job-%d"},"event":"step.done","event_id":"ev-%010d","level":"info",'
               '"message":"event number %d finished","run_id":"run-%04d","scope":"bench",'
               '"ts":"2024-01-01T%02d:%02d:%02d.%06dZ","type":"audit"}'
               % (i, i % 97, i, i, i % runs, i // 3600000000 % 24, i // 60000000 % 60, i // 1000000 % 60, i % 1000000))
    f.write('{"content_hash":"sha256:%s","counts":{"audit":%d,"runs":%d,"steps":0},"type":"trailer"}\n'
            % (digest.hexdigest(), n, runs))
