#!/usr/bin/env python3
"""Reference side of scripts/bench-analysis: times python-igraph (and
networkx) on the same edge-list file the Go benchcmd used, cross-checks the
results and prints the comparison table.

usage: bench-analysis.py WORKDIR   (WORKDIR holds graph.txt, ours.json and
the result vectors written by `benchcmd run`; exit status 1 if a target is
missed)
"""
import json
import os
import statistics
import sys
import time

import igraph as ig

# Helper mode "--igraph-pagerank-only WORKDIR" (run with OMP_NUM_THREADS=1):
# igraph's PRPACK uses OpenMP, which makes its time erratic when another
# process holds a core, so the table also shows the single-thread time.
work = sys.argv[-1]
skip_btw = os.environ.get("BENCH_SKIP_BETWEENNESS") == "1"
skip_nx = os.environ.get("BENCH_SKIP_NETWORKX") == "1"
reps_pr = int(os.environ.get("BENCH_REPS_PR", "21"))
reps_lv = int(os.environ.get("BENCH_REPS_LEIDEN", "7"))
skip_la = os.environ.get("BENCH_SKIP_LEIDENALG") == "1"


def read_vector(name, conv=float):
    with open(os.path.join(work, name)) as f:
        return [conv(x) for x in f.read().split()]


# --- load (untimed) ---------------------------------------------------------
n = None
coop, coop_w = [], []
with open(os.path.join(work, "graph.txt")) as f:
    for line in f:
        if line.startswith("#"):
            p = line.split()
            if len(p) == 3 and p[1] == "nodes":
                n = int(p[2])
            continue
        u, v, w = line.split()
        w = float(w)
        if w > 0:
            coop.append((int(u), int(v)))
            coop_w.append(w)
g = ig.Graph(n=n, edges=coop, directed=True)
g.es["weight"] = coop_w
gu = g.as_undirected(mode="collapse", combine_edges="sum")  # w(u,v)=w(u->v)+w(v->u)
lengths = [1.0 / w for w in coop_w]


def timeit(reps, f):
    """median wall seconds, median CPU seconds (all threads), last result"""
    runs, cpus, res = [], [], None
    for _ in range(reps):
        c = time.process_time()
        t = time.perf_counter()
        res = f()
        runs.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return statistics.median(runs), statistics.median(cpus), res


if sys.argv[1] == "--igraph-pagerank-only":
    s, c, _ = timeit(reps_pr, lambda: g.pagerank(damping=0.85, weights="weight", directed=True))
    print(s, c)
    sys.exit(0)

ours = json.load(open(os.path.join(work, "ours.json")))

rows = []  # (algorithm, ours, reference name, reference s, target ratio, note)

# --- PageRank ---------------------------------------------------------------
ig_pr_s, ig_pr_c, ig_pr = timeit(reps_pr, lambda: g.pagerank(damping=0.85, weights="weight", directed=True))
our_pr = read_vector("pagerank.txt")
d_pr = max(abs(a - b) for a, b in zip(our_pr, ig_pr))
rows.append(("PageRank (weighted, directed coop layer)", ours["pagerank_s"], ours["pagerank_cpu_s"],
             "igraph", ig_pr_s, ig_pr_c, 1.0, f"max|ours-igraph|={d_pr:.1e}"))
# The same with igraph's OpenMP limited to one thread (steadier under load).
import subprocess
env = dict(os.environ, OMP_NUM_THREADS="1")
out = subprocess.run([sys.executable, __file__, "--igraph-pagerank-only", work], env=env,
                     check=True, capture_output=True, text=True).stdout
w1, c1 = (float(x) for x in out.split()[-2:])
rows.append(("PageRank", ours["pagerank_s"], ours["pagerank_cpu_s"], "igraph OMP_NUM_THREADS=1", w1, c1, 1.0, ""))

# --- Leiden (ours) against Louvain (igraph) and leidenalg --------------------
ig_lv_s, ig_lv_c, ig_cl = timeit(reps_lv, lambda: gu.community_multilevel(weights="weight"))
ig_q = gu.modularity(ig_cl.membership, weights="weight")
our_memb = read_vector("leiden.txt", int)
our_q_ig = gu.modularity(our_memb, weights="weight")
rows.append((f"Leiden, default (best of {ours['leiden_runs']} runs)", ours["leiden_s"], ours["leiden_cpu_s"],
             "igraph multilevel", ig_lv_s, ig_lv_c, 1.5,
             f"Q ours={ours['leiden_q']:.6f} (igraph says {our_q_ig:.6f}, {ours['leiden_runs_at_best']} runs reached it) igraph={ig_q:.6f}"))
rows.append(("Leiden, one run", ours["leiden1_s"], ours["leiden1_cpu_s"], "igraph multilevel", ig_lv_s, ig_lv_c, None,
             f"Q ours={ours['leiden1_q']:.6f}"))
if not skip_la:
    import leidenalg
    sys.stderr.write("leidenalg (one run, takes a few seconds)...\n")
    la_s, la_c, la_p = timeit(1, lambda: leidenalg.find_partition(gu, leidenalg.ModularityVertexPartition, weights="weight", seed=1))
    rows.append((f"Leiden, default (best of {ours['leiden_runs']} runs)", ours["leiden_s"], ours["leiden_cpu_s"],
                 f"leidenalg {leidenalg.version}", la_s, la_c, None,
                 f"Q leidenalg={gu.modularity(la_p.membership, weights='weight'):.6f} (seed 1, 2 iterations)"))

# --- Betweenness ------------------------------------------------------------
if not skip_btw and "betweenness_s" in ours:
    sys.stderr.write("igraph betweenness (single-threaded, takes a while)...\n")
    ig_b_s, ig_b_c, ig_b = timeit(1, lambda: g.betweenness(directed=True, weights=lengths))
    our_b = read_vector("betweenness.txt")
    d_b = max(abs(a - b) / max(1.0, abs(b)) for a, b in zip(our_b, ig_b))
    rows.append(("Betweenness (exact, w=1/w, directed coop layer)", ours["betweenness_s"], ours["betweenness_cpu_s"],
                 "igraph", ig_b_s, ig_b_c, 1.0,
                 f"max rel diff={d_b:.1e}"))

# --- networkx (PageRank, Louvain) ------------------------------------------
if not skip_nx:
    import networkx as nx
    from networkx.algorithms.community import louvain_communities, modularity

    D = nx.DiGraph()
    D.add_nodes_from(range(n))
    D.add_weighted_edges_from((u, v, w) for (u, v), w in zip(coop, coop_w))
    U = nx.Graph()
    U.add_nodes_from(range(n))
    for (u, v), w in zip(coop, coop_w):
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    try:
        import scipy  # noqa: F401  networkx's default pagerank needs scipy
        pr_impl = "scipy"
        nx_pr_f = lambda: nx.pagerank(D, alpha=0.85, weight="weight", tol=1e-10)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        pr_impl = "pure python"
        nx_pr_f = lambda: _pagerank_python(D, alpha=0.85, weight="weight", tol=1e-10)
    nx_pr_s, nx_pr_c, nx_pr = timeit(3, nx_pr_f)
    d_nx = max(abs(our_pr[i] - nx_pr[i]) for i in range(n))
    rows.append(("PageRank", ours["pagerank_s"], ours["pagerank_cpu_s"], f"networkx ({pr_impl})", nx_pr_s, nx_pr_c, None,
                 f"max|ours-networkx|={d_nx:.1e}"))
    nx_lv_s, nx_lv_c, nx_c = timeit(1, lambda: louvain_communities(U, weight="weight", seed=1))
    nx_q = modularity(U, nx_c, weight="weight")
    rows.append(("Leiden, default", ours["leiden_s"], ours["leiden_cpu_s"], "networkx louvain", nx_lv_s, nx_lv_c, None,
                 f"Q ours={ours['leiden_q']:.6f} networkx={nx_q:.6f}"))

if "gonum_pagerank_s" in ours:
    rows.append(("PageRank", ours["pagerank_s"], ours["pagerank_cpu_s"], "gonum PageRankSparse", ours["gonum_pagerank_s"], float("nan"), None,
                 "gonum v0.17, the oracle in tests"))
    rows.append(("Leiden, default", ours["leiden_s"], ours["leiden_cpu_s"], "gonum Modularize", ours["gonum_louvain_s"], float("nan"), None,
                 f"Q ours={ours['leiden_q']:.6f} gonum={ours['gonum_louvain_q']:.6f}"))

# --- table -----------------------------------------------------------------
print()
print("load average at the end (1/5/15 min): %.2f %.2f %.2f on %d cores" % (os.getloadavg() + (os.cpu_count(),)))
print(f"graph: {ours['nodes']} nodes, {ours['edges']} directed edges "
      f"({ours['coop_edges']} cooperation), GOMAXPROCS={ours['gomaxprocs']}, igraph {ig.__version__}")
hdr = (f"{'algorithm':48s} {'ours s':>8s} {'reference':>25s} {'ref s':>8s} {'ratio':>6s} {'target':>7s} "
       f"{'result':>6s} {'cpu ours/ref':>15s}  notes")
print(hdr)
print("-" * len(hdr))
misses = 0
for name, o, oc, refname, r, rc, target, note in rows:
    ratio = o / r
    if target is None:
        tgt, verdict = "-", "info"
    elif target == 1.0 and name.startswith("Betweenness"):
        tgt = "< 1.0x"
        verdict = "PASS" if ratio < 1.0 else "MISS"
    else:
        tgt = f"<= {target}x"
        verdict = "PASS" if ratio <= target else "MISS"
    misses += verdict == "MISS"
    cpu = f"{oc:.4g}/{rc:.4g}"
    print(f"{name:48s} {o:8.4f} {refname:>25s} {r:8.4f} {ratio:6.3f} {tgt:>7s} {verdict:>6s} {cpu:>15s}  {note}")
print()
print("times: wall seconds, median of %d (PageRank) / %d (Leiden, igraph multilevel) runs, 1 run for betweenness; "
      "algorithm calls only, graph loading excluded on both sides. ratio and PASS/MISS use wall time; "
      "'cpu' is process CPU seconds over all threads (less sensitive to other load on the machine)."
      % (reps_pr, reps_lv))
sys.exit(1 if misses else 0)
