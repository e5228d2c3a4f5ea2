#!/usr/bin/env python3
"""Side-by-side timing: runs each (name, bbctl command, reference command) pair N times,
interleaved so machine noise hits both alike, and prints medians of wall time and peak RSS
with the ratios the issues set as targets. Peak memory comes from wait4's rusage of each
child process, so it is that process's own high-water mark."""
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd, cwd=None):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, shell=True, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"command failed ({code}): {cmd}\n{err[-2000:]}")
    return wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime  # KiB on Linux


def main():
    spec = json.load(open(sys.argv[1]))
    runs = int(os.environ.get("BENCH_RUNS", "9"))
    print(f"{'benchmark':38} {'bbctl':>10} {'reference':>10} {'time':>7} {'target':>7} {'mem':>6} {'target':>7}")
    failed = False
    for case in spec:
        ours_t, ours_m, ours_c, ref_t, ref_m = [], [], [], [], []
        try:
            for _ in range(runs):
                t, m, c = run_once(case["bbctl"], case.get("cwd")); ours_t.append(t); ours_m.append(m); ours_c.append(c / t)
                t, m, _ = run_once(case["reference"], case.get("cwd")); ref_t.append(t); ref_m.append(m)
        except RuntimeError as e:
            print(f"{case['name']:38} error: {e}")
            failed = True
            continue
        ot, rt = statistics.median(ours_t), statistics.median(ref_t)
        om, rm = statistics.median(ours_m), statistics.median(ref_m)
        tr, mr = ot / rt, om / rm
        tt, mt = case.get("time_target"), case.get("mem_target")
        ok_t = "" if tt is None else ("ok" if tr <= tt else "MISS")
        ok_m = "" if mt is None else ("ok" if mr <= mt else "MISS")
        cores = ""
        if case.get("cpu_target"):
            used = statistics.median(ours_c)
            cores = f" cores used {used:.2f} (>={case['cpu_target']}) " + ("ok" if used >= case["cpu_target"] else "MISS")
        print(f"{case['name']:38} {ot*1000:8.1f}ms {rt*1000:8.1f}ms {tr:6.3f}x {('<=%.3g' % tt) if tt else '':>7} {mr:5.2f}x {('<=%.3g' % mt) if mt else '':>7} {ok_t} {ok_m}{cores}".rstrip())
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
