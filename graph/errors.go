package graph

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes, read with errors.As and Error.Code.
const (
	EINVALID   = "invalid"   // malformed input: bad date, unknown key, out-of-range value
	ENOTFOUND  = "not found" // a name, relation or state that does not resolve
	EAMBIGUOUS = "ambiguous" // a name that resolves to several entities
	ECONFLICT  = "conflict"  // input that contradicts other input: duplicate article id
)

// Pos is a place in an input file; Line and Column count from 1, 0 = unknown.
type Pos struct {
	File   string
	Line   int
	Column int
}

// String formats p as file:line:column, leaving out what is unknown.
func (p Pos) String() string {
	s := p.File
	if s == "" {
		s = "<input>"
	}
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Column > 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	return s
}

// Error is an application error with a code and, for input errors, a place.
type Error struct {
	Code string
	Pos  Pos
	Msg  string
}

func (e *Error) Error() string {
	if e.Pos == (Pos{}) {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}

// Errorf returns an *Error with code at pos.
func Errorf(code string, pos Pos, format string, args ...any) *Error {
	return &Error{Code: code, Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, or "".
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// ErrorList collects every problem of an input, so that an analyst sees them
// all at once rather than one per run.
type ErrorList []*Error

func (l ErrorList) Error() string {
	lines := make([]string, len(l))
	for i, e := range l {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns l as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap lets errors.As and errors.Is look at every problem in the list.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
