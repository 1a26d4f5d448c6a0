package encoding

// Attribute names that meet: analysis writes them on the nodes and edges of
// a projection (analysis.NodeResult.Attributes, Projection.Encoding), the
// encoders and the SVG renderer read them, and write-back stores them in
// Neo4j. One name for each, here.
const (
	// Node measures of an analysis.
	AttrPageRank       = "pagerank"
	AttrBetweenness    = "betweenness"
	AttrEigenvector    = "eigenvector"
	AttrHub            = "hub"
	AttrAuthority      = "authority"
	AttrInDegree       = "in_degree"
	AttrOutDegree      = "out_degree"
	AttrCooperationIn  = "cooperation_in"
	AttrCooperationOut = "cooperation_out"
	AttrConflictIn     = "conflict_in"
	AttrConflictOut    = "conflict_out"
	AttrBalance        = "balance"
	AttrBloc           = "bloc"            // int: the bloc's number
	AttrBlocLabel      = "bloc_label"      // string: "socialist bloc"
	AttrBlocConfidence = "bloc_confidence" // double, consensus only
	AttrBlocFinding    = "bloc_finding"    // boolean: false when the bloc is no finding (not significant, …)

	// Edges of a projection, and of events.
	AttrWeight      = "weight"      // projection: cooperation, >= 0, for tools that need non-negative weights
	AttrNet         = "net"         // signed: cooperation − conflict
	AttrCooperation = "cooperation" // sum of positive weights
	AttrConflict    = "conflict"    // sum of |negative weights|
	AttrReports     = "reports"     // events weighted by count
	AttrEvents      = "events"      // events
	AttrSign        = "sign"        // a number, or "cooperation" / "conflict"
	AttrGoldstein   = "goldstein"   // an event's Goldstein weight

	// Node properties of the domain (graph.Node.Attributes) the renderer
	// labels nodes by.
	AttrName  = "name"
	AttrTitle = "title"
)
