package neo4j

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultBatchSize is the number of rows Load sends per statement (per
// transaction in a batched load).
const DefaultBatchSize = 5000

// LoadOptions tune Load.
type LoadOptions struct {
	// BatchSize is the number of rows per statement (and, with Batched, per
	// transaction); 0 means DefaultBatchSize.
	BatchSize int
	// Progress, if set, is called after each statement (each committed
	// batch, with Batched) with the rows done so far (nodes, relationships
	// and events) and the total. A load is one transaction, so its rows are
	// in the database only once the last call is made and Load returns nil.
	Progress func(done, total int)
	// SkipSchema skips CreateSchema, which Load otherwise runs first.
	SkipSchema bool
	// Batched commits each batch in a transaction of its own, Concurrency
	// at once: resumable, not atomic. A failure or an interruption leaves
	// the batches committed until then in the database, which loading the
	// same graph again completes. Without it the whole load is one
	// transaction: all of it is written, or none of it.
	Batched bool
	// Concurrency is the number of transactions run at once within each
	// phase (nodes, structural relationships, events) of a Batched load; 0
	// means DefaultConcurrency. Transactions that deadlock are retried. A
	// load in one transaction runs its statements one after the other.
	Concurrency int
}

// DefaultConcurrency is the number of concurrent transactions of Load.
const DefaultConcurrency = 2

// LoadSummary says what a load did. Present counts what was already in the
// database: what was sent minus what was created.
type LoadSummary struct {
	Nodes, NodesCreated                 int // nodes sent, and created
	Relationships, RelationshipsCreated int // structural relationships (LEADS, HEADS, RULES)
	Events, EventsCreated               int // event relationships
	// NodesDone, RelationshipsDone and EventsDone are the rows committed so
	// far, created or already there: all of them after a load that ends
	// well; after one that fails, none (in one transaction) or the batches
	// committed until then (Batched), which loading again completes.
	NodesDone, RelationshipsDone, EventsDone int
	Batched                                  bool // one transaction per batch (LoadOptions.Batched)
	Batches                                  int  // statements run (committed transactions, if Batched)
	Transactions                             int  // transactions committed
	Retries                                  int  // transactions retried (deadlocks, lost connections)
	Merged                                   int  // event batches that held events already there
	BatchSize                                int
	Concurrency                              int
	Elapsed                                  time.Duration // the load, schema excluded
	Schema                                   time.Duration // checking and creating the schema
}

// NodesPresent is the number of nodes that were already in the database.
func (s LoadSummary) NodesPresent() int { return s.Nodes - s.NodesCreated }

// RelationshipsPresent is the number of structural relationships already there.
func (s LoadSummary) RelationshipsPresent() int { return s.Relationships - s.RelationshipsCreated }

// EventsPresent is the number of events already there.
func (s LoadSummary) EventsPresent() int { return s.Events - s.EventsCreated }

// EventsPerSecond is the rate of the load (nodes, relationships and events;
// the schema excluded) counted in events.
func (s LoadSummary) EventsPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Events) / s.Elapsed.Seconds()
}

type phase int

const (
	phaseNodes phase = iota
	phaseStructural
	phaseEvents
)

// batch is one transaction of Load: one query, with its label or type
// constants, and its parameters.
type batch struct {
	phase phase
	query string
	// rows are the rows of a node or structural batch.
	rows []map[string]any
	// What the query names, for the benchmark's LOAD CSV twin: the label of
	// nodes, or the type of relationships and the labels of their ends.
	label, typ, from, to string
	// create, if set, is tried before query: the same write for rows that
	// are all new, cheaper than MERGE (see createEvents).
	create string
	// exists, set with create, counts the ids of the batch that are in the
	// database already.
	exists string
	// events are the events of an event batch. Its parameters are made only
	// when it is about to be sent (see build), so that making them overlaps
	// with the server's writing instead of delaying the load.
	events []*graph.Event
	params map[string]any
}

// size is the number of rows of b.
func (b *batch) size() int {
	if b.phase == phaseEvents {
		return len(b.events)
	}
	return len(b.rows)
}

// ids are the ids of the events of b.
func (b *batch) ids() []string {
	out := make([]string, len(b.events))
	for i, e := range b.events {
		out[i] = e.ID
	}
	return out
}

// build makes the parameters of b, if they are not made yet. An event batch
// names each end once: $from and $to list the ids of its subjects and
// objects, and each of its $rows is a list: [index in $from, index in $to,
// id, then the properties in the order of eventColumns].
func (b *batch) build() {
	if b.params != nil {
		return
	}
	if b.phase != phaseEvents {
		b.params = map[string]any{"rows": b.rows}
		return
	}
	var from, to []string
	fromAt, toAt := map[string]int{}, map[string]int{}
	at := func(ids *[]string, index map[string]int, id string) int {
		i, ok := index[id]
		if !ok {
			i = len(*ids)
			index[id] = i
			*ids = append(*ids, id)
		}
		return i
	}
	rows := make([]any, len(b.events))
	const lead = 3
	cells := make([]any, len(b.events)*(lead+len(eventColumns)))
	for i, e := range b.events {
		row := cells[: lead+len(eventColumns) : lead+len(eventColumns)]
		cells = cells[len(row):]
		row[0], row[1], row[2] = at(&from, fromAt, e.Subject), at(&to, toAt, e.Object), e.ID
		eventRow(e, row[lead:])
		rows[i] = row
	}
	b.params = map[string]any{"rows": rows, "from": from, "to": to}
}

const (
	mergeNode = "UNWIND $rows AS row MERGE (n:%s {id: row.id}) SET n += row.props"
	mergeRel  = "UNWIND $rows AS row MATCH (a:%[1]s {id: row.from}) USING INDEX SEEK a:%[1]s(id) " +
		"MATCH (b:%[2]s {id: row.to}) USING INDEX SEEK b:%[2]s(id) " +
		"MERGE (a)-[r:%[3]s {id: row.id}]->(b) SET r += row.props"

	// eventEnds finds the ends of a batch of events (see build): each once,
	// not once per event, and in a way that fails the batch if one is
	// missing, rather than skipping its events as MATCH would.
	//
	// The index hints (here, in mergeRel and in existingEvents) pin the plan
	// to a seek of the id constraint's index. Without them, a plan made while
	// the database was near empty (just after clearing it, say) can scan the
	// label instead and stay cached: the same load ran at 40,000 events/s
	// with such a plan and 56,500 with the hint, minutes apart on the same
	// server. The hint is USING INDEX SEEK, not USING INDEX, which a scan of
	// the index satisfies: a cached plan of existingEvents that scanned the
	// whole index once per id (30.5 million db hits for 2,771 ids, 5.5 s a
	// statement) made a second load of 200,000 events 3,400-4,400 events/s
	// against 10,000-33,500 with SEEK in the same run.
	eventEnds = "WITH [x IN $from | COLLECT { MATCH (n:%[1]s {id: x}) USING INDEX SEEK n:%[1]s(id) RETURN n }[0]] AS froms, " +
		"[x IN $to | COLLECT { MATCH (n:%[2]s {id: x}) USING INDEX SEEK n:%[2]s(id) RETURN n }[0]] AS tos " +
		"UNWIND $rows AS row WITH froms[row[0]] AS a, tos[row[1]] AS b, row "
	mergeEvents = eventEnds + "MERGE (a)-[r:%s {id: row[2]}]->(b) SET r += %s"
	// createEvents is mergeEvents for a batch whose events are all new. It is
	// only used where a uniqueness constraint on the type's id guards it: if
	// any id of the batch is already there, the constraint fails the
	// transaction, nothing of it is written, and the batch runs as
	// mergeEvents.
	createEvents = eventEnds + "CREATE (a)-[r:%s %s]->(b)"
	// existingEvents counts the events of the type whose ids are in $ids;
	// the hint pins the plan to seeks of the uniqueness constraint's index,
	// one per id, for the reason given at eventEnds.
	existingEvents = "UNWIND $ids AS id MATCH ()-[r:%[1]s {id: id}]->() USING INDEX SEEK r:%[1]s(id) RETURN count(r)"
)

// eventMap is the Cypher map of an event row's properties, in the order of
// eventColumns; with id as well for CREATE.
func eventMap(withID bool) string {
	var parts []string
	if withID {
		parts = append(parts, "id: row[2]")
	}
	for i, c := range eventColumns {
		parts = append(parts, fmt.Sprintf("%s: row[%d]", c, 3+i))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// codeConstraint is the error of a write that a constraint refuses.
const codeConstraint = "Neo.ClientError.Schema.ConstraintValidationFailed"

// Load writes g into the database: nodes, then structural relationships, then
// events, with statements of opts.BatchSize rows that MERGE by id, so that
// loading the same graph again changes nothing and duplicates nothing. Node
// and relationship ends are matched by label and id, so the uniqueness
// constraints serve as indexes.
//
// The graph is checked whole (every relationship type in the vocabulary,
// every end a node of the graph) before anything is written. Then, unless
// opts.Batched, every statement runs in one write transaction: a load is
// all or nothing. Any failure (the server, the connection, its transaction
// memory, a cancelled ctx) rolls it back and leaves the database as it was;
// the error says so. With opts.Batched each batch commits on its own (see
// LoadOptions.Batched).
//
// A batch of events is written with CREATE, which is cheaper than MERGE,
// where the uniqueness constraint on the type's id makes that safe: in one
// transaction, when none of its ids is in the database yet (if another
// transaction writes one meanwhile, the constraint fails this one, which
// then runs again with MERGE throughout); with Batched, by trying CREATE
// first and falling back to MERGE when the constraint refuses it. Unless
// opts.SkipSchema, Load first creates the schema.
func (s *Store) Load(ctx context.Context, g *graph.Graph, opts LoadOptions) (LoadSummary, error) {
	start := time.Now()
	size := opts.BatchSize
	if size <= 0 {
		size = DefaultBatchSize
	}
	conc := opts.Concurrency
	if conc <= 0 {
		conc = DefaultConcurrency
	}
	if !opts.Batched {
		conc = 1
	}
	sum := LoadSummary{BatchSize: size, Concurrency: conc, Batched: opts.Batched, Nodes: g.NumNodes(), Relationships: g.NumRelationships(), Events: g.NumEvents()}
	// Checked whole before anything, the schema included, is written.
	batches, err := planLoad(g, size)
	if err != nil {
		return sum, err
	}
	if !opts.SkipSchema {
		if err := s.CreateSchema(ctx); err != nil {
			return sum, err
		}
		sum.Schema = time.Since(start)
		start = time.Now()
	}
	// New events are CREATEd where a uniqueness constraint guarantees that an
	// event already there fails the batch, which then runs as MERGE.
	guarded := s.uniqueRelTypes(ctx)
	for i, b := range batches {
		if b.phase == phaseEvents && guarded[b.typ] {
			batches[i].create = fmt.Sprintf(createEvents, b.from, b.to, b.typ, eventMap(true))
			batches[i].exists = fmt.Sprintf(existingEvents, b.typ)
		}
	}
	if !opts.Batched {
		err := s.loadAtomic(ctx, batches, opts.Progress, &sum)
		sum.Elapsed = time.Since(start)
		return sum, err
	}
	total := sum.Nodes + sum.Relationships + sum.Events
	done := 0
	var mu sync.Mutex // guards sum and done
	record := func(b batch, created, attempts int, merged bool) {
		mu.Lock()
		defer mu.Unlock()
		if merged {
			sum.Merged++
		}
		sum.add(b, created)
		sum.Batches++
		sum.Transactions++
		sum.Retries += attempts - 1
		done += b.size()
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
	}
	// Phases run one after the other: relationships need their nodes.
	for p := phaseNodes; p <= phaseEvents; p++ {
		var todo []batch
		for _, b := range batches {
			if b.phase == p {
				todo = append(todo, b)
			}
		}
		if err := s.runPhase(ctx, todo, conc, record); err != nil {
			mu.Lock()
			defer mu.Unlock()
			sum.Elapsed = time.Since(start)
			return sum, fmt.Errorf("loading into Neo4j after %d of %d rows: %w", done, total, err)
		}
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// add counts the rows of b as done, created of them new.
func (s *LoadSummary) add(b batch, created int) {
	switch b.phase {
	case phaseNodes:
		s.NodesCreated += created
		s.NodesDone += b.size()
	case phaseStructural:
		s.RelationshipsCreated += created
		s.RelationshipsDone += b.size()
	case phaseEvents:
		s.EventsCreated += created
		s.EventsDone += b.size()
	}
}

// ErrTransactionMemory is the error of a load in one transaction that the
// server refused for its transaction memory limit.
var ErrTransactionMemory = errors.New("the load does not fit in the server's transaction memory")

// loadStatementDone, if set (by tests), is called inside a load's
// transaction after each statement, with the statement's number from 1.
var loadStatementDone func(n int)

// loadAttempts is how many times a load in one transaction is tried when
// the server asks for a retry (a deadlock with another load, a lost
// connection): each attempt starts again from nothing.
const loadAttempts = 3

// loadAtomic runs batches in one write transaction and, once it has
// committed, fills sum in. On any error the transaction is rolled back and
// sum counts nothing done.
func (s *Store) loadAtomic(ctx context.Context, batches []batch, progress func(done, total int), sum *LoadSummary) error {
	total := sum.Nodes + sum.Relationships + sum.Events
	mergeOnly := false
	for attempt := 1; ; attempt++ {
		got, err := s.loadOnce(ctx, batches, mergeOnly, progress, total)
		if err == nil {
			got.Retries = attempt - 1
			got.Transactions = 1
			got.BatchSize, got.Concurrency, got.Batched = sum.BatchSize, sum.Concurrency, false
			got.Nodes, got.Relationships, got.Events = sum.Nodes, sum.Relationships, sum.Events
			got.Schema = sum.Schema
			*sum = got
			return nil
		}
		sum.Retries = attempt
		var ne *neo4j.Neo4jError
		isNeo := errors.As(err, &ne)
		if isNeo && strings.Contains(ne.Code, "Memory") {
			return fmt.Errorf("loading into Neo4j: nothing written: %w (%s: %s); raise the server's dbms.memory.transaction.total.max "+
				"and db.memory.transaction.max, or load in batches that commit one by one",
				ErrTransactionMemory, ne.Code, oneLine(ne.Msg))
		}
		retry := attempt < loadAttempts && ctx.Err() == nil
		if isNeo && ne.Code == codeConstraint && !mergeOnly {
			// Another transaction wrote some of the events this one
			// created: MERGE them all.
			mergeOnly = true
		} else if !retry || !neo4j.IsRetryable(err) {
			return fmt.Errorf("loading into Neo4j: nothing written (the transaction was rolled back): %w", s.explain(err))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("loading into Neo4j: nothing written (the transaction was rolled back): %w", s.explain(ctx.Err()))
		case <-time.After(time.Duration(attempt) * 200 * time.Millisecond):
		}
	}
}

// loadOnce is one attempt of loadAtomic: it returns the counts of a
// committed transaction, or the error that rolled it back.
func (s *Store) loadOnce(ctx context.Context, batches []batch, mergeOnly bool, progress func(done, total int), total int) (LoadSummary, error) {
	var sum LoadSummary
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.Background())
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return sum, err
	}
	committed := false
	defer func() {
		if !committed {
			// Rolled back; on a broken connection the server drops it.
			c, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			tx.Close(c)
		}
	}()
	// The parameters of the next statement are made while the server
	// writes the present one.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan *batch, 1)
	go func() {
		defer close(next)
		for i := range batches {
			b := batches[i] // a copy: an earlier attempt's params are not kept
			b.params = nil
			b.build()
			select {
			case next <- &b:
			case <-ctx.Done():
				return
			}
		}
	}()
	done, n := 0, 0
	for b := range next {
		q := b.query
		if b.create != "" && !mergeOnly {
			there, err := single(ctx, tx, b.exists, map[string]any{"ids": b.ids()})
			if err != nil {
				return sum, err
			}
			if k, _ := there.(int64); k == 0 {
				q = b.create
			} else {
				sum.Merged++
			}
		}
		res, err := tx.Run(ctx, q, b.params)
		if err != nil {
			return sum, err
		}
		rs, err := res.Consume(ctx)
		if err != nil {
			return sum, err
		}
		created := rs.Counters().RelationshipsCreated()
		if b.phase == phaseNodes {
			created = rs.Counters().NodesCreated()
		}
		sum.add(*b, created)
		sum.Batches++
		n++
		if loadStatementDone != nil {
			loadStatementDone(n)
		}
		done += b.size()
		if progress != nil {
			progress(done, total)
		}
	}
	// Checked here, so that a load interrupted before its commit is
	// rolled back whatever the state of the last statement; the commit
	// itself is not cancelled half-way, so the outcome is always known.
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	if err := tx.Commit(context.Background()); err != nil {
		return sum, err
	}
	committed = true
	return sum, nil
}

// uniqueRelTypes returns the relationship types that have a uniqueness
// constraint on id alone; none when the server cannot tell.
func (s *Store) uniqueRelTypes(ctx context.Context) map[string]bool {
	out := map[string]bool{}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.Background())
	res, err := sess.Run(ctx, "SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties "+
		"WHERE entityType = 'RELATIONSHIP' AND type IN ['RELATIONSHIP_UNIQUENESS', 'RELATIONSHIP_KEY'] AND properties = ['id'] "+
		"RETURN labelsOrTypes", nil)
	if err != nil {
		return out
	}
	for res.Next(ctx) {
		if l, ok := res.Record().Values[0].([]any); ok && len(l) == 1 {
			if t, ok := l[0].(string); ok {
				out[t] = true
			}
		}
	}
	if res.Err() != nil {
		return map[string]bool{}
	}
	return out
}

// runPhase runs batches on conc sessions at once and stops at the first error.
func (s *Store) runPhase(ctx context.Context, todo []batch, conc int, record func(b batch, created, attempts int, merged bool)) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	next := make(chan batch)
	errc := make(chan error, conc)
	var wg sync.WaitGroup
	for range min(conc, len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sess := s.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(context.Background())
			for b := range next {
				created, attempts, merged, err := s.runBatch(ctx, sess, b)
				if err != nil {
					errc <- err
					cancel()
					return
				}
				record(b, created, attempts, merged)
			}
		}()
	}
feed:
	for _, b := range todo {
		// Built here, one batch ahead of the sessions, which are busy
		// with theirs.
		b.build()
		select {
		case next <- b:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	select {
	case err := <-errc:
		return err
	default:
	}
	return ctx.Err()
}

// runBatch runs one batch in a managed write transaction (retried on
// transient errors; MERGE makes a retry harmless) and returns how many nodes
// or relationships it created, in how many attempts, and whether it fell back
// from create to MERGE.
func (s *Store) runBatch(ctx context.Context, sess neo4j.SessionWithContext, b batch) (created, attempts int, merged bool, err error) {
	if b.create != "" {
		created, attempts, err = s.runQuery(ctx, sess, b, b.create)
		var ne *neo4j.Neo4jError
		if !errors.As(err, &ne) || ne.Code != codeConstraint {
			return created, attempts, false, s.explain(err)
		}
		// Some of the batch is there already: MERGE it.
		attempts--
	}
	created, n, err := s.runQuery(ctx, sess, b, b.query)
	return created, attempts + n, b.create != "", s.explain(err)
}

// runQuery runs q on the rows of b in a managed write transaction.
func (s *Store) runQuery(ctx context.Context, sess neo4j.SessionWithContext, b batch, q string) (created, attempts int, err error) {
	params := b.params
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		attempts++
		res, err := tx.Run(ctx, q, params)
		if err != nil {
			return 0, err
		}
		sum, err := res.Consume(ctx)
		if err != nil {
			return 0, err
		}
		c := sum.Counters()
		if b.phase == phaseNodes {
			return c.NodesCreated(), nil
		}
		return c.RelationshipsCreated(), nil
	})
	if err != nil {
		return 0, attempts, err
	}
	return out.(int), attempts, nil
}

// planLoad cuts g into batches. Events are grouped by relationship type and
// the kinds of their two ends, so that every query names its labels and type
// as constants from the vocabulary.
func planLoad(g *graph.Graph, size int) ([]batch, error) {
	var out []batch
	add := func(b batch, rows []map[string]any) {
		for len(rows) > 0 {
			n := min(size, len(rows))
			b.rows = rows[:n:n]
			out = append(out, b)
			rows = rows[n:]
		}
	}
	labels := map[graph.Kind]string{}
	for _, k := range graph.Kinds() {
		labels[k] = string(k)
	}
	byKind := map[graph.Kind][]map[string]any{}
	for _, n := range g.Nodes() {
		byKind[n.Kind] = append(byKind[n.Kind], map[string]any{"id": n.ID, "props": nodeProps(n)})
	}
	for _, k := range graph.Kinds() {
		add(batch{phase: phaseNodes, query: fmt.Sprintf(mergeNode, labels[k]), label: labels[k]}, byKind[k])
	}

	kindOf := func(id string) (graph.Kind, error) {
		n := g.Node(id)
		if n == nil {
			return "", fmt.Errorf("node %q is not in the graph", id)
		}
		return n.Kind, nil
	}
	structural := map[string]bool{}
	for _, t := range graph.StructuralTypes() {
		structural[t] = true
	}
	rels := map[group][]map[string]any{}
	for _, r := range g.Relationships() {
		if !structural[r.Type] {
			return nil, fmt.Errorf("relationship %s has type %q, which is not structural", r.ID, r.Type)
		}
		fk, err := kindOf(r.From)
		if err != nil {
			return nil, err
		}
		tk, err := kindOf(r.To)
		if err != nil {
			return nil, err
		}
		k := group{r.Type, fk, tk}
		rels[k] = append(rels[k], map[string]any{"id": r.ID, "from": r.From, "to": r.To, "props": relProps(r)})
	}
	for _, k := range sortedGroups(rels) {
		add(relBatch(phaseStructural, labels[k.from], labels[k.to], vocabType(k.typ)), rels[k])
	}

	events := map[group][]*graph.Event{}
	for e := range g.AllEvents() {
		if _, ok := graph.RelationByType(e.Type); !ok {
			return nil, fmt.Errorf("event %s has type %q, which is not in the vocabulary", e.ID, e.Type)
		}
		fk, err := kindOf(e.Subject)
		if err != nil {
			return nil, err
		}
		tk, err := kindOf(e.Object)
		if err != nil {
			return nil, err
		}
		k := group{e.Type, fk, tk}
		events[k] = append(events[k], e)
	}
	for _, k := range sortedGroups(events) {
		typ := vocabType(k.typ)
		b := batch{phase: phaseEvents, query: fmt.Sprintf(mergeEvents, labels[k.from], labels[k.to], typ, eventMap(false)),
			typ: typ, from: labels[k.from], to: labels[k.to]}
		// Sorted by id, so that the same graph is cut into the same batches.
		evs := events[k]
		slices.SortFunc(evs, func(a, b *graph.Event) int { return strings.Compare(a.ID, b.ID) })
		for len(evs) > 0 {
			n := min(size, len(evs))
			b.events = evs[:n:n]
			out = append(out, b)
			evs = evs[n:]
		}
	}
	return out, nil
}

func relBatch(p phase, from, to, typ string) batch {
	return batch{phase: p, query: fmt.Sprintf(mergeRel, from, to, typ), typ: typ, from: from, to: to}
}

// vocabType returns t as written in the vocabulary; it panics on a type that
// is not there, which planLoad has already ruled out.
func vocabType(t string) string {
	for _, v := range vocabTypes() {
		if v == t {
			return v
		}
	}
	panic("neo4j: relationship type " + t + " is not in the vocabulary")
}

var vocabTypes = sync.OnceValue(func() []string {
	return append(append([]string(nil), graph.StructuralTypes()...), graph.RelationTypes()...)
})

// group is the relationships of one type between two kinds of node: one query.
type group struct {
	typ      string
	from, to graph.Kind
}

func sortedGroups[V any](m map[group][]V) []group {
	keys := make([]group, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.typ != b.typ {
			return a.typ < b.typ
		}
		if a.from != b.from {
			return a.from < b.from
		}
		return a.to < b.to
	})
	return keys
}
