#!/usr/bin/env python3
"""Times the numpy brute-force anchor of issue 23: the seed paper's per-point KDE query (Arguelles, Foppiani, Hostert,
PRD 107 (2023) 035027; its public code evaluates the kernel on every event of the joint sample for each parameter
point, in numpy), on the same synthetic 3.65e6-event sample as ReweightingBenchmarks (2 masses log-uniform, one or two
decay-volume crossings per event, lifetime weight included). Prints JSON: seconds per point and for 1e4 points.

Usage: python3 tools/bench_numpy_anchor.py [--events 3650000] [--points 5] [--bandwidth 0.05]
"""
import argparse, json, time
import numpy as np

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=3_650_000)
    ap.add_argument("--points", type=int, default=5)
    ap.add_argument("--bandwidth", type=float, default=0.05)
    args = ap.parse_args()
    rng = np.random.default_rng(7)
    n, h = args.events, args.bandwidth
    mn = 0.01 * 50 ** rng.random(n)
    mz = 0.02 * 100 ** rng.random(n)
    w = 1e-3 * rng.random(n) / (mz * mz / mn ** 3.5)
    bg = 1 + 20 * rng.random(n)
    a = 100 + 1500 * rng.random(n)
    two = rng.random(n) < 0.5
    # proper distances of the two crossings [a, a+60] and [a+80, a+140] (the second only for half the events)
    a1, b1 = a / bg, (a + 60) / bg
    a2, b2 = (a + 80) / bg, (a + 140) / bg
    u0, u1 = np.log10(mn), np.log10(mz)
    jac = 1 / (mn * mz * np.log(10) ** 2)
    times = []
    for p in range(args.points + 1):   # the first query warms up
        q0 = np.log10(0.012 * 40 ** rng.random())
        q1 = np.log10(0.025 * 70 ** rng.random())
        ctau = 10 ** rng.uniform(0, 6)
        t = time.perf_counter()
        x0 = (q0 - u0) / h
        x1 = (q1 - u1) / h
        k = (0.75 / h) ** 2 * np.clip(1 - x0 * x0, 0, None) * np.clip(1 - x1 * x1, 0, None)
        life = np.exp(-a1 / ctau) - np.exp(-b1 / ctau) + np.where(two, np.exp(-a2 / ctau) - np.exp(-b2 / ctau), 0)
        mu = np.sum(w * k * jac * life)
        dt = time.perf_counter() - t
        if p > 0:
            times.append(dt)
        assert np.isfinite(mu)
    per = float(np.median(times))
    print(json.dumps({"events": n, "bandwidth": h, "points_timed": args.points, "seconds_per_point": per,
                      "seconds_for_1e4_points": per * 1e4, "numpy": np.__version__}))

if __name__ == "__main__":
    main()
