#!/usr/bin/env python3
"""Latency of the three views of a generated school through the app's API (issue 14, item 5).

Usage: python3 bench/school/p99.py URL LEARNERS [REQUESTS (500)] [CLASSES (300)] [REPORT_REQUESTS (REQUESTS)]
For each view, REQUESTS requests one after another (one keep-alive connection, no concurrency), each for a
different random learner (or class), with the API tokens bench/school/school.sql made (smk_bench_<username>):
  due queue    GET /api/reviews/due            as a random learner
  progress     GET /api/progress               as a random learner
  class report GET /api/classes/{id}/report    as the teacher of a random class among those of 40 learners
after 20 warm-up requests per view (2 for the class report when REPORT_REQUESTS is under 20: a slow build
may take a minute for one). Prints, per view, the number of requests, errors (non-200), p50, p90, p99 and
max in milliseconds (the time from sending the request to the last byte of the answer). The seed is fixed, so
two runs ask for the same learners and classes in the same order.
"""
import http.client
import random
import sys
import time
from urllib.parse import urlparse


def main():
    url = urlparse(sys.argv[1])
    learners = int(sys.argv[2])
    requests = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    classes = int(sys.argv[4]) if len(sys.argv) > 4 else 300
    report_requests = int(sys.argv[5]) if len(sys.argv) > 5 else requests
    teachers = max(1, learners // 100)
    # The same rule as school.sql: the first classes have 40 learners each.
    full40 = min((classes // 7) * 40, (learners * 4 // 10) // 40 * 40)
    classes40 = max(1, full40 // 40)
    rnd = random.Random(14)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)

    def get(path, username):
        t0 = time.perf_counter()
        conn.request("GET", path, headers={"Authorization": "Bearer smk_bench_" + username,
                                           "Accept": "application/json"})
        r = conn.getresponse()
        r.read()
        return r.status, (time.perf_counter() - t0) * 1000

    def learner():
        n = rnd.randint(1, learners)
        return "/api/reviews/due", "murid%d" % n

    def progress():
        n = rnd.randint(1, learners)
        return "/api/progress", "murid%d" % n

    def report():
        c = rnd.randint(1, classes40)
        return "/api/classes/%d/report" % (1000000 + c), "guru%d" % (1 + (c - 1) % teachers)

    print("view\trequests\terrors\tp50 ms\tp90 ms\tp99 ms\tmax ms")
    for name, pick, n in (("due queue", learner, requests), ("progress", progress, requests),
                          ("class report (40)", report, report_requests)):
        for _ in range(20 if n >= 20 else 2):
            get(*pick())
        times, errors = [], 0
        for _ in range(n):
            status, ms = get(*pick())
            if status != 200:
                errors += 1
            times.append(ms)
        times.sort()

        def q(p):
            return times[min(len(times) - 1, int(round(p * len(times) + 0.5)) - 1)]

        print("%s\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f" % (name, n, errors, q(0.50), q(0.90), q(0.99), times[-1]))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
