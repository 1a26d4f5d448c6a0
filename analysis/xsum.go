package analysis

import "math"

// xsum is an exact sum of float64s, rounded once when read: Shewchuk's
// non-overlapping partials, as Python's math.fsum keeps them. Its value is
// the correctly rounded sum of everything added, so it does not depend on
// the order of the additions: a projection summed event by event from a
// sorted graph and one folded from dataset rows as workers read them (in no
// fixed order) give the same weights, to the bit. Most sums need one or two
// partials, held without allocating.
type xsum struct {
	inline [3]float64
	p      []float64 // partials, smallest magnitude first; nil until the first add
}

// add adds x (finite).
func (s *xsum) add(x float64) {
	if s.p == nil {
		s.p = s.inline[:0]
	}
	i := 0
	for _, y := range s.p {
		if math.Abs(x) < math.Abs(y) {
			x, y = y, x
		}
		hi := x + y
		lo := y - (hi - x)
		if lo != 0 {
			s.p[i] = lo
			i++
		}
		x = hi
	}
	s.p = append(s.p[:i], x)
}

// merge adds every partial of o.
func (s *xsum) merge(o *xsum) {
	for _, x := range o.p {
		s.add(x)
	}
}

// value is the sum, correctly rounded (math.fsum's final step, with its
// round-half-even correction).
func (s *xsum) value() float64 { return partialsValue(s.p) }

// partialsValue is the correctly rounded sum of the partials p of an
// exact sum (xsum.p).
func partialsValue(p []float64) float64 {
	n := len(p)
	if n == 0 {
		return 0
	}
	n--
	hi := p[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := p[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && ((lo < 0 && p[n-1] < 0) || (lo > 0 && p[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		if yr := x - hi; y == yr {
			hi = x
		}
	}
	return hi
}
