// Package attrs collects the attribute keys of an encoding.Graph with their
// types, and orders an element's attributes by key, for the encoders.
package attrs

import (
	"fmt"
	"math"
	"sort"

	"github.com/blocgraph/blocgraph/graph"
	"github.com/blocgraph/blocgraph/graph/encoding"
)

// Type is the type of an attribute key, joined over all its values.
type Type uint8

// Attribute types, in the order of the lattice Join walks up.
const (
	None   Type = iota // no value seen
	Bool               // bool
	Int                // int
	Double             // float64, or a mix of int and float64
	List               // []string
	String             // string, or any other mix
)

var typeNames = [...]string{"none", "bool", "int", "double", "list", "string"}

func (t Type) String() string { return typeNames[t] }

// TypeOf returns the Type of one attribute value; ok is false for a value of
// an unsupported Go type. A nil value has type None: it is left out.
func TypeOf(v any) (t Type, ok bool) {
	switch v.(type) {
	case nil:
		return None, true
	case string:
		return String, true
	case float64:
		return Double, true
	case int:
		return Int, true
	case bool:
		return Bool, true
	case []string:
		return List, true
	}
	return None, false
}

// Join returns the type of a key whose values have types a and b: the same
// type when they agree, Double for Int and Double, String otherwise.
func Join(a, b Type) Type {
	switch {
	case a == b || b == None:
		return a
	case a == None:
		return b
	case (a == Int && b == Double) || (a == Double && b == Int):
		return Double
	}
	return String
}

// Key is one declared attribute key.
type Key struct {
	Name  string // the attribute name as written (after renaming)
	Attr  string // the attribute key in the model
	Type  Type
	Long  bool // an Int key with a value outside the 32-bit range
	Index int  // position in Domain.Keys
}

// Domain holds the keys of one class of element: graph, node or edge.
type Domain struct {
	Keys     []Key
	index    map[string]int // model key → index in Keys
	reserved map[string]bool
}

func newDomain(reserved []string) *Domain {
	d := &Domain{index: map[string]int{}, reserved: map[string]bool{}}
	for _, r := range reserved {
		d.reserved[r] = true
	}
	return d
}

// Lookup returns the index of the key of model attribute name.
func (d *Domain) Lookup(name string) (int, bool) {
	i, ok := d.index[name]
	return i, ok
}

// Key returns the key of model attribute name, or nil.
func (d *Domain) Key(name string) *Key {
	if i, ok := d.index[name]; ok {
		return &d.Keys[i]
	}
	return nil
}

func (d *Domain) observe(class, id, name string, v any) error {
	t, ok := TypeOf(v)
	if !ok {
		return fmt.Errorf("%s%s: attribute %q has a value of unsupported type %T (want string, float64, int, bool or []string)", class, id, name, v)
	}
	if t == None {
		return nil
	}
	if name == "" {
		return fmt.Errorf("%s%s: attribute with an empty key", class, id)
	}
	i, seen := d.index[name]
	if !seen {
		i = len(d.Keys)
		d.index[name] = i
		d.Keys = append(d.Keys, Key{Name: name, Attr: name})
	}
	k := &d.Keys[i]
	k.Type = Join(k.Type, t)
	if n, isInt := v.(int); isInt && (n < math.MinInt32 || n > math.MaxInt32) {
		k.Long = true
	}
	return nil
}

// Add declares a key that does not come from the attribute lists, such as
// the node labels; it is sorted with the others.
func (d *Domain) Add(name string, t Type) {
	if _, ok := d.index[name]; ok {
		return
	}
	d.index[name] = len(d.Keys)
	d.Keys = append(d.Keys, Key{Name: name, Attr: "\x00" + name, Type: t})
}

// Remove drops the key of model attribute name, so that Order leaves it out.
func (d *Domain) Remove(name string) {
	i, ok := d.index[name]
	if !ok {
		return
	}
	d.Keys = append(d.Keys[:i], d.Keys[i+1:]...)
	d.reindex()
}

// finish renames attributes that collide with the reserved names by
// appending "_", sorts the keys by name and numbers them.
func (d *Domain) finish() {
	names := map[string]bool{}
	for _, k := range d.Keys {
		names[k.Name] = true
	}
	for i := range d.Keys {
		k := &d.Keys[i]
		if k.Attr[0] == 0 || !d.reserved[k.Name] {
			continue
		}
		for k.Name = k.Name + "_"; names[k.Name]; k.Name += "_" {
		}
		names[k.Name] = true
	}
	sort.SliceStable(d.Keys, func(i, j int) bool { return d.Keys[i].Name < d.Keys[j].Name })
	d.reindex()
}

func (d *Domain) reindex() {
	clear(d.index)
	for i := range d.Keys {
		d.Keys[i].Index = i
		d.index[d.Keys[i].Attr] = i
	}
}

// Added returns the index of a key declared with Add.
func (d *Domain) Added(name string) (int, bool) { return d.Lookup("\x00" + name) }

// Schema is every key of a graph.
type Schema struct {
	Graph, Node, Edge *Domain
	// NodeTimed and EdgeTimed are the keys of values over time
	// (encoding.Dynamics.Timed), apart from the static ones.
	NodeTimed, EdgeTimed *Domain
	Dynamic              bool // some element has spells or values over time
	NodeLabels           bool // some node has labels
	EdgeLabels           bool // some edge has a label
	EdgeIDs              bool // some edge has an id
	Nodes, Edges         int  // how many
}

// Reserved lists, per class, the names a format uses itself; a model
// attribute of that name is written as name + "_".
type Reserved struct {
	Graph, Node, Edge []string
	// NodeTimed and EdgeTimed are those of values over time.
	NodeTimed, EdgeTimed []string
}

// Collect walks g once and returns its keys with their types, sorted by name.
// It fails on an attribute value of an unsupported type.
func Collect(g *encoding.Graph, reserved Reserved) (*Schema, error) {
	s := &Schema{Graph: newDomain(reserved.Graph), Node: newDomain(reserved.Node), Edge: newDomain(reserved.Edge),
		NodeTimed: newDomain(reserved.NodeTimed), EdgeTimed: newDomain(reserved.EdgeTimed)}
	for _, a := range g.Attrs {
		if err := s.Graph.observe("graph", "", a.Key, a.Value); err != nil {
			return nil, err
		}
	}
	var err error
	if g.Nodes != nil {
		g.Nodes(func(n encoding.Node) bool {
			s.Nodes++
			if len(n.Labels) > 0 {
				s.NodeLabels = true
			}
			for _, a := range n.Attrs {
				if err = s.Node.observe("node ", n.ID, a.Key, a.Value); err != nil {
					return false
				}
			}
			err = s.observeDynamics(s.NodeTimed, "node ", n.ID, n.Dynamics)
			return err == nil
		})
	}
	if err == nil && g.Edges != nil {
		g.Edges(func(e encoding.Edge) bool {
			s.Edges++
			if e.Label != "" {
				s.EdgeLabels = true
			}
			if e.ID != "" {
				s.EdgeIDs = true
			}
			for _, a := range e.Attrs {
				if err = s.Edge.observe("edge ", e.ID, a.Key, a.Value); err != nil {
					return false
				}
			}
			err = s.observeDynamics(s.EdgeTimed, "edge ", e.ID, e.Dynamics)
			return err == nil
		})
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Schema) observeDynamics(d *Domain, class, id string, dy encoding.Dynamics) error {
	if len(dy.Spells) > 0 || len(dy.Timed) > 0 {
		s.Dynamic = true
	}
	for _, a := range dy.Timed {
		if err := d.observe(class, id, a.Key, a.Value); err != nil {
			return err
		}
	}
	return nil
}

// Finish renames the attributes that collide with reserved names and sorts
// every domain; call it after the encoder's own Add and Remove.
func (s *Schema) Finish() {
	s.Graph.finish()
	s.Node.finish()
	s.Edge.finish()
	s.NodeTimed.finish()
	s.EdgeTimed.finish()
}

// Orderer puts the attributes of one element in key order. It remembers the
// key sequence of the last element, so that elements of the same shape (the
// common case) are ordered without a map lookup.
type Orderer struct {
	d     *Domain
	keys  []string
	order []Slot
}

// Slot pairs the index of a key in its Domain with the index of the
// attribute that holds its value.
type Slot struct{ Key, Attr int }

// NewOrderer returns an Orderer for the keys of d.
func NewOrderer(d *Domain) *Orderer { return &Orderer{d: d} }

// Order returns the attributes of one element as slots sorted by key
// index; of several attributes with the same key the last wins, and
// attributes without a declared key are left out. The slice is reused by the
// next call.
func (o *Orderer) Order(attrs []graph.Attr) []Slot {
	if len(attrs) == len(o.keys) {
		same := true
		for i := range attrs {
			if attrs[i].Key != o.keys[i] {
				same = false
				break
			}
		}
		if same {
			return o.order
		}
	}
	o.keys = o.keys[:0]
	o.order = o.order[:0]
	for i, a := range attrs {
		o.keys = append(o.keys, a.Key)
		ki, ok := o.d.index[a.Key]
		if !ok {
			continue
		}
		dup := false
		for j := range o.order {
			if o.order[j].Key == ki {
				o.order[j].Attr = i // last wins
				dup = true
				break
			}
		}
		if !dup {
			o.order = append(o.order, Slot{ki, i})
		}
	}
	// insertion sort: elements have few attributes.
	for i := 1; i < len(o.order); i++ {
		for j := i; j > 0 && o.order[j].Key < o.order[j-1].Key; j-- {
			o.order[j], o.order[j-1] = o.order[j-1], o.order[j]
		}
	}
	return o.order
}
