#!/usr/bin/env python3
"""Read a blocgraph export with a third-party reader and compare it with what
the Go test expects.

usage: roundtrip.py READER FILE EXPECTED.json

READER is one of nx-graphml (networkx.read_graphml), igraph-graphml
(igraph.Graph.Read_GraphML), nx-gexf (networkx.read_gexf) and nx-nodelink
(networkx.node_link_graph on json.load). EXPECTED holds, for the graph, each
node and each edge (by id), the attributes the reader must return, as
[type, value] with type one of str, int, float, bool, list and jsonlist (a
string that json.loads into a list of strings). With "exact": true the
reader must return no other attribute.

Prints one line per mismatch and exits 1, or prints "ok: …" and exits 0.
"""
import json
import math
import sys


def read_nx(G):
    multi = G.is_multigraph()
    nodes = {str(n): dict(d) for n, d in G.nodes(data=True)}
    edges = {}
    if multi:
        for u, v, k, d in G.edges(keys=True, data=True):
            edges[str(k)] = (str(u), str(v), dict(d))
    else:
        for u, v, d in G.edges(data=True):
            d = dict(d)
            edges[str(d.get("id"))] = (str(u), str(v), d)
    graph = {k: v for k, v in G.graph.items() if k not in ("node_default", "edge_default")}
    return {"nodes": nodes, "edges": edges, "graph": graph, "multigraph": multi,
            "n_nodes": G.number_of_nodes(), "n_edges": G.number_of_edges()}


def read(reader, path):
    if reader == "nx-graphml":
        import networkx as nx
        return read_nx(nx.read_graphml(path))
    if reader == "nx-gexf":
        import networkx as nx
        return read_nx(nx.read_gexf(path))
    if reader == "nx-nodelink":
        import networkx as nx
        with open(path, encoding="utf-8") as f:
            return read_nx(nx.node_link_graph(json.load(f)))
    if reader == "igraph-graphml":
        import igraph as ig
        g = ig.Graph.Read_GraphML(path)
        nodes = {}
        for v in g.vs:
            d = v.attributes()
            nodes[d.pop("id")] = d
        edges = {}
        for e in g.es:
            d = e.attributes()
            edges[d["id"]] = (g.vs[e.source]["id"], g.vs[e.target]["id"], d)
        graph = {k: g[k] for k in g.attributes()}
        return {"nodes": nodes, "edges": edges, "graph": graph, "multigraph": True,
                "n_nodes": g.vcount(), "n_edges": g.ecount()}
    raise SystemExit("unknown reader " + reader)


def check_value(where, key, want, got, problems):
    typ, val = want
    if typ == "jsonlist":
        if not isinstance(got, str):
            problems.append(f"{where} {key}: got {type(got).__name__} {got!r}, want a JSON list in a string")
            return
        try:
            got = json.loads(got)
        except ValueError as err:
            problems.append(f"{where} {key}: {got!r} is not JSON: {err}")
            return
        typ = "list"
    pytype = {"str": str, "int": int, "float": float, "bool": bool, "list": list}[typ]
    if type(got) is not pytype:
        problems.append(f"{where} {key}: got {type(got).__name__} {got!r}, want {typ} {val!r}")
        return
    if typ == "float" and isinstance(val, (int, float)) and math.isnan(val) and math.isnan(got):
        return
    if got != val:
        problems.append(f"{where} {key}: got {got!r}, want {val!r}")


def check_attrs(where, want, got, exact, problems):
    for key, w in want.items():
        if key not in got:
            problems.append(f"{where}: attribute {key} missing (have {sorted(got)})")
            continue
        check_value(where, key, w, got[key], problems)
    if exact:
        extra = sorted(set(got) - set(want))
        if extra:
            problems.append(f"{where}: unexpected attributes {extra}")


def main():
    reader, path, expected = sys.argv[1:4]
    with open(expected, encoding="utf-8") as f:
        exp = json.load(f)
    got = read(reader, path)
    problems = []
    exact = exp.get("exact", False)
    if got["n_nodes"] != len(exp["nodes"]):
        problems.append(f"{got['n_nodes']} nodes, want {len(exp['nodes'])}")
    if got["n_edges"] != len(exp["edges"]):
        problems.append(f"{got['n_edges']} edges, want {len(exp['edges'])}")
    if "multigraph" in exp and got["multigraph"] != exp["multigraph"]:
        problems.append(f"multigraph {got['multigraph']}, want {exp['multigraph']}")
    check_attrs("graph", exp.get("graph", {}), got["graph"], exact and "graph" in exp, problems)
    for nid, want in exp["nodes"].items():
        if nid not in got["nodes"]:
            problems.append(f"node {nid!r} missing")
            continue
        check_attrs(f"node {nid}", want, got["nodes"][nid], exact, problems)
    for eid, want in exp["edges"].items():
        if eid not in got["edges"]:
            problems.append(f"edge {eid!r} missing")
            continue
        src, tgt, d = got["edges"][eid]
        if (src, tgt) != (want["source"], want["target"]):
            problems.append(f"edge {eid}: {src}->{tgt}, want {want['source']}->{want['target']}")
        check_attrs(f"edge {eid}", want["attrs"], d, exact, problems)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"ok: {reader} read {got['n_nodes']} nodes and {got['n_edges']} edges with every attribute value and type")


if __name__ == "__main__":
    main()
