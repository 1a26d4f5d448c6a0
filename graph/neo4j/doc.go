// Package neo4j stores blocgraph's alignment graph in Neo4j: schema, idempotent
// batched load, read back with filters pushed down into Cypher, write-back of
// analysis results onto State nodes, and ad hoc Cypher for analysts.
//
// It is the one package of blocgraph that imports the Neo4j driver. Labels and
// relationship types in the Cypher it sends come only from the vocabulary of
// package graph (graph.Kinds, graph.StructuralTypes, graph.RelationTypes);
// every value from the data travels as a query parameter.
//
// How the model maps onto properties:
//
//   - A node has the label of its kind and the properties of
//     graph.Node.Attributes except kind (the label says it); lists stay lists.
//     An article also gets published_day, a native date.
//   - A structural relationship (LEADS, HEADS, RULES) has id, title, from and
//     to as strings, plus from_day (first day of from) and to_day (last day of
//     to) as native dates.
//   - An event is a relationship of its vocabulary type with the properties of
//     graph.Event.Attributes except type and date_precision: date as a string
//     (YYYY, YYYY-MM or YYYY-MM-DD, whose shape is its precision), and the
//     native dates day (the first day the date covers) and day_end (the
//     last), so that Cypher can filter with date():
//     WHERE r.day >= date('2021-04-01').
package neo4j
