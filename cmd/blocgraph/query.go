package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	store "github.com/blocgraph/blocgraph/graph/neo4j"
	"github.com/urfave/cli/v2"
)

func queryCommand() *cli.Command {
	flags := append([]cli.Flag{
		&cli.StringSliceFlag{Name: "param", Aliases: []string{"p"},
			Usage: "query parameter `NAME=VALUE`, used as $NAME (repeatable); VALUE is read as JSON when it parses (3, 2.5, true, null, [\"a\",\"b\"], {\"k\":1}, \"\\\"quoted\\\"\"), else as a string"},
		formatFlag("table", "table", "json", "csv"),
		&cli.BoolFlag{Name: "write", Usage: "allow the query to write (it runs read-only otherwise)"},
	}, neo4jFlags()...)
	return &cli.Command{
		Name:      "query",
		Usage:     "run a Cypher query against Neo4j and print the rows",
		ArgsUsage: "'CYPHER' (or - to read it from standard input)",
		Description: "Runs one Cypher statement read-only, unless --write, with the parameters given,\n" +
			"and prints its rows as a table, JSON (an array of objects) or CSV. Nodes print as\n" +
			"{labels, properties}, relationships as {type, properties}, dates as YYYY-MM-DD." + examples(
			"query 'MATCH (a)-[r:CONGRATULATED]->(b) WHERE r.day >= date($since) RETURN a.name, b.name, r.date, r.quote' --param since=2021-04-01",
			"query --format csv 'MATCH (s:State) WHERE s.pagerank IS NOT NULL RETURN s.id, s.name, s.bloc_label ORDER BY s.pagerank DESC LIMIT 10'",
			"query --database system 'SHOW DATABASES'"),
		Flags: flags,
		Action: func(c *cli.Context) error {
			rest := c.Args().Slice()
			format, err := checkFormat(c, "table", "json", "csv")
			if err != nil {
				return err
			}
			if len(rest) != 1 {
				return usageError("give one Cypher query, quoted, e.g. blocgraph query 'MATCH (s:State) RETURN s.name' (or - for standard input)")
			}
			cypher := rest[0]
			if cypher == "-" {
				b, err := io.ReadAll(c.App.Reader)
				if err != nil {
					return err
				}
				cypher = string(b)
			}
			if strings.TrimSpace(cypher) == "" {
				return usageError("the query is empty")
			}
			args, err := parseParams(c.StringSlice("param"))
			if err != nil {
				return err
			}
			st, err := openStore(c)
			if err != nil {
				return err
			}
			defer st.Close(context.Background())
			ctx := commandContext(c)
			keys, rows, sum, err := st.Query(ctx, cypher, args, c.Bool("write"))
			if errors.Is(err, store.ErrReadOnly) {
				if err == store.ErrReadOnly || err.Error() == store.ErrReadOnly.Error() {
					return usageError("this query writes; add --write to allow it")
				}
				return usageError("%v; add --write to allow it", err)
			}
			if err != nil {
				return err
			}
			switch format {
			case "json":
				err = writeRowsJSON(dataWriter(c), keys, rows)
			case "csv":
				err = writeRowsCSV(c.App.Writer, keys, rows)
			default:
				err = writeRowsTable(c.App.Writer, keys, rows)
			}
			if err != nil {
				return err
			}
			if u := updates(sum); u != "" {
				fmt.Fprintln(c.App.ErrWriter, u)
			}
			for _, n := range sum.Notifications {
				fmt.Fprintln(c.App.ErrWriter, "note: "+n)
			}
			return nil
		},
	}
}

// parseParams reads NAME=VALUE pairs; VALUE is JSON when it parses as JSON,
// else a string.
func parseParams(kv []string) (map[string]any, error) {
	out := map[string]any{}
	for _, p := range kv {
		k, v, ok := strings.Cut(p, "=")
		k = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(k), "$"))
		if !ok || k == "" {
			return nil, usageError("--param %q: want NAME=VALUE", p)
		}
		val, err := paramValue(v)
		if err != nil {
			return nil, usageError("--param %s: %v; quote it to pass the text as a string (%s='\"%s\"')", k, err, k, v)
		}
		out[k] = val
	}
	return out, nil
}

func paramValue(s string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil || dec.More() {
		return s, nil
	}
	if _, err := dec.Token(); err != io.EOF {
		return s, nil
	}
	return fromJSON(v)
}

// fromJSON turns json.Number into int64 when integral, else float64, and
// refuses a number neither can hold (1e400 would become +Inf, an integer
// past int64 would lose its digits).
func fromJSON(v any) (any, error) {
	switch x := v.(type) {
	case json.Number:
		s := x.String()
		i, err := strconv.ParseInt(s, 10, 64)
		if err == nil {
			return i, nil
		}
		if !strings.ContainsAny(s, ".eE") {
			return nil, fmt.Errorf("%s is too large for a Cypher integer (from %d to %d)", s, math.MinInt64, math.MaxInt64)
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return nil, fmt.Errorf("%s is out of the range of a Cypher float (about ±1.8e308)", s)
		}
		return f, nil
	case []any:
		for i := range x {
			e, err := fromJSON(x[i])
			if err != nil {
				return nil, err
			}
			x[i] = e
		}
	case map[string]any:
		for k := range x {
			e, err := fromJSON(x[k])
			if err != nil {
				return nil, err
			}
			x[k] = e
		}
	}
	return v, nil
}

func updates(s store.QuerySummary) string {
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", what, n))
		}
	}
	add(s.NodesCreated, "nodes created")
	add(s.NodesDeleted, "nodes deleted")
	add(s.RelationshipsCreated, "relationships created")
	add(s.RelationshipsDeleted, "relationships deleted")
	add(s.PropertiesSet, "properties set")
	add(s.LabelsAdded, "labels added")
	add(s.LabelsRemoved, "labels removed")
	add(s.IndexesAdded, "indexes added")
	add(s.IndexesRemoved, "indexes removed")
	add(s.ConstraintsAdded, "constraints added")
	add(s.ConstraintsRemoved, "constraints removed")
	return strings.Join(parts, ", ")
}

// cell formats a value for table and CSV output: strings as they are,
// nothing for null, integral floats with a decimal point, the rest as JSON.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimRight(b.String(), "\n")
}

func writeRowsTable(w io.Writer, keys []string, rows [][]any) error {
	tw := newTable(w, 0)
	fmt.Fprintln(tw, strings.Join(keys, "\t"))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, v := range r {
			// One row a line: escape what would break the table.
			cells[i] = strings.NewReplacer("\n", `\n`, "\r", `\r`, "\t", `\t`).Replace(cell(v))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	s := "s"
	if len(rows) == 1 {
		s = ""
	}
	_, err := fmt.Fprintf(w, "(%d row%s)\n", len(rows), s)
	return err
}

func writeRowsCSV(w io.Writer, keys []string, rows [][]any) error {
	cw := csv.NewWriter(w)
	cw.Write(keys)
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, v := range r {
			cells[i] = cell(v)
		}
		cw.Write(cells)
	}
	cw.Flush()
	return cw.Error()
}

// writeRowsJSON writes an array of objects whose keys keep the column order.
func writeRowsJSON(w io.Writer, keys []string, rows [][]any) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, r := range rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for j, k := range keys {
			if j > 0 {
				b.WriteString(", ")
			}
			if err := encodeJSON(&b, k); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := encodeJSON(&b, jsonSafe(r[j])); err != nil {
				return err
			}
		}
		b.WriteString("}")
	}
	if len(rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	_, err := w.Write(b.Bytes())
	return err
}

func encodeJSON(b *bytes.Buffer, v any) error {
	var tmp bytes.Buffer
	enc := json.NewEncoder(&tmp)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.Write(bytes.TrimRight(tmp.Bytes(), "\n"))
	return nil
}

// jsonSafe replaces what encoding/json cannot encode (NaN, ±Inf) with
// strings.
func jsonSafe(v any) any {
	switch x := v.(type) {
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return strconv.FormatFloat(x, 'g', -1, 64)
		}
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = jsonSafe(x[i])
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k := range x {
			out[k] = jsonSafe(x[k])
		}
		return out
	}
	return v
}
