package tensorfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// ParseBinary reads a raw binary tensor: one two's complement int8 per byte.
func ParseBinary(b []byte) ([]int8, error) {
	if len(b) == 0 {
		return nil, errors.New("tensorfile: empty file")
	}
	out := make([]int8, len(b))
	for k, v := range b {
		out[k] = int8(v)
	}
	return out, nil
}

// ParseJSON reads a JSON tensor: a flat or rectangular nested array of
// integers in [-128, 127], flattened row-major. Error messages give the
// flat (row-major) index of the offending value.
func ParseJSON(b []byte) ([]int8, error) {
	out := []int8{}
	err := parseArray(b, "an integer", func(v json.Number, index int) error {
		n, err := strconv.ParseInt(v.String(), 10, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return fmt.Errorf("tensorfile: value %s at index %d is not an integer", v, index)
		}
		if err != nil || n < -128 || n > 127 {
			return fmt.Errorf("tensorfile: value %s at index %d is out of the int8 range [-128, 127]", v, index)
		}
		out = append(out, int8(n))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// ParseFloatJSON reads a JSON float tensor: a flat or rectangular nested
// array of finite numbers, flattened row-major, as float32 (a value beyond
// the float32 range is an error).
func ParseFloatJSON(b []byte) ([]float32, error) {
	out := []float32{}
	err := parseArray(b, "a number", func(v json.Number, index int) error {
		f, err := strconv.ParseFloat(v.String(), 32)
		if err != nil {
			return fmt.Errorf("tensorfile: value %s at index %d is not a float32 number", v, index)
		}
		out = append(out, float32(f))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// parseArray walks a flat or rectangular nested JSON array and calls
// number for each number, with its flat (row-major) index. want names an
// element for error messages.
func parseArray(b []byte, want string, number func(v json.Number, index int) error) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var (
		n      int    // numbers so far
		count  []int  // elements so far in the open array at each depth
		length []int  // length of every array at each depth; -1 until the first one closes
		arrays []byte // what arrays at each depth hold: 0 unknown, 'a' arrays, 'n' numbers
		closed bool   // the top-level array has been closed
	)
	// elem records one more element of kind k in the innermost open array.
	elem := func(k byte) error {
		d := len(count) - 1
		if arrays[d] != 0 && arrays[d] != k {
			return fmt.Errorf("tensorfile: JSON mixes numbers and arrays at depth %d (near index %d)", d+1, n)
		}
		arrays[d] = k
		count[d]++
		return nil
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if closed {
			return errors.New("tensorfile: trailing data after the JSON array")
		}
		if err != nil {
			return fmt.Errorf("tensorfile: bad JSON: %v", err)
		}
		switch v := tok.(type) {
		case json.Delim:
			switch v {
			case '[':
				if len(count) > 0 {
					if err := elem('a'); err != nil {
						return err
					}
				}
				count = append(count, 0)
				if len(length) < len(count) {
					length, arrays = append(length, -1), append(arrays, 0)
				}
			case ']':
				d := len(count) - 1
				if length[d] < 0 {
					length[d] = count[d]
				} else if length[d] != count[d] {
					return fmt.Errorf("tensorfile: ragged JSON array: an array at depth %d has %d elements, an earlier one %d (near index %d)", d, count[d], length[d], n)
				}
				count = count[:d]
				closed = d == 0
			default: // '{' or '}'
				return fmt.Errorf("tensorfile: element at index %d is an object, not %s", n, want)
			}
		case json.Number:
			if len(count) == 0 {
				return errors.New("tensorfile: JSON is not an array")
			}
			if err := elem('n'); err != nil {
				return err
			}
			if err := number(v, n); err != nil {
				return err
			}
			n++
		default: // string, bool or null
			if len(count) == 0 {
				return errors.New("tensorfile: JSON is not an array")
			}
			return fmt.Errorf("tensorfile: element at index %d is %s, not %s", n, describe(v), want)
		}
	}
	if !closed {
		return errors.New("tensorfile: bad JSON: unexpected end of input")
	}
	return nil
}

func describe(v any) string {
	switch v := v.(type) {
	case string:
		return "the string " + strconv.Quote(v)
	case bool:
		return strconv.FormatBool(v)
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

// EncodeJSON returns values as a flat JSON array, e.g. [1,-2,3] ([] when
// values is empty).
func EncodeJSON(values []int64) []byte {
	b := make([]byte, 0, 2+5*len(values))
	b = append(b, '[')
	for k, v := range values {
		if k > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, v, 10)
	}
	return append(b, ']')
}
