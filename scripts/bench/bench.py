#!/usr/bin/env python3
"""Helpers of scripts/benchmark: data preparation, readiness timing, the fresh-summary client, parsing of
wrk / hyperfine / JFR output and the results table. Standard library only. Every loop is bounded in count
and time, and every URL is checked to be on 127.0.0.1."""
import concurrent.futures
import datetime
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def loopback(url):
    host = urllib.parse.urlparse(url).hostname
    if host != "127.0.0.1":
        sys.exit("bench.py: refusing %s: only 127.0.0.1 is benchmarked" % url)
    return url


def now_ms():
    return time.time() * 1000.0


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[rank]


def save(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)


def load(path, default=None):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return default


# ---------------------------------------------------------------- data

def prepare(src, dest, limit):
    """Copies the .txt articles of src/*/ into dest/main with unique names (<folder>-<file>); files that are
    not valid UTF-8 are also copied into dest/probe to see what the CLI does with them."""
    limit = int(limit)
    folders = sorted(d for d in glob.glob(os.path.join(src, "*")) if os.path.isdir(d))
    per_folder = [sorted(glob.glob(os.path.join(d, "*.txt"))) for d in folders]
    chosen = []
    if limit > 0:  # a spread over the folders: round robin
        i = 0
        while len(chosen) < limit and any(i < len(f) for f in per_folder):
            for files in per_folder:
                if i < len(files) and len(chosen) < limit:
                    chosen.append(files[i])
            i += 1
    else:
        chosen = [f for files in per_folder for f in files]
    main, probe = os.path.join(dest, "main"), os.path.join(dest, "probe")
    os.makedirs(main, exist_ok=True)
    os.makedirs(probe, exist_ok=True)
    words, invalid = {}, []
    for files in per_folder:  # the whole set is checked for invalid UTF-8, even in smoke mode
        for path in files:
            raw = open(path, "rb").read()
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as e:
                name = "%s-%s" % (os.path.basename(os.path.dirname(path)), os.path.basename(path))
                invalid.append({"file": name, "error": str(e)})
                shutil.copyfile(path, os.path.join(probe, name))
    for path in chosen:
        name = "%s-%s" % (os.path.basename(os.path.dirname(path)), os.path.basename(path))
        raw = open(path, "rb").read()
        shutil.copyfile(path, os.path.join(main, name))
        words[name] = len(raw.decode("utf-8", "replace").split())
    save(os.path.join(dest, "prepare.json"), {"files": len(chosen), "words": words, "invalid": invalid})
    print("%d articles in %s; %d file(s) not valid UTF-8: %s" % (
        len(chosen), main, len(invalid), ", ".join(i["file"] for i in invalid) or "none"))


def transcode(path):
    """Rewrites a file that is not valid UTF-8 as UTF-8, reading it as Windows-1252 (0xA3 is the pound sign)."""
    raw = open(path, "rb").read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(raw.decode("cp1252", "replace"))


def ids(import_json, prepare_json, out):
    """The ids of an import's created and duplicate lines, with each article's word count."""
    report = load(import_json) or {}
    words = (load(prepare_json) or {}).get("words", {})
    rows, seen = [], set()
    for r in report.get("results", []):
        if r.get("status") in ("created", "duplicate") and r.get("id") and r["id"] not in seen:
            seen.add(r["id"])
            rows.append({"id": r["id"], "source": r.get("source"), "words": words.get(r.get("source"), 0),
                         "created": r.get("status") == "created"})
    save(out, rows)
    with open(out + ".txt", "w") as f:
        f.write("".join("%d\n" % r["id"] for r in rows))
    print("%d distinct ids (created %s, duplicates %s, invalid %s)" % (
        len(rows), report.get("created"), report.get("duplicates"), report.get("invalid")))


# ---------------------------------------------------------------- timing

def ready(url, timeout, out):
    """Polls url (a /q/health/ready) every 50 ms until it answers 200; writes the epoch ms of that answer."""
    loopback(url)
    deadline = time.time() + float(timeout)
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    with open(out, "w") as f:
                        f.write("%.0f\n" % now_ms())
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    sys.exit("bench.py: %s not ready within %ss" % (url, timeout))


def procstart(pid):
    """Epoch ms at which process pid started (from /proc)."""
    stat = open("/proc/%s/stat" % pid).read()
    start_ticks = int(stat[stat.rindex(")") + 2:].split()[19])
    btime = next(int(l.split()[1]) for l in open("/proc/stat") if l.startswith("btime "))
    print("%.0f" % ((btime + start_ticks / os.sysconf("SC_CLK_TCK")) * 1000.0))


# ---------------------------------------------------------------- fresh summaries

def summarise(base, ids_json, concurrency, query, budget, out):
    """GET base/summaries/{id}?query once per id with `concurrency` requests in flight. A result counts as
    fresh when its generatedAt is not older than the request (otherwise it came from the store)."""
    loopback(base)
    rows = load(ids_json, [])
    concurrency, budget = int(concurrency), float(budget)
    started = time.time()

    def one(row):
        if time.time() - started > budget:
            return dict(row, status="skipped")
        url = "%s/summaries/%d%s" % (base, row["id"], ("?" + query) if query else "")
        sent = datetime.datetime.now(datetime.timezone.utc)
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=60) as r:
                body = r.read()
                status = r.status
        except urllib.error.HTTPError as e:
            return dict(row, status=e.code, ms=(time.perf_counter() - t0) * 1000)
        except (urllib.error.URLError, OSError) as e:
            return dict(row, status="error", error=str(e), ms=(time.perf_counter() - t0) * 1000)
        ms = (time.perf_counter() - t0) * 1000
        fresh = None
        try:
            generated = datetime.datetime.fromisoformat(json.loads(body)["generatedAt"].replace("Z", "+00:00"))
            fresh = generated >= sent - datetime.timedelta(milliseconds=50)
        except (ValueError, KeyError, TypeError):
            pass
        return dict(row, status=status, ms=ms, fresh=fresh)

    with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(one, rows))
    wall = time.time() - started
    ok = [r for r in results if r.get("status") == 200]
    fresh = [r["ms"] for r in ok if r.get("fresh")]
    near500 = [r["ms"] for r in ok if r.get("fresh") and 400 <= r.get("words", 0) <= 600]
    summary = {
        "requested": len(rows), "ok": len(ok), "fresh": len(fresh), "stored": len(ok) - len(fresh),
        "skipped": sum(1 for r in results if r.get("status") == "skipped"),
        "failed": [{"id": r["id"], "status": r.get("status"), "error": r.get("error")}
                   for r in results if r.get("status") not in (200, "skipped")][:20],
        "wall_s": wall, "concurrency": concurrency, "query": query,
        "p50_ms": percentile(fresh, 50), "p99_ms": percentile(fresh, 99), "max_ms": max(fresh) if fresh else None,
        "n500": len(near500), "p50_500w_ms": percentile(near500, 50), "p99_500w_ms": percentile(near500, 99),
        "per_s": len(ok) / wall if wall > 0 else None,
    }
    save(out, summary)
    print("fresh summaries: %d ok (%d fresh, %d from the store), %d failed, %d skipped, %.1f s; p50 %s ms, p99 %s ms" % (
        len(ok), len(fresh), summary["stored"], len(summary["failed"]), summary["skipped"], wall,
        fmt(summary["p50_ms"]), fmt(summary["p99_ms"])))


def stored_probe(base, article_id, query):
    """Prints 'stored' when the summary of article_id (with query) is already in the store, else 'fresh'.
    Asking computes it when it is not, so the probe's article is left out of the fresh figures."""
    loopback(base)
    url = "%s/summaries/%s%s" % (base, article_id, ("?" + query) if query else "")
    sent = datetime.datetime.now(datetime.timezone.utc)
    with urllib.request.urlopen(url, timeout=120) as r:
        generated = datetime.datetime.fromisoformat(json.loads(r.read())["generatedAt"].replace("Z", "+00:00"))
    print("fresh" if generated >= sent - datetime.timedelta(milliseconds=50) else "stored")


# ---------------------------------------------------------------- parsers

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def duration_ms(text):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", text.strip())
    return float(m.group(1)) * UNITS[m.group(2)] if m else None


def wrkparse(path, out):
    text = open(path, encoding="utf-8", errors="replace").read()
    result = {"raw": text}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    result["rps"] = float(m.group(1)) if m else None
    m = re.search(r"(\d+) requests in ([\d.]+\w+)", text)
    result["requests"] = int(m.group(1)) if m else None
    for p in ("50", "75", "90", "99"):
        m = re.search(r"^\s+%s(?:\.000)?%%\s+(\S+)" % p, text, re.M)
        result["p" + p + "_ms"] = duration_ms(m.group(1)) if m else None
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    result["non2xx"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    result["socket_errors"] = sum(int(g) for g in m.groups()) if m else 0
    save(out, result)
    print("%s req/s, p50 %s ms, p99 %s ms, non-2xx %s, socket errors %s" % (
        fmt(result["rps"]), fmt(result["p50_ms"]), fmt(result["p99_ms"]), result["non2xx"], result["socket_errors"]))


def hyperparse(path, out):
    data = load(path, {}) or {}
    rows = []
    for r in data.get("results", []):
        rows.append({"command": r["command"], "mean_ms": r["mean"] * 1000, "stddev_ms": (r.get("stddev") or 0) * 1000,
                     "median_ms": r["median"] * 1000, "min_ms": r["min"] * 1000, "max_ms": r["max"] * 1000,
                     "runs": len(r.get("times", []))})
    save(out, rows)


def looptimes(out, *times):
    """Fallback when hyperfine is missing: wall times in ms of a loop, as hyperparse would write them."""
    values = [float(t) for t in times]
    save(out, [{"command": "news summary (loop)", "mean_ms": sum(values) / len(values),
                "median_ms": percentile(values, 50), "min_ms": min(values), "max_ms": max(values),
                "stddev_ms": 0, "runs": len(values)}])


def jfrtop(path, count, out):
    """Top frames of a JFR recording's execution samples: the innermost frame (self time) and the innermost
    frame of the project's own code or of a named library (where the time is spent, one level up)."""
    count = int(count)
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", path],
                          capture_output=True, text=True, timeout=300).stdout
    top, own, samples = {}, {}, 0
    for block in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>/]+\.[\w$<>]+)\(", block, re.M)
        if not frames:
            continue
        samples += 1
        top[frames[0]] = top.get(frames[0], 0) + 1
        mine = next((f for f in frames if f.startswith("dev.news.")), None)
        if mine:
            own[mine] = own.get(mine, 0) + 1
    def best(d):
        return [{"frame": k, "samples": v, "share": v / samples if samples else 0}
                for k, v in sorted(d.items(), key=lambda kv: -kv[1])[:count]]
    result = {"samples": samples, "top": best(top), "own": best(own)}
    save(out, result)
    print("%d samples; top frames:" % samples)
    for row in result["top"]:
        print("  %5.1f%%  %s" % (row["share"] * 100, row["frame"]))
    print("innermost project frames:")
    for row in result["own"]:
        print("  %5.1f%%  %s" % (row["share"] * 100, row["frame"]))


# ---------------------------------------------------------------- report

def fmt(value, digits=1):
    if value is None:
        return "n/a"
    if isinstance(value, float):
        if abs(value) >= 100:
            return "{:,.0f}".format(value)
        return ("{:,.%df}" % digits).format(value)
    return "{:,}".format(value) if isinstance(value, int) else str(value)


def verdict(ok):
    return "n/a" if ok is None else ("met" if ok else "**missed**")


def report(work, out):
    m = load(os.path.join(work, "meta.json"), {})
    smoke = m.get("smoke") == "1"
    start = load(os.path.join(work, "startup.json"), {})
    imp = load(os.path.join(work, "import.json"), {})
    fresh = load(os.path.join(work, "fresh.json"), {})
    wrk_s = load(os.path.join(work, "wrk-summaries.json"), {})
    wrk_a = load(os.path.join(work, "wrk-articles.json"), {})
    wrk_r = load(os.path.join(work, "wrk-summaries-revalidated.json"), {})
    cli = load(os.path.join(work, "cli.json"), [])
    rss = load(os.path.join(work, "rss.json"), {})

    def ratio(a, b):
        return a / b if a and b else None

    def lt(v, target):
        return None if (v is None or smoke) else v < target

    def ge(v, target):
        return None if (v is None or smoke) else v >= target

    total = (imp.get("wall_s") or 0) + (fresh.get("wall_s") or 0) if imp.get("wall_s") and fresh.get("wall_s") else None
    rows = []
    a_ready = start.get("article_fresh_ms")
    rows.append(("article-service start to ready (fresh JVM, %s)" % start.get("article_fresh_note", ""),
                 fmt(a_ready / 1000.0 if a_ready else None, 2) + " s",
                 "Quarkus `started in` %s s" % fmt(start.get("article_fresh_quarkus_s"), 2), "< 2 s",
                 verdict(lt(a_ready, 2000))))
    if start.get("article_up_ms"):
        rows.append(("article-service start to ready (during `up`, beside summary-service)",
                     fmt(start["article_up_ms"] / 1000.0, 2) + " s", "", "< 2 s", verdict(lt(start["article_up_ms"], 2000))))
    s_ready = start.get("summary_up_ms")
    rows.append(("summary-service start to ready (during `up`)",
                 fmt(s_ready / 1000.0 if s_ready else None, 1) + " s" if s_ready else start.get("summary_note", "n/a"),
                 "engine load %s s (its log)" % fmt(start.get("summary_engine_s"), 1), "(README: 20-60 s)", ""))
    rows.append(("import through `news articles import`",
                 "%s articles/s" % fmt(imp.get("rate")),
                 "%s articles in %s s: %s created, %s duplicates, %s invalid" % (
                     imp.get("articles"), fmt(imp.get("wall_s")), imp.get("created"), imp.get("duplicates"), imp.get("invalid")),
                 "", ""))
    rows.append(("fresh summary latency p50 / p99 (all, concurrency %s)" % fresh.get("concurrency"),
                 "%s / %s ms" % (fmt(fresh.get("p50_ms")), fmt(fresh.get("p99_ms"))),
                 "%s fresh, %s from store, %s failed; %s summaries/s" % (
                     fresh.get("fresh"), fresh.get("stored"), len(fresh.get("failed", [])), fmt(fresh.get("per_s"), 2)),
                 "", ""))
    rows.append(("fresh summary+facts p50, articles of 400-600 words",
                 "%s ms (n=%s)" % (fmt(fresh.get("p50_500w_ms")), fresh.get("n500")),
                 "p99 %s ms" % fmt(fresh.get("p99_500w_ms")), "p50 < 250 ms", verdict(lt(fresh.get("p50_500w_ms"), 250))))
    rows.append(("import + summarise all", "%s s" % fmt(total), "import %s s + summarise %s s" % (
        fmt(imp.get("wall_s")), fmt(fresh.get("wall_s"))), "< 300 s (1,671 articles)",
        verdict(None if (total is None or imp.get("articles", 0) < 1671) else total < 300) if not smoke else "n/a"))
    rows.append(("stored `GET /summaries/{id}` throughput", "%s req/s" % fmt(wrk_s.get("rps")),
                 "= %s x `GET /articles/{id}`; %s x the same with `Cache-Control: no-cache`" % (
                     fmt(ratio(wrk_s.get("rps"), wrk_a.get("rps")), 2), fmt(ratio(wrk_s.get("rps"), wrk_r.get("rps")), 2)),
                 ">= 2,000 req/s", verdict(ge(wrk_s.get("rps"), 2000))))
    rows.append(("stored `GET /summaries/{id}` latency p50 / p99", "%s / %s ms" % (fmt(wrk_s.get("p50_ms"), 2), fmt(wrk_s.get("p99_ms"), 2)),
                 "fresh p50 / stored p50 = %s" % fmt(ratio(fresh.get("p50_ms"), wrk_s.get("p50_ms"))),
                 "p99 < 20 ms", verdict(lt(wrk_s.get("p99_ms"), 20))))
    rows.append(("stored `GET /summaries/{id}` with `Cache-Control: no-cache` (asks article-service each time)",
                 "%s req/s, p50 / p99 %s / %s ms" % (fmt(wrk_r.get("rps")), fmt(wrk_r.get("p50_ms"), 2), fmt(wrk_r.get("p99_ms"), 2)),
                 "baseline of the two rows above", "", ""))
    rows.append(("`GET /articles/{id}` throughput", "%s req/s" % fmt(wrk_a.get("rps")),
                 "p50 %s ms" % fmt(wrk_a.get("p50_ms"), 2), ">= 3,000 req/s", verdict(ge(wrk_a.get("rps"), 3000))))
    rows.append(("`GET /articles/{id}` latency p99", "%s ms" % fmt(wrk_a.get("p99_ms"), 2),
                 "stored summary p99 / article p99 = %s" % fmt(ratio(wrk_s.get("p99_ms"), wrk_a.get("p99_ms")), 2), "", ""))
    errors = "non-2xx %s / %s / %s, socket errors %s / %s / %s" % (
        wrk_s.get("non2xx"), wrk_r.get("non2xx"), wrk_a.get("non2xx"),
        wrk_s.get("socket_errors"), wrk_r.get("socket_errors"), wrk_a.get("socket_errors"))
    rows.append(("load errors (summaries / no-cache summaries / articles)", errors, "", "0", ""))
    by_cmd = {c["command"]: c for c in cli}
    summ = next((c for k, c in by_cmd.items() if "summary" in k), None)
    ver = next((c for k, c in by_cmd.items() if "version" in k), None)
    if summ:
        rows.append(("CLI `news summary <id>` (stored) wall time", "%s ms ± %s (median %s, min %s, %s runs)" % (
            fmt(summ["mean_ms"]), fmt(summ["stddev_ms"]), fmt(summ["median_ms"]), fmt(summ["min_ms"]), summ["runs"]),
            "`news version` %s ms (median %s)" % (fmt(ver["mean_ms"]), fmt(ver["median_ms"])) if ver else "", "", ""))
    for name, target in (("summary-service", 1.5 * 1024), ("article-service", None)):
        r = rss.get(name, {})
        rows.append(("%s RSS after load" % name, "%s MiB" % fmt(r.get("rss_mib")),
                     "peak (VmHWM) %s MiB; `%s`" % (fmt(r.get("hwm_mib")), r.get("jvm", "?")),
                     "< 1.5 GiB" if target else "",
                     verdict(None if (not target or smoke or not r.get("rss_mib")) else r["rss_mib"] < target)))

    lines = ["# Benchmark results%s" % (" (smoke: tiny run, times not judged)" if smoke else ""), "",
             "%s, `scripts/benchmark`%s; %s cores, load average before %s, after %s; %s" % (
                 m.get("date"), " with BENCH_SMOKE=1" if smoke else "", m.get("cores"), m.get("load_before"),
                 m.get("load_after"), m.get("java")), "",
             "Load: %s s per endpoint, wrk %s threads, %s connections, ids spread at random over %s imported articles; "
             "fresh summaries with %s in flight%s." % (m.get("seconds"), m.get("wrk_threads"), m.get("wrk_connections"),
                                                       m.get("ids"), fresh.get("concurrency"),
                                                       (", query `%s`" % fresh["query"]) if fresh.get("query") else ""), "",
             "| figure | measured | baseline / detail (same run) | target | |", "|---|---|---|---|---|"]
    for r in rows:
        lines.append("| " + " | ".join(r) + " |")
    notes = m.get("notes", [])
    if imp.get("cli_utf8"):
        notes.append(imp["cli_utf8"])
    if notes:
        lines += ["", "Notes:", ""] + ["- " + n for n in notes]
    for name, what in (("fresh", "first 60 s of the fresh summaries, summary-service"),
                       ("summaries", "stored summary load, summary-service"),
                       ("summaries-article", "stored summary load, article-service"),
                       ("articles", "`GET /articles/{id}` load, article-service")):
        j = load(os.path.join(work, "jfr-%s.json" % name))
        if j:
            lines += ["", "Profile, %s (JFR execution samples: %d; innermost frames):" % (what, j["samples"]), ""]
            lines += ["- %.1f%% `%s`" % (t["share"] * 100, t["frame"]) for t in j["top"][:8]]
            lines += ["", "innermost project frames:", ""] + ["- %.1f%% `%s`" % (t["share"] * 100, t["frame"]) for t in j["own"][:6]]
    text = "\n".join(lines) + "\n"
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    sys.stdout.write(text)


def meta(path, key, value):
    data = load(path, {}) or {}
    if key == "note":
        data.setdefault("notes", []).append(value)
    else:
        data[key] = value
    save(path, data)


def merge(path, key, value):
    """Sets key in a JSON object file; value is parsed as JSON when it can be (numbers), else kept as text."""
    data = load(path, {}) or {}
    try:
        data[key] = json.loads(value)
    except ValueError:
        data[key] = value
    save(path, data)


COMMANDS = {"prepare": prepare, "transcode": transcode, "ids": ids, "ready": ready, "procstart": procstart,
            "summarise": summarise, "stored-probe": stored_probe, "wrkparse": wrkparse, "hyperparse": hyperparse,
            "looptimes": looptimes, "jfrtop": jfrtop, "report": report, "meta": meta, "merge": merge}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit("usage: bench.py %s ..." % "|".join(COMMANDS))
    COMMANDS[sys.argv[1]](*sys.argv[2:])
