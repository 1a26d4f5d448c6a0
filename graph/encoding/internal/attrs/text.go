package attrs

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Byte classes for the escapers: 0 passes through, anything else is the
// index of its replacement in repl.
var (
	xmlText [utf8.RuneSelf]uint8 // element content
	xmlAttr [utf8.RuneSelf]uint8 // attribute values in double quotes
	jsonStr [utf8.RuneSelf]uint8 // JSON strings
)

const replacement = "\uFFFD"

var repl = [...]string{
	1: replacement, 2: "&amp;", 3: "&lt;", 4: "&gt;", 5: "&quot;", 6: "&apos;",
	7: "&#9;", 8: "&#10;", 9: "&#13;",
}

func init() {
	for c := 0; c < 0x20; c++ {
		xmlText[c], xmlAttr[c] = 1, 1 // forbidden in XML 1.0
		jsonStr[c] = 1
	}
	xmlText['\t'], xmlText['\n'], xmlText['\r'] = 0, 0, 9 // a raw CR would be read back as LF
	xmlAttr['\t'], xmlAttr['\n'], xmlAttr['\r'] = 7, 8, 9 // raw ones would be normalised to spaces
	for _, t := range []*[utf8.RuneSelf]uint8{&xmlText, &xmlAttr} {
		t['&'], t['<'], t['>'] = 2, 3, 4
	}
	xmlAttr['"'], xmlAttr['\''] = 5, 6
	jsonStr['"'], jsonStr['\\'] = 1, 1
}

// AppendText appends s escaped for XML element content. Characters that XML
// 1.0 forbids (C0 controls other than tab, newline and carriage return;
// U+FFFE, U+FFFF) and bytes that are not UTF-8 become U+FFFD.
func AppendText(dst []byte, s string) []byte { return appendXML(dst, s, &xmlText) }

// AppendAttr appends s escaped for an XML attribute value in double quotes:
// as AppendText, and quotes, tab, newline and carriage return as character
// references so that attribute-value normalisation leaves them intact.
func AppendAttr(dst []byte, s string) []byte { return appendXML(dst, s, &xmlAttr) }

func appendXML(dst []byte, s string, t *[utf8.RuneSelf]uint8) []byte {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if t[c] == 0 {
				i++
				continue
			}
			dst = append(dst, s[last:i]...)
			dst = append(dst, repl[t[c]]...)
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == 0xFFFE || r == 0xFFFF {
			dst = append(dst, s[last:i]...)
			dst = append(dst, replacement...)
			i += size
			last = i
			continue
		}
		i += size
	}
	return append(dst, s[last:]...)
}

const hex = "0123456789abcdef"

// AppendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, U+2028 and U+2029 escaped (for JavaScript),
// bytes that are not UTF-8 as \ufffd, everything else as UTF-8.
func AppendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonStr[c] == 0 {
				i++
				continue
			}
			dst = append(dst, s[last:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			last = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size == 1) || r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[last:i]...)
			switch r {
			case '\u2028':
				dst = append(dst, `\u2028`...)
			case '\u2029':
				dst = append(dst, `\u2029`...)
			default:
				dst = append(dst, `\ufffd`...)
			}
			i += size
			last = i
			continue
		}
		i += size
	}
	dst = append(dst, s[last:]...)
	return append(dst, '"')
}

// AppendJSONList appends l as a JSON array of strings, elements separated by
// ", " as Python's json.dumps writes them.
func AppendJSONList(dst []byte, l []string) []byte {
	dst = append(dst, '[')
	for i, s := range l {
		if i > 0 {
			dst = append(dst, ',', ' ')
		}
		dst = AppendJSONString(dst, s)
	}
	return append(dst, ']')
}

// AppendXMLDouble appends f in the shortest form that reads back exactly
// (strconv 'g', -1): "0.25", "3", "1e+21"; NaN and the infinities as "NaN",
// "Infinity" and "-Infinity", which Python, C strtod and Java all read.
func AppendXMLDouble(dst []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(dst, "NaN"...)
	case math.IsInf(f, 1):
		return append(dst, "Infinity"...)
	case math.IsInf(f, -1):
		return append(dst, "-Infinity"...)
	}
	return strconv.AppendFloat(dst, f, 'g', -1, 64)
}

// AppendJSONDouble appends f as a JSON number that a reader takes for a
// float: "3.0" rather than "3". JSON has no NaN or infinities: they are
// written as null.
func AppendJSONDouble(dst []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(dst, "null"...)
	}
	n := len(dst)
	dst = strconv.AppendFloat(dst, f, 'g', -1, 64)
	for _, c := range dst[n:] {
		if c == '.' || c == 'e' {
			return dst
		}
	}
	return append(dst, '.', '0')
}

// AppendBool appends "true" or "false".
func AppendBool(dst []byte, b bool) []byte { return strconv.AppendBool(dst, b) }

// AppendXMLValue appends one attribute value as XML text (attr false) or as
// an attribute value (attr true): strings escaped, ints in decimal without
// exponent, doubles as AppendXMLDouble, bools as true/false, lists as a JSON
// array of strings. Whatever the declared type of its key, a value is written
// in its own form: an int under a double key reads back as that double, and
// under a string key every value is written as text.
func AppendXMLValue(dst []byte, v any, attr bool) []byte {
	t := &xmlText
	if attr {
		t = &xmlAttr
	}
	switch x := v.(type) {
	case string:
		return appendXML(dst, x, t)
	case int:
		return strconv.AppendInt(dst, int64(x), 10)
	case float64:
		return AppendXMLDouble(dst, x)
	case bool:
		return strconv.AppendBool(dst, x)
	case []string:
		return appendXML(dst, string(AppendJSONList(nil, x)), t)
	}
	return dst
}

// AppendEdgeStart appends the opening of an edge element shared by GraphML
// and GEXF — indent, `<edge`, an id when there is one, source and target —
// leaving the tag open for the format's own attributes.
func AppendEdgeStart(b []byte, indent, id, source, target string) []byte {
	b = append(b, indent...)
	b = append(b, `<edge`...)
	if id != "" {
		b = append(b, ` id="`...)
		b = AppendAttr(b, id)
		b = append(b, '"')
	}
	b = append(b, ` source="`...)
	b = AppendAttr(b, source)
	b = append(b, `" target="`...)
	b = AppendAttr(b, target)
	return append(b, '"')
}
