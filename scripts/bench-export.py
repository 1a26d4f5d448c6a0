#!/usr/bin/env python3
"""Second half of scripts/bench-export: rebuild the synthetic graph that
benchexport wrote as TSV, time python-igraph's and NetworkX's write_graphml
on it, and print them beside our encoder's result.

usage: bench-export.py DIR   (DIR holds nodes.tsv, edges.tsv, ours.json, ours.graphml)
Exit status 1 when our encoder is slower than igraph's writer.
"""
import json
import os
import sys
import time


def load(d):
    ids, names, ranks = [], [], []
    with open(os.path.join(d, "nodes.tsv"), encoding="utf-8") as f:
        for line in f:
            i, name, pr = line.rstrip("\n").split("\t")
            ids.append(i)
            names.append(name)
            ranks.append(float(pr))
    index = {v: k for k, v in enumerate(ids)}
    edges, types, weights, counts, dates = [], [], [], [], []
    with open(os.path.join(d, "edges.tsv"), encoding="utf-8") as f:
        for line in f:
            s, t, typ, w, c, date = line.rstrip("\n").split("\t")
            edges.append((index[s], index[t]))
            types.append(typ)
            weights.append(float(w))
            counts.append(int(c))
            dates.append(date)
    return ids, names, ranks, edges, types, weights, counts, dates


def timed(f, path):
    start = time.perf_counter()
    f(path)
    return time.perf_counter() - start, os.path.getsize(path)


def main():
    d = sys.argv[1]
    with open(os.path.join(d, "ours.json"), encoding="utf-8") as f:
        ours = json.load(f)
    ids, names, ranks, edges, types, weights, counts, dates = load(d)

    import igraph as ig
    g = ig.Graph(n=len(ids), edges=edges, directed=True)
    g.vs["name"] = names
    g.vs["pagerank"] = ranks
    g.es["type"] = types
    g.es["weight"] = weights
    g.es["count"] = counts
    g.es["date"] = dates
    ig_s, ig_b = timed(g.write_graphml, os.path.join(d, "igraph.graphml"))

    import networkx as nx
    G = nx.MultiDiGraph()
    G.add_nodes_from((i, {"name": n, "pagerank": p}) for i, n, p in zip(ids, names, ranks))
    G.add_edges_from((ids[s], ids[t], {"type": a, "weight": w, "count": c, "date": dt})
                     for (s, t), a, w, c, dt in zip(edges, types, weights, counts, dates))
    nx_s, nx_b = timed(lambda p: nx.write_graphml(G, p), os.path.join(d, "networkx.graphml"))

    # our file must hold the same graph
    back = ig.Graph.Read_GraphML(os.path.join(d, "ours.graphml"))
    same = back.vcount() == len(ids) and back.ecount() == len(edges) and \
        back.es["weight"][:1000] == weights[:1000] and back.vs["name"][:1000] == names[:1000]

    mb = 1e6
    print(f"GraphML export of {ours['nodes']:,} nodes and {ours['edges']:,} edges "
          f"(node attrs: name, pagerank; edge attrs: type, weight, count, date); one run each")
    print(f"{'writer':<34}{'seconds':>9}{'MB':>8}{'MB/s':>8}")
    for name, s, b in [("blocgraph graphml.Encode (Go)", ours["seconds"], ours["bytes"]),
                       (f"python-igraph {ig.__version__} write_graphml", ig_s, ig_b),
                       (f"networkx {nx.__version__} write_graphml", nx_s, nx_b)]:
        print(f"{name:<34}{s:>9.3f}{b / mb:>8.1f}{b / mb / s:>8.0f}")
    ratio = ours["seconds"] / ig_s
    print(f"ratio ours/igraph: {ratio:.2f} (target: at most 1.00); ours/networkx: {ours['seconds'] / nx_s:.3f}")
    print(f"our memory: Encode allocated {ours['alloc_bytes'] / 1024:.0f} KiB in all; "
          f"heap in use after it {ours['heap_inuse'] / 2**20:.1f} MiB; process max RSS {ours['max_rss_bytes'] / 2**20:.1f} MiB")
    print(f"igraph reads our file back: {'same nodes, edges and values' if same else 'DIFFERENT'}")
    ok = ratio <= 1.0 and same
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
