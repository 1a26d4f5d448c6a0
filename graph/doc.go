// Package graph is blocgraph's domain model: the alignment graph of states,
// leaders, parties and articles, the structural relations between them
// (LEADS, HEADS, RULES), the event relations reported by articles and event
// datasets, and the one relation vocabulary that maps plain words and CAMEO
// codes onto relationship types with their Goldstein weights.
//
// The package imports nothing of blocgraph's: loaders build a *Graph, stores
// and encoders read one, and analysis projects one.
package graph
