package tensorfile

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	for _, c := range []struct {
		name   string
		in     string
		want   []int8
		err    string
		binary bool
	}{
		{name: "flat", in: "[1,-2,3]", want: []int8{1, -2, 3}},
		{name: "nested", in: "[[1,2],[3,4]]", want: []int8{1, 2, 3, 4}},
		{name: "rank 3", in: "[[[1],[2]],[[3],[4]]]", want: []int8{1, 2, 3, 4}},
		{name: "whitespace", in: " \n\t[ 1 ,\r\n -128, 127 ]\n", want: []int8{1, -128, 127}},
		{name: "minus zero", in: "[-0]", want: []int8{0}},
		{name: "empty array", in: "[]", want: []int8{}},
		{name: "empty rows", in: "[[],[]]", want: []int8{}},
		{name: "binary", binary: true, in: "\x01\xfe\x7f\x80", want: []int8{1, -2, 127, -128}},
		{name: "binary leading space", binary: true, in: " \x05", want: []int8{32, 5}},
		{name: "binary whitespace only", binary: true, in: "\n", want: []int8{10}},
		{name: "empty file", binary: true, in: "", err: "tensorfile: empty file"},
		{name: "empty JSON file", in: "", err: "tensorfile: "},
		{name: "too large", in: "[1,2,128]", err: "tensorfile: value 128 at index 2 is out of the int8 range [-128, 127]"},
		{name: "too small", in: "[[1,2],[-129,0]]", err: "value -129 at index 2 is out of the int8 range"},
		{name: "huge", in: "[99999999999999999999]", err: "value 99999999999999999999 at index 0 is out of the int8 range"},
		{name: "fraction", in: "[1,1.5]", err: "tensorfile: value 1.5 at index 1 is not an integer"},
		{name: "exponent", in: "[1e2]", err: "value 1e2 at index 0 is not an integer"},
		{name: "string", in: `[1,"2"]`, err: `tensorfile: element at index 1 is the string "2", not an integer`},
		{name: "null", in: `[null]`, err: "element at index 0 is null, not an integer"},
		{name: "bool", in: `[[1],[true]]`, err: "element at index 1 is true, not an integer"},
		{name: "object", in: `[{"a":1}]`, err: "element at index 0 is an object, not an integer"},
		{name: "ragged", in: "[[1,2],[3]]", err: "tensorfile: ragged JSON array: an array at depth 1 has 1 elements, an earlier one 2"},
		{name: "mixed", in: "[1,[2]]", err: "tensorfile: JSON mixes numbers and arrays at depth 1"},
		{name: "mixed inner", in: "[[1,2],[[3],4]]", err: "JSON mixes numbers and arrays at depth 2"},
		{name: "truncated", in: "[1,2", err: "tensorfile: bad JSON: unexpected end of input"},
		{name: "syntax", in: "[1,,2]", err: "tensorfile: bad JSON: invalid character ','"},
		{name: "trailing", in: "[1] [2]", err: "tensorfile: trailing data after the JSON array"},
		{name: "trailing garbage", in: "[1]x", err: "tensorfile: trailing data after the JSON array"},
	} {
		t.Run(c.name, func(t *testing.T) {
			parse := ParseJSON
			if c.binary {
				parse = ParseBinary
			}
			got, err := parse([]byte(c.in))
			if c.err != "" {
				require.ErrorContains(t, err, c.err)
				require.Nil(t, got)
				return
			}
			require.NoError(t, err)
			require.Equal(t, c.want, got)
		})
	}
}

func TestParseBinaryForcesBinary(t *testing.T) {
	got, err := ParseBinary([]byte("[1]"))
	require.NoError(t, err)
	require.Equal(t, []int8{'[', '1', ']'}, got)
	_, err = ParseBinary(nil)
	require.EqualError(t, err, "tensorfile: empty file")
}

func TestEncodeJSON(t *testing.T) {
	require.Equal(t, "[]", string(EncodeJSON(nil)))
	require.Equal(t, "[1,-2,3]", string(EncodeJSON([]int64{1, -2, 3})))
	require.Equal(t, "[-2147483648]", string(EncodeJSON([]int64{-1 << 31})))
	got, err := ParseJSON(EncodeJSON([]int64{-128, 0, 127}))
	require.NoError(t, err)
	require.Equal(t, []int8{-128, 0, 127}, got)
}

// FuzzParse checks that neither parser panics, that binary files map byte
// for byte, and that a parsed JSON tensor survives EncodeJSON and ParseJSON
// again.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "[]", "[1,-2,3]", "[[1,2],[3,4]]", "[[1],[2,3]]", "[1,[2]]",
		"[1.5]", `["x"]`, "[{}]", "[1] 2", " [", "\x00\xff", "[[[[[[[[[[]]]]]]]]]]", "[128]"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if bin, err := ParseBinary(b); err == nil && len(bin) != len(b) {
			t.Fatalf("binary: %d values from %d bytes", len(bin), len(b))
		}
		got, err := ParseJSON(b)
		if err != nil {
			return
		}
		vals := make([]int64, len(got))
		for k, v := range got {
			vals[k] = int64(v)
		}
		again, err := ParseJSON(EncodeJSON(vals))
		if err != nil {
			t.Fatalf("re-parse %s: %v", EncodeJSON(vals), err)
		}
		if len(again) != len(got) {
			t.Fatalf("re-parse: %d values, want %d", len(again), len(got))
		}
		for k := range got {
			if again[k] != got[k] {
				t.Fatalf("re-parse: value %d is %d, want %d", k, again[k], got[k])
			}
		}
	})
}

func TestParseFloatJSON(t *testing.T) {
	got, err := ParseFloatJSON([]byte(`[[0, 0.5], [-1.25e-3, 3]]`))
	require.NoError(t, err)
	require.Equal(t, []float32{0, 0.5, -1.25e-3, 3}, got)
	for _, tc := range []struct{ in, err string }{
		{`[1, "a"]`, `element at index 1 is the string "a", not a number`},
		{`[1e39]`, "value 1e39 at index 0 is not a float32 number"},
		{`[[1], [2, 3]]`, "ragged"},
		{`{"a": 1}`, "object"},
		{`[1] [2]`, "trailing data"},
		{`[1,`, "bad JSON"},
	} {
		got, err := ParseFloatJSON([]byte(tc.in))
		require.ErrorContains(t, err, tc.err, tc.in)
		require.Nil(t, got)
	}
}
