#!/usr/bin/env python3
"""Reference side of the bloc cross-check (analysis/crosscheck_test.go).

usage: crosscheck.py DIR   (writes DIR/refs.json)

DIR/cases.json lists the projected graphs the Go test wrote:
  [{"name": ..., "n": N, "coop": FILE, "conflict": FILE, "leiden_seeds": 200,
    "ilp": true, "modularity": true}, ...]
("modularity": false leaves the modularity references out, for cases that
only need the exact frustration.)
Each FILE holds "# nodes N" and one "from to weight" line per directed edge
(weight > 0; the conflict layer holds |w|). As in blocgraph, the cooperation
layer is symmetrised by summing both directions, w(u,v) = w(u->v) + w(v->u).

For every case it writes, into one JSON object in DIR/refs.json (stdout is
left to HiGHS, which prints a banner there):
  - modularity Q (resolution 1, computed by igraph on the symmetrised layer) of
    igraph's multilevel (Louvain) for seeds 0..9, NetworkX's louvain_communities
    for seeds 0..9, and leidenalg (ModularityVertexPartition, its default two
    iterations) for seeds 0..leiden_seeds-1;
  - with "ilp": the least frustration over all partitions (any number of blocs),
    solved exactly with HiGHS as a multicut integer programme: one 0/1 variable
    x_e per pair with a non-zero net weight s_e = P_e - N_e (P, N the summed
    cooperation and conflict of the pair), F = sum N + sum s_e x_e, and the
    cycle constraints x_e <= sum_{f in path} x_f (a separated pair cannot be
    joined by a path of kept pairs), added lazily until the optimum satisfies
    all of them.
Test-only: the product never runs Python.
"""
import collections
import json
import os
import random
import sys
import time

import igraph as ig
import leidenalg
import networkx as nx
from networkx.algorithms.community import louvain_communities


def read_layer(path):
    n = None
    edges = []
    with open(path) as f:
        for line in f:
            p = line.split()
            if not p:
                continue
            if p[0] == "#":
                if len(p) == 3 and p[1] == "nodes":
                    n = int(p[2])
                continue
            edges.append((int(p[0]), int(p[1]), float(p[2])))
    return n, edges


def symmetrise(edges):
    w = collections.defaultdict(float)
    for u, v, x in edges:
        w[(min(u, v), max(u, v))] += x
    return w


def modularity_refs(n, coop, leiden_seeds):
    w = symmetrise(coop)
    out = {"edges": len(w)}
    if not w:
        return out
    pairs = sorted(w)
    g = ig.Graph(n=n, edges=pairs)
    g.es["weight"] = [w[p] for p in pairs]

    def q(membership):
        return g.modularity(membership, weights="weight")

    out["igraph_q"] = []
    for s in range(10):
        random.seed(s)
        ig.set_random_number_generator(random)
        out["igraph_q"].append(q(g.community_multilevel(weights="weight").membership))
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for (u, v), x in w.items():
        G.add_edge(u, v, weight=x)
    out["networkx_q"] = []
    for s in range(10):
        memb = [0] * n
        for c, nodes in enumerate(louvain_communities(G, weight="weight", seed=s)):
            for v in nodes:
                memb[v] = c
        out["networkx_q"].append(q(memb))
    best, t = None, time.perf_counter()
    for s in range(leiden_seeds):
        part = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight", seed=s)
        v = q(part.membership)
        best = v if best is None else max(best, v)
    out["leiden_q_best"] = best
    out["leiden_seeds"] = leiden_seeds
    out["leiden_s"] = time.perf_counter() - t
    return out


def multicut(n, coop, conflict, time_limit=60.0):
    import highspy
    import numpy as np

    net = collections.defaultdict(float)
    total_n = 0.0
    for u, v, x in coop:
        if u != v:
            net[(min(u, v), max(u, v))] += x
    for u, v, x in conflict:
        if u == v:
            total_n += x  # a conflict self-loop is always inside a bloc
            continue
        net[(min(u, v), max(u, v))] -= x
        total_n += x
    edges = [(u, v, s) for (u, v), s in sorted(net.items()) if s != 0]
    m = len(edges)
    adj = collections.defaultdict(list)
    for i, (u, v, _) in enumerate(edges):
        adj[u].append((v, i))
        adj[v].append((u, i))
    h = highspy.Highs()
    h.silent()
    h.setOptionValue("time_limit", time_limit)
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1e-9)
    inf = highspy.kHighsInf
    for (_, _, s) in edges:
        h.addCol(float(s), 0.0, 1.0, 0, [], [])
    if m:
        h.changeColsIntegrality(m, np.arange(m, dtype=np.int32),
                                np.array([highspy.HighsVarType.kInteger] * m))
    t = time.perf_counter()
    rounds = cuts = 0
    while True:
        rounds += 1
        h.run()
        x = list(h.getSolution().col_value) if m else []
        comp = [-1] * n
        c = 0
        for s0 in range(n):
            if comp[s0] >= 0:
                continue
            comp[s0] = c
            stack = [s0]
            while stack:
                a = stack.pop()
                for b, i in adj[a]:
                    if x[i] < 0.5 and comp[b] < 0:
                        comp[b] = c
                        stack.append(b)
            c += 1
        viol = [i for i, (u, v, _) in enumerate(edges) if x[i] > 0.5 and comp[u] == comp[v]]
        if not viol:
            break
        for i in viol:
            u, v, _ = edges[i]
            prev = {u: None}
            dq = collections.deque([u])
            while dq:
                a = dq.popleft()
                if a == v:
                    break
                for b, j in adj[a]:
                    if j != i and x[j] < 0.5 and b not in prev:
                        prev[b] = (a, j)
                        dq.append(b)
            path, a = [], v
            while prev[a] is not None:
                a, j = prev[a]
                path.append(j)
            idx = np.array([i] + path, dtype=np.int32)
            h.addRow(-inf, 0.0, len(idx), idx, np.array([1.0] + [-1.0] * len(path)))
            cuts += 1
    status = h.modelStatusToString(h.getModelStatus()) if m else "Optimal"
    f = total_n + (sum(s * x[i] for i, (_, _, s) in enumerate(edges)) if m else 0.0)
    return {"frustration": f, "blocs": len(set(comp)), "status": status,
            "rounds": rounds, "cuts": cuts, "seconds": time.perf_counter() - t,
            "membership": comp}


def main():
    d = sys.argv[1]
    cases = json.load(open(os.path.join(d, "cases.json")))
    out = {"versions": {"igraph": ig.__version__, "networkx": nx.__version__,
                        "leidenalg": leidenalg.version}, "cases": {}}
    for c in cases:
        n, coop = read_layer(os.path.join(d, c["coop"]))
        _, conflict = read_layer(os.path.join(d, c["conflict"]))
        r = modularity_refs(n, coop, c.get("leiden_seeds", 200)) if c.get("modularity", True) else {}
        if c.get("ilp"):
            r["ilp"] = multicut(n, coop, conflict)
        out["cases"][c["name"]] = r
    with open(os.path.join(d, "refs.json"), "w") as f:
        json.dump(out, f)


if __name__ == "__main__":
    main()
