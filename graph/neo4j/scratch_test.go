package neo4j

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/blocgraph/blocgraph/graph/neo4j/internal/synth"
)

func TestScratchExperiments(t *testing.T) {
	s := testStore(t)
	ctx := context.Background()
	g := synth.Graph(synth.Sizes{States: 150, Leaders: 150, Articles: 500, Events: 100_000, Seed: 42})
	s.CreateSchema(ctx)
	for _, spec := range strings.Fields(os.Getenv("EXP")) { // conc:batch
		c, b, _ := strings.Cut(spec, ":")
		conc, _ := strconv.Atoi(c)
		bs, _ := strconv.Atoi(b)
		clearDB(t, s)
		sum, err := s.Load(ctx, g, LoadOptions{SkipSchema: true, Concurrency: conc, BatchSize: bs})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("conc=%d batch=%5d %6.2fs %8.0f ev/s retries=%d batches=%d\n", conc, bs, sum.Elapsed.Seconds(), sum.EventsPerSecond(), sum.Retries, sum.Batches)
	}
}
