#!/usr/bin/env python3
"""Turn the raw outputs of run.sh (out/) into the markdown results table.

Spectral: out/spectral/NAME.{json,err,time,rc}; a result's `code` like
"owasp:api4:2023-string-limit" counts for API4; codes outside the OWASP ruleset
(parser errors, unresolved $refs...) are counted as "other", not in the total.
Rampart: out/rampart/TARGET/{report/*.json,err,time,rc}; findings[].category is
"API1".."API10"; anything else is "other".
"""
import argparse
import collections
import glob
import json
import os
import re
import statistics
import sys

CATS = [f"API{i}" for i in range(1, 11)]
OWASP_CODE = re.compile(r"^owasp:api(\d+):", re.IGNORECASE)
TARGETS = [("github-api", "github-api.3.0.json"), ("stripe", "stripe.3.0.json")]



def crash_note(err_file, rc):
    """The last non-empty line a crashed run wrote to stderr (cut to 160 chars), else its exit code."""
    try:
        with open(err_file, errors="replace") as fh:
            err = [l.strip() for l in fh if l.strip()]
        return err[-1][:160] if err else f"exit {rc}"
    except FileNotFoundError:
        return f"exit {rc}"

def read_time(path):
    """(wall seconds, peak RSS KB) from /usr/bin/time -f '%e %M' output (last line)."""
    try:
        with open(path) as fh:
            lines = [l.strip() for l in fh if l.strip()]
    except FileNotFoundError:
        return None, None
    for line in reversed(lines):
        parts = line.split()
        if len(parts) == 2:
            try:
                return float(parts[0]), int(parts[1])
            except ValueError:
                continue
    return None, None


def read_rc(path):
    try:
        with open(path) as fh:
            return int(fh.read().strip())
    except (FileNotFoundError, ValueError):
        return None


def spectral_file(out, name, timeout):
    """dict(wall, rss, counts, other, status, note) for one corpus file."""
    base = os.path.join(out, "spectral", name)
    wall, rss = read_time(base + ".time")
    rc = read_rc(base + ".rc")
    res = {"wall": wall, "rss": rss, "counts": collections.Counter(), "other": 0, "status": "not run", "note": ""}
    if rc is None:
        return res
    if rc in (124, 137) or (wall is not None and wall >= timeout):
        res["status"] = "timeout"
        return res
    results = None
    try:
        with open(base + ".json") as fh:
            results = json.load(fh)
    except (FileNotFoundError, json.JSONDecodeError):
        results = None
    # Spectral exits 0 (no failures) or 1 (failures at --fail-severity); anything else,
    # or output that is not a JSON array, is a crash.
    if rc not in (0, 1) or not isinstance(results, list):
        res["status"] = "crash"
        res["note"] = crash_note(base + ".err", rc)
        return res
    res["status"] = "ok"
    for r in results:
        m = OWASP_CODE.match(str(r.get("code", "")))
        if m and f"API{int(m.group(1))}" in CATS:
            res["counts"][f"API{int(m.group(1))}"] += 1
        else:
            res["other"] += 1
    return res


def rampart_target(out, target, timeout):
    d = os.path.join(out, "rampart", target)
    times = [read_time(p) for p in sorted(glob.glob(os.path.join(d, "time.*")))]
    times = [t for t in times if t[0] is not None]
    walls = sorted(t[0] for t in times)
    wall = statistics.median(walls) if walls else None
    rss = max((t[1] for t in times), default=None)
    rc = read_rc(os.path.join(d, "rc"))
    res = {"wall": wall, "rss": rss, "counts": collections.Counter(), "other": 0, "status": "not run", "note": "",
           "walls": walls}
    if rc is None:
        return res
    if rc in (124, 137) or (wall is not None and wall >= timeout):
        res["status"] = "timeout"
        return res
    reports = sorted(glob.glob(os.path.join(d, "report", "*.json")))
    report = None
    if reports:
        try:
            with open(reports[0]) as fh:
                report = json.load(fh)
        except json.JSONDecodeError:
            report = None
    if rc != 0 or report is None:
        res["status"] = "crash"
        res["note"] = crash_note(os.path.join(d, "err"), rc)
        return res
    res["status"] = "ok"
    if len(walls) > 1:
        res["note"] = f"median of {len(walls)} runs, {walls[0]:.2f}–{walls[-1]:.2f} s"
    for f in report.get("findings", []):
        cat = str(f.get("category", ""))
        if cat in CATS:
            res["counts"][cat] += 1
        else:
            res["other"] += 1
    return res


def both_section(out, names, per_file, timeout):
    """Per category and per rule, over the corpus files that Spectral finished (fair comparison)."""
    ok = {n for n in names if per_file[n]["status"] == "ok"}
    reports = sorted(glob.glob(os.path.join(out, "rampart", "corpus", "report", "*.json")))
    if not reports or rampart_target(out, "corpus", timeout)["status"] != "ok":
        return
    with open(reports[0]) as fh:
        report = json.load(fh)
    r_cat, r_rule = collections.Counter(), collections.Counter()
    for f in report.get("findings", []):
        if os.path.basename(f.get("location", {}).get("file", "")) in ok:
            r_cat[f.get("category")] += 1
            r_rule[(f.get("category"), f.get("ruleId"))] += 1
    s_cat, s_rule = collections.Counter(), collections.Counter()
    for n in ok:
        with open(os.path.join(out, "spectral", n + ".json")) as fh:
            for res in json.load(fh):
                code = str(res.get("code", ""))
                m = OWASP_CODE.match(code)
                cat = f"API{int(m.group(1))}" if m else "other"
                s_cat[cat] += 1
                s_rule[(cat, code)] += 1
    print(f"Per category over the {len(ok)} corpus files both tools finished "
          f"(Spectral failed on {len(names) - len(ok)}):")
    print()
    print("| category | Rampart | Spectral+OWASP | Rampart ≥ Spectral |")
    print("|---|---:|---:|---|")
    for c in CATS:
        print(f"| {c} | {r_cat[c]} | {s_cat[c]} | {'yes' if r_cat[c] >= s_cat[c] else 'NO'} |")
    print()
    print("Per rule, same files:")
    print()
    print("| category | tool | rule | findings |")
    print("|---|---|---|---:|")
    for c in CATS + ["other"]:
        for (cat, rule), k in sorted(r_rule.items(), key=lambda x: -x[1]):
            if cat == c:
                print(f"| {c} | Rampart | {rule} | {k} |")
        for (cat, rule), k in sorted(s_rule.items(), key=lambda x: -x[1]):
            if cat == c:
                print(f"| {c} | Spectral | {rule} | {k} |")
    print()


def fmt_s(x):
    return "–" if x is None else f"{x:.2f}"


def fmt_mb(kb):
    return "–" if kb is None else f"{kb / 1024:.0f}"


def row(target, tool, r):
    if r["status"] in ("not run",) or (r["status"] != "ok" and not r["counts"]):
        total = "–"
        cats = ["–"] * 10
        other = "–"
    else:
        total = str(sum(r["counts"].values()))
        cats = [str(r["counts"].get(c, 0)) for c in CATS]
        other = str(r["other"])
    status = r["status"]
    if r.get("note"):
        status += f" ({r['note']})".replace("|", "\\|")
    return f"| {target} | {tool} | {fmt_s(r['wall'])} | {fmt_mb(r['rss'])} | {total} | " + " | ".join(cats) + f" | {other} | {status} |"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--rampart-ran", type=int, default=0)
    ap.add_argument("--spectral-timeout", type=float, default=900)
    ap.add_argument("--rampart-timeout", type=float, default=900)
    ap.add_argument("--spectral-version", default="?")
    ap.add_argument("--corpus", default="")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    names = [os.path.basename(f) for f in a.files]

    per_file = {n: spectral_file(a.out, n, a.spectral_timeout) for n in names}
    rows = []
    speed = []
    for target, fname in TARGETS + [("corpus", None)]:
        if fname is not None:
            s = per_file.get(fname) or spectral_file(a.out, fname, a.spectral_timeout)
        else:
            # Whole corpus: Spectral file by file, times summed, RSS = max, counts summed
            # over the files it finished; failed files listed.
            s = {"wall": 0.0, "rss": 0, "counts": collections.Counter(), "other": 0, "status": "ok", "note": ""}
            failed = []
            for n in names:
                r = per_file[n]
                if r["wall"] is not None:
                    s["wall"] += r["wall"]
                if r["rss"] is not None:
                    s["rss"] = max(s["rss"], r["rss"])
                if r["status"] == "ok":
                    s["counts"].update(r["counts"])
                    s["other"] += r["other"]
                else:
                    failed.append(f"{n}: {r['status']}")
            if failed:
                s["status"] = f"{len(names) - len(failed)}/{len(names)} ok"
                s["note"] = "failed: " + ", ".join(failed)
        r = rampart_target(a.out, target, a.rampart_timeout) if a.rampart_ran else \
            {"wall": None, "rss": None, "counts": collections.Counter(), "other": 0, "status": "not run", "note": ""}
        label = target if fname is None else fname
        if fname is None:
            label = f"corpus ({len(names)} files)"
        rows.append(row(label, "Rampart", r))
        rows.append(row(label, "Spectral+OWASP", s))
        if r["wall"] and s["wall"] and r["status"] == "ok" and fname is not None and s["status"] != "ok":
            speed.append(f"| {label} | {s['wall']:.2f} | {r['wall']:.2f} | n/a | Spectral {s['status']} after {s['wall']:.2f} s: no result to compare")
        elif r["wall"] and s["wall"] and r["status"] == "ok":
            factor = s["wall"] / r["wall"]
            note = "" if s["status"] == "ok" else (" Spectral failed on some files: its time counts each only up to the failure,"
                                                   " while Rampart audited them, so this understates the speed-up")
            speed.append(f"| {label} | {s['wall']:.2f} | {r['wall']:.2f} | {factor:.1f}× |{note}")
        else:
            speed.append(f"| {label} | {fmt_s(s['wall'])} | {fmt_s(r['wall'])} | – | Rampart not run or failed")

    print(f"Spectral {a.spectral_version} + @stoplight/spectral-owasp-ruleset; corpus: {a.corpus}")
    print()
    print("| target | tool | wall s | peak RSS MB | findings (API1–10) | " + " | ".join(CATS) + " | other | status |")
    print("|---|---|---:|---:|---:|" + "---:|" * 10 + "---:|---|")
    for line in rows:
        print(line)
    print()
    print("Speed-up (Spectral wall time / Rampart wall time):")
    print()
    print("| target | Spectral s | Rampart s | speed-up | note")
    print("|---|---:|---:|---:|---|")
    for line in speed:
        print(line if line.endswith("|") else line + " |")
    print()
    if a.rampart_ran:
        both_section(a.out, names, per_file, a.rampart_timeout)
    print("Spectral per corpus file (wall s, peak RSS MB, OWASP findings, status):")
    print()
    print("| file | wall s | peak RSS MB | findings | status |")
    print("|---|---:|---:|---:|---|")
    for n in names:
        r = per_file[n]
        tot = sum(r["counts"].values()) if r["status"] == "ok" else "–"
        st = r["status"] + (f" ({r['note']})".replace("|", "\\|") if r["note"] else "")
        print(f"| {n} | {fmt_s(r['wall'])} | {fmt_mb(r['rss'])} | {tot} | {st} |")


if __name__ == "__main__":
    sys.exit(main())
